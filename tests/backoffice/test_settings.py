"""Settings read from the environment behave as the README says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "db = settings.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'name': str(db['NAME']), "
    "'options': db.get('OPTIONS', {}), 'broker': settings.CELERY_BROKER_URL, "
    "'transport': settings.CELERY_BROKER_TRANSPORT_OPTIONS, 'debug': settings.DEBUG, "
    "'email': settings.MAILERS['default']['BACKEND'], "
    "'hosts': settings.ALLOWED_HOSTS}, default=str))"
)
SWITCHES = (
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "EMAIL_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def run_python(
    code_or_args: list[str], tmp_path: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in SWITCHES}
    clean.update({"VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "backoffice.settings", **env})
    return subprocess.run(  # noqa: S603
        [sys.executable, *code_or_args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def probe(tmp_path: Path, **env: str) -> dict[str, object]:
    result = run_python(["-c", PROBE], tmp_path, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_nothing_set_it_runs_on_sqlite_and_the_filesystem_broker(tmp_path: Path) -> None:
    config = probe(tmp_path)
    assert config["engine"] == "django.db.backends.sqlite3"
    assert config["name"] == str(tmp_path / "db.sqlite3")
    options = config["options"]
    assert isinstance(options, dict)
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
    assert "busy_timeout" in options["init_command"]
    assert config["broker"] == "filesystem://"
    assert config["transport"] == {
        "data_folder_in": str(tmp_path / "broker"),
        "data_folder_out": str(tmp_path / "broker"),
        "control_folder": str(tmp_path / "broker" / "control"),
    }
    assert config["debug"] is True
    assert config["email"] == "django.core.mail.backends.console.EmailBackend"
    assert (tmp_path / "dev-secret-key").exists()


def test_environment_switches_to_postgresql_redis_and_smtp(tmp_path: Path) -> None:
    config = probe(
        tmp_path,
        DATABASE_URL="postgres://app:pw@db.internal:5432/cases",
        CELERY_BROKER_URL="redis://cache.internal:6379/1",
        EMAIL_URL="smtp+tls://mailer:pw@smtp.internal:587",
        ALLOWED_HOSTS="cases.agency.example,admin.agency.example",
    )
    assert config["engine"] == "django.db.backends.postgresql"
    assert config["name"] == "cases"
    assert config["broker"] == "redis://cache.internal:6379/1"
    assert config["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert config["hosts"] == ["cases.agency.example", "admin.agency.example"]


def test_debug_off_without_secret_key_refuses_to_start(tmp_path: Path) -> None:
    result = run_python(["manage.py", "check"], tmp_path, DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is false" in result.stderr


def test_production_settings_pass_the_deployment_checks(tmp_path: Path) -> None:
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        tmp_path,
        DEBUG="false",
        SECRET_KEY="k" * 20 + "-production-secret-that-is-long-and-random-0123456789",
        ALLOWED_HOSTS="cases.agency.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_collectstatic_builds_the_production_manifest(tmp_path: Path) -> None:
    """The deploy step of docs/operations.md: every file a stylesheet or script names exists."""
    result = run_python(
        ["manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        tmp_path,
        DEBUG="false",
        SECRET_KEY="k" * 20 + "-production-secret-that-is-long-and-random-0123456789",
        ALLOWED_HOSTS="cases.agency.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = json.loads((tmp_path / "staticfiles" / "staticfiles.json").read_text())
    assert "vendor/uswds/css/uswds.min.css" in manifest["paths"]
    assert "vendor/chartjs/chart.umd.min.js" in manifest["paths"]


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: this run uses another database")
    with connection.cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] == 20000


def test_celery_is_configured_for_at_least_once_delivery() -> None:
    from backoffice.celery import app

    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.accept_content == ["json"]
    assert app.conf.task_time_limit
    assert app.conf.task_soft_time_limit
    assert settings.CELERY_BEAT_SCHEDULE["heartbeat"]["task"] == "backoffice.tasks.heartbeat"


def test_the_admin_is_served_at_the_configured_path(tmp_path: Path) -> None:
    code = (
        "import django; django.setup(); from django.urls import resolve, reverse; "
        "print(reverse('admin:index')); resolve('/staff-console/login/'); "
        "from django.urls import Resolver404\n"
        "try:\n    resolve('/admin/')\nexcept Resolver404:\n    print('no /admin/')"
    )
    result = run_python(["-c", code], tmp_path, ADMIN_PATH="staff-console")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["/staff-console/", "no", "/admin/"]
