"""A company works a long trip page on a phone (issue 9): a confirmation appears in the section
it confirms, where the browser lands, not 3,000 px above; an in-page menu leads to the
itinerary, the people met, the leads and the feedback; an overdue lead says so in words."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories as f
from trips.models import Lead

pytestmark = pytest.mark.django_db


def _section(page, element_id):
    """The markup of the element with that id, up to its closing tag (articles, sections)."""
    match = re.search(rf'<(article|section)[^>]*id="{element_id}"[^>]*>(.*?)</\1>', page, re.S)
    assert match, element_id
    return match.group(2)


def _before_heading(page):
    return page.split("<h1", 1)[0]


def test_saving_a_lead_confirms_it_in_the_lead(client, company_a, shared):
    lead = shared["lead_a"]
    client.force_login(company_a)
    url = reverse("my:lead", kwargs={"slug": lead.trip.slug, "pk": lead.pk})
    data = {f"lead-{lead.pk}-next_step": "Send the offer", f"lead-{lead.pk}-status": "open"}
    response = client.post(url, data)
    assert response["Location"].endswith(f"#lead-{lead.pk}")
    page = client.get(response["Location"]).content.decode()
    confirmation = "Lead with ONLY-A Bureau updated."
    assert confirmation in _section(page, f"lead-{lead.pk}")
    assert confirmation not in _before_heading(page)
    assert page.count(confirmation) == 1
    again = client.get(response["Location"]).content.decode()
    assert confirmation not in again  # said once


def test_a_refused_lead_form_sends_the_browser_back_to_the_lead(client, company_a, shared):
    lead = shared["lead_a"]
    client.force_login(company_a)
    url = reverse("my:lead", kwargs={"slug": lead.trip.slug, "pk": lead.pk})
    response = client.post(url, {f"lead-{lead.pk}-status": "no-such-status"})
    assert response.status_code == 200
    page = response.content.decode()
    assert f'action="{url}#lead-{lead.pk}"' in page  # the form lands on its lead
    assert "Select a valid choice" in _section(page, f"lead-{lead.pk}")


def test_sending_feedback_confirms_it_in_the_feedback_section(client, company_a, shared):
    client.force_login(company_a)
    url = reverse("my:feedback", kwargs={"slug": shared["trip"].slug})
    response = client.post(url, {"feedback": "We met our first customer."})
    assert response["Location"].endswith("#feedback")
    page = client.get(response["Location"]).content.decode()
    thanks = "Thank you: your feedback was saved."
    assert thanks in _section(page, "feedback")
    assert thanks not in _before_heading(page)


def test_the_in_page_menu_leads_to_each_section(client, company_a, shared):
    client.force_login(company_a)
    page = client.get(reverse("my:trip", kwargs={"slug": shared["trip"].slug})).content.decode()
    menu = re.search(
        r'<nav class="d-lg-none[^"]*" aria-label="On this page">(.*?)</nav>', page, re.S
    )
    targets = re.findall(r'href="#([\w-]+)">([^<]+)</a>', menu.group(1))
    assert targets == [
        ("itinerary", "Itinerary"),
        ("people", "People you met"),
        ("leads", "Your leads"),
        ("feedback", "Your feedback"),
    ]
    for anchor, _label in targets:
        assert f'id="{anchor}"' in page


def test_the_people_met_are_listed_once_each(client, company_a, shared):
    client.force_login(company_a)
    page = client.get(reverse("my:trip", kwargs={"slug": shared["trip"].slug})).content.decode()
    people = _section(page, "people")
    assert people.count("Only-A Person") == 1 and people.count("Both Person") == 1
    assert "only-a@bureau.example" in people
    assert "shy@bureau.example" not in people  # asked not to be contacted
    assert "Only-B" not in people


def test_an_overdue_lead_is_flagged_in_words(client, company_a, shared):
    lead = shared["lead_a"]
    lead.due_date = timezone.localdate() - dt.timedelta(days=3)
    lead.save()
    client.force_login(company_a)
    page = client.get(reverse("my:trip", kwargs={"slug": lead.trip.slug})).content.decode()
    article = _section(page, f"lead-{lead.pk}")
    assert ">overdue</span>" in article
    assert "The due date has passed" in article

    lead.status = Lead.Status.CLOSED  # a closed lead is no longer late
    lead.save()
    page = client.get(reverse("my:trip", kwargs={"slug": lead.trip.slug})).content.decode()
    assert "overdue" not in _section(page, f"lead-{lead.pk}")


def test_a_lead_due_today_or_later_is_not_overdue():
    today = timezone.localdate()
    assert not f.LeadFactory.build(due_date=today, status=Lead.Status.OPEN).is_overdue
    assert f.LeadFactory.build(
        due_date=today - dt.timedelta(days=1), status=Lead.Status.IN_DISCUSSION
    ).is_overdue
    assert not f.LeadFactory.build(due_date=None).is_overdue
