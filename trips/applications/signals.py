"""An accepted application follows its participation: when staff delete the participation in
the admin (instead of "withdraw" on the review page), the application reads "withdrawn", so
the review list and the count of places taken tell the truth."""

from django.db.models.signals import pre_delete
from django.utils import timezone

from trips.models import Application, Participation


def _participation_deleted(sender, instance, **kwargs):
    Application.objects.filter(participation=instance, status=Application.Status.ACCEPTED).update(
        status=Application.Status.WITHDRAWN, decided_at=timezone.now()
    )


def connect_signals():
    pre_delete.connect(
        _participation_deleted, sender=Participation, dispatch_uid="applications:participation"
    )
