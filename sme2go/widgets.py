"""Form widgets both apps use."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect


class Autocomplete(AutocompleteSelect):
    """The admin's autocomplete, safe with a bad value in the query string (`?trip=abc`):
    the form reports it; the widget shows no option instead of failing to look it up."""

    def optgroups(self, name, value, attrs=None):
        value = [v for v in value if str(v).isdigit()]
        return super().optgroups(name, value, attrs)

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
