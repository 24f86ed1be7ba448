"""Rows for the call for participation: the public call page (/trips/<slug>/apply/) and the
staff review pages (/preparation/…)."""

from tests import factories as f
from tests.matrix import NOT_FOUND, OK, Row, everyone, staff_only
from tests.matrix.results import REDIRECT, post_staff


def _open_call(w):
    """An open call on the unpublished trip: its call page is public all the same."""
    return {"slug": f.CallFactory(trip=w["unpublished"]).trip.slug}


def _closed_call(w):
    return {"slug": f.CallFactory(trip=w["published"], is_open=False).trip.slug}


def _application(w):
    application = f.ApplicationFactory(call__trip=w["unpublished"])
    f.ApplicationDelegateFactory(application=application)
    return {"pk": application.pk}


def _decision(decision):
    return lambda w: {**_application(w), "decision": decision}


ROWS = [
    Row("trips:apply", _open_call, everyone(OK), "open"),
    Row("trips:apply", _open_call, everyone(400), "empty-post", method="post"),
    Row("trips:apply", _closed_call, everyone(NOT_FOUND), "closed"),
    Row("trips:apply", {"slug": "no-such-trip"}, everyone(NOT_FOUND), "missing"),
    Row("trips:apply_done", _open_call, everyone(OK)),
    Row("applications:list", _open_call, staff_only()),
    Row("applications:list", {"slug": "no-such-trip"}, staff_only(NOT_FOUND), "missing"),
    Row("applications:detail", _application, staff_only()),
    Row("applications:detail", _application, post_staff(REDIRECT), "save", method="post"),
    Row("applications:decide", _decision("accept"), post_staff(REDIRECT), method="post"),
    Row(
        "applications:decide",
        _decision("delete"),
        post_staff(NOT_FOUND),
        "unknown-decision",
        method="post",
    ),
]
