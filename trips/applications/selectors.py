"""Reads of the staff review pages: a call's applications, filtered, and the applicants'
earlier trips. Each is a fixed number of queries however many applications there are."""

from collections import defaultdict

from trips.models import Participation


def applications_for_review(call, filters):
    """The call's applications, earliest first, filtered by status, country and sector."""
    applications = call.applications.select_related("organisation").prefetch_related(
        "sectors", "delegates"
    )
    if filters.get("status"):
        applications = applications.filter(status=filters["status"])
    if filters.get("country"):
        applications = applications.filter(country=filters["country"])
    if filters.get("sector"):
        applications = applications.filter(sectors=filters["sector"])
    return list(applications.order_by("submitted_at", "pk"))


def earlier_trips(applications, trip):
    """{application pk: [trips its organisation took part in, other than `trip`]}, newest first."""
    by_organisation = defaultdict(list)
    organisations = {a.organisation_id for a in applications if a.organisation_id}
    participations = (
        Participation.objects.filter(company__in=organisations)
        .exclude(trip=trip)
        .select_related("trip")
        .order_by("-trip__start_date")
    )
    for participation in participations:
        by_organisation[participation.company_id].append(participation.trip)
    return {a.pk: by_organisation.get(a.organisation_id, []) for a in applications}
