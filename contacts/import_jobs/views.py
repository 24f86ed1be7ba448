"""The page of a background import (a progress bar, then its result) and its status, which the
page's script asks for while the job runs."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from sme2go.access import staff_required

from .models import ImportJob


def _job(pk):
    """Any staff member who may import sees every import (as they see every person)."""
    return get_object_or_404(ImportJob.objects.defer("data"), pk=pk)


@require_GET
@staff_required(perm="contacts.import_person")
def job_page(request, pk):
    job = _job(pk)
    return render(
        request,
        "contacts/import_job.html",
        {"job": job, "status_url": reverse("contacts:import_job_status", args=[job.pk])},
    )


@require_GET
@staff_required(perm="contacts.import_person")
def job_status(request, pk):
    """How far the job got; `finished` tells the page to load itself again for the result."""
    job = _job(pk)
    return JsonResponse(
        {
            "status": job.status,
            "label": str(job.status_label),
            "stage": job.stage,
            "done": job.done,
            "total": job.total,
            "percent": job.percent,
            "finished": job.ended,  # the page loads itself again to say how it ended
        }
    )
