"""Figures, their references and ratios: printed as a table and kept in bench/RESULTS.md."""

import datetime as dt
import os
import platform
from dataclasses import dataclass
from pathlib import Path

RESULTS_FILE = Path(__file__).resolve().parent / "RESULTS.md"


@dataclass
class Figure:
    """One measurement, its reference measured in the same run, and the target ratio.

    `better` says which way is good: "lower" (times: ratio = figure / reference must stay at or
    under `limit`) or "higher" (throughput: ratio must reach `limit`). A figure with no
    reference, or marked `absolute` (a median against a budget), compares the figure itself."""

    target: str
    what: str
    value: float
    unit: str
    reference: float | None = None
    reference_what: str = ""
    limit: float | None = None
    better: str = "lower"
    # The limit holds for the ratio (figure / reference), or with absolute=True for the figure.
    absolute: bool = False

    @property
    def ratio(self):
        if self.reference in (None, 0):
            return None
        return self.value / self.reference

    @property
    def measured(self):
        """What the limit is compared with."""
        return self.value if self.absolute or self.reference is None else self.ratio

    @property
    def met(self):
        if self.limit is None or self.measured is None:
            return None  # a ratio without its reference (no psql on SQLite, a reference of 0)
        return (
            self.measured <= self.limit if self.better == "lower" else self.measured >= self.limit
        )

    def cells(self):
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        ref = (
            ""
            if self.reference is None
            else f"{_num(self.reference)} {self.unit} ({self.reference_what})"
        )
        sign = "≤" if self.better == "lower" else "≥"
        unit = " " + self.unit if self.absolute else "×"
        limit = "" if self.limit is None else f"{sign} {self.limit:g}{unit}"
        verdict = {True: "met", False: "MISSED", None: ""}[self.met]
        return [
            self.target,
            self.what,
            f"{_num(self.value)} {self.unit}",
            ref,
            ratio,
            limit,
            verdict,
        ]


def _num(value):
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


HEADER = ["target", "what", "figure", "reference (same run)", "ratio", "goal", ""]


def table(figures):
    rows = [HEADER, ["---"] * len(HEADER), *(figure.cells() for figure in figures)]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def print_figure(figure):
    cells = figure.cells()
    target, what, value, reference, ratio, goal, verdict = cells
    print(f"  {target:<2} {what}", flush=True)
    print(f"       {value:>14}  ref {reference or '-':<44} {ratio:>8}  goal {goal:<10} {verdict}")


def machine():
    cpus = os.cpu_count()
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = 0
    python = platform.python_version()
    return (
        f"{platform.node()} ({platform.machine()}, {cpus} cores, {memory:.0f} GB, Python {python})"
    )


def record(figures, *, sizes, database):
    """Append this run to bench/RESULTS.md (newest last)."""
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = (
        f"\n## {when} · {machine()}\n\nSizes: {sizes}. Database: {database}.\n\n{table(figures)}\n"
    )
    if not RESULTS_FILE.exists():
        RESULTS_FILE.write_text(
            "# Benchmark results\n\nAppended by `make bench` (python -m bench); each figure is "
            "compared with a reference measured in the same run, on the same machine.\n"
        )
    with RESULTS_FILE.open("a") as out:
        out.write(text)
