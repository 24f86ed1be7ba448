from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TripsConfig(AppConfig):
    name = "trips"
    verbose_name = _("Trips")

    def ready(self):
        from . import history  # noqa: F401 - registers the change history of more models
        from .applications.signals import connect_signals as connect_applications
        from .page_cache import connect_signals

        connect_signals()
        connect_applications()
