"""Admin widgets both apps' admins use.

Django's autocomplete select (5.2) renders invalid HTML (W3C Nu validator): a required box with
nothing chosen has no <option> at all, one with a choice starts with that choice, and an optional
one starts with an empty option without a label. Ours always starts with one labelled, empty
placeholder option; select2 shows its own placeholder for it, as before.
"""

from django.contrib.admin import widgets


class AutocompleteSelect(widgets.AutocompleteSelect):
    def optgroups(self, name, value, attrs=None):
        groups = [
            (group, [option for option in options if option["value"] != ""], index)
            for group, options, index in super().optgroups(name, value, attrs)
        ]
        chosen = any(str(v) for v in value if v not in ("", None))
        empty = self.create_option(name, "", "", not chosen, 0)
        empty["attrs"]["label"] = "—"  # (a select's options take no attrs through create_option)
        return [(None, [empty], 0), *groups]


class ValidAutocompletes:
    """ModelAdmin/inline mixin: foreign keys in `autocomplete_fields` use the widget above."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
