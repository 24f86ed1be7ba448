"""Near names without PostgreSQL: the fallbacks the duplicate finder and the directory search
use on SQLite, where pg_trgm is missing.

- `trigram_similarity` is pg_trgm's similarity() in Python (same trigrams, same ratio), so the
  duplicate finder applies one rule, with one threshold, on both databases.
- `forgiving_search` finds each typed word as part of a field, or as a word one letter away
  from a word there (a letter wrong, missing, extra, or two letters swapped): "Lindquist" finds
  Lindqvist. Candidates are narrowed in SQL first (pigeonhole: a word one edit away still
  contains one of two known pieces of the typed word); the exact check runs in Python.
"""

import re
import unicodedata

from django.db.models import Q

_ALNUM_WORD = re.compile(r"[^\W_]+")
# Typed words shorter than this are matched as typed: too many short words are one letter apart.
TYPO_MIN_LENGTH = 5


def fold(text):
    """Lower case, without diacritics: "Åkerlund" and "akerlund" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def trigrams(text):
    """pg_trgm's trigrams: per word of letters and digits, lower-cased, padded "  word "."""
    found = set()
    for word in _ALNUM_WORD.findall((text or "").lower()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def trigram_similarity(a, b):
    """Shared trigrams over all trigrams of both, as pg_trgm's similarity(a, b)."""
    first, second = trigrams(a), trigrams(b)
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)


def similar_pairs(rows, threshold):
    """(pk, pk) pairs, smaller pk first, of `rows` = [(pk, group, text)] in the same group
    whose texts are at least `threshold` similar. Only rows of one group are compared."""
    groups = {}
    for pk, group, text in rows:
        if group is not None and text.strip():
            groups.setdefault(group, []).append((pk, trigrams(text)))
    pairs = []
    for members in groups.values():
        members.sort()
        for i, (pk, mine) in enumerate(members):
            for other, theirs in members[i + 1 :]:
                shared = len(mine & theirs)
                if shared and shared / (len(mine) + len(theirs) - shared) >= threshold:
                    pairs.append((pk, other))
    return pairs


def one_edit_apart(a, b):
    """At most one letter wrong, missing, extra, or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        i = diffs[0]
        return len(diffs) == 2 and diffs[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    shorter, longer = sorted((a, b), key=len)
    pairs = enumerate(zip(shorter, longer, strict=False))
    i = next((i for i, (x, y) in pairs if x != y), len(shorter))
    return shorter[i:] == longer[i + 1 :]


def _pieces(word):
    """Two parts of `word`, one of which any word one edit away contains unchanged."""
    half = len(word) // 2
    return [word[: half - 1], word[half + 1 :]]


def _found(word, texts):
    folded = fold(word)
    for text in texts:
        text = fold(text)
        if folded in text:
            return True
        if len(folded) >= TYPO_MIN_LENGTH and any(
            one_edit_apart(folded, candidate) for candidate in _ALNUM_WORD.findall(text)
        ):
            return True
    return False


def _any_field(fields, pieces):
    return Q.create([(f"{field}__icontains", p) for field in fields for p in pieces], Q.OR)


def forgiving_search(queryset, value, fields):
    """Rows of `queryset` where every word of `value` is part of one of `fields`, or (words of
    TYPO_MIN_LENGTH letters or more) is one edit away from a word in one of them."""
    words = value.split()
    exact = Q()
    for word in words:
        exact &= _any_field(fields, [word])
    forgiving = [w for w in words if len(w) >= TYPO_MIN_LENGTH]
    if not forgiving:
        return queryset.filter(exact)
    near = Q()
    for word in words:
        near &= _any_field(fields, [word, *(_pieces(word) if word in forgiving else [])])
    # Only rows the exact search misses are checked here: few, on a typo.
    candidates = queryset.filter(near).exclude(exact).values_list("pk", *fields)
    extra = [pk for pk, *texts in candidates if all(_found(w, texts) for w in words)]
    return queryset.filter(exact | Q(pk__in=extra))
