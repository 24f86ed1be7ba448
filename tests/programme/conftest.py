"""A planned trip that companies A and B both take part in, over three days in Almaty's time
zone: a meeting only A attends, one only B attends (marked ONLY-B, so that a leak is easy to
spot), and one they share; hosts and places with names in both scripts, needs with a match for
each company, and the trip's practical notes."""

import datetime as dt

import pytest

from tests import factories as f
from trips.models import Match

START = dt.date(2027, 4, 12)


def plan_meeting(trip, day, hour, title, host, place, delegates):
    """A meeting on day `day` (1-based) at `hour`, with `host`, attended by the companies of
    `delegates` (Delegate rows) and those delegates."""
    meeting = f.MeetingFactory(
        trip=trip,
        date=START + dt.timedelta(days=day - 1),
        start_time=dt.time(hour),
        end_time=dt.time(hour + 1),
        title=title,
        place=place,
        internal_notes=f"{title} INTERNAL NOTE",
    )
    f.MeetingCounterpartFactory(meeting=meeting, organisation=host)
    for company in {d.participation.company for d in delegates}:
        f.MeetingAttendeeFactory(meeting=meeting, company=company)
    for delegate in delegates:
        f.MeetingDelegateFactory(meeting=meeting, delegate=delegate)
    return meeting


@pytest.fixture
def planned(db, company_a_org, company_b_org):
    trip = f.TripFactory(
        slug="almaty",
        title="Water delegation to Almaty",
        start_date=START,
        end_date=START + dt.timedelta(days=2),
        destination_country="KZ",
        destination_region="Almaty",
        time_zone="Asia/Almaty",
        status="planned",
        is_published=False,
        published_at=None,
    )
    delegate_a = f.DelegateFactory(
        participation__trip=trip,
        participation__company=company_a_org,
        person__given_name="Aino",
        person__family_name="Alpha",
        person__title="CEO",
    )
    delegate_b = f.DelegateFactory(
        participation__trip=trip,
        participation__company=company_b_org,
        person__given_name="Bertil",
        person__family_name="Beta",
    )
    city = f.PlaceFactory(name="Almaty", native_name="Алматы", country="KZ")
    office = f.PlaceFactory(
        name="Water utility head office",
        native_name="Алматы Су",
        parent=city,
        country="KZ",
        address="Zharokov St 196",
        native_address="ул. Жарокова 196",
    )
    utility = f.CounterpartFactory(name="Almaty Water Utility", native_name="Алматы Су")
    akimat = f.CounterpartFactory(name="Almaty Akimat", native_name="Акимат города Алматы")
    need = f.NeedFactory(trip=trip, host=utility, title="Leak detection in the network")
    accepted = Match.Status.ACCEPTED
    f.MatchFactory(
        need=need, company=company_a_org, reason="REASON-A: sells leak sensors", status=accepted
    )
    f.MatchFactory(
        need=need, company=company_b_org, reason="ONLY-B reason: pipe relining", status=accepted
    )
    f.VisitFactory(trip=trip, place=city, date=START, title="Arrival and city tour")
    f.PracticalNotesFactory(trip=trip)
    meetings = {
        "a": plan_meeting(trip, 1, 10, "Utility pilot talk", utility, office, [delegate_a]),
        "b": plan_meeting(trip, 2, 10, "ONLY-B akimat meeting", akimat, city, [delegate_b]),
        "shared": plan_meeting(
            trip, 3, 14, "Joint utility workshop", utility, office, [delegate_a, delegate_b]
        ),
    }
    return {"trip": trip, "meetings": meetings, "delegate_a": delegate_a, "city": city}
