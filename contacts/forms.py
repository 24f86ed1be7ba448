import base64
import binascii

from django import forms
from django.utils.translation import gettext_lazy as _

# Larger files go through `python manage.py import_contacts FILE`: the confirmed file travels
# back with the confirmation, and the request size limit must hold it.
MAX_UPLOAD_BYTES = 1_500_000


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Contact file (CSV or Excel)"),
        help_text=_(
            "A CSV file in UTF-8 or Windows-1252, separated by commas or semicolons, or an Excel "
            "workbook (.xlsx, first sheet), with the column names of the export on its first "
            "line. Nothing is saved before you have seen a preview and confirmed it."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv,text/plain"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _(
                    "The file is %(size)s MB; the limit here is 1.5 MB. Split it, or ask an "
                    "administrator to run: python manage.py import_contacts FILE"
                ),
                params={"size": f"{upload.size / 1_000_000:.1f}"},
            )
        if not upload.size:
            raise forms.ValidationError(_("The file is empty."))
        return upload


class ImportConfirmForm(forms.Form):
    """The previewed file, sent back unchanged with the confirmation and read again."""

    payload = forms.CharField(widget=forms.HiddenInput)
    filename = forms.CharField(widget=forms.HiddenInput, required=False, max_length=255)

    @staticmethod
    def initial_for(data: bytes, filename: str):
        return {"payload": base64.b64encode(data).decode("ascii"), "filename": filename}

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
