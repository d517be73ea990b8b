"""The outbox: an email is a row first, sent once by a task after the change commits."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

from backoffice import services
from backoffice.celery import app as celery_app
from backoffice.models import OutboundEmail, OutboundEmailStatus
from backoffice.tasks import send_outbound_email

from .factories import AgencyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def celery_eager() -> Iterator[None]:
    """Run queued tasks in the test process instead of sending them to a broker."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = previous


def queue(**fields: Any) -> OutboundEmail:
    fields.setdefault("to", "ana@example.org")
    fields.setdefault("subject", "We received your request")
    fields.setdefault("body", "Thank you.")
    fields.setdefault("kind", "test.notice")
    return services.email_queue(**fields)


def test_queueing_writes_a_pending_row_and_sends_only_on_commit(
    django_capture_on_commit_callbacks: Any,
) -> None:
    agency = AgencyFactory()

    with django_capture_on_commit_callbacks() as callbacks:
        email = queue(agency=agency, related=agency)

    assert len(callbacks) == 1
    assert mail.outbox == []
    email.refresh_from_db()
    assert (email.status, email.attempts, email.sent_at) == (OutboundEmailStatus.PENDING, 0, None)
    assert (email.related_type, email.related_id) == ("backoffice.agency", str(agency.pk))


def test_a_queued_email_is_sent_by_the_task_after_commit(
    celery_eager: None, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        email = queue(subject="Your request CASE-2026-000001")

    [sent] = mail.outbox
    assert (sent.to, sent.subject, sent.body) == (
        ["ana@example.org"],
        "Your request CASE-2026-000001",
        "Thank you.",
    )
    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.SENT


def test_a_change_that_rolls_back_queues_nothing(
    celery_eager: None, django_capture_on_commit_callbacks: Any
) -> None:
    def queue_then_fail() -> None:
        with transaction.atomic():
            queue()
            raise RuntimeError("the change failed")

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(RuntimeError):
        queue_then_fail()

    assert callbacks == []
    assert not OutboundEmail.objects.exists()
    assert mail.outbox == []


def test_sending_marks_the_row_sent_and_counts_the_attempt() -> None:
    email = queue()

    result = services.email_send(email_id=email.pk)

    assert result is not None
    assert result.status == OutboundEmailStatus.SENT
    assert result.attempts == 1
    assert result.sent_at is not None
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]


def test_sending_again_sends_nothing_more() -> None:
    email = queue()
    services.email_send(email_id=email.pk)

    again = services.email_send(email_id=email.pk)

    assert len(mail.outbox) == 1
    assert again is not None
    assert (again.status, again.attempts) == (OutboundEmailStatus.SENT, 1)


def test_sending_a_row_that_no_longer_exists_does_nothing() -> None:
    assert services.email_send(email_id=999_999) is None
    assert mail.outbox == []


def test_a_failed_row_is_kept_with_its_reason_and_never_sent() -> None:
    email = queue()

    services.email_mark_failed(email_id=email.pk, error="550 mailbox unavailable " + "x" * 400)
    services.email_send(email_id=email.pk)

    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.FAILED
    assert email.last_error.startswith("550 mailbox unavailable")
    assert len(email.last_error) == 300
    assert mail.outbox == []


def test_marking_a_sent_row_failed_changes_nothing() -> None:
    email = queue()
    services.email_send(email_id=email.pk)

    services.email_mark_failed(email_id=email.pk, error="late failure report")

    email.refresh_from_db()
    assert (email.status, email.last_error) == (OutboundEmailStatus.SENT, "")


def test_requeueing_sends_the_stale_pending_rows_only(celery_eager: None) -> None:
    long_ago = timezone.now() - timedelta(minutes=10)
    for n in range(2):
        queue(to=f"stale{n}@example.org")
    fresh = queue(to="fresh@example.org")
    sent = queue(to="sent@example.org")
    failed = queue(to="failed@example.org")
    services.email_send(email_id=sent.pk)
    services.email_mark_failed(email_id=failed.pk, error="gave up")
    mail.outbox.clear()
    OutboundEmail.objects.exclude(pk=fresh.pk).update(created_at=long_ago)

    count = services.email_requeue_stale(older_than_seconds=300)

    assert count == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["stale0@example.org", "stale1@example.org"]
    statuses = dict(OutboundEmail.objects.values_list("to", "status"))
    assert statuses == {
        "stale0@example.org": OutboundEmailStatus.SENT,
        "stale1@example.org": OutboundEmailStatus.SENT,
        "fresh@example.org": OutboundEmailStatus.PENDING,
        "sent@example.org": OutboundEmailStatus.SENT,
        "failed@example.org": OutboundEmailStatus.FAILED,
    }


def test_requeueing_takes_at_most_the_limit(celery_eager: None) -> None:
    for n in range(3):
        queue(to=f"stale{n}@example.org")
    OutboundEmail.objects.update(created_at=timezone.now() - timedelta(hours=1))

    assert services.email_requeue_stale(limit=2) == 2
    assert services.email_requeue_stale(limit=2) == 1
    assert services.email_requeue_stale(limit=2) == 0
    assert len(mail.outbox) == 3


class RefusingMailServer(BaseEmailBackend):
    """Stands in for a mail relay that turns every message away."""

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@pytest.fixture
def refusing_mail_server(settings: Any) -> None:
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.RefusingMailServer"}}


def test_a_delivery_failure_keeps_the_row_pending_for_a_retry(refusing_mail_server: None) -> None:
    email = queue()

    with pytest.raises(smtplib.SMTPException):
        services.email_send(email_id=email.pk)

    email.refresh_from_db()
    assert (email.status, email.attempts, email.sent_at) == (OutboundEmailStatus.PENDING, 1, None)


def test_the_task_gives_up_after_its_last_retry_and_keeps_the_reason(
    refusing_mail_server: None,
) -> None:
    email = queue()

    send_outbound_email.apply(args=[email.pk], retries=send_outbound_email.max_retries)

    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.FAILED
    assert "Connection unexpectedly closed" in email.last_error
