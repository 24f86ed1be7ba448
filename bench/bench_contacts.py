"""Contact export streams: time per row stays level and memory stays flat from 1k to 10k people.

Also the directory with a typo search ("Weifnag" for the one "Weifang Zhang") among 1k and 10k
people. On PostgreSQL the trigram indexes can answer it, but at 10k rows the planner still often
prefers a scan (measured ~2x); at 30k EXPLAIN shows the index scans. SQLite matches plain text.
"""

import tracemalloc

from django.test import Client

from contacts.models import Organisation, Person
from tests import factories as f
from trips.models import MeetingPerson


def _add_people(count, org, meeting, start):
    people = Person.objects.bulk_create(
        Person(
            given_name=f"Given{n}",
            family_name=f"Family{n}",
            native_name="王丽",
            organisation=org,
            email=f"person{n}@example.org",
            phone="+8613800000001",
        )
        for n in range(start, start + count)
    )
    MeetingPerson.objects.bulk_create(MeetingPerson(meeting=meeting, person=p) for p in people)


def _export(client):
    response = client.get("/contacts/export.csv")
    return sum(len(chunk) for chunk in response.streaming_content)


def _peak_memory(client):
    tracemalloc.start()
    _export(client)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def run(timed, report):
    client = Client()
    client.force_login(f.StaffUserFactory(username="bench-staff"))
    org = f.CounterpartFactory(name="Bench government")
    meeting = f.MeetingFactory()
    assert isinstance(org, Organisation)
    f.PersonFactory(organisation=org, given_name="Weifang", family_name="Zhang")

    _add_people(1000, org, meeting, 0)
    one_k = timed(lambda: _export(client), repeat=3)
    one_k_memory = _peak_memory(client)
    one_k_search = timed(lambda: client.get("/contacts/", {"q": "Weifnag"}), repeat=5)

    _add_people(9000, org, meeting, 1000)
    ten_k = timed(lambda: _export(client), repeat=3)
    ten_k_memory = _peak_memory(client)
    ten_k_search = timed(lambda: client.get("/contacts/", {"q": "Weifnag"}), repeat=5)

    report("CSV export, seconds per 1000 rows: 10k people vs 1k", ten_k / 10, one_k)
    report(
        "CSV export, peak Python memory: 10k people vs 1k (flat = ~1)",
        ten_k_memory / 1e6,
        one_k_memory / 1e6,
        unit="MB",
    )
    report("directory page with a typo search: 10k people vs 1k", ten_k_search, one_k_search)
