"""Signals the contacts app sends for writes the ORM's own signals do not see."""

from django.dispatch import Signal

# Sent after records were written in bulk (COPY, bulk_create, bulk_update), which sends no
# post_save: listeners that cache what people and organisations look like (the trip pages'
# cache, trips.page_cache) learn that their copies are out of date. Argument: using.
records_written = Signal()
