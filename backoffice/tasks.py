"""Periodic tasks of the project package."""

from celery import shared_task

from . import services


@shared_task(name="backoffice.tasks.heartbeat")
def heartbeat() -> None:
    """Run by beat every 30 s; the health page shows worker and beat alive while it is fresh."""
    services.heartbeat_record(name="celery")
