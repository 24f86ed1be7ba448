"""The access helpers every staff and company page relies on."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.test import RequestFactory

from sme2go.access import staff_required
from tests import factories as f
from trips.access import company_of, company_trip_or_404

pytestmark = pytest.mark.django_db


@staff_required(perm="contacts.export_person")
def export_view(request):
    return HttpResponse("exported")


def call(user):
    request = RequestFactory().get("/contacts/export.csv")
    request.user = user
    return export_view(request)


def test_staff_with_the_permission_pass(staff):
    assert call(staff).content == b"exported"


def test_anonymous_users_go_to_the_login_page():
    response = call(AnonymousUser())
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_company_users_learn_nothing(company_a):
    with pytest.raises(Http404):
        call(company_a)


def test_staff_without_the_permission_are_refused():
    with pytest.raises(PermissionDenied):
        call(f.UserFactory(is_staff=True))


def test_company_trip_is_scoped_to_the_users_company(world, company_a, company_b, staff):
    assert company_of(company_a).slug == "alpha"
    assert company_of(staff) is None
    assert company_trip_or_404(company_a, "published-trip") == (
        company_of(company_a),
        world["published"],
    )
    for user, slug in (
        (company_b, "published-trip"),
        (company_a, "draft-trip"),
        (staff, "published-trip"),
    ):
        with pytest.raises(Http404):
            company_trip_or_404(user, slug)
