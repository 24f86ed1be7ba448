"""A programme as iCalendar (.ics): the shared visits and each meeting as an event in the trip's
time zone, described with what a delegate needs on the day (where, whom, why)."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from trips.company.calendars import itinerary_ics


def _both(name, native):
    return f"{name} ({native})" if native else name


def _location(meeting):
    place = meeting.where
    if place is None:
        return ""
    parts = [_both(place.full_name, place.native_name), place.address, place.native_address]
    return " · ".join(part for part in parts if part)


def _describe(meeting):
    """(location, description) of a meeting in a programme calendar."""
    lines = []
    hosts = [_both(o.name, o.native_name) for o in meeting.counterpart_organisations.all()]
    if hosts:
        lines.append(_("Host: %(hosts)s") % {"hosts": "; ".join(hosts)})
    people = [p.display_name for p in meeting.counterpart_persons.all()]
    if people:
        lines.append(_("People to meet: %(people)s") % {"people": "; ".join(people)})
    delegates = [str(link.delegate.person) for link in meeting.programme_delegates]
    if delegates:
        lines.append(_("Attending: %(delegates)s") % {"delegates": "; ".join(delegates)})
    for host_need in meeting.host_needs:
        lines.append(_("The host needs: %(need)s") % {"need": host_need.need.title})
        for match in host_need.matches:
            if match.reason:
                lines.append(
                    _("Why %(company)s was matched: %(reason)s")
                    % {"company": match.company.name, "reason": match.reason}
                )
    return _location(meeting), "\n".join(lines)


def programme_ics_response(request, trip, page, name, filename):
    """The programme's calendar as a download."""
    body = itinerary_ics(
        trip,
        page["visits"],
        page["meetings"],
        host=request.get_host().split(":")[0],
        name=name,
        describe=_describe,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
