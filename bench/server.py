"""The app under gunicorn as in production (the repository's gunicorn.conf.py), and a client."""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 3


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """`with Gunicorn() as server:` starts the app and waits until it answers."""

    def __init__(self, workers=WORKERS):
        self.port = int(os.environ.get("BENCH_PORT") or free_port())
        self.workers = workers
        self.process = None

    def __enter__(self):
        env = {**os.environ, "GUNICORN_WORKERS": str(self.workers), "GUNICORN_ACCESS_LOG": ""}
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "sme2go.wsgi:application", "-c", str(ROOT / "gunicorn.conf.py"),
             "--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status, _, _ = self.get("/accounts/login/")
                if status == 200 and len(self.worker_pids()) == self.workers:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def peak_rss_mb(self):
        """The largest peak resident memory (VmHWM) of any worker so far."""
        peaks = []
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        return max(peaks, default=0.0)

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=3600)

    def get(self, path, cookie="", conn=None):
        """(status, body bytes, seconds to the last byte)."""
        own = conn is None
        conn = conn or self.connection()
        started = time.perf_counter()
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - started
        if own:
            conn.close()
        return response.status, body, elapsed

    def download(self, path, cookie=""):
        """Stream a download to nowhere: (status, bytes, seconds), memory kept small."""
        conn = self.connection()
        started = time.perf_counter()
        conn.request("GET", path, headers={"Cookie": cookie})
        response = conn.getresponse()
        size = 0
        while chunk := response.read(1 << 20):
            size += len(chunk)
        elapsed = time.perf_counter() - started
        conn.close()
        return response.status, size, elapsed

    def median(self, path, cookie="", repeat=9):
        """(median seconds, body bytes) after one warm-up request; fails on a non-200."""
        conn = self.connection()
        status, body, _ = self.get(path, cookie, conn)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        times = [self.get(path, cookie, conn)[2] for _ in range(repeat)]
        conn.close()
        return statistics.median(times), len(body)

    def throughput(self, path, cookie="", seconds=5.0, clients=6):
        """Requests per second with `clients` keep-alive clients in parallel."""
        done = [0] * clients

        def client(i):
            conn = self.connection()
            while time.perf_counter() < stop:
                status, _, _ = self.get(path, cookie, conn)
                if status != 200:
                    raise RuntimeError(f"{path} answered {status}")
                done[i] += 1
            conn.close()

        self.get(path, cookie)  # warm-up (the window starts after it: a slow one counted 0)
        started = time.perf_counter()
        stop = started + seconds
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return sum(done) / (time.perf_counter() - started)
