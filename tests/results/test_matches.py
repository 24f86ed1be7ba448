"""Staff let the matcher propose matches, then accept, reject or add them by hand."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories as f
from trips.models import Match
from trips.queries.needs import SCOPE_PROGRAMME, rank_need
from trips.services.matches import match_add, match_decide, matches_propose

pytestmark = pytest.mark.django_db


@pytest.fixture
def scene(db):
    water = f.SectorFactory(name="Water", slug="water")
    mobility = f.SectorFactory(name="Smart mobility", slug="mobility")
    trip = f.TripFactory(slug="shandong")
    fitting = f.CompanyFactory(
        name="Puhdas Vesi Oy", competences="Wastewater treatment plants and sludge drying."
    )
    fitting.sectors.add(water)
    unfitting = f.CompanyFactory(name="Smart Trafik AB", competences="Traffic sensors.")
    unfitting.sectors.add(mobility)
    for company in (fitting, unfitting):
        f.ParticipationFactory(trip=trip, company=company)
    elsewhere = f.CompanyFactory(name="Later Trip Water Oy", competences="Wastewater pumps.")
    elsewhere.sectors.add(water)
    f.ParticipationFactory(trip=f.TripFactory(programme=trip.programme), company=elsewhere)
    need = f.NeedFactory(
        trip=trip, title="Nordic wastewater treatment", description="Sludge handling."
    )
    need.sectors.add(water)
    return {
        "trip": trip,
        "need": need,
        "fitting": fitting,
        "unfitting": unfitting,
        "elsewhere": elsewhere,
    }


def test_proposals_rank_the_fitting_company_and_say_why(scene):
    result = matches_propose(need=scene["need"])
    assert (result.created, result.updated, result.kept) == (1, 0, 0)
    match = Match.objects.get()
    assert match.company == scene["fitting"] and match.status == Match.Status.PROPOSED
    assert "“Water”" in match.reason and "“wastewater”" in match.reason
    assert match.score > 0.5


def test_the_whole_programme_can_be_searched(scene):
    matches_propose(need=scene["need"], scope=SCOPE_PROGRAMME)
    assert set(Match.objects.values_list("company__name", flat=True)) == {
        "Puhdas Vesi Oy",
        "Later Trip Water Oy",
    }


def test_proposing_again_keeps_staff_decisions(scene):
    matches_propose(need=scene["need"], scope=SCOPE_PROGRAMME)
    rejected = Match.objects.get(company=scene["elsewhere"])
    match_decide(match=rejected, status=Match.Status.REJECTED)
    rejected.reason = "Staff wrote this"
    rejected.save()
    result = matches_propose(need=scene["need"], scope=SCOPE_PROGRAMME)
    assert (result.created, result.updated, result.kept) == (0, 1, 1)
    rejected.refresh_from_db()
    assert rejected.status == Match.Status.REJECTED and rejected.reason == "Staff wrote this"


def test_staff_propose_accept_and_reject_on_the_needs_page(staff_client, scene):
    need = scene["need"]
    response = staff_client.post(
        reverse("results:propose", kwargs={"pk": need.pk}), {"scope": "trip"}, follow=True
    )
    assert "1 new proposal(s)" in response.content.decode()
    match = Match.objects.get()
    page = staff_client.get(reverse("results:needs", kwargs={"slug": "shandong"}))
    assert "Puhdas Vesi Oy" in page.content.decode() and "Proposed" in page.content.decode()
    staff_client.post(reverse("results:decide", kwargs={"pk": match.pk, "decision": "accept"}))
    match.refresh_from_db()
    assert match.status == Match.Status.ACCEPTED
    staff_client.post(reverse("results:decide", kwargs={"pk": match.pk, "decision": "reject"}))
    match.refresh_from_db()
    assert match.status == Match.Status.REJECTED


def test_a_need_nobody_fits_says_so(staff_client, scene):
    need = f.NeedFactory(trip=scene["trip"], title="Zzz qqq")
    response = staff_client.post(
        reverse("results:propose", kwargs={"pk": need.pk}), {"scope": "trip"}, follow=True
    )
    assert "no company shares a sector or a word" in response.content.decode()
    assert not need.matches.exists()


def test_a_bad_scope_is_refused_with_a_message(staff_client, scene):
    response = staff_client.post(
        reverse("results:propose", kwargs={"pk": scene["need"].pk}),
        {"scope": "world"},
        follow=True,
    )
    assert "Choose which companies to look at." in response.content.decode()
    assert not Match.objects.exists()


def test_staff_add_a_match_by_hand_which_is_accepted(staff_client, scene):
    url = reverse("results:add_match", kwargs={"pk": scene["need"].pk})
    staff_client.post(url, {"company": scene["unfitting"].pk, "reason": "Met them at dinner."})
    match = Match.objects.get()
    assert match.status == Match.Status.ACCEPTED and match.reason == "Met them at dinner."
    response = staff_client.post(url, {"company": scene["unfitting"].pk}, follow=True)
    assert "already matched to this need" in response.content.decode()
    assert Match.objects.count() == 1


def test_a_hand_made_match_without_reason_gets_the_matchers_explanation(scene):
    match = match_add(need=scene["need"], company=scene["fitting"])
    assert "Shares the sector “Water”." in match.reason and match.score


def test_unknown_status_is_refused(scene):
    match = f.MatchFactory(need=scene["need"], company=scene["fitting"])
    with pytest.raises(ValidationError):
        match_decide(match=match, status="maybe")


def test_the_needs_page_costs_the_same_queries_for_few_and_many_needs(
    staff_client, scene, django_assert_num_queries
):
    url = reverse("results:needs", kwargs={"slug": "shandong"})
    f.MatchFactory(need=scene["need"], company=scene["fitting"])
    with CaptureQueriesContext(connection) as few:
        staff_client.get(url)
    for _ in range(10):
        need = f.NeedFactory(trip=scene["trip"])
        f.MatchFactory(need=need, company=scene["fitting"])
        f.MatchFactory(need=need, company=scene["unfitting"], status=Match.Status.ACCEPTED)
    with django_assert_num_queries(len(few.captured_queries)):
        staff_client.get(url)


def test_the_admin_can_propose_matches_for_selected_needs(staff_client, scene):
    response = staff_client.post(
        reverse("admin:trips_need_changelist"),
        {"action": "propose_matches", "_selected_action": [scene["need"].pk]},
        follow=True,
    )
    assert "1 match proposed." in response.content.decode()
    assert Match.objects.get().company == scene["fitting"]


def test_staff_record_a_need_and_get_proposals_at_once(staff_client, scene):
    host = f.CounterpartFactory(name="Rizhao government")
    water = scene["need"].sectors.get()
    response = staff_client.post(
        reverse("results:add_need", kwargs={"slug": "shandong"}),
        {
            "title": "Sludge handling",
            "host": host.pk,
            "description": "Drying wastewater sludge.",
            "sectors": [water.pk],
            "propose": "on",
        },
        follow=True,
    )
    text = response.content.decode()
    assert "Need “Sludge handling” recorded." in text
    assert "1 matching company proposed." in text
    need = scene["trip"].needs.get(title="Sludge handling")
    assert need.host == host and list(need.sectors.all()) == [water]
    assert [m.company for m in need.matches.all()] == [scene["fitting"]]


def test_a_need_without_host_or_place_is_refused_and_not_saved(staff_client, scene):
    response = staff_client.post(
        reverse("results:add_need", kwargs={"slug": "shandong"}), {"title": "Orphan need"}
    )
    assert response.status_code == 400
    assert "Say who expressed the need: a host or a place." in response.content.decode()
    assert not scene["trip"].needs.filter(title="Orphan need").exists()


def test_demo_the_matcher_puts_the_fitting_companies_first_for_rizhaos_needs(demo):
    from trips.models import Need

    firsts = {
        need.title: rank_need(need)[0]
        for need in Need.objects.filter(host__slug="rizhao-government")
    }
    assert firsts["Nordic wastewater treatment"].candidate.name == "Puhdas Vesi Oy"
    assert firsts["Wooden house construction"].candidate.name == "Hirsitalo Pohjola Oy"
    assert "“Wood construction”" in firsts["Wooden house construction"].reason
