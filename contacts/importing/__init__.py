"""Reading a contact spreadsheet into an import plan: who will be created or updated, which
organisations will be created, and every problem with its line, column and a plain message.

Nothing here writes to the database; `contacts.services.import_contacts` applies a plan that has
no problems, all or nothing. The file may be CSV in UTF-8 (with or without BOM) or Windows-1252,
comma- or semicolon-separated, with CRLF line ends and quoted fields holding delimiters or
newlines; or an Excel workbook (.xlsx, its first sheet). The
headers are those of the export (contacts/exporting.py), so an export can be imported back.

reading.py turns bytes into numbered rows of text; planner.py builds the plan from them with
columns.py (the header line), rows.py (each row's cells), organisations.py (each row's
organisation), people.py (each row's person) and matching.py (who is who); plan.py holds the
result.
"""

from .columns import header_lookup
from .plan import ImportOptions, ImportPlan, PlannedOrganisation, PlannedPerson, Problem
from .planner import build_plan
from .reading import MAX_ROWS, UnreadableFile

__all__ = [
    "MAX_ROWS",
    "ImportOptions",
    "ImportPlan",
    "PlannedOrganisation",
    "PlannedPerson",
    "Problem",
    "UnreadableFile",
    "build_plan",
    "header_lookup",
]
