"""Scenes built from factories that tests and benchmarks share (bench/ imports them too)."""

from tests import factories as f


def trip_with_meetings(n, company):
    """A trip of `company` with n meetings, each with one of everything a report lists."""
    trip = f.TripFactory(slug=f"trip-with-{n}")
    f.ParticipationFactory(trip=trip, company=company)
    f.TripOrganiserFactory(trip=trip)
    parent = f.PlaceFactory(name=f"City for {n}")
    for i in range(n):
        place = f.PlaceFactory(name=f"Site {n}-{i}", parent=parent)
        visit = f.VisitFactory(trip=trip, place=place)
        meeting = f.MeetingFactory(trip=trip, visit=visit, place=place)
        counterpart = f.CounterpartFactory(is_public=i % 2 == 0)
        f.MeetingCounterpartFactory(meeting=meeting, organisation=counterpart)
        person = f.PersonFactory(organisation=counterpart, phone="+8613800000001")
        f.MeetingPersonFactory(meeting=meeting, person=person)
        f.MeetingAttendeeFactory(meeting=meeting, company=company)
        f.LeadFactory(trip=trip, company=company, counterpart=counterpart, meeting=meeting)
        f.AgreementFactory(trip=trip, company=company, counterpart=counterpart, is_public=True)
        need = f.NeedFactory(trip=trip, host=counterpart, place=place)
        need.sectors.add(f.SectorFactory())
        f.MatchFactory(need=need, company=company, status="accepted")
        recognition = f.RecognitionFactory(trip=trip, recipient=counterpart)
        f.RecognitionAwarderFactory(recognition=recognition)
    return trip
