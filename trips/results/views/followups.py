"""Staff pages on follow-ups: the open leads across trips, and one lead's edit form."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sme2go.access import staff_required
from sme2go.pagination import paginate
from trips.models import Lead
from trips.queries.followups import open_followups
from trips.services.leads import lead_update_by_staff

from ..forms import FollowupFilterForm, LeadForm

PAGE_SIZE = 50


@staff_required(perm="trips.view_lead")
def followups(request):
    today = timezone.localdate()
    form = FollowupFilterForm(request.GET or None)
    leads = open_followups(today)
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
        leads = leads.none()
    elif form.is_bound:
        leads = form.filter(leads)
    page, query = paginate(request, leads, PAGE_SIZE)
    return render(
        request,
        "trips/results/followups.html",
        {"form": form, "page": page, "today": today, "query": query},
        status=status,
    )


LIST_PARAMS = ("trip", "company", "owner", "page")


def _back_to_list(request):
    """The follow-up list with the filters the user came from (only the list's own
    parameters are carried over, so this cannot redirect anywhere else)."""
    source = request.POST if request.method == "POST" else request.GET
    carried = QueryDict(source.get("back", ""))
    kept = QueryDict(mutable=True)
    for key in LIST_PARAMS:
        if carried.get(key):
            kept[key] = carried[key]
    url = reverse("results:followups")
    return f"{url}?{kept.urlencode()}" if kept else url


@staff_required(perm="trips.change_lead")
def lead_edit(request, pk):
    lead = get_object_or_404(
        Lead.objects.select_related(
            "trip", "company", "counterpart", "counterpart_person", "owner", "agreement"
        ),
        pk=pk,
    )
    back = _back_to_list(request)
    initial = {
        "status": lead.status,
        "next_step": lead.next_step,
        "due_date": lead.due_date,
        "owner": lead.owner,
        "agreement": lead.agreement,
    }
    form = LeadForm(request.POST if request.method == "POST" else None, initial=initial, lead=lead)
    if request.method == "POST" and form.is_valid():
        try:
            lead_update_by_staff(lead=lead, **form.cleaned_data)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            messages.success(request, _("Follow-up %(lead)s saved.") % {"lead": str(lead)})
            return redirect(back)
    return render(
        request,
        "trips/results/lead_form.html",
        {
            "lead": lead,
            "form": form,
            "back": back,
            "back_query": back.partition("?")[2],
        },
        status=400 if form.errors else 200,
    )
