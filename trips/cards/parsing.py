"""From the lines of text read off a business card to proposed contact fields.

`parse_card(lines)` takes OCR lines (strings, or (text, box height) pairs, both sides of the
card together) and returns {field: {"value": ..., "source": line read}} for the fields it
found: native_name, family_name, given_name, title, title_native, organisation,
organisation_native, mobile, office (E.164, +86 by default), email, wechat, website,
address, address_native. Plain Python, no OCR: tests feed it text."""

import re

from .contact_fields import (
    field,
    find_addresses,
    find_email,
    find_phones,
    find_website,
    find_wechat,
)
from .lines import make_lines
from .surnames import ALL_PINYIN, COMPOUND, SINGLE, pinyin_of_family

CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z'\-. ]{1,40}$")
ORG_NATIVE = re.compile(
    r"(公司|集团|政府|委员会|管委会|局|中心|院|大学|学院|银行|厂|协会|联合会|商会|办公室|"
    r"管理处|研究所|事务所|园区|开发区|基地|医院|学校)$"
)
TITLE_NATIVE = re.compile(
    r"(长|经理|主任|总监|总裁|工程师|代表|秘书|书记|主席|顾问|助理|专员|董事|总|主管|教授|会计)$"
)
TITLE_WORDS = (
    "manager|director|head|chief|president|chairman|chairwoman|chair|secretary|engineer|"
    "officer|representative|deputy|vice|assistant|consultant|mayor|specialist|coordinator|"
    "ceo|cto|cfo|coo|partner|founder|supervisor|professor|dean|advisor|adviser|executive|"
    "general|senior|principal|counsellor|attache|lead|leader|accountant|analyst|sales"
)
TITLE_START = re.compile(rf"^(?:{TITLE_WORDS})", re.IGNORECASE)
TITLE_END = re.compile(rf"(?:{TITLE_WORDS})$", re.IGNORECASE)
ORG_WORDS = re.compile(
    r"co\.|co,|ltd|limited|company|group|government|committee|bureau|cent(?:er|re)|"
    r"administration|zone|park|institute|university|bank|factory|association|federation|"
    r"office|corporation|corp\b|inc\b|commission|chamber|authority|council|department|ministry|"
    r"agency|foundation|society|school|college|hospital|technology|industr|enterprise|"
    r"municipal|people's",
    re.IGNORECASE,
)


SMALL_WORDS = re.compile(r"(?<=[a-z])(of|and|for|the|de)(?=[A-Z])")


def respace(text):
    """Put back the spaces OCR drops in large Latin text: "DeputyDirectorGeneral",
    "BureauofCommerce", "Co.,Ltd." (names of people are split by `name_words`)."""
    text = SMALL_WORDS.sub(r" \1 ", text)
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    text = re.sub(r"(?<=[,.])(?=[A-Z][a-z])", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def is_title(line):
    if line.is_cjk:
        return bool(TITLE_NATIVE.search(line.text)) and not ORG_NATIVE.search(line.text)
    squeezed = line.text.replace(" ", "").strip(".,")
    return bool(TITLE_START.match(squeezed) or TITLE_END.search(squeezed))


def native_name_candidates(lines):
    for line in lines:
        squeezed = line.text.replace(" ", "")
        head = line.text.split(" ")[0]
        for text in (squeezed, head):
            if (
                CJK_NAME.match(text)
                and (text[:2] in COMPOUND or text[:1] in SINGLE)
                and not ORG_NATIVE.search(text)
                and not TITLE_NATIVE.search(text[1:])
            ):
                yield line, text
                break


def find_native_name(lines):
    best = max(native_name_candidates(lines), key=lambda c: c[0].height, default=None)
    return field(best[1], best[0]) if best else None


def name_words(text, families=()):
    """The words of a Latin name. OCR often drops the space between large letters: "NaSun",
    "WANGLi", or "Zhangwei" when the Chinese side says the family name is Zhang."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    words = text.replace(".", " ").split()
    if len(words) == 1:
        for family in sorted(families, key=len, reverse=True):
            word = words[0]
            if word.lower().startswith(family) and len(word) > len(family) + 1:
                return [word[: len(family)], word[len(family) :]]
            if word.lower().endswith(family) and len(word) > len(family) + 1:
                return [word[: -len(family)], word[-len(family) :]]
    return words


def latin_name_score(line, families):
    words = name_words(line.text, families)
    if not 2 <= len(words) <= 4 or any(len(w) < 2 for w in words):
        return None
    if line.label or is_title(line) or ORG_WORDS.search(line.text):
        return None
    if not LATIN_NAME.match(line.text):
        return None
    folded = {w.lower() for w in words}
    score = line.height
    if families & folded:
        score += 1000
    elif folded & ALL_PINYIN:
        score += 100
    if any(w.isupper() and len(w) > 1 for w in words):
        score += 10
    return score


def split_latin(words, families):
    """(family, given) in the order a card prints: the word that spells the Chinese family
    name, else a word in capitals (WANG Li), else a known family name first, else the last."""
    lowered = [w.lower() for w in words]
    index = next((i for i, w in enumerate(lowered) if w in families), None)
    if index is None:
        capitals = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1]
        if len(capitals) == 1 and len(words) > 1:
            index = capitals[0]
    if index is None:
        first_known, last_known = lowered[0] in ALL_PINYIN, lowered[-1] in ALL_PINYIN
        index = 0 if first_known and not last_known else len(words) - 1
    family = words[index]
    given = " ".join(w for i, w in enumerate(words) if i != index)
    return family.capitalize(), " ".join(part.capitalize() for part in given.split())


def find_latin_name(lines, native_name):
    families = pinyin_of_family(native_name) if native_name else set()
    scored = [(latin_name_score(line, families), line) for line in lines if not line.is_cjk]
    scored = [(score, line) for score, line in scored if score is not None]
    if not scored:
        return {}
    _, line = max(scored, key=lambda pair: pair[0])
    words = name_words(line.text, families)
    family, given = split_latin(words, families)
    return {"family_name": field(family, line), "given_name": field(given, line)}


def find_titles(lines, used):
    found = {}
    for line in lines:
        if line.label or id(line) in used or not is_title(line):
            continue
        key = "title_native" if line.is_cjk else "title"
        found.setdefault(key, field(line.text if line.is_cjk else respace(line.text), line))
    return found


def find_organisations(lines, used):
    found = {}
    for line in lines:
        if line.label or id(line) in used or is_title(line):
            continue
        text = line.text.replace(" ", "") if line.is_cjk else line.text
        if line.is_cjk and ORG_NATIVE.search(text):
            found.setdefault("organisation_native", field(text, line))
        elif not line.is_cjk and ORG_WORDS.search(text):
            found.setdefault("organisation", field(respace(text), line))
    return found


def parse_card(items):
    lines = make_lines(items)
    proposal = {}
    native = find_native_name(lines)
    if native:
        proposal["native_name"] = native
    proposal.update(find_latin_name(lines, native["value"] if native else ""))
    used = {id(line) for line in lines if line.text in _sources(proposal)}
    proposal.update(find_titles(lines, used))
    used |= {id(line) for line in lines if line.text in _sources(proposal)}
    proposal.update(find_organisations(lines, used))
    proposal.update(find_phones(lines))
    for key, finder in (("email", find_email), ("wechat", find_wechat), ("website", find_website)):
        found = finder(lines)
        if found:
            proposal[key] = found
    proposal.update(find_addresses(lines))
    return proposal


def _sources(proposal):
    return {item["source"] for item in proposal.values()}
