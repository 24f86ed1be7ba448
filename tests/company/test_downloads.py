"""A company's downloads from its trip page: contacts as CSV and vCard, itinerary as iCalendar."""

import csv
import io

import pytest
import vobject
from django.urls import reverse
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def download(client, user, name, trip, **params):
    client.force_login(user)
    response = client.get(reverse(f"my:{name}", kwargs={"slug": trip.slug}), params)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_contacts_csv_holds_the_people_my_company_met_with_their_details(client, company_a, shared):
    response, body = download(client, company_a, "contacts_csv", shared["trip"])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="shared-trip-contacts.csv"' in response["Content-Disposition"]
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [
        "Name",
        "Name in native script",
        "Title or role",
        "Organisation",
        "Organisation in native script",
        "E-mail",
        "Phone",
        "Messaging ID",
        "Met in",
    ]
    by_email = {row[5]: row for row in rows[1:]}
    assert set(by_email) == {"only-a@bureau.example", "both@bureau.example"}
    only_a = by_email["only-a@bureau.example"]
    assert only_a[0] == "Only-A Person" and only_a[3] == "ONLY-A Bureau"
    # the one CSV writer guards "+" as a formula start; its unescape_cell reads it back
    assert only_a[6] == "'+86 138 0000 0123" and only_a[7] == "wechat-only-a"
    assert only_a[8] == "ONLY-A meeting"


def test_contacts_csv_never_holds_company_bs_contacts_notes_or_do_not_contact_people(
    client, company_a, shared
):
    _, body = download(client, company_a, "contacts_csv", shared["trip"])
    text = body.decode("utf-8-sig")
    for secret in ("ONLY-B", "only-b@", "PERSON NOTE", "INTERNAL NOTE", "shy@bureau.example"):
        assert secret not in text, secret


def test_contacts_csv_cells_cannot_run_as_formulas(client, company_a, shared):
    person = shared["person_a"]
    person.title = '=HYPERLINK("http://evil.example","click")'
    person.save()
    _, body = download(client, company_a, "contacts_csv", shared["trip"], delimiter="semicolon")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    titles = {row[2] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example","click")' in titles


def test_contacts_vcard_has_one_card_per_contact_with_name_org_and_details(
    client, company_a, shared
):
    response, body = download(client, company_a, "contacts_vcf", shared["trip"])
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="shared-trip-contacts.vcf"' in response["Content-Disposition"]
    cards = {card.fn.value: card for card in vobject.readComponents(body.decode("utf-8"))}
    assert set(cards) == {"Only-A Person", "Both Person"}
    card = cards["Only-A Person"]
    assert card.email.value == "only-a@bureau.example"
    assert card.tel.value == "+86 138 0000 0123"
    assert card.org.value == ["ONLY-A Bureau"]
    assert "wechat-only-a" in card.note.value and "ONLY-A meeting" in card.note.value
    assert b"ONLY-B" not in body and b"PERSON NOTE" not in body and b"shy@" not in body


def test_itinerary_calendar_has_visits_and_my_meetings_in_local_time(client, company_a, shared):
    response, body = download(client, company_a, "itinerary_ics", shared["trip"])
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="shared-trip.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(body)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Day one", "ONLY-A meeting", "BOTH meeting"}
    meeting = events["ONLY-A meeting"]
    start = meeting.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 0, "Asia/Shanghai")
    assert "TZID=Asia/Shanghai:20260316T100000" in body.decode()
    assert meeting.decoded("dtend").hour == 11
    assert "Weifang" in str(meeting["location"])
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert b"INTERNAL NOTE" not in body and b"ONLY-B" not in body


def test_a_visit_without_times_is_an_all_day_entry(client, company_a, shared):
    visit = shared["trip"].visits.get()
    visit.start_time = visit.end_time = None
    visit.save()
    _, body = download(client, company_a, "itinerary_ics", shared["trip"])
    assert "DTSTART;VALUE=DATE:20260316" in body.decode()
