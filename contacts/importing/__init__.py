"""Reading a contact file into an import plan: who will be created or updated, which
organisations will be created, where a row would change a stored name, organisation or e-mail
(a conflict, kept unless staff accept it), and every problem with its line, column and a plain
message.

Nothing here writes to the database by itself: `contacts.services.import_contacts` gives the
planner a writer (contacts/import_writing.py), which writes each batch of people as it is
planned while the plan has no problem, in one transaction undone if a later row has one: all
or nothing. The file's rows are read several times over rather than kept, so that a file of
100,000 rows takes no more memory than one of 10,000 (planner.py, repeats.py).

The file may be CSV in UTF-8 (with or without BOM) or Windows-1252, comma- or
semicolon-separated, with CRLF line ends and quoted fields holding delimiters or
newlines; an Excel workbook (.xlsx, its first sheet); or a vCard file (.vcf, 3.0 or 4.0). The
headers are those of the export (contacts/exporting.py), so an export can be imported back, or
those of Google Contacts, Outlook and LinkedIn exports (headers.py).

reading.py turns bytes into numbered rows of text (vcards.py does so for vCards); planner.py
builds the plan from them with columns.py (the header line), rows.py (each row's cells),
sniffing.py (unknown columns holding e-mails or phones), organisations.py (each row's
organisation), people.py, naming.py and languages.py (each row's person) and matching.py (who is
who); plan.py holds the result, guide.py what the import page tells.
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
