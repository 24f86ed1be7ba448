"""The public trip report and a company's trip page stay cheap as meetings accumulate."""

from django.test import Client

from tests import factories as f
from tests.scenarios import trip_with_meetings


def run(timed, report):
    company = f.CompanyFactory(slug="bench-company")
    user = f.MembershipFactory(organisation=company, user__username="bench-company").user
    small = trip_with_meetings(5, company)
    large = trip_with_meetings(50, company)
    public = Client()
    member = Client()
    member.force_login(user)

    def page(client, url):
        return lambda: client.get(url)

    report(
        "public report, 50 meetings vs 5",
        timed(page(public, large.get_absolute_url()), repeat=10),
        timed(page(public, small.get_absolute_url()), repeat=10),
    )
    report(
        "company trip page, 50 meetings vs 5",
        timed(page(member, f"/my/trips/{large.slug}/"), repeat=10),
        timed(page(member, f"/my/trips/{small.slug}/"), repeat=10),
    )
    report(
        "company contacts CSV, 50 meetings vs 5",
        timed(lambda: b"".join(member.get(f"/my/trips/{large.slug}/contacts.csv")), repeat=10),
        timed(lambda: b"".join(member.get(f"/my/trips/{small.slug}/contacts.csv")), repeat=10),
    )
