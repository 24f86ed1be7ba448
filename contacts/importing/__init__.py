"""Reading a contact spreadsheet into an import plan: who will be created or updated, which
organisations will be created, and every problem with its line, column and a plain message.

Nothing here writes to the database; `contacts.services.import_contacts` applies a plan that has
no problems, all or nothing. The file may be CSV in UTF-8 (with or without BOM) or Windows-1252,
comma- or semicolon-separated, with CRLF line ends and quoted fields holding delimiters or
newlines; or an Excel workbook (.xlsx, its first sheet). The
headers are those of the export (contacts/exporting.py), so an export can be imported back.
"""

from .plan import ImportPlan, PlannedOrganisation, PlannedPerson, Problem
from .planner import MAX_ROWS, build_plan, header_lookup
from .reading import UnreadableFile

__all__ = [
    "MAX_ROWS",
    "ImportPlan",
    "PlannedOrganisation",
    "PlannedPerson",
    "Problem",
    "UnreadableFile",
    "build_plan",
    "header_lookup",
]
