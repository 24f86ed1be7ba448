"""Notes sent from a phone: saved once per idempotency key, only to meetings the sender may
write to, with clear answers when something is wrong."""

import json
import uuid

import pytest
from django.urls import reverse

from tests import factories as f
from trips.models import DeviceSubmission, Lead, MeetingNote, MeetingPerson

pytestmark = pytest.mark.django_db


def _post(client, meeting, payload, slug=None):
    url = reverse("field:note", kwargs={"slug": slug or meeting.trip.slug, "pk": meeting.pk})
    return client.post(url, json.dumps(payload), content_type="application/json")


def _notes(world, **extra):
    return {
        "key": str(uuid.uuid4()),
        "text": "Rizhao wants a wastewater pilot.",
        "people": [str(world["person"].pk)],
        "lead_counterpart": str(world["counterpart"].pk),
        "lead_next_step": "Send the reference plant description",
        **extra,
    }


def test_the_same_key_twice_saves_one_note_and_one_lead(client, company_a, company_a_org, world):
    client.force_login(company_a)
    payload = _notes(world)
    leads_before = Lead.objects.count()

    first = _post(client, world["meeting"], payload)
    again = _post(client, world["meeting"], payload)

    assert first.status_code == 201, first.content
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert first["Idempotent-Replayed"] == "false"
    note = MeetingNote.objects.get()
    assert note.text == "Rizhao wants a wastewater pilot."
    assert note.company == company_a_org and note.author == company_a
    assert list(note.people_met.all()) == [world["person"]]
    assert Lead.objects.count() == leads_before + 1
    lead = Lead.objects.get(pk=first.json()["lead"])
    assert (lead.company, lead.counterpart, lead.meeting) == (
        company_a_org,
        world["counterpart"],
        world["meeting"],
    )
    assert lead.next_step == "Send the reference plant description"
    assert DeviceSubmission.objects.filter(key=payload["key"]).count() == 1


def test_two_keys_are_two_notes(client, company_a, world):
    client.force_login(company_a)
    _post(client, world["meeting"], _notes(world))
    _post(client, world["meeting"], _notes(world, lead_counterpart="", lead_next_step=""))
    assert MeetingNote.objects.count() == 2


def test_a_company_cannot_write_to_another_companys_meeting(client, company_b, world):
    client.force_login(company_b)
    response = _post(client, world["meeting"], _notes(world))
    assert response.status_code == 404
    # nor through its own trip's address
    response = _post(client, world["meeting"], _notes(world), slug=world["unpublished"].slug)
    assert response.status_code == 404
    assert not MeetingNote.objects.exists()


def test_a_company_cannot_write_to_a_meeting_it_did_not_attend(client, company_a, world):
    other = f.MeetingFactory(trip=world["published"], title="Staff only meeting")
    client.force_login(company_a)
    assert _post(client, other, _notes(world)).status_code == 404
    assert not MeetingNote.objects.exists()


def test_a_key_used_by_someone_else_is_refused(client, company_a, company_a_org, staff, world):
    client.force_login(company_a)
    payload = _notes(world)
    _post(client, world["meeting"], payload)
    client.force_login(staff)
    response = _post(client, world["meeting"], {**payload, "lead_company": company_a_org.pk})
    assert response.status_code == 409
    assert "idempotency key" in response.json()["message"]
    assert MeetingNote.objects.count() == 1


def test_someone_met_is_added_by_name_and_title(client, company_a, world):
    client.force_login(company_a)
    payload = _notes(
        world,
        new_person_name="张伟",
        new_person_title="Director of Water Affairs",
        new_person_organisation=str(world["counterpart"].pk),
        lead_counterpart="",
        lead_next_step="",
    )
    response = _post(client, world["meeting"], payload)
    assert response.status_code == 201, response.content
    added = world["meeting"].counterpart_persons.get(native_name="张伟")
    assert added.title == "Director of Water Affairs"
    assert added.organisation == world["counterpart"]
    assert MeetingPerson.objects.filter(meeting=world["meeting"]).count() == 2
    assert set(MeetingNote.objects.get().people_met.all()) == {world["person"], added}


def test_staff_choose_whose_lead_it_is(client, staff, company_a_org, world):
    client.force_login(staff)
    response = _post(client, world["meeting"], _notes(world))
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "lead_company": ["Choose the company that follows the lead up."]
    }
    response = _post(client, world["meeting"], _notes(world, lead_company=company_a_org.pk))
    assert response.status_code == 201
    note = MeetingNote.objects.get()
    assert note.company is None and note.author == staff


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"key": ""}, "key", "The request has no idempotency key."),
        ({"key": "not-a-uuid"}, "key", "The idempotency key is not a UUID."),
        ({"people": ["999999"]}, "people", "Select a valid choice."),
        (
            {"lead_counterpart": ""},
            "lead_counterpart",
            "Choose the organisation the lead is with.",
        ),
        (
            {"text": "", "people": [], "lead_counterpart": "", "lead_next_step": ""},
            "__all__",
            "Write a note, tick a person met or record a lead before saving.",
        ),
    ],
)
def test_bad_input_gets_a_clear_answer_and_changes_nothing(
    client, company_a, world, change, field, message
):
    client.force_login(company_a)
    leads_before = Lead.objects.count()
    response = _post(client, world["meeting"], _notes(world, **change))
    assert response.status_code == 400
    body = response.json()
    assert body["saved"] is False
    assert any(message in text for text in body["errors"][field]), body
    assert not MeetingNote.objects.exists() and not DeviceSubmission.objects.exists()
    assert Lead.objects.count() == leads_before


def test_not_json_is_refused(client, company_a, world):
    client.force_login(company_a)
    url = reverse("field:note", kwargs={"slug": world["published"].slug, "pk": world["meeting"].pk})
    response = client.post(url, "text=hello", content_type="text/plain")
    assert response.status_code == 400
    assert response.json()["message"] == "The request is not a JSON object."


def test_the_endpoint_wants_the_csrf_token(company_a, world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(company_a)
    response = _post(client, world["meeting"], _notes(world))
    assert response.status_code == 403
    client.get(reverse("field:day", kwargs={"slug": world["published"].slug}))
    token = client.cookies["csrftoken"].value
    url = reverse("field:note", kwargs={"slug": world["published"].slug, "pk": world["meeting"].pk})
    response = client.post(
        url, json.dumps(_notes(world)), content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 201


def test_one_person_ticked_may_come_as_a_single_value(client, company_a, world):
    client.force_login(company_a)
    response = _post(client, world["meeting"], _notes(world, people=str(world["person"].pk)))
    assert response.status_code == 201, response.content
    assert list(MeetingNote.objects.get().people_met.all()) == [world["person"]]


def test_a_retry_gets_its_first_answer_even_after_the_meeting_changed(client, company_a, world):
    client.force_login(company_a)
    payload = _notes(world, lead_counterpart="", lead_next_step="")
    first = _post(client, world["meeting"], payload)
    world["meeting"].person_links.all().delete()  # the ticked person is no longer listed
    again = _post(client, world["meeting"], payload)
    assert again.status_code == 201 and again.json() == first.json()
    assert MeetingNote.objects.count() == 1


def test_a_lead_from_the_phone_shows_on_the_company_trip_page(client, company_a, world):
    client.force_login(company_a)
    page = reverse("my:trip", kwargs={"slug": world["published"].slug})
    assert "Send the reference plant description" not in client.get(page).content.decode()
    assert _post(client, world["meeting"], _notes(world)).status_code == 201
    assert "Send the reference plant description" in client.get(page).content.decode()
