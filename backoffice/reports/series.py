"""The day-by-day series of the manager dashboard, from daily rollups (the channels side
by side come with :func:`~backoffice.reports.figures.figures`).

Each series runs one query whatever the range and takes the same
:class:`~backoffice.reports.figures.ReportFilter` as :func:`figures`, so every part of
the dashboard counts the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Sum

from .figures import ReportFilter, _rows


@dataclass(frozen=True)
class DayThroughput:
    """What came in and went out on one local day."""

    day: date
    new: int
    resolved: int
    closed: int


def throughput_by_day(report: ReportFilter) -> list[DayThroughput]:
    """Every day of the range, oldest first, days without rows as zeros. One query."""
    sums: dict[date, tuple[int, int, int]] = {
        row["day"]: (int(row["new"] or 0), int(row["out"] or 0), int(row["shut"] or 0))
        for row in _rows(report)
        .values("day")
        .annotate(new=Sum("created"), out=Sum("resolved"), shut=Sum("closed"))
        .order_by()
    }
    days: list[DayThroughput] = []
    day = report.first_day
    while day <= report.last_day:
        new, resolved, closed = sums.get(day, (0, 0, 0))
        days.append(DayThroughput(day=day, new=new, resolved=resolved, closed=closed))
        day += timedelta(days=1)
    return days


def by_week(days: list[DayThroughput]) -> list[DayThroughput]:
    """*days* summed per week, weeks starting on Monday; each week is named by its first
    day in the range (so a range starting on a Thursday begins with a short week)."""
    weeks: list[DayThroughput] = []
    for day in days:
        if weeks and day.day.weekday() != 0:
            last = weeks[-1]
            weeks[-1] = DayThroughput(
                day=last.day,
                new=last.new + day.new,
                resolved=last.resolved + day.resolved,
                closed=last.closed + day.closed,
            )
        else:
            weeks.append(day)
    return weeks
