"""A row's name as the directory keeps it: given and family name in Latin letters, the name in
its own script apart. Phones and contact exports write a Chinese name as given "娜" and family
"李" (with "Na"/"Li" as its phonetic name), or only as one full name."""

import re
import unicodedata

CJK_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
BRACKETED = re.compile(r"^(?P<latin>[^()]*?)\s*\((?P<native>[^()]+)\)$")  # "Li Wang (王丽)"


def is_latin(text):
    """Whether every letter of the text is a Latin one ("Åkerlund" is; "李娜", "Иван" are not)."""
    if text.isascii():  # the letters of ASCII are Latin ones
        return True
    return all(unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha())


def native_order(family, given):
    """A native-script name in its own order: "李娜" (no space in CJK), else "Given Family"."""
    if any(unicodedata.name(char, "").startswith(CJK_SCRIPTS) for char in family + given):
        return f"{family}{given}"
    return " ".join(part for part in (given, family) if part)


def split_full_name(full_name):
    """(given, family, native) from one name: "Anna Maria Berg", "李娜", "Li Wang (王丽)"."""
    full_name = " ".join(full_name.split())
    bracketed = BRACKETED.match(full_name)
    if bracketed and not is_latin(bracketed["native"]) and is_latin(bracketed["latin"]):
        given, family, _native = split_full_name(bracketed["latin"])
        return given, family, bracketed["native"]
    if not is_latin(full_name):
        return "", "", full_name
    given, _space, family = full_name.rpartition(" ")
    return given, family, ""


def arrange_names(values):
    """Put the row's name columns (given, family, native, full, middle and phonetic names) into
    given, family and native name, in place."""
    given, family = values.get("given_name", ""), values.get("family_name", "")
    native = values.get("native_name", "")
    if values.get("middle_name") and given:
        given = f"{given} {values['middle_name']}"
    if not (given or family or native) and values.get("full_name"):
        given, family, native = split_full_name(values["full_name"])
    if (given or family) and not is_latin(given + family):
        native = native or native_order(family, given)
        phonetic = values.get("phonetic_given", ""), values.get("phonetic_family", "")
        given, family = phonetic if is_latin("".join(phonetic)) else ("", "")
    values.update(given_name=given, family_name=family, native_name=native)
