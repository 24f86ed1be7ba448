"""A host report gives each matched company a contact person from that company."""

import pytest

from tests import factories as f
from trips.models import Match

pytestmark = pytest.mark.django_db


def test_a_companys_contact_person_works_for_that_company(world, company_a_org, company_b_org):
    """A delegate entered on the wrong company's delegation is not given as its contact."""
    from trips.queries.host_reports import host_report

    need = world["need"]
    need.matches.update(status=Match.Status.ACCEPTED)
    f.MatchFactory(need=need, company=company_b_org, status=Match.Status.ACCEPTED)
    participation_a = world["published"].participations.get(company=company_a_org)
    stray = f.PersonFactory(organisation=company_b_org, given_name="Bee", family_name="Aaa")
    f.DelegateFactory(participation=participation_a, person=stray)
    own = f.PersonFactory(organisation=company_a_org, given_name="Alpha", family_name="Zed")
    f.DelegateFactory(participation=participation_a, person=own)
    report = host_report(world["published"], need.host)
    contacts = {entry.company.pk: entry.contact for entry in report[0].companies}
    assert contacts[company_a_org.pk] == own
    assert contacts[company_b_org.pk] is None
