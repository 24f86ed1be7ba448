"""The demo story as the public sees it (the story is the point here)."""

import re

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
