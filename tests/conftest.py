"""Fixtures: the personas of the permission tests, and the demo story.

Personas (like healthchecks' alice/bob/charlie): `staff` is in the "Project staff" group and not
a superuser; `company_a` and `company_b` are logins of two different participant companies;
`anonymous` is nobody.
"""

import pytest

from tests import factories as f

PASSWORD = "correct-horse-battery"


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

    return load_demo(password=PASSWORD)


@pytest.fixture
def world(db, company_a_org, company_b_org):
    """A small scenario for permission and leak tests.

    - `published`: a published trip that only company A took part in, with a meeting A
      attended (a counterpart person with contact details and internal notes), a lead and an
      agreement of A, a need with a match for A, and a diploma.
    - `unpublished`: a trip being planned that only company B takes part in, with B's lead.
    """
    published = f.TripFactory(slug="published-trip", title="Published trip")
    f.ParticipationFactory(trip=published, company=company_a_org)
    meeting = f.MeetingFactory(
        trip=published, title="Meeting with the city", internal_notes="INTERNAL-NOTE-A"
    )
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
    f.MeetingCounterpartFactory(meeting=meeting, organisation=counterpart)
    f.MeetingPersonFactory(meeting=meeting, person=person)
    f.MeetingAttendeeFactory(meeting=meeting, company=company_a_org)
    lead_a = f.LeadFactory(
        trip=published,
        company=company_a_org,
        counterpart=counterpart,
        counterpart_person=person,
        meeting=meeting,
    )
    agreement_a = f.AgreementFactory(
        trip=published,
        company=company_a_org,
        counterpart=counterpart,
        meeting=meeting,
        is_public=True,
    )
    need = f.NeedFactory(trip=published, host=counterpart, title="Wastewater treatment")
    match_a = f.MatchFactory(need=need, company=company_a_org)
    recognition = f.RecognitionFactory(trip=published)

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
        "published": published,
        "unpublished": unpublished,
        "meeting": meeting,
        "counterpart": counterpart,
        "person": person,
        "lead_a": lead_a,
        "lead_b": lead_b,
        "agreement_a": agreement_a,
        "need": need,
        "match_a": match_a,
        "recognition": recognition,
    }
