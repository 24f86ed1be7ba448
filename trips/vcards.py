"""Counterpart people as vCards (.vcf, version 3.0), one card each in one file."""

import vobject
from django.utils.translation import gettext as _


def person_vcard(person, trip):
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=person.family_name or "", given=person.given_name or ""
    )
    card.add("fn").value = person.display_name
    if person.organisation:
        card.add("org").value = [person.organisation.name]
    if person.title:
        card.add("title").value = person.title
    if person.email:
        email = card.add("email")
        email.value = person.email
        email.type_param = "INTERNET"
    if person.phone:
        tel = card.add("tel")
        tel.value = person.phone.as_international
        tel.type_param = "WORK"
    notes = []
    if person.native_name:
        notes.append(_("Name in native script: %(name)s") % {"name": person.native_name})
    if person.messaging_id:
        notes.append(_("Messaging ID (e.g. WeChat): %(id)s") % {"id": person.messaging_id})
    met = "; ".join(m.title for m in getattr(person, "meetings_with_company", []))
    notes.append(_("Met on %(trip)s: %(meetings)s") % {"trip": trip.title, "meetings": met})
    card.add("note").value = "\n".join(notes)
    return card.serialize()


def vcards(people, trip):
    return "".join(person_vcard(person, trip) for person in people)
