"""The permission matrix: every URL of the project × every persona, with the expected status.

Add a row for each new URL. `test_every_url_is_in_the_matrix` walks the URLconf and fails on
any URL that is neither on the public allow-list nor in the matrix.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import factories as f

PERSONAS = ["anonymous", "company_a", "company_b", "staff"]
LOGIN = "login"  # a redirect to the login page
OK = 200
NOT_FOUND = 404

# URL names anyone may open; they show nothing that is not public.
PUBLIC = {
    "home",
    "trips:detail",
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}


@pytest.fixture
def world(db, company_a_org, company_b_org):
    """A published trip that company A took part in, and an unpublished one."""
    published = f.TripFactory(slug="published-trip")
    f.ParticipationFactory(trip=published, company=company_a_org)
    unpublished = f.TripFactory(slug="draft-trip", is_published=False, published_at=None)
    f.ParticipationFactory(trip=unpublished, company=company_b_org)
    return {"published": published, "unpublished": unpublished}


# (url name, kwargs, {persona: expected status}); kwargs values name keys of `world`.
MATRIX = [
    ("home", {}, dict.fromkeys(PERSONAS, OK)),
    ("trips:detail", {"slug": "published"}, dict.fromkeys(PERSONAS, OK)),
    ("trips:detail", {"slug": "unpublished"}, dict.fromkeys(PERSONAS, NOT_FOUND)),
    ("login", {}, dict.fromkeys(PERSONAS, OK)),
    (
        "password_change",
        {},
        {"anonymous": LOGIN, "company_a": OK, "company_b": OK, "staff": OK},
    ),
    ("password_reset", {}, dict.fromkeys(PERSONAS, OK)),
    (
        "admin:index",
        {},
        {
            "anonymous": "admin-login",
            "company_a": "admin-login",
            "company_b": "admin-login",
            "staff": OK,
        },
    ),
]


def _resolve_kwargs(kwargs, world):
    return {key: world[value].slug for key, value in kwargs.items()}


@pytest.mark.parametrize("persona_name", PERSONAS)
@pytest.mark.parametrize(
    "url_name, kwargs, expected",
    MATRIX,
    ids=[f"{name}{'-' + '-'.join(kw.values()) if kw else ''}" for name, kw, _ in MATRIX],
)
def test_permission_matrix(persona, world, persona_name, url_name, kwargs, expected):
    client = persona(persona_name)
    url = reverse(url_name, kwargs=_resolve_kwargs(kwargs, world))
    response = client.get(url)
    want = expected[persona_name]
    if want == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login") + "?next=")
    elif want == "admin-login":
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
    covered = {name for name, _, _ in MATRIX} | PUBLIC
    unknown = [
        name
        for name in _walk(get_resolver().url_patterns)
        if not name.startswith("admin:") and name not in covered
    ]
    assert unknown == [], "URLs neither public nor in the permission matrix"


def test_public_urls_stay_reachable_for_everyone():
    """The allow-list names real URLs, so an entry cannot outlive the view it excused."""
    names = set(_walk(get_resolver().url_patterns))
    assert PUBLIC <= names
