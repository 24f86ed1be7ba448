"""Journey 5: staff make a share link for a host's report and copy it; the host opens it without
logging in; once staff revoke it (after confirming), the link shows the "withdrawn" page."""

import datetime as dt

import pytest
from django.utils import timezone

from trips.models import Lead

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_host_opens_a_shared_report_until_it_is_revoked(visitor, story):
    staff = visitor("staff")
    staff.log_in("demo-staff")
    assert staff.path == "/admin/"
    staff.check("admin")
    staff.click("link", "View site")

    # Follow-ups, one of them overdue (its row is red), and the programme's results.
    overdue = Lead.objects.filter(status=Lead.Status.OPEN).order_by("pk").first()
    overdue.due_date = timezone.localdate() - dt.timedelta(days=3)
    overdue.save(update_fields=["due_date"])
    staff.menu("Follow-ups")
    assert staff.page.locator(".list-group-item-danger").count() == 1
    staff.check("follow-ups")
    staff.menu("Results")
    last_year = timezone.localdate().year - 1  # the demo trip was last March
    staff.page.get_by_label("From").fill(f"{last_year}-01-01")
    staff.page.get_by_label("To").fill(f"{last_year}-12-31")
    staff.click("button", "Show")
    assert staff.page.get_by_role("img", name="Meetings and who was met").count() == 1
    staff.check("dashboard")

    staff.menu("Needs & reports")
    staff.check("results")
    staff.click("link", "Smart city delegation to Shandong")
    staff.check("trip-results")
    staff.click("link", "Rizhao Municipal People's Government")
    assert staff.path.startswith("/results/trips/smart-city-delegation-shandong/hosts/")
    staff.check("host-report")

    staff.click("button", "Make a share link")
    link = staff.page.get_by_label("The new share link", exact=False).input_value()
    assert "/share/" in link
    staff.context.grant_permissions(["clipboard-read", "clipboard-write"])
    staff.page.get_by_role("button", name="Copy").click()
    staff.page.get_by_text("Copied.").wait_for()
    assert staff.page.evaluate("navigator.clipboard.readText()") == link
    staff.check("link-made")

    host = visitor("host")
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    host.goto(path, check="shared-report")
    assert "Rizhao Municipal People's Government" in host.text()
    assert host.page.get_by_role("link", name="Log out").count() == 0

    token = link.rstrip("/").rsplit("/", 1)[1]
    row = staff.page.locator("tbody tr").filter(has_text=token[:6])
    with staff.page.expect_navigation():
        row.get_by_role("link", name="Revoke").click()
    assert staff.page.get_by_role("heading", name="Revoke a share link").count() == 1
    staff.check("revoke-confirm")  # asked first; nothing revoked yet
    staff.click("button", "Revoke the link")
    assert "Revoked" in staff.page.locator("tbody tr").filter(has_text=token[:6]).inner_text()
    staff.check("revoked")

    host.goto(path, status=410)
    assert "This link has been withdrawn" in host.text()
    host.check("withdrawn")
