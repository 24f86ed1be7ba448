"""Writes to who attended a meeting: its delegates, and with them their companies."""

from django.db import transaction

from trips.models import Meeting, MeetingAttendee, MeetingDelegate


@transaction.atomic
def meeting_attendance_complete(*, meeting: Meeting) -> list[MeetingAttendee]:
    """Each attending delegate's company attends too: what a company sees of the trip (the
    meetings, the people met there) follows the companies attending. Returns the added ones."""
    attending = set(meeting.attendee_links.values_list("company_id", flat=True))
    added = []
    companies = MeetingDelegate.objects.filter(meeting=meeting).values_list(
        "delegate__participation__company_id", flat=True
    )
    for company_id in sorted(set(companies) - attending):
        attendee = MeetingAttendee(meeting=meeting, company_id=company_id)
        attendee.full_clean()
        attendee.save()
        added.append(attendee)
    return added


@transaction.atomic
def meeting_delegates_set(*, meeting: Meeting, delegates) -> None:
    """The delegates who attended the meeting are exactly `delegates` (of the meeting's trip);
    their companies attend with them."""
    wanted = {delegate.pk: delegate for delegate in delegates}
    meeting.delegate_links.exclude(delegate__in=wanted).delete()
    present = set(meeting.delegate_links.values_list("delegate_id", flat=True))
    for pk in sorted(set(wanted) - present):
        link = MeetingDelegate(meeting=meeting, delegate=wanted[pk])
        link.full_clean()
        link.save()
    meeting_attendance_complete(meeting=meeting)
