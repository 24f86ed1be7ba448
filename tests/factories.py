"""factory-boy factories for every model. Defaults make valid, minimal records."""

import datetime as dt
import hashlib

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from contacts.models import Membership, Organisation, Person, Sector
from trips import models as m


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.save()


class StaffUserFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def project_staff(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.groups.add(Group.objects.get(name=m.PROJECT_STAFF_GROUP))


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n} Oy")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.OTHER
    country = "FI"
    is_public = True


class CompanyFactory(OrganisationFactory):
    kind = Organisation.Kind.PARTICIPANT
    name = factory.Sequence(lambda n: f"Company {n} Oy")
    slug = factory.Sequence(lambda n: f"company-{n}")


class CounterpartFactory(OrganisationFactory):
    kind = Organisation.Kind.GOVERNMENT
    name = factory.Sequence(lambda n: f"City {n} government")
    slug = factory.Sequence(lambda n: f"city-{n}")
    native_name = factory.Sequence(lambda n: f"城市{n}人民政府")
    country = "CN"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_name = factory.Sequence(lambda n: f"Given{n}")
    family_name = factory.Sequence(lambda n: f"Family{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.LazyAttribute(lambda p: f"{p.given_name}.{p.family_name}@example.org".lower())


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(CompanyFactory)


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Programme
        django_get_or_create = ["slug"]

    name = "SME2GO"
    slug = "sme2go"


class TripFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Trip

    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.Sequence(lambda n: f"Delegation trip {n}")
    slug = factory.Sequence(lambda n: f"trip-{n}")
    start_date = dt.date(2026, 3, 16)
    end_date = dt.date(2026, 3, 20)
    destination_country = "CN"
    destination_region = "Shandong"
    time_zone = "Asia/Shanghai"
    status = m.Trip.Status.COMPLETED
    summary = "A trip."
    is_published = True
    published_at = factory.LazyFunction(lambda: dt.datetime(2026, 4, 1, tzinfo=dt.UTC))


class TripOrganiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.TripOrganiser

    trip = factory.SubFactory(TripFactory)
    organisation = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.ORGANISER)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Participation

    trip = factory.SubFactory(TripFactory)
    company = factory.SubFactory(CompanyFactory)


class DelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Delegate

    participation = factory.SubFactory(ParticipationFactory)
    person = factory.SubFactory(
        PersonFactory, organisation=factory.SelfAttribute("..participation.company")
    )


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Place

    name = factory.Sequence(lambda n: f"Place {n}")
    kind = m.Place.Kind.CITY
    country = "CN"
    latitude = "36.700000"
    longitude = "119.100000"


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Visit

    trip = factory.SubFactory(TripFactory)
    place = factory.SubFactory(PlaceFactory)
    date = factory.SelfAttribute("trip.start_date")


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Meeting

    trip = factory.SubFactory(TripFactory)
    date = factory.SelfAttribute("trip.start_date")
    title = factory.Sequence(lambda n: f"Meeting {n}")
    public_summary = "What the public may read."
    internal_notes = "Staff only."


class MeetingCounterpartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.MeetingCounterpart

    meeting = factory.SubFactory(MeetingFactory)
    organisation = factory.SubFactory(CounterpartFactory)


class MeetingPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.MeetingPerson

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory, organisation=factory.SubFactory(CounterpartFactory))


class MeetingAttendeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.MeetingAttendee

    meeting = factory.SubFactory(MeetingFactory)
    company = factory.SubFactory(CompanyFactory)


class MeetingDelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.MeetingDelegate

    meeting = factory.SubFactory(MeetingFactory)
    delegate = factory.SubFactory(
        DelegateFactory, participation__trip=factory.SelfAttribute("..meeting.trip")
    )


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Agreement

    kind = m.Agreement.Kind.COOPERATION
    company = factory.SubFactory(CompanyFactory)
    counterpart = factory.SubFactory(CounterpartFactory)
    trip = factory.SubFactory(TripFactory)
    signed_date = factory.SelfAttribute("trip.start_date")
    status = m.Agreement.Status.SIGNED


class LeadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Lead

    trip = factory.SubFactory(TripFactory)
    company = factory.SubFactory(CompanyFactory)
    counterpart = factory.SubFactory(CounterpartFactory)
    next_step = "Send a proposal"


class NeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Need

    trip = factory.SubFactory(TripFactory)
    host = factory.SubFactory(CounterpartFactory)
    title = factory.Sequence(lambda n: f"Need {n}")


class MatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Match

    need = factory.SubFactory(NeedFactory)
    company = factory.SubFactory(CompanyFactory)
    reason = "Shares the sector."


class RecognitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Recognition

    trip = factory.SubFactory(TripFactory)
    recipient = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.ORGANISER)
    title = "Diploma for cooperation"
    date = factory.SelfAttribute("trip.end_date")


class RecognitionAwarderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.RecognitionAwarder

    recognition = factory.SubFactory(RecognitionFactory)
    organisation = factory.SubFactory(CounterpartFactory)


class HostReportLinkFactory(factory.django.DjangoModelFactory):
    """A usable share link for `token` (a parameter; only its hash is stored)."""

    class Meta:
        model = m.HostReportLink

    class Params:
        token = factory.Sequence(lambda n: f"test-token-{n:04d}-abcdefghijklmnop")

    trip = factory.SubFactory(TripFactory)
    host = factory.SubFactory(CounterpartFactory)
    token_hash = factory.LazyAttribute(lambda o: hashlib.sha256(o.token.encode()).hexdigest())
    token_hint = factory.LazyAttribute(lambda o: o.token[:6])
    created_at = factory.LazyFunction(lambda: dt.datetime.now(dt.UTC))
    expires_at = factory.LazyAttribute(lambda o: o.created_at + dt.timedelta(days=30))


class HostReportOpeningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.HostReportOpening

    link = factory.SubFactory(HostReportLinkFactory)


# --- contacts: export log and merge records (issue 4) ----------------------------------------
from contacts.models import ExportLog, MergeRecord  # noqa: E402


class ExportLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExportLog

    user = factory.SubFactory(StaffUserFactory)
    format = ExportLog.Format.CSV
    filters = factory.LazyFunction(lambda: {"country": "CN"})
    row_count = 3


class MergeRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MergeRecord

    survivor = factory.SubFactory(PersonFactory)
    merged_person_id = 999
    merged_name = "Merged Person"
    merged_data = factory.LazyFunction(lambda: {"given_name": "Merged", "family_name": "Person"})
    merged_by = factory.SubFactory(StaffUserFactory)


class PracticalNotesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.PracticalNotes

    trip = factory.SubFactory(TripFactory)
    hotel = "Hotel Kazakhstan, Dostyk Ave 52 (пр. Достык 52)"
    transport = "Bus from the hotel at 08:30 every day."
    emergency_contacts = "Trip leader +358 40 000 0000; emergency 112"


class CallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Call

    trip = factory.SubFactory(
        TripFactory,
        status=m.Trip.Status.PLANNED,
        is_published=False,
        published_at=None,
        start_date=dt.date(2099, 4, 12),
        end_date=dt.date(2099, 4, 16),
    )
    offer = "Meetings with the city water utility."
    deadline = dt.date(2099, 2, 15)
    places = 3
    is_open = True


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Application

    call = factory.SubFactory(CallFactory)
    company_name = factory.Sequence(lambda n: f"Applicant {n} Oy")
    business_id = factory.Sequence(lambda n: f"TEST-{n:04d}")
    country = "FI"
    competences = "Wastewater treatment."
    wants_to_meet = "The water utility."
    wants_to_achieve = "A pilot."
    language = "en"
    consent_text = "I agree."
    consented_at = factory.LazyFunction(lambda: dt.datetime(2026, 11, 1, tzinfo=dt.UTC))


class ApplicationDelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.ApplicationDelegate

    application = factory.SubFactory(ApplicationFactory)
    given_name = "Aino"
    family_name = factory.Sequence(lambda n: f"Hakija{n}")
    title = "CEO"
    email = factory.LazyAttribute(lambda d: f"{d.family_name.lower()}@applicant.example")
