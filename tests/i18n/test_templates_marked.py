"""Every piece of visible text in our templates goes through {% translate %} or
{% blocktranslate %}: text between tags and the attributes people read (title, alt,
aria-label, placeholder). Proper names and symbols are on a short allow-list."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

TEMPLATES = sorted((Path(settings.BASE_DIR) / "templates").rglob("*.html"))
# Names that stay the same in every language.
ALLOWED = {"SME2GO", "Weifang", "Shandong", "Rizhao", "OpenStreetMap", "vCard", "CSV", "XLSX"}
HOLE = "\x00"  # where a template tag or variable stood
READ_ATTRIBUTES = re.compile(
    r"""\s(?:title|alt|aria-label|placeholder)\s*=\s*(["'])(.*?)\1""", re.S | re.I
)
TAG = re.compile(r"<[^<>]*>", re.S)
ENTITY = re.compile(r"&#?\w+;")
HIDDEN_ELEMENTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
WORD = re.compile(r"[^\W\d_][\w-]*")
# Bootstrap grid classes filling a `{% block column %}` ("col-sm-10 col-lg-5") are no words.
CSS_CLASS = re.compile(r"[a-z]+(?:-[a-z]+)*-\d+")


def _text_with_holes(source):
    """The template's literal text, every tag, variable, comment and text already inside
    {% blocktranslate %} replaced by a hole."""
    parts, skipping = [], None
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            if skipping is None and name in ("comment", "verbatim", "blocktranslate"):
                skipping = "end" + name
            elif name == skipping:
                skipping = None
            parts.append(HOLE)
        elif token.token_type == TokenType.TEXT and skipping is None:
            parts.append(token.contents)
        else:
            parts.append(HOLE)
    return "".join(parts)


def untranslated_words(source):
    text = HIDDEN_ELEMENTS.sub(HOLE, _text_with_holes(source))
    shown = [value for _, value in READ_ATTRIBUTES.findall(text)]
    shown.append(TAG.sub(HOLE, text))
    words = []
    for chunk in shown:
        for piece in ENTITY.sub(" ", chunk).split(HOLE):
            words += [
                w
                for w in WORD.findall(piece)
                if len(w) > 1 and w not in ALLOWED and not CSS_CLASS.fullmatch(w)
            ]
    return words


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(settings.BASE_DIR)))
def test_no_visible_english_outside_translate_tags(path):
    assert untranslated_words(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_unmarked_text_and_passes_marked_text():
    assert untranslated_words('<p title="Open it">Hello <b>{{ name }}</b></p>') == [
        "Open",
        "it",
        "Hello",
    ]
    marked = (
        '{% load i18n %}<p title="{% translate "Open it" %}">{% translate "Hello" %}'
        '{# a comment #}<a href="{% url "home" %}" class="btn">{{ x }}</a> SME2GO · 2026</p>'
        "<script>let a = 1;</script>{% block column %}col-sm-10 col-lg-5{% endblock %}"
    )
    assert untranslated_words(marked) == []
