"""A participant company on a trip with two delegates, and helpers to follow an e-mailed link."""

import re

import pytest
from django.core import mail

from contacts.invitations import services
from tests import factories as f

NEW_PASSWORD = "Tallinn-and-Tartu-2026"


@pytest.fixture
def team(db, staff):
    """Alpha Oy on a trip to Tallinn and Tartu, delegates Kadri Tamm (e-mail) and Ott (none)."""
    company = f.CompanyFactory(name="Alpha Oy", slug="alpha-oy", country="FI")
    trip = f.TripFactory(title="Tallinn and Tartu", slug="tallinn-tartu", destination_country="EE")
    participation = f.ParticipationFactory(trip=trip, company=company)
    kadri = f.PersonFactory(
        organisation=company, given_name="Kadri", family_name="Tamm", email="kadri@alpha.example"
    )
    ott = f.PersonFactory(organisation=company, given_name="Ott", family_name="Saar", email="")
    f.DelegateFactory(participation=participation, person=kadri)
    f.DelegateFactory(participation=participation, person=ott)
    return {"company": company, "trip": trip, "participation": participation, "kadri": kadri}


def invite(team, staff, email=None):
    kadri = team["kadri"]
    return services.invitation_create(
        person=kadri,
        organisation=team["company"],
        email=email or kadri.email,
        invited_by=staff,
        base_url="http://testserver/",
    )


def link_in(message):
    """The path of the invitation link in an e-mail (its plain-text part)."""
    return re.search(r"https?://[^/\s]+(/accounts/invitation/\S+/)", message.body).group(1)


def last_link():
    return link_in(mail.outbox[-1])


def set_password(client, link, password=NEW_PASSWORD):
    return client.post(link, {"new_password1": password, "new_password2": password})
