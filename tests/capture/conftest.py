"""Fixtures for the business-card tests: a card photo, recorded OCR output, a fake engine."""

import io
import json
from pathlib import Path

import pytest
from PIL import Image

CARDS = Path(__file__).parent / "cards"
RECORDED = json.loads((Path(__file__).parent / "ocr_lines.json").read_text())


def card_jpeg(number=1, side="zh"):
    """A committed test card as the JPEG a phone would upload."""
    out = io.BytesIO()
    Image.open(CARDS / f"{number:02d}_{side}.png").convert("RGB").save(out, "JPEG")
    return out.getvalue()


def recorded_lines(number, side):
    return [(text, height) for text, height, _score in RECORDED[f"{number:02d}_{side}"]]


@pytest.fixture
def fake_ocr(monkeypatch):
    """OCR that answers with what the real engine read from card 1 (Chinese side first, then
    the English side), or with `fake_ocr.lines` when a test sets them."""

    class Fake:
        calls = 0
        lines = None

        def __call__(self, data):
            Fake.calls += 1
            if self.lines is not None:
                return self.lines
            return recorded_lines(1, "zh" if Fake.calls % 2 else "en")

    fake = Fake()
    monkeypatch.setattr("trips.cards.jobs.read_text", fake)
    return fake
