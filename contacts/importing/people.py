"""The person of each row: names, phone and language read and checked as the model wants them."""

import phonenumbers
from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..models import Person
from .columns import NAME_COLUMNS
from .rows import FORMULA_SEEN

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


def person_values(rows, line, values, organisation):
    """The person's values, checked; None when the row has a problem (all reported on `rows`).
    `organisation` is False when the row's organisation had a problem."""
    organisation_failed = organisation is False
    if organisation_failed:
        organisation = None
    person = {name: values.get(name, "") for name in PERSON_FIELDS}
    if not any(person[name] for name in NAME_COLUMNS):
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
    try:
        Person(**person).clean_fields(exclude=["organisation", *bad])
    except ValidationError as exc:
        for field_name, messages in exc.message_dict.items():
            for message in messages:
                rows.problem(line, field_name, message)
            bad.append(field_name)
    return None if bad or organisation_failed else person


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
    language = _language(person["preferred_language"])
    if language is None:
        rows.problem(
            line,
            "preferred_language",
            _("“%(value)s” is not a language we know. Write e.g. en, fi, sv or zh-hans.")
            % {"value": person["preferred_language"]},
        )
        return False
    person["preferred_language"] = language
    return True


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
