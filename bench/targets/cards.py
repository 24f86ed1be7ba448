"""Issue 15: business cards read by OCR: accuracy over the test cards and seconds per card.

Reads the committed test cards (tests/capture/cards/, both sides each) with the real engine
and the parser, and prints the share read exactly per field against the issue's bar (e-mails
and phones 95 %, Chinese names 90 %, Latin names and organisations 85 %), and the median
seconds per card against "a few seconds". --quick reads three cards only."""

import statistics
import time

from bench.results import Figure
from tools.card_accuracy import read_cards, score

BAR = {
    "email": ("e-mails exact", 95),
    "phones": ("phone numbers exact (E.164)", 95),
    "native_name": ("Chinese names", 90),
    "latin_name": ("Latin names (family, given)", 85),
    "organisation": ("organisations (both scripts)", 85),
    "title": ("titles (both scripts)", None),
    "wechat": ("WeChat IDs", None),
    "website": ("websites", None),
}
SECONDS_PER_CARD = 5


def run(bench):
    from trips.cards.ocr import engine, read_text
    from trips.cards.parsing import parse_card

    started = time.perf_counter()
    engine()
    loading = time.perf_counter() - started
    proposals, seconds = read_cards(read_text, parse_card, limit=3 if bench.quick else None)
    totals, misses = score(proposals)
    for measure, (right, total) in totals.items():
        what, bar = BAR[measure]
        bench.add(
            Figure("15", f"{what}: {right}/{total} over {len(proposals)} cards",
                   100 * right / total, "%", limit=bar, better="higher", absolute=True)
        )  # fmt: skip
    wall = statistics.median(pair[0] for pair in seconds)
    cpu = statistics.median(pair[1] for pair in seconds)
    bench.add(
        Figure("15", f"seconds per card, both sides (median; engine loaded in {loading:.1f} s)",
               wall, "s", limit=SECONDS_PER_CARD, absolute=True)
    )  # fmt: skip
    bench.add(
        Figure("15", "CPU seconds per card (all threads; the wall time on a machine to itself)",
               cpu, "s", limit=SECONDS_PER_CARD, absolute=True)
    )  # fmt: skip
    if misses:
        print(f"   misread: {', '.join(f'card {n} {m}' for n, m in misses)}")
