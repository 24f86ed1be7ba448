"""`/healthz` for load balancers: 200 when the database answers, 503 when it does not.

The answer is one word of plain text, the same for everyone: no version, no host name, no error.
"""

from django.db import Error, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Error:  # OperationalError, InterfaceError, any other database error
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
