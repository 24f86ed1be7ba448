"""Diplomas print on A4; the results navigation and overview pages."""

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_diploma_names_recipient_reason_trip_awarders_and_date(staff_client):
    trip = f.TripFactory(title="Smart city delegation to Shandong")
    recognition = f.RecognitionFactory(
        trip=trip,
        recipient__name="Posintra Oy",
        reason="For bringing companies and cities together.",
    )
    for name in ("Weifang government", "Rizhao government"):
        f.RecognitionAwarderFactory(recognition=recognition, organisation__name=name)
    page = staff_client.get(reverse("results:diploma", kwargs={"pk": recognition.pk}))
    text = page.content.decode()
    for expected in (
        "Posintra Oy",
        "For bringing companies and cities together.",
        "Smart city delegation to Shandong",
        "Rizhao government",
        "Weifang government",
        "20 March 2026",
    ):
        assert expected in text
    assert text.index("Rizhao government") < text.index("Weifang government")
    assert "css/print-a4.css" in text


def test_staff_see_the_results_links_and_company_users_do_not(client, staff, company_a):
    client.force_login(staff)
    assert reverse("results:followups") in client.get("/").content.decode()
    client.force_login(company_a)
    assert reverse("results:followups") not in client.get("/").content.decode()


def test_the_overview_lists_trips_with_need_and_match_counts(staff_client, world):
    page = staff_client.get(reverse("results:index")).content.decode()
    assert "Published trip" in page and "Draft trip" in page
    trip_page = staff_client.get(
        reverse("results:trip", kwargs={"slug": "published-trip"})
    ).content.decode()
    assert "City government" in trip_page  # the host with a need has its report
    assert reverse("results:diploma", kwargs={"pk": world["recognition"].pk}) in trip_page
    # on the trip: the phone page for meeting notes and the business cards
    assert reverse("field:day", kwargs={"slug": "published-trip"}) in trip_page
    assert reverse("cards:add", kwargs={"slug": "published-trip"}) in trip_page
    applications = reverse("applications:list", kwargs={"slug": "published-trip"})
    assert applications not in trip_page  # no call for participation on this trip
    f.CallFactory(trip=world["published"])
    trip_page = staff_client.get(
        reverse("results:trip", kwargs={"slug": "published-trip"})
    ).content.decode()
    assert applications in trip_page


def test_staff_without_the_permission_are_refused(client, world):
    user = f.UserFactory(username="intern", is_staff=True)  # not in "Project staff"
    client.force_login(user)
    assert client.get(reverse("results:followups")).status_code == 403
    assert client.get(reverse("results:dashboard")).status_code == 403
    url = reverse("results:decide", kwargs={"pk": world["match_a"].pk, "decision": "reject"})
    assert client.post(url).status_code == 403
    world["match_a"].refresh_from_db()
    assert world["match_a"].status == "proposed"


def test_the_dashboard_without_any_programme_says_what_to_do(staff_client):
    response = staff_client.get(reverse("results:dashboard"))
    assert response.status_code == 200
    assert "No programme has been recorded yet" in response.content.decode()


def test_printed_diplomas_and_reports_keep_their_content(staff_client, world):
    """site.css hides <header> and <footer> when printing (the site's navigation), so the
    diploma and the host report must not put their own content in such elements."""
    diploma = staff_client.get(
        reverse("results:diploma", kwargs={"pk": world["recognition"].pk})
    ).content.decode()
    report = staff_client.get(
        reverse(
            "results:host_report",
            kwargs={"slug": "published-trip", "host_slug": world["counterpart"].slug},
        )
    ).content.decode()
    for page, start in ((diploma, '<article class="diploma'), (report, '<article class="host')):
        body = page[page.index(start) : page.index("</article>", page.index(start))]
        assert "<header" not in body and "<footer" not in body


def test_the_trip_page_warns_about_needs_in_no_host_report_and_links_its_results(
    staff_client, world
):
    f.NeedFactory(trip=world["published"], host=None, place=f.PlaceFactory(), title="Park")
    page = staff_client.get(reverse("results:trip", kwargs={"slug": "published-trip"}))
    text = page.content.decode()
    assert "1 need names only a place" in text
    href = text.split('results-of-trip" href="')[1].split('"')[0].replace("&amp;", "&")
    results = staff_client.get(href)
    assert results.status_code == 200
    assert [t.slug for t in results.context["trips"]] == ["published-trip"]
    assert results.context["figures"].total["needs"] == 2
