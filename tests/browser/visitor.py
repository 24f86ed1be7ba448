"""A person in the browser: opens pages of the live server and checks each one as it comes.

`check(name)` is the heart of the journeys: on the page just reached it
- runs axe-core (the npm package, injected through the DevTools protocol so that the site's
  Content-Security-Policy stays as strict as in production) and fails on any serious or critical
  violation, with the rule, the elements and axe's explanation;
- at phone width fails if the page is wider than the screen (our pages, those with our top bar;
  the Django admin's own layout is checked by axe only);
- fails on console errors and Content-Security-Policy reports;
- saves a full-page screenshot to shots/ and the page's HTML, as the server sent it, to
  build/pages/ for the W3C Nu validator (`make validate`).
"""

import base64
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = {"shots": ROOT / "shots", "pages": ROOT / "build" / "pages"}
AXE_SOURCE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENS = {
    "desktop": {"viewport": {"width": 1366, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# A grey 1x1 PNG stands in for every map tile: the browser never leaves the machine.
TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mO4e+8eAAW6AtzPX0cmAAAAAElFTkSuQmCC"
)
_axe_source = None


def axe_source():
    global _axe_source
    if _axe_source is None:
        _axe_source = AXE_SOURCE.read_text(encoding="utf-8")
    return _axe_source


class Visitor:
    def __init__(self, browser, base_url, screen, name, javascript=True):
        self.base_url = base_url
        self.screen = screen
        self.name = name
        self.javascript = javascript
        self.problems = []
        self.checked = []
        self.context = browser.new_context(
            java_script_enabled=javascript,
            accept_downloads=True,
            timezone_id="UTC",  # the server's zone is Helsinki: the admin notes the difference
            **SCREENS[screen],
        )
        self.context.set_default_timeout(10_000)
        self.context.route("**/*", self._route)
        self._document = None
        self._open_page()

    def _open_page(self):
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("response", self._response)

    def reopen(self):
        """Close the tab and open a new one in the same browser (what the phone keeps stays)."""
        self.page.close()
        self._document = None
        self._open_page()

    # --- plumbing ---------------------------------------------------------------------------
    def _route(self, route):
        url = route.request.url
        if url.startswith(self.base_url):
            route.continue_()
        elif route.request.resource_type == "image":
            route.fulfill(status=200, content_type="image/png", body=TILE)
        else:
            self.problems.append(f"request leaving the test server refused: {url}")
            route.abort()

    def _console(self, message):
        if message.type == "error" or "Content Security Policy" in message.text:
            self.problems.append(f"console {message.type}: {message.text}")

    def _response(self, response):
        request = response.request
        if request.resource_type == "document" and response.frame == self.page.main_frame:
            self._document = response

    def close(self):
        self.context.close()

    @property
    def path(self):
        return self.page.url.removeprefix(self.base_url)

    # --- moving around ----------------------------------------------------------------------
    def goto(self, path, check=None, status=200):
        response = self.page.goto(self.base_url + path)
        assert response.status == status, f"{path}: HTTP {response.status}, expected {status}"
        if status >= 400:  # the browser reports the expected error status in the console
            expected = f"the server responded with a status of {status}"
            self.problems = [p for p in self.problems if expected not in p]
        if check:
            self.check(check)
        return response

    def log_in(self, username, password="correct-horse-battery"):
        self.goto("/accounts/login/")
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(password)
        with self.page.expect_navigation():
            self.page.locator("main").get_by_role("button", name="Log in").click()
        assert "/accounts/login/" not in self.page.url, self.page.inner_text("main")

    def menu(self, link_name):
        """Follow a link of the top bar, opening the menu first where it is folded (phones)."""
        bar = self.page.get_by_role("navigation", name="Main")
        toggler = bar.get_by_role("button", name="Menu")
        if toggler.count() and toggler.is_visible():
            toggler.click()
            assert toggler.get_attribute("aria-expanded") == "true"
        link = bar.get_by_role("link", name=link_name, exact=True)
        with self.page.expect_navigation():
            link.click()
        current = bar.locator("a[aria-current]")  # (folded away again on phones)
        assert current.count() == 1 and current.text_content().strip() == link_name, (
            f"{link_name} is not marked as the current page"
        )

    def click(self, role, name, **kwargs):
        """Click a link or button that loads another page, and wait for that page."""
        with self.page.expect_navigation():
            self.page.get_by_role(role, name=name, **kwargs).first.click()

    def autocomplete(self, select_id, text):
        """Choose `text` in one of the admin's autocomplete boxes (select2) by typing it."""
        box = self.page.locator(f"#{select_id} + .select2")
        box.locator(".select2-selection").click()
        self.page.locator(".select2-container--open .select2-search__field").fill(text)
        self.page.locator(".select2-results__option", has_text=text).first.click()

    def add_inline_row(self, prefix):
        """Click the admin inline's "Add another …" link; returns the new row's field prefix."""
        total = self.page.locator(f"#id_{prefix}-TOTAL_FORMS")
        index = int(total.input_value())
        folded = self.page.locator(f"#{prefix}-group details:not([open]) > summary")
        if folded.count():
            folded.click()
        self.page.locator(f"#{prefix}-group .add-row a").click()
        return f"id_{prefix}-{index}-"

    def save_admin(self, button="Save"):
        with self.page.expect_navigation():
            self.page.locator(f"input[type=submit][value='{button}']").click()
        errors = self.page.locator(".errornote, .errorlist")
        assert errors.count() == 0, errors.first.inner_text() + "\n" + self.text("#content")

    def download(self, role, name):
        with self.page.expect_download() as info:
            self.page.get_by_role(role, name=name, exact=True).first.click()
        download = info.value
        return download.suggested_filename, Path(download.path()).read_bytes()

    def text(self, selector="main"):
        return self.page.inner_text(selector)

    # --- checking ---------------------------------------------------------------------------
    def check(self, name):
        """Check the page now shown; see the module's docstring."""
        stem = f"{self.name}-{name}-{self.screen}"
        self.checked.append(self.path)
        self.page.wait_for_load_state("networkidle")
        if self.screen == "desktop" and self._document is not None:
            html = self._document.text()
            (ARTIFACTS["pages"] / f"{stem}.html").write_text(html, encoding="utf-8")
        self.page.screenshot(path=str(ARTIFACTS["shots"] / f"{stem}.png"), full_page=True)
        failures = list(self.problems)
        self.problems.clear()
        ours = self.page.locator("nav.site-nav").count() > 0  # not the admin's, not Django's
        if self.screen == "phone" and ours:
            width = self.page.evaluate("document.documentElement.scrollWidth")
            if width > SCREENS["phone"]["viewport"]["width"]:
                failures.append(f"the page is {width} px wide on a 390 px screen: {self._wide()}")
        if self.javascript:
            failures += self.axe_violations()
        assert not failures, f"{self.path} ({stem}):\n" + "\n".join(failures)

    def _wide(self):
        """The outermost elements reaching past the screen's right edge."""
        return self.page.evaluate(
            """() => {
              const limit = document.documentElement.clientWidth, out = [];
              for (const el of document.body.querySelectorAll("*")) {
                if (el.getBoundingClientRect().right <= limit + 1) continue;
                if (out.some(o => o.contains(el))) continue;
                out.push(el);
              }
              return out.slice(0, 5).map(el => el.tagName.toLowerCase() +
                (el.id ? "#" + el.id : "") + (el.className && el.className.baseVal === undefined
                  ? "." + String(el.className).trim().split(/\\s+/).join(".") : "") +
                " (" + Math.round(el.getBoundingClientRect().right) + " px)").join(", ");
            }"""
        )

    def axe_violations(self):
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            self.page.evaluate(axe_source() + "\n;0")
        options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
        result = self.page.evaluate(
            "options => axe.run(document, options)", json.loads(json.dumps(options))
        )
        found = []
        for violation in result["violations"]:
            if violation["impact"] not in ("serious", "critical"):
                continue
            targets = [", ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
            summary = re.sub(r"\s+", " ", violation["nodes"][0].get("failureSummary", ""))
            found.append(
                f"axe {violation['impact']} {violation['id']}: {violation['help']} "
                f"[{len(violation['nodes'])}x: {'; '.join(targets)}] {summary[:300]}"
            )
        return found
