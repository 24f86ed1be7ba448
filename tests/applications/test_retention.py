"""The applications of companies not selected are deleted once their trip has ended, as the
consent wording promises; those of selected companies stay."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from tests import factories as f
from trips.models import Application, ApplicationDelegate

pytestmark = pytest.mark.django_db
Status = Application.Status


def test_the_daily_job_deletes_the_not_selected_once_the_trip_has_ended():
    ended = f.CallFactory(trip__start_date=dt.date(2020, 4, 1), trip__end_date=dt.date(2020, 4, 5))
    coming = f.CallFactory()
    for status in Status.values:
        f.ApplicationDelegateFactory(application__call=ended, application__status=status)
    f.ApplicationDelegateFactory(application__call=coming, application__status=Status.DECLINED)
    out = StringIO()
    call_command("purge_applications", stdout=out)
    assert out.getvalue().startswith("3 application(s)")
    left = sorted(Application.objects.filter(call=ended).values_list("status", flat=True))
    assert left == [Status.ACCEPTED, Status.WITHDRAWN]
    assert Application.objects.filter(call=coming).count() == 1
    assert ApplicationDelegate.objects.count() == 3
