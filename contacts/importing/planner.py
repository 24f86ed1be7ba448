"""From rows of text to an import plan: headers, values, organisations and duplicates."""

import re

import phonenumbers
from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.core.exceptions import ValidationError
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_countries import countries

from ..csv_safe import FORMULA_STARTS, unescape_cell
from ..exporting import COLUMNS
from ..models import Organisation, Person
from ..names import name_keys, person_name_keys
from .plan import ImportPlan, PlannedOrganisation, PlannedPerson
from .reading import (
    MAX_ROWS,
    XLSX_MAGIC,
    UnreadableFile,
    decode,
    detect_delimiter,
    read_records,
    read_workbook,
)

PERSON_FIELDS = [
    "given_name",
    "family_name",
    "native_name",
    "title",
    "email",
    "phone",
    "messaging_id",
    "preferred_language",
]
ORGANISATION_FIELDS = [
    "organisation",
    "organisation_native_name",
    "organisation_kind",
    "country",
    "city",
]
READ_ONLY = ["trips", "last_met"]
FORMULA_SEEN = "__formula__"  # a row whose formula cells were refused (and blanked)

# Other words people use for the same columns (compared after `_header_key`).
ALIASES = {
    "given_name": ["first name", "firstname", "given", "forename", "etunimi", "förnamn"],
    "family_name": ["last name", "lastname", "surname", "family", "sukunimi", "efternamn"],
    "native_name": ["native name", "chinese name", "name in chinese", "中文名"],
    "title": ["job title", "role", "position", "title or role", "titteli", "befattning"],
    "organisation": ["organization", "company", "employer", "yritys", "organisaatio", "företag"],
    "organisation_native_name": ["organization native name", "company native name"],
    "organisation_kind": ["organization kind", "kind", "organisation type", "type"],
    "email": ["email", "e mail", "mail", "email address", "sähköposti", "e post", "epost"],
    "phone": ["telephone", "mobile", "phone number", "puhelin", "telefon"],
    "messaging_id": ["wechat", "wechat id", "messaging", "messenger"],
    "preferred_language": ["language", "kieli", "språk"],
    "trips": ["trips"],
    "last_met": ["last met date"],
}


def _header_key(text):
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def header_lookup():
    """Header text (normalised) → column key, in English and in every language of the site."""
    lookup = {}
    for key, label in COLUMNS:
        for code, _name in settings.LANGUAGES:
            with override(code):
                lookup[_header_key(str(label))] = key
        lookup[_header_key(key)] = key
    for key, words in ALIASES.items():
        for word in words:
            lookup.setdefault(_header_key(word), key)
    return lookup


def build_plan(data: bytes, filename=""):
    plan = ImportPlan(filename=filename)
    try:
        if data.startswith(XLSX_MAGIC):
            plan.encoding = _("Excel workbook")
            records = read_workbook(data)
        else:
            text, plan.encoding = decode(data)
            plan.delimiter = detect_delimiter(text)
            records = list(read_records(text, plan.delimiter))
    except UnreadableFile as exc:
        plan.problem(None, "", exc)
        return plan
    if not records:
        plan.problem(None, "", _("The file is empty: it has no header line and no people."))
        return plan
    header_line, header = records[0]
    columns = _read_header(plan, header_line, header)
    if columns is None:
        return plan
    rows = records[1:]
    if not rows:
        plan.problem(None, "", _("The file has a header line but no people below it."))
        return plan
    if len(rows) > MAX_ROWS:
        plan.problem(
            None,
            "",
            _("The file has %(count)s rows; import at most %(max)s at a time.")
            % {"count": len(rows), "max": MAX_ROWS},
        )
        return plan
    plan.rows_read = len(rows)
    _Planner(plan, columns, header).run(rows)
    plan.problems.sort(key=lambda problem: problem.line or 0)
    return plan


def _read_header(plan, line, header):
    lookup = header_lookup()
    columns = {}  # index → key
    labels = dict(COLUMNS)
    for index, raw in enumerate(header):
        text = unescape_cell(raw.strip())
        key = lookup.get(_header_key(text))
        if key is None:
            if text:
                plan.ignored_columns.append(text)
            continue
        if key in columns.values():
            plan.problem(
                line,
                text,
                _("Two columns mean “%(label)s”; keep only one of them.") % {"label": labels[key]},
            )
            continue
        if key in READ_ONLY:
            plan.ignored_columns.append(text)
        columns[index] = key
    if not set(columns.values()) & {"given_name", "family_name", "native_name"}:
        plan.problem(
            line,
            "",
            _(
                "The first line must name the columns, and none of them is a name column. "
                "Use the headers of the export, e.g. “Given name”, “Family name”, “E-mail”, "
                "“Organisation”, “Country”."
            ),
        )
        return None
    if plan.problems:
        return None
    return columns


class _Planner:
    def __init__(self, plan, columns, header):
        self.plan = plan
        self.columns = columns
        self.header = header
        self.width = len(header)
        self.labels = {key: header[index].strip() for index, key in columns.items()}
        self.new_orgs = {}  # key → PlannedOrganisation
        self.by_email = {}  # lower e-mail → PlannedPerson
        self.by_name = {}  # (organisation identity, name key) → PlannedPerson
        self.org_names = {}  # casefolded name → [Organisation]

    # -- helpers -------------------------------------------------------------------------
    def problem(self, line, key, message):
        self.plan.problem(line, self.labels.get(key, ""), message)

    def run(self, rows):
        self._load_organisations(rows)
        parsed = []
        for line, cells in rows:
            values = self._cells(line, cells)
            if values is not None:
                parsed.append((line, values))
        existing_by_email, existing_by_name = self._load_existing(parsed)
        for line, values in parsed:
            organisation = self._organisation(line, values)
            person_values = self._person_values(line, values, organisation)
            if person_values is None or values[FORMULA_SEEN]:
                continue
            self._add(line, person_values, organisation, existing_by_email, existing_by_name)
        self.plan.new_organisations = list(self.new_orgs.values())
        for planned in self.plan.people:
            if planned.existing is not None:
                planned.changes = _changes(planned)

    def _cells(self, line, cells):
        if len(cells) != self.width:
            extra = cells[self.width :]
            if len(cells) < self.width or any(c.strip() for c in extra):
                self.plan.problem(
                    line,
                    "",
                    _(
                        "This row has %(cells)s cells but the header line has %(columns)s. "
                        "Check for a missing cell, or a delimiter inside a value that is not "
                        "in quotation marks."
                    )
                    % {"cells": len(cells), "columns": self.width},
                )
                return None
        values = {}
        ok = True
        for index, key in self.columns.items():
            raw = cells[index]
            stripped = raw.lstrip(" ")
            if stripped.startswith(FORMULA_STARTS) and not (
                key == "phone" and stripped.startswith("+")
            ):
                shown = stripped.strip()[:40] or repr(stripped[:1])
                self.problem(
                    line,
                    key,
                    _(
                        "“%(value)s” starts with a character that makes spreadsheets run it as "
                        "a formula. If it is meant as text, put an apostrophe in front of it."
                    )
                    % {"value": shown},
                )
                ok = False
                values[key] = ""  # the row's other cells are still checked
                continue
            values[key] = unescape_cell(raw.strip()).strip()
        values[FORMULA_SEEN] = not ok
        return values

    def _load_organisations(self, rows):
        """Existing organisations by case-folded name. Compared in Python: SQLite's LOWER()
        leaves "Å" as it is."""
        index = {key: i for i, key in self.columns.items()}
        if "organisation" not in index:
            return
        names = {
            unescape_cell(cells[index["organisation"]].strip()).casefold()
            for _line, cells in rows
            if len(cells) > index["organisation"] and cells[index["organisation"]].strip()
        }
        for org in Organisation.objects.only("pk", "name", "country").iterator():
            if org.name.casefold() in names:
                self.org_names.setdefault(org.name.casefold(), []).append(org)

    def _country(self, line, values):
        raw = values.get("country", "")
        if not raw:
            return ""
        code = countries.alpha2(raw) or countries.by_name(raw)
        if not code:
            self.problem(
                line,
                "country",
                _(
                    "“%(value)s” is not a country we know. Write its English name (Finland) "
                    "or its two-letter code (FI)."
                )
                % {"value": raw},
            )
            return None
        return code

    def _kind(self, line, values):
        raw = values.get("organisation_kind", "")
        if not raw:
            return None
        wanted = _header_key(raw)
        for value, label in Organisation.Kind.choices:
            names = {_header_key(value)}
            for code, _name in settings.LANGUAGES:
                with override(code):
                    names.add(_header_key(str(label)))
            if wanted in names:
                return value
        self.problem(
            line,
            "organisation_kind",
            _("“%(value)s” is not a kind of organisation. Use one of: %(choices)s.")
            % {
                "value": raw,
                "choices": ", ".join(str(label) for _, label in Organisation.Kind.choices),
            },
        )
        return False

    def _organisation(self, line, values):
        """The organisation of a row: an existing one, a planned new one, None, or False when
        the row has a problem with it."""
        name = values.get("organisation", "")
        country = self._country(line, values)
        kind = self._kind(line, values)
        if country is None or kind is False:
            return False
        if not name:
            if values.get("organisation_native_name"):
                self.problem(
                    line,
                    "organisation",
                    _("Give the organisation's name in Latin letters too."),
                )
                return False
            return None
        candidates = self.org_names.get(name.casefold(), [])
        if country:
            candidates = [org for org in candidates if org.country == country]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            self.problem(
                line,
                "country",
                _("Several organisations are called “%(name)s”; give the country to choose one.")
                % {"name": name},
            )
            return False
        if not country:
            self.problem(
                line,
                "country",
                _(
                    "The organisation “%(name)s” is new and will be created; give its country "
                    "in the column “Country”."
                )
                % {"name": name},
            )
            return False
        planned = self.new_orgs.get((name.casefold(), country))
        if planned is None:
            planned = PlannedOrganisation(name=name, country=country)
            self.new_orgs[planned.key] = planned
            try:
                Organisation(
                    name=name,
                    country=country,
                    slug="x",
                    native_name=values.get("organisation_native_name", ""),
                    city=values.get("city", ""),
                ).clean_fields(exclude=["slug"])
            except ValidationError as exc:
                for field_name, messages in exc.message_dict.items():
                    key = {"name": "organisation", "native_name": "organisation_native_name"}.get(
                        field_name, field_name
                    )
                    for message in messages:
                        self.problem(line, key, message)
                return False
        planned.lines.append(line)
        planned.native_name = planned.native_name or values.get("organisation_native_name", "")
        planned.city = planned.city or values.get("city", "")
        if kind:
            planned.kind = kind
        return planned

    def _person_values(self, line, values, organisation):
        """The person's values, checked; None when the row has a problem (all reported)."""
        organisation_failed = organisation is False
        if organisation_failed:
            organisation = None
        person_values = {name: values.get(name, "") for name in PERSON_FIELDS}
        if not any(person_values[n] for n in ("given_name", "family_name", "native_name")):
            if values[FORMULA_SEEN]:
                return None  # its name was a formula, reported already
            self.plan.problem(
                line,
                "",
                _("The row has no name: give a given name, a family name or a native-script name."),
            )
            return None
        bad = []
        if person_values["phone"]:
            region = getattr(organisation, "country", "") or settings.PHONENUMBER_DEFAULT_REGION
            phone = _phone(person_values["phone"], str(region))
            if phone is None:
                self.problem(
                    line,
                    "phone",
                    _(
                        "“%(value)s” is not a phone number we can use. Write it in international "
                        "format, e.g. +358 40 123 4567."
                    )
                    % {"value": person_values["phone"]},
                )
                bad.append("phone")
            else:
                person_values["phone"] = phone
        if person_values["preferred_language"]:
            language = _language(person_values["preferred_language"])
            if language is None:
                self.problem(
                    line,
                    "preferred_language",
                    _("“%(value)s” is not a language we know. Write e.g. en, fi, sv or zh-hans.")
                    % {"value": person_values["preferred_language"]},
                )
                bad.append("preferred_language")
            else:
                person_values["preferred_language"] = language
        try:
            Person(**person_values).clean_fields(exclude=["organisation", *bad])
        except ValidationError as exc:
            for field_name, messages in exc.message_dict.items():
                for message in messages:
                    self.problem(line, field_name, message)
            bad.append(field_name)
        return None if bad or organisation_failed else person_values

    def _load_existing(self, parsed):
        emails = {v["email"].lower() for _line, v in parsed if v.get("email")}
        by_email = {}
        if emails:
            people = Person.objects.annotate(lemail=Lower("email")).filter(lemail__in=emails)
            for person in people.order_by("pk"):
                by_email.setdefault(person.email.lower(), person)
        org_ids = {o.pk for orgs in self.org_names.values() for o in orgs}
        by_name = {}
        candidates = Person.objects.filter(organisation__in=org_ids)
        if any(not v.get("organisation") for _line, v in parsed):
            candidates = candidates | Person.objects.filter(organisation__isnull=True)
        for person in candidates.order_by("pk"):
            for key in person_name_keys(person):
                by_name.setdefault((person.organisation_id, key), person)
        return by_email, by_name

    def _add(self, line, values, organisation, existing_by_email, existing_by_name):
        org_identity = (
            organisation.pk
            if isinstance(organisation, Organisation)
            else (organisation.key if organisation else None)
        )
        keys = name_keys(values["given_name"], values["family_name"], values["native_name"])
        email = values["email"].lower()
        earlier, reason = None, ""
        if email and email in self.by_email:
            earlier, reason = self.by_email[email], _("the same e-mail")
        else:
            for key in keys:
                if (org_identity, key) in self.by_name:
                    earlier = self.by_name[(org_identity, key)]
                    reason = _("the same name at the same organisation")
                    break
        if earlier is not None:
            self.plan.duplicates.append(
                _(
                    "Line %(line)s is the same person as line %(first)s (%(reason)s); "
                    "the two rows are combined into one person."
                )
                % {"line": line, "first": earlier.line, "reason": reason}
            )
            earlier.lines.append(line)
            earlier.values.update({k: v for k, v in values.items() if v})
            planned = earlier
        else:
            existing = None
            if email and email in existing_by_email:
                existing = existing_by_email[email]
            else:
                for key in keys:
                    if (org_identity, key) in existing_by_name:
                        existing = existing_by_name[(org_identity, key)]
                        break
            planned = PlannedPerson(
                lines=[line], values=dict(values), organisation=organisation, existing=existing
            )
            self.plan.people.append(planned)
        if email:
            self.by_email.setdefault(email, planned)
        for key in keys:
            self.by_name.setdefault((org_identity, key), planned)


def _changes(planned):
    """field → (old, new) for what the row changes on the existing person; empty cells change
    nothing."""
    person = planned.existing
    changes = {
        name: (getattr(person, name), value)
        for name, value in planned.values.items()
        if value and str(getattr(person, name) or "") != value
    }
    org = planned.organisation
    if org and not (isinstance(org, Organisation) and org.pk == person.organisation_id):
        changes["organisation"] = (person.organisation, org)
    return changes


def _phone(value, region):
    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _language(value):
    wanted = value.strip().casefold().replace("_", "-")
    for code, name in ALL_LANGUAGES:
        if wanted in (code.casefold(), str(name).casefold()):
            return code
    return None
