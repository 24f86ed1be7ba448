"""Writes to hosts' needs."""

from django.db import transaction

from trips.models import Need


@transaction.atomic
def need_record(*, trip, title, host=None, place=None, description="", sectors=()):
    """A host's need on a trip. Returns the saved need."""
    need = Need(trip=trip, title=title, host=host, place=place, description=description)
    need.full_clean()
    need.save()
    need.sectors.set(sectors)
    return need
