"""Journey 2: the public opens the home page, a report, its map and its print view; an
unpublished trip's address gives the "not found" page."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from trips.demo import PLANNED_TRIP_SLUG

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_public_reads_a_report(visitor, story):
    person = visitor("public")
    person.goto("/", check="home")
    assert "Smart city delegation to Shandong" in person.text()

    # From the keyboard: the first Tab shows the skip link, Enter jumps to the content.
    page = person.page
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.is_visible() and skip.evaluate("link => link === document.activeElement")
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")

    person.click("link", "Smart city delegation to Shandong")
    assert person.path == "/trips/smart-city-delegation-shandong/"
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() == 6
    person.check("report")
    text = person.text()
    assert "Food Valley" in text and "Nordic wastewater treatment" in text

    # Every marker can be clicked, even the three in Weifang: each opens its own place's popup.
    markers = page.locator(".leaflet-marker-icon")
    names = set()
    for index in range(markers.count()):
        markers.nth(index).click()
        popup = page.locator(".leaflet-popup")
        names.add(popup.locator("strong").inner_text())
        # On a loaded machine a click can land while the popup still animates in: try again.
        for _attempt in range(3):
            popup.get_by_role("button", name="Close popup").click()
            if popup.count() == 0 or _wait_detached(popup):
                break
        assert popup.count() == 0
    assert len(names) == 6

    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="Main").is_visible()
    assert not page.locator("#trip-map").is_visible()
    assert page.get_by_role("heading", name="Itinerary").is_visible()
    person.check("report-print")
    page.emulate_media(media="screen")

    person.goto(f"/trips/{PLANNED_TRIP_SLUG}/", status=404, check="unpublished")
    assert "There is no such page" in person.text()


def test_public_report_reads_without_javascript(visitor, story):
    person = visitor("no-javascript", javascript=False)
    person.goto("/trips/smart-city-delegation-shandong/", check="report")
    text = person.text()
    assert "Food Valley" in text and "Nordic wastewater treatment" in text
    assert person.page.locator(".leaflet-marker-icon").count() == 0


def _wait_detached(locator, timeout=4000):
    try:
        locator.wait_for(state="detached", timeout=timeout)
    except PlaywrightTimeoutError:
        return False
    return True
