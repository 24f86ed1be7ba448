"""Staff review: the list with its filters, comment and score, and the decisions, which write
the participation and its delegates, keep to the number of places and move the wait-list up."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contacts.models import Organisation, Person
from tests import factories as f
from trips.models import Application, Participation

pytestmark = pytest.mark.django_db
Status = Application.Status


@pytest.fixture
def call():
    return f.CallFactory(trip__slug="almaty", trip__title="Almaty trip", places=2)


def apply(call, name, country="FI", **fields):
    application = f.ApplicationFactory(call=call, company_name=name, country=country, **fields)
    f.ApplicationDelegateFactory(
        application=application, given_name="Aino", family_name=name.split()[0]
    )
    return application


def decide(client, application, decision):
    return client.post(
        reverse("applications:decide", kwargs={"pk": application.pk, "decision": decision}),
        follow=True,
    )


def list_url(call, **params):
    return reverse("applications:list", kwargs={"slug": call.trip.slug}), params


def test_accepting_creates_the_participation_and_its_delegates(staff_client, call):
    water = f.SectorFactory(slug="water")
    application = apply(call, "Uusi Vesi Oy", website="https://uusivesi.example")
    application.sectors.add(water)
    response = decide(staff_client, application, "accept")
    assert "Uusi Vesi Oy is accepted" in response.content.decode()
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED
    company = Organisation.objects.get(name="Uusi Vesi Oy")
    assert company.kind == Organisation.Kind.PARTICIPANT and list(company.sectors.all()) == [water]
    participation = Participation.objects.get(trip=call.trip, company=company)
    assert application.participation == participation
    person = Person.objects.get(organisation=company)
    assert list(participation.delegates.all()) == [person]
    assert person.lawful_basis == Person.LawfulBasis.CONSENT
    assert [m.subject for m in mail.outbox] == ["Welcome to Almaty trip"]


def test_an_accepted_company_already_in_the_directory_is_linked_not_created(staff_client, call):
    existing = f.CompanyFactory(name="Vanha Oy", country="FI")
    person = f.PersonFactory(organisation=existing, given_name="Aino", family_name="Vanha")
    application = apply(call, "vanha oy")
    decide(staff_client, application, "accept")
    assert Organisation.objects.filter(name__iexact="vanha oy").count() == 1
    participation = Participation.objects.get(company=existing)
    assert list(participation.delegates.all()) == [person]


def test_accepting_keeps_the_business_id_on_the_directory_record(staff_client, call):
    existing = f.CompanyFactory(name="Vanha Oy", country="FI")
    decide(staff_client, apply(call, "Vanha Oy", business_id="fi 7654321-0"), "accept")
    decide(staff_client, apply(call, "Uusi Oy", business_id="1111111-1"), "accept")
    existing.refresh_from_db()
    assert existing.business_id == "FI 7654321-0"
    assert Organisation.objects.get(name="Uusi Oy").business_id == "1111111-1"


def test_the_number_of_places_is_enforced(staff_client, call):
    first, second, third = (apply(call, name) for name in ("One Oy", "Two Oy", "Three Oy"))
    decide(staff_client, first, "accept")
    decide(staff_client, second, "accept")
    response = decide(staff_client, third, "accept")
    assert "All 2 places are taken" in response.content.decode()
    third.refresh_from_db()
    assert third.status == Status.PENDING
    assert call.trip.participations.count() == 2


def test_a_withdrawal_moves_the_first_wait_listed_company_up(staff_client, call):
    one, two = apply(call, "One Oy"), apply(call, "Two Oy")
    later, earlier = apply(call, "Later Oy"), apply(call, "Earlier Oy")
    earlier.submitted_at = later.submitted_at.replace(year=2000)
    earlier.save()
    for application in (one, two):
        decide(staff_client, application, "accept")
    for application in (later, earlier):
        decide(staff_client, application, "waitlist")
    mail.outbox.clear()
    response = decide(staff_client, one, "withdraw")
    assert "Earlier Oy moved up from the wait-list" in response.content.decode()
    earlier.refresh_from_db()
    later.refresh_from_db()
    assert earlier.status == Status.ACCEPTED and later.status == Status.WAITLISTED
    assert not Participation.objects.filter(company__name="One Oy").exists()
    assert sorted(m.subject.split()[0] for m in mail.outbox) == ["Welcome", "Your"]


def test_declining_and_wait_listing_mail_the_applicant_and_write_nothing_else(staff_client, call):
    declined, waiting = apply(call, "No Oy"), apply(call, "Maybe Oy")
    decide(staff_client, declined, "decline")
    decide(staff_client, waiting, "waitlist")
    assert not Participation.objects.exists() and not Organisation.objects.exists()
    assert [m.to for m in mail.outbox] == [
        [declined.contact.email],
        [waiting.contact.email],
    ]


def test_comment_and_score_are_saved_and_a_bad_score_is_refused(staff_client, call):
    application = apply(call, "Scored Oy")
    detail = reverse("applications:detail", kwargs={"pk": application.pk})
    response = staff_client.post(detail, {"staff_comment": "Strong fit.", "score": "9"})
    assert response.status_code == 400 and "score" in response.context["form"].errors
    staff_client.post(detail, {"staff_comment": "Strong fit.", "score": "4"})
    application.refresh_from_db()
    assert (application.staff_comment, application.score) == ("Strong fit.", 4)


def test_the_list_filters_by_status_country_and_sector_and_shows_earlier_trips(staff_client, call):
    water = f.SectorFactory(slug="water", name="Water")
    known = f.CompanyFactory(name="Known Oy", country="FI")
    f.ParticipationFactory(company=known, trip__title="Shandong trip")
    finnish = apply(call, "Known Oy", organisation=known)
    finnish.sectors.add(water)
    apply(call, "Svensk AB", country="SE", status=Status.DECLINED)
    path, _ = list_url(call)
    page = staff_client.get(path).content.decode()
    assert "Known Oy" in page and "Svensk AB" in page and "Shandong trip" in page
    names = lambda **q: [a.company_name for a in staff_client.get(path, q).context["applications"]]  # noqa: E731
    assert names(status="declined") == ["Svensk AB"]
    assert names(country="FI") == ["Known Oy"]
    assert names(sector=water.pk) == ["Known Oy"]


def test_the_list_costs_the_same_queries_for_2_and_12_applications(
    staff_client, call, django_assert_num_queries
):
    def add(n):
        for i in range(n):
            company = f.CompanyFactory()
            f.ParticipationFactory(company=company)
            application = apply(call, f"Firm {i} {company.pk}", organisation=company)
            application.sectors.add(f.SectorFactory())

    add(2)
    path, _ = list_url(call)
    with CaptureQueriesContext(connection) as two:
        staff_client.get(path)
    add(10)
    with django_assert_num_queries(len(two.captured_queries)):
        assert len(staff_client.get(path).context["applications"]) == 12


def test_a_company_staff_already_added_by_hand_takes_no_second_place(staff_client, call):
    call.places = 1
    call.save()
    known = f.CompanyFactory(name="Hand Added Oy", country="FI")
    f.ParticipationFactory(trip=call.trip, company=known)
    application = apply(call, "Hand Added Oy", organisation=known)
    response = decide(staff_client, application, "accept")
    assert "Hand Added Oy is accepted" in response.content.decode()
    assert call.trip.participations.count() == 1


def test_a_participation_deleted_in_the_admin_leaves_its_application_withdrawn(staff_client, call):
    application = apply(call, "Poistettu Oy")
    decide(staff_client, application, "accept")
    application.refresh_from_db()
    application.participation.delete()  # as the admin's delete does
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN and application.participation is None
    assert call.places_taken() == 0
