"""Company trip pages (/my/): only the company that took part sees its trip.

In the `world` fixture company A took part in the published trip (and owns `lead_a`), company B
in the unpublished one (and owns `lead_b`). Staff are not a company: /my/ is not for them.
"""

from tests.matrix import LOGIN, NOT_FOUND, OK, Row


def only(company):
    return {
        "anonymous": LOGIN,
        "company_a": OK if company == "a" else NOT_FOUND,
        "company_b": OK if company == "b" else NOT_FOUND,
        "staff": NOT_FOUND,
    }


def published(w):
    return {"slug": w["published"].slug}


def unpublished(w):
    return {"slug": w["unpublished"].slug}


def lead_of_a(w):
    return {"slug": w["published"].slug, "pk": w["lead_a"].pk}


def lead_of_b(w):
    return {"slug": w["unpublished"].slug, "pk": w["lead_b"].pk}


def lead_of_a_under_b_trip(w):
    """A's lead asked for through B's trip: the lead must belong to the trip in the URL."""
    return {"slug": w["unpublished"].slug, "pk": w["lead_a"].pk}


EVERY_COMPANY = {"anonymous": LOGIN, "company_a": OK, "company_b": OK, "staff": NOT_FOUND}
REDIRECT = 302  # GET on a form endpoint goes back to the trip page

ROWS = [
    Row("my:trips", {}, EVERY_COMPANY),
    Row("my:trip", published, only("a"), "published-trip-of-a"),
    Row("my:trip", unpublished, only("b"), "planned-trip-of-b"),
    Row("my:trip", {"slug": "no-such-trip"}, only("nobody"), "missing"),
    Row("my:lead", lead_of_a, {**only("a"), "company_a": OK}, "post-lead-of-a", method="post"),
    Row("my:lead", lead_of_b, only("b"), "post-lead-of-b", method="post"),
    Row("my:lead", lead_of_a_under_b_trip, only("nobody"), "lead-of-a-via-trip-of-b", "post"),
    Row("my:lead", lead_of_a, {**only("a"), "company_a": REDIRECT}, "get-lead-of-a"),
    Row("my:feedback", published, only("a"), "post-feedback-a", method="post"),
    Row("my:feedback", unpublished, only("b"), "post-feedback-b", method="post"),
    Row("my:contacts_csv", published, only("a"), "of-a"),
    Row("my:contacts_csv", unpublished, only("b"), "of-b"),
    Row("my:contacts_vcf", published, only("a"), "of-a"),
    Row("my:contacts_vcf", unpublished, only("b"), "of-b"),
    Row("my:itinerary_ics", published, only("a"), "of-a"),
    Row("my:itinerary_ics", unpublished, only("b"), "of-b"),
]
