"""Contacts (/contacts/): staff only; exports and imports also need their permission."""

from tests.matrix import Row, staff_only


def _pair(world):
    from tests.factories import PersonFactory

    person = world["person"]
    twin = PersonFactory(
        organisation=person.organisation,
        given_name=person.given_name,
        family_name=person.family_name,
        email="",
    )
    return {"first": person.pk, "second": twin.pk}


ROWS = [
    Row("contacts:directory", {}, staff_only()),
    Row("contacts:export_csv", {}, staff_only()),
    Row("contacts:export_vcard", {}, staff_only()),
    Row("contacts:import", {}, staff_only()),
    # A POST without a file: the form comes back with its error; nobody else gets that far.
    Row("contacts:import", {}, staff_only(), "post", method="post"),
    Row("contacts:duplicates", {}, staff_only()),
    # "Look again" (a background search in a very large directory; here the page looks at once)
    Row("contacts:duplicates", {}, staff_only(), "post", method="post"),
    Row("contacts:merge", _pair, staff_only(), "pair"),
    # A POST without a choice: the form comes back; outsiders merge nothing.
    Row("contacts:merge", _pair, staff_only(), "pair-post", method="post"),
    Row("contacts:merge", {"first": 999999, "second": 999998}, staff_only(404), "missing"),
]
