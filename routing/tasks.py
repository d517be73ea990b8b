"""Periodic tasks of the routing app.

The routing sweep is not retried: beat runs it again every ROUTING_SWEEP_SECONDS, and a
retry would only race the next run. Each step of it is idempotent.
"""

from __future__ import annotations

from celery import shared_task

from . import offers, presence


@shared_task(name="routing.tasks.presence_idle_sweep")
def presence_idle_sweep() -> int:
    """Run by beat every minute: Available people idle too long go offline."""
    return presence.presence_idle_sweep()


@shared_task(name="routing.tasks.routing_sweep")
def routing_sweep() -> dict[str, int]:
    """Run by beat every ROUTING_SWEEP_SECONDS: withdraw, expire, overflow, offer."""
    result = offers.routing_sweep()
    return {
        "withdrawn": result.withdrawn,
        "expired": result.expired,
        "overflowed": result.overflowed,
        "offered": result.offered,
    }


@shared_task(name="routing.tasks.offers_dispatch")
def offers_dispatch(queue_id: int) -> int:
    """Offer one push queue's waiting cases now (queued when a case joins the queue)."""
    return offers.offers_dispatch(queue_id=queue_id)
