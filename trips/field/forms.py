"""The notes form of one meeting: rendered on the day page, validated from the JSON a phone
sends (now or after being offline)."""

from django import forms
from django.utils.translation import gettext_lazy as _

NOTES_MAX_LENGTH = 10_000


class MeetingNoteForm(forms.Form):
    key = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("The request has no idempotency key."),
            "invalid": _("The idempotency key is not a UUID."),
        },
    )
    text = forms.CharField(
        label=_("Internal notes"),
        help_text=_("For the organisers and your company; never published."),
        max_length=NOTES_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    people = forms.ModelMultipleChoiceField(
        label=_("People met"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    new_person_name = forms.CharField(
        label=_("Someone else met: name"), max_length=200, required=False
    )
    new_person_title = forms.CharField(label=_("Their title"), max_length=200, required=False)
    new_person_organisation = forms.ModelChoiceField(
        label=_("Their organisation"),
        queryset=None,
        required=False,
        empty_label=_("Not known"),
    )
    lead_counterpart = forms.ModelChoiceField(
        label=_("Lead with"),
        queryset=None,
        required=False,
        empty_label=_("No lead from this meeting"),
    )
    lead_company = forms.ModelChoiceField(
        label=_("Lead of company"), queryset=None, required=False, empty_label=_("Choose")
    )
    lead_next_step = forms.CharField(
        label=_("Next step"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, meeting, company, **kwargs):
        kwargs.setdefault("auto_id", f"m{meeting.pk}-%s")
        super().__init__(*args, **kwargs)
        self.meeting, self.company = meeting, company
        self.fields["people"].queryset = meeting.counterpart_persons.all()
        organisations = meeting.counterpart_organisations.all()
        self.fields["new_person_organisation"].queryset = organisations
        self.fields["lead_counterpart"].queryset = organisations
        if company is None:  # staff say whose lead it is; a company's login writes its own
            self.fields["lead_company"].queryset = meeting.attendees.all()
        else:
            del self.fields["lead_company"]

    @classmethod
    def for_page(cls, meeting, company):
        """The form to render, its choices taken from the meeting's prefetched relations."""
        form = cls(meeting=meeting, company=company)
        people = [(p.pk, str(p)) for p in meeting.counterpart_persons.all()]
        organisations = [(o.pk, str(o)) for o in meeting.counterpart_organisations.all()]
        form.fields["people"].choices = people
        for name, empty in [
            ("new_person_organisation", _("Not known")),
            ("lead_counterpart", _("No lead from this meeting")),
        ]:
            form.fields[name].choices = [("", empty), *organisations]
        if "lead_company" in form.fields:
            companies = [(o.pk, str(o)) for o in meeting.attendees.all()]
            form.fields["lead_company"].choices = [("", _("Choose")), *companies]
        return form

    def clean(self):
        data = super().clean()
        if data.get("new_person_title") and not data.get("new_person_name"):
            self.add_error("new_person_name", _("Give the name of the person met."))
        has_lead = data.get("lead_counterpart") is not None
        if data.get("lead_next_step") and not has_lead:
            self.add_error("lead_counterpart", _("Choose the organisation the lead is with."))
        if has_lead and self.company is None and data.get("lead_company") is None:
            self.add_error("lead_company", _("Choose the company that follows the lead up."))
        nothing = not (
            data.get("text") or data.get("people") or data.get("new_person_name") or has_lead
        )
        if nothing and not self.errors:
            raise forms.ValidationError(
                _("Write a note, tick a person met or record a lead before saving.")
            )
        return data

    def note_arguments(self):
        """Keyword arguments for `meeting_note_create` from the cleaned data."""
        data = self.cleaned_data
        new_person = None
        if data["new_person_name"]:
            new_person = {
                "name": data["new_person_name"],
                "title": data["new_person_title"],
                "organisation": data["new_person_organisation"],
            }
        lead = None
        if data["lead_counterpart"] is not None:
            lead = {
                "company": data.get("lead_company") or self.company,
                "counterpart": data["lead_counterpart"],
                "next_step": data["lead_next_step"],
            }
        return {
            "text": data["text"],
            "people": list(data["people"]),
            "new_person": new_person,
            "lead": lead,
        }
