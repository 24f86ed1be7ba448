"""In a very large directory the duplicate finder runs as a background job."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from contacts import duplicate_jobs
from tests import factories as f

# The worker closes its database connection after a job: real transactions, and the
# migrations' data (the staff group) restored after each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def large(monkeypatch):
    """A directory "too large to search while the page waits" (the limit lowered to 2)."""
    monkeypatch.setattr(duplicate_jobs, "INLINE_LIMIT", 2)
    org = f.CounterpartFactory()
    first = f.PersonFactory(given_name="Karin", family_name="Åkerlund", organisation=org)
    second = f.PersonFactory(given_name="karin", family_name="AKERLUND", organisation=org)
    f.PersonFactory(given_name="Someone", family_name="Else")
    return first, second


def run_worker():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def test_the_first_visit_starts_a_search_and_the_page_shows_its_pairs_when_done(
    client, staff, large
):
    first, second = large
    client.force_login(staff)
    url = reverse("contacts:duplicates")
    waiting = client.get(url)
    assert waiting.context["suspects"] == []
    assert "A search for duplicates is running" in waiting.content.decode()
    assert 'http-equiv="refresh"' in waiting.content.decode()
    run_worker()
    done = client.get(url)
    content = done.content.decode()
    assert [(s.first.pk, s.second.pk) for s in done.context["suspects"]] == [(first.pk, second.pk)]
    assert "These pairs were found" in content and "among 3 people" in content
    assert reverse("contacts:merge", args=[first.pk, second.pk]) in content


def test_look_again_queues_one_search_and_keeps_showing_the_last_pairs(client, staff, large):
    client.force_login(staff)
    url = reverse("contacts:duplicates")
    client.get(url)
    run_worker()
    assert client.post(url).status_code == 302
    client.post(url)  # a second click while one is waiting queues nothing more
    assert duplicate_jobs._results().filter(status__in=duplicate_jobs.PENDING).count() == 1
    page = client.get(url)
    assert len(page.context["suspects"]) == 1
    assert "A search for duplicates is running" in page.content.decode()


def test_a_failed_search_says_why(client, staff, large, monkeypatch):
    def broken(limit=200):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(duplicate_jobs, "find_duplicate_pairs", broken)
    client.force_login(staff)
    url = reverse("contacts:duplicates")
    client.get(url)
    run_worker()
    content = client.get(url).content.decode()
    assert "failed and changed nothing" in content
    assert "RuntimeError: the database went away" in content
