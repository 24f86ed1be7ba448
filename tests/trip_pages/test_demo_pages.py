"""The demo story as the public and two of its companies see it (the story is the point here)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from trips.demo import TRIP_SLUG

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def test_the_public_demo_report_tells_the_story_without_naming_the_chair_maker(client, demo):
    content = client.get(reverse("trips:detail", kwargs={"slug": TRIP_SLUG})).content.decode()
    for text in (
        "Posintra Oy",
        "Västerås Science Park",
        "Food Valley, Weifang",
        "120 km²",
        "Weifang High-Tech Zone, Weifang",
        "Rizhao National Forest Park, Rizhao",
        "日照市人民政府",
        "Nordic wastewater treatment",
        "Wooden house construction",
        "Diploma for cooperation",
        "a local company",
    ):
        assert text in content, text
    assert "Zhucheng Example Furniture" not in content and "诸城示例家具" not in content
    assert "prefers WeChat" not in content  # an internal note of the Rizhao meeting
    assert not EMAIL.search(content)


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
