"""Who attended a meeting: the pickers offer the trip's delegates only, each with its company.

On a meeting's page, an inline of attending delegates; on a trip's page, a column of checkboxes
in each meeting row. Either way a delegate's company attends with them, so that the company sees
the meeting on its pages (`meeting_attendance_complete`).
"""

from django import forms
from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from trips.models import Delegate, MeetingDelegate, Trip
from trips.services.meetings import meeting_attendance_complete, meeting_delegates_set


def delegates_of(trip_id):
    """The delegates of a trip, by company and name; none while the trip is not known."""
    if trip_id is None:
        return Delegate.objects.none()
    return (
        Delegate.objects.filter(participation__trip_id=trip_id)
        .select_related("person", "participation__company")
        .order_by("participation__company__name", "person__family_name", "person__given_name")
    )


class DelegateLabelMixin:
    """Labels such as "Kadri Tamm (Tartu Smart Homes OÜ)": the person and their company."""

    def label_from_instance(self, obj):
        return f"{obj.person} ({obj.participation.company.name})"


class DelegateChoiceField(DelegateLabelMixin, forms.ModelChoiceField):
    pass


class DelegatesChoiceField(DelegateLabelMixin, forms.ModelMultipleChoiceField):
    pass


class TripDelegatesFormSet(BaseInlineFormSet):
    """Hands each form the trip whose delegates it may offer: the parent trip, or the trip of
    the parent meeting (on a new meeting, the trip named in the add page's address, if any)."""

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        parent = self.instance
        trip_id = parent.pk if isinstance(parent, Trip) else parent.trip_id
        return {**kwargs, "trip_id": trip_id or kwargs.get("trip_id")}


class MeetingDelegateForm(forms.ModelForm):
    class Meta:
        model = MeetingDelegate
        fields = ["delegate"]
        field_classes = {"delegate": DelegateChoiceField}
        help_texts = {
            "delegate": _(
                "The delegates of the meeting's trip. On a new meeting, choose the trip and save "
                "first (“Save and continue editing”)."
            )
        }

    def __init__(self, *args, trip_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["delegate"].queryset = delegates_of(trip_id)


class MeetingDelegateInline(admin.TabularInline):
    model = MeetingDelegate
    form = MeetingDelegateForm
    formset = TripDelegatesFormSet
    extra = 0


class MeetingAttendanceMixin:
    """For the meeting's ModelAdmin: a new meeting's page offers the delegates of the trip in
    its address (`?trip=…`); after the inlines are saved, each delegate's company attends too."""

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        trip = str(self.get_changeform_initial_data(request).get("trip", ""))
        if isinstance(inline, MeetingDelegateInline) and obj.trip_id is None and trip.isdigit():
            kwargs["form_kwargs"] = {"trip_id": int(trip)}
        return kwargs

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        meeting_attendance_complete(meeting=form.instance)


class MeetingRowForm(forms.ModelForm):
    """A meeting row on the trip's page, with the delegates who attended it."""

    attending_delegates = DelegatesChoiceField(
        label=_("delegates attending"),
        queryset=Delegate.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The trip's delegates, with their company; their companies attend with them. "
            "Delegates are added on each participation's page."
        ),
    )

    def __init__(self, *args, trip_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attending_delegates"].queryset = delegates_of(trip_id)
        if self.instance.pk:
            self.initial["attending_delegates"] = [
                link.delegate_id for link in self.instance.delegate_links.all()
            ]

    def save(self, commit=True):
        meeting = super().save(commit=commit)
        if commit:
            self._save_delegates()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_delegates():
                save_m2m()
                self._save_delegates()

            self.save_m2m = save_m2m_and_delegates
        return meeting

    def _save_delegates(self):
        if "attending_delegates" in self.changed_data:
            meeting_delegates_set(
                meeting=self.instance, delegates=self.cleaned_data["attending_delegates"]
            )
