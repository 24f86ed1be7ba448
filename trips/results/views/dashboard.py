"""The programme results dashboard and its CSV for funder reports (/results/dashboard/)."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django_countries import countries

from contacts.csv_safe import csv_response, delimiter_from
from sme2go.access import staff_required
from trips.models import Programme
from trips.queries.dashboard import INDICATORS, bars, indicators

from ..forms import DashboardForm


def _form(request):
    data = request.GET if request.GET.keys() - {"delimiter"} else DashboardForm.defaults()
    return DashboardForm(data)


def _figures(form):
    trips = list(form.trips().select_related("programme"))
    figures = indicators(form.trips())
    return trips, figures


@staff_required(perm="trips.view_trip")
def dashboard(request):
    if not Programme.objects.exists():
        return render(request, "trips/results/dashboard.html", {"no_programme": True})
    form = _form(request)
    context = {"form": form}
    if not form.is_valid():
        return render(request, "trips/results/dashboard.html", context, status=400)
    trips, figures = _figures(form)
    labels = dict(INDICATORS)
    context.update(
        trips=trips,
        figures=figures,
        rows=[(label, figures.total[name]) for name, label in INDICATORS],
        per_trip=[(trip, [figures.per_trip[trip.pk][n] for n, _l in INDICATORS]) for trip in trips],
        labels=[label for _n, label in INDICATORS],
        country_bars=bars(
            (countries.name(code) or code, n) for code, n in figures.companies_by_country
        ),
        activity_bars=bars(
            (labels[name], figures.total[name])
            for name in (
                "meetings",
                "counterpart_organisations",
                "counterpart_persons",
                "agreements",
            )
        ),
        lead_bars=bars(
            [
                (labels["leads_open"], figures.total["leads_open"]),
                (labels["leads_closed"], figures.total["leads_closed"]),
                (labels["needs"], figures.total["needs"]),
                (labels["needs_matched"], figures.total["needs_matched"]),
            ]
        ),
        query=request.GET.urlencode() if request.GET else "",
    )
    return render(request, "trips/results/dashboard.html", context)


@staff_required(perm="trips.view_trip")
def dashboard_csv(request):
    form = _form(request)
    if not form.is_valid():
        return render(request, "trips/results/dashboard.html", {"form": form}, status=400)
    trips, figures = _figures(form)
    data = form.cleaned_data
    programme = data["programme"].name
    start, end = data["start"].isoformat(), data["end"].isoformat()
    header = [_("Programme"), _("Trip"), _("From"), _("To"), _("Indicator"), _("Value")]

    def rows():
        all_trips = data["trip"].title if data.get("trip") else _("All trips (each counted once)")
        for name, label in INDICATORS:
            yield [programme, all_trips, start, end, label, figures.total[name]]
        for code, n in figures.companies_by_country:
            label = _("Participant companies from %(country)s") % {
                "country": countries.name(code) or code
            }
            yield [programme, all_trips, start, end, label, n]
        if not data.get("trip"):
            for trip in trips:
                for name, label in INDICATORS:
                    yield [
                        programme,
                        trip.title,
                        trip.start_date.isoformat(),
                        trip.end_date.isoformat(),
                        label,
                        figures.per_trip[trip.pk][name],
                    ]

    filename = f"results-{data['programme'].slug}-{start}-{end}.csv"
    return csv_response(filename, [str(h) for h in header], rows(), delimiter_from(request))
