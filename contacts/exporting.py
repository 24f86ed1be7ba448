"""What a contact list holds, shared by the directory, the CSV and vCard exports and the admin.

On PostgreSQL the CSV is written by the database itself (contacts/export_copy.py: COPY, with
the same formula guard and quoting in SQL). Elsewhere, and for vCards, the rows are produced
over a chunked query (`.iterator(chunk_size=…)` with the meetings prefetched per chunk), so an
export of a million people holds one chunk in memory at a time.
"""

import vobject
from django.conf import settings
from django.db.models import CharField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Cast
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from . import export_copy
from .csv_safe import csv_response
from .models import ExportLog, Person

CHUNK_SIZE = 500

# (key, header) in file order. The import reads the same headers back (contacts/importing.py).
COLUMNS = [
    ("given_name", _("Given name")),
    ("family_name", _("Family name")),
    ("native_name", _("Name in native script")),
    ("title", _("Title")),
    ("organisation", _("Organisation")),
    ("organisation_native_name", _("Organisation native name")),
    ("organisation_kind", _("Organisation kind")),
    ("country", _("Country")),
    ("city", _("City")),
    ("email", _("E-mail")),
    ("phone", _("Phone")),
    ("messaging_id", _("Messaging ID")),
    ("preferred_language", _("Preferred language")),
    ("trips", _("Trips met on")),
    ("last_met", _("Last met")),
]
TRIP_SEPARATOR = "; "


def people_for_listing(queryset=None):
    """People with their organisation, the date they were last met and the trips they were met
    on, in a constant number of queries however many people there are."""
    from trips.models import MeetingPerson

    queryset = Person.objects.all() if queryset is None else queryset
    if "last_met" in queryset.query.annotations:
        return queryset  # prepared already
    last_met = (
        MeetingPerson.objects.filter(person=OuterRef("pk"))
        .order_by("-meeting__date")
        .values("meeting__date")[:1]
    )
    return (
        queryset.select_related("organisation")
        .annotate(last_met=Subquery(last_met))
        .prefetch_related(
            Prefetch(
                "meeting_links",
                queryset=MeetingPerson.objects.select_related("meeting__trip").only(
                    "person_id",
                    "meeting__date",
                    "meeting__trip__slug",
                    # the trip's title in every language (trips/translation.py)
                    *(
                        f"meeting__trip__title_{code}"
                        for code in settings.MODELTRANSLATION_LANGUAGES
                    ),
                ),
            )
        )
    )


def trips_met_on(person):
    """The trips a person was met on, in the order of the first meeting on each."""
    links = sorted(
        person.meeting_links.all(), key=lambda link: (link.meeting.date, link.meeting.trip_id)
    )
    seen = {}
    for link in links:
        seen.setdefault(link.meeting.trip_id, link.meeting.trip)
    return list(seen.values())


def organisation_cells(org):
    if org is None:
        return ["", "", "", "", ""]
    return [
        org.name,
        org.native_name,
        org.get_kind_display(),
        org.country.name if org.country else "",
        org.city,
    ]


def row(person, org_cells=None):
    """One person's cells in COLUMNS order; `org_cells` may be the organisation's, computed
    once per organisation (translating its kind and country is most of a row's cost)."""
    return [
        person.given_name,
        person.family_name,
        person.native_name,
        person.title,
        *(org_cells if org_cells is not None else organisation_cells(person.organisation)),
        person.email,
        person.phone_text or "",
        person.messaging_id,
        person.preferred_language,
        TRIP_SEPARATOR.join(trip.title for trip in trips_met_on(person)),
        person.last_met.isoformat() if person.last_met else "",
    ]


def iter_people(queryset):
    # The phone as stored (E.164): the same text the PostgreSQL export writes.
    people = people_for_listing(queryset).annotate(phone_text=Cast("phone", CharField()))
    for person in people.iterator(chunk_size=CHUNK_SIZE):
        yield person
        # Each prefetched link points back at its person: a reference cycle that only the
        # garbage collector frees, late. Breaking it frees each chunk as soon as it is written,
        # so memory stays flat however long the list (bench/bench_contacts.py).
        person._prefetched_objects_cache.clear()


def iter_rows(queryset):
    by_organisation = {}
    for person in iter_people(queryset):
        if person.organisation_id not in by_organisation:
            if len(by_organisation) > 10000:
                by_organisation.clear()  # memory stays bounded however many organisations
            by_organisation[person.organisation_id] = organisation_cells(person.organisation)
        yield row(person, by_organisation[person.organisation_id])


def export_filename(what, extension, today=None):
    """e.g. "contacts-met-on-smart-city-delegation-2026-03-20.csv"."""
    today = today or timezone.localdate()
    parts = ["contacts", slugify(what) if what else "", today.isoformat()]
    return "-".join(part for part in parts if part) + f".{extension}"


def describe_filters(filterset):
    """Words for the file name: what the chosen filters select."""
    data = getattr(filterset.form, "cleaned_data", {})
    words = []
    if data.get("trip"):
        words.append(f"met on {data['trip'].slug}")
    if data.get("organisation"):
        words.append(data["organisation"].name)
    for key in ("kind", "country", "city", "lawful_basis"):
        if data.get(key):
            words.append(str(data[key]))
    if data.get("sector"):
        words.append(data["sector"].slug)
    if data.get("q"):
        words.append(f"search {data['q']}")
    if data.get("consent") == "only":
        words.append("do not contact")
    return " ".join(words)[:80]


def log_export(*, user, fmt, filters, row_count):
    log = ExportLog(user=user, format=fmt, filters=filters, row_count=row_count)
    log.full_clean()
    log.save()
    return log


def filters_of(querydict):
    """The request's filter parameters as stored in the export log."""
    return {
        key: values if len(values) > 1 else values[0]
        for key, values in querydict.lists()
        if key not in ("page", "delimiter") and any(values)
    }


def csv_export(queryset, *, filename, delimiter=",", via_copy=None):
    """The people of `queryset`, in its order, as a streamed CSV download. `via_copy` chooses
    the writer (default: PostgreSQL's COPY where available); both write the same bytes."""
    header = [str(h) for _, h in COLUMNS]
    if via_copy is None:
        via_copy = export_copy.available()
    if not via_copy:
        return csv_response(filename, header, iter_rows(queryset), delimiter)
    blocks = export_copy.lines(
        queryset, header=header, delimiter=delimiter, trip_separator=TRIP_SEPARATOR
    )
    return download_response(blocks, filename, "text/csv; charset=utf-8")


def download_response(blocks, filename, content_type):
    response = StreamingHttpResponse(blocks, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def build_vcard(person, note=""):
    """One person as a vCard 3.0 text. `note` is the caller's (what the card is for)."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=person.family_name or "", given=person.given_name or ""
    )
    card.add("fn").value = person.display_name
    if person.native_name:
        card.add("nickname").value = person.native_name
    if person.organisation:
        card.add("org").value = [person.organisation.name]
    if person.title:
        card.add("title").value = person.title
    if person.email:
        email = card.add("email")
        email.value = person.email
        email.type_param = "INTERNET"
    if person.phone:
        tel = card.add("tel")
        tel.value = person.phone.as_international
        tel.type_param = "WORK"
    if person.messaging_id:
        card.add("x-wechat").value = person.messaging_id
    if person.preferred_language:
        card.add("lang").value = person.preferred_language
    if person.organisation and (person.organisation.city or person.organisation.country):
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(
            city=person.organisation.city,
            country=person.organisation.country.name if person.organisation.country else "",
        )
        adr.type_param = "WORK"
    if note:
        card.add("note").value = note
    return card.serialize()


def vcard(person):
    trips = trips_met_on(person)
    note = ""
    if trips:
        note = str(_("Met on: %(trips)s")) % {"trips": TRIP_SEPARATOR.join(t.title for t in trips)}
    return build_vcard(person, note)


def vcard_response(filename, cards):
    """A streamed .vcf download of `cards` (vCard texts, e.g. from `build_vcard`)."""
    return download_response(
        (card.encode("utf-8") for card in cards), filename, "text/vcard; charset=utf-8"
    )


def vcard_export(queryset, *, filename):
    return vcard_response(filename, (vcard(person) for person in iter_people(queryset)))
