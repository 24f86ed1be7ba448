"""Issue 15: a delegate photographs a business card at a meeting, the worker reads it, the
delegate checks the proposal beside the photo and saves; the person is then listed among the
people met at that meeting. (The OCR engine answers with what it read from this card before,
tests/capture/ocr_lines.json: the real engine is measured in tests/capture/test_accuracy.py.)"""

import re

import pytest
from django.core.management import call_command

from tests.capture.conftest import CARDS, recorded_lines

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TRIP = "/my/trips/smart-city-delegation-shandong/"


def test_delegate_turns_a_business_card_into_a_contact(visitor, story, monkeypatch):
    sides = iter([recorded_lines(1, "zh"), recorded_lines(1, "en")])
    monkeypatch.setattr("trips.cards.jobs.read_text", lambda data: next(sides))
    company = visitor("company")
    company.log_in("demo-hirsitalo-pohjola")
    company.goto(TRIP)
    link = company.page.get_by_role("link", name=re.compile(r"^Add a business card \(")).first
    meeting = link.inner_text().split("(", 1)[1].rstrip(")")
    with company.page.expect_navigation():
        link.click()
    company.check("add-card")

    page = company.page
    page.get_by_label("Photo of the card").set_input_files(CARDS / "01_zh.png")
    page.get_by_label("Photo of the other side (optional)").set_input_files(CARDS / "01_en.png")
    assert meeting in page.get_by_label("Meeting where you got it").inner_text()
    company.click("button", "Read the card")
    assert "Reading the card" in company.text()

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    company.click("link", "Look again")
    company.check("review-card")
    assert page.get_by_label("Name in Chinese").input_value() == "王丽"
    assert page.get_by_label("Family name").input_value() == "Wang"
    assert page.get_by_label("Mobile phone").input_value() == "+8613806331234"
    assert "Read: 手机:13806331234" in company.text()  # the text each value came from
    # The demo's Weifang official 王丽 is offered as maybe the same person; this one is not.
    assert "Yes: Li Wang (王丽), Weifang" in company.text()
    assert page.get_by_label("No, a new person").is_checked()
    company.click("button", "Save the contact")
    assert "Card saved" in company.text() and meeting in company.text()
    company.check("card-saved")

    company.goto(TRIP)
    article = page.locator("article", has=page.get_by_role("heading", name=meeting)).first
    assert "Wang" in article.inner_text() and "wangli@rzcommerce.example.cn" in article.inner_text()
