"""Form widgets both apps use."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models.fields import BLANK_CHOICE_DASH

BLANK_LABEL = BLANK_CHOICE_DASH[0][1]


class Autocomplete(AutocompleteSelect):
    """The admin's autocomplete, safe with a bad value in the query string (`?trip=abc`):
    the form reports it; the widget shows no option instead of failing to look it up."""

    def optgroups(self, name, value, attrs=None):
        value = [v for v in value if str(v).isdigit()]
        groups = super().optgroups(name, value, attrs)
        # The "no choice" option select2 shows as its (empty) placeholder: give it Django's
        # usual dashes, since an empty <option> is invalid HTML.
        for option in groups[0][1]:
            if option["value"] == "" and not option["label"]:
                option["label"] = BLANK_LABEL
        return groups

    @property
    def media(self):
        # The admin's accessibility script gives each box its field's name (select2 leaves
        # it unnamed), on the staff pages outside the admin too.
        return super().media + forms.Media(js=["admin-a11y/admin-a11y.js"])


def autocomplete(model, field_name):
    """A <select> that the staff admin's autocomplete fills as one types (searching the
    admin's search_fields of the model the foreign key `model.field_name` points to). The
    page carries only the chosen option, not thousands of trips or organisations.
    Templates include the form's media (`{{ form.media }}`) for it to work."""
    return Autocomplete(model._meta.get_field(field_name), admin.site, attrs={"data-width": "100%"})
