"""Business cards (/cards/): staff of the project and the delegates of the company that
captured a card; nobody else. In the `world` fixture company A took part in the published
trip, company B in the unpublished one; each has captured one card on its trip."""

from tests.matrix import FORBIDDEN, LOGIN, NOT_FOUND, OK, Row


def only(company):
    return {
        "anonymous": LOGIN,
        "company_a": OK if company == "a" else NOT_FOUND,
        "company_b": OK if company == "b" else NOT_FOUND,
        "staff": OK,
        "staff_no_perms": FORBIDDEN,
    }


def _capture(w, company_key, trip_key):
    from django.core.files.base import ContentFile

    from tests.capture.conftest import card_jpeg
    from trips.models import CardCapture

    trip = w[trip_key]
    capture = CardCapture(trip=trip, company=trip.participations.get().company, status="read")
    capture.front.save("card.jpg", ContentFile(card_jpeg()), save=False)
    capture.save()
    return capture


def capture_of_a(w):
    return {"pk": _capture(w, "a", "published").pk}


def capture_of_b(w):
    return {"pk": _capture(w, "b", "unpublished").pk}


def image_of_a(w):
    return {**capture_of_a(w), "side": "front"}


def image_of_b(w):
    return {**capture_of_b(w), "side": "front"}


ROWS = [
    Row("cards:add", {"slug": "published-trip"}, only("a"), "trip-of-a"),
    Row("cards:add", {"slug": "draft-trip"}, only("b"), "trip-of-b"),
    Row("cards:add", {"slug": "no-such-trip"}, {**only("nobody"), "staff": NOT_FOUND}, "missing"),
    Row("cards:capture", capture_of_a, only("a"), "of-a"),
    Row("cards:capture", capture_of_b, only("b"), "of-b"),
    Row("cards:image", image_of_a, only("a"), "of-a"),
    Row("cards:image", image_of_b, only("b"), "of-b"),
]
