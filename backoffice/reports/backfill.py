"""Rebuilding the rollups of past days, for ``manage.py reports_backfill``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from django.db.models import Min

from backoffice.models import Agency
from cases.models import Case
from cases.services.sla import Calendars

from .rollups import local_day, rollup_agency_day


def backfill(
    *,
    agencies: list[Agency],
    now: datetime,
    since: date | None = None,
    until: date | None = None,
    progress: Callable[[Agency, date], None] | None = None,
) -> int:
    """Rebuild every local day from *since* (default: the agency's first case) to *until*
    (default: today) for each agency; returns how many agency-days were rebuilt."""
    calendars = Calendars()
    done = 0
    for agency in agencies:
        first = since or _first_day(agency)
        if first is None:
            continue
        last = until or local_day(agency, now)
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            rollup_agency_day(agency=agency, day=day, now=now, calendars=calendars)
            if progress:
                progress(agency, day)
            done += 1
    return done


def _first_day(agency: Agency) -> date | None:
    first: datetime | None = Case.objects.filter(agency=agency).aggregate(first=Min("created_at"))[
        "first"
    ]
    return local_day(agency, first) if first else None
