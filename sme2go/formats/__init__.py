"""Date formats per language (FORMAT_MODULE_PATH), overriding Django's where ours differ.

Each language shows dates the way its readers write them (Finnish 16.3.2026, Swedish
2026-03-16, Estonian 16.03.2026) and accepts that form as well as ISO 2026-03-16 in date
inputs; Django appends the ISO input formats to every list. No language accepts the US
month-first form. `DATE_FORMAT` is the one pages use (`|date` with no argument).
"""
