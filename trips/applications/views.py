"""The public's side of a call: the call page with its application form (/trips/<slug>/apply/).

The page exists only while staff keep the call open, whether or not the trip's report is
published; it shows the trip's title, dates and destination and the call's own fields, nothing
else of the trip. No one, signed in or not, sees any application here: after sending, the
applicant gets a thank-you page that names only the trip.
"""

from axes.helpers import get_client_ip_address
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sme2go import throttle
from trips.models import Call

from .forms import CONSENT_TEXT, ApplicationForm, DelegateFormSet
from .services import application_submit

# Applications one address may send in WINDOW seconds: a company sends one, perhaps a second
# after a mistake; an office behind one address may send a few.
PER_ADDRESS = 5
WINDOW = 60 * 60


def open_call_or_404(slug):
    """The trip's call while staff keep it open; 404 otherwise (nothing of the trip leaks)."""
    calls = Call.objects.select_related("trip").prefetch_related("sectors")
    return get_object_or_404(calls, trip__slug=slug, is_open=True)


@never_cache
def apply(request, slug):
    call = open_call_or_404(slug)
    state = call.state()
    accepting = state == Call.State.OPEN
    post = request.POST if request.method == "POST" and accepting else None
    form = ApplicationForm(post, call=call)
    delegates = DelegateFormSet(post, prefix="delegates")
    status = 200
    if post is not None:
        status = 400
        if form.is_bot():
            form.add_error(None, _("This application looks automated and was not sent."))
        elif not throttle.allow(
            "apply-address", _address(request), limit=PER_ADDRESS, window=WINDOW
        ):
            form.add_error(
                None,
                _("Too many applications came from your address. Wait an hour, then try again."),
            )
            status = 429
        elif form.is_valid() & delegates.is_valid():
            try:
                application_submit(
                    call=call,
                    company=form.company_fields(),
                    sectors=form.cleaned_data["sectors"],
                    delegates=delegates.delegates(),
                    consent_text=str(CONSENT_TEXT),
                    language=translation.get_language() or "",
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("trips:apply_done", slug=slug)
    context = {
        "call": call,
        "trip": call.trip,
        "state": state,
        "state_label": Call.State(state).label,
        "form": form,
        "delegates": delegates,
    }
    return render(request, "trips/applications/apply.html", context, status=status)


def _address(request):
    """The client's address as the login lockout sees it (X-Forwarded-For behind a proxy)."""
    return get_client_ip_address(request) or request.META.get("REMOTE_ADDR", "")


@never_cache
def apply_done(request, slug):
    call = open_call_or_404(slug)
    return render(request, "trips/applications/apply_done.html", {"trip": call.trip})


def public_call(trip):
    """The trip's call as its public report shows it (closed ones say so), or None."""
    try:
        call = trip.call
    except Call.DoesNotExist:
        return None
    state = call.state()
    return {"call": call, "state": state, "label": Call.State(state).label, "open": state == "open"}
