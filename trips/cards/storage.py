"""Where photographed business cards are kept: a private directory (CARD_IMAGES_ROOT, outside
STATIC_ROOT and any media URL), read back only through the permission-checked image view."""

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def card_storage():
    return FileSystemStorage(location=settings.CARD_IMAGES_ROOT, base_url=None)


def card_path(instance, filename):
    """A random name: the file name a phone gives says nothing we want to keep."""
    return f"{instance.trip_id}/{uuid.uuid4().hex}.img"
