"""A large contact file imported by a background job: the file itself (kept in the database, so
that no public URL serves it and a worker in another container can read it), how far the
job got, and what it found."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A running job writes its progress at least every few seconds; one silent for this long has
# lost its worker (restarted, out of memory), and with it its transaction: nothing was written.
STALLED_AFTER = timedelta(minutes=10)
# A job no worker has taken up for this long: most likely no worker runs at all.
UNCLAIMED_AFTER = timedelta(minutes=5)


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Running")
        DONE = "done", _("Imported")
        PROBLEMS = "problems", _("Not imported: the file has problems")
        FAILED = "failed", _("Failed")

    FINISHED = (Status.DONE, Status.PROBLEMS, Status.FAILED)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.PROTECT,
        related_name="contact_imports",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    # The uploaded file until the job has read it; emptied when the job ends.
    data = models.BinaryField(_("file"), blank=True, editable=False)
    default_country = models.CharField(_("country of new organisations"), max_length=2, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    stage = models.CharField(_("stage"), max_length=20, blank=True)  # "check", "write"
    done = models.PositiveIntegerField(_("rows done"), default=0)
    total = models.PositiveIntegerField(_("rows in all"), default=0)
    heartbeat = models.DateTimeField(_("last progress"), null=True, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("why it failed"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact import")
        verbose_name_plural = _("contact imports")

    def __str__(self):
        return f"{self.filename} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def finished(self):
        return self.status in self.FINISHED

    @property
    def stalled(self):
        """Running, but silent for so long that its worker must have stopped."""
        last = self.heartbeat or self.created_at
        return self.status == self.Status.RUNNING and timezone.now() - last > STALLED_AFTER

    @property
    def unclaimed(self):
        """Still waiting for a worker, for longer than a running worker would take to come."""
        waited = timezone.now() - self.created_at
        return self.status == self.Status.QUEUED and waited > UNCLAIMED_AFTER

    @property
    def ended(self):
        """Nothing more will happen to it: finished, or stalled."""
        return self.finished or self.stalled

    @property
    def status_label(self):
        if self.stalled:
            return _("Stopped: its worker stopped before the end")
        if self.unclaimed:
            return _(
                "Waiting for a worker: none has taken this import up yet. A background worker "
                "(manage.py db_worker) must be running; ask whoever runs the server."
            )
        return self.get_status_display()

    @property
    def percent(self):
        """How far the job got: checking the rows is the first half, writing them the second."""
        if self.status == self.Status.DONE:
            return 100
        if not self.total:
            return 0
        share = self.done / self.total * 50
        return int(share + (50 if self.stage == "write" else 0))
