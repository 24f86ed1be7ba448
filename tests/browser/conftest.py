"""Browser fixtures: Debian's Chromium driven by Playwright against the live test server.

Every journey runs twice, at desktop and at phone width (`screen`). Pages are checked as they are
visited (see visitor.py): axe-core finds no serious or critical violation, the console shows no
error and no Content-Security-Policy report, and at phone width nothing is wider than the screen.
Screenshots go to shots/ and the HTML of each page to build/pages/ (for `make validate`).

Without Chromium these tests are skipped, saying so. The browser may only reach the live server:
any other request (the map's tiles) is answered here or refused, never sent out.
"""

import os
import shutil
from pathlib import Path

import pytest

from .visitor import ARTIFACTS, AXE_SOURCE, SCREENS, Visitor


def _chromium():
    named = os.environ.get("CHROMIUM")
    for candidate in (named, "/usr/lib/chromium/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


CHROMIUM = _chromium()


def pytest_collection_modifyitems(config, items):
    if CHROMIUM:
        return
    skip = pytest.mark.skip(reason="no Chromium (apt-get install chromium, or set CHROMIUM)")
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def artifacts():
    for folder in ARTIFACTS.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture
def story():
    from trips.demo import load_demo

    return load_demo(password="correct-horse-battery")


@pytest.fixture
def chromium(story, artifacts):
    """A browser for one test, started once the database is ready (the story loaded): Playwright's
    sync API runs an event loop in this thread, and Django must set up and restore the test
    database (serialized_rollback) outside it, where it keeps its connection."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the test body reads the ORM under the loop
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(params=list(SCREENS))
def screen(request):
    return request.param


@pytest.fixture
def visitor(chromium, live_server, screen, request):
    """visitor(name) opens a fresh browser context (a separate person) at this test's screen."""
    if not AXE_SOURCE.exists():
        pytest.skip(f"axe-core is not installed at {AXE_SOURCE}: run `make browser-deps` (npm)")
    journey = request.node.originalname.removeprefix("test_")
    opened = []

    def open_visitor(name="visitor", javascript=True):
        person = Visitor(
            chromium, live_server.url, screen, f"{journey}-{name}", javascript=javascript
        )
        opened.append(person)
        return person

    yield open_visitor
    for person in opened:
        person.close()
