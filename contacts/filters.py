"""The filters of the staff contact directory; the export takes exactly the same parameters.

Filters over multi-valued relations (trips, sectors, places) use EXISTS subqueries, so that a
person is listed once however many meetings match, and the export needs no DISTINCT.
"""

import re

import django_filters
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    F,
    FloatField,
    Func,
    Lookup,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Greatest
from django.db.models.lookups import PostgresOperatorLookup
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from sme2go.widgets import autocomplete

from .models import PERSON_SEARCH_FIELDS, Organisation, Person, Sector
from .similarity import forgiving_search

# pg_trgm's word similarity at which a search term counts as found: "Wei Fang" vs "Weifang" is
# 0.55, a transposed letter ("Weifnag") 0.5; the extension's default (0.6) misses both.
WORD_SIMILARITY_THRESHOLD = 0.4
# Shorter terms make too few trigrams to compare; they are matched as plain text.
TRIGRAM_MIN_LENGTH = 3
# Below this length a word-similar match is mostly noise ("Wang" is 0.4 similar to "Yang",
# "Tang" and "Weifang"): shorter terms are matched as written (still through the indexes).
FUZZY_MIN_LENGTH = 6


class WordSimilar(PostgresOperatorLookup):
    """`column %> term`: the term is word-similar to part of the column (pg_trgm, GIN indexed)."""

    lookup_name = "word_similar"
    postgres_operator = "%%>"


class WordSimilarity(Func):
    function = "WORD_SIMILARITY"
    output_field = FloatField()


class LatinName(Func):
    """given_name || ' ' || family_name: exactly the expression of the trigram index
    contacts_person_latin_name_trgm (migration 0003), so that the planner can use it."""

    template = "(%(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = CharField()

    def __init__(self, **extra):
        super().__init__(F("given_name"), F("family_name"), **extra)


class ILike(Lookup):
    """`column ILIKE pattern`, which GIN trigram indexes answer (Django's icontains compares
    UPPER() of the column, which they do not)."""

    lookup_name = "trgm_ilike"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} ILIKE {rhs}", [*lhs_params, *rhs_params]


class GramsContain(Lookup):
    """`contacts_short_grams(column) @> ARRAY[term]`: the column contains the one- or
    two-character term, answered by the GIN indexes of migration 0005."""

    lookup_name = "grams_contain"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"contacts_short_grams({lhs}) @> ARRAY[{rhs}]::text[]", [*lhs_params, *rhs_params]


class AnyOf(Func):
    """`column = ANY(ARRAY(subquery))`: unlike IN (subquery) this can be one arm of an OR that
    the planner answers from indexes (a BitmapOr), instead of reading every row."""

    template = "%(expressions)s = ANY(ARRAY(%(subquery)s))"
    output_field = BooleanField()

    def __init__(self, column, queryset):
        self.queryset = queryset
        super().__init__(F(column))

    def as_sql(self, compiler, connection, **extra):
        subquery, params = self.queryset.query.get_compiler(connection=connection).as_sql()
        sql, column_params = super().as_sql(compiler, connection, subquery=subquery, **extra)
        return sql, [*column_params, *params]


def trigram_search_available():
    return connection.vendor == "postgresql"


class PersonOrdering(django_filters.OrderingFilter):
    """People never met on a trip sort after everyone met, in both directions and databases."""

    def get_ordering_value(self, param):
        value = super().get_ordering_value(param)
        name = value.lstrip("-")
        if name == "last_met":
            field = F(name)
            return (
                field.desc(nulls_last=True) if value.startswith("-") else field.asc(nulls_last=True)
            )
        return value

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        if value:
            qs = qs.order_by(*qs.query.order_by, "pk")  # stable pages
        return qs


class ConsentChoice:
    CONTACTABLE = ""
    INCLUDE = "include"
    ONLY = "only"


class PersonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="search",
        help_text=_("Name in Latin or native script, organisation or e-mail"),
    )
    trip = django_filters.ModelChoiceFilter(
        label=_("Trip"),
        queryset=None,
        method="of_trip",
        empty_label=_("Any trip"),
        help_text=_("The people met on it, and its delegates"),
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        queryset=Organisation.objects.filter(
            Exists(Person.objects.filter(organisation=OuterRef("pk")))
        ).only("pk", "name", "native_name"),
        empty_label=_("Any organisation"),
        # tens of thousands of organisations: typed and looked up, never all listed
        widget=autocomplete(Person, "organisation"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of organisation"),
        field_name="organisation__kind",
        choices=Organisation.Kind.choices,
        empty_label=_("Any kind"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        field_name="organisation__country",
        choices=countries,
        empty_label=_("Any country"),
    )
    city = django_filters.CharFilter(
        label=_("City or place"),
        method="in_city_or_place",
        help_text=_("The organisation's city, or a place where the person was met"),
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        method="in_sector",
        empty_label=_("Any sector"),
    )
    lawful_basis = django_filters.ChoiceFilter(
        label=_("Lawful basis"), choices=Person.LawfulBasis.choices, empty_label=_("Any basis")
    )
    consent = django_filters.ChoiceFilter(
        label=_("Marked “do not contact”"),
        choices=[
            (ConsentChoice.INCLUDE, _("Include them")),
            (ConsentChoice.ONLY, _("Only them")),
        ],
        empty_label=_("Leave them out"),
        method="by_consent",
    )
    ordering = PersonOrdering(
        label=_("Sort by"),
        fields=[
            ("family_name", "family_name"),
            ("given_name", "given_name"),
            ("organisation__name", "organisation"),
            ("organisation__country", "country"),
            ("last_met", "last_met"),
            ("created_at", "created"),
        ],
        field_labels={
            "family_name": _("Family name"),
            "given_name": _("Given name"),
            "organisation__name": _("Organisation"),
            "organisation__country": _("Country"),
            "last_met": _("Last met"),
            "created_at": _("Added"),
        },
        empty_label=_("Family name"),
    )

    class Meta:
        model = Person
        fields = []

    def __init__(self, *args, search_candidates=None, **kwargs):
        """`search_candidates`: rank at most this many matches of a search (a page of the
        directory); the exports take every match (None)."""
        super().__init__(*args, **kwargs)
        from trips.models import Meeting, Trip

        self.search_candidates = search_candidates
        self.filters["trip"].queryset = Trip.objects.only("pk", "title", "slug")
        self.filters["trip"].extra["widget"] = autocomplete(Meeting, "trip")

    def filter_queryset(self, queryset):
        """The filters, then the search among the people they leave, then the sort order."""
        data = self.form.cleaned_data
        for name, value in data.items():
            if name not in ("q", "ordering"):
                queryset = self.filters[name].filter(queryset, value)
        # "Do not contact" people are left out unless asked for (the consent filter's
        # method never runs when the parameter is empty).
        if not data.get("consent"):
            queryset = queryset.contactable()
        queryset = self.filters["q"].filter(queryset, data.get("q"))
        queryset = self.filters["ordering"].filter(queryset, data.get("ordering"))
        if not data.get("ordering") and not queryset.query.order_by:
            # the model's order, made total so that pages and exports never shuffle ties
            queryset = queryset.order_by("family_name", "given_name", "pk")
        return queryset

    def of_trip(self, queryset, name, trip):
        from trips.queries.people import people_of_trip

        return people_of_trip(trip, queryset)

    def in_sector(self, queryset, name, sector):
        through = Organisation.sectors.through
        return queryset.filter(
            Exists(through.objects.filter(organisation=OuterRef("organisation"), sector=sector))
        )

    def in_city_or_place(self, queryset, name, value):
        from trips.models import MeetingPerson, Place

        value = value.strip()
        if not value:
            return queryset
        places = Place.objects.filter(Q(name__icontains=value) | Q(native_name__icontains=value))
        place_ids = _with_places_inside(set(places.values_list("pk", flat=True)))
        met_there = MeetingPerson.objects.filter(person=OuterRef("pk")).filter(
            Q(meeting__place__in=place_ids) | Q(meeting__visit__place__in=place_ids)
        )
        return queryset.filter(Q(organisation__city__icontains=value) | Exists(met_there))

    def by_consent(self, queryset, name, value):
        if value == ConsentChoice.ONLY:
            return queryset.filter(do_not_contact=True)
        return queryset

    def search(self, queryset, name, value):
        return search_people(queryset, value, candidates=self.search_candidates)


def _with_places_inside(place_ids):
    """The places and every place nested inside them (places form a shallow tree)."""
    from trips.models import Place

    found, frontier = set(place_ids), set(place_ids)
    while frontier:
        frontier = set(
            Place.objects.filter(parent__in=frontier)
            .exclude(pk__in=found)
            .values_list("pk", flat=True)
        )
        found |= frontier
    return found


def search_people(queryset, value, *, candidates=None):
    """Every word somewhere (name, native name, e-mail, messaging ID, organisation); on
    PostgreSQL trigram matching instead, and for one- or two-character terms (a Chinese name
    like 王丽) containment in the names, all answered by indexes (migrations 0003 and 0005).

    On PostgreSQL the best matches come first. A common word can match a hundred thousand
    people; with `candidates`, only that many matches (found through the indexes, in no
    particular order) are ranked, so that a page costs the same whatever the word."""
    value = " ".join(value.split())
    if not value:
        return queryset
    if not trigram_search_available():  # SQLite: plain matching, forgiving a one-letter typo
        return forgiving_search(queryset, value, PERSON_SEARCH_FIELDS)
    if len(value) >= TRIGRAM_MIN_LENGTH:
        condition, rank = _trigram_match(value)
    else:
        condition, rank = _short_match(value)
    if candidates:
        found = queryset.filter(condition).order_by().values("pk")[:candidates]
        queryset = queryset.filter(pk__in=found)
    else:
        queryset = queryset.filter(condition)
    # Best matches first, unless the user chose a sort order (OrderingFilter runs after this).
    return queryset.alias(search_rank=rank).order_by(
        "-search_rank", "family_name", "given_name", "pk"
    )


def _short_match(value):
    """People whose native name, or whose organisation's, contains a term too short for
    trigrams (王丽), or with a word of their Latin name starting with it ("Li": Li, Liu, Lina,
    not Olivia). Each arm is served by a GIN index over contacts_short_grams(). Exact names
    rank first."""
    term = Value(("^" if value.isascii() else "") + value.lower())
    organisations = (
        Organisation.objects.filter(
            Q(GramsContain(F("name"), term)) | Q(GramsContain(F("native_name"), term))
        )
        .order_by()
        .values("pk")
    )
    condition = (
        Q(GramsContain(LatinName(), term))
        | Q(GramsContain(F("native_name"), term))
        | Q(AnyOf("organisation_id", organisations))
    )
    exact = Q(native_name=value) | Q(family_name__iexact=value) | Q(given_name__iexact=value)
    rank = Case(When(exact, then=Value(1.0)), default=Value(0.5), output_field=FloatField())
    return condition, rank


def _trigram_match(value):
    """People whose name, native name, e-mail or messaging ID contains the term or has a word
    similar to it, or whose organisation's name does: one OR of conditions that the GIN
    trigram indexes (and the organisation's foreign key index) answer (ILIKE, %> and ANY)."""
    with connection.cursor() as cursor:
        # The operator %> compares against this setting.
        cursor.execute(
            "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
            [str(WORD_SIMILARITY_THRESHOLD)],
        )
    term = Value(value)
    like = Value("%" + re.sub(r"([\\%_])", r"\\\1", value) + "%")

    def similar(field):
        if len(value) < FUZZY_MIN_LENGTH:
            return Q(ILike(field, like))
        return Q(WordSimilar(field, term)) | Q(ILike(field, like))

    organisations = (
        Organisation.objects.filter(similar(F("name")) | similar(F("native_name")))
        .order_by()
        .values("pk")
    )
    condition = (
        similar(LatinName())
        | similar(F("native_name"))
        | Q(ILike(F("email"), like))
        | Q(ILike(F("messaging_id"), like))
        | Q(AnyOf("organisation_id", organisations))
    )
    rank = Greatest(
        WordSimilarity(term, LatinName()),
        WordSimilarity(term, F("native_name")),
        WordSimilarity(term, F("organisation__name")),
        WordSimilarity(term, F("organisation__native_name")),
    )
    return condition, rank
