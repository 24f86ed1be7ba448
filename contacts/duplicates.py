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


def find_duplicates(limit=200):
    """Pairs of people that may be one person, with why; the older record first."""
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
    _groups_to_pairs(by_email.values(), SAME_EMAIL, pairs)

    by_name = defaultdict(list)
    rows = Person.objects.values_list(
        "pk", "given_name", "family_name", "native_name", "organisation_id"
    )
    for pk, given, family, native, org in rows.iterator(chunk_size=5000):
        for key in name_keys(given, family, native):
            by_name[(org, key)].append(pk)
    _groups_to_pairs([ids for ids in by_name.values() if len(ids) > 1], SAME_NAME, pairs)

    if connection.vendor == "postgresql":
        similar = _similar_names_at_same_organisation()
    else:  # SQLite: the same rule, computed in Python within each organisation
        similar = _similar_names_in_python()
    for pair in similar:
        pairs[pair].add(SIMILAR_NAME)

    chosen = sorted(pairs)[:limit]
    ids = {pk for pair in chosen for pk in pair}
    people = {p.pk: p for p in people_for_listing(Person.objects.filter(pk__in=ids))}
    return [
        Suspects(people[a], people[b], sorted(pairs[(a, b)], key=str))
        for a, b in chosen
        if a in people and b in people
    ]


def _similar_names_in_python():
    rows = Person.objects.filter(organisation__isnull=False).values_list(
        "pk", "organisation_id", "given_name", "family_name"
    )
    named = ((pk, org, f"{given} {family}") for pk, org, given, family in rows.iterator(2000))
    return similar_pairs(named, NAME_SIMILARITY)


def _similar_names_at_same_organisation():
    sql = """
        SELECT a.id, b.id
        FROM contacts_person a
        JOIN contacts_person b ON a.organisation_id = b.organisation_id AND a.id < b.id
        WHERE similarity(a.given_name || ' ' || a.family_name,
                         b.given_name || ' ' || b.family_name) >= %s
          AND (a.given_name || a.family_name) <> ''
          AND (b.given_name || b.family_name) <> ''
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [NAME_SIMILARITY])
        return [tuple(row) for row in cursor.fetchall()]
