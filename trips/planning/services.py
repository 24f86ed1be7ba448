"""Writes of meeting planning: a company's wishes, a planned meeting, a travel time.

Keyword-only arguments, one transaction each, full_clean() before saving."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trips.models import (
    Meeting,
    MeetingAttendee,
    MeetingCounterpart,
    MeetingDelegate,
    TravelTime,
    Wish,
)

from .checks import clash_problems, outside_problems
from .queries import planned_meetings


@transaction.atomic
def wishes_set(*, participation, needs, hosts, text):
    """Replace the company's wishes with these needs, these hosts and its own words."""
    text = text.strip()
    wanted = [Wish(participation=participation, need=need, host=need.host) for need in needs]
    wanted += [Wish(participation=participation, host=host) for host in hosts]
    if text:
        wanted.append(Wish(participation=participation, text=text))
    for wish in wanted:
        wish.full_clean(validate_constraints=False)
    participation.wishes.all().delete()
    Wish.objects.bulk_create(wanted)
    return wanted


@transaction.atomic
def meeting_plan(*, trip, host, visit, start_time, end_time, title, companies, delegates):
    """Plan a meeting with `host` during `visit`, attended by these companies and delegates
    (the delegates' companies attend with them). Refused, naming the other meeting, when a
    delegate would be in two meetings at once or the meeting falls outside the visit."""
    meeting = Meeting(
        trip=trip,
        visit=visit,
        place=visit.place,
        date=visit.date,
        start_time=start_time,
        end_time=end_time,
        title=title or _("Meeting with %(host)s") % {"host": host.name},
    )
    meeting.full_clean()
    meeting.save()
    attending = {c.pk: c for c in companies}
    attending.update({d.participation.company_id: d.participation.company for d in delegates})
    links = [
        MeetingCounterpart(meeting=meeting, organisation=host),
        *(MeetingAttendee(meeting=meeting, company=company) for company in attending.values()),
        *(MeetingDelegate(meeting=meeting, delegate=delegate) for delegate in delegates),
    ]
    for row in links:
        row.full_clean()
        row.save()
    meetings = planned_meetings(trip)
    this = [m for m in meetings if m.pk == meeting.pk]
    problems = clash_problems(meetings) + outside_problems(this, [visit])
    problems = [p for p in problems if meeting in p.meetings]
    if problems:
        raise ValidationError([p.message for p in problems])
    return meeting


@transaction.atomic
def travel_time_set(*, trip, from_place, to_place, minutes):
    """Set the travel time between two places of a trip (either way round)."""
    if from_place == to_place:
        raise ValidationError(_("Choose two different places."))
    existing = TravelTime.objects.filter(
        trip=trip, from_place__in=[from_place, to_place], to_place__in=[from_place, to_place]
    ).first()
    time = existing or TravelTime(trip=trip, from_place=from_place, to_place=to_place)
    time.minutes = minutes
    time.full_clean()
    time.save()
    return time
