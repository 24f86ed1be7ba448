"""Host reports: the needs one host expressed on a trip and the companies matched to them,
for the staff page, its CSV and the host's share link."""

from dataclasses import dataclass, field

from django.db.models import Count, F, Max, Prefetch
from django.utils.translation import gettext_lazy as _

from trips.models import Delegate, HostReportLink, HostReportOpening, Match, Need


@dataclass
class ReportedCompany:
    match: Match
    contact: object  # a Person, or None

    @property
    def company(self):
        return self.match.company


@dataclass
class ReportedNeed:
    need: Need
    companies: list[ReportedCompany] = field(default_factory=list)


def host_needs(trip, host):
    return Need.objects.filter(trip=trip, host=host)


def host_report(trip, host):
    """The needs one host expressed on one trip, each with its accepted matches and, for each
    matched company, a contact person: a delegate of that company (on this trip if possible)
    who has not asked not to be contacted. Proposed and rejected matches are not reported."""
    accepted = Match.objects.filter(status=Match.Status.ACCEPTED).select_related("company")
    needs = list(
        host_needs(trip, host)
        .prefetch_related(
            "sectors",
            Prefetch("matches", queryset=accepted.prefetch_related("company__sectors")),
        )
        .order_by("title", "pk")
    )
    company_ids = {m.company_id for need in needs for m in need.matches.all()}
    contacts = {}
    delegates = (
        Delegate.objects.filter(
            participation__company_id__in=company_ids,
            person__organisation_id=F("participation__company_id"),
            person__do_not_contact=False,
        )
        .select_related("person", "participation")
        .order_by("person__family_name", "person__given_name", "pk")
    )
    for d in delegates:
        company_id = d.participation.company_id
        on_this_trip = d.participation.trip_id == trip.pk
        if company_id not in contacts or (on_this_trip and not contacts[company_id][0]):
            contacts[company_id] = (on_this_trip, d.person)
    report = []
    for need in needs:
        matches = sorted(need.matches.all(), key=lambda m: (-(m.score or 0), m.company.name))
        report.append(
            ReportedNeed(
                need,
                [ReportedCompany(m, contacts.get(m.company_id, (False, None))[1]) for m in matches],
            )
        )
    return report


HOST_REPORT_CSV_HEADER = [
    _("Need"),
    _("Need description"),
    _("Need sectors"),
    _("Company"),
    _("Country"),
    _("Website"),
    _("Company sectors"),
    _("Competences"),
    _("Why it fits"),
    _("Contact person"),
    _("Title"),
    _("E-mail"),
    _("Phone"),
]


def host_report_rows(report):
    for item in report:
        need = item.need
        need_cells = [
            need.title,
            need.description,
            ", ".join(s.name for s in need.sectors.all()),
        ]
        if not item.companies:
            yield need_cells + [""] * 10
        for rc in item.companies:
            c, p = rc.company, rc.contact
            yield need_cells + [
                c.name,
                c.country.name,
                c.website,
                ", ".join(s.name for s in c.sectors.all()),
                c.competences,
                rc.match.reason,
                p.display_name if p else "",
                p.title if p else "",
                p.email if p else "",
                str(p.phone) if p and p.phone else "",
            ]


def host_report_links(trip, host, recent=5):
    """The share links made for one host's report, each with how often and (the latest
    `recent` times) when it was opened."""
    return (
        HostReportLink.objects.filter(trip=trip, host=host)
        .select_related("created_by")
        .annotate(opening_count=Count("openings"), last_opened=Max("openings__opened_at"))
        .prefetch_related(
            Prefetch(
                "openings",
                queryset=HostReportOpening.objects.order_by("-opened_at", "-pk")[:recent],
                to_attr="recent_openings",
            )
        )
    )


def undecided_matches(trip, host):
    """How many proposed matches of the host's needs still wait for a decision."""
    return Match.objects.filter(
        need__trip=trip, need__host=host, status=Match.Status.PROPOSED
    ).count()
