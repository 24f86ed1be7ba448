"""A participant company's wishes: whom it wants to meet on a trip (/my/trips/<slug>/wishes/).

Access goes through `trips.access`: only a login of a company taking part in the trip sees the
page, and only its own wishes; anyone else gets 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from trips.access import company_trip_or_404
from trips.models import Participation

from .forms import WishesForm
from .queries import company_wish_page
from .services import wishes_set


@login_required
@require_http_methods(["GET", "POST"])
def wishes(request, slug):
    company, trip = company_trip_or_404(request.user, slug)
    participation = get_object_or_404(Participation, trip=trip, company=company)
    form = WishesForm(request.POST if request.method == "POST" else None, trip=trip)
    if request.method == "POST" and form.is_valid():
        wishes_set(participation=participation, **form.cleaned_data)
        messages.success(request, _("Your wishes were saved."))
        return redirect("my:wishes", slug=trip.slug)
    page = company_wish_page(trip, participation)
    if form.is_bound:  # show what was ticked, not what was saved
        page["wished_needs"] = {n.pk for n in form.cleaned_data.get("needs", [])}
        page["wished_hosts"] = {h.pk for h in form.cleaned_data.get("hosts", [])}
        page["own_words"] = request.POST.get("text", "")
    status = 400 if form.is_bound else 200
    context = {"company": company, "trip": trip, "form": form, **page}
    return render(request, "trips/planning/wishes.html", context, status=status)
