"""`{% falls_due person %}`: the day a person's data falls due for anonymisation."""

from django import template

from contacts.privacy.retention import falls_due as _falls_due

register = template.Library()


@register.simple_tag
def falls_due(person):
    return _falls_due(person) if person is not None and person.pk else None
