"""Notes taken on phones at a meeting (/field/), shown to staff on the meeting's admin page."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from trips.models import MeetingNote


class MeetingNoteInline(admin.StackedInline):
    model = MeetingNote
    extra = 0
    fields = ["created_at", "author", "company", "text", "people"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False  # written on the phone pages, not here

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("author", "company")
            .prefetch_related("people_met")
        )

    @admin.display(description=_("people met"))
    def people(self, note):
        return ", ".join(str(person) for person in note.people_met.all())
