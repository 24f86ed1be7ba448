"""Pages of a very long list without counting all of it.

Counting a million people costs more than showing fifty of them, and it is done for every
page. `CappedPaginator` counts exactly up to a cap (10,000: a bounded count that stops early)
and beyond it takes PostgreSQL's own estimate of the number of rows ("about 980,000"). A page
knows whether another follows by asking for one row more than it shows, so paging never
depends on the estimate.
"""

import json
import math

from django.core.paginator import InvalidPage, Page, Paginator
from django.db import connection
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class MorePage(Page):
    """A page that fetched one row beyond its end to know whether a next page exists."""

    more = False

    def has_next(self):
        return self.more


class CappedPaginator(Paginator):
    cap = COUNT_CAP

    @cached_property
    def count(self):
        """Exact up to the cap; above it, the planner's estimate (never below the cap)."""
        rows = self.object_list.order_by().values("pk")
        counted = rows[: self.cap + 1].count()
        if counted <= self.cap:
            return counted
        return max(counted, _estimate(rows))

    @property
    def estimated(self):
        return self.count > self.cap

    @cached_property
    def num_pages(self):
        return max(1, math.ceil(self.count / self.per_page))

    def validate_number(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise InvalidPage("not a page number") from exc
        if number < 1:
            raise InvalidPage("pages start at 1")
        return number

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        page = MorePage(rows[: self.per_page], number, self)
        page.more = len(rows) > self.per_page
        return page

    def get_page(self, number):
        try:
            return self.page(number)
        except InvalidPage:
            return self.page(1)


def _estimate(queryset):
    """The planner's row estimate for the query (PostgreSQL); elsewhere a real count."""
    if connection.vendor != "postgresql":
        return queryset.count()
    plan = json.loads(queryset.explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def paginate(request, items, per_page):
    """(page, query) as sme2go's paginate gives them, over a CappedPaginator."""
    page = CappedPaginator(items, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()
