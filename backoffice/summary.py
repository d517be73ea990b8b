"""Summary figures of an agency's cases for reports and other systems (GET /api/v1/summary/).

Two aggregate queries over the agency's cases, whatever their number: one for the
totals, one grouped by channel. Dates are the agency's calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from cases.models import Case, Channel
from cases.models.case import OPEN_STATUSES

from .models import Agency


@dataclass(frozen=True)
class Window:
    """Whole days [first, last] in the agency's time zone, as aware instants [start, end)."""

    first: date
    last: date
    start: datetime
    end: datetime


def day_window(*, agency: Agency, first: date, last: date) -> Window:
    zone = agency.zone
    start = datetime.combine(first, time.min, tzinfo=zone)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone)
    return Window(first=first, last=last, start=start, end=end)


def agency_today(agency: Agency, now: datetime | None = None) -> date:
    return timezone.localtime(now or timezone.now(), agency.zone).date()


# Open cases whose service-level clock is running (not paused).
RUNNING = Q(status__in=OPEN_STATUSES, sla_paused_at__isnull=True)


def summary_figures(
    *, agency: Agency, window: Window, now: datetime | None = None
) -> dict[str, Any]:
    """Backlog, intake and throughput figures of *agency* for the days of *window*.

    ``overdue.response`` counts open cases not yet answered past their first-response
    due time; ``overdue.resolution`` open cases past their resolution due time. Cases
    whose clock is paused (waiting on the customer) are not overdue.
    """
    now = now or timezone.now()
    today = day_window(
        agency=agency, first=agency_today(agency, now), last=agency_today(agency, now)
    )
    in_window = Q(created_at__gte=window.start, created_at__lt=window.end)
    cases = Case.objects.filter(agency=agency)
    totals = cases.aggregate(
        open_backlog=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        new_today=Count("pk", filter=Q(created_at__gte=today.start, created_at__lt=today.end)),
        opened=Count("pk", filter=in_window),
        resolved=Count("pk", filter=Q(resolved_at__gte=window.start, resolved_at__lt=window.end)),
        closed=Count("pk", filter=Q(closed_at__gte=window.start, closed_at__lt=window.end)),
        response_overdue=Count(
            "pk",
            filter=RUNNING & Q(first_response_at__isnull=True, response_due_at__lt=now),
        ),
        resolution_overdue=Count("pk", filter=RUNNING & Q(resolution_due_at__lt=now)),
    )
    rows: dict[str, Any] = {
        row["channel"]: row
        for row in cases.filter(Q(status__in=OPEN_STATUSES) | in_window)
        .values("channel")
        .annotate(
            opened=Count("pk", filter=in_window),
            open_backlog=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        )
        .order_by("channel")
    }
    by_channel = [
        {
            "channel": channel.value,
            "label": str(channel.label),
            "opened": rows.get(channel.value, {}).get("opened", 0),
            "open_backlog": rows.get(channel.value, {}).get("open_backlog", 0),
        }
        for channel in Channel
    ]
    return {
        "from": window.first,
        "to": window.last,
        "as_of": now,
        "open_backlog": totals["open_backlog"],
        "new_today": totals["new_today"],
        "opened": totals["opened"],
        "resolved": totals["resolved"],
        "closed": totals["closed"],
        "overdue": {
            "response": totals["response_overdue"],
            "resolution": totals["resolution_overdue"],
        },
        "by_channel": by_channel,
    }
