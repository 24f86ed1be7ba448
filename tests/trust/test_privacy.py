"""People's rights over their data: everything we hold about a person, anonymising them for
good (nothing of them left in any column of any table, nor in any export), stale data
anonymised from cron, and the change history of leads, needs, matches, participations and
company logins."""

import datetime as dt
import json

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from contacts.models import ExportLog, Membership, Person
from contacts.privacy.retention import falls_due, retention_days
from contacts.services import merge_people
from tests import factories as f
from trips.models import Lead, Match, Meeting, Need, Participation
from trips.services.links import host_report_link_create

pytestmark = pytest.mark.django_db

EMAIL, PHONE, OLD_EMAIL = "wang.li@city.example", "+8613800000001", "li.wang@old.example"
SECRETS = ["Li Wang", "Wang Li", "王丽", EMAIL, PHONE, "+86 138 0000 0001", OLD_EMAIL,
           "wechat-wangli"]  # fmt: skip


@pytest.fixture
def subject(world, staff):
    """The world's counterpart person, mentioned in notes, exports, the admin log and a merge."""
    person = world["person"]
    twin = f.PersonFactory(
        organisation=person.organisation, given_name="Li", family_name="Wang", email=OLD_EMAIL
    )
    f.MeetingPersonFactory(meeting=world["meeting"], person=twin)
    merge_people(survivor=person, merged=twin, user=staff)
    meeting = world["meeting"]
    meeting.internal_notes = f"Li Wang ({EMAIL}) asked for a follow-up call on +86 138 0000 0001."
    meeting.save()
    Lead.objects.filter(pk=world["lead_a"].pk).update(notes="Call Wang Li, 王丽, next week")
    ExportLog.objects.create(user=staff, format="csv", filters={"q": EMAIL}, row_count=1)
    LogEntry.objects.create(
        user=staff,
        content_type=ContentType.objects.get_for_model(Person),
        object_id=str(person.pk),
        object_repr=str(person),  # "Li Wang (王丽)", as the admin logs an edit
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Title"]}}]',
    )
    person.title = "Vice mayor"
    person.save()
    return Person.objects.get(pk=person.pk)


def everything_in_the_database():
    """(table, column, text) of every column of every table, as text."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            for column in connection.introspection.get_table_description(cursor, table):
                quoted = connection.ops.quote_name(column.name)
                cursor.execute(
                    f"SELECT CAST({quoted} AS TEXT) FROM {connection.ops.quote_name(table)}"  # noqa: S608
                )
                found += [(table, column.name, row[0]) for row in cursor.fetchall() if row[0]]
    return found


def leaks(texts, secrets=SECRETS):
    escaped = [json.dumps(s)[1:-1] for s in secrets]  # as JSON stores them on SQLite
    return [
        (where, secret)
        for *where, text in texts
        for secret in [*secrets, *escaped]
        if secret.casefold() in text.casefold()
    ]


# --- Everything we hold -----------------------------------------------------------------------


def test_the_record_lists_everything_we_hold(client, staff, subject, world):
    client.force_login(staff)
    page = client.get(reverse("privacy:record", kwargs={"pk": subject.pk}))
    assert page.status_code == 200
    content = page.content.decode()
    expected = [EMAIL, "王丽", "City government", "Published trip", "Meeting with the city",
                "Alpha Oy", OLD_EMAIL, "Vice mayor", "falls due for anonymisation"]  # fmt: skip
    for text in expected:
        assert text in content, text
    download = client.get(reverse("privacy:record_json", kwargs={"pk": subject.pk}))
    assert download["Content-Type"] == "application/json; charset=utf-8"
    assert "person-" in download["Content-Disposition"]
    data = json.loads(download.content)
    fields = {field["name"]: field["value"] for field in data["fields"]}
    assert (fields["email"], fields["phone"], fields["title"]) == (EMAIL, PHONE, "Vice mayor")
    assert [org["name"] for org in data["organisations"]] == ["City government"]
    assert [trip["title"] for trip in data["trips"]] == ["Published trip"]
    assert [m["title"] for m in data["meetings"]] == ["Meeting with the city"]
    assert [lead["id"] for lead in data["leads"]] == [world["lead_a"].pk]
    assert [a["id"] for a in data["agreements"]] == [world["agreement_a"].pk]
    assert len(data["exports"]) == 1  # the export whose search found them
    assert data["merges"][0]["fields"]["email"] == OLD_EMAIL
    changes = [row["change"] for row in data["history"]]
    assert changes[0] == "Created" and changes[-1] == "Changed"
    assert data["history"][-1]["values"]["title"] == "Vice mayor"


def test_the_record_shows_when_the_data_falls_due(client, staff, subject):
    due = falls_due(subject)
    assert due == timezone.localdate() + dt.timedelta(days=retention_days())
    client.force_login(staff)
    page = client.get(reverse("privacy:record", kwargs={"pk": subject.pk}))
    assert due.isoformat() in page.content.decode()


def test_the_admin_page_of_a_person_links_to_the_record_and_its_due_date(admin_client, subject):
    page = admin_client.get(reverse("admin:contacts_person_change", args=[subject.pk]))
    content = page.content.decode()
    assert reverse("privacy:record", kwargs={"pk": subject.pk}) in content
    assert f"falls due {falls_due(subject).isoformat()}" in content


# --- Anonymising ------------------------------------------------------------------------------


def anonymise(client, person, name):
    return client.post(reverse("privacy:anonymise", kwargs={"pk": person.pk}), {"name": name})


def test_a_wrong_name_anonymises_nothing(client, staff, subject):
    client.force_login(staff)
    response = anonymise(client, subject, "Li Wong")
    assert response.status_code == 400
    assert "not the person" in response.content.decode()
    assert Person.objects.get(pk=subject.pk).email == EMAIL


def test_after_anonymising_nothing_of_the_person_is_left_anywhere(client, staff, subject, world):
    assert leaks(everything_in_the_database())  # the search finds them before
    client.force_login(staff)
    response = anonymise(client, subject, "  li wang (王丽) ")
    assert response.status_code == 302
    assert leaks(everything_in_the_database()) == []
    person = Person.objects.get(pk=subject.pk)
    assert person.display_name == "Representative of City government"
    assert person.anonymised_at and person.do_not_contact
    assert person.organisation == world["counterpart"]
    # Meetings, leads and agreements keep their non-personal facts.
    meeting = Meeting.objects.get(pk=world["meeting"].pk)
    assert list(meeting.counterpart_persons.all()) == [person]
    assert meeting.internal_notes.startswith("[anonymised] ([anonymised]) asked for a follow-up")
    assert Lead.objects.get(pk=world["lead_a"].pk).counterpart_person == person
    assert world["agreement_a"].__class__.objects.filter(pk=world["agreement_a"].pk).exists()
    # Logged without the personal data.
    entry = LogEntry.objects.filter(object_id=str(person.pk)).order_by("-pk").first()
    assert (entry.object_repr, entry.change_message) == (
        f"#{person.pk}",
        "Anonymised (GDPR article 17)",
    )
    # Irreversible: the history holds nothing to restore.
    assert {row.email for row in person.history.all()} == {""}


def test_after_anonymising_no_export_holds_the_person(client, staff, subject, world, company_a):
    client.force_login(staff)
    anonymise(client, subject, "Li Wang")
    slug = world["published"].slug
    _link, token = host_report_link_create(
        trip=world["published"], host=world["counterpart"], created_by=None, valid_days=7
    )
    staff_urls = [
        reverse("contacts:export_csv"),
        reverse("contacts:export_vcard"),
        reverse("results:dashboard_csv"),
        reverse("results:host_report_csv", kwargs={"slug": slug, "host_slug": "city-government"}),
        reverse("privacy:record_json", kwargs={"pk": subject.pk}),
    ]
    company_urls = [
        reverse("my:contacts_csv", kwargs={"slug": slug}),
        reverse("my:contacts_vcf", kwargs={"slug": slug}),
        reverse("my:trip", kwargs={"slug": slug}),
    ]
    bodies = []
    for who, urls in ((staff, staff_urls), (company_a, company_urls)):
        client.force_login(who)
        for url in urls:
            response = client.get(url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            bodies.append((url, body.decode("utf-8", "replace")))
    bodies.append(
        ("share", client.get(reverse("share:host_report", args=[token])).content.decode())
    )
    assert leaks(bodies) == []
    assert any("Representative of City government" in body for _u, body in bodies)


def test_anonymising_needs_the_delete_permission(client, subject, db):
    from django.contrib.auth.models import Permission

    viewer = f.UserFactory(username="viewer", is_staff=True)
    viewer.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_person", "change_person"])
    )
    client.force_login(viewer)
    assert anonymise(client, subject, "Li Wang").status_code == 403
    assert Person.objects.get(pk=subject.pk).anonymised_at is None


# --- Stale data from cron ---------------------------------------------------------------------


def make_old(person, days):
    then = timezone.now() - dt.timedelta(days=days)
    Person.objects.filter(pk=person.pk).update(created_at=then, updated_at=then)
    person.history.update(history_date=then)


def test_anonymise_stale_lists_then_anonymises_only_the_stale(world, capsys):
    stale = f.PersonFactory(given_name="Old", family_name="Contact", email="old@example.org")
    make_old(stale, 800)
    met = world["person"]  # met on a trip this year
    make_old(met, 800)
    recent = f.PersonFactory(given_name="New", family_name="Contact")

    call_command("anonymise_stale", "--older-than", "730", "--dry-run")
    out = capsys.readouterr().out
    assert f"person #{stale.pk}" in out and "Would anonymise 1 people" in out
    assert "Old" not in out and "old@example.org" not in out  # cron mail carries no names
    assert Person.objects.get(pk=stale.pk).email == "old@example.org"

    call_command("anonymise_stale", "--older-than", "730")
    assert Person.objects.get(pk=stale.pk).anonymised_at is not None
    assert Person.objects.get(pk=stale.pk).email == ""
    assert Person.objects.get(pk=met.pk).anonymised_at is None
    assert Person.objects.get(pk=recent.pk).anonymised_at is None
    capsys.readouterr()
    call_command("anonymise_stale", "--older-than", "730")
    assert "Anonymising 0 people" in capsys.readouterr().out


# --- Change history ---------------------------------------------------------------------------


def test_leads_needs_matches_participations_and_logins_keep_a_history(world, staff, company_a):
    lead = world["lead_a"]
    lead.next_step = "Visit again"
    lead.save()
    assert [row.next_step for row in lead.history.order_by("history_id")][-1] == "Visit again"
    for model in (Lead, Need, Match, Participation, Membership):
        assert model.history.exists() or model.objects.exists()
        row = model.objects.first()
        row.save()
        assert model.history.filter(id=row.pk).exists(), model
    membership = Membership.objects.get(user=company_a)
    before = membership.history.count()
    membership.organisation = world["counterpart"]
    membership.save()
    assert membership.history.count() == before + 1
    assert (
        membership.history.earliest().organisation
        == world["published"].participations.get().company
    )


def test_the_record_lists_the_business_cards_and_phone_notes_that_name_the_person(
    client, staff, subject, world
):
    from trips.models import CardCapture, MeetingNote

    meeting = world["meeting"]
    CardCapture.objects.create(
        trip=meeting.trip,
        meeting=meeting,
        front="cards/front.jpg",
        lines=[["王丽", 30], ["Vice mayor", 12]],
        person=subject,
        status=CardCapture.Status.SAVED,
    )
    note = MeetingNote.objects.create(meeting=meeting, text="Wants a pilot in the spring.")
    note.people_met.add(subject)
    client.force_login(staff)
    data = json.loads(client.get(reverse("privacy:record_json", kwargs={"pk": subject.pk})).content)
    assert [c["text_read"] for c in data["business_cards"]] == [["王丽", "Vice mayor"]]
    assert [n["notes"] for n in data["meeting_notes"]] == ["Wants a pilot in the spring."]
    page = client.get(reverse("privacy:record", kwargs={"pk": subject.pk})).content.decode()
    assert "Wants a pilot in the spring." in page and "王丽 / Vice mayor" in page
