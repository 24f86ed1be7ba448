"""Staff pages: everything we hold about a person (and its JSON), and anonymising them."""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from sme2go.access import staff_required

from ..models import Person
from .anonymise import person_anonymise
from .forms import AnonymiseForm
from .record import person_record


def _person(pk):
    return get_object_or_404(Person.objects.select_related("organisation"), pk=pk)


@require_GET
@staff_required(perm="contacts.view_person")
def record(request, pk):
    person = _person(pk)
    return render(
        request,
        "contacts/privacy/record.html",
        {
            "person": person,
            "record": person_record(person),
            "can_anonymise": request.user.has_perm("contacts.delete_person"),
        },
    )


@require_GET
@staff_required(perm="contacts.view_person")
def record_json(request, pk):
    person = _person(pk)
    body = json.dumps(person_record(person), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        True, f"person-{person.pk}-record.json"
    )
    response["Cache-Control"] = "private, no-store"
    return response


@staff_required(perm=["contacts.change_person", "contacts.delete_person"])
def anonymise(request, pk):
    person = _person(pk)
    if person.anonymised_at:
        messages.info(request, _("This person was anonymised already."))
        return redirect("privacy:record", pk=person.pk)
    form = AnonymiseForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        person_anonymise(person=person, user=request.user)
        messages.success(
            request,
            _("Person #%(pk)s was anonymised. Their meetings, leads and agreements remain.")
            % {"pk": person.pk},
        )
        return redirect("privacy:record", pk=person.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "contacts/privacy/anonymise.html", {"person": person, "form": form}, status=status
    )
