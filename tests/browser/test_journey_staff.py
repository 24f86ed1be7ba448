"""Journey 1: staff record a trip in the admin — a programme, a counterpart organisation with a
person, the trip with two visits, a meeting and an agreement — publish it, and the public report
shows it all."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
SLUG = "water-delegation-to-qingdao"


def test_staff_record_and_publish_a_trip(visitor, story):
    staff = visitor("staff")
    staff.log_in("demo-staff")
    record_programme_and_counterpart(staff)
    record_trip(staff)
    record_meeting_and_agreement(staff)

    staff.goto("/admin/trips/trip/?q=Qingdao", check="trips")
    page = staff.page
    page.get_by_role("checkbox", name="Select this object for an action - Water delegation").check()
    page.locator("select[name=action]").select_option(label="Publish the selected trips' reports")
    with page.expect_navigation():
        page.get_by_role("button", name="Go").click()
    assert "1 trip published." in staff.text("body")

    public = visitor("public")
    public.goto(f"/trips/{SLUG}/", check="report")
    text = public.text()
    for shown in (
        "Water delegation to Qingdao",
        "Weifang water works",
        "Port",
        "Meeting the water group's board",
        "Qingdao Water Group",
        "Pilot plant in Qingdao",
    ):
        assert shown in text, shown


def record_programme_and_counterpart(staff):
    page = staff.page
    staff.goto("/admin/trips/programme/add/", check="programme-add")
    page.get_by_label("Name").fill("Nordic Water Bridge")
    staff.save_admin()

    staff.goto("/admin/contacts/organisation/add/", check="organisation-add")
    page.locator("#id_name").fill("Qingdao Water Group")
    page.locator("#id_kind").select_option(label="Local company")
    page.locator("#id_country").select_option(label="China")
    page.locator("#id_is_public").check()
    row = staff.add_inline_row("people")
    page.locator(f"#{row}given_name").fill("Hui")
    page.locator(f"#{row}family_name").fill("Wang")
    staff.save_admin()


def record_trip(staff):
    page = staff.page
    staff.goto("/admin/trips/trip/add/", check="trip-add")
    staff.autocomplete("id_programme", "Nordic Water Bridge")
    page.locator("#id_title_en").fill("Water delegation to Qingdao")
    page.locator("#id_start_date").fill("2026-05-11")
    page.locator("#id_end_date").fill("2026-05-13")
    page.locator("#id_destination_country").select_option(label="China")
    page.locator("#id_destination_region").fill("Shandong")
    page.locator("#id_summary_en").fill("Three days with the water utilities of Shandong.")
    for day, place, title in (("11", "Weifang", "Weifang water works"), ("12", "Rizhao", "Port")):
        row = staff.add_inline_row("visits")
        page.locator(f"#{row}date").fill(f"2026-05-{day}")
        page.locator(f"#{row}start_time").fill("09:00")
        staff.autocomplete(f"{row}place", place)
        page.locator(f"#{row}title").fill(title)
    staff.save_admin("Save and continue editing")
    staff.check("trip-change")


def record_meeting_and_agreement(staff):
    page = staff.page
    staff.goto("/admin/trips/meeting/add/", check="meeting-add")
    staff.autocomplete("id_trip", "Water delegation to Qingdao")
    page.locator("#id_title").fill("Meeting the water group's board")
    page.locator("#id_date").fill("2026-05-11")
    page.locator("#id_public_summary_en").fill(
        "The board showed its plans for new treatment plants."
    )
    row = staff.add_inline_row("counterpart_links")
    staff.autocomplete(f"{row}organisation", "Qingdao Water Group")
    row = staff.add_inline_row("person_links")
    staff.autocomplete(f"{row}person", "Wang")
    staff.save_admin()

    staff.goto("/admin/trips/agreement/add/", check="agreement-add")
    page.locator("#id_kind").select_option(label="Memorandum of understanding")
    page.locator("#id_title_en").fill("Pilot plant in Qingdao")
    staff.autocomplete("id_company", "Puhdas Vesi")
    staff.autocomplete("id_counterpart", "Qingdao Water Group")
    staff.autocomplete("id_trip", "Water delegation to Qingdao")
    page.locator("#id_is_public").check()
    staff.save_admin()


def test_staff_review_the_demo_records_in_the_admin(visitor, story):
    """The admin's change pages with every kind of inline, filled by the demo story."""
    from contacts.models import Organisation
    from trips.models import Lead, Need, Place, Trip

    records = {
        "trip": Trip.objects.get(slug="smart-city-delegation-shandong"),
        "organisation": Organisation.objects.get(slug="puhdas-vesi"),
        "need": Need.objects.order_by("pk").first(),
        "lead": Lead.objects.order_by("pk").first(),
        "place": Place.objects.order_by("pk").first(),
    }
    staff = visitor("staff")
    staff.log_in("demo-staff")
    for name, record in records.items():
        meta = record._meta
        staff.goto(f"/admin/{meta.app_label}/{meta.model_name}/{record.pk}/change/")
        # Open every folded inline: their rows are checked too.
        staff.page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        staff.check(f"{name}-change")
        if name == "trip":
            # One time-zone note for the page, not one per field; times without seconds.
            assert staff.page.locator(".timezonewarning").count() == 1
            assert staff.page.locator("#id_visits-0-start_time").input_value() == "09:00"
