"""Forms of the results pages. Bad input gets a message on the field it concerns."""

import datetime as dt

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation
from sme2go.language import LocalDateInput
from sme2go.widgets import autocomplete
from trips.models import Agreement, Lead, Need, Place, Programme, Trip
from trips.queries.needs import SCOPE_PROGRAMME, SCOPE_TRIP
from trips.services.links import MAX_LINK_DAYS


class ProposeForm(forms.Form):
    scope = forms.ChoiceField(
        label=_("Look at"),
        choices=[
            (SCOPE_TRIP, _("the companies on this trip")),
            (SCOPE_PROGRAMME, _("the companies of the whole programme")),
        ],
        initial=SCOPE_TRIP,
    )


class AddMatchForm(forms.Form):
    company = forms.ModelChoiceField(
        label=_("Company"), queryset=Organisation.objects.participants()
    )
    reason = forms.CharField(
        label=_("Why it fits"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Leave empty to use the matcher's explanation."),
    )


class LinkForm(forms.Form):
    valid_days = forms.IntegerField(
        label=_("Valid for (days)"), min_value=1, max_value=MAX_LINK_DAYS, initial=30
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=200,
        required=False,
        help_text=_("e.g. who the link was sent to"),
    )
    language = forms.TypedChoiceField(
        label=_("Language of the page"),
        choices=settings.LANGUAGES,
        required=False,
        empty_value="en",
        initial="zh-hans",
        help_text=_("The host reads the report's headings and notes in this language."),
    )


def _users():
    return get_user_model().objects.filter(is_staff=True).order_by("username")


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class FollowupFilterForm(forms.Form):
    # Thousands of trips and companies: autocompletes, never all listed in the page.
    trip = forms.ModelChoiceField(
        label=_("Trip"),
        queryset=Trip.objects.all(),
        required=False,
        empty_label=_("All trips"),
        widget=autocomplete(Lead, "trip"),
    )
    company = forms.ModelChoiceField(
        label=_("Company"),
        # Only companies that have follow-ups are worth offering (a lazy subquery).
        queryset=Organisation.objects.filter(pk__in=Lead.objects.values("company_id")).order_by(
            "name"
        ),
        required=False,
        empty_label=_("All companies"),
        widget=autocomplete(Lead, "company"),
    )
    owner = UserChoiceField(
        label=_("Owner"), queryset=_users(), required=False, empty_label=_("Anyone")
    )

    def filter(self, leads):
        data = self.cleaned_data
        if data.get("trip"):
            leads = leads.filter(trip=data["trip"])
        if data.get("company"):
            leads = leads.filter(company=data["company"])
        if data.get("owner"):
            leads = leads.filter(owner=data["owner"])
        return leads


class LeadForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Lead.Status.choices)
    next_step = forms.CharField(
        label=_("Next step"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    due_date = forms.DateField(label=_("Due"), required=False, widget=LocalDateInput())
    owner = UserChoiceField(label=_("Owner"), queryset=_users(), required=False)
    agreement = forms.ModelChoiceField(
        label=_("Resulting agreement"),
        queryset=Agreement.objects.none(),
        required=False,
        help_text=_("Needed when the lead reached an agreement."),
    )

    def __init__(self, *args, lead, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agreement"].queryset = Agreement.objects.filter(
            company_id=lead.company_id
        ).select_related("company", "counterpart")


class DashboardForm(forms.Form):
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=Programme.objects.all())
    trip = forms.ModelChoiceField(
        label=_("Trip"),
        queryset=Trip.objects.all(),
        required=False,
        empty_label=_("All trips of the programme"),
        widget=autocomplete(Lead, "trip"),
    )
    start = forms.DateField(label=_("From"), widget=LocalDateInput())
    end = forms.DateField(label=_("To"), widget=LocalDateInput())

    @staticmethod
    def defaults():
        """The first programme, over every one of its trips and the whole of this year: a
        programme runs for years, and last year's trips count in its report too."""
        year = timezone.localdate().year
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        programme = Programme.objects.order_by("name").first()
        if programme is not None:
            span = Trip.objects.filter(programme=programme).aggregate(
                first=Min("start_date"), last=Max("start_date")
            )
            start = min(start, span["first"] or start)
            end = max(end, span["last"] or end)
        return {
            "programme": programme.pk if programme else None,
            "start": start.isoformat(),
            "end": end.isoformat(),
        }

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the range is before its start."))
        trip, programme = data.get("trip"), data.get("programme")
        if trip and programme and trip.programme_id != programme.pk:
            self.add_error("trip", _("This trip belongs to another programme."))
        elif trip and start and end and start <= end and not start <= trip.start_date <= end:
            self.add_error(
                "trip", _("This trip started outside the chosen range; widen the range.")
            )
        return data

    def trips(self):
        data = self.cleaned_data
        trips = Trip.objects.filter(
            programme=data["programme"], start_date__range=(data["start"], data["end"])
        )
        if data.get("trip"):
            trips = trips.filter(pk=data["trip"].pk)
        return trips.order_by("start_date", "pk")


class NeedForm(forms.ModelForm):
    """A host's need, recorded on the needs page (e.g. on a phone during the trip)."""

    propose = forms.BooleanField(
        label=_("Propose matching companies right away"), required=False, initial=True
    )

    class Meta:
        model = Need
        fields = ["title", "host", "place", "description", "sectors"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "sectors": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = Organisation.objects.exclude(
            kind=Organisation.Kind.PARTICIPANT
        ).order_by("name")
        self.fields["place"].queryset = Place.objects.select_related("parent").order_by("name")
        self.fields["host"].help_text = _("Who expressed the need; or give the place.")
