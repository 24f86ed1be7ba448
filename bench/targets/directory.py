"""Target 2: the staff directory and the admin person list, first pages at full size.

Median of nine requests to gunicorn after one warm-up, unfiltered, filtered and with a
search; each page's HTML size. The login page on the same server is the reference.
"""

from urllib.parse import urlencode

from bench.results import Figure

MEDIAN_LIMIT_MS = 300
HTML_LIMIT_KB = 200


def pages(bench):
    from contacts.models import Person

    someone = Person.objects.exclude(family_name="").order_by("pk").first()
    return [
        ("directory", "/contacts/", {}),
        ("directory, filtered", "/contacts/", {"country": "CN", "kind": "government"}),
        ("directory, searched", "/contacts/", {"q": someone.family_name}),
        ("directory, organisation", "/contacts/", {"organisation": someone.organisation_id}),
        ("admin person list", "/admin/contacts/person/", {}),
        ("admin person list, filtered", "/admin/contacts/person/",
         {"organisation__country": "CN", "lawful_basis__exact": "consent"}),
        ("admin person list, searched", "/admin/contacts/person/", {"q": someone.family_name}),
    ]  # fmt: skip


def run(bench):
    with bench.gunicorn() as server:
        login, _ = server.median("/accounts/login/")
        for name, path, params in pages(bench):
            url = path + ("?" + urlencode(params) if params else "")
            seconds, size = server.median(
                url, bench.fixtures.staff_cookie, repeat=3 if bench.quick else 9
            )
            bench.add(
                Figure("2", f"{name}: first page, median", seconds * 1000, "ms",
                       login * 1000, "login page", MEDIAN_LIMIT_MS, absolute=True)
            )  # fmt: skip
            bench.add(
                Figure("2", f"{name}: HTML", size / 1024, "KB", limit=HTML_LIMIT_KB, absolute=True)
            )
