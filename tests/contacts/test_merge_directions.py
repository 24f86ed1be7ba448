"""Merging works whichever record is kept, and whichever side the trip history is on.

The merge page offers the older record (the one with trip history, as a rule) as the default
choice. Keeping it used to fail with "This field cannot be blank." and merge nothing: the merged
record had no links, so the merge record's "links moved" stayed empty, which the model refused.
"""

import pytest
from django.urls import reverse

from contacts.models import MergeRecord, Person
from tests import factories as f
from trips.models import Delegate, Lead, MeetingPerson

pytestmark = pytest.mark.django_db


def _history(person, trip, org):
    """A meeting, a delegation, a lead and an earlier merge, all of `person`."""
    meeting = f.MeetingFactory(trip=trip)
    f.MeetingPersonFactory(meeting=meeting, person=person)
    participation = f.ParticipationFactory(trip=f.TripFactory())
    f.DelegateFactory(participation=participation, person=person)
    lead = f.LeadFactory(trip=trip, counterpart=org, counterpart_person=person)
    earlier = f.MergeRecordFactory(survivor=person, merged_name=f"Older merge into {person.pk}")
    return {"meeting": meeting, "participation": participation, "lead": lead, "earlier": earlier}


@pytest.fixture
def pair(db):
    """Kadri Tamm twice at one organisation; the older record is listed first."""
    org = f.CounterpartFactory(name="Tartu city government")
    older = f.PersonFactory(organisation=org, given_name="Kadri", family_name="Tamm", email="")
    newer = f.PersonFactory(
        organisation=org, given_name="Kadri", family_name="Tamm", email="kadri@tartu.example"
    )
    return {"org": org, "trip": f.TripFactory(), "older": older, "newer": newer}


def _merge_on_page(client, staff, first, second, keep=None):
    """Open the merge page for (first, second) and submit it, keeping `keep` or the default."""
    client.force_login(staff)
    url = reverse("contacts:merge", args=[first.pk, second.pk])
    default = client.get(url).context["form"]["survivor"].value()
    response = client.post(url, {"survivor": keep.pk if keep else default}, follow=True)
    return default, response


def _links_of(person):
    return {
        "meetings": set(
            MeetingPerson.objects.filter(person=person).values_list("meeting", flat=True)
        ),
        "delegations": set(
            Delegate.objects.filter(person=person).values_list("participation", flat=True)
        ),
        "leads": set(Lead.objects.filter(counterpart_person=person).values_list("pk", flat=True)),
        "merges": set(MergeRecord.objects.filter(survivor=person).values_list("pk", flat=True)),
    }


def test_keeping_the_default_record_with_the_history_merges(client, staff, pair):
    older, newer = pair["older"], pair["newer"]
    history = _history(older, pair["trip"], pair["org"])
    default, response = _merge_on_page(client, staff, older, newer)

    assert default == older.pk  # the page offers to keep the record with trip history
    page = response.content.decode()
    assert "This field cannot be blank" not in page
    assert "Merged Kadri Tamm into Kadri Tamm; 0 linked records followed." in page
    assert not Person.objects.filter(pk=newer.pk).exists()
    older.refresh_from_db()
    assert older.email == "kadri@tartu.example"  # the gap is filled from the merged record
    links = _links_of(older)
    assert links["meetings"] == {history["meeting"].pk}
    assert links["delegations"] == {history["participation"].pk}
    assert links["leads"] == {history["lead"].pk}
    record = MergeRecord.objects.get(survivor=older, merged_person_id=newer.pk)
    assert record.moved_links == {}
    assert links["merges"] == {history["earlier"].pk, record.pk}


def test_keeping_a_record_that_brings_nothing_new_merges(client, staff, pair):
    older, newer = pair["older"], pair["newer"]
    newer.email = ""
    newer.save()
    _history(older, pair["trip"], pair["org"])
    _default, response = _merge_on_page(client, staff, older, newer)
    assert "0 linked records followed" in response.content.decode()
    record = MergeRecord.objects.get(survivor=older, merged_person_id=newer.pk)
    assert (record.moved_links, record.filled_fields) == ({}, [])


def test_keeping_the_record_without_history_takes_all_of_it_over(client, staff, pair):
    older, newer = pair["older"], pair["newer"]
    history = _history(older, pair["trip"], pair["org"])
    _default, response = _merge_on_page(client, staff, older, newer, keep=newer)

    assert "4 linked records followed" in response.content.decode()
    assert not Person.objects.filter(pk=older.pk).exists()
    links = _links_of(newer)
    assert links["meetings"] == {history["meeting"].pk}
    assert links["delegations"] == {history["participation"].pk}
    assert links["leads"] == {history["lead"].pk}
    assert history["earlier"].pk in links["merges"]


@pytest.mark.parametrize("kept", ["older", "newer"])
def test_history_on_both_sides_ends_up_on_the_kept_record(client, staff, pair, kept):
    other = "newer" if kept == "older" else "older"
    survivor, merged = pair[kept], pair[other]
    mine = _history(survivor, pair["trip"], pair["org"])
    theirs = _history(merged, pair["trip"], pair["org"])
    shared = f.MeetingFactory(trip=pair["trip"])  # both records were noted at one meeting
    f.MeetingPersonFactory(meeting=shared, person=survivor)
    f.MeetingPersonFactory(meeting=shared, person=merged)

    _default, response = _merge_on_page(client, staff, pair["older"], pair["newer"], keep=survivor)

    assert "5 linked records followed" in response.content.decode()
    assert not Person.objects.filter(pk=merged.pk).exists()
    links = _links_of(survivor)
    both = (mine, theirs)
    assert links["meetings"] == {h["meeting"].pk for h in both} | {shared.pk}
    assert links["delegations"] == {h["participation"].pk for h in both}
    assert links["leads"] == {h["lead"].pk for h in both}
    record = MergeRecord.objects.get(survivor=survivor, merged_person_id=merged.pk)
    assert links["merges"] == {mine["earlier"].pk, theirs["earlier"].pk, record.pk}
    assert record.moved_links == {
        "trips.MeetingPerson": {"moved": 1, "collapsed": 1},
        "trips.Delegate": {"moved": 1, "collapsed": 0},
        "trips.Lead": {"moved": 1, "collapsed": 0},
        "contacts.MergeRecord": {"moved": 1, "collapsed": 0},
    }
