"""The field pages: the trip's programme of the day on a phone and the notes it sends.

Access is decided in trips/field/access.py. The notes endpoint answers JSON (the page's script
sends the notes, at once or from its offline queue); a key seen before returns its first answer.
"""

import datetime as dt
import json

from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from contacts.models import Person
from trips.models import DeviceSubmission
from trips.services.device_submissions import (
    KeyTaken,
    device_submission_run,
    device_submission_seen,
)
from trips.services.meeting_notes import meeting_note_create, note_answer

from .access import field_company, field_meeting_or_404, field_meetings, field_trip_or_404
from .access import field_trips as trips_for
from .forms import MeetingNoteForm

SERVICE_WORKER = "js/field-sw.js"


@login_required
def home(request):
    company = field_company(request.user)
    trips = trips_for(company)[:30]
    return render(request, "trips/field/home.html", {"company": company, "trips": trips})


def _chosen_day(request, trip):
    """The day asked for (?day=YYYY-MM-DD), else today during the trip, else its first day."""
    asked = request.GET.get("day")
    if asked:
        try:
            day = dt.date.fromisoformat(asked)
        except ValueError:
            raise Http404 from None
        if not trip.start_date <= day <= trip.end_date:
            raise Http404
        return day
    today = timezone.localdate()
    return today if trip.start_date <= today <= trip.end_date else trip.start_date


def _day_meetings(trip, company, day):
    return (
        field_meetings(trip, company)
        .filter(date=day)
        .select_related("place", "visit__place")
        .prefetch_related(
            "counterpart_organisations",
            "attendees",
            Prefetch(
                "counterpart_persons",
                queryset=Person.objects.order_by("family_name", "given_name", "pk"),
            ),
        )
        .order_by("start_time", "pk")
    )


@login_required
def day(request, slug):
    company, trip = field_trip_or_404(request.user, slug)
    chosen = _chosen_day(request, trip)
    days = [trip.start_date + dt.timedelta(days=n) for n in range(trip.duration_days)]
    meetings = list(_day_meetings(trip, company, chosen))
    for meeting in meetings:
        meeting.notes_form = MeetingNoteForm.for_page(meeting, company)
    base = reverse("field:day", args=[trip.slug])
    context = {
        "trip": trip,
        "company": company,
        "day": chosen,
        "days": [(d, f"{base}?day={d.isoformat()}") for d in days],
        "meetings": meetings,
    }
    return render(request, "trips/field/day.html", context)


def _payload(request):
    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict):
        return None
    if isinstance(payload.get("people"), str | int):  # one person ticked, sent as a value
        payload["people"] = [payload["people"]]
    return payload


def _refused(errors, status=400):
    messages = [message for field_errors in errors.values() for message in field_errors]
    return JsonResponse(
        {"saved": False, "errors": errors, "message": " ".join(messages)}, status=status
    )


@login_required
def note_submit(request, slug, pk):
    company, meeting = field_meeting_or_404(request.user, slug, pk)  # outsiders learn nothing
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    payload = _payload(request)
    if payload is None:
        return _refused({"__all__": [_("The request is not a JSON object.")]})
    kind = DeviceSubmission.Kind.MEETING_NOTE
    try:
        seen = device_submission_seen(key=payload.get("key"), user=request.user, kind=kind)
    except KeyTaken:
        return _key_taken()
    if seen is not None:
        return _answer(seen, replayed=True)
    form = MeetingNoteForm(payload, meeting=meeting, company=company)
    if not form.is_valid():
        return _refused({field: list(errors) for field, errors in form.errors.items()})

    def write():
        note, lead = meeting_note_create(
            meeting=meeting, author=request.user, company=company, **form.note_arguments()
        )
        return note_answer(note, lead)

    try:
        submission, replayed = device_submission_run(
            key=form.cleaned_data["key"],
            user=request.user,
            kind=kind,
            write=write,
        )
    except KeyTaken:
        return _key_taken()
    except ValidationError as error:
        return _refused(
            error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        )
    return _answer(submission, replayed)


def _key_taken():
    return _refused({"key": [_("This idempotency key was used for something else.")]}, 409)


def _answer(submission, replayed):
    """The first answer for the submission's key; a replay says so in a header."""
    response = JsonResponse(submission.response, status=submission.status_code)
    response["Idempotent-Replayed"] = "true" if replayed else "false"
    return response


@require_GET
def service_worker(request):
    """The service worker, from our static file, served under /field/ so that its scope covers
    the field pages (a script under /static/ could only control /static/)."""
    path = finders.find(SERVICE_WORKER) or staticfiles_storage.path(SERVICE_WORKER)
    with open(path, encoding="utf-8") as script:
        response = HttpResponse(script.read(), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = reverse("field:home")
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def manifest(request):
    """The web app manifest: the field pages install as an app on the phone's home screen."""
    start = reverse("field:home")
    icons = [
        {"src": static(f"field/icon-{size}.png"), "sizes": f"{size}x{size}", "type": "image/png"}
        for size in (192, 512)
    ]
    data = {
        "name": _("SME2GO trip notes"),
        "short_name": _("Trip notes"),
        "description": _("The trip's programme of the day and meeting notes, also offline."),
        "lang": request.LANGUAGE_CODE,
        "start_url": start,
        "scope": start,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b3d5c",
        "icons": icons,
    }
    return JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )
