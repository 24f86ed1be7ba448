"""The trip on a phone (/field/): staff with the right to change meetings see every trip; a
company's login sees the trips it took part in and writes only to meetings it attended.

In the `world` fixture company A attended `meeting` on the published trip; company B takes part
only in the unpublished trip. The notes endpoint is POSTed without a body: whoever may write
there gets 400 (the request names what is missing), anybody else what the page would give.
"""

from tests.matrix import FORBIDDEN, LOGIN, NOT_FOUND, OK, Row

BAD_REQUEST = 400
PUBLIC = {"field:sw", "field:manifest"}


def published(w):
    return {"slug": w["published"].slug}


def unpublished(w):
    return {"slug": w["unpublished"].slug}


def meeting_of_a(w):
    return {"slug": w["published"].slug, "pk": w["meeting"].pk}


def meeting_of_a_via_b_trip(w):
    return {"slug": w["unpublished"].slug, "pk": w["meeting"].pk}


def field(a, b, staff):
    return {
        "anonymous": LOGIN,
        "company_a": a,
        "company_b": b,
        "staff": staff,
        "staff_no_perms": FORBIDDEN,
    }


ROWS = [
    Row("field:home", {}, field(OK, OK, OK)),
    Row("field:day", published, field(OK, NOT_FOUND, OK), "trip-of-a"),
    Row("field:day", unpublished, field(NOT_FOUND, OK, OK), "trip-of-b"),
    Row("field:day", {"slug": "no-such-trip"}, field(NOT_FOUND, NOT_FOUND, NOT_FOUND), "missing"),
    Row(
        "field:note",
        meeting_of_a,
        field(BAD_REQUEST, NOT_FOUND, BAD_REQUEST),
        "post-meeting-of-a",
        method="post",
    ),
    Row(
        "field:note",
        meeting_of_a_via_b_trip,
        field(NOT_FOUND, NOT_FOUND, NOT_FOUND),
        "meeting-of-a-via-trip-of-b",
        method="post",
    ),
    Row("field:note", meeting_of_a, field(405, NOT_FOUND, 405), "get-is-not-allowed"),
]
