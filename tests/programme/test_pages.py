"""A company's own programme and briefing book: its meetings day by day with where, whom and
why; never another company's meeting; staff see any company's and the combined one."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _get(client, user, name, **kwargs):
    client.force_login(user)
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("name", ["my:programme", "my:briefing"])
def test_company_a_sees_its_meetings_and_none_of_company_b(client, company_a, planned, name):
    page = _get(client, company_a, name, slug="almaty")
    assert "Utility pilot talk" in page
    assert "Joint utility workshop" in page
    assert "ONLY-B" not in page  # B's meeting, and B's reason for the shared host's need
    assert "INTERNAL NOTE" not in page
    assert "Bertil" not in page  # B's delegate, even in the meeting they share


def test_programme_says_where_whom_and_why(client, company_a, planned):
    page = _get(client, company_a, "my:programme", slug="almaty")
    for text in [
        "Water utility head office",  # the place, in both scripts, with its address
        "Алматы Су",
        "Zharokov St 196",
        "ул. Жарокова 196",
        "Almaty Water Utility",  # the host
        "Aino Alpha",  # who attends
        "Leak detection in the network",  # what the host needs
        "REASON-A: sells leak sensors",  # why the company was matched
        "Arrival and city tour",  # the shared visit
        "Beta AB",  # the other participant company
        "Hotel Kazakhstan",  # the practical notes
        "Shared with",  # the joint meeting names the other company attending
    ]:
        assert text in page, text


def test_briefing_book_has_a_cover_and_a_section_per_day(client, company_a, planned):
    page = _get(client, company_a, "my:briefing", slug="almaty")
    assert page.count('class="briefing-cover"') == 1
    assert page.count('class="briefing-day"') == 3  # every day of the trip, empty ones too
    assert "css/programme.css" in page


def test_company_b_gets_its_own_book(client, company_b, planned):
    page = _get(client, company_b, "my:briefing", slug="almaty")
    assert "ONLY-B akimat meeting" in page
    assert "Utility pilot talk" not in page
    assert "REASON-A" not in page


def test_company_trip_page_links_to_the_programme(client, company_a, planned):
    page = _get(client, company_a, "my:trip", slug="almaty")
    assert reverse("my:programme", kwargs={"slug": "almaty"}) in page


def test_trip_leader_sees_every_company_meeting(client, staff, planned):
    page = _get(client, staff, "programme:trip_briefing", slug="almaty")
    for text in ["Utility pilot talk", "ONLY-B akimat meeting", "Joint utility workshop"]:
        assert text in page
    assert "Bertil Beta" in page and "Aino Alpha" in page
    assert "REASON-A" in page and "ONLY-B reason" in page


def test_staff_see_one_company_as_it_does(client, staff, planned):
    page = _get(client, staff, "programme:company_briefing", slug="almaty", company_slug="alpha")
    assert "Utility pilot talk" in page
    assert "ONLY-B" not in page


def test_staff_asking_for_a_company_not_on_the_trip_get_404(client, staff, planned):
    from tests import factories as f

    f.CompanyFactory(slug="gamma")
    client.force_login(staff)
    url = reverse("programme:company", kwargs={"slug": "almaty", "company_slug": "gamma"})
    assert client.get(url).status_code == 404


def test_without_practical_notes_the_page_says_so(client, company_a, planned):
    planned["trip"].practical_notes.delete()
    page = _get(client, company_a, "my:programme", slug="almaty")
    assert "The organisers have not written the practical notes yet." in page


@pytest.mark.parametrize(
    ("name", "kwargs", "user"),
    [
        ("my:programme", {"slug": "almaty"}, "company_a"),
        ("programme:trip", {"slug": "almaty"}, "staff"),
    ],
)
def test_only_accepted_matches_give_their_reason(client, planned, request, name, kwargs, user):
    """A proposal is the matcher's guess until staff accept it: the programme, which the
    delegation takes along, gives the reasons of accepted matches only."""
    from trips.models import Match

    Match.objects.filter(reason__startswith="REASON-A").update(status=Match.Status.PROPOSED)
    page = _get(client, request.getfixturevalue(user), name, **kwargs)
    assert "Leak detection in the network" in page  # the host's need itself is still there
    assert "REASON-A" not in page
