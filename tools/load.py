"""`make load`: a bounded load run on loopback against the app under gunicorn on PostgreSQL.

Two runs of the same mix of requests (public trip reports, company pages and downloads, logins,
contact directory pages, exports and the results dashboard):

1. steady: the errors must be 0;
2. fault: the app's database connections are killed twice mid-run (pg_terminate_backend); the
   failed requests are counted, and the run proves the app recovers without a restart (the
   last third has no error and the gunicorn workers are the same processes).

Everything stays on 127.0.0.1 and is bounded: at most --requests requests and --seconds seconds
per run. The database (default postgres://postgres@127.0.0.1:5432/sme2go_load) is migrated and
given the demo story; it is a scratch database, not yours.

    python -m tools.load [--requests 900] [--seconds 90] [--concurrency 6] [--workers 3]
"""

import argparse
import http.cookiejar
import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
APP_NAME = "sme2go-load-app"  # application_name of the app's connections: the ones killed
PASSWORD = "load-run-" + secrets.token_hex(8)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/sme2go_load")
    parser.add_argument("--port", type=int, default=int(os.environ.get("LOAD_PORT", 8106)))
    parser.add_argument("--requests", type=int, default=900, help="per run (at most)")
    parser.add_argument("--seconds", type=float, default=90, help="per run (at most)")
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    return parser.parse_args(argv)


# --- The app under gunicorn ------------------------------------------------------------------


def app_environment(database_url):
    parts = urllib.parse.urlsplit(database_url)
    if parts.hostname not in LOOPBACK:
        raise SystemExit("The load run only targets a database on this machine (127.0.0.1).")
    query = urllib.parse.urlencode({"application_name": APP_NAME})
    return {
        **os.environ,
        "DATABASE_URL": urllib.parse.urlunsplit(parts._replace(query=query)),
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_HTTPS": "false",
        "DJANGO_LOG_LEVEL": "ERROR",
        "DJANGO_LOGIN_FAILURE_LIMIT": "1000",
    }


def prepare_database(database_url, env):
    import psycopg

    parts = urllib.parse.urlsplit(database_url)
    name = parts.path.lstrip("/")
    with psycopg.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username or "postgres",
        password=parts.password, dbname="postgres", autocommit=True,
    ) as admin:  # fmt: skip
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    manage = [str(BIN / "python"), str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo", "--password", PASSWORD]):
        subprocess.run([*manage, *command], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True)


def start_gunicorn(env, port, workers):
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "sme2go.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--timeout=30",
            "--graceful-timeout=5",
        ],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 30 s.")


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return sorted(map(int, children.read_text().split())) if children.exists() else []


# --- Virtual users -----------------------------------------------------------------------------


class Visitor:
    """One browser: its own cookies; logs in through the login form like a person."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=20) as response:
            response.read()
            return response.status

    def login(self, username):
        with self.opener.open(self.base + "/accounts/login/", timeout=20) as response:
            token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.read())
        data = urllib.parse.urlencode(
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token[1].decode()}
        ).encode()
        request = urllib.request.Request(
            self.base + "/accounts/login/", data=data, headers={"Referer": self.base + "/"}
        )
        with self.opener.open(request, timeout=20) as response:
            response.read()
            if "/accounts/login/" in response.url:
                raise RuntimeError(f"login as {username} failed")
            return response.status


def scenario(site):
    """The mix: (who, what) pairs walked round-robin; `who` is anonymous, company, staff or
    login (then `what` says whose login)."""
    paths = site["paths"]
    return [
        ("anonymous", paths["home"]),
        ("anonymous", paths["report"]),
        ("company", paths["my_trips"]),
        ("anonymous", paths["report"]),
        ("company", paths["my_trip"]),
        ("staff", paths["directory"]),
        ("staff", paths["directory"] + "?q=wang"),
        ("staff", paths["directory"] + "?page=2"),
        ("anonymous", paths["home"]),
        ("company", paths["my_contacts_csv"]),
        ("staff", paths["export_csv"]),
        ("staff", paths["dashboard"]),
        ("staff", paths["dashboard_csv"] + "?delimiter=semicolon"),
        ("login", "company"),
        ("login", "staff"),
    ]


def site_facts(env):
    """Paths and logins of the demo story, read through Django from the load run's database."""
    os.environ.update({**env, "DATABASE_URL": env["DATABASE_URL"].replace(APP_NAME, "runner")})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sme2go.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.urls import reverse

    from contacts.models import Membership
    from trips.demo import STAFF_USERNAME
    from trips.models import Trip

    trip = Trip.objects.published().order_by("start_date").first()
    membership = Membership.objects.filter(organisation__participations__trip=trip).first()
    slug = {"slug": trip.slug}
    return {
        "company": membership.user.username,
        "staff": STAFF_USERNAME,
        "paths": {
            "home": reverse("home"),
            "report": reverse("trips:detail", kwargs=slug),
            "my_trips": reverse("my:trips"),
            "my_trip": reverse("my:trip", kwargs=slug),
            "my_contacts_csv": reverse("my:contacts_csv", kwargs=slug),
            "directory": reverse("contacts:directory"),
            "export_csv": reverse("contacts:export_csv"),
            "dashboard": reverse("results:dashboard"),
            "dashboard_csv": reverse("results:dashboard_csv"),
        },
    }


# --- One run -----------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    latencies: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)  # (sequence number, ok)
    by_page: dict = field(default_factory=dict)  # (who, what) -> latencies
    lock: threading.Lock = field(default_factory=threading.Lock)
    started: float = 0.0
    elapsed: float = 0.0

    def record(self, number, ok, seconds, page):
        with self.lock:
            self.latencies.append(seconds)
            self.outcomes.append((number, ok))
            self.by_page.setdefault(page, []).append(seconds)

    @property
    def errors(self):
        return sum(not ok for _n, ok in self.outcomes)


def run(name, base, site, *, requests, seconds, concurrency, on_progress=None):
    result = Run(name)
    mix = scenario(site)
    counter = iter(range(requests))
    counter_lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user_loop():
        visitors = {"anonymous": Visitor(base), "company": Visitor(base), "staff": Visitor(base)}
        visitors["company"].login(site["company"])
        visitors["staff"].login(site["staff"])
        while time.monotonic() < deadline:
            with counter_lock:
                number = next(counter, None)
            if number is None:
                return
            who, what = mix[number % len(mix)]
            start = time.perf_counter()
            try:
                if who == "login":
                    fresh = Visitor(base)
                    fresh.login(site[what])
                    visitors[what] = fresh
                else:
                    visitors[who].get(what)
                ok = True
            except (OSError, RuntimeError, urllib.error.HTTPError):
                ok = False
            result.record(number, ok, time.perf_counter() - start, (who, what))
            if on_progress:
                on_progress(number)

    result.started = time.monotonic()
    threads = [threading.Thread(target=user_loop) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.elapsed = time.monotonic() - result.started
    return result


class ConnectionKiller:
    """Kills the app's database connections twice: when the run passes a third and two thirds
    of its requests, or of its time, whichever comes first."""

    def __init__(self, database_url, *, requests, seconds):
        self.database_url, self.done = database_url, []
        self.marks = [(requests * n // 3, seconds * n / 3) for n in (1, 2)]
        self.lock = threading.Lock()
        self.started = None

    def __call__(self, number):
        with self.lock:
            now = time.monotonic()
            self.started = self.started or now
            if not self.marks:
                return
            count, after = self.marks[0]
            if number < count and now - self.started < after:
                return
            self.marks.pop(0)
            import psycopg

            with psycopg.connect(self.database_url, autocommit=True) as killer:
                rows = killer.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = %s AND datname = current_database()",
                    [APP_NAME],
                ).fetchall()
            self.done.append((number, len(rows)))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def report(result):
    ms = [s * 1000 for s in result.latencies]
    count = len(ms)
    print(
        f"{result.name:<22}{count:>9}{result.errors:>8}{count / max(result.elapsed, 1e-9):>9.1f}"
        + "".join(f"{percentile(ms, p):>9.0f}" for p in (0.5, 0.9, 0.95, 0.99))
        + f"{max(ms, default=0):>9.0f}"
    )


def main(argv=None):
    args = parse_args(argv)
    env = app_environment(args.database_url)
    print(f"Preparing {args.database_url} (migrate, demo story, static files)…", flush=True)
    prepare_database(args.database_url, env)
    site = site_facts(env)
    server = start_gunicorn(env, args.port, args.workers)
    base = f"http://127.0.0.1:{args.port}"
    try:
        workers_before = worker_pids(server.pid)
        options = {"requests": args.requests, "seconds": args.seconds}
        options["concurrency"] = args.concurrency
        steady = run("steady", base, site, **options)
        killer = ConnectionKiller(args.database_url, requests=args.requests, seconds=args.seconds)
        fault = run("connections killed 2x", base, site, on_progress=killer, **options)
        workers_after = worker_pids(server.pid)
        healthy = urllib.request.urlopen(base + "/healthz", timeout=5).status
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print(f"\n{args.concurrency} clients, gunicorn with {args.workers} workers on {base}")
    print(f"{'run':<22}{'requests':>9}{'errors':>8}{'req/s':>9}" + "".join(
        f"{h:>9}" for h in ("p50 ms", "p90 ms", "p95 ms", "p99 ms", "max ms")
    ))  # fmt: skip
    report(steady)
    report(fault)
    print("\nMedian latency per request kind in the steady run:")
    for (who, what), seconds in sorted(
        steady.by_page.items(), key=lambda kv: -percentile(kv[1], 0.5)
    ):
        print(f"  {percentile(seconds, 0.5) * 1000:7.0f} ms  {who:<10} {what}")
    last_kill = max((mark for mark, _n in killer.done), default=0)
    late = [ok for number, ok in fault.outcomes if number >= last_kill + 2 * args.concurrency]
    print(
        f"\nKills at requests {', '.join(f'{m} ({n} connections)' for m, n in killer.done)}; "
        f"failed requests in the fault run: {fault.errors}; after the last kill settled: "
        f"{late.count(False)} of {len(late)} failed."
    )
    same = workers_before == workers_after and bool(workers_before)
    print(
        f"gunicorn workers before {workers_before}, after {workers_after}: "
        f"{'the same processes, no restart' if same else 'CHANGED'}; /healthz {healthy}."
    )
    ok = steady.errors == 0 and len(killer.done) == 2 and late and not late.count(False) and same
    print("RESULT:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
