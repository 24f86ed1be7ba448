"""The translation catalogues: compile them without GNU gettext, and list what is missing.

    python -m sme2go.i18n compile   # locale/*/LC_MESSAGES/django.po -> django.mo (polib)
    python -m sme2go.i18n check     # untranslated and fuzzy msgids per language; exit 1 if any

`make install` and `make test` compile; `make messages` re-extracts the msgids from the code
(Django's makemessages, which needs GNU gettext) and then checks. Swedish, Finnish and Estonian
cover every msgid; Simplified Chinese covers what hosts read (HOST_FACING below).
"""

import ast
import re
import sys
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = BASE_DIR / "locale"
SOURCE_DIRS = ("sme2go", "contacts", "trips")
FULL_LANGUAGES = ("sv", "fi", "et")
HOST_LANGUAGES = ("zh_Hans",)
# Templates a host reads through a share link (the page, which is also its printout, the
# refusal page, and the frame around them), as paths from the project's root. A msgid used in
# any of them must be translated for hosts. The staff page that embeds the report
# (templates/trips/results/host_report.html) is read by staff, never in Chinese.
HOST_FACING = (
    "templates/trips/_host_report.html",
    "templates/trips/share/host_report.html",
    "templates/trips/share/refused.html",
    "templates/base.html",
)


def catalogue(locale):
    return LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"


def compile_all(locale_dir=LOCALE_DIR):
    """Write a django.mo beside every django.po that is newer; returns the .mo paths."""
    written = []
    for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/django.po")):
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            written.append(mo_path)
    return written


# Python: name -> positions of (context, singular, plural) among the call's arguments.
_PY_KEYWORDS = {
    **dict.fromkeys(("_", "gettext", "gettext_lazy", "gettext_noop"), (None, 0, None)),
    **dict.fromkeys(("ngettext", "ngettext_lazy"), (None, 0, 1)),
    **dict.fromkeys(("pgettext", "pgettext_lazy"), (0, 1, None)),
    **dict.fromkeys(("npgettext", "npgettext_lazy"), (0, 1, 2)),
}
_STRING = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_TEMPLATE_CALL = re.compile(rf"\b(n?p?gettext)\(((?:\s*{_STRING}\s*,?)+)")


def _python_msgids(source):
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        if name not in _PY_KEYWORDS:
            continue
        strings = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        context, singular, _plural = _PY_KEYWORDS[name]
        if singular < len(strings) and isinstance(strings[singular], str):
            yield (strings[context] if context is not None else None, strings[singular])


def _template_msgids(source):
    from django.utils.translation.template import templatize

    for name, args in _TEMPLATE_CALL.findall(templatize(source)):
        strings = [ast.literal_eval(s) for s in re.findall(_STRING, args)]
        yield (
            (strings[0], strings[1])
            if name.startswith(("pgettext", "npgettext"))
            else (
                None,
                strings[0],
            )
        )


def project_msgids():
    """(context, msgid) of every translatable string in our code and templates, found as
    makemessages finds them but without GNU gettext."""
    found = set()
    for folder in SOURCE_DIRS:
        for path in (BASE_DIR / folder).rglob("*.py"):
            if "migrations" not in path.parts:
                found.update(_python_msgids(path.read_text(encoding="utf-8")))
    for path in (BASE_DIR / "templates").rglob("*.html"):
        found.update(_template_msgids(path.read_text(encoding="utf-8")))
    return {(context, msgid) for context, msgid in found if msgid}


def missing_from_catalogue(locale):
    """msgids in the code that the locale's catalogue does not list (run `make messages`)."""
    listed = {(e.msgctxt, e.msgid) for e in polib.pofile(str(catalogue(locale))) if not e.obsolete}
    return sorted(project_msgids() - listed, key=lambda pair: pair[1])


def is_host_facing(entry):
    return any(Path(path).as_posix() in HOST_FACING for path, _line in entry.occurrences)


def gaps(locale):
    """(msgid, why) for every entry of the locale's catalogue that readers would see in
    English: untranslated or fuzzy. For a host language, only host-facing entries count."""
    entries = [e for e in polib.pofile(str(catalogue(locale))) if not e.obsolete]
    if locale in HOST_LANGUAGES:
        entries = [e for e in entries if is_host_facing(e)]
    found = []
    for entry in entries:
        if entry.fuzzy:
            found.append((entry.msgid, "fuzzy"))
        elif not entry.translated():
            found.append((entry.msgid, "untranslated"))
    return found


def statistics(locale):
    """(translated, total) entries, counted as `gaps` counts them."""
    entries = [e for e in polib.pofile(str(catalogue(locale))) if not e.obsolete]
    if locale in HOST_LANGUAGES:
        entries = [e for e in entries if is_host_facing(e)]
    return len(entries) - len(gaps(locale)), len(entries)


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    if command == "compile":
        for path in compile_all():
            print(f"compiled {path.relative_to(LOCALE_DIR.parent)}")
        return 0
    if command != "check":
        print(__doc__)
        return 2
    missing = 0
    for locale in FULL_LANGUAGES + HOST_LANGUAGES:
        translated, total = statistics(locale)
        print(f"{locale}: {translated}/{total} translated")
        if locale in FULL_LANGUAGES:
            for _context, msgid in missing_from_catalogue(locale):
                missing += 1
                print(f"  not in the catalogue (run make messages): {msgid!r}")
        for msgid, why in gaps(locale):
            missing += 1
            print(f"  {why}: {msgid!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
