"""The "+" beside a choice limited to some records opens an add form filled in to match.

Participation.company offers participant companies only (limit_choices_to). Without this, the
"+" beside it created an organisation of kind "Other", which the field then refused and its
search could not find. With it, the add form opens with kind "Participant company" chosen
(the admin fills an add form from the query string).
"""

from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.utils.http import urlencode


class FilledInAddWrapper(RelatedFieldWidgetWrapper):
    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["url_params"] += "&" + urlencode(self.rel.limit_choices_to)
        return context


class FilledInAddMixin:
    """For ModelAdmins and inlines: "+" links of fields with a plain `limit_choices_to` dict."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(formfield, "widget", None)
        limits = getattr(db_field.remote_field, "limit_choices_to", None)
        if isinstance(widget, RelatedFieldWidgetWrapper) and isinstance(limits, dict) and limits:
            formfield.widget = FilledInAddWrapper(
                widget.widget,
                widget.rel,
                widget.admin_site,
                can_add_related=widget.can_add_related,
                can_change_related=widget.can_change_related,
                can_delete_related=widget.can_delete_related,
                can_view_related=widget.can_view_related,
            )
        return formfield
