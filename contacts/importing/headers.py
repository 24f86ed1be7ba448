"""The column names the import knows: those of its own export, of the contact exports people
have (Google Contacts, Outlook, LinkedIn connections) and the words people use. Data only;
columns.py reads a header line with them. Every name is compared after `header_key`
("E-mail 1 - Value" → "e mail 1 value").

Checked against the exports as they are written today: Google Contacts "Google CSV" (the
current layout: "First Name", "Organization Name", "E-mail 1 - Label"/"E-mail 1 - Value", …;
and the earlier one: "Given Name", "Organization 1 - Name", "E-mail 1 - Type", …), Outlook
("First Name", "E-mail Address", "Business Phone", "Job Title", "Company", "Business
Country/Region", …; "Title" there is Mr/Ms) and LinkedIn's Connections.csv ("First Name,Last
Name,URL,Email Address,Company,Position,Connected On", after three lines of notes).
"""

import re

# Column key → other names of that column (the export's own labels are known without these).
ALIASES = {
    "given_name": ["first name", "firstname", "given", "given name", "forename", "etunimi",
                   "förnamn"],
    "family_name": ["last name", "lastname", "surname", "family", "family name", "sukunimi",
                    "efternamn"],
    "native_name": ["native name", "chinese name", "name in chinese", "中文名"],
    "full_name": ["name", "full name", "display name", "nimi", "namn"],
    "middle_name": ["middle name", "additional name"],
    "phonetic_given": ["phonetic first name", "given yomi", "given name yomi"],
    "phonetic_family": ["phonetic last name", "surname yomi", "family name yomi"],
    "title": ["job title", "role", "position", "title or role", "titteli", "befattning",
              "organization title", "organization 1 title"],
    "organisation": ["organization", "company", "employer", "yritys", "organisaatio",
                     "företag", "organization name", "organization 1 name"],
    "organisation_native_name": ["organization native name", "company native name"],
    "organisation_kind": ["organization kind", "kind", "organisation type", "type"],
    "city": ["business city"],
    "country": ["business country region", "business country"],
    "messaging_id": ["wechat", "wechat id", "messaging", "messenger", "imaddress"],
    "preferred_language": ["language", "kieli", "språk"],
    "lawful_basis": ["legal basis"],
    "notes": ["note", "comments", "muistiinpanot", "anteckningar"],
    "trips": ["trips"],
    "last_met": ["last met date"],
}  # fmt: skip

# Columns that may come several times. Of a person's e-mails and phones the directory keeps one,
# the one of lowest rank (then the first); the others, and every website, go to the notes.
EMAILS = {
    "email": 1,
    "e mail": 1,
    "mail": 1,
    "email address": 1,
    "e mail address": 1,
    "sähköposti": 1,
    "e post": 1,
    "epost": 1,
    "work email": 1,
    "business email": 1,
    "e mail 2 address": 2,
    "e mail 3 address": 3,
    "home email": 3,
    "personal email": 3,
}
PHONES = {
    "primary phone": 0,
    "mobile phone": 1,
    "mobile": 1,
    "cell phone": 1,
    "cell": 1,
    "matkapuhelin": 1,
    "mobil": 1,
    "phone": 2,
    "telephone": 2,
    "phone number": 2,
    "puhelin": 2,
    "telefon": 2,
    "work phone": 2,
    "business phone": 2,
    "business phone 2": 2,
    "company main phone": 3,
    "other phone": 3,
    "car phone": 3,
    "home phone": 4,
    "home phone 2": 4,
    "callback": 5,
    "radio phone": 5,
    "isdn": 5,
    "telex": 5,
    "tty tdd phone": 5,
}
WEBSITES = ["website", "web page", "personal web page", "url", "homepage", "linkedin"]

# Details the directory has no field for but a reader of the person wants: kept in the notes,
# under the file's own column name.
TO_NOTES = ["assistant s phone", "business fax", "home fax", "other fax", "pager", "department",
            "organization department", "organization 1 department", "office location",
            "manager s name", "assistant s name", "profession", "occupation", "nickname",
            "business street", "business street 2", "business street 3", "business state",
            "business postal code", "business address po box", "home street", "home street 2",
            "home street 3", "home city", "home state", "home postal code", "home country region",
            "home address po box", "other street", "other street 2", "other street 3",
            "other city", "other state", "other postal code", "other country region",
            "other address po box"]  # fmt: skip

# Columns of those exports deliberately left out: name prefixes and suffixes, private details
# a contact directory has no use for, and bookkeeping. Listed as not imported, never flagged.
LEFT_OUT = ["name prefix", "name suffix", "suffix", "prefix", "file as", "photo", "labels",
            "group membership", "birthday", "anniversary", "gender", "spouse", "children",
            "hobby", "categories", "priority", "sensitivity", "private", "connected on",
            "initials", "keywords", "mileage", "billing information", "directory server",
            "internet free busy", "user 1", "user 2", "user 3", "user 4", "account",
            "government id number", "organizational id number", "referred by", "location",
            "schools", "company yomi", "yomi name", "short name", "maiden name", "subject",
            "phonetic middle name", "additional name yomi", "e mail type", "e mail display name",
            "e mail 2 type", "e mail 2 display name", "e mail 3 type", "e mail 3 display name",
            "organization 1 yomi name", "organization 1 symbol", "organization 1 location",
            "organization 1 job description", "organization 1 type"]  # fmt: skip

# Google's numbered columns: "Phone 2 - Value" with its kind in "Phone 2 - Label" (or "- Type").
NUMBERED = re.compile(r"^(e mail|phone|address|website|organization|im|custom field|relation|"
                      r"event|external id) (\d+) (.+)$")  # fmt: skip
NUMBERED_LABELS = {"label", "type"}
