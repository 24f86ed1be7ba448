"""Forms of meeting planning: a company's wishes, a planned meeting, a travel time."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.models import Organisation
from trips.models import Place

from .queries import trip_delegates, trip_hosts


class WishesForm(forms.Form):
    """The company's wishes; the page lists the choices itself, with ranks and reasons."""

    needs = forms.ModelMultipleChoiceField(queryset=None, required=False)
    hosts = forms.ModelMultipleChoiceField(queryset=None, required=False)
    text = forms.CharField(
        label=_("Someone else, in your own words"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, trip, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["needs"].queryset = trip.needs.select_related("host")
        self.fields["hosts"].queryset = trip_hosts(trip)


class DelegateChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.person} ({obj.participation.company.name})"


class MeetingPlanForm(forms.Form):
    host = forms.ModelChoiceField(label=_("Host organisation"), queryset=None)
    visit = forms.ModelChoiceField(label=_("Visit (day and place)"), queryset=None)
    start_time = forms.TimeField(
        label=_("Starts"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_time = forms.TimeField(
        label=_("Ends"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    title = forms.CharField(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Left empty: “Meeting with” and the host's name."),
    )
    companies = forms.ModelMultipleChoiceField(
        label=_("Attending companies"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    delegates = DelegateChoiceField(
        label=_("Attending delegates"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("A delegate's company attends with them."),
    )

    def __init__(self, *args, trip, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = trip_hosts(trip)
        self.fields["visit"].queryset = trip.visits.select_related("place").order_by(
            "date", "start_time", "pk"
        )
        self.fields["companies"].queryset = Organisation.objects.filter(
            participations__trip=trip
        ).order_by("name")
        self.fields["delegates"].queryset = trip_delegates(trip)

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The meeting must end after it starts."))
        if not (data.get("companies") or data.get("delegates")):
            raise forms.ValidationError(_("Choose at least one company or delegate."))
        return data


class TravelTimeForm(forms.Form):
    from_place = forms.ModelChoiceField(label=_("From"), queryset=None)
    to_place = forms.ModelChoiceField(label=_("To"), queryset=None)
    minutes = forms.IntegerField(label=_("Travel time (minutes)"), min_value=0, max_value=24 * 60)

    def __init__(self, *args, trip, **kwargs):
        super().__init__(*args, **kwargs)
        places = Place.objects.filter(visits__trip=trip).distinct().order_by("name")
        self.fields["from_place"].queryset = places
        self.fields["to_place"].queryset = places

    def clean(self):
        data = super().clean()
        if data.get("from_place") and data.get("from_place") == data.get("to_place"):
            raise forms.ValidationError(_("Choose two different places."))
        return data
