"""Error answers: a branded 503 with Retry-After when the database is unreachable.

Django turns an exception raised anywhere below a middleware (a view, a template, the session
being saved) into a call of `handler500`; this one looks at the exception still being handled
and answers 503 "briefly unavailable" for a lost database connection, the branded 500 otherwise.
Neither page needs the database or shows anything of the error.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

RETRY_AFTER_SECONDS = 30
DATABASE_GONE = (OperationalError, InterfaceError)


def database_unavailable():
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: the database is gone (503, try again) or something else failed (500)."""
    if isinstance(sys.exc_info()[1], DATABASE_GONE):
        return database_unavailable()
    return HttpResponseServerError(loader.render_to_string("500.html"))
