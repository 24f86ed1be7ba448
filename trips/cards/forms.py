"""The card pages' forms: the photos to upload, and the reviewed fields to save."""

import io

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from .contact_fields import e164
from .ocr import NotAnImage, open_image

CAMERA = {"accept": "image/*", "capture": "environment"}
KEPT_SIDE = 2000  # the stored photo: enough to read again, a few hundred KB


def stored_photo(upload):
    """The upload as a JPEG without its metadata (a phone's EXIF holds where it was taken)."""
    if upload.size > settings.CARD_IMAGE_MAX_BYTES:
        raise forms.ValidationError(
            _("The photo is too large (%(size)s MB); the limit is %(limit)s MB."),
            params={
                "size": f"{upload.size / 1024 / 1024:.1f}",
                "limit": settings.CARD_IMAGE_MAX_BYTES // 1024 // 1024,
            },
        )
    try:
        image = open_image(upload.read(), max_side=KEPT_SIDE)
    except NotAnImage:
        raise forms.ValidationError(
            _("This file is not a photo. Take a picture of the card, or choose a JPEG or PNG.")
        ) from None
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return ContentFile(out.getvalue(), name="card.jpg")


class CardUploadForm(forms.Form):
    front = forms.FileField(
        label=_("Photo of the card"), widget=forms.ClearableFileInput(attrs=CAMERA)
    )
    back = forms.FileField(
        label=_("Photo of the other side (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs=CAMERA),
    )
    meeting = forms.ModelChoiceField(
        label=_("Meeting where you got it"),
        queryset=None,
        required=False,
        empty_label=_("No meeting"),
    )

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings

    def clean_front(self):
        return stored_photo(self.cleaned_data["front"])

    def clean_back(self):
        back = self.cleaned_data.get("back")
        return stored_photo(back) if back else None


class PhoneField(forms.CharField):
    """A phone number shown and saved in E.164 (+8613806331234); China when no country."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return ""
        number = e164(value)
        if not number:
            raise forms.ValidationError(_("Enter a phone number, e.g. +86 138 0633 1234."))
        return number


# (form field, proposal key): the proposal's value is the field's initial value, and the text
# it was read from is shown under it.
PROPOSED = [
    ("native_name", "native_name"),
    ("family_name", "family_name"),
    ("given_name", "given_name"),
    ("title", "title"),
    ("title_native", "title_native"),
    ("organisation_native", "organisation_native"),
    ("organisation", "organisation"),
    ("mobile", "mobile"),
    ("office", "office"),
    ("email", "email"),
    ("wechat", "wechat"),
    ("website", "website"),
    ("address", "address"),
]


class CardReviewForm(forms.Form):
    native_name = forms.CharField(label=_("Name in Chinese"), max_length=100, required=False)
    family_name = forms.CharField(label=_("Family name"), max_length=100, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=100, required=False)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    title_native = forms.CharField(label=_("Title in Chinese"), max_length=200, required=False)
    organisation_native = forms.CharField(
        label=_("Organisation in Chinese"), max_length=200, required=False
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    mobile = PhoneField(label=_("Mobile phone"), max_length=40, required=False)
    office = PhoneField(label=_("Office phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    wechat = forms.CharField(label=_("WeChat ID"), max_length=100, required=False)
    website = forms.URLField(  # as printed ("www.…"): a type=url box would refuse it
        label=_("Website"),
        required=False,
        assume_scheme="https",
        widget=forms.TextInput(attrs={"inputmode": "url"}),
    )
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    meeting = forms.ModelChoiceField(
        label=_("Meeting"), queryset=None, required=False, empty_label=_("No meeting")
    )
    same_as = forms.ChoiceField(label=_("Is this someone already in the directory?"))

    def __init__(self, *args, proposal, meetings, duplicates, **kwargs):
        super().__init__(*args, **kwargs)
        proposal = dict(proposal)
        if "address_native" in proposal:  # one address field: the Latin one, else the Chinese
            proposal.setdefault("address", proposal["address_native"])
        for name, key in PROPOSED:
            found = proposal.get(key)
            if found:
                self.fields[name].initial = found["value"]
                self.fields[name].help_text = _("Read: %(text)s") % {"text": found["source"]}
        self.fields["meeting"].queryset = meetings
        choices = [("new", _("No, a new person"))]
        choices += [
            (str(p.pk), _("Yes: %(person)s") % {"person": _describe(p)}) for p in duplicates
        ]
        self.fields["same_as"].choices = choices
        self.fields["same_as"].initial = "new"
        if not duplicates:
            self.fields["same_as"].widget = forms.HiddenInput()
        else:
            self.fields["same_as"].widget = forms.RadioSelect(choices=choices)
        self.duplicates = {str(p.pk): p for p in duplicates}

    def clean(self):
        data = super().clean()
        if not (data.get("native_name") or data.get("family_name") or data.get("given_name")):
            raise forms.ValidationError(_("Give the person a name, in Latin or Chinese letters."))
        if data.get("address"):
            data["address"] = data["address"].strip()
        return data

    @property
    def existing(self):
        return self.duplicates.get(self.cleaned_data.get("same_as"))


def _describe(person):
    parts = [person.display_name, person.organisation.name if person.organisation_id else ""]
    return ", ".join(part for part in parts if part)
