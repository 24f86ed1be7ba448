"""How well cards are read: OCR + parser over the committed test cards (tests/capture/cards/),
compared with their ground truth (tools/card_people.py). Used by the accuracy test in
tests/capture/ and by `make bench` (bench/targets/cards.py)."""

import re
import time
from pathlib import Path

from tools.card_people import CARDS

CARD_DIR = Path(__file__).resolve().parent.parent / "tests" / "capture" / "cards"
MEASURES = ["email", "phones", "native_name", "latin_name", "organisation", "title", "wechat",
            "website"]  # fmt: skip


def card_images(index):
    return [CARD_DIR / f"{index:02d}_{side}.png" for side in ("zh", "en")]


def read_cards(read_text, parse_card, limit=None):
    """{card number: proposal}, and the (wall, CPU) seconds each card took (both sides)."""
    proposals, seconds = {}, []
    for index in range(1, len(CARDS[:limit]) + 1):
        started, cpu = time.perf_counter(), time.process_time()
        lines = []
        for path in card_images(index):
            lines.extend(read_text(path.read_bytes()))
        proposals[index] = parse_card(lines)
        seconds.append((time.perf_counter() - started, time.process_time() - cpu))
    return proposals, seconds


def _value(proposal, key):
    return (proposal.get(key) or {}).get("value", "")


def _words(text):
    """Lower case, punctuation as spaces: "Co.,Ltd." and "Co., Ltd." are the same words,
    "BlueSea" and "Blue Sea" are not (the review page would show the missing space)."""
    return " ".join(re.sub(r"[\W_]+", " ", text).casefold().split())


def outcomes(card, proposal):
    """{measure: [True/False per item]} for one card."""
    return {
        "email": [_value(proposal, "email") == card["email"]],
        "phones": [
            _value(proposal, "mobile") == card["mobile"],
            _value(proposal, "office") == card["office"],
        ],
        "native_name": [_value(proposal, "native_name") == card["native"]],
        "latin_name": [
            _value(proposal, "family_name").casefold() == card["family"].casefold()
            and _value(proposal, "given_name").casefold() == card["given"].casefold()
        ],
        "organisation": [
            _value(proposal, "organisation_native") == card["org_zh"],
            _words(_value(proposal, "organisation")) == _words(card["org_en"]),
        ],
        "title": [
            _value(proposal, "title_native") == card["title_zh"],
            _words(_value(proposal, "title")) == _words(card["title_en"]),
        ],
        "wechat": [_value(proposal, "wechat") == card["wechat"]],
        "website": [_value(proposal, "website") == card["web"]],
    }


def score(proposals):
    """{measure: (right, total)} over the cards read, and the misses as (card, measure)."""
    totals = {measure: [0, 0] for measure in MEASURES}
    misses = []
    for index, proposal in proposals.items():
        for measure, results in outcomes(CARDS[index - 1], proposal).items():
            totals[measure][0] += sum(results)
            totals[measure][1] += len(results)
            if not all(results):
                misses.append((index, measure))
    return {measure: tuple(pair) for measure, pair in totals.items()}, misses
