"""Hostile contact files get a clear answer in the import preview, never a 500: NUL characters
by line and column, workbook bombs refused, legacy encodings detected or refused."""

import io
import zipfile

import pytest
from django.urls import reverse

from contacts.importing import reading
from contacts.models import Person
from contacts.services import import_contacts
from tests.contacts.conftest import HEADER, csv_file, row
from tests.contacts.test_import import xlsx

pytestmark = pytest.mark.django_db


def upload(client, data, name="contacts.csv"):
    stream = io.BytesIO(data)
    stream.name = name
    return client.post(reverse("contacts:import"), {"file": stream})


def messages(plan):
    return " ".join(p.message for p in plan.problems)


# --- NUL characters ---------------------------------------------------------------------------


def test_nul_characters_are_reported_by_line_and_column_and_nothing_is_imported(client, staff):
    client.force_login(staff)
    data = csv_file(
        [
            HEADER,
            row("Li", "Wang", email="wang\0@rizhao.example"),
            row("Bo\0", "Ek", org="Ek\0 AB", country="SE"),
        ]
    )
    response = upload(client, data)
    assert response.status_code == 200
    text = messages(response.context["plan"])
    assert "line 2, column “E-mail”" in text
    assert "line 3, column “Given name”" in text
    assert "line 3, column “Organisation”" in text
    assert "Import now" not in response.content.decode()
    # The confirmation carries the same file: it is refused again, not crashed on.
    payload = {"payload": __import__("base64").b64encode(data).decode(), "filename": "x.csv"}
    response = client.post(reverse("contacts:import"), payload)
    assert response.status_code == 200
    assert "NUL characters" in response.content.decode()
    assert not Person.objects.exists()


# --- Workbook bombs ---------------------------------------------------------------------------


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{REL}"><Relationship Id="r1" Type="{DOC_REL}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{MAIN}" xmlns:r="{DOC_REL}"><sheets>'
        '<sheet name="People" sheetId="1" r:id="r1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{REL}">'
        f'<Relationship Id="r1" Type="{DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="r2" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
}


def shared_strings_workbook(rows, extra_strings=0):
    """An .xlsx as Excel writes it: every text in the shared-strings table, cells pointing at
    it; `extra_strings` more unused strings are streamed into the table (a bomb when large)."""
    strings = [text for cells in rows for text in cells]
    sheet = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{chr(65 + c)}{r}" t="s"><v>{strings.index(text)}</v></c>'
            for c, text in enumerate(cells)
        )
        + "</row>"
        for r, cells in enumerate(rows, 1)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, xml in PARTS.items():
            book.writestr(name, xml)
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>{sheet}</sheetData></worksheet>',
        )
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            stream.write(f'<sst xmlns="{MAIN}">'.encode())
            for text in strings:
                stream.write(f"<si><t>{text}</t></si>".encode())
            chunk = b"<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>" * 1000
            for _ in range(extra_strings // 1000):
                stream.write(chunk)
            stream.write(b"</sst>")
    return out.getvalue()


PEOPLE = [HEADER[:2], *([f"Given{n}", f"Family{n}"] for n in range(40))]


def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked():
    """40 MB of shared strings packed into a small upload: refused by the declared size."""
    data = shared_strings_workbook(PEOPLE, extra_strings=1_000_000)
    assert len(data) < 1_500_000  # it fits through the upload form
    plan = import_contacts(data=data, filename="bomb.xlsx")
    assert not plan.applied
    assert "holds more than a contact list" in messages(plan)


def test_too_many_shared_strings_or_cells_are_refused(monkeypatch):
    data = shared_strings_workbook(PEOPLE)
    monkeypatch.setattr(reading, "MAX_SHARED_STRINGS", 30)
    assert "holds more than a contact list" in messages(import_contacts(data=data))
    monkeypatch.setattr(reading, "MAX_SHARED_STRINGS", 10_000)
    monkeypatch.setattr(reading, "MAX_CELLS", 50)
    assert "holds more than a contact list" in messages(import_contacts(data=data))
    monkeypatch.setattr(reading, "MAX_CELLS", 10_000)
    plan = import_contacts(data=data)
    assert plan.applied, messages(plan)
    assert Person.objects.filter(family_name="Family39").exists()


def test_a_workbook_of_too_many_parts_is_refused(monkeypatch):
    monkeypatch.setattr(reading, "MAX_PARTS", 3)
    plan = import_contacts(data=xlsx([HEADER, ["Li", "Wang"]]))
    assert "holds more than a contact list" in messages(plan)


# --- Encodings --------------------------------------------------------------------------------

CHINESE = [
    HEADER,
    row("Li", "Wang", "王丽", "副市长", "Rizhao government", "CN"),
    row("Jian", "Zhang", "张建国", "主任", "Weifang High-Tech Zone", "CN"),
    row("", "", "李娜", "经理", "潍坊食品有限公司", "CN"),
]
TRADITIONAL = [
    HEADER,
    row("Li", "Wang", "王麗", "局長", "Taipei trade office", "TW"),
    row("Jian", "Chen", "陳建國", "經理", "國際貿易公司", "TW"),
]
JAPANESE = [
    HEADER,
    row("Taro", "Yamada", "山田太郎", "部長", "株式会社サンプル", "JP"),
    row("Hanako", "Suzuki", "鈴木花子", "代表取締役", "東京都庁", "JP"),
]
NORDIC = [
    HEADER,
    row("Jussi", "Jääskeläinen", "", "Myyntipäällikkö", "Pörssi Oy", "FI"),
    row("Åsa", "Öberg", "", "VD", "Västerås Science Park", "SE"),
]


@pytest.mark.parametrize(
    "rows, codec, label",
    [
        (CHINESE, "gb18030", "GB18030"),
        (CHINESE, "gbk", "GB18030"),
        (TRADITIONAL, "big5", "Big5"),
        (JAPANESE, "shift_jis", "Shift-JIS"),
        (NORDIC, "cp1252", "Windows-1252"),
        (CHINESE, "utf-16", "UTF-16"),  # Python writes the byte order mark
        (NORDIC, "utf-8", "UTF-8"),
    ],
)
def test_the_encoding_is_detected_and_names_arrive_intact(client, staff, rows, codec, label):
    client.force_login(staff)
    response = upload(client, csv_file(rows, encoding=codec))
    plan = response.context["plan"]
    assert plan.encoding == label, messages(plan)
    assert f"Read as {label}" in response.content.decode()
    natives = {p.values.get("native_name") for p in plan.people} - {""}
    assert natives == {r[2] for r in rows[1:]} - {""}
    families = {p.values.get("family_name") for p in plan.people} - {""}
    assert families == {r[1] for r in rows[1:]} - {""}


def test_a_short_chinese_name_is_not_read_as_windows_1252():
    """The probe's case: 王丽 in GBK was stored as "Íõ Àö"."""
    text, label = reading.decode(csv_file([["Native name"], ["王丽"]], encoding="gbk"))
    assert (text.splitlines()[1], label) == ("王丽", "GB18030")


def test_a_file_that_reads_equally_well_in_two_encodings_is_refused(client, staff):
    client.force_login(staff)
    # Two bytes that are a word in Windows-1252 ("ÄÖ") and a character in each Chinese and
    # Japanese code page: nothing tells them apart.
    data = b"Given name,Family name\r\nLi,\xc4\xd6\r\n"
    response = upload(client, data)
    assert response.status_code == 200
    assert "cannot be told for certain" in messages(response.context["plan"])
    assert not Person.objects.exists()


def test_utf16_without_its_byte_order_mark_is_refused():
    data = "Given name,Family name\r\nLi,Wang\r\n".encode("utf-16-le")
    with pytest.raises(reading.UnreadableFile, match="without its byte order mark"):
        reading.decode(data)
