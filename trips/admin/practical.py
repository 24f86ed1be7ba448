"""The practical notes of a trip (hotel, transport, emergency contacts), edited on the trip's
admin page; every participant company reads them in its programme and briefing book."""

from django.contrib import admin

from trips.models import PracticalNotes


class PracticalNotesInline(admin.StackedInline):
    classes = ["collapse"]
    model = PracticalNotes
    fields = ["hotel", "transport", "emergency_contacts", "other"]
    extra = 1
    max_num = 1
    min_num = 0
