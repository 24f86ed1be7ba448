"""Writes that touch several records: importing a contact file, merging two records of a person."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from .import_writing import Writer
from .importing import MAX_ROWS, build_plan
from .models import MergeRecord, Person


def import_contacts(
    *,
    data: bytes,
    filename: str = "",
    dry_run: bool = False,
    options=None,
    user=None,
    progress=None,
    max_rows=MAX_ROWS,
    keep_people=True,
):
    """Read the file and, when it has no problem and this is no dry run, write it: all or
    nothing. Returns the plan; `plan.applied` says whether anything was written. `options`
    (an ImportOptions) give a country for new organisations and accept conflicting rows;
    `user` is recorded in the history; `progress(stage, done, total)` hears how far it got;
    a file of more than `max_rows` rows is refused (None: any number). Without `keep_people`
    the plan keeps counts rather than every person: a large file's import takes no more memory
    than a small one's."""

    def plan_file(writer=None):
        return build_plan(
            data,
            filename=filename,
            options=options,
            max_rows=max_rows,
            progress=progress,
            keep_people=keep_people,
            writer=writer,
        )

    if dry_run:
        plan = plan_file()
        plan.applied = False
        return plan
    with transaction.atomic():
        plan = plan_file(Writer(filename=filename, user=user))
        plan.applied = plan.ok
        if not plan.ok:  # people written before a later row's problem turned up are undone
            transaction.set_rollback(True)
    return plan


# Fields of the kept person that a merge never overwrites: it keeps its own.
KEEP_OWN = {"id", "created_at", "updated_at", "lawful_basis", "notes", "do_not_contact"}


def _is_empty(value):
    return value is None or value == ""


def _differs(mine, theirs):
    if isinstance(mine, str) and isinstance(theirs, str):
        return mine.strip().casefold() != theirs.strip().casefold()  # "LI" is "Li"
    return str(mine) != str(theirs)


@transaction.atomic
def merge_people(*, survivor: Person, merged: Person, user=None) -> MergeRecord:
    """Merge `merged` into `survivor`: every record linked to the merged person follows the
    survivor (links the survivor already has are collapsed, never doubled), the survivor's empty
    fields are filled from the merged record, the merge is recorded, the merged record deleted.
    """
    survivor, merged = _lock_pair(survivor, merged)
    snapshot = {
        f.name: f.value_to_string(merged) for f in Person._meta.concrete_fields if f.name != "id"
    }
    moved = _move_links(survivor, merged)
    filled = _fill_from(survivor, merged)
    survivor._change_reason = _merge_reason(_("Merged with %(name)s (#%(id)s)"), merged)
    survivor.full_clean()
    survivor.save()
    record = MergeRecord(
        survivor=survivor,
        merged_person_id=merged.pk,
        merged_name=merged.display_name[:300],
        merged_data=snapshot,
        moved_links=moved,
        filled_fields=filled,
        merged_by=user,
    )
    record.full_clean()
    record.save()
    merged._change_reason = _merge_reason(_("Merged into %(name)s (#%(id)s)"), survivor)
    merged.delete()  # PROTECT: fails, and rolls everything back, if any link was left behind
    return record


def _lock_pair(survivor, merged):
    """Both people as they are now, locked until the merge ends; refuses a person merged with
    themselves and a person who no longer exists."""
    if survivor.pk == merged.pk:
        raise ValidationError(_("A person cannot be merged with themselves."))
    locked = Person.objects.select_for_update().filter(pk__in=[survivor.pk, merged.pk])
    people = {p.pk: p for p in locked}
    if len(people) != 2:
        raise ValidationError(_("One of the two people no longer exists."))
    return people[survivor.pk], people[merged.pk]


def _merge_reason(text, other):
    """The change reason for the history of one side of a merge, naming the other side."""
    return (text % {"name": other.display_name, "id": other.pk})[:100]


def _fill_from(survivor, merged):
    """Give the survivor what only the merged record has: its empty fields filled, the merged
    notes and the values it had otherwise kept in its notes, an objection to contact never lost.
    Returns the names of the fields that changed."""
    filled, differing = _fill_empty_fields(survivor, merged)
    if merged.notes and merged.notes not in survivor.notes:
        survivor.notes = _paragraphs(survivor.notes, merged.notes)
        filled.append("notes")
    if differing:
        # Values the kept person already had otherwise stay in sight, in its notes.
        heading = _("From the merged record #%(id)s:") % {"id": merged.pk}
        survivor.notes = _paragraphs(survivor.notes, "\n".join([heading, *differing]))
        if "notes" not in filled:
            filled.append("notes")
    if merged.do_not_contact and not survivor.do_not_contact:
        survivor.do_not_contact = True  # an objection to contact is never lost
        filled.append("do_not_contact")
    return filled


def _fill_empty_fields(survivor, merged):
    """Copy the merged record's values into the survivor's empty fields. Returns the names of
    the fields filled, and "label: value" for each value the survivor has otherwise."""
    filled, differing = [], []
    for f in Person._meta.concrete_fields:
        if f.name in KEEP_OWN:
            continue
        mine, theirs = getattr(survivor, f.attname), getattr(merged, f.attname)
        if _is_empty(theirs):
            continue
        if _is_empty(mine):
            setattr(survivor, f.attname, theirs)
            filled.append(f.name)
        elif _differs(mine, theirs):
            shown = getattr(merged, f.name) if f.is_relation else f.value_to_string(merged)
            differing.append(f"{f.verbose_name}: {shown}")
    return filled, differing


def _paragraphs(*texts):
    return "\n\n".join(text for text in texts if text)


def _unique_partners(model, fk_name):
    """For each uniqueness rule of `model` that includes `fk_name`: the other fields in it."""
    sets = [
        c.fields
        for c in model._meta.constraints
        if isinstance(c, models.UniqueConstraint) and c.fields and c.condition is None
    ]
    sets += [tuple(fields) for fields in model._meta.unique_together]
    if model._meta.get_field(fk_name).unique:
        sets.append((fk_name,))
    return [[f for f in fields if f != fk_name] for fields in sets if fk_name in fields]


def _move_links(survivor, merged):
    """Point every foreign key to `merged` at `survivor`; returns counts per kind of record."""
    moved = {}
    for rel in Person._meta.related_objects:
        if rel.many_to_many:
            continue  # explicit through tables are reached through their own foreign keys
        model, fk_name = rel.related_model, rel.field.name
        partners = _unique_partners(model, fk_name)
        counts = {"moved": 0, "collapsed": 0}
        for obj in model._base_manager.filter(**{fk_name: merged}):
            clash = any(
                model._base_manager.filter(
                    **{fk_name: survivor},
                    **{f: getattr(obj, model._meta.get_field(f).attname) for f in others},
                ).exists()
                for others in partners
            )
            if clash:
                obj.delete()  # the survivor already has this very link
                counts["collapsed"] += 1
            else:
                setattr(obj, fk_name, survivor)
                obj.save(update_fields=[fk_name])
                counts["moved"] += 1
        if counts["moved"] or counts["collapsed"]:
            moved[model._meta.label] = counts
    return moved
