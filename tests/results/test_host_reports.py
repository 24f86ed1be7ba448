"""A host report: its host's needs, the accepted companies, whom to contact; page and CSV."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories as f
from trips.models import Match
from trips.queries.host_reports import host_report

pytestmark = pytest.mark.django_db


def report_url(trip, host, name="results:host_report"):
    return reverse(name, kwargs={"slug": trip.slug, "host_slug": host.slug})


def csv_rows(response):
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_the_report_shows_only_its_hosts_needs(staff_client, hosts):
    page = staff_client.get(report_url(hosts["trip"], hosts["rizhao"])).content.decode()
    assert "Nordic wastewater treatment" in page
    assert "WEIFANG-ONLY" not in page and "Other Host Company Oy" not in page
    other = staff_client.get(report_url(hosts["trip"], hosts["weifang"])).content.decode()
    assert "WEIFANG-ONLY" in other and "Nordic wastewater treatment" not in other


def test_accepted_companies_are_reported_with_country_website_competences_and_contact(
    staff_client, hosts
):
    page = staff_client.get(report_url(hosts["trip"], hosts["rizhao"])).content.decode()
    assert "Puhdas Vesi Oy" in page and "Finland" in page
    assert "https://accepted.example" in page
    assert "Puhdas Vesi Oy competences" in page
    assert "Aino Delegate-accepted" in page and "CEO" in page
    # Proposed matches await a decision; rejected ones are out. The staff are told.
    assert "Proposed Only AB" not in page and "Rejected Oy" not in page
    assert "1 proposed match awaits a decision" in page


def test_a_delegate_who_asked_not_to_be_contacted_is_not_named(staff_client, hosts):
    company, person = hosts["companies"]["accepted"]
    person.do_not_contact = True
    person.save()
    page = staff_client.get(report_url(hosts["trip"], hosts["rizhao"])).content.decode()
    assert "Delegate-accepted" not in page
    assert "through the trip organisers" in page


def test_a_companys_contact_person_works_for_that_company(world, company_a_org, company_b_org):
    """A delegate entered on the wrong company's delegation is not given as its contact."""
    need = world["need"]
    need.matches.update(status=Match.Status.ACCEPTED)
    f.MatchFactory(need=need, company=company_b_org, status=Match.Status.ACCEPTED)
    participation_a = world["published"].participations.get(company=company_a_org)
    stray = f.PersonFactory(organisation=company_b_org, given_name="Bee", family_name="Aaa")
    f.DelegateFactory(participation=participation_a, person=stray)
    own = f.PersonFactory(organisation=company_a_org, given_name="Alpha", family_name="Zed")
    f.DelegateFactory(participation=participation_a, person=own)
    report = host_report(world["published"], need.host)
    contacts = {entry.company.pk: entry.contact for entry in report[0].companies}
    assert contacts[company_a_org.pk] == own
    assert contacts[company_b_org.pk] is None


def test_the_report_prints_on_a4(staff_client, hosts):
    page = staff_client.get(report_url(hosts["trip"], hosts["rizhao"])).content.decode()
    assert "css/print-a4.css" in page and 'media="print"' in page


def test_csv_lists_the_matched_companies_of_the_hosts_needs(staff_client, hosts):
    response = staff_client.get(
        report_url(hosts["trip"], hosts["rizhao"], "results:host_report_csv")
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="host-report-shandong-rizhao.csv"' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0][:4] == ["Need", "Need description", "Need sectors", "Company"]
    assert [(r[0], r[3], r[4], r[5]) for r in rows[1:]] == [
        ("Nordic wastewater treatment", "Puhdas Vesi Oy", "Finland", "https://accepted.example")
    ]
    assert (
        rows[1][9] == "Aino Delegate-accepted" and rows[1][12] == "'+358400000101"
    )  # escaped by csv_safe


def test_csv_cells_that_look_like_formulas_arrive_as_text(staff_client, hosts):
    company, _person = hosts["companies"]["accepted"]
    company.competences = '=HYPERLINK("http://evil.example","click")'
    company.save()
    response = staff_client.get(
        report_url(hosts["trip"], hosts["rizhao"], "results:host_report_csv")
    )
    assert csv_rows(response)[1][7] == "'" + company.competences


def test_a_host_without_needs_on_the_trip_has_no_report(staff_client, hosts):
    stranger = f.CounterpartFactory()
    assert staff_client.get(report_url(hosts["trip"], stranger)).status_code == 404


def _grow(hosts, n):
    trip, need = hosts["trip"], hosts["wastewater"]
    for _ in range(n):
        participation = f.ParticipationFactory(trip=trip)
        f.DelegateFactory(participation=participation)
        f.MatchFactory(need=need, company=participation.company, status=Match.Status.ACCEPTED)


@pytest.mark.parametrize("name", ["results:host_report", "results:host_report_csv"])
def test_the_report_costs_the_same_queries_for_5_and_50_companies(
    staff_client, hosts, django_assert_num_queries, name
):
    url = report_url(hosts["trip"], hosts["rizhao"], name)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            response = staff_client.get(url)
            if name.endswith("csv"):
                b"".join(response.streaming_content)
        return len(ctx.captured_queries)

    _grow(hosts, 4)
    few = count()
    _grow(hosts, 45)
    with django_assert_num_queries(few):
        response = staff_client.get(url)
        if name.endswith("csv"):
            assert len(csv_rows(response)) == 51


def test_demo_rizhaos_report_lists_the_companies_matched_to_both_needs(client, demo):
    from django.contrib.auth import get_user_model

    from trips.demo import STAFF_USERNAME, TRIP_SLUG

    client.force_login(get_user_model().objects.get(username=STAFF_USERNAME))
    url = reverse(
        "results:host_report", kwargs={"slug": TRIP_SLUG, "host_slug": "rizhao-government"}
    )
    page = client.get(url).content.decode()
    wastewater = page.index("Nordic wastewater treatment")
    wooden = page.index("Wooden house construction")
    assert wastewater < page.index("Puhdas Vesi Oy") < wooden
    assert wooden < page.index("Hirsitalo Pohjola Oy")
    assert "Food-technology and cleantech manufacturers" not in page  # Food Valley's need
