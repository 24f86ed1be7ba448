"""A trip both company A and company B took part in, with things only one of them attended or
owns, marked so that a leak is easy to spot (ONLY-A-…, ONLY-B-…)."""

import datetime as dt

import pytest

from tests import factories as f


def _meeting(trip, visit, label, *companies, **extra):
    """A meeting the given companies attended, with a counterpart bureau and a person of it,
    every text marked with `label`."""
    meeting = f.MeetingFactory(
        trip=trip,
        visit=visit,
        title=f"{label} meeting",
        start_time=dt.time(10),
        end_time=dt.time(11, 30),
        public_summary=f"{label} public summary",
        internal_notes=f"{label} INTERNAL NOTE",
        outcome=f"{label} outcome",
        **extra,
    )
    counterpart = f.CounterpartFactory(name=f"{label} Bureau")
    person = f.PersonFactory(
        organisation=counterpart,
        given_name=label.title(),
        family_name="Person",
        email=f"{label.lower()}@bureau.example",
        phone="+8613800000123" if label == "ONLY-A" else "",
        messaging_id=f"wechat-{label.lower()}",
        notes=f"{label} PERSON NOTE",
    )
    f.MeetingCounterpartFactory(meeting=meeting, organisation=counterpart)
    f.MeetingPersonFactory(meeting=meeting, person=person)
    for company in companies:
        f.MeetingAttendeeFactory(meeting=meeting, company=company)
    return meeting, counterpart, person


@pytest.fixture
def shared(db, company_a_org, company_b_org):
    trip = f.TripFactory(slug="shared-trip", title="Shared trip", time_zone="Asia/Shanghai")
    f.ParticipationFactory(trip=trip, company=company_a_org)
    f.ParticipationFactory(trip=trip, company=company_b_org)
    place = f.PlaceFactory(name="Weifang", native_name="潍坊市")
    visit = f.VisitFactory(
        trip=trip, place=place, start_time=dt.time(9), end_time=dt.time(17), title="Day one"
    )

    meeting_a, bureau_a, person_a = _meeting(trip, visit, "ONLY-A", company_a_org)
    meeting_b, bureau_b, person_b = _meeting(trip, visit, "ONLY-B", company_b_org)
    meeting_both, bureau_both, person_both = _meeting(
        trip, visit, "BOTH", company_a_org, company_b_org
    )
    shy = f.PersonFactory(
        organisation=bureau_a,
        given_name="Shy",
        family_name="Person",
        email="shy@bureau.example",
        do_not_contact=True,
    )
    f.MeetingPersonFactory(meeting=meeting_a, person=shy)

    lead_a = f.LeadFactory(
        trip=trip, company=company_a_org, counterpart=bureau_a, next_step="ONLY-A next step"
    )
    lead_b = f.LeadFactory(
        trip=trip, company=company_b_org, counterpart=bureau_b, next_step="ONLY-B next step"
    )
    f.AgreementFactory(
        trip=trip, company=company_a_org, counterpart=bureau_a, title="ONLY-A agreement"
    )
    f.AgreementFactory(
        trip=trip, company=company_b_org, counterpart=bureau_b, title="ONLY-B agreement"
    )
    need = f.NeedFactory(trip=trip, host=bureau_both, title="Shared need")
    f.MatchFactory(
        need=need, company=company_a_org, reason="ONLY-A match reason", status="accepted"
    )
    f.MatchFactory(
        need=need, company=company_b_org, reason="ONLY-B match reason", status="accepted"
    )
    return {
        "trip": trip,
        "lead_a": lead_a,
        "lead_b": lead_b,
        "person_a": person_a,
        "person_b": person_b,
        "person_both": person_both,
        "shy": shy,
        "meeting_a": meeting_a,
    }
