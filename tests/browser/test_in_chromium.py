"""The pages in a real browser (headless Chromium through Playwright): the map draws the
visited places, the report reads without JavaScript, and the Content-Security-Policy blocks
nothing of ours.

Needs Debian's Chromium at CHROMIUM (`apt-get install chromium`); without it these tests are
skipped, saying so.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
pytestmark = [
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    ),
    # serialized_rollback: the "Project staff" group made by a migration survives the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
REPORT = "/trips/smart-city-delegation-shandong/"


@pytest.fixture
def browser(story):
    # The demo story is loaded before Playwright starts: its sync API runs an event loop (in
    # greenlets) here, and the ORM must not open connections from inside it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def story():
    from trips.demo import load_demo

    load_demo(password="correct-horse-battery")


def open_page(browser, url, javascript=True):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    problems = []
    page.on(
        "console",
        lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(url)
    return page, problems


def test_the_map_marks_every_visited_place_and_csp_blocks_nothing(browser, live_server, story):
    page, csp_problems = open_page(browser, live_server.url + REPORT)
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() == 6
    assert csp_problems == []


def test_the_report_reads_without_javascript(browser, live_server, story):
    page, _ = open_page(browser, live_server.url + REPORT, javascript=False)
    text = page.inner_text("main")
    assert "Food Valley" in text and "Nordic wastewater treatment" in text
    assert page.locator(".leaflet-marker-icon").count() == 0


def test_a_company_logs_in_and_lands_on_its_trips(browser, live_server, story):
    page, csp_problems = open_page(browser, live_server.url + "/accounts/login/")
    page.fill("input[name=username]", "demo-puhdas-vesi")
    page.fill("input[name=password]", "correct-horse-battery")
    page.click("main button[type=submit]")
    page.wait_for_url(live_server.url + "/my/")
    assert "Smart city delegation to Shandong" in page.inner_text("main")
    assert csp_problems == []


def test_staff_copy_a_new_share_link_and_confirm_before_revoking(browser, live_server, story):
    from trips.demo.cast import STAFF_USERNAME

    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    csp_problems = []
    page.on("console", lambda m: csp_problems.append(m.text) if "Content Security" in m.text else 0)
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", STAFF_USERNAME)
    page.fill("input[name=password]", "correct-horse-battery")
    page.click("main button[type=submit]")
    page.goto(
        live_server.url + "/results/trips/smart-city-delegation-shandong/hosts/rizhao-government/"
    )
    page.get_by_role("button", name="Make a share link").click()
    link = page.get_by_label("The new share link", exact=False).input_value()
    page.get_by_role("button", name="Copy").click()
    page.get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert csp_problems == []

    token = link.rstrip("/").rsplit("/", 1)[1]
    row = page.get_by_role("row").filter(has_text=token[:6])  # the demo has a link already
    row.get_by_role("link", name="Revoke").click()
    assert page.get_by_role("heading", name="Revoke a share link").count() == 1
    page.get_by_role("button", name="Revoke the link").click()
    assert f"The link starting with {token[:6]} no longer opens the report" in page.inner_text(
        "main"
    )
