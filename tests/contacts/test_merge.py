"""One record per person: finding duplicates and merging them without losing anything."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse

from contacts.duplicates import find_duplicates
from contacts.models import MergeRecord, Person
from contacts.services import merge_people
from tests import factories as f
from trips.models import Delegate, Lead, MeetingPerson

pytestmark = pytest.mark.django_db


@pytest.fixture
def twins(db):
    """Two records of Li Wang at the same city government, each with its own links, and a
    meeting and a delegation both records are linked to."""
    org = f.CounterpartFactory(name="Rizhao government")
    keep = f.PersonFactory(
        organisation=org, given_name="Li", family_name="Wang", email="", title="Vice mayor",
        notes="Met in March.",
    )  # fmt: skip
    dupe = f.PersonFactory(
        organisation=org, given_name="LI", family_name="WANG", native_name="王丽",
        email="wang.li@rizhao.example", phone="+8613800000001", title="Mayor",
        notes="Prefers WeChat.", do_not_contact=True,
    )  # fmt: skip
    trip = f.TripFactory()
    shared_meeting = f.MeetingFactory(trip=trip)
    own_meeting = f.MeetingFactory(trip=trip)
    f.MeetingPersonFactory(meeting=shared_meeting, person=keep)
    f.MeetingPersonFactory(meeting=shared_meeting, person=dupe)
    f.MeetingPersonFactory(meeting=own_meeting, person=dupe)
    participation = f.ParticipationFactory(trip=trip)
    other_participation = f.ParticipationFactory(trip=f.TripFactory())
    f.DelegateFactory(participation=participation, person=keep)
    f.DelegateFactory(participation=participation, person=dupe)
    f.DelegateFactory(participation=other_participation, person=dupe)
    lead = f.LeadFactory(trip=trip, counterpart=org, counterpart_person=dupe)
    earlier = f.MergeRecordFactory(survivor=dupe, merged_name="An older merge")
    return {
        "keep": keep,
        "dupe": dupe,
        "shared_meeting": shared_meeting,
        "own_meeting": own_meeting,
        "participation": participation,
        "other_participation": other_participation,
        "lead": lead,
        "earlier": earlier,
    }


def test_every_linked_record_follows_the_survivor(twins, staff):
    keep, dupe = twins["keep"], twins["dupe"]
    dupe_pk = dupe.pk
    record = merge_people(survivor=keep, merged=dupe, user=staff)

    assert not Person.objects.filter(pk=dupe_pk).exists()
    assert set(MeetingPerson.objects.filter(person=keep).values_list("meeting", flat=True)) == {
        twins["shared_meeting"].pk,
        twins["own_meeting"].pk,
    }
    assert set(Delegate.objects.filter(person=keep).values_list("participation", flat=True)) == {
        twins["participation"].pk,
        twins["other_participation"].pk,
    }
    assert Lead.objects.get(pk=twins["lead"].pk).counterpart_person == keep
    twins["earlier"].refresh_from_db()
    assert twins["earlier"].survivor == keep
    assert record.moved_links == {
        "trips.MeetingPerson": {"moved": 1, "collapsed": 1},
        "trips.Delegate": {"moved": 1, "collapsed": 1},
        "trips.Lead": {"moved": 1, "collapsed": 0},
        "contacts.MergeRecord": {"moved": 1, "collapsed": 0},
    }


def test_survivor_keeps_its_values_fills_its_gaps_and_the_merge_is_recorded(twins, staff):
    keep, dupe = twins["keep"], twins["dupe"]
    dupe_pk = dupe.pk
    record = merge_people(survivor=keep, merged=dupe, user=staff)
    keep.refresh_from_db()
    assert keep.title == "Vice mayor"  # its own value is kept
    assert (keep.native_name, keep.email) == ("王丽", "wang.li@rizhao.example")  # gaps filled
    assert keep.phone.as_e164 == "+8613800000001"
    # nothing lost: the merged notes, and the values the kept record had otherwise
    assert keep.notes == (
        f"Met in March.\n\nPrefers WeChat.\n\nFrom the merged record #{dupe_pk}:\n"
        "title or role: Mayor"
    )
    assert keep.do_not_contact  # an objection to contact is never dropped
    assert record.merged_person_id == dupe_pk
    assert record.merged_by == staff
    assert record.merged_data["title"] == "Mayor"  # the overwritten-nowhere value is on record
    assert record.merged_data["email"] == "wang.li@rizhao.example"
    assert set(record.filled_fields) >= {"native_name", "email", "phone", "notes"}
    # history: both records' past versions remain, the merge is in the survivor's history
    assert keep.history.first().history_change_reason.startswith("Merged with")
    assert Person.history.filter(id=dupe_pk).count() >= 2


def test_a_person_cannot_be_merged_with_themselves(twins):
    with pytest.raises(ValidationError):
        merge_people(survivor=twins["keep"], merged=twins["keep"])


def test_duplicate_finder_lists_same_email_and_same_name_at_same_organisation(db):
    org = f.CounterpartFactory()
    a = f.PersonFactory(given_name="Karin", family_name="Åkerlund", organisation=org, email="")
    b = f.PersonFactory(given_name="karin", family_name="AKERLUND", organisation=org, email="")
    c = f.PersonFactory(given_name="Wang", family_name="Li", email="WL@x.example")
    d = f.PersonFactory(given_name="Li", family_name="Wang", email="wl@x.example")
    f.PersonFactory(given_name="Karin", family_name="Åkerlund", email="")  # another organisation
    found = {(s.first.pk, s.second.pk): [str(r) for r in s.reasons] for s in find_duplicates()}
    assert "same name at the same organisation" in found[(a.pk, b.pk)]
    assert found[(c.pk, d.pk)] == ["same e-mail"]
    assert len(found) == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity needs pg_trgm")
def test_duplicate_finder_on_postgresql_finds_similar_names_at_same_organisation(db):
    org = f.CounterpartFactory()
    a = f.PersonFactory(given_name="Weifang", family_name="Zhang", organisation=org, email="")
    b = f.PersonFactory(given_name="Wei Fang", family_name="Zhang", organisation=org, email="")
    f.PersonFactory(given_name="Wei Fang", family_name="Zhang", email="")  # elsewhere
    found = {(s.first.pk, s.second.pk): [str(r) for r in s.reasons] for s in find_duplicates()}
    assert found == {(a.pk, b.pk): ["similar name at the same organisation"]}


def test_staff_merge_from_the_duplicates_page(client, staff, twins):
    keep, dupe = twins["keep"], twins["dupe"]
    client.force_login(staff)
    page = client.get(reverse("contacts:duplicates"))
    merge_url = reverse("contacts:merge", args=[keep.pk, dupe.pk])
    assert merge_url in page.content.decode()
    form_page = client.get(merge_url)
    assert "王丽" in form_page.content.decode()
    response = client.post(merge_url, {"survivor": dupe.pk})
    assert response.status_code == 302
    assert not Person.objects.filter(pk=keep.pk).exists()
    assert MeetingPerson.objects.filter(person=dupe).count() == 2
    assert MergeRecord.objects.filter(survivor=dupe, merged_person_id=keep.pk).exists()
    assert (
        "Merged Li Wang into LI WANG (王丽); 2 linked records followed"
        in client.get(response["Location"]).content.decode()
    )


def test_staff_who_may_not_delete_people_cannot_merge(client, twins):
    from django.contrib.auth.models import Permission

    user = f.UserFactory(is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_person"]))
    client.force_login(user)
    url = reverse("contacts:merge", args=[twins["keep"].pk, twins["dupe"].pk])
    assert client.post(url, {"survivor": twins["keep"].pk}).status_code == 403
    assert Person.objects.filter(pk=twins["dupe"].pk).exists()


def test_merge_records_and_export_logs_are_readable_but_not_editable_in_admin(client, staff):
    record = f.MergeRecordFactory()
    log = f.ExportLogFactory()
    client.force_login(staff)
    for model, obj in (("mergerecord", record), ("exportlog", log)):
        changelist = reverse(f"admin:contacts_{model}_changelist")
        assert client.get(changelist).status_code == 200
        assert client.get(changelist, {"q": "日照"}).status_code == 200
        assert (
            client.get(reverse(f"admin:contacts_{model}_change", args=[obj.pk])).status_code == 200
        )
        assert client.get(reverse(f"admin:contacts_{model}_add")).status_code == 403
        assert (
            client.post(reverse(f"admin:contacts_{model}_delete", args=[obj.pk])).status_code == 403
        )


def test_admin_action_opens_the_merge_page_for_two_selected_people(client, staff, twins):
    client.force_login(staff)
    url = reverse("admin:contacts_person_changelist")
    keep, dupe = twins["keep"], twins["dupe"]
    response = client.post(url, {"action": "merge_two", "_selected_action": [dupe.pk, keep.pk]})
    assert response["Location"] == reverse("contacts:merge", args=sorted([keep.pk, dupe.pk]))
    response = client.post(url, {"action": "merge_two", "_selected_action": [keep.pk]}, follow=True)
    assert "Select exactly two people to merge." in response.content.decode()


def test_erasing_a_person_erases_their_merge_records_too(twins, staff):
    """The merge record holds the merged person's data: erasure must not be blocked by it."""
    keep = twins["keep"]
    merge_people(survivor=keep, merged=twins["dupe"], user=staff)
    MeetingPerson.objects.filter(person=keep).delete()
    Delegate.objects.filter(person=keep).delete()
    Lead.objects.filter(counterpart_person=keep).update(counterpart_person=None)
    keep.delete()
    assert not MergeRecord.objects.exists()
