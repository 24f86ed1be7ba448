"""What a company may change on its own trip page, and which matches it is shown."""

import pytest
from django.urls import reverse

from trips.models import Lead, Match

pytestmark = pytest.mark.django_db


def trip_page(client, user):
    client.force_login(user)
    return client.get(reverse("my:trip", kwargs={"slug": "published-trip"})).content.decode()


@pytest.mark.parametrize("status", [Match.Status.PROPOSED, Match.Status.REJECTED])
def test_company_sees_only_matches_staff_accepted(client, company_a, world, status):
    match = world["match_a"]
    match.status, match.reason = status, "REASON-NOT-FOR-THE-COMPANY"
    match.save()
    assert "REASON-NOT-FOR-THE-COMPANY" not in trip_page(client, company_a)
    match.status = Match.Status.ACCEPTED
    match.save()
    assert "REASON-NOT-FOR-THE-COMPANY" in trip_page(client, company_a)


def post_lead(client, user, lead, **data):
    client.force_login(user)
    url = reverse("my:lead", kwargs={"slug": "published-trip", "pk": lead.pk})
    return client.post(url, {f"lead-{lead.pk}-{k}": v for k, v in data.items()})


def test_company_cannot_mark_an_agreement_reached_itself(client, company_a, world):
    lead = world["lead_a"]
    response = post_lead(client, company_a, lead, status="agreement", next_step="Signed!")
    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.status == Lead.Status.OPEN and lead.next_step != "Signed!"


def test_a_lead_with_an_agreement_is_staffs_to_change(client, company_a, world):
    lead = world["lead_a"]
    lead.status, lead.agreement, lead.next_step = "agreement", world["agreement_a"], "Deliver"
    lead.save()
    assert "Save lead" not in trip_page(client, company_a)
    response = post_lead(client, company_a, lead, status="open", next_step="x")
    assert "ask the organisers" in response.content.decode()
    lead.refresh_from_db()
    assert lead.status == "agreement" and lead.agreement == world["agreement_a"]
    assert lead.next_step == "Deliver"


def test_the_database_ties_agreement_status_to_a_linked_agreement(world):
    from django.db import IntegrityError, transaction

    lead = world["lead_a"]
    lead.status = Lead.Status.AGREEMENT
    with pytest.raises(IntegrityError), transaction.atomic():
        lead.save()


def test_feedback_on_a_planned_trip_is_refused_by_the_service_too(world):
    from django.core.exceptions import ValidationError

    from trips.services.participations import feedback_give

    participation = world["unpublished"].participations.get()
    with pytest.raises(ValidationError, match="once the trip has started"):
        feedback_give(participation=participation, feedback="Great")
    participation.refresh_from_db()
    assert participation.feedback == ""


def test_a_lead_cannot_point_at_another_companys_agreement(world, company_b_org):
    from django.core.exceptions import ValidationError

    from tests import factories as f

    lead = world["lead_a"]
    lead.status = "agreement"
    lead.agreement = f.AgreementFactory(
        company=company_b_org, trip=None, signed_date=None, status="draft"
    )
    with pytest.raises(ValidationError, match="another company's"):
        lead.full_clean()
