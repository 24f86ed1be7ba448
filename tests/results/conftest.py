"""A small host report scenario built with factories."""

import pytest

from tests import factories as f
from trips.models import Match


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


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
