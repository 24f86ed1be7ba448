"""One way to cut a list into pages, keeping the list's other query parameters."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """(page, query): the requested page (the last one when out of range, the first when
    not a number), and the request's query string without `page`, for the page links."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()
