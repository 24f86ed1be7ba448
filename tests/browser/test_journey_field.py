"""Journey: a delegate takes meeting notes on the phone without network. The day's programme is
opened once online (the service worker keeps it); offline, notes with a lead are saved and more
notes are typed but not saved; the tab is closed and opened again, still offline: the programme
comes from the phone, the waiting notes and the draft are still there. Back online, everything
is sent, and the server has each note and the lead exactly once, also after a reload."""

import pytest
from playwright.sync_api import expect

from trips.demo import TRIP_SLUG
from trips.models import Lead, Meeting, MeetingNote

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
DELEGATE = "demo-hirsitalo-pohjola"
KEPT = "saved on this phone for use without network"


def _meeting_of(username):
    return (
        Meeting.objects.filter(
            trip__slug=TRIP_SLUG, attendee_links__company__memberships__user__username=username
        )
        .order_by("date", "start_time", "pk")
        .first()
    )


def _sent(page, count):
    expect(page.locator("#field-outbox .field-entry-sent")).to_have_count(count)


@pytest.mark.parametrize("screen", ["phone"])
def test_notes_taken_offline_are_sent_once(visitor, story, screen):
    meeting = _meeting_of(DELEGATE)
    day = f"/field/trips/{TRIP_SLUG}/?day={meeting.date.isoformat()}"
    phone = visitor("delegate")
    phone.log_in(DELEGATE)
    phone.goto("/field/", check="home")
    with phone.page.expect_navigation():
        phone.page.locator(f"main a[href='/field/trips/{TRIP_SLUG}/']").click()
    assert phone.path == f"/field/trips/{TRIP_SLUG}/"
    phone.goto(day)
    phone.page.get_by_text(KEPT).wait_for()  # the service worker kept the trip's days
    phone.check("day")

    phone.context.set_offline(True)
    notes = phone.page.locator(f"#notes-{meeting.pk}")
    phone.page.get_by_role("button", name=f"Notes – {meeting.title}").click()
    notes.get_by_label("Internal notes").fill("Offline note: they want a pilot in Rizhao.")
    notes.get_by_role("checkbox").first.check()
    notes.get_by_label("Lead with").select_option(index=1)
    notes.get_by_label("Next step").fill("Send the pilot proposal offline-1")
    notes.get_by_role("button", name="Save notes").click()
    outbox = phone.page.locator("#field-outbox")
    outbox.get_by_text("Waiting to be sent").wait_for()
    assert "Offline: notes stay on this phone" in phone.text("#field-network")

    # typed, not saved, and the tab is closed
    notes.get_by_label("Internal notes").fill("Second thought, typed offline.")
    phone.page.get_by_text("Draft kept on this phone.").wait_for()
    phone.reopen()

    phone.goto(day)  # offline: the kept copy answers
    notes = phone.page.locator(f"#notes-{meeting.pk}")
    expect(notes.get_by_label("Internal notes")).to_have_value("Second thought, typed offline.")
    expect(phone.page.locator("#field-outbox .field-entry-waiting")).to_have_count(1)
    notes.get_by_role("button", name="Save notes").click()
    expect(phone.page.locator("#field-outbox .field-entry-waiting")).to_have_count(2)
    assert MeetingNote.objects.count() == 0  # nothing left the phone yet

    phone.context.set_offline(False)
    _sent(phone.page, 2)
    # offline, the browser's own fetches (the service worker's update check) fail: expected
    phone.problems = [p for p in phone.problems if "net::ERR_" not in p]
    phone.page.reload()
    _sent(phone.page, 2)
    phone.check("sent")

    texts = sorted(MeetingNote.objects.filter(meeting=meeting).values_list("text", flat=True))
    assert texts == ["Offline note: they want a pilot in Rizhao.", "Second thought, typed offline."]
    leads = Lead.objects.filter(next_step="Send the pilot proposal offline-1")
    assert leads.count() == 1
    assert leads.get().meeting == meeting
