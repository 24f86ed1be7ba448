"""The itinerary of a trip as iCalendar (.ics): times are local times in the trip's time zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

PRODID = "-//SME2GO delegation trips//EN"


def _event(uid, summary, day, start, end, tz, location="", description="", stamp=None):
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstamp", stamp or dt.datetime.now(dt.UTC))
    if start is None:  # an all-day entry
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
    else:
        event.add("dtstart", dt.datetime.combine(day, start, tzinfo=tz))
        if end is not None:
            event.add("dtend", dt.datetime.combine(day, end, tzinfo=tz))
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    return event


def _itinerary_meeting(meeting):
    """(location, description) of a meeting in the itinerary calendar."""
    where = meeting.where
    counterparts = ", ".join(o.name for o in meeting.counterpart_organisations.all())
    description = "\n\n".join(part for part in (counterparts, meeting.public_summary) if part)
    return (where.full_name if where else ""), description


def itinerary_ics(trip, visits, meetings, host="sme2go", name=None, describe=None):
    """Visits and meetings (already chosen for the reader) as one calendar.

    `describe(meeting)` gives a meeting's (location, description); by default the place and
    the organisations met. `name` names the calendar (default: the trip's title)."""
    describe = describe or _itinerary_meeting
    tz = ZoneInfo(trip.time_zone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name or trip.title)
    calendar.add("x-wr-timezone", trip.time_zone)
    stamp = trip.updated_at
    for visit in visits:
        calendar.add_component(
            _event(
                f"visit-{visit.pk}@{host}",
                visit.title or visit.place.name,
                visit.date,
                visit.start_time,
                visit.end_time,
                tz,
                location=visit.place.full_name,
                stamp=stamp,
            )
        )
    for meeting in meetings:
        location, description = describe(meeting)
        calendar.add_component(
            _event(
                f"meeting-{meeting.pk}@{host}",
                meeting.title,
                meeting.date,
                meeting.start_time,
                meeting.end_time,
                tz,
                location=location,
                description=description,
                stamp=meeting.updated_at,
            )
        )
    calendar.add_missing_timezones()
    return calendar.to_ical()
