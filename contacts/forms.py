import base64
import binascii

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .importing import ImportOptions

# Up to this size a file is previewed while the page waits: the confirmed file travels back
# with the confirmation, and the request size limit must hold it. Larger files (up to
# CONTACT_IMPORT_MAX_BYTES), and files of many rows, are imported by a background job.
MAX_UPLOAD_BYTES = 1_500_000


def default_country_field():
    return forms.ChoiceField(
        label=_("Country of new organisations"),
        choices=lambda: [("", "—"), *countries],  # named in the language of the request
        required=False,
        help_text=_(
            "For the organisations the file creates without naming their country (LinkedIn and "
            "Google exports name none). Leave it empty to be asked."
        ),
    )


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Contact file (CSV, Excel or vCard)"),
        help_text=_(
            "A CSV file in UTF-8 or Windows-1252, separated by commas or semicolons, an Excel "
            "workbook (.xlsx, first sheet) or a vCard file (.vcf, any number of cards). Exports "
            "of Google Contacts, Outlook and LinkedIn work as they are. Nothing is saved before "
            "you have seen a preview and confirmed it, except for a file of thousands of rows: "
            "that is imported at once in the background, all or nothing, and its page shows how "
            "far it got."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".csv,.xlsx,.vcf,text/csv,text/plain,text/vcard"}
        ),
    )
    default_country = default_country_field()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.CONTACT_IMPORT_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _(
                    "The file is %(size)s MB; the limit here is %(limit)s MB. Split it, or ask "
                    "an administrator to run: python manage.py import_contacts FILE"
                ),
                params={"size": f"{upload.size / 1_000_000:.1f}", "limit": limit // 1_000_000},
            )
        if not upload.size:
            raise forms.ValidationError(_("The file is empty."))
        return upload


class LineNumbersField(forms.Field):
    """The first lines of the rows whose conflicting changes staff accept (a checkbox each)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        try:
            return frozenset(int(line) for line in value or [])
        except (TypeError, ValueError) as exc:
            raise forms.ValidationError(
                _("The ticked rows could not be read; upload the file again.")
            ) from exc


class ImportConfirmForm(forms.Form):
    """The previewed file, sent back unchanged with the confirmation and read again, with what
    staff chose on the preview: a country for new organisations, the changes they accept."""

    payload = forms.CharField(widget=forms.HiddenInput)
    filename = forms.CharField(widget=forms.HiddenInput, required=False, max_length=255)
    default_country = default_country_field()
    accept = LineNumbersField(required=False)

    @staticmethod
    def initial_for(data: bytes, filename: str, options=None):
        return {
            "payload": base64.b64encode(data).decode("ascii"),
            "filename": filename,
            "default_country": options.default_country if options else "",
            "accept": sorted(options.accept_lines) if options else [],
        }

    def options(self):
        return ImportOptions(
            default_country=self.cleaned_data["default_country"],
            accept_lines=self.cleaned_data["accept"],
        )

    def clean_payload(self):
        try:
            return base64.b64decode(self.cleaned_data["payload"], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise forms.ValidationError(
                _("The file could not be read back; upload it again.")
            ) from exc


class MergeForm(forms.Form):
    survivor = forms.TypedChoiceField(
        label=_("Keep this record"),
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_(
            "The other record's meetings, delegations and leads move to the one you keep; its "
            "details fill the empty fields of the one you keep, and details that differ are "
            "added to its notes. Then it is deleted; the merge is recorded in the admin."
        ),
    )

    def __init__(self, *args, first, second, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].choices = [
            (first.pk, f"{first.display_name} (#{first.pk})"),
            (second.pk, f"{second.display_name} (#{second.pk})"),
        ]
        self.fields["survivor"].initial = first.pk
