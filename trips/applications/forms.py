"""The application form (public) and the review forms (staff). Bad input is reported on the
field it concerns; a filled honeypot is reported as a form error and nothing is saved."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from phonenumber_field.formfields import PhoneNumberField

from contacts.models import Sector
from trips.models import Application

# The wording the applicant agrees to; stored with the application, in the language shown.
CONSENT_TEXT = _(
    "I agree that the programme's organisers process the data in this application (the "
    "company's details and the delegates' names and contact details) to select the companies "
    "for this trip, to prepare it and to contact us about it. The data of a company that is "
    "not selected are deleted after the trip."
)
MAX_DELEGATES = 4


class ApplicationForm(forms.Form):
    company_name = forms.CharField(label=_("Company name"), max_length=200)
    business_id = forms.CharField(
        label=_("Business ID"),
        max_length=40,
        required=False,
        help_text=_("e.g. 1234567-8 (Finland), 556677-8899 (Sweden), 12345678 (Estonia)"),
    )
    # No country chosen until the applicant picks one (never the alphabet's first).
    country = forms.ChoiceField(label=_("Country"), choices=lambda: [("", "---------"), *countries])
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    competences = forms.CharField(
        label=_("What your company offers"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Products, services and know-how the hosts may be interested in."),
    )
    wants_to_meet = forms.CharField(
        label=_("Whom you want to meet"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("e.g. the city water utility, construction companies, a science park"),
    )
    wants_to_achieve = forms.CharField(
        label=_("What you want to achieve"), widget=forms.Textarea(attrs={"rows": 3})
    )
    consent = forms.BooleanField(label=CONSENT_TEXT, required=True)
    # The honeypot: hidden from people (and from assistive technology); bots fill it in.
    fax_number = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, call=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].error_messages["required"] = _(
            "The organisers cannot process your application without your consent."
        )
        if call is not None:  # the sectors the call seeks first
            sought = {sector.pk for sector in call.sectors.all()}
            sectors = sorted(self.fields["sectors"].queryset, key=lambda s: s.pk not in sought)
            self.fields["sectors"].choices = [(s.pk, s.name) for s in sectors]

    def is_bot(self):
        return bool(self.data.get(self.add_prefix("fax_number")))

    def company_fields(self):
        data = self.cleaned_data
        return {
            name: data[name].strip() if isinstance(data[name], str) else data[name]
            for name in (
                "company_name",
                "business_id",
                "country",
                "website",
                "competences",
                "wants_to_meet",
                "wants_to_achieve",
            )
        }


class DelegateForm(forms.Form):
    given_name = forms.CharField(label=_("Given name"), max_length=100)
    family_name = forms.CharField(label=_("Family name"), max_length=100)
    title = forms.CharField(label=_("Title or role"), max_length=200, required=False)
    email = forms.EmailField(label=_("E-mail"))
    phone = PhoneNumberField(
        label=_("Phone"),
        required=False,
        help_text=_("International format, e.g. +358 40 123 4567"),
    )


class BaseDelegateFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        filled = [form for form in self.forms if form.cleaned_data]
        if not filled:
            raise forms.ValidationError(_("Name at least one delegate."))
        emails = [form.cleaned_data["email"].lower() for form in filled]
        if len(set(emails)) < len(emails):
            raise forms.ValidationError(_("Each delegate needs an e-mail address of their own."))

    def delegates(self):
        return [form.cleaned_data for form in self.forms if form.cleaned_data]


DelegateFormSet = forms.formset_factory(
    DelegateForm,
    formset=BaseDelegateFormSet,
    extra=2,
    max_num=MAX_DELEGATES,
    validate_max=True,
)


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = ["staff_comment", "score"]
        widgets = {"staff_comment": forms.Textarea(attrs={"rows": 3})}


class FilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses")), *Application.Status.choices],
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        required=False,
        queryset=Sector.objects.all(),
        empty_label=_("All sectors"),
    )

    def __init__(self, *args, countries_seen=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [
            ("", _("All countries")),
            *((code, dict(countries).get(code, code)) for code in countries_seen),
        ]
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"
