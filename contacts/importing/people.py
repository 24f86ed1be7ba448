"""The person of each row: names, phone, language and lawful basis read and checked as the model
wants them; details without a field of their own gathered into the notes."""

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..models import Person
from .columns import NAME_COLUMNS, choice_of
from .languages import language_code
from .naming import arrange_names
from .rows import FORMULA_SEEN, notes_of

PERSON_FIELDS = [
    "given_name",
    "family_name",
    "native_name",
    "title",
    "email",
    "phone",
    "messaging_id",
    "preferred_language",
    "notes",
]


# Fields the readers below put in the form the model wants: not checked twice.
READ_FIELDS = ["phone", "preferred_language", "lawful_basis"]


def person_values(rows, line, values, organisation):
    """The person's values, checked; None when the row has a problem (all reported on `rows`).
    `organisation` is False when the row's organisation had a problem."""
    organisation_failed = organisation is False
    if organisation_failed:
        organisation = None
    arrange_names(values)
    person = {name: values.get(name, "") for name in PERSON_FIELDS}
    person["notes"] = notes_of(values)
    if not any(person.get(name) for name in NAME_COLUMNS):
        if not values[FORMULA_SEEN]:  # else its name was a formula, reported already
            rows.problem(
                line,
                "",
                _("The row has no name: give a given name, a family name or a native-script name."),
            )
        return None
    bad = []
    if person["phone"] and not _read_phone(rows, line, person, organisation):
        bad.append("phone")
    if person["preferred_language"] and not _read_language(rows, line, person):
        bad.append("preferred_language")
    if values.get("lawful_basis") and not _read_lawful_basis(rows, line, values, person):
        bad.append("lawful_basis")
    read = [name for name in READ_FIELDS if name not in bad]
    for field_name, messages in _field_errors(person, {*read, *bad}):
        for message in messages:
            rows.problem(line, field_name, message)
        bad.append(field_name)
    return None if bad or organisation_failed else person


def _field_errors(person, exclude):
    """(field, messages) for each value the model refuses, as `Model.clean_fields` finds
    them, without building a Person for every row."""
    for field in Person._meta.concrete_fields:
        if field.name not in person or field.name in exclude:
            continue
        value = person[field.name]
        if field.blank and value in field.empty_values:
            continue
        try:
            field.clean(value, None)
        except ValidationError as exc:
            yield field.name, exc.messages


def _read_phone(rows, line, person, organisation):
    """Put the phone number in E.164 form; False when it cannot be (reported). A national
    number is read in the organisation's country."""
    region = getattr(organisation, "country", "") or settings.PHONENUMBER_DEFAULT_REGION
    phone = _phone(person["phone"], str(region))
    if phone is None:
        rows.problem(
            line,
            "phone",
            _(
                "“%(value)s” is not a phone number we can use. Write it in international "
                "format, e.g. +358 40 123 4567."
            )
            % {"value": person["phone"]},
        )
        return False
    person["phone"] = phone
    return True


def _read_language(rows, line, person):
    """Put the preferred language as its code; False when it is no language (reported)."""
    language = language_code(person["preferred_language"])
    if language is None:
        rows.problem(
            line,
            "preferred_language",
            _(
                "“%(value)s” is not a language the directory can record. Write its name "
                "(Chinese, Estonian) or its code (zh, et); the import page lists them all."
            )
            % {"value": person["preferred_language"]},
        )
        return False
    person["preferred_language"] = language
    return True


def _read_lawful_basis(rows, line, values, person):
    """Put the lawful basis as its code; False when it is none of them (reported)."""
    person["lawful_basis"] = choice_of(values["lawful_basis"], Person.LawfulBasis.choices)
    if person["lawful_basis"]:
        return True
    rows.problem(
        line,
        "lawful_basis",
        _("“%(value)s” is not a lawful basis. Use one of: %(choices)s.")
        % {
            "value": values["lawful_basis"],
            "choices": ", ".join(str(label) for _, label in Person.LawfulBasis.choices),
        },
    )
    return False


def _phone(value, region):
    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
