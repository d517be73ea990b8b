"""Periodic tasks of the cases app."""

from __future__ import annotations

from celery import shared_task

from .services import sla as sla_services


@shared_task(name="cases.tasks.sla_sweep")
def sla_sweep() -> dict[str, int]:
    """Run by beat every minute: escalate the cases whose next service-level check has passed."""
    result = sla_services.sla_sweep()
    return {
        "checked": result.checked,
        "escalations": result.escalations,
        "notifications": result.notifications,
        "batches": result.batches,
    }
