"""Journey (issue 11): a company applies to the planned Almaty trip's call without logging in,
a mistake is pointed out on its field; staff find the application on the review page, score it
and accept it, which puts the company on the trip."""

import pytest

from trips.demo import PLANNED_TRIP_SLUG
from trips.models import Application

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_company_applies_and_staff_accept_it(visitor, story):
    company = visitor("applicant")
    company.goto(f"/trips/{PLANNED_TRIP_SLUG}/apply/", check="call")
    page = company.page
    page.get_by_label("Company name").fill("Journey Water Oy")
    page.get_by_label("Business ID").fill("DEMO-FI-9999")
    page.get_by_label("Country").select_option("FI")
    page.get_by_label("Water and wastewater").check()
    page.get_by_label("What your company offers").fill("Leak detection for water networks.")
    page.get_by_label("Whom you want to meet").fill("The city water utility.")
    page.get_by_label("What you want to achieve").fill("A pilot in one district.")
    first = page.locator("fieldset", has_text="Delegate 1").last
    first.get_by_label("Given name").fill("Kaisa")
    first.get_by_label("Family name").fill("Matkaaja")
    first.get_by_label("E-mail").fill("kaisa.matkaaja@journeywater")  # no domain ending
    page.get_by_label("I agree", exact=False).check()
    company.click("button", "Send the application")
    assert "Enter a valid email address." in company.text()
    # The form comes back with 400, which the browser reports in its console: expected.
    company.problems = [p for p in company.problems if "status of 400" not in p]
    company.check("call-error")
    first.get_by_label("E-mail").fill("kaisa.matkaaja@journeywater.example")
    company.click("button", "Send the application")
    assert company.path == f"/trips/{PLANNED_TRIP_SLUG}/apply/sent/"
    assert "Journey Water Oy" not in company.text()
    company.check("sent")

    staff = visitor("staff")
    staff.log_in("demo-staff")
    staff.goto(f"/preparation/trips/{PLANNED_TRIP_SLUG}/applications/", check="applications")
    staff.page.get_by_label("Status").select_option("pending")
    staff.click("button", "Filter")
    assert "Viherlämpö Oy" in staff.text() and "Puhdas Vesi Oy" not in staff.text()
    staff.click("link", "Journey Water Oy")
    staff.check("application")
    staff.page.get_by_label("Score").fill("4")
    staff.click("button", "Save comment and score")
    staff.click("button", "Accept")
    assert "Journey Water Oy is accepted" in staff.text()
    staff.check("accepted")
    application = Application.objects.get(company_name="Journey Water Oy")
    assert application.participation.delegates.get().email.startswith("kaisa.matkaaja@")
