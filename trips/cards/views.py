"""Business card -> contact (/cards/): photograph a card on a trip, let the server read it,
review the proposal beside the photo, save. Access: trips/cards/access.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from trips.models import CardCapture
from trips.services.cards import card_duplicates, card_save

from .access import capture_or_404, card_trip_or_404, meetings_for
from .forms import CardReviewForm, CardUploadForm
from .jobs import read_card

RECENT = 20


@login_required
@require_http_methods(["GET", "POST"])
def add_card(request, slug):
    company, trip = card_trip_or_404(request.user, slug)
    meetings = meetings_for(company, trip)
    form = CardUploadForm(
        request.POST or None,
        request.FILES or None,
        meetings=meetings,
        initial={"meeting": request.GET.get("meeting")},
    )
    if request.method == "POST" and form.is_valid():
        capture = CardCapture(
            trip=trip,
            meeting=form.cleaned_data["meeting"],
            company=company,
            captured_by=request.user,
        )
        capture.front.save("card.jpg", form.cleaned_data["front"], save=False)
        if form.cleaned_data["back"]:
            capture.back.save("card.jpg", form.cleaned_data["back"], save=False)
        capture.save()
        transaction.on_commit(lambda: read_card.enqueue(capture.pk))
        return redirect("cards:capture", pk=capture.pk)
    captures = CardCapture.objects.visible_to(request.user).filter(trip=trip)
    return render(
        request,
        "trips/cards/add.html",
        {
            "trip": trip,
            "form": form,
            "captures": captures.select_related("person", "meeting")[:RECENT],
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def capture(request, pk):
    capture = capture_or_404(request.user, pk)
    if capture.status == CardCapture.Status.READING:
        return render(request, "trips/cards/reading.html", {"capture": capture})
    if capture.status == CardCapture.Status.SAVED:
        return render(request, "trips/cards/saved.html", {"capture": capture})
    form = review_form(request, capture)
    if request.method == "POST" and form.is_valid():
        person = card_save(capture=capture, data=form.cleaned_data, existing=form.existing)
        messages.success(request, _("%(person)s is saved.") % {"person": person.display_name})
        return redirect("cards:capture", pk=capture.pk)
    return render(request, "trips/cards/review.html", {"capture": capture, "form": form})


def review_form(request, capture):
    proposal = capture.proposal or {}
    data = request.POST if request.method == "POST" else None
    probe = {key: item["value"] for key, item in proposal.items()}
    if data is not None:
        probe = {key: data.get(key, "") for key in probe} | {
            key: data.get(key, "") for key in ("email", "native_name", "family_name", "given_name")
        }
    return CardReviewForm(
        data,
        proposal=proposal,
        meetings=meetings_for(capture.company, capture.trip),
        duplicates=card_duplicates(probe, company=capture.company),
        initial={"meeting": capture.meeting_id},
    )


@never_cache
@login_required
def image(request, pk, side):
    capture = capture_or_404(request.user, pk)
    picture = {"front": capture.front, "back": capture.back}.get(side)
    if not picture:
        raise Http404
    response = FileResponse(picture.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    return response
