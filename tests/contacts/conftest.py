"""Helpers for the contact tests: people met on trips, CSV in and out."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission

from tests import factories as f


@pytest.fixture
def staff_without_export(db):
    """A staff member who may see the directory but neither export nor import."""
    user = f.UserFactory(username="viewer", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="view_person", content_type__app_label="contacts")
    )
    return user


@pytest.fixture
def met(db):
    """Two trips and the people met on them, in China and Finland."""
    shandong = f.TripFactory(title="Shandong delegation", slug="shandong")
    almaty = f.TripFactory(title="Almaty delegation", slug="almaty", destination_country="KZ")
    weifang = f.CounterpartFactory(name="Weifang government", city="Weifang", native_name="潍坊")
    water = f.SectorFactory(name="Water", slug="water")
    rizhao = f.CounterpartFactory(name="Rizhao water company", city="Rizhao", kind="local_company")
    rizhao.sectors.add(water)
    finnish = f.CompanyFactory(name="Puhdas Vesi Oy", city="Porvoo", country="FI")
    li = f.PersonFactory(
        organisation=weifang, given_name="Li", family_name="Wang", native_name="王丽"
    )
    na = f.PersonFactory(organisation=rizhao, given_name="Na", family_name="Li", native_name="李娜")
    karin = f.PersonFactory(organisation=finnish, given_name="Karin", family_name="Åkerlund")
    refuses = f.PersonFactory(
        organisation=weifang, given_name="Do", family_name="Not", do_not_contact=True
    )
    m1 = f.MeetingFactory(trip=shandong)
    m2 = f.MeetingFactory(trip=almaty, date=almaty.end_date)
    f.MeetingPersonFactory(meeting=m1, person=li)
    f.MeetingPersonFactory(meeting=m2, person=li)
    f.MeetingPersonFactory(meeting=m1, person=na)
    f.MeetingPersonFactory(meeting=m1, person=refuses)
    return {
        "shandong": shandong,
        "almaty": almaty,
        "weifang": weifang,
        "rizhao": rizhao,
        "finnish": finnish,
        "water": water,
        "li": li,
        "na": na,
        "karin": karin,
        "refuses": refuses,
    }


def read_csv(response, delimiter=","):
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM: Excel would garble 王丽 and Åkerlund"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def csv_file(rows, delimiter=",", encoding="utf-8", bom=False, newline="\r\n"):
    """Bytes of a CSV file as a spreadsheet would save it."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    data = out.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


# The columns of a typical hand-made contact file, and a row of it.
HEADER = ["Given name", "Family name", "Name in native script", "Title", "Organisation",
          "Country", "E-mail", "Phone"]  # fmt: skip


def row(given="", family="", native="", title="", org="", country="", email="", phone=""):
    return [given, family, native, title, org, country, email, phone]
