"""Limits on what one address or one account may ask for, and the login-throttle key.

Counters live in the configured cache (per process with the default local-memory cache; point
CACHES at a shared cache to count across workers). Keys are hashed, so the cache holds no
address in clear text.
"""

import hashlib

from django.core.cache import cache

# django-axes stores the attempted username in a 255-character column; a longer one made the
# failed login itself fail with a database error (500). No account has a name that long
# (usernames are at most 150 characters), so the attempt is recorded under its first 255
# characters and stays what it is: a failed login.
AXES_USERNAME_LENGTH = 255


def axes_username(request, credentials=None):
    """AXES_USERNAME_CALLABLE: the attempted username, cut to what axes can store."""
    if credentials is not None:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return None if username is None else str(username)[:AXES_USERNAME_LENGTH]


def allow(scope: str, key, *, limit: int, window: int) -> bool:
    """Count one more request for `key` in `scope`; False once more than `limit` came within
    `window` seconds of the first."""
    digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()
    cache_key = f"throttle:{scope}:{digest}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count <= limit
