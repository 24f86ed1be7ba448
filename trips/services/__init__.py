"""Writes that touch more than one field or model, one module per thing they act on, one
function per action, named <thing>_<action> (`lead_update_by_company`, `match_decide`).

Keyword-only arguments, one transaction, `full_clean()` before saving, so that a write from a
form and a write from anywhere else obey the same rules. Reads live in `trips/queries/`.
"""
