"""Periodic tasks of the cases app."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from backoffice.models import Agency

from .services import retention as retention_services
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


@shared_task(
    name="cases.tasks.retention_sweep",
    # Daily, and committed batch by batch: a long first run may take a while, and a run cut
    # short or repeated starts again where the last committed batch left off.
    soft_time_limit=3300,
    time_limit=3600,
)
def retention_sweep() -> dict[str, int]:
    """Run by beat once a day: anonymise every agency's cases and customers past retention.

    An agency is previewed (a dry run) until its first preview is RETENTION_REVIEW_DAYS old;
    see ``retention_scheduled``.
    """
    totals = {"agencies": 0, "previews": 0, "cases": 0, "customers": 0}
    if not settings.RETENTION_ENABLED:
        return totals
    for agency_id in Agency.objects.order_by("pk").values_list("pk", flat=True):
        agency = Agency.objects.get(pk=agency_id)
        run = retention_services.retention_scheduled(agency=agency)
        totals["agencies"] += 1
        if run.dry_run:  # its counts are what a run would anonymise: nothing was
            totals["previews"] += 1
            continue
        totals["cases"] += run.cases_anonymised
        totals["customers"] += run.customers_anonymised
    return totals
