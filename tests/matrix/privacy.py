"""Everything we hold about a person, and anonymising them (/contacts/privacy/): staff with the
contact permissions only; anonymising also needs the permission to delete people."""

from tests.matrix import Row, staff_only


def _person(world):
    return {"pk": world["person"].pk}


ROWS = [
    Row("privacy:record", _person, staff_only()),
    Row("privacy:record", {"pk": 999999}, staff_only(404), "missing"),
    Row("privacy:record_json", _person, staff_only()),
    Row("privacy:anonymise", _person, staff_only()),
    # A POST without the typed name: the form comes back; nobody is anonymised.
    Row("privacy:anonymise", _person, staff_only(400), "empty-post", method="post"),
]
