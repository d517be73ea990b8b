"""The base figures of the manager dashboard, read from the daily rollups only.

Two queries whatever the range: the summed columns with the duration lists for exact
medians and 90th percentiles, per channel (so the channels side by side come from the
same read), and the backlog snapshot of the range's last day. The
lists are joined into one text per column by the database (:func:`joined_durations`),
so a year of a large agency is two strings to parse, not tens of thousands of rows. Today's
rows are kept fresh by the beat task (every five minutes), so "today" is at most that
old; :attr:`ReportFigures.computed_at` says when the newest rows were computed.

Definitions:

- reopen rate: reopens in the range per resolution in the range;
- attainment: first responses (resolutions) in time per first response (resolution)
  that had a due time;
- median: the middle value, or the mean of the two middle values;
- 90th percentile: nearest rank, the smallest value with at least 90 % of values at or
  below it;
- mean wait: time waited before pickup per pickup;
- mean handle time: from a case's last pickup to its resolution (wall-clock, so it
  counts time waiting on the customer too), per case resolved after a pickup;
- backlog and ageing: the snapshot at the end of the range's last day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db.models import Max, Q, QuerySet, StringAgg, Sum, TextField, Value
from django.db.models.functions import Cast, Replace

from backoffice.models import Agency

from .models import DailyRollup
from .rollups import AGE_COLUMNS

SUMMED = (
    "created",
    "resolved",
    "closed",
    "reopened",
    "first_responses",
    "responses_with_target",
    "responses_within_target",
    "resolutions_with_target",
    "resolutions_within_target",
    "breaches",
    "response_seconds",
    "resolution_seconds",
    "pickups",
    "wait_microseconds",
    "handled",
    "handle_microseconds",
)


@dataclass(frozen=True)
class ReportFilter:
    """What a manager picked: an agency, a range of local days, and optional groups."""

    agency: Agency
    first_day: date
    last_day: date
    team_id: int | None = None
    service_id: int | None = None
    queue_id: int | None = None
    channel: str = ""


@dataclass(frozen=True)
class ChannelFigures:
    """One channel's volume and business time to resolution over the range."""

    channel: str
    new: int
    resolved: int
    resolution_median_seconds: float | None


@dataclass(frozen=True)
class ReportFigures:
    new: int
    resolved: int
    closed: int
    reopened: int
    breaches: int
    first_responses: int
    reopen_rate: float | None
    response_attainment: float | None
    resolution_attainment: float | None
    response_median_seconds: float | None
    response_p90_seconds: int | None
    resolution_median_seconds: float | None
    resolution_p90_seconds: int | None
    mean_wait_seconds: float | None
    handled: int
    mean_handle_seconds: float | None
    backlog: int
    ageing: dict[str, int] = field(default_factory=dict)
    computed_at: datetime | None = None
    channels: tuple[ChannelFigures, ...] = ()


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def median(values: list[int]) -> float | None:
    """The middle of sorted *values*, or the mean of the two middle ones."""
    n = len(values)
    if not n:
        return None
    middle = n // 2
    if n % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2


def percentile(values: list[int], percent: int) -> int | None:
    """Nearest rank: the value at rank ceil(percent/100 * n) of sorted *values*."""
    n = len(values)
    if not n:
        return None
    rank = -(-percent * n // 100)
    return values[max(rank, 1) - 1]


def _rows(report: ReportFilter) -> QuerySet[DailyRollup]:
    rows = DailyRollup.objects.filter(
        agency=report.agency, day__gte=report.first_day, day__lte=report.last_day
    )
    if report.team_id is not None:
        rows = rows.filter(team_id=report.team_id)
    if report.service_id is not None:
        rows = rows.filter(service_id=report.service_id)
    if report.queue_id is not None:
        rows = rows.filter(queue_id=report.queue_id)
    if report.channel:
        rows = rows.filter(channel=report.channel)
    return rows


def joined_durations(column: str, count: str) -> StringAgg:
    """The rows' *column* duration lists joined into one comma-separated text.

    Only rows whose *count* column is above zero have a non-empty list (the rollups write
    one duration per first response or resolution counted), so empty lists never leave
    a gap in the text. Read the result with :func:`parse_durations`.
    """
    numbers = Replace(
        Replace(Cast(column, output_field=TextField()), Value("["), Value("")),
        Value("]"),
        Value(""),
    )
    return StringAgg(numbers, Value(","), filter=Q(**{f"{count}__gt": 0}))


def parse_durations(text: str | None) -> list[int]:
    """The durations of a :func:`joined_durations` text, unsorted (None when no row had any)."""
    return json.loads(f"[{text}]") if text else []


def figures(report: ReportFilter) -> ReportFigures:
    """The dashboard's base figures for *report*, from rollups, in two queries."""
    rows = _rows(report)
    # Grouped by channel, so the channels side by side come from the same read.
    grouped: Any = (
        rows.values("channel")
        .annotate(
            **{f"sum_{name}": Sum(name) for name in SUMMED},
            computed_at=Max("computed_at"),
            response_list=joined_durations("response_durations", "first_responses"),
            resolution_list=joined_durations("resolution_durations", "resolved"),
        )
        .order_by("channel")
    )
    groups: list[dict[str, Any]] = list(grouped)
    total = {name: sum(int(g[f"sum_{name}"] or 0) for g in groups) for name in SUMMED}
    snapshot = rows.filter(day=report.last_day).aggregate(
        backlog=Sum("backlog"), **{name: Sum(name) for name in AGE_COLUMNS}
    )
    responses: list[int] = []
    resolutions: list[int] = []
    channels: list[ChannelFigures] = []
    for group in groups:
        responses.extend(parse_durations(group["response_list"]))
        resolved_here = sorted(parse_durations(group["resolution_list"]))
        resolutions.extend(resolved_here)
        channels.append(
            ChannelFigures(
                channel=group["channel"],
                new=int(group["sum_created"] or 0),
                resolved=int(group["sum_resolved"] or 0),
                resolution_median_seconds=median(resolved_here),
            )
        )
    responses.sort()
    resolutions.sort()
    computed = [g["computed_at"] for g in groups if g["computed_at"] is not None]
    mean_wait = ratio(total["wait_microseconds"], total["pickups"])
    mean_handle = ratio(total["handle_microseconds"], total["handled"])
    return ReportFigures(
        new=total["created"],
        resolved=total["resolved"],
        closed=total["closed"],
        reopened=total["reopened"],
        breaches=total["breaches"],
        first_responses=total["first_responses"],
        reopen_rate=ratio(total["reopened"], total["resolved"]),
        response_attainment=ratio(total["responses_within_target"], total["responses_with_target"]),
        resolution_attainment=ratio(
            total["resolutions_within_target"], total["resolutions_with_target"]
        ),
        response_median_seconds=median(responses),
        response_p90_seconds=percentile(responses, 90),
        resolution_median_seconds=median(resolutions),
        resolution_p90_seconds=percentile(resolutions, 90),
        mean_wait_seconds=None if mean_wait is None else mean_wait / 1_000_000,
        handled=total["handled"],
        mean_handle_seconds=None if mean_handle is None else mean_handle / 1_000_000,
        backlog=int(snapshot["backlog"] or 0),
        ageing={name: int(snapshot[name] or 0) for name in AGE_COLUMNS},
        computed_at=max(computed, default=None),
        channels=tuple(channels),
    )
