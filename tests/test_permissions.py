"""The permission matrix: every URL of the project × every persona, with the expected status.

Rows live in tests/matrix/<feature>.py. `test_every_url_is_in_the_matrix` walks the URLconf and
fails on any URL that is neither on a public allow-list nor in the matrix.
"""

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import tests.matrix
from tests.matrix import ADMIN_LOGIN, ALL_PERSONAS, LOGIN, PERSONAS, expected_status

_MODULES = [
    importlib.import_module(f"tests.matrix.{info.name}")
    for info in pkgutil.iter_modules(tests.matrix.__path__)
]
MATRIX = [row for module in _MODULES for row in module.ROWS]
PUBLIC = set().union(*(getattr(module, "PUBLIC", set()) for module in _MODULES))


@pytest.mark.parametrize("persona_name", ALL_PERSONAS)
@pytest.mark.parametrize(
    "row", MATRIX, ids=[f"{row.url_name}{'-' + row.id if row.id else ''}" for row in MATRIX]
)
def test_permission_matrix(persona, world, persona_name, row):
    kwargs = row.kwargs(world) if callable(row.kwargs) else row.kwargs
    client = persona(persona_name)
    response = getattr(client, row.method)(reverse(row.url_name, kwargs=kwargs))
    want = expected_status(row, persona_name)
    if want == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login") + "?next=")
    elif want == ADMIN_LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    else:
        assert response.status_code == want


def _walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace
            yield from _walk(pattern.url_patterns, f"{namespace}{ns}:" if ns else namespace)
        elif isinstance(pattern, URLPattern):
            yield f"{namespace}{pattern.name or pattern.pattern}"


def test_every_url_is_in_the_matrix():
    covered = {row.url_name for row in MATRIX} | PUBLIC
    unknown = [
        name
        for name in _walk(get_resolver().url_patterns)
        if not name.startswith("admin:") and name not in covered
    ]
    assert unknown == [], "URLs neither public nor in the permission matrix"


def test_every_row_covers_every_persona():
    for row in MATRIX:
        assert set(row.expected) >= set(PERSONAS), row
        assert set(row.expected) <= set(ALL_PERSONAS), row
        assert all(expected_status(row, name) for name in ALL_PERSONAS), row


def test_the_public_allow_list_names_real_urls():
    assert set(_walk(get_resolver().url_patterns)) >= PUBLIC
