"""Journey 6: the language menu turns the report into Swedish and back."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
REPORT = "/trips/smart-city-delegation-shandong/"


def choose_language(person, name):
    menu = person.page.locator("form.language-menu")  # (hidden on phones until the menu opens)
    if not menu.count():
        pytest.skip("no language menu yet")
    if not menu.is_visible():  # folded behind the menu button on phones
        person.page.locator(".navbar-toggler").click()
    assert menu.get_attribute("aria-label") in ("Language", "Språk")
    with person.page.expect_navigation():
        menu.get_by_role("button", name=name).click()


def test_the_language_menu_turns_the_report_swedish_and_back(visitor, story):
    person = visitor("reader")
    person.goto(REPORT, check="report")

    choose_language(person, "Svenska")
    assert person.page.locator("html").get_attribute("lang") == "sv"
    assert "Resplan" in person.text()
    person.check("report-swedish")

    choose_language(person, "English")
    assert person.page.locator("html").get_attribute("lang") == "en"
    assert "Itinerary" in person.text()
    person.check("report-english")
