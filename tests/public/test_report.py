"""The public trip report and the list of reports: what may be public, and nothing else."""

import datetime as dt
import json
import re

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def report(client, trip):
    response = client.get(reverse("trips:detail", kwargs={"slug": trip.slug}))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def rich_trip(db):
    """A published trip with one of everything, public and not."""
    trip = f.TripFactory(title="Shandong trip", report="Long report text.")
    posintra = f.TripOrganiserFactory(trip=trip, organisation__name="Posintra Oy").organisation
    f.TripOrganiserFactory(
        trip=trip, organisation__name="Secret Organiser", organisation__is_public=False
    )
    named = f.ParticipationFactory(trip=trip, company__name="Named Oy", company__country="FI")
    named.company.sectors.add(f.SectorFactory(name="Cleantech", slug="cleantech"))
    f.ParticipationFactory(trip=trip, company__name="Hidden Oy", company__is_public=False)
    weifang = f.PlaceFactory(name="Weifang", native_name="潍坊市")
    zone = f.PlaceFactory(
        name="Weifang High-Tech Zone", native_name="潍坊高新区", parent=weifang, area_km2=120
    )
    visit = f.VisitFactory(trip=trip, place=zone, title="Zone visit", notes="VISIT NOTE")
    f.VisitFactory(trip=trip, place=weifang, date=trip.end_date, title="Last day")
    meeting = f.MeetingFactory(
        trip=trip,
        visit=visit,
        title="Meeting the zone",
        public_summary="The zone supplies components.",
        internal_notes="INTERNAL NOTE",
        outcome="OUTCOME TEXT",
    )
    f.MeetingFactory(trip=trip, title="Closed-door meeting", public_summary="")
    public_bureau = f.CounterpartFactory(name="Zone Committee", native_name="管委会")
    chair_maker = f.CounterpartFactory(
        name="Secret Chair Maker Ltd", kind="local_company", is_public=False
    )
    person = f.PersonFactory(
        organisation=public_bureau,
        given_name="Li",
        family_name="Wang",
        email="wang.li@zone.example",
        phone="+8613800000001",
        messaging_id="wechat-wangli",
    )
    f.MeetingCounterpartFactory(meeting=meeting, organisation=public_bureau)
    f.MeetingCounterpartFactory(meeting=meeting, organisation=chair_maker)
    f.MeetingPersonFactory(meeting=meeting, person=person)
    f.AgreementFactory(
        trip=trip,
        company=named.company,
        counterpart=chair_maker,
        title="Chair cooperation",
        is_public=True,
    )
    f.AgreementFactory(trip=trip, company=named.company, title="Private contract", is_public=False)
    f.LeadFactory(
        trip=trip, company=named.company, counterpart=public_bureau, next_step="LEAD STEP"
    )
    need = f.NeedFactory(trip=trip, host=public_bureau, title="Nordic wastewater treatment")
    need.sectors.add(f.SectorFactory(name="Water", slug="water"))
    f.RecognitionFactory(trip=trip, recipient=posintra, title="Diploma for cooperation")
    return trip


def test_the_report_shows_what_the_trip_achieved(client, rich_trip):
    content = report(client, rich_trip)
    for text in (
        "Shandong trip",
        "Long report text.",
        "Posintra Oy",
        "Named Oy",
        "Finland",
        "Cleantech",
        "Weifang High-Tech Zone, Weifang",
        "潍坊高新区",
        "120 km²",
        "Day 1",
        "Day 5",
        "Meeting the zone",
        "The zone supplies components.",
        "Zone Committee",
        "Chair cooperation",
        "a local company",
        "Nordic wastewater treatment",
        "Water",
        "Diploma for cooperation",
    ):
        assert text in content, text


def test_key_figures_count_companies_meetings_counterparts_agreements_and_leads(client, rich_trip):
    content = report(client, rich_trip)
    figures = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", content))
    assert figures == {
        "Companies": "2",
        "Meetings": "2",
        "Counterparts met": "2",
        "Agreements": "2",
        "Leads": "1",
    }


def test_nothing_internal_or_personal_reaches_the_public_report(client, rich_trip):
    content = report(client, rich_trip)
    for secret in (
        "INTERNAL NOTE",
        "VISIT NOTE",
        "OUTCOME TEXT",
        "wang.li@zone.example",
        "+8613800000001",
        "138 0000 0001",
        "wechat-wangli",
        "Li Wang",
        "LEAD STEP",
        "Private contract",
        "Closed-door meeting",
        "Secret Chair Maker",
        "Secret Organiser",
        "Hidden Oy",
    ):
        assert secret not in content, secret
    assert "1 further company took part and is not named here" in content


def test_the_world_fixture_trip_hides_notes_contact_details_and_leads(client, world):
    content = report(client, world["published"])
    for secret in ("INTERNAL-NOTE-A", "wang.li@city.example", "wechat-wangli", "Wang"):
        assert secret not in content, secret
    assert world["lead_a"].next_step not in content


def test_user_written_text_comes_out_escaped(client, rich_trip):
    meeting = rich_trip.meetings.get(title="Meeting the zone")
    meeting.public_summary = "<script>alert('pwned')</script>"
    meeting.save()
    rich_trip.summary = "<b>bold</b>"
    rich_trip.save()
    content = report(client, rich_trip)
    assert "<script>alert" not in content and "<b>bold</b>" not in content
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in content


def test_the_map_gets_places_and_tile_settings_as_data_never_as_markup(client, rich_trip, settings):
    settings.MAP_TILE_URL = "https://tiles.example/{z}/{x}/{y}.png"
    zone = rich_trip.visits.get(title="Zone visit").place
    zone.name = "Zone <img src=x onerror=alert(1)>"
    zone.save()
    content = report(client, rich_trip)
    assert 'data-tile-url="https://tiles.example/{z}/{x}/{y}.png"' in content
    points = json.loads(
        re.search(
            r'<script id="trip-map-points" type="application/json">(.*?)</script>', content
        ).group(1)
    )
    assert {p["name"] for p in points} == {"Zone <img src=x onerror=alert(1)>, Weifang", "Weifang"}
    assert "<img src=x" not in content
    assert "leaflet.js" in content and "trip_map.js" in content


def test_open_graph_tags_describe_the_trip_for_sharing(client, rich_trip):
    content = report(client, rich_trip)
    assert '<meta property="og:title" content="Shandong trip">' in content
    assert f'content="http://testserver/trips/{rich_trip.slug}/"' in content
    assert "noindex" not in content


def test_unpublished_trips_are_not_found_and_not_listed(client, world):
    assert client.get(world["unpublished"].get_absolute_url()).status_code == 404
    assert "Draft trip" not in client.get(reverse("home")).content.decode()


def test_company_logins_cannot_see_unpublished_reports_of_their_own_trip(client, world):
    client.force_login(f.MembershipFactory(organisation=world["lead_b"].company).user)
    assert client.get(world["unpublished"].get_absolute_url()).status_code == 404


def test_staff_preview_an_unpublished_report_with_a_banner(client, staff, world):
    client.force_login(staff)
    content = report(client, world["unpublished"])
    assert "Preview" in content and "not published" in content
    assert 'content="noindex, nofollow"' in content


def test_the_home_page_shows_dates_destination_and_key_figures(client, rich_trip):
    content = client.get(reverse("home")).content.decode()
    assert "16 Mar 2026" in content and "Shandong, China" in content
    assert "<dt>Companies</dt><dd>2</dd>" in content


def test_the_home_page_pages_through_many_trips_newest_first(client):
    for n in range(13):
        f.TripFactory(
            title=f"Trip number {n:02d}",
            start_date=dt.date(2020, 1, 1) + dt.timedelta(days=30 * n),
            end_date=dt.date(2020, 1, 2) + dt.timedelta(days=30 * n),
        )
    first = client.get(reverse("home")).content.decode()
    assert "Trip number 12" in first and "Trip number 01" in first
    assert "Trip number 00" not in first and "Page 1 of 2" in first
    assert '?page=2" rel="next">Older</a>' in first
    second = client.get(reverse("home"), {"page": 2}).content.decode()
    assert "Trip number 00" in second and "Trip number 12" not in second


def test_staff_without_the_view_permission_get_no_preview(client, world):
    client.force_login(f.UserFactory(is_staff=True))
    assert client.get(world["unpublished"].get_absolute_url()).status_code == 404


def test_a_public_page_names_an_organisation_only_as_the_report_allows(db):
    """The public pages' name tag takes the report's PublicName only: given an organisation
    itself, it refuses, so a page cannot print the name of one not cleared for naming."""
    from django.template import Context, Template

    from trips.queries.public_report import PublicName

    secret = f.CounterpartFactory(name="Secret Chair Maker Ltd", kind="local_company")
    secret.is_public = False
    page = Template("{% load trips_tags %}{% public_name name %}")
    with pytest.raises(TypeError):
        page.render(Context({"name": secret}))
    shown = page.render(Context({"name": PublicName.of(secret)}))
    assert "Secret Chair Maker" not in shown and "a local company" in shown
