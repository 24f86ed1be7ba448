"""Test settings: production settings with debug off, plus fast hashing and in-memory mail."""

import os
import tempfile

os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-" + "x" * 40)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_HTTPS", "false")

from sme2go.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Reset mails are sent during the request in tests; tests/trust/ turns the background thread on.
PASSWORD_RESET_IN_BACKGROUND = False
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests serve no collected static files: WhiteNoise would index them for every test client.
STATIC_ROOT = BASE_DIR / "staticfiles-not-collected-in-tests"  # noqa: F405
# No persistent connections: the live server's request threads would keep them open and the
# test database could not be dropped at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Photographed cards go to a throw-away directory, never into the working tree.
CARD_IMAGES_ROOT = tempfile.mkdtemp(prefix="sme2go-cards-")
