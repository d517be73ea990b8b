"""Periodic and outbox tasks of the project package. Each loads by id and calls a service."""

from __future__ import annotations

import smtplib

from celery import Task, shared_task
from django.core.mail import mailers
from django.utils import timezone

from . import services
from .reports.rollups import rollup_recent


@shared_task(name="backoffice.tasks.heartbeat")
def heartbeat() -> None:
    """Run by beat every 30 s; the health page shows worker and beat alive while it is fresh."""
    services.heartbeat_record(name="celery")


@shared_task(
    bind=True,
    name="backoffice.tasks.send_outbound_email",
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=8,
)
def send_outbound_email(self: Task, email_id: int) -> None:
    try:
        services.email_send(email_id=email_id)
    except (smtplib.SMTPException, OSError) as exc:
        if self.request.retries >= (self.max_retries or 0):
            services.email_mark_failed(email_id=email_id, error=str(exc))
            return
        raise


@shared_task(name="backoffice.tasks.send_outbound_emails")
def send_outbound_emails(email_ids: list[int]) -> None:
    """Send a batch of outbox rows over one mail connection.

    A row that fails goes on to its own task with retries, and the connection is opened
    afresh for the next row, since a failure may have left it broken.
    """
    connection = mailers.default
    try:
        for email_id in email_ids:
            try:
                services.email_send(email_id=email_id, connection=connection)
            except (smtplib.SMTPException, OSError):
                services.email_connection_close(connection)
                send_outbound_email.apply_async((email_id,), countdown=30)
    finally:
        services.email_connection_close(connection)


@shared_task(name="backoffice.tasks.requeue_stale_outbound_email")
def requeue_stale_outbound_email(older_than_seconds: int = 300) -> int:
    """Run by beat every 5 minutes; an operator may run it at once after a crash (0 s)."""
    return services.email_requeue_stale(older_than_seconds=older_than_seconds)


@shared_task(name="backoffice.tasks.reports_rollup")
def reports_rollup() -> int:
    """Run by beat every 5 minutes: rebuild today's and yesterday's report rollups."""
    return rollup_recent(now=timezone.now())
