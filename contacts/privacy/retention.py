"""How long we keep a person's data: CONTACT_RETENTION_DAYS (default three years) after the last
trip, meeting, lead or edit that concerned them."""

import datetime as dt

from django.conf import settings
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone

from ..models import Person

DEFAULT_RETENTION_DAYS = 3 * 365


def retention_days():
    return getattr(settings, "CONTACT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def _day(value):
    if value is None:
        return None
    return timezone.localdate(value) if isinstance(value, dt.datetime) else value


def last_activity(person):
    """The day of the last trip (as a delegate), meeting, lead or edit concerning the person."""
    from trips.models import Delegate, Lead, MeetingPerson

    days = [
        _day(person.created_at),
        _day(person.updated_at),
        _day(person.history.aggregate(last=Max("history_date"))["last"]),
        MeetingPerson.objects.filter(person=person).aggregate(last=Max("meeting__date"))["last"],
        Delegate.objects.filter(person=person).aggregate(last=Max("participation__trip__end_date"))[
            "last"
        ],
        _day(
            Lead.objects.filter(counterpart_person=person).aggregate(last=Max("updated_at"))["last"]
        ),
    ]
    return max(day for day in days if day is not None)


def falls_due(person, days=None):
    """The day the person's data is to be anonymised unless something happens before then."""
    if person.anonymised_at:
        return None
    return last_activity(person) + dt.timedelta(days=days or retention_days())


def stale_people(*, older_than_days, now=None):
    """People with no trip, meeting, lead or edit in the last `older_than_days` days."""
    from trips.models import Delegate, Lead, MeetingPerson

    cutoff = (now or timezone.now()) - dt.timedelta(days=older_than_days)
    day = timezone.localdate(cutoff)
    recent = {
        "meeting": MeetingPerson.objects.filter(person=OuterRef("pk"), meeting__date__gte=day),
        "trip": Delegate.objects.filter(
            person=OuterRef("pk"), participation__trip__end_date__gte=day
        ),
        "lead": Lead.objects.filter(counterpart_person=OuterRef("pk"), updated_at__gte=cutoff),
        "edit": Person.history.filter(id=OuterRef("pk"), history_date__gte=cutoff),
    }
    people = Person.objects.filter(
        anonymised_at__isnull=True, created_at__lt=cutoff, updated_at__lt=cutoff
    )
    for rows in recent.values():
        people = people.exclude(Exists(rows))
    return people.order_by("pk")
