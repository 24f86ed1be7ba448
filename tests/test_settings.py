"""Bad configuration stops the start with one line naming the problem."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_check(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.pop("DATABASE_URL", None)
    environment |= {"DJANGO_SETTINGS_MODULE": "sme2go.settings", **env}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "env, message",
    [
        (
            {"DJANGO_DEBUG": "false", "DJANGO_ALLOWED_HOSTS": "x.org"},
            "DJANGO_SECRET_KEY is not set",
        ),
        (
            {"DJANGO_DEBUG": "true", "DATABASE_URL": "mysql://u@h/db"},
            "DATABASE_URL must start with postgres:// or sqlite:///",
        ),
        ({"DJANGO_DEBUG": "true", "DATABASE_URL": "not a url"}, "DATABASE_URL"),
        ({"DJANGO_DEBUG": "true", "DATABASE_URL": "postgres://u@h:5432/"}, "names no database"),
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be true or false"),
        (
            {"DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "s" * 60},
            "DJANGO_ALLOWED_HOSTS is not set",
        ),
        ({"DJANGO_DEBUG": "true", "DJANGO_TIME_ZONE": "Mars/Olympus"}, "not a known time zone"),
    ],
)
def test_bad_configuration_fails_with_one_line(env, message):
    result = run_check(**env)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error:") and message in lines[0]


def test_debug_runs_with_an_embedded_database_and_no_configuration():
    result = run_check(DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stderr
