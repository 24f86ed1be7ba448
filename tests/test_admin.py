"""Project staff work in the admin without being superusers; nobody else gets in."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from contacts.models import Organisation
from trips.models import Trip

pytestmark = pytest.mark.django_db

# Logs the application writes (contact exports, merges, invitations to log in) are read-only in
# the admin and absent from the demo story; tests/contacts/test_merge.py and
# tests/contacts/test_invitations*.py open their admin pages.
APP_WRITTEN_LOGS = {"contacts.ExportLog", "contacts.MergeRecord", "contacts.Invitation"}
OUR_MODELS = sorted(
    (
        model
        for model in admin.site._registry
        if model._meta.app_label in ("trips", "contacts")
        and model._meta.label not in APP_WRITTEN_LOGS
    ),
    key=lambda model: model._meta.label,
)


# The inline formsets of the trip's admin page, by prefix.
TRIP_INLINES = (
    "call",
    "organiser_links",
    "participations",
    "visits",
    "meetings",
    "needs",
    "recognitions",
    "practical_notes",
)


def empty_inlines(prefixes):
    """The management form data of inline formsets posted with no rows."""
    data = {}
    for prefix in prefixes:
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    return data


def admin_url(model, page, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda model: model._meta.label)
def test_project_staff_can_open_every_list_add_and_change_page(client, demo, staff, model):
    assert not staff.is_superuser
    client.force_login(staff)
    obj = model.objects.order_by("pk").first()
    assert obj is not None, f"the demo story has no {model._meta.verbose_name}"
    changelist = client.get(admin_url(model, "changelist"))
    assert changelist.status_code == 200
    assert changelist.context["cl"].result_count >= 1
    # Search works on every list, including names in native script.
    assert client.get(admin_url(model, "changelist"), {"q": "日照"}).status_code == 200
    change = client.get(admin_url(model, "change", obj.pk))
    assert change.status_code == 200
    if model._meta.model_name in ("membership", "application"):
        # staff see company logins but do not hand them out; applications come from the
        # public call page, and staff decide on them on the review page
        return
    assert client.get(admin_url(model, "add")).status_code == 200


def test_admin_search_finds_organisations_by_native_name(client, demo, staff):
    client.force_login(staff)
    response = client.get(admin_url(Organisation, "changelist"), {"q": "日照市人民政府"})
    assert [o.slug for o in response.context["cl"].result_list] == ["rizhao-government"]


def test_trip_page_shows_its_inlines(client, demo, staff):
    client.force_login(staff)
    trip = Trip.objects.get(slug="smart-city-delegation-shandong")
    response = client.get(admin_url(Trip, "change", trip.pk))
    content = response.content.decode()
    for text in (
        "Puhdas Vesi Oy",
        "Food Valley management",
        "Wooden house construction",
        "Diploma for cooperation",
        "Posintra Oy",
    ):
        assert text in content


def test_every_label_of_the_trip_page_names_a_control_a_screen_reader_can_reach(
    client, demo, staff
):
    """A label pointing at a <div> (a group of checkboxes) or a hidden input names nothing."""
    client.force_login(staff)
    trip = Trip.objects.get(slug="smart-city-delegation-shandong")
    for url in (admin_url(Trip, "add"), admin_url(Trip, "change", trip.pk)):
        content = client.get(url).content.decode()
        targets = re.findall(r'<label[^>]*\bfor="([^"]+)"', content)
        assert targets
        for target in targets:
            control = re.search(rf'<(\w+)[^>]*\bid="{re.escape(target)}"[^>]*>', content)
            assert control, f"label for {target}: no such element"
            assert control.group(1) in ("input", "select", "textarea"), (target, control.group(0))
            assert 'type="hidden"' not in control.group(0), target
    assert "Delegates attending</span>" in content  # the checkbox group keeps its name


def test_staff_can_add_a_trip_and_publish_it(client, staff):
    from tests.factories import ProgrammeFactory

    client.force_login(staff)
    programme = ProgrammeFactory()
    data = {
        "programme": programme.pk,
        "title_en": "Delegation to Qingdao",  # one field per language (trips/translation.py)
        "language": "en",
        "slug": "qingdao",
        "status": "planned",
        "start_date": "2027-05-10",
        "end_date": "2027-05-14",
        "time_zone": "Asia/Shanghai",
        "destination_country": "CN",
        "destination_region": "Shandong",
        "is_published": "on",
    }
    data |= empty_inlines(TRIP_INLINES)
    response = client.post(admin_url(Trip, "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    trip = Trip.objects.get(slug="qingdao")
    assert trip.is_published and trip.published_at is not None


def test_admin_shows_a_form_error_for_a_trip_ending_before_it_starts(client, staff):
    from tests.factories import TripFactory

    trip = TripFactory()
    client.force_login(staff)
    response = client.get(admin_url(Trip, "change", trip.pk))
    form = response.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data |= {"start_date": "2026-03-20", "end_date": "2026-03-10", "programme": trip.programme_id}
    data |= empty_inlines(TRIP_INLINES)
    response = client.post(admin_url(Trip, "change", trip.pk), data)
    assert response.status_code == 200
    assert "cannot end before it starts" in response.content.decode()
    trip.refresh_from_db()
    assert str(trip.end_date) == "2026-03-20"


@pytest.mark.parametrize("persona_name", ["anonymous", "company_a"])
def test_anonymous_and_company_users_are_kept_out_of_the_admin(persona, persona_name):
    client = persona(persona_name)
    for url in (
        reverse("admin:index"),
        admin_url(Trip, "changelist"),
        admin_url(Organisation, "changelist"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_the_group_see_no_models(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True))
    assert client.get(admin_url(Trip, "changelist")).status_code == 403


def test_publishing_and_withdrawing_from_the_list_keeps_history(client, staff):
    from tests.factories import TripFactory

    trip = TripFactory(is_published=False, published_at=None)
    client.force_login(staff)
    url = admin_url(Trip, "changelist")
    client.post(url, {"action": "publish", "_selected_action": [trip.pk]})
    trip.refresh_from_db()
    assert trip.is_published and trip.published_at is not None
    first_published = trip.published_at
    client.post(url, {"action": "unpublish", "_selected_action": [trip.pk]})
    trip.refresh_from_db()
    assert not trip.is_published
    assert [h.is_published for h in trip.history.all()[:2]] == [False, True]
    client.post(url, {"action": "publish", "_selected_action": [trip.pk]})
    trip.refresh_from_db()
    assert trip.published_at == first_published


def test_attending_company_autocomplete_offers_participant_companies_only(client, demo, staff):
    client.force_login(staff)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "trips", "model_name": "meetingattendee", "field_name": "company"},
    )
    names = {result["text"] for result in response.json()["results"]}
    assert "Puhdas Vesi Oy" in names
    assert not any("Government" in name or "Posintra" in name for name in names)
