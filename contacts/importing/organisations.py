"""The organisation of each row: one already known, one the import will create, or a problem."""

from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django_countries import countries

from ..csv_safe import unescape_cell
from ..models import Organisation
from .columns import choice_of
from .plan import PlannedOrganisation

# Organisation field → the import column it is read from, where the names differ.
COLUMN_OF_FIELD = {"name": "organisation", "native_name": "organisation_native_name"}


# Languages a country's name is read in besides those of the site: those of the countries
# the trips go to, as contact files from there name them ("中国", "Eesti").
COUNTRY_NAME_LANGUAGES = ["en", "zh-hans", "zh-hant", "et", "de", "fr", "ru", "da", "nb", "es"]


@lru_cache(maxsize=1024)
def country_code(text):
    """The code of the country `text` names (FI, FIN, Finland, Suomi, 中国); "" when none."""
    text = text.strip()
    if not text:
        return ""
    code = countries.alpha2(text)
    languages = dict.fromkeys([*COUNTRY_NAME_LANGUAGES, *(c for c, _ in settings.LANGUAGES)])
    for language in languages if not code else []:
        code = countries.by_name(text, language=language)
        if code:
            break
    return code or ""


class Organisations:
    """Resolves rows' organisation columns; `planned` lists the organisations to create."""

    def __init__(self, rows, default_country=""):
        self.rows = rows  # a Rows: the columns, and where problems are reported
        self.default_country = default_country  # for new organisations the file gives none
        self.new = {}  # key → PlannedOrganisation
        self.by_name = {}  # casefolded name → [Organisation]
        self.codes = {}  # pk → country code of those organisations
        self.file_countries = {}  # casefolded name → countries the file gives it
        self.checked = False  # every row resolved once: the rows are read again to plan them
        self.invalid = {}  # key of a new organisation whose fields do not fit → its first line

    @property
    def planned(self):
        return list(self.new.values())

    def load(self, records):
        """Existing organisations by case-folded name, and the countries the file gives each
        (`records` is read once). Names are compared in Python: SQLite's LOWER() leaves "Å"
        as it is."""
        column = self.rows.index("organisation")
        if column is None:
            return
        names, country_column = set(), self.rows.index("country")
        for _line, cells in records:
            if len(cells) > column and cells[column].strip():
                name = unescape_cell(cells[column].strip()).casefold()
                names.add(name)
                if country_column is not None and len(cells) > country_column:
                    self._note_file_country(name, cells[country_column])
        named = [
            pk
            for pk, name in Organisation.objects.values_list("pk", "name").iterator(chunk_size=5000)
            if name.casefold() in names
        ]  # every organisation's name is read; only those the file names become objects
        for start in range(0, len(named), 5000):
            chunk = named[start : start + 5000]
            for org in Organisation.objects.only("pk", "name", "country").filter(pk__in=chunk):
                self.by_name.setdefault(org.name.casefold(), []).append(org)
                self.codes[org.pk] = org.country.code  # read once: a Country is built per read

    def _note_file_country(self, name, cell):
        """Note the country a row gives its organisation, so that the organisation's other rows
        need not repeat it (Outlook leaves "Business Country/Region" empty on most)."""
        code = country_code(unescape_cell(cell.strip()))
        if code:
            self.file_countries.setdefault(name, set()).add(code)

    def resolve(self, line, values):
        """The organisation of a row: an existing one, a planned new one, None, or False when
        the row has a problem with it."""
        name = values.get("organisation", "")
        country = self._country(line, values)
        kind = self._kind(line, values)
        if country is None or kind is False:
            return False
        if not name:
            if values.get("organisation_native_name"):
                self.rows.problem(
                    line, "organisation", _("Give the organisation's name in Latin letters too.")
                )
                return False
            return None
        existing = self._existing(line, name, country)
        if existing is not None:
            return existing
        given = self.file_countries.get(name.casefold(), set())
        country = country or (next(iter(given)) if len(given) == 1 else self.default_country)
        if not country:
            self.rows.plan.missing_country = True
            self.rows.problem(
                line,
                "country",
                _(
                    "The organisation “%(name)s” is new and will be created; give its country "
                    "in the column “Country” (on a card: in its address), or choose one "
                    "country for the file's new organisations."
                )
                % {"name": name},
            )
            return False
        return self._plan_new(line, values, name, country, kind)

    def _existing(self, line, name, country):
        """The one known organisation of that name (in that country, if given); False when
        several are, None when none is."""
        candidates = self.by_name.get(name.casefold(), [])
        if country:
            candidates = [org for org in candidates if self.codes[org.pk] == country]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            self.rows.problem(
                line,
                "country",
                _("Several organisations are called “%(name)s”; give the country to choose one.")
                % {"name": name},
            )
            return False
        return None

    def _plan_new(self, line, values, name, country, kind):
        planned = self.new.get((name.casefold(), country))
        if planned is None:
            planned = PlannedOrganisation(name=name, country=country)
            self.new[planned.key] = planned
            if not self._valid(line, values, name, country):
                self.invalid[planned.key] = line
                return False
        elif self.checked and self.invalid.get(planned.key) == line:
            return False  # its problem was reported on this row: read again, the same answer
        if not self.checked:
            planned.lines.append(line)
        planned.native_name = planned.native_name or values.get("organisation_native_name", "")
        planned.city = planned.city or values.get("city", "")
        if kind:
            planned.kind = kind
        return planned

    def _valid(self, line, values, name, country):
        """Whether a new organisation's fields fit; each problem is reported under its column."""
        try:
            Organisation(
                name=name,
                country=country,
                slug="x",
                native_name=values.get("organisation_native_name", ""),
                city=values.get("city", ""),
            ).clean_fields(exclude=["slug", "country"])  # the country is a known code
        except ValidationError as exc:
            for field_name, messages in exc.message_dict.items():
                for message in messages:
                    self.rows.problem(line, COLUMN_OF_FIELD.get(field_name, field_name), message)
            return False
        return True

    def _country(self, line, values):
        """The country code of the row, "" when it has none, None when it is not a country."""
        raw = values.get("country", "")
        if not raw:
            return ""
        code = country_code(raw)
        if not code:
            self.rows.problem(
                line,
                "country",
                _(
                    "“%(value)s” is not a country we know. Write its English name (Finland) "
                    "or its two-letter code (FI)."
                )
                % {"value": raw},
            )
            return None
        return code

    def _kind(self, line, values):
        """The kind of organisation the row names, None when it names none, False when it is
        not a kind (reported)."""
        raw = values.get("organisation_kind", "")
        if not raw:
            return None
        kind = choice_of(raw, Organisation.Kind.choices)
        if kind:
            return kind
        self.rows.problem(
            line,
            "organisation_kind",
            _("“%(value)s” is not a kind of organisation. Use one of: %(choices)s.")
            % {
                "value": raw,
                "choices": ", ".join(str(label) for _, label in Organisation.Kind.choices),
            },
        )
        return False
