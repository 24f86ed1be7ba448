"""Forms of the company trip pages. They validate input; trips/services/ writes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from trips.models import Lead

FEEDBACK_MAX_LENGTH = 5000


class LeadUpdateForm(forms.Form):
    next_step = forms.CharField(
        label=_("Next step"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    # "Agreement reached" is staff's to set: they link the agreement at the same time.
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(v, label) for v, label in Lead.Status.choices if v != Lead.Status.AGREEMENT],
    )

    @classmethod
    def for_lead(cls, lead, data=None):
        return cls(
            data,
            prefix=f"lead-{lead.pk}",
            initial={"next_step": lead.next_step, "status": lead.status},
        )


class FeedbackForm(forms.Form):
    feedback = forms.CharField(
        label=_("What did the trip give you?"),
        help_text=_("The organisers read this when they plan the next trips."),
        max_length=FEEDBACK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a few words before sending.")},
    )

    def __init__(self, *args, trip, **kwargs):
        super().__init__(*args, **kwargs)
        self.trip = trip

    @property
    def is_open(self):
        return self.trip.feedback_is_open

    def clean(self):
        if not self.is_open:
            raise forms.ValidationError(_("Feedback opens once the trip has started."))
        return super().clean()

    def clean_feedback(self):
        text = self.cleaned_data["feedback"].strip()
        if not text:
            raise forms.ValidationError(_("Write a few words before sending."))
        return text
