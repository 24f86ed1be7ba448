"""Ranking participant companies against a host's need, with the reason in words.

Plain Python and deterministic: the same need and candidates always give the same ranking.

The score (0–1) is 0.6 × the share of the need's sectors the company also has, plus 0.4 × the
share of the need's distinctive words (at most five count) that also appear in the company's
competence text. Words are compared by a light stem ("houses" and "house" match; "Wooden" and
"wooden" match) and common English words are ignored. Ties are broken by company name, then id.
A company that shares no sector and too few words to reach MIN_SCORE (one common word out of
five, such as "city", is noise) is not proposed at all.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

SECTOR_WEIGHT = 0.6
TERM_WEIGHT = 0.4
TERMS_FOR_FULL_SCORE = 5
SHOWN_TERMS = 6
MIN_SCORE = 0.1

_STOPWORD_TEXT = """
    a about after all also an and any are as at be been but by can could did do does e eg
    for from had has have how i ie if in into is it its more most near new not of on or other
    our out over own per so some such than that the their them then there these they this those
    to too under up use used very was we were what when where which while who will with within
    would you your etc incl including e.g i.e
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"\w+", re.UNICODE)


def stem(word: str) -> str:
    """A deliberately small English stemmer: plurals and -ing/-ed endings, then a final e."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def terms(text: str) -> dict[str, str]:
    """Distinctive words of a text: stem → the first way the text spells it (in order)."""
    found = {}
    for word in _WORD.findall(text or ""):
        lower = word.lower()
        if len(lower) < 3 or lower in STOPWORDS or lower.isdigit():
            continue
        found.setdefault(stem(lower), lower)
    return found


@dataclass(frozen=True)
class Candidate:
    """What the matcher needs to know about a company."""

    id: int
    name: str
    sector_names: frozenset[str]
    competences: str
    obj: object = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Proposal:
    candidate: Candidate
    score: float
    shared_sectors: tuple[str, ...]
    shared_terms: tuple[str, ...]

    @property
    def reason(self) -> str:
        return explain(self.shared_sectors, self.shared_terms)


def _join(words):
    quoted = [f"“{w}”" for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return _("%(first)s and %(last)s") % {"first": ", ".join(quoted[:-1]), "last": quoted[-1]}


def explain(shared_sectors, shared_terms) -> str:
    """The reason in words, e.g. 'Shares the sectors “Water” and “Cleantech”. Its competences
    mention “wastewater” and “treatment”.'"""
    parts = []
    if shared_sectors:
        parts.append(
            ngettext(
                "Shares the sector %(sectors)s.",
                "Shares the sectors %(sectors)s.",
                len(shared_sectors),
            )
            % {"sectors": _join(shared_sectors)}
        )
    if shared_terms:
        shown = list(shared_terms[:SHOWN_TERMS])
        parts.append(
            _("Its competences mention %(terms)s.") % {"terms": _join(shown)}
            if len(shared_terms) <= SHOWN_TERMS
            else _("Its competences mention %(terms)s and %(more)d more.")
            % {"terms": ", ".join(f"“{w}”" for w in shown), "more": len(shared_terms) - len(shown)}
        )
    return " ".join(str(p) for p in parts)


def rank(
    *, need_title: str, need_text: str, need_sectors, candidates: list[Candidate]
) -> list[Proposal]:
    """Candidates that fit the need, best first. `need_sectors` are sector names."""
    wanted_sectors = set(need_sectors)
    wanted_terms = terms(f"{need_title} {need_text}")
    proposals = []
    for candidate in candidates:
        shared_sectors = tuple(sorted(wanted_sectors & candidate.sector_names))
        offered = terms(candidate.competences)
        shared_terms = tuple(word for key, word in wanted_terms.items() if key in offered)
        if not shared_sectors and not shared_terms:
            continue
        sector_part = len(shared_sectors) / len(wanted_sectors) if wanted_sectors else 0.0
        term_base = min(len(wanted_terms), TERMS_FOR_FULL_SCORE) or 1
        term_part = min(len(shared_terms), term_base) / term_base
        score = round(SECTOR_WEIGHT * sector_part + TERM_WEIGHT * term_part, 3)
        if score < MIN_SCORE:
            continue
        proposals.append(Proposal(candidate, score, shared_sectors, shared_terms))
    proposals.sort(key=lambda p: (-p.score, p.candidate.name.casefold(), p.candidate.id))
    return proposals
