"""A company's trip page is cached per company (trips/page_cache.py): company B never gets
company A's page, and any edit of what the page shows (a person met, a lead, a meeting, a link
between them) shows at once, as does a company's own save."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories as f
from trips.company.page import CSRF_STAND_IN
from trips.models import MeetingAttendee

pytestmark = pytest.mark.django_db


def _page(client, user, trip, **params):
    client.force_login(user)
    return client.get(reverse("my:trip", kwargs={"slug": trip.slug}), params).content.decode()


def test_one_company_never_gets_another_companys_page(client, company_a, company_b, shared):
    page_a = _page(client, company_a, shared["trip"])
    page_b = _page(client, company_b, shared["trip"])
    assert "ONLY-A" in page_a and "ONLY-B" not in page_a
    assert "ONLY-B" in page_b and "ONLY-A" not in page_b
    assert "ONLY-A" in _page(client, company_a, shared["trip"])  # and from the cache


def _rename_person(shared):
    shared["person_a"].email = "new.address@bureau.example"
    shared["person_a"].save()


def _withhold_person(shared):
    shared["person_a"].do_not_contact = True
    shared["person_a"].save()


def _link_person(shared):
    person = f.PersonFactory(given_name="Newly", family_name="Linked")
    f.MeetingPersonFactory(meeting=shared["meeting_a"], person=person)


def _edit_meeting(shared):
    shared["meeting_a"].outcome = "New outcome"
    shared["meeting_a"].save()


def _edit_lead(shared):
    shared["lead_a"].next_step = "New next step"
    shared["lead_a"].save()


EDITS = {
    "person's details": (_rename_person, "new.address@bureau.example", ""),
    "person asks not to be contacted": (_withhold_person, "", "only-a@bureau.example"),
    "person linked to a meeting": (_link_person, "Newly", ""),
    "meeting": (_edit_meeting, "New outcome", ""),
    "lead": (_edit_lead, "New next step", ""),
}


@pytest.mark.parametrize("edit, shown, gone", EDITS.values(), ids=EDITS.keys())
def test_an_edit_shows_at_once(client, company_a, shared, edit, shown, gone):
    before = _page(client, company_a, shared["trip"])
    assert gone in before
    edit(shared)
    after = _page(client, company_a, shared["trip"])
    assert shown in after
    if gone:
        assert gone not in after


def test_a_meeting_no_longer_attended_leaves_the_page(client, company_a, shared):
    assert "ONLY-A meeting" in _page(client, company_a, shared["trip"])
    MeetingAttendee.objects.filter(meeting=shared["meeting_a"]).delete()
    assert "ONLY-A meeting" not in _page(client, company_a, shared["trip"])


def test_the_companys_own_save_shows_at_once(client, company_a, shared):
    _page(client, company_a, shared["trip"])
    lead = shared["lead_a"]
    url = reverse("my:lead", kwargs={"slug": shared["trip"].slug, "pk": lead.pk})
    response = client.post(
        url, {f"lead-{lead.pk}-next_step": "Call them on Monday", f"lead-{lead.pk}-status": "open"}
    )
    assert response.status_code == 302
    page = _page(client, company_a, shared["trip"])
    assert "Call them on Monday" in page
    assert "ONLY-A next step" not in page


def test_a_form_with_errors_is_shown_with_them(client, company_a, shared):
    _page(client, company_a, shared["trip"])
    lead = shared["lead_a"]
    url = reverse("my:lead", kwargs={"slug": shared["trip"].slug, "pk": lead.pk})
    response = client.post(url, {f"lead-{lead.pk}-next_step": "x", f"lead-{lead.pk}-status": "?"})
    assert response.status_code == 200
    assert "is-invalid" in response.content.decode()
    assert "is-invalid" not in _page(client, company_a, shared["trip"])  # not cached


def test_each_language_has_its_own_page(client, company_a, shared):
    company_a_page = _page(client, company_a, shared["trip"])
    assert "People you met" in company_a_page
    client.cookies["django_language"] = "fi"
    assert "People you met" not in _page(client, company_a, shared["trip"])


def test_a_company_taken_off_the_trip_loses_its_page_at_once(client, company_a, shared):
    url = reverse("my:trip", kwargs={"slug": shared["trip"].slug})
    client.force_login(company_a)
    assert client.get(url).status_code == 200
    shared["trip"].participations.filter(company__memberships__user=company_a).delete()
    assert client.get(url).status_code == 404


def test_a_login_moved_to_another_company_sees_that_companys_page(
    client, company_a, company_b_org, shared
):
    assert "ONLY-A" in _page(client, company_a, shared["trip"])
    company_a.membership.organisation = company_b_org
    company_a.membership.save()
    page = _page(client, company_a, shared["trip"])
    assert "ONLY-B" in page and "ONLY-A" not in page


def test_each_visitor_gets_their_own_csrf_token_in_the_cached_page(company_a, shared):
    """The cached body holds a stand-in for the token; every visitor's forms carry their own,
    and a save with it is accepted."""
    colleague = f.MembershipFactory(
        user__username="colleague_a", organisation=company_a.membership.organisation
    ).user
    lead = shared["lead_a"]
    url = reverse("my:trip", kwargs={"slug": shared["trip"].slug})
    tokens = []
    for user in (company_a, colleague):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        content = client.get(url).content.decode()
        assert CSRF_STAND_IN not in content
        token = re.search(r'name="csrfmiddlewaretoken" value="(\w+)"', content).group(1)
        tokens.append(token)
        response = client.post(
            reverse("my:lead", kwargs={"slug": shared["trip"].slug, "pk": lead.pk}),
            {
                "csrfmiddlewaretoken": token,
                f"lead-{lead.pk}-next_step": f"Saved by {user.username}",
                f"lead-{lead.pk}-status": "open",
            },
        )
        assert response.status_code == 302
        assert f"Saved by {user.username}" in client.get(response.url).content.decode()
    assert tokens[0] != tokens[1]


def test_an_import_that_updates_a_person_met_shows_at_once(client, company_a, shared):
    """The import writes in bulk (no post_save): it still says the pages are out of date."""
    from contacts.services import import_contacts
    from tests.contacts.conftest import HEADER, csv_file, row

    assert "Director of imports" not in _page(client, company_a, shared["trip"])
    person = shared["person_a"]
    data = csv_file(
        [
            HEADER,
            row(
                person.given_name,
                person.family_name,
                "",
                "Director of imports",
                person.organisation.name,
                "",
                person.email,
            ),
        ]
    )
    plan = import_contacts(data=data, filename="update.csv")
    assert plan.applied, [(p.line, p.message) for p in plan.problems]
    person.refresh_from_db()
    assert person.title == "Director of imports"
    assert "Director of imports" in _page(client, company_a, shared["trip"])


def test_the_whole_page_is_cached_per_address_asked_for(client, company_a, shared):
    """The language menu sends the visitor back to the address they asked for: a page cached
    for one address (another day of the itinerary) is not served for another."""
    url = reverse("my:trip", kwargs={"slug": shared["trip"].slug})
    client.force_login(company_a)
    first = client.get(url).content.decode()
    other = client.get(f"{url}?day=2").content.decode()
    assert f'name="next" value="{url}"' in first
    assert f'name="next" value="{url}?day=2"' in other


def test_a_notice_is_shown_once_over_the_cached_page(client, company_a, shared):
    """After a save the page shows its confirmation once; the next view is the plain page."""
    lead = shared["lead_a"]
    client.force_login(company_a)
    client.get(reverse("my:trip", kwargs={"slug": shared["trip"].slug}))  # cached
    response = client.post(
        reverse("my:lead", kwargs={"slug": shared["trip"].slug, "pk": lead.pk}),
        {f"lead-{lead.pk}-next_step": "Call in May", f"lead-{lead.pk}-status": "open"},
        follow=True,
    )
    assert "updated." in response.content.decode()
    again = client.get(reverse("my:trip", kwargs={"slug": shared["trip"].slug}))
    assert "updated." not in again.content.decode()
    assert "Call in May" in again.content.decode()


def test_the_list_of_trips_shows_a_new_trip_at_once(client, company_a, shared):
    """The company's list of trips is cached too: a trip it is added to shows at once."""
    client.force_login(company_a)
    assert shared["trip"].title in client.get(reverse("my:trips")).content.decode()
    later = f.TripFactory(title="A later mission to Qingdao")
    assert "A later mission to Qingdao" not in client.get(reverse("my:trips")).content.decode()
    f.ParticipationFactory(trip=later, company=company_a.membership.organisation)
    assert "A later mission to Qingdao" in client.get(reverse("my:trips")).content.decode()
