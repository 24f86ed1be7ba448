"""Journey 3: a company logs in, opens its trip, updates a lead, sends feedback, downloads its
contacts (CSV, parsed) and the itinerary (.ics); another company's trip is "not found"."""

import csv
import io

import pytest

from trips.demo import PLANNED_TRIP_SLUG

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TRIP = "/my/trips/smart-city-delegation-shandong/"


def test_company_follows_up_its_trip(visitor, story):
    company = visitor("company")
    company.log_in("demo-hirsitalo-pohjola")
    assert company.path == "/my/"
    assert "Smart city delegation to Shandong" in company.text()
    company.check("my-trips")

    company.menu("My trips")
    company.click("link", "Smart city delegation to Shandong")
    assert company.path == TRIP
    company.check("trip")

    lead = company.page.locator("article", has=company.page.get_by_role("button", name="Save lead"))
    lead = lead.first
    lead.get_by_label("Next step").fill("Send the Chinese reference plant description by June")
    lead.get_by_label("Status").select_option(label="In discussion")
    with company.page.expect_navigation():
        lead.get_by_role("button", name="Save lead").click()
    assert "Lead with Rizhao Municipal People's Government updated." in company.text()
    assert lead.get_by_label("Next step").input_value() == (
        "Send the Chinese reference plant description by June"
    )
    company.check("lead-saved")

    company.page.get_by_label("What did the trip give you?").fill(
        "Two serious contacts in Rizhao and a site visit planned."
    )
    company.click("button", "Send feedback")
    assert "Last saved on" in company.text()
    company.check("feedback-saved")

    name, body = company.download("link", "Contacts (CSV)")
    assert name.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows, "the contacts CSV has no rows"
    everyone = " ".join(" ".join(row.values()) for row in rows)
    assert "Rizhao" in everyone

    name, body = company.download("link", "Itinerary (calendar)")
    assert name.endswith(".ics")
    calendar = body.decode("utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in calendar

    # Hirsitalo Pohjola is not on the planned trip: its address is "not found", as for anybody.
    company.goto(f"/my/trips/{PLANNED_TRIP_SLUG}/", status=404, check="other-trip")
