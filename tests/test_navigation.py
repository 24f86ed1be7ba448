"""Staff find their pages, and each is called what the link to it says (issue 9): the admin
index links to the staff pages outside the admin, and every top-bar link opens a page whose
title and heading are the link's label."""

import html
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
NAV_LINK = re.compile(r'<a class="nav-link[^"]*"[^>]*href="([^"]+)"[^>]*>([^<]+)</a>')


def _text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _title_and_headings(page):
    title = _text(re.search(r"<title>(.*?)</title>", page, re.S).group(1))
    return title, [_text(h1) for h1 in re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)]


@pytest.mark.parametrize("persona", ["staff", "company_a"])
def test_every_top_bar_link_opens_a_page_of_that_name(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    home = client.get(reverse("home")).content.decode()
    links = [(href, html.unescape(label).strip()) for href, label in NAV_LINK.findall(home)]
    expected = 5 if persona == "staff" else 1  # admin, contacts, three results pages; my trips
    assert len(links) == expected, links
    for href, label in links:
        response = client.get(href)
        assert response.status_code == 200, href
        title, headings = _title_and_headings(response.content.decode())
        assert title.startswith(label), (href, label, title)
        assert label in headings, (href, label, headings)


def test_the_admin_index_links_to_the_staff_pages(client, staff):
    client.force_login(staff)
    page = client.get(reverse("admin:index")).content.decode()
    box = re.search(r'<div class="module" id="staff-pages">(.*?)</div>', page, re.S).group(1)
    assert "Staff pages" in box
    links = {_text(label): href for href, label in re.findall(r'<a href="([^"]+)">(.*?)</a>', box)}
    assert links == {
        "Contacts": reverse("contacts:directory"),
        "Needs & reports": reverse("results:index"),
        "Follow-ups": reverse("results:followups"),
        "Results": reverse("results:dashboard"),
    }
    for href in links.values():
        assert client.get(href).status_code == 200


def test_the_admin_index_offers_only_the_pages_the_user_may_open(client, staff_no_perms):
    client.force_login(staff_no_perms)
    page = client.get(reverse("admin:index")).content.decode()
    assert reverse("contacts:directory") not in page
    assert reverse("results:dashboard") not in page
