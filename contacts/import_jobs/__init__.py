"""Large contact files imported off the request, by a django-tasks job on a worker.

A file of more than CONTACT_IMPORT_BACKGROUND_ROWS rows (or more bytes than the page's own
preview takes) is kept in an ImportJob and imported by `run_import` on a worker
(`manage.py db_worker`), all or nothing, exactly as `manage.py import_contacts` would. The job
page polls a small JSON status while it runs (a progress bar), then shows what was imported,
or the problems of the rows, or why the job failed; a job that did not finish wrote nothing.
"""
