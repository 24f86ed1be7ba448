"""Anonymising a person (GDPR article 17): irreversible, and thorough.

The person's own record, every row of its change history, the records of people merged into it
(their history rows and the merge records' copies) lose every personal field. Then every text
column of every table (notes, change messages, other people's notes, export filters) has the
person's names, e-mail, phone and messaging ID replaced. What is not personal stays: the
meetings, leads and agreements keep their dates, organisations and outcomes, and the person
appears in them as "Representative of <organisation>".
"""

import json
import logging

import phonenumbers
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q, Value
from django.db.models.functions import Replace
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import MergeRecord, Person

REDACTED = "[anonymised]"
NAME_FIELDS = ["given_name", "family_name", "native_name"]
log = logging.getLogger(__name__)


def anonymous_name(person):
    """What the person is called from now on: a role, no name."""
    if person.organisation_id:
        return (
            _("Representative of %(organisation)s") % {"organisation": person.organisation.name}
        )[:100]
    return _("Anonymised person")


def cleared_fields(person, now):
    return {
        "given_name": "",
        "family_name": anonymous_name(person),
        "native_name": "",
        "title": "",
        "email": "",
        "phone": "",
        "messaging_id": "",
        "preferred_language": "",
        "notes": "",
        "lawful_basis_source": "",
        "lawful_basis_date": None,
        "do_not_contact": True,
        "anonymised_at": now,
    }


def _phone_forms(number):
    text = str(number or "").strip()
    if not text:
        return []
    forms = {text}
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return list(forms)
    for style in (
        phonenumbers.PhoneNumberFormat.E164,
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.NATIONAL,
    ):
        forms.add(phonenumbers.format_number(parsed, style))
    return list(forms)


def identifying_strings(values):
    """The strings that identify a person (from a Person, a history row or merged_data)."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name, "")
    given, family, native = (str(get(n) or "").strip() for n in NAME_FIELDS)
    email = str(get("email") or "").strip()
    found = {
        f"{given} {family}".strip() if given and family else "",
        f"{family} {given}".strip() if given and family else "",
        native,
        email,
        email.lower(),
        str(get("messaging_id") or "").strip(),
        *_phone_forms(get("phone")),
    }
    if bool(given) != bool(family):  # a single name is all there is to find
        found.add(given or family)
    return {text for text in found if len(text) >= 2}


def _text_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and not field.primary_key
    ]


def _scrub_json(value, strings):
    if isinstance(value, str):
        for text in strings:
            value = value.replace(text, REDACTED)
        return value
    if isinstance(value, list):
        return [_scrub_json(item, strings) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, strings) for key, item in value.items()}
    return value


def scrub_everywhere(strings, *, person_ids):
    """Replace each string in every text and JSON column of every table. Other people's name and
    contact columns are left alone (a shared surname is not this person's data)."""
    strings = sorted(strings, key=len, reverse=True)  # "Li Wang" before "Li"
    own_models = {Person, Person.history.model}
    for model in apps.get_models():
        rows = model._base_manager.all()
        for field in _text_fields(model):
            scoped = rows
            if model in own_models and field.name != "notes":
                scoped = rows.filter(id__in=person_ids)
            anywhere = Q()
            for text in strings:
                anywhere |= Q(**{f"{field.attname}__contains": text})
            if not scoped.filter(anywhere).exists():
                continue
            for text in strings:
                scoped.filter(**{f"{field.attname}__contains": text}).update(
                    **{field.attname: Replace(field.attname, Value(text), Value(REDACTED))}
                )
        for field in model._meta.concrete_fields:
            if isinstance(field, models.JSONField):
                _scrub_json_column(rows, field, strings)


def _scrub_json_column(rows, field, strings):
    for pk, value in rows.values_list("pk", field.attname).iterator():
        raw = json.dumps(value, ensure_ascii=False)
        if any(text in raw for text in strings):
            rows.filter(pk=pk).update(**{field.attname: _scrub_json(value, strings)})


def forget_elsewhere(*, person_ids):
    """Records other apps keep only for the person, such as the photo of their business card
    (trips.CardCapture): each model with a `forget_people(person_ids=...)` deletes its own.
    contacts never imports trips; the models say themselves what they hold."""
    for model in apps.get_models():
        forget = getattr(model, "forget_people", None)
        if callable(forget):
            forget(person_ids=person_ids)


@transaction.atomic
def person_anonymise(*, person, user):
    """Anonymise `person` for good. Returns the number of history rows cleared."""
    now = timezone.now()
    person = (
        Person.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=person.pk)
    )
    strings = identifying_strings(person)
    ids = {person.pk}
    history = Person.history.model.objects
    for row in history.filter(id=person.pk):
        strings |= identifying_strings(row)
    for merge in MergeRecord.objects.filter(survivor=person):
        strings |= identifying_strings(merge.merged_data)
        strings.add(merge.merged_name)
        ids.add(merge.merged_person_id)
        for row in history.filter(id=merge.merged_person_id):
            strings |= identifying_strings(row)
    fields = cleared_fields(person, now)
    cleared = history.filter(id__in=ids).update(**fields, history_change_reason="")
    MergeRecord.objects.filter(survivor=person).update(merged_name=REDACTED, merged_data={})
    for name, value in fields.items():
        setattr(person, name, value)
    person._change_reason = "Anonymised"
    person.save()
    forget_elsewhere(person_ids=ids)
    scrub_everywhere({s for s in strings if s and s != REDACTED}, person_ids=ids)
    if user is not None:  # from a staff page; the stale-data command runs without a user
        _log_entry(person, user)
    log.info("Person #%s anonymised by %s", person.pk, f"user #{user.pk}" if user else "retention")
    return cleared


def _log_entry(person, user):
    """An admin log line, the person named by number only."""
    LogEntry.objects.create(
        user_id=user.pk,
        content_type=ContentType.objects.get_for_model(Person),
        object_id=str(person.pk),
        object_repr=f"#{person.pk}",
        action_flag=CHANGE,
        change_message="Anonymised (GDPR article 17)",
    )
