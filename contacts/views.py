"""Staff pages for the people the trips met: find, export, import, de-duplicate."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from sme2go.access import staff_required

from . import duplicate_jobs, exporting, services
from .csv_safe import delimiter_from
from .duplicates import find_duplicates
from .filters import PersonFilter
from .forms import MAX_UPLOAD_BYTES, ImportConfirmForm, ImportUploadForm, MergeForm
from .import_jobs import jobs
from .importing import ImportOptions, guide
from .models import ExportLog, Person
from .paging import paginate

PAGE_SIZE = 50
# A search that matches more people than this lists the best of this many (an export takes
# them all): a page then costs the same for "Wang" as for "Wang Lihua".
SEARCH_CANDIDATES = 2000


def _filtered(request, **options):
    """The people the request's filters select (the directory and both exports share it)."""
    filterset = PersonFilter(request.GET, queryset=exporting.people_for_listing(), **options)
    return filterset, filterset.qs


@require_GET
@staff_required(perm="contacts.view_person")
def directory(request):
    from trips.queries.people import delegations_of

    filterset, people = _filtered(request, search_candidates=SEARCH_CANDIDATES)
    page, query = paginate(request, people, PAGE_SIZE)
    delegations = delegations_of(page)
    for person in page:
        person.trips = exporting.trips_met_on(person)
        person.as_delegate = delegations.get(person.pk, [])
    hidden = None
    if filterset.is_valid() and not filterset.form.cleaned_data.get("consent"):
        hidden = Person.objects.filter(do_not_contact=True).count()
    return render(
        request,
        "contacts/directory.html",
        {
            "filter": filterset,
            "page": page,
            "query": query,
            "hidden_do_not_contact": hidden,
            "search_narrowed": bool(request.GET.get("q"))
            and page.paginator.count >= SEARCH_CANDIDATES,
            "search_candidates": SEARCH_CANDIDATES,
            "more_filters_active": any(
                value for key, value in request.GET.items() if key not in ("q", "page")
            ),
            "can_export": request.user.has_perm("contacts.export_person"),
            "can_import": request.user.has_perm("contacts.import_person"),
        },
    )


def _invalid_filters(request, filterset):
    messages.error(
        request,
        _("The export was not made: %(errors)s")
        % {
            "errors": "; ".join(
                f"{filterset.form.fields[name].label}: {' '.join(errors)}"
                if name in filterset.form.fields
                else " ".join(errors)
                for name, errors in filterset.errors.items()
            )
        },
    )
    return redirect("contacts:directory")


def _logged_export(request, fmt, extension, respond):
    """The directory's filtered people, logged as an export and handed to `respond`."""
    filterset, people = _filtered(request)
    if not filterset.is_valid():
        return _invalid_filters(request, filterset)
    exporting.log_export(
        user=request.user,
        fmt=fmt,
        filters=exporting.filters_of(request.GET),
        row_count=people.count(),
    )
    filename = exporting.export_filename(exporting.describe_filters(filterset), extension)
    return respond(people, filename)


@require_GET
@staff_required(perm="contacts.export_person")
def export_csv(request):
    delimiter = delimiter_from(request)
    return _logged_export(
        request,
        ExportLog.Format.CSV,
        "csv",
        lambda people, filename: exporting.csv_export(
            people, filename=filename, delimiter=delimiter
        ),
    )


@require_GET
@staff_required(perm="contacts.export_person")
def export_vcard(request):
    return _logged_export(
        request,
        ExportLog.Format.VCARD,
        "vcf",
        lambda people, filename: exporting.vcard_export(people, filename=filename),
    )


@staff_required(perm="contacts.import_person")
def import_contacts(request):
    """Upload → preview (nothing written) → confirm (written all or nothing)."""
    if request.method == "POST" and "payload" in request.POST:
        return _confirm_import(request)
    form = (
        ImportUploadForm(request.POST, request.FILES)
        if request.method == "POST"
        else ImportUploadForm()
    )
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        country = form.cleaned_data["default_country"]
        if jobs.goes_to_background(data, MAX_UPLOAD_BYTES):
            job = jobs.queue_import(
                data=data, filename=upload.name, default_country=country, user=request.user
            )
            return redirect("contacts:import_job", pk=job.pk)
        options = ImportOptions(default_country=country)
        plan = services.import_contacts(
            data=data, filename=upload.name, dry_run=True, options=options
        )
        return _preview(request, plan, data, upload.name)
    return render(
        request,
        "contacts/import.html",
        {"form": form, "columns": guide.import_columns(), "coded": guide.coded_columns()},
    )


def _confirm_import(request):
    """The previewed file back: previewed again with the choices made on the preview
    ("preview"), or imported."""
    confirm = ImportConfirmForm(request.POST)
    if not confirm.is_valid():
        messages.error(request, " ".join(e for errors in confirm.errors.values() for e in errors))
        return redirect("contacts:import")
    data, filename = confirm.cleaned_data["payload"], confirm.cleaned_data["filename"]
    dry_run = "preview" in request.POST
    plan = services.import_contacts(
        data=data,
        filename=filename,
        dry_run=dry_run,
        options=confirm.options(),
        user=request.user,
    )
    if plan.applied:
        messages.success(request, _imported_message(plan, filename))
        return redirect("contacts:directory")
    if not dry_run:
        messages.error(request, _("Nothing was imported: the file has problems, listed below."))
    return _preview(request, plan, data, filename)


def _imported_message(plan, filename):
    message = _(
        "Imported %(file)s: %(created)s people added, %(updated)s updated, "
        "%(orgs)s organisations added."
    ) % {
        "file": filename,
        "created": plan.counts["create"],
        "updated": plan.counts["update"],
        "orgs": len(plan.new_organisations),
    }
    kept = plan.kept_conflicts
    if kept:
        message += " " + ngettext(
            "The stored name, organisation or e-mail of %(n)s person was kept.",
            "The stored names, organisations or e-mails of %(n)s people were kept.",
            len(kept),
        ) % {"n": len(kept)}
    return message


def _preview(request, plan, data, filename):
    confirm = ImportConfirmForm(initial=ImportConfirmForm.initial_for(data, filename, plan.options))
    return render(
        request,
        "contacts/import_preview.html",
        {"plan": plan, "confirm": confirm, "upload": ImportUploadForm()},
        status=200,
    )


@require_http_methods(["GET", "POST"])
@staff_required(perm="contacts.change_person")
def duplicates(request):
    """Suspect pairs; in a very large directory, those of the last background search."""
    search = None
    if duplicate_jobs.too_many_to_look_inline():
        if request.method == "POST":
            duplicate_jobs.start()
            return redirect("contacts:duplicates")
        search = duplicate_jobs.latest()
        if search.finished is None and search.pending is None and search.failed is None:
            duplicate_jobs.start()  # the first visit starts the first search
            search = duplicate_jobs.latest()
        suspects = search.suspects
    else:
        suspects = find_duplicates()
    for pair in suspects:
        pair.first.trips = exporting.trips_met_on(pair.first)
        pair.second.trips = exporting.trips_met_on(pair.second)
    return render(request, "contacts/duplicates.html", {"suspects": suspects, "search": search})


@staff_required(perm=["contacts.change_person", "contacts.delete_person"])
def merge(request, first, second):
    people = exporting.people_for_listing(Person.objects.filter(pk__in=[first, second]))
    one = get_object_or_404(people, pk=first)
    other = get_object_or_404(people, pk=second)
    if one.pk == other.pk:
        messages.error(request, _("A person cannot be merged with themselves."))
        return redirect("contacts:duplicates")
    form = MergeForm(request.POST or None, first=one, second=other)
    if request.method == "POST" and form.is_valid():
        survivor, merged = (one, other) if form.cleaned_data["survivor"] == one.pk else (other, one)
        try:
            record = services.merge_people(survivor=survivor, merged=merged, user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            moved = sum(c["moved"] + c["collapsed"] for c in record.moved_links.values())
            messages.success(
                request,
                ngettext(
                    "Merged %(merged)s into %(kept)s; %(n)s linked record followed.",
                    "Merged %(merged)s into %(kept)s; %(n)s linked records followed.",
                    moved,
                )
                % {"merged": record.merged_name, "kept": survivor.display_name, "n": moved},
            )
            return redirect("contacts:duplicates")
    for person in (one, other):
        person.trips = exporting.trips_met_on(person)
        person.delegation_count = person.delegate_links.count()
        person.lead_count = person.leads.count()
    return render(request, "contacts/merge.html", {"form": form, "one": one, "other": other})
