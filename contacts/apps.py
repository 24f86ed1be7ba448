from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = _("Contacts")

    def ready(self):
        from sme2go.language import explain_invalid_dates

        from . import profiles

        profiles.connect_signals()
        explain_invalid_dates()
        from . import history  # noqa: F401 - registers the change history of more models
