"""`Cache-Control: private, no-store` on every answer meant for one person.

A page or download is private when the user is logged in (it may show what only they may see),
when it belongs to a URL namespace whose pages are private even without a login (the host share
links), or when the view already marked it private. Browsers then keep no copy on disk and no
shared cache (a proxy, a CDN) stores it.
"""

from django.utils.cache import patch_cache_control

# URL namespaces whose answers are private whoever asks: host share links need no login.
PRIVATE_NAMESPACES = {"share", "my", "contacts", "privacy", "results"}


def is_private(request, response):
    if "private" in response.get("Cache-Control", ""):
        return True
    match = getattr(request, "resolver_match", None)
    if match is not None and PRIVATE_NAMESPACES & set(match.namespaces):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class PrivateNoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code >= 500:  # error pages show nothing private (and the 503 page
            return response  # must not ask the database who the user is)
        if is_private(request, response):
            patch_cache_control(response, private=True, no_store=True)
        return response
