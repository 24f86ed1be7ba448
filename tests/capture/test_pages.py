"""Business card -> contact, as a delegate and as staff: photo, reading, review, save."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from contacts.models import Organisation, Person
from tests import factories as f
from tests.capture.conftest import card_jpeg
from trips.cards.jobs import read_card
from trips.models import CardCapture


def upload(client, slug, data=None, **extra):
    files = {"front": SimpleUploadedFile("IMG_0001.jpg", card_jpeg(1, "zh"), "image/jpeg")}
    files.update(extra)
    return client.post(reverse("cards:add", kwargs={"slug": slug}), {**files, **(data or {})})


@pytest.fixture
def delegate(client, world, company_a):
    client.force_login(company_a)
    return client


def read(capture_pk):
    read_card.call(capture_pk)
    return CardCapture.objects.get(pk=capture_pk)


def test_the_add_page_opens_the_camera(delegate, world):
    response = delegate.get(reverse("cards:add", kwargs={"slug": "published-trip"}))
    html = response.content.decode()
    assert 'accept="image/*"' in html and 'capture="environment"' in html
    assert world["meeting"].title in html  # the meetings of the trip to choose from


def test_a_delegate_captures_reviews_and_saves_a_card(
    delegate, world, company_a_org, fake_ocr, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = upload(
            delegate, "published-trip", {"meeting": world["meeting"].pk},
            back=SimpleUploadedFile("IMG_0002.jpg", card_jpeg(1, "en"), "image/jpeg"),
        )  # fmt: skip
    capture = CardCapture.objects.get()
    assert response.url == reverse("cards:capture", kwargs={"pk": capture.pk})
    assert len(queued) == 1  # the reading is a background job, queued after the commit
    assert capture.company == company_a_org and capture.back
    assert "Reading the card" in delegate.get(response.url).content.decode()

    capture = read(capture.pk)
    assert capture.status == "read"
    page = delegate.get(response.url).content.decode()
    assert 'value="王丽"' in page and 'value="wangli@rzcommerce.example.cn"' in page
    assert "Read: 邮箱:wangli@rzcommerce.example.cn" in page  # the text it came from

    form = {
        "native_name": "王丽", "family_name": "Wang", "given_name": "Li",
        "title": "Deputy Director General", "organisation": "Rizhao Municipal Bureau of Commerce",
        "organisation_native": "日照市商务局", "mobile": "+8613806331234",
        "office": "+866338765432", "email": "wangli@rzcommerce.example.cn", "wechat": "wangli_rz",
        "website": "www.rzcommerce.example.cn", "address": "No. 88 Haiqu Middle Road, Rizhao",
        "meeting": world["meeting"].pk, "same_as": "new",
    }  # fmt: skip
    assert delegate.post(response.url, form).status_code == 302
    person = Person.objects.get(email="wangli@rzcommerce.example.cn")
    assert (person.native_name, person.family_name, str(person.phone)) == (
        "王丽", "Wang", "+8613806331234",
    )  # fmt: skip
    assert person.messaging_id == "wangli_rz" and "+866338765432" in person.notes
    assert person.organisation.native_name == "日照市商务局"
    assert person.organisation.website == "https://www.rzcommerce.example.cn"
    assert world["meeting"].counterpart_persons.filter(pk=person.pk).exists()
    assert world["meeting"].counterpart_organisations.filter(pk=person.organisation.pk).exists()
    saved = delegate.get(response.url).content.decode()
    assert "Card saved" in saved and "Meeting with the city" in saved


def test_an_organisation_is_found_by_its_chinese_name(staff_client, world, fake_ocr):
    capture = CardCapture.objects.create(trip=world["published"], front="x.jpg", status="read")
    form = {"native_name": "赵敏", "organisation_native": "城市政府", "same_as": "new"}
    staff_client.post(reverse("cards:capture", kwargs={"pk": capture.pk}), form)
    assert Person.objects.get(native_name="赵敏").organisation == world["counterpart"]
    assert Organisation.objects.filter(native_name="城市政府").count() == 1


def test_someone_already_in_the_directory_is_offered_and_completed_not_doubled(staff_client, world):
    known = world["person"]  # 王丽, wang.li@city.example, no title
    proposal = {"native_name": {"value": "王丽", "source": "王丽"}}
    capture = CardCapture.objects.create(
        trip=world["published"], front="x.jpg", status="read", proposal=proposal
    )
    url = reverse("cards:capture", kwargs={"pk": capture.pk})
    page = staff_client.get(url).content.decode()
    assert "Is this someone already in the directory?" in page and "Wang" in page
    people = Person.objects.count()
    staff_client.post(url, {"native_name": "王丽", "title": "Deputy Director",
                            "email": "other@city.example", "same_as": str(known.pk)})  # fmt: skip
    assert Person.objects.count() == people
    known.refresh_from_db()
    assert known.title == "Deputy Director"  # was empty: completed
    assert known.email == "wang.li@city.example"  # kept; the card's goes into the notes
    assert "other@city.example" in known.notes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4 not a picture", "This file is not a photo."),
        (b"\x89PNG\r\n\x1a\n broken", "This file is not a photo."),
    ],
)
def test_a_file_that_is_not_a_picture_is_refused(delegate, world, content, message):
    response = upload(delegate, "published-trip", front=SimpleUploadedFile("x.jpg", content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CardCapture.objects.exists()


def test_a_photo_too_large_is_refused(delegate, world, settings):
    settings.CARD_IMAGE_MAX_BYTES = 1024
    response = upload(delegate, "published-trip")
    assert "The photo is too large" in response.content.decode()
    assert not CardCapture.objects.exists()


def test_a_card_without_text_asks_to_type_it_in(
    delegate, world, fake_ocr, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    fake_ocr.lines = []
    with django_capture_on_commit_callbacks(execute=True):
        upload(delegate, "published-trip")
    job = DBTaskResult.objects.get(task_path=read_card.module_path)
    assert job.args_kwargs["args"] == [CardCapture.objects.get().pk]  # waits for db_worker
    capture = read(CardCapture.objects.get().pk)
    assert capture.status == "no_text"
    page = delegate.get(reverse("cards:capture", kwargs={"pk": capture.pk})).content.decode()
    assert "No text found - type it in." in page
    response = delegate.post(
        reverse("cards:capture", kwargs={"pk": capture.pk}), {"same_as": "new"}
    )
    assert "Give the person a name" in response.content.decode()


def test_the_stored_photo_is_a_jpeg_without_metadata(delegate, world):
    upload(delegate, "published-trip")
    capture = CardCapture.objects.get()
    response = delegate.get(reverse("cards:image", kwargs={"pk": capture.pk, "side": "front"}))
    body = b"".join(response.streaming_content)
    assert response["Content-Type"] == "image/jpeg" and body.startswith(b"\xff\xd8")
    assert b"Exif" not in body
    assert "private" in response["Cache-Control"]
    assert not capture.front.name.startswith("/") and "IMG_0001" not in capture.front.name


def test_a_company_sees_only_its_own_captures(client, world, company_a, company_b, fake_ocr):
    client.force_login(company_a)
    upload(client, "published-trip")
    other_trip = world["unpublished"]
    client.force_login(company_b)
    upload(client, other_trip.slug)
    page = client.get(reverse("cards:add", kwargs={"slug": other_trip.slug})).content.decode()
    mine, theirs = (
        CardCapture.objects.get(company__slug="beta"),
        CardCapture.objects.get(company__slug="alpha"),
    )
    assert reverse("cards:capture", kwargs={"pk": mine.pk}) in page
    assert client.get(reverse("cards:capture", kwargs={"pk": theirs.pk})).status_code == 404


def test_anonymising_the_person_deletes_the_card(staff, world, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    from contacts.privacy.anonymise import person_anonymise

    capture = CardCapture(trip=world["published"], person=world["person"], status="saved")
    capture.front.save("card.jpg", ContentFile(card_jpeg()), save=False)
    capture.save()
    storage, name = capture.front.storage, capture.front.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        person_anonymise(person=world["person"], user=staff)
    assert not CardCapture.objects.exists()
    assert not storage.exists(name)


def test_a_company_is_offered_only_people_it_has_met(delegate, world, company_a_org):
    stranger = f.PersonFactory(native_name="王丽", given_name="Li", family_name="Wang")
    proposal = {"native_name": {"value": "王丽", "source": "王丽"}}
    capture = CardCapture.objects.create(
        trip=world["published"], company=company_a_org, front="x.jpg", status="read",
        proposal=proposal,
    )  # fmt: skip
    page = delegate.get(reverse("cards:capture", kwargs={"pk": capture.pk})).content.decode()
    assert f'value="{world["person"].pk}"' in page  # met at A's meeting
    assert f'value="{stranger.pk}"' not in page  # elsewhere in the directory
