"""The data subject's rights over what we hold about a person (GDPR articles 15, 17, 5(1)(e)).

- `record`: everything we hold about one person, for a staff page and a JSON download;
- `anonymise`: personal data cleared everywhere it is held (history and merge records
  included), the non-personal facts kept;
- `retention`: when a person's data falls due, and who is stale (`manage.py anonymise_stale`).
"""
