"""Log-ins, failed log-ins and log-outs are audited with who, when, where and the outcome; the
log is append-only on PostgreSQL and kept at least a year."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction

from backoffice import services
from backoffice.models import AuditEvent, Role

from ..conftest import member
from .factories import PASSWORD
from .test_settings import run_python

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0"


def test_a_successful_log_in_is_audited_with_address_and_browser(agency: Any, client: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    response = client.post(
        "/accounts/login/",
        {"username": user.email.upper(), "password": PASSWORD},
        HTTP_USER_AGENT=BROWSER,
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="auth.login")
    assert event.actor == user
    assert event.actor_label == user.email
    assert event.outcome == "success"
    assert event.ip_address == "203.0.113.9"
    assert event.user_agent == BROWSER


def test_a_failed_log_in_is_audited_without_the_password(agency: Any, client: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    response = client.post(
        "/accounts/login/",
        {"username": user.email, "password": "not-the-password"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 200
    assert "do not match an active account" in response.content.decode()
    event = AuditEvent.objects.get(action="auth.login_failed")
    assert event.outcome == "failure"
    assert event.actor == user
    assert event.details == {"attempted": user.email}
    assert "not-the-password" not in str(event.details)
    assert event.ip_address == "198.51.100.7"


def test_a_failed_log_in_for_an_unknown_address_is_audited_too(client: Any, db: None) -> None:
    client.post("/accounts/login/", {"username": "nobody@nowhere.example", "password": "x" * 12})
    event = AuditEvent.objects.get(action="auth.login_failed")
    assert event.actor is None
    assert event.details == {"attempted": "nobody@nowhere.example"}


def test_a_log_out_is_audited(agency: Any, client_for: Any) -> None:
    user = member(agency, Role.MANAGER)
    response = client_for(user).post("/accounts/logout/")
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="auth.logout")
    assert event.actor == user


def test_configuration_changes_are_audited_with_before_and_after(agency: Any) -> None:
    admin = member(agency, Role.ADMINISTRATOR)
    services.agency_update(agency=agency, actor=admin, time_zone="America/Denver")
    event = AuditEvent.objects.get(action="agency.update")
    assert event.actor == admin
    assert event.details == {"time_zone": ["America/Chicago", "America/Denver"]}


@pytest.mark.postgres
def test_postgresql_refuses_to_change_or_delete_audit_rows(agency: Any) -> None:
    event = services.audit_record(action="test.append_only", agency=agency)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="tampered")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.get(pk=event.pk).action == "test.append_only"


@pytest.mark.postgres
def test_postgresql_refuses_raw_sql_that_changes_or_deletes_audit_rows(agency: Any) -> None:
    # Skipped on SQLite (see tests/conftest.py): the guard is a PostgreSQL trigger, and the
    # embedded SQLite database is for development only.
    event = services.audit_record(action="test.append_only", agency=agency)
    statements = [
        ("UPDATE backoffice_auditevent SET action = %s WHERE id = %s", ["x", event.pk]),
        ("UPDATE backoffice_auditevent SET occurred_at = now() - interval '1 year'", []),
        ("DELETE FROM backoffice_auditevent WHERE id = %s", [event.pk]),
        ("DELETE FROM backoffice_auditevent", []),
    ]
    assert AuditEvent._meta.db_table == "backoffice_auditevent"
    for sql, params in statements:
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, params)
    kept = AuditEvent.objects.get(pk=event.pk)
    assert (kept.action, kept.occurred_at) == ("test.append_only", event.occurred_at)


RETENTION = "from django.conf import settings; print(settings.AUDIT_RETENTION_DAYS)"


@pytest.mark.parametrize(("value", "kept"), [(None, "400"), ("365", "365"), ("3650", "3650")])
def test_security_logs_are_kept_at_least_a_year_by_default(
    tmp_path: Path, value: str | None, kept: str
) -> None:
    extra = {"AUDIT_RETENTION_DAYS": value} if value else {}
    result = run_python(["-c", RETENTION], tmp_path, **extra)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == kept


def test_a_retention_under_a_year_stops_the_processes_from_starting(tmp_path: Path) -> None:
    result = run_python(["-c", RETENTION], tmp_path, AUDIT_RETENTION_DAYS="364")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "at least 365 days" in result.stderr
