"""Gunicorn settings for production (the Dockerfile runs `gunicorn -c gunicorn.conf.py`).

Threaded workers ("gthread"): a worker's main thread keeps telling the arbiter it is alive
while request threads run, so a long streamed download (a CSV export of a million contacts
takes minutes on a slow link) is never killed by the worker timeout, and one slow client
holds one thread, not a whole worker. The timeout then only catches a stuck worker process.
Environment variables override the defaults.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Processes: about 2 × cores + 1; threads per process for slow clients and long downloads.
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Seconds without a heartbeat from a worker's main thread before it is restarted; requests in
# progress do not count against it with gthread.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On a restart or deploy, downloads in progress get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "120"))
keepalive = 5
# The heartbeat file lives in memory, not on a container's overlay disk.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 (gunicorn's documented choice; only heartbeats)
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
