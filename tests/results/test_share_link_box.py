"""The share-link box on the staff host report (issue 9): a new link comes with a copy button
(our own script, hidden until it runs, so nothing is dead without JavaScript), and revoking a
link asks for confirmation on a page of its own before anything happens."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from trips.services.links import host_report_link_create

pytestmark = pytest.mark.django_db


def _report_url(hosts):
    return reverse(
        "results:host_report", kwargs={"slug": hosts["trip"].slug, "host_slug": "rizhao"}
    )


def test_a_new_link_comes_with_a_copy_button(staff_client, hosts):
    url = _report_url(hosts)
    made = staff_client.post(url + "links/", {"valid_days": 14, "note": "", "language": "en"})
    page = staff_client.get(made["Location"]).content.decode()
    field = re.search(r'<input id="new-share-link"[^>]*value="([^"]+)"', page)
    assert "/share/" in field.group(1)
    button = re.search(r"<button[^>]*data-copy=\"new-share-link\"[^>]*>([^<]+)</button>", page)
    assert button.group(1) == "Copy"
    assert " hidden" in button.group(0)  # shown by the script; without it, copy by hand
    assert 'data-copied="Copied."' in button.group(0)
    assert 'id="new-share-link-status"' in page and 'aria-live="polite"' in page
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)
    assert all(not body.strip() for _attrs, body in scripts)  # no inline script (CSP)
    assert any("js/copy-button" in attrs for attrs, _body in scripts)
    assert finders.find("js/copy-button.js")
    again = staff_client.get(url).content.decode()
    assert "new-share-link" not in again  # the link is shown once


def test_revoking_asks_first_and_only_the_confirmation_revokes(staff_client, hosts, staff):
    link, _token = host_report_link_create(
        trip=hosts["trip"], host=hosts["rizhao"], created_by=staff, valid_days=14, note="mayor"
    )
    report = staff_client.get(_report_url(hosts)).content.decode()
    revoke_url = reverse("results:revoke_link", kwargs={"pk": link.pk})
    assert f'<a class="btn btn-sm btn-outline-danger" href="{revoke_url}">Revoke</a>' in report

    confirm = staff_client.get(revoke_url)
    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert "Revoke a share link" in page and f"{link.token_hint}…" in page and "mayor" in page
    assert "This cannot be undone" in page
    assert re.search(r'<form method="post"[^>]*>', page)  # works without JavaScript
    assert f'href="{_report_url(hosts)}#share">Keep it</a>' in page
    link.refresh_from_db()
    assert link.revoked_at is None  # asking revoked nothing

    done = staff_client.post(revoke_url)
    assert done["Location"] == _report_url(hosts) + "#share"
    link.refresh_from_db()
    assert link.revoked_at is not None and link.revoked_by == staff
    after = staff_client.get(revoke_url).content.decode()
    assert "there is nothing to revoke" in after and "Revoke the link" not in after
