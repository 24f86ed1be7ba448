"""The catalogues: compiled without GNU gettext, complete for Swedish, Finnish and Estonian,
complete for Simplified Chinese on the pages hosts read, and safe to format."""

import gettext
import re

import polib
import pytest

from sme2go import i18n

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


def test_the_catalogues_compile_with_python_and_load(tmp_path):
    for locale in i18n.FULL_LANGUAGES + i18n.HOST_LANGUAGES:
        target = tmp_path / locale / "LC_MESSAGES"
        target.mkdir(parents=True)
        (target / "django.po").write_bytes(i18n.catalogue(locale).read_bytes())
    compiled = i18n.compile_all(tmp_path)
    assert len(compiled) == 4
    with open(tmp_path / "sv/LC_MESSAGES/django.mo", "rb") as mo:
        swedish = gettext.GNUTranslations(mo)
    assert swedish.gettext("Delegation trips") == "Delegationsresor"
    assert swedish.ngettext("%(days)s day", "%(days)s days", 5) == "%(days)s dagar"


def test_every_msgid_in_the_code_is_in_the_catalogues():
    """A new string needs `make messages` (and its translations) before it lands."""
    for locale in i18n.FULL_LANGUAGES:
        assert i18n.missing_from_catalogue(locale) == []


@pytest.mark.parametrize("locale", i18n.FULL_LANGUAGES + i18n.HOST_LANGUAGES)
def test_every_msgid_is_translated_and_none_is_fuzzy(locale):
    assert i18n.gaps(locale) == []


@pytest.mark.parametrize("locale", i18n.FULL_LANGUAGES + i18n.HOST_LANGUAGES)
def test_translations_keep_every_placeholder(locale):
    broken = []
    for entry in polib.pofile(str(i18n.catalogue(locale))):
        if entry.msgid_plural:
            plural = max(entry.msgstr_plural)
            pairs = [(entry.msgid_plural, entry.msgstr_plural[plural])]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, translated in pairs:
            if translated and sorted(PLACEHOLDER.findall(source)) != sorted(
                PLACEHOLDER.findall(translated)
            ):
                broken.append((source, translated))
    assert broken == []


def test_the_check_lists_an_untranslated_string(tmp_path, monkeypatch):
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Delegation trips", msgstr="Delegationsresor"))
    po.append(polib.POEntry(msgid="New words", msgstr=""))
    po.append(polib.POEntry(msgid="Rough", msgstr="Ungefär", flags=["fuzzy"]))
    (tmp_path / "sv" / "LC_MESSAGES").mkdir(parents=True)
    po.save(str(tmp_path / "sv" / "LC_MESSAGES" / "django.po"))
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    assert i18n.gaps("sv") == [("New words", "untranslated"), ("Rough", "fuzzy")]
    assert i18n.statistics("sv") == (1, 3)


def test_the_host_facing_templates_exist():
    """The Chinese check counts the strings of these templates: a renamed one would drop out."""
    for path in i18n.HOST_FACING:
        assert (i18n.BASE_DIR / path).is_file(), path
