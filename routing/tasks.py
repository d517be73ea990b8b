"""Periodic tasks of the routing app."""

from __future__ import annotations

from celery import shared_task

from . import presence


@shared_task(name="routing.tasks.presence_idle_sweep")
def presence_idle_sweep() -> int:
    """Run by beat every minute: Available people idle too long go offline."""
    return presence.presence_idle_sweep()
