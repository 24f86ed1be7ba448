"""Finding records that may be the same real person, for staff to merge."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .exporting import people_for_listing
from .models import Person
from .names import name_keys
from .similarity import similar_pairs

# Trigram similarity of two Latin names at the same organisation that makes them suspects.
NAME_SIMILARITY = 0.6

SAME_EMAIL = _("same e-mail")
SAME_NAME = _("same name at the same organisation")
SIMILAR_NAME = _("similar name at the same organisation")


@dataclass
class Suspects:
    first: Person
    second: Person
    reasons: list = field(default_factory=list)


def _groups_to_pairs(groups, reason, pairs):
    for ids in groups:
        ids = sorted(set(ids))
        for other in ids[1:]:
            pairs[(ids[0], other)].add(reason)


REASONS = {"email": SAME_EMAIL, "name": SAME_NAME, "similar": SIMILAR_NAME}


def find_duplicates(limit=200):
    """Pairs of people that may be one person, with why; the older record first."""
    return suspects(find_duplicate_pairs(limit))


def suspects(pairs):
    """[Suspects] for [(id, id, [reason key])], each person with what the page shows."""
    ids = {pk for a, b, _ in pairs for pk in (a, b)}
    people = {p.pk: p for p in people_for_listing(Person.objects.filter(pk__in=ids))}
    return [
        Suspects(people[a], people[b], sorted((REASONS[r] for r in reasons), key=str))
        for a, b, reasons in pairs
        if a in people and b in people
    ]


def find_duplicate_pairs(limit=200):
    """[(id, id, [reason key])]: the first `limit` suspect pairs, the older record first."""
    pairs = defaultdict(set)
    emails = (
        Person.objects.exclude(email="")
        .annotate(lemail=Lower("email"))
        .values("lemail")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("lemail", flat=True)
    )
    by_email = defaultdict(list)
    for pk, lemail in (
        Person.objects.annotate(lemail=Lower("email"))
        .filter(lemail__in=emails)
        .values_list("pk", "lemail")
    ):
        by_email[lemail].append(pk)
    _groups_to_pairs(by_email.values(), "email", pairs)

    by_name = defaultdict(list)
    rows = Person.objects.values_list(
        "pk", "given_name", "family_name", "native_name", "organisation_id"
    )
    for pk, given, family, native, org in rows.iterator(chunk_size=5000):
        for key in name_keys(given, family, native):
            by_name[(org, key)].append(pk)
    _groups_to_pairs([ids for ids in by_name.values() if len(ids) > 1], "name", pairs)

    if connection.vendor == "postgresql":
        similar = _similar_names_at_same_organisation()
    else:  # SQLite: the same rule, computed in Python within each organisation
        similar = _similar_names_in_python()
    for pair in similar:
        pairs[pair].add("similar")

    return [(a, b, sorted(pairs[(a, b)])) for a, b in sorted(pairs)[:limit]]


# Pairs are only compared inside a block: the same organisation, the same family name and
# the same first letter of the given name, or the other way round. A typo in one of the two
# names (past its first letter) is still found; an organisation of 20,000 people is no longer
# 200 million comparisons.
SIMILAR_SQL = """
    SELECT a.id, b.id
    FROM contacts_person a
    JOIN contacts_person b ON a.organisation_id = b.organisation_id AND a.id < b.id
        AND lower(a.{same}) = lower(b.{same})
        AND lower(left(a.{initial}, 1)) = lower(left(b.{initial}, 1))
    WHERE similarity(a.given_name || ' ' || a.family_name,
                     b.given_name || ' ' || b.family_name) >= %s
      AND a.{same} <> ''
"""
BLOCKS = [("family_name", "given_name"), ("given_name", "family_name")]


def _similar_names_in_python():
    rows = Person.objects.filter(organisation__isnull=False).values_list(
        "pk", "organisation_id", "given_name", "family_name"
    )
    named = ((pk, org, f"{given} {family}") for pk, org, given, family in rows.iterator(2000))
    return similar_pairs(named, NAME_SIMILARITY)


def _similar_names_at_same_organisation():
    found = set()
    with connection.cursor() as cursor:
        for same, initial in BLOCKS:
            cursor.execute(SIMILAR_SQL.format(same=same, initial=initial), [NAME_SIMILARITY])
            found.update(tuple(row) for row in cursor.fetchall())
    return found
