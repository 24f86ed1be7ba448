"""One counter that moves whenever anything a trip page shows may have changed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentVersion(models.Model):
    """A single row (pk 1) whose `value` goes up after every committed write to the records the
    public report and the company pages show; their cached parts are keyed by it
    (trips/page_cache.py). Kept in the database so that every worker process sees a change."""

    value = models.PositiveBigIntegerField(_("value"), default=0)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self):
        return str(self.value)
