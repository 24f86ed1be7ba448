"""Normalised names: how the import and the duplicate finder decide two records name one person.

"Karin Åkerlund", "ÅKERLUND, Karin" and "karin akerlund" give the same key; so do "Wang Li" and
"Li Wang" (Chinese names are written in either order). A native-script name is its own key.
"""

import re
import unicodedata

_WORD = re.compile(r"\w+")


def _fold(text):
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def latin_key(given_name, family_name):
    words = sorted(_WORD.findall(_fold(f"{given_name or ''} {family_name or ''}")))
    return " ".join(words)


def native_key(native_name):
    return "".join(unicodedata.normalize("NFKC", native_name or "").casefold().split())


def name_keys(given_name, family_name, native_name):
    """Every key under which this name is known: ("latin", …) and/or ("native", …)."""
    keys = set()
    if latin := latin_key(given_name, family_name):
        keys.add(("latin", latin))
    if native := native_key(native_name):
        keys.add(("native", native))
    return keys


def person_name_keys(person):
    return name_keys(person.given_name, person.family_name, person.native_name)
