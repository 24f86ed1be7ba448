"""Cached parts of the public trip report and the company trip page, never stale after an edit.

A cached part is keyed by everything it depends on: the trip, the viewer (the company whose
page it is, or whether staff preview an unpublished report), the language, the day of the
itinerary shown, today's date (what "overdue" and trip statuses mean) and the *content version*:
a number that goes up after every committed write to a record these pages show. An edit of a
trip, visit, meeting, its links to organisations and people, an agreement, lead, need,
recognition, participation, organisation, person, place or sector (in the admin or anywhere
else through the ORM) therefore changes the key, and the next request builds the part afresh.

The version lives in the database (`ContentVersion`, one row), so that every worker process
sees it, and is read once per page view (one small query). It is raised after the commit, never
before: a page built while a write is still uncommitted is stored under the old version, which
nobody asks for once the new one is visible. The process that writes also raises a counter of
its own at once, so that it sees its own writes even before they are committed (and in tests,
whose transactions never commit).

Writes that bypass the ORM's signals (`QuerySet.update()`, `bulk_create()`, raw SQL) must call
`content_changed()` themselves.
"""

import hashlib
import itertools
import os

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone, translation

from contacts.signals import records_written

TRACKED_APPS = ("contacts", "trips")
# Records no trip page shows, some of them written while pages are read (a share link's
# openings, export logs): a write to them must not throw every cached page away.
UNTRACKED = {
    "contacts.exportlog",
    "contacts.importjob",
    "contacts.invitation",
    "contacts.mergerecord",
    "contacts.userprofile",
    "trips.application",
    "trips.applicationdelegate",
    "trips.cardcapture",
    "trips.contentversion",
    "trips.devicesubmission",  # a phone's idempotency keys (/field/)
    "trips.hostreportlink",
    "trips.hostreportopening",
    "trips.meetingnote",  # notes taken on phones: staff read them in the admin only
    "trips.meetingnoteperson",
}
TIMEOUT = 24 * 60 * 60  # a day; the key changes with the date anyway

_local = itertools.count(1)
_local_version = 0


def content_version():
    """The current content version: the database's, and this process's own uncommitted writes."""
    from trips.models import ContentVersion

    stored = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first() or 0
    if _local_version:  # this process's own writes: its parts are its own (a shared cache)
        return f"{stored}.{os.getpid()}.{_local_version}"
    return str(stored)


def _raise_stored_version():
    from trips.models import ContentVersion

    if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def content_changed(using=None):
    """Say that records the trip pages show were written: their cached parts are rebuilt once
    the transaction commits (at once for this process)."""
    global _local_version
    _local_version = next(_local)
    connection = transaction.get_connection(using)
    pending = getattr(connection, "run_on_commit", [])
    if connection.in_atomic_block and any(
        callback is _raise_stored_version for _, callback, *_ in pending
    ):
        return  # once per transaction is enough
    transaction.on_commit(_raise_stored_version, using=using, robust=True)


def _on_write(sender, using=None, **kwargs):
    content_changed(using)


def _on_link_change(sender, action, using=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        content_changed(using)


def tracked_models():
    for label in TRACKED_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.label_lower in UNTRACKED or model.__name__.startswith("Historical"):
                continue
            yield model


def connect_signals():
    """Called once from TripsConfig.ready()."""
    for model in tracked_models():
        uid = f"page_cache:{model._meta.label_lower}"
        post_save.connect(_on_write, sender=model, dispatch_uid=uid)
        post_delete.connect(_on_write, sender=model, dispatch_uid=uid)
        m2m_changed.connect(_on_link_change, sender=model, dispatch_uid=uid)
    records_written.connect(_on_write, dispatch_uid="page_cache:bulk")


def fragment_key(name, *parts):
    """A cache key for the part `name` of a page, for the given parts (ids, flags, the day),
    in the active language, today, at the current content version."""
    raw = "\0".join(
        str(part)
        for part in (
            *parts,
            translation.get_language(),
            timezone.localdate().isoformat(),
            content_version(),
        )
    )
    return f"trip-page:{name}:{hashlib.sha256(raw.encode()).hexdigest()}"


def cached_fragment(key, render):
    """The HTML stored under `key`, or `render()`'s, stored for next time."""
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, TIMEOUT)
    return html
