"""The project's admin site: Django's, with add pages that ignore malformed defaults in the URL.

`/admin/contacts/person/add/?organisation=x` pre-fills the form from the query string; a value
that is not a valid key (or date, or number) for its field made the autocomplete widget query
the database with it and answer 500. `SafeAddDefaultsMixin` drops such defaults, so the page
opens with the field empty. The site mixes it into every ModelAdmin registered with it, ours and
Django's (users, groups), so no admin class can forget it.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.core.exceptions import FieldDoesNotExist, ValidationError


def _valid_default(opts, name, value):
    try:
        field = opts.get_field(name)
    except FieldDoesNotExist:
        return True  # not a model field: the form ignores it
    if field.is_relation:
        target = getattr(field, "target_field", None)
        if target is None:
            return False
        check = target.to_python
    else:
        check = field.to_python
    values = value if isinstance(value, list) else [value]
    try:
        for item in values:
            check(item)
    except (ValidationError, ValueError, TypeError):
        return False
    return True


class SafeAddDefaultsMixin:
    """Defaults from the add page's URL are kept only when they are valid for their field."""

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        return {
            name: value for name, value in initial.items() if _valid_default(self.opts, name, value)
        }


class AdminSite(admin.AdminSite):
    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, SafeAddDefaultsMixin):
            admin_class = type(
                admin_class.__name__,
                (SafeAddDefaultsMixin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        return super().register(model_or_iterable, admin_class, **options)


class AdminConfig(DjangoAdminConfig):
    default_site = "sme2go.admin_site.AdminSite"
