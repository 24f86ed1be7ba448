"""Reading a vCard file (.vcf, vCard 3.0 or 4.0, any number of cards), as phones, address books
and card-scanning apps write it, into the same numbered rows as a spreadsheet: a header line of
the import's column keys, then one row per card, numbered by the line its card begins on.

Of several e-mails and phones the card's preferred one (else the mobile, else the work one) is
the person's; the others, the addresses, websites, departments and nickname go to the notes
with the card's NOTE. What a contact directory has no use for (photo, birthday, …) is listed
as not imported."""

import vobject
from django.utils.translation import gettext as _

from .naming import arrange_names, is_latin, split_full_name
from .organisations import country_code
from .reading import MAX_ROWS, UnreadableFile
from .rows import EXTRAS, notes_of, rank_of

KEYS = ["given_name", "family_name", "native_name", "title", "organisation",
        "organisation_native_name", "city", "country", "email", "phone", "messaging_id",
        "preferred_language", "notes"]  # fmt: skip
PROPERTY_OF_KEY = {"given_name": "N", "family_name": "N", "native_name": "FN", "title": "TITLE",
                   "organisation": "ORG", "organisation_native_name": "ORG", "city": "ADR",
                   "country": "ADR", "email": "EMAIL", "phone": "TEL", "messaging_id": "X-WECHAT",
                   "preferred_language": "LANG", "notes": "NOTE"}  # fmt: skip
READ = {"n", "fn", "nickname", "org", "title", "role", "email", "tel", "adr", "url", "note",
        "lang", "x-wechat", "impp", "x-phonetic-first-name", "x-phonetic-last-name",
        "x-phonetic-org", "x-ablabel", "x-abadr", "version", "prodid", "rev", "uid",
        "kind"}  # fmt: skip
QUIET_TYPES = {"voice", "internet", "pref", "x400"}  # types not worth a word in the notes


def is_vcard(data: bytes):
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:11].upper() == b"BEGIN:VCARD"


def read_vcards(text):
    """(records, properties not imported): a header record of KEYS, then (line, cells) for
    each card; UnreadableFile names the line of a card that cannot be read."""
    records, left = [(1, list(KEYS))], []
    for line, chunk in _cards(text):
        try:
            card = vobject.readOne(chunk)
        except Exception as exc:  # vobject raises ParseError, but also ValueError, KeyError, …
            raise UnreadableFile(
                _("The card starting on line %(line)s cannot be read (%(error)s).")
                % {"line": line, "error": exc}
            ) from exc
        values = card_values(card)
        records.append((line, [values[key] for key in KEYS]))
        left += [name.upper() for name in card.contents if name not in READ]
    return records, sorted(set(left))


def _cards(text):
    """(first line, text) of each card; at most one card more than an import takes."""
    start, lines, count = None, [], 0
    for number, raw in enumerate(text.splitlines(), 1):
        word = raw.strip().upper()
        if start is None and word == "BEGIN:VCARD":
            start, lines = number, []
        elif start is None and word:
            raise UnreadableFile(
                _("Line %(line)s is outside any card (BEGIN:VCARD … END:VCARD).") % {"line": number}
            )
        if start is not None:
            lines.append(raw)
        if start is not None and word == "END:VCARD":
            yield start, "\r\n".join(lines) + "\r\n"
            start, count = None, count + 1
            if count > MAX_ROWS:  # refused, never cut off: the cards beyond would be lost
                raise UnreadableFile(
                    _("The file has more than %(max)s cards; import at most %(max)s at a time.")
                    % {"max": MAX_ROWS}
                )
    if start is not None:
        raise UnreadableFile(
            _("The card starting on line %(line)s has no END:VCARD.") % {"line": start}
        )


def card_values(card):
    """Column key → text for one card."""
    props = card.contents
    labels = {line.group: _text(line.value) for line in props.get("x-ablabel", [])}
    values = dict.fromkeys(KEYS, "")
    extras = []
    _names(props, values, extras)
    _organisation(props, values, extras)
    values["title"], role = _first(props, "title"), _first(props, "role")
    if role and not values["title"]:
        values["title"] = role
    elif role:
        extras.append((_("Role"), role))
    for key, name in (("email", "email"), ("phone", "tel")):
        values[key] = _pick(props.get(name, []), key, labels, extras)
    _address(props.get("adr", []), values, labels, extras)
    for url in props.get("url", []):
        extras.append((_label(_("Website"), url, labels), _text(url.value)))
    values["messaging_id"] = _first(props, "x-wechat") or _first(props, "impp")
    values["preferred_language"] = _first(props, "lang")
    notes = "\n".join(_text(note.value) for note in props.get("note", []))
    values["notes"] = notes_of({"notes": notes, EXTRAS: extras})
    return values


def _text(value, separator=", "):
    """A property's value as text; the parts of a list (ROLE:a\\, b) joined again."""
    if isinstance(value, list | tuple):
        return separator.join(_text(part) for part in value if part).strip()
    return value.strip() if isinstance(value, str) else ""


def _first(props, name):
    return next((text for line in props.get(name, []) if (text := _text(line.value))), "")


def _types(line, labels):
    """The card's words for what a value is: TYPE=WORK,CELL, PREF=1, an Apple label."""
    words = [word.casefold() for word in line.singletonparams]  # vCard 2.1: TEL;CELL:…
    for value in line.params.get("TYPE", []):
        words += [word.strip().casefold() for word in value.split(",") if word.strip()]
    if "PREF" in line.params:
        words.append("pref")
    label = labels.get(line.group, "") if line.group else ""
    if label:
        words.append(label.strip("_$!<>").casefold())
    return words


def _label(word, line, labels):
    shown = [t for t in _types(line, labels) if t not in QUIET_TYPES]
    return f"{word} ({', '.join(shown)})" if shown else word


def _pick(lines, key, labels, extras):
    """The value to keep of several e-mails or phones; the others go to `extras`."""
    offers = []
    for order, line in enumerate(lines):
        text = _text(line.value).removeprefix("tel:").removeprefix("mailto:")
        rank = rank_of(key, " ".join(_types(line, labels)))
        if text:
            offers.append((rank if rank is not None else 99, order, text, line))
    if not offers:
        return ""
    kept = min(offers) if min(offers)[0] != 99 else None
    word = _("E-mail") if key == "email" else _("Phone")
    for offer in offers:
        if offer is not kept:
            extras.append((_label(word, offer[3], labels), offer[2]))
    return kept[2] if kept else ""


def _names(props, values, extras):
    n = props["n"][0].value if props.get("n") else None
    given = _text(getattr(n, "given", ""), " ") if n else ""
    family = _text(getattr(n, "family", ""), " ") if n else ""
    full, nickname = _first(props, "fn"), _first(props, "nickname")
    native = ""
    if not (given or family):
        given, family, native = split_full_name(full)
    elif full and not is_latin(full):
        native = split_full_name(full)[2]  # "李娜", or as our export writes: "Li Wang (王丽)"
    if nickname and not native and not is_latin(nickname):
        native = nickname  # our export writes the native name as the nickname
    elif nickname and nickname != native:
        extras.append((_("Nickname"), nickname))
    names = {
        "given_name": given,
        "family_name": family,
        "native_name": native,
        "middle_name": _text(getattr(n, "additional", ""), " ") if n else "",
        "phonetic_given": _first(props, "x-phonetic-first-name"),
        "phonetic_family": _first(props, "x-phonetic-last-name"),
    }
    arrange_names(names)
    values.update({key: names[key] for key in ("given_name", "family_name", "native_name")})


def _organisation(props, values, extras):
    """ORG: the organisation, then its departments (to the notes). A name in another script
    is the native name, with X-PHONETIC-ORG as its Latin name when the card has one."""
    org = props["org"][0].value if props.get("org") else []
    parts = [org] if isinstance(org, str) else [_text(part) for part in org]
    name = parts[0] if parts else ""
    if name and not is_latin(name):
        values["organisation_native_name"] = name
        phonetic = _first(props, "x-phonetic-org")
        name = phonetic if is_latin(phonetic) else ""
    values["organisation"] = name
    if any(parts[1:]):
        extras.append((_("Department"), ", ".join(part for part in parts[1:] if part)))


def _address(lines, values, labels, extras):
    """Every address to the notes; the city and country of the work (or preferred, or only)
    address feed a new organisation, the country only when it is one we know."""
    for line in lines:
        adr = line.value
        street, box, extended, code, city, region, country = (
            _text(getattr(adr, name, ""), " ")
            for name in ("street", "box", "extended", "code", "city", "region", "country")
        )
        parts = (street, box, extended, f"{code} {city}".strip(), region, country)
        text = ", ".join(part for part in parts if part)
        if text:
            extras.append((_label(_("Address"), line, labels), text))
        types = _types(line, labels)
        if values["city"] or values["country"]:
            continue
        if {"work", "pref"} & set(types) or (len(lines) == 1 and "home" not in types):
            values["city"], values["country"] = city, country_code(country)
