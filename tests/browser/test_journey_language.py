"""Journey 6: the language menu turns the report into Swedish and back."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
REPORT = "/trips/smart-city-delegation-shandong/"


def test_the_language_menu_turns_the_report_swedish_and_back(visitor, story):
    person = visitor("reader")
    person.goto(REPORT)
    menu = person.page.get_by_role("button", name=re.compile(r"Language|Språk|Kieli"))
    if not menu.count():
        pytest.skip("no language menu yet")
    if not menu.first.is_visible():  # folded into the menu button on phones
        person.page.get_by_role("button", name="Menu").click()
    menu.first.click()
    with person.page.expect_navigation():
        person.page.get_by_role("button", name="Svenska").click()
    assert person.page.locator("html").get_attribute("lang") == "sv"
    assert "Resplan" in person.text()
    person.check("report-swedish")

    menu = person.page.get_by_role("button", name=re.compile(r"Language|Språk|Kieli"))
    if not menu.first.is_visible():
        person.page.get_by_role("button", name="Meny").click()
    menu.first.click()
    with person.page.expect_navigation():
        person.page.get_by_role("button", name="English").click()
    assert person.page.locator("html").get_attribute("lang") == "en"
    assert "Itinerary" in person.text()
    person.check("report-english")
