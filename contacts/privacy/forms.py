from django import forms
from django.utils.translation import gettext_lazy as _


def _normal(text):
    return " ".join(text.split()).casefold()


class AnonymiseForm(forms.Form):
    """Anonymising cannot be undone: the person's name must be typed to confirm it."""

    name = forms.CharField(label=_("Type the person's name to confirm"), max_length=300)

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields["name"].help_text = _("As shown above: %(name)s") % {
            "name": person.display_name
        }

    def clean_name(self):
        typed = _normal(self.cleaned_data["name"])
        accepted = {
            _normal(name)
            for name in (self.person.display_name, self.person.latin_name, self.person.native_name)
            if name
        }
        if typed not in accepted:
            raise forms.ValidationError(
                _("That is not the person's name; nothing was anonymised."), code="mismatch"
            )
        return typed
