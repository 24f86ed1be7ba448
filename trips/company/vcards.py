"""Counterpart people as vCards (.vcf, version 3.0), one card each in one file."""

from django.utils.translation import gettext as _

from contacts.exporting import build_vcard


def person_vcard(person, trip):
    notes = []
    if person.native_name:
        notes.append(_("Name in native script: %(name)s") % {"name": person.native_name})
    if person.messaging_id:
        notes.append(_("Messaging ID (e.g. WeChat): %(id)s") % {"id": person.messaging_id})
    met = "; ".join(m.title for m in getattr(person, "meetings_with_company", []))
    notes.append(_("Met on %(trip)s: %(meetings)s") % {"trip": trip.title, "meetings": met})
    return build_vcard(person, "\n".join(notes))
