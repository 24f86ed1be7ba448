"""Requests a device queued offline and sent later: each is written once per idempotency key.

The device makes a UUID when the request is queued and sends it with every retry. The first
request that arrives writes and stores its answer with the key; any later one with the same key
gets that answer back and writes nothing. Generic: meeting notes use it today, and a business
card photographed offline can be queued and sent the same way under a kind of its own.
"""

import uuid

from django.db import IntegrityError, transaction

from trips.models import DeviceSubmission


class KeyTaken(Exception):
    """The key was already used by another user or for another kind of request."""


def device_submission_seen(*, key, user, kind):
    """The stored submission for `key` if one arrived before (None otherwise, also for a key
    that is not a UUID: validation says so). Checked before validating, so that a retry gets its
    first answer even if what it refers to has changed since."""
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        return None
    found = DeviceSubmission.objects.filter(key=key).first()
    if found is not None and (found.user_id != user.pk or found.kind != kind):
        raise KeyTaken
    return found


def device_submission_run(*, key, user, kind, write):
    """Run `write()` (returning a JSON-able answer) once for `key`.

    Returns (submission, replayed): `replayed` is True when the key had been seen before and
    nothing was written now. Concurrent requests with one key wait on the key's unique index;
    the loser answers with the winner's result."""
    found = DeviceSubmission.objects.filter(key=key).first()
    if found is None:
        try:
            with transaction.atomic():
                found = DeviceSubmission.objects.create(key=key, user=user, kind=kind)
                found.response = write()
                found.save(update_fields=["response"])
            return found, False
        except IntegrityError:
            found = DeviceSubmission.objects.filter(key=key).first()
            if found is None:  # another constraint failed: not a duplicate key
                raise
    if found.user_id != user.pk or found.kind != kind:
        raise KeyTaken
    return found, True
