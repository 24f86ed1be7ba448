"""The demo story as two of its companies see it (the story is the point here)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from trips.demo import TRIP_SLUG


@pytest.mark.parametrize(
    "login, sees, never_sees",
    [
        (
            "demo-vastmanland-tra",
            ["Zhucheng Example Furniture Co., Ltd.", "liu.yang@", "Trial batch of finished chairs"],
            ["chen.jing@", "Send a reference plant description"],
        ),
        (
            "demo-puhdas-vesi",
            ["zhou.qiang@", "Send a reference plant description", "Nordic wastewater treatment"],
            ["liu.yang@", "Trial batch of finished chairs", "Cooperation agreement on chair"],
        ),
    ],
)
def test_each_demo_company_sees_its_own_contacts_and_leads_only(
    client, demo, login, sees, never_sees
):
    client.force_login(get_user_model().objects.get(username=login))
    content = client.get(reverse("my:trip", kwargs={"slug": TRIP_SLUG})).content.decode()
    for text in sees:
        assert text in content, text
    for text in never_sees:
        assert text not in content, text
