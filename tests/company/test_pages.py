"""A company's own trip pages: everything it attended or owns, nothing of another company's."""

import pytest
from django.urls import reverse

from tests import factories as f
from trips.models import Lead

pytestmark = pytest.mark.django_db


def trip_page(client, user, trip):
    client.force_login(user)
    response = client.get(reverse("my:trip", kwargs={"slug": trip.slug}))
    assert response.status_code == 200
    return response.content.decode()


def post_lead(client, user, lead, next_step, status, **kwargs):
    """`user` sends the update form of `lead` on the lead's trip page."""
    client.force_login(user)
    url = reverse("my:lead", kwargs={"slug": lead.trip.slug, "pk": lead.pk})
    data = {f"lead-{lead.pk}-next_step": next_step, f"lead-{lead.pk}-status": status}
    return client.post(url, data, **kwargs)


def test_my_trips_lists_only_the_trips_of_my_company(client, company_a, world, shared):
    f.TripFactory(title="Someone else's trip")
    client.force_login(company_a)
    content = client.get(reverse("my:trips")).content.decode()
    assert "Published trip" in content and "Shared trip" in content
    assert "Draft trip" not in content and "Someone else&#x27;s trip" not in content


def test_my_trips_says_so_when_the_company_has_no_trip_yet(client, company_a):
    client.force_login(company_a)
    content = client.get(reverse("my:trips")).content.decode()
    assert "Your company has not taken part in a trip yet" in content


def test_company_sees_its_meetings_with_counterparts_contact_details(client, company_a, shared):
    content = trip_page(client, company_a, shared["trip"])
    for text in (
        "ONLY-A meeting",
        "BOTH meeting",
        "ONLY-A Bureau",
        "only-a@bureau.example",
        "+86 138 0000 0123",
        "wechat-only-a",
        "ONLY-A outcome",
        "Day one",
        "潍坊市",
    ):
        assert text in content, text


def test_company_a_never_sees_what_only_company_b_attended_or_owns(client, company_a, shared):
    content = trip_page(client, company_a, shared["trip"])
    assert "ONLY-B" not in content
    assert "INTERNAL NOTE" not in content and "PERSON NOTE" not in content


def test_company_b_never_sees_what_only_company_a_attended_or_owns(client, company_b, shared):
    content = trip_page(client, company_b, shared["trip"])
    assert "ONLY-A" not in content
    assert "BOTH meeting" in content and "ONLY-B next step" in content


def test_a_person_who_asked_not_to_be_contacted_is_shown_without_contact_details(
    client, company_a, shared
):
    content = trip_page(client, company_a, shared["trip"])
    assert "Shy Person" in content
    assert "shy@bureau.example" not in content
    assert "Asked not to be contacted" in content


def test_user_written_text_is_escaped(client, company_a, shared):
    meeting = shared["meeting_a"]
    meeting.public_summary = "<script>alert('x')</script>"
    meeting.save()
    content = trip_page(client, company_a, shared["trip"])
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert" in content


def test_company_updates_next_step_and_status_of_its_own_lead(client, company_a, shared):
    lead = shared["lead_a"]
    response = post_lead(client, company_a, lead, "Call them in May", "in_discussion", follow=True)
    assert response.redirect_chain[-1][0].endswith(f"/my/trips/shared-trip/#lead-{lead.pk}")
    assert "Lead with ONLY-A Bureau updated" in response.content.decode()
    lead.refresh_from_db()
    assert (lead.next_step, lead.status) == ("Call them in May", Lead.Status.IN_DISCUSSION)


def test_an_invalid_lead_update_says_why_and_changes_nothing(client, company_a, shared):
    lead = shared["lead_a"]
    response = post_lead(client, company_a, lead, "Changed", "won-big")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    lead.refresh_from_db()
    assert (lead.next_step, lead.status) == ("ONLY-A next step", Lead.Status.OPEN)


def test_a_company_cannot_update_another_companys_lead(client, company_a, shared):
    lead = shared["lead_b"]
    response = post_lead(client, company_a, lead, "Hijacked", "closed")
    assert response.status_code == 404
    lead.refresh_from_db()
    assert (lead.next_step, lead.status) == ("ONLY-B next step", Lead.Status.OPEN)


def test_lead_updates_need_the_csrf_token(company_a, shared):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(company_a)
    lead = shared["lead_a"]
    url = reverse("my:lead", kwargs={"slug": shared["trip"].slug, "pk": lead.pk})
    response = client.post(url, {f"lead-{lead.pk}-status": "closed"})
    assert response.status_code == 403
    lead.refresh_from_db()
    assert lead.status == Lead.Status.OPEN


def test_company_gives_feedback_and_can_change_it(client, company_a, company_a_org, shared):
    client.force_login(company_a)
    url = reverse("my:feedback", kwargs={"slug": shared["trip"].slug})
    response = client.post(url, {"feedback": "  We met our first customer.  "}, follow=True)
    assert "Thank you: your feedback was saved" in response.content.decode()
    participation = shared["trip"].participations.get(company=company_a_org)
    assert participation.feedback == "We met our first customer."
    assert participation.feedback_at is not None
    assert "We met our first customer." in trip_page(client, company_a, shared["trip"])


def test_empty_feedback_is_refused_and_the_old_feedback_kept(
    client, company_a, company_a_org, shared
):
    participation = shared["trip"].participations.get(company=company_a_org)
    participation.feedback = "Earlier words"
    participation.save()
    client.force_login(company_a)
    response = client.post(
        reverse("my:feedback", kwargs={"slug": shared["trip"].slug}), {"feedback": "   "}
    )
    assert "Write a few words before sending" in response.content.decode()
    participation.refresh_from_db()
    assert participation.feedback == "Earlier words"


def test_feedback_waits_until_the_trip_has_started(client, company_b, company_b_org, world):
    client.force_login(company_b)
    trip = world["unpublished"]
    assert "Feedback opens once the trip has started" in trip_page(client, company_b, trip)
    response = client.post(reverse("my:feedback", kwargs={"slug": trip.slug}), {"feedback": "Hi"})
    assert response.status_code == 200
    assert trip.participations.get(company=company_b_org).feedback == ""
