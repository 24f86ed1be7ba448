"""Fixtures: the personas of the permission tests, the demo story, and the small scenes more
than one audience's tests use (`world`, `hosts`).

Personas (like healthchecks' alice/bob/charlie): `staff` is in the "Project staff" group and not
a superuser; `company_a` and `company_b` are logins of two different participant companies;
`anonymous` is nobody.
"""

import datetime as dt

import pytest

from tests import factories as f
from trips.models import Match

PASSWORD = "correct-horse-battery"
# The demo is dated relative to the day it is loaded; tests load it as on this day, which puts
# the Shandong trip in March 2026, as its tables are written.
DEMO_DAY = dt.date(2027, 1, 11)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters (password resets) live in the cache: every test starts at zero."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def staff(db):
    return f.StaffUserFactory(username="staff")


@pytest.fixture
def company_a_org(db):
    return f.CompanyFactory(name="Alpha Oy", slug="alpha", country="FI")


@pytest.fixture
def company_b_org(db):
    return f.CompanyFactory(name="Beta AB", slug="beta", country="SE")


@pytest.fixture
def company_a(company_a_org):
    return f.MembershipFactory(user__username="company_a", organisation=company_a_org).user


@pytest.fixture
def company_b(company_b_org):
    return f.MembershipFactory(user__username="company_b", organisation=company_b_org).user


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def staff_no_perms(db):
    """A staff account given no group and no permission (e.g. just created in the admin)."""
    return f.UserFactory(username="staff_no_perms", is_staff=True)


@pytest.fixture
def staff_with_company(company_a_org):
    """Project staff who also has a company login: treated as staff, never as the company."""
    user = f.StaffUserFactory(username="staff_with_company")
    f.MembershipFactory(user=user, organisation=company_a_org)
    return user


@pytest.fixture
def no_company(db):
    """Logged in, but neither staff nor the login of any company."""
    return f.UserFactory(username="no_company")


@pytest.fixture
def persona(request, client):
    """A client logged in as the persona named by the test's parameter (or anonymous)."""

    def login_as(name):
        if name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        return client

    return login_as


@pytest.fixture
def demo(db):
    from trips.demo import load_demo

    return load_demo(password=PASSWORD, today=DEMO_DAY)


def _met_counterpart():
    """A counterpart organisation with one person whose contact details are all filled in."""
    counterpart = f.CounterpartFactory(name="City government", native_name="城市政府")
    person = f.PersonFactory(
        organisation=counterpart,
        given_name="Li",
        family_name="Wang",
        native_name="王丽",
        email="wang.li@city.example",
        phone="+8613800000001",
        messaging_id="wechat-wangli",
    )
    return counterpart, person


def _published_trip_of(company, counterpart, person):
    """A published trip `company` alone took part in, with one of everything it owns."""
    trip = f.TripFactory(slug="published-trip", title="Published trip")
    f.ParticipationFactory(trip=trip, company=company)
    meeting = f.MeetingFactory(
        trip=trip, title="Meeting with the city", internal_notes="INTERNAL-NOTE-A"
    )
    f.MeetingCounterpartFactory(meeting=meeting, organisation=counterpart)
    f.MeetingPersonFactory(meeting=meeting, person=person)
    f.MeetingAttendeeFactory(meeting=meeting, company=company)
    need = f.NeedFactory(trip=trip, host=counterpart, title="Wastewater treatment")
    owned = {"trip": trip, "company": company, "counterpart": counterpart, "meeting": meeting}
    return {
        "published": trip,
        "meeting": meeting,
        "lead_a": f.LeadFactory(**owned, counterpart_person=person),
        "agreement_a": f.AgreementFactory(**owned, is_public=True),
        "need": need,
        "match_a": f.MatchFactory(need=need, company=company),
        "recognition": f.RecognitionFactory(trip=trip),
    }


@pytest.fixture
def world(db, company_a_org, company_b_org):
    """A small scenario for permission and leak tests.

    - `published`: a published trip that only company A took part in, with a meeting A
      attended (a counterpart person with contact details and internal notes), a lead and an
      agreement of A, a need with a match for A, and a diploma.
    - `unpublished`: a trip being planned that only company B takes part in, with B's lead.
    """
    counterpart, person = _met_counterpart()
    published = _published_trip_of(company_a_org, counterpart, person)
    unpublished = f.TripFactory(
        slug="draft-trip",
        title="Draft trip",
        is_published=False,
        published_at=None,
        status="planned",
    )
    f.ParticipationFactory(trip=unpublished, company=company_b_org)
    lead_b = f.LeadFactory(trip=unpublished, company=company_b_org, counterpart=counterpart)
    return {
        **published,
        "unpublished": unpublished,
        "counterpart": counterpart,
        "person": person,
        "lead_b": lead_b,
    }


@pytest.fixture
def hosts(db):
    """Two hosts on one trip, each with a need; the first host's need has an accepted, a
    proposed and a rejected match."""
    trip = f.TripFactory(slug="shandong", title="Shandong trip")
    rizhao = f.CounterpartFactory(name="Rizhao government", slug="rizhao")
    weifang = f.CounterpartFactory(name="Weifang government", slug="weifang")
    water = f.SectorFactory(name="Water", slug="water")
    companies = {}
    for key, name in [
        ("accepted", "Puhdas Vesi Oy"),
        ("proposed", "Proposed Only AB"),
        ("rejected", "Rejected Oy"),
        ("other", "Other Host Company Oy"),
    ]:
        company = f.CompanyFactory(
            name=name,
            slug=key,
            website=f"https://{key}.example",
            competences=f"{name} competences",
        )
        company.sectors.add(water)
        participation = f.ParticipationFactory(trip=trip, company=company)
        delegate = f.DelegateFactory(
            participation=participation,
            person__given_name="Aino",
            person__family_name=f"Delegate-{key}",
            person__title="CEO",
            person__phone="+358400000101",
        )
        companies[key] = (company, delegate.person)
    wastewater = f.NeedFactory(trip=trip, host=rizhao, title="Nordic wastewater treatment")
    wastewater.sectors.add(water)
    for key, status in [
        ("accepted", Match.Status.ACCEPTED),
        ("proposed", Match.Status.PROPOSED),
        ("rejected", Match.Status.REJECTED),
    ]:
        f.MatchFactory(need=wastewater, company=companies[key][0], status=status, score=0.5)
    food = f.NeedFactory(trip=trip, host=weifang, title="WEIFANG-ONLY food valley need")
    f.MatchFactory(need=food, company=companies["other"][0], status=Match.Status.ACCEPTED)
    return {
        "trip": trip,
        "rizhao": rizhao,
        "weifang": weifang,
        "companies": companies,
        "wastewater": wastewater,
        "food": food,
    }
