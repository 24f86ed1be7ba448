"""A preferred language as people write it ("zh", "Chinese", "中文", "zh-CN", "Estonian",
"suomi", "en_US") read into one of the language codes the directory records."""

from functools import cache

from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.conf.locale import LANG_INFO

from .columns import header_key, translated_keys

CODES = {code for code, _name in ALL_LANGUAGES}

# Names and codes of languages that Django lists only by their written variant, or not at all.
SYNONYMS = {
    "zh-hans": ["zh", "zho", "chi", "chinese", "mandarin", "mandarin chinese", "中文", "汉语",
                "漢語", "普通话", "华语", "简体", "kiina", "kinesiska", "zh cn", "zh sg", "zh my"],
    "zh-hant": ["traditional chinese", "繁体中文", "繁體", "國語", "zh tw", "zh hk", "zh mo"],
    "nb": ["no", "nor", "norwegian", "norsk", "norja", "norska"],
    "fi": ["fin", "finnish", "suomi"],
    "sv": ["swe", "swedish", "svenska", "ruotsi"],
    "et": ["est", "estonian", "eesti", "viro", "estniska"],
    "en": ["eng", "english", "englanti", "engelska"],
    "de": ["deu", "ger", "german", "deutsch", "saksa", "tyska"],
    "fr": ["fra", "fre", "french", "français", "ranska", "franska"],
    "ru": ["rus", "russian", "русский", "venäjä", "ryska"],
    "ja": ["jpn", "japanese", "日本語", "japani", "japanska"],
    "ko": ["kor", "korean", "한국어", "korea", "koreanska"],
    "es": ["spa", "spanish", "español", "espanja", "spanska"],
    "da": ["dan", "danish", "dansk", "tanska", "danska"],
    "lv": ["lav", "latvian", "latviešu"],
    "lt": ["lit", "lithuanian", "lietuvių"],
    "pl": ["pol", "polish", "polski"],
    "kk": ["kaz", "kazakh", "қазақ"],
}  # fmt: skip


@cache
def _names():
    """header_key of every way of writing a language → its code."""
    names = {}
    for code, words in SYNONYMS.items():
        names.update(dict.fromkeys((header_key(word) for word in words), code))
    for code, info in LANG_INFO.items():
        target = code if code in CODES else next(iter(info.get("fallback", [])), None)
        if target is None:
            continue
        names.setdefault(header_key(code), target)
        for word in (info.get("name", ""), info.get("name_local", "")):
            if word:
                names.setdefault(header_key(word), target)
    for code, name in ALL_LANGUAGES:
        for key in translated_keys(name):
            names.setdefault(key, code)
    return names


def language_code(value):
    """The code of the language `value` names, or None when it names none the directory knows.
    A regional variant falls back to its language ("en-US" → en, "pt-PT" → pt)."""
    wanted = value.strip().casefold().replace("_", "-")
    if wanted in CODES:
        return wanted
    names = _names()
    key = header_key(wanted)
    if key in names:
        return names[key]
    base = wanted.split("-")[0]
    if "-" in wanted and base in CODES:
        return base
    return names.get(header_key(base)) if "-" in wanted else None


def accepted_languages():
    """(code, name) of every language the directory records, for the import page."""
    return [(code, name) for code, name in ALL_LANGUAGES]
