"""Run the benchmarks: `make bench`.

Each `bench/bench_*.py` module defines `run(report)` and measures against a baseline measured in
the same run, reporting ratios (never absolute timings checked in a test). The benchmarks run on
a throw-away test database (SQLite by default, or DATABASE_URL's server with a test_ prefix).
"""

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", "No directory at")

django.setup()

from django.conf import settings  # noqa: E402
from django.test.utils import get_runner, setup_test_environment  # noqa: E402


def timed(func, repeat=3):
    """Best wall-clock seconds of `repeat` runs of func()."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def report(name, value, baseline, unit="s"):
    ratio = value / baseline if baseline else float("inf")
    print(f"{name:<60} {value:10.4f}{unit}  baseline {baseline:10.4f}{unit}  ratio {ratio:6.2f}")


def main():
    setup_test_environment()
    runner = get_runner(settings)(verbosity=0, interactive=False)
    old = runner.setup_databases()
    try:
        modules = [
            importlib.import_module(f"bench.{info.name}")
            for info in pkgutil.iter_modules([str(Path(__file__).parent)])
            if info.name.startswith("bench_")
        ]
        for module in modules:
            print(f"== {module.__name__}: {(module.__doc__ or '').strip().splitlines()[0]}")
            module.run(timed=timed, report=report)
    finally:
        runner.teardown_databases(old)


if __name__ == "__main__":
    main()
