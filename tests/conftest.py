"""Fixtures: the personas of the permission tests, and the demo story.

Personas (like healthchecks' alice/bob/charlie): `staff` is in the "Project staff" group and not
a superuser; `company_a` and `company_b` are logins of two different participant companies;
`anonymous` is nobody.
"""

import pytest

from tests import factories as f

PASSWORD = "correct-horse-battery"


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
