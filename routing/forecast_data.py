"""Database readers that feed the workforce forecast (``routing.forecast``).

Each reader groups in the database and returns plain data. Weeks and days are the
agency's local ones; 15-minute intervals are the same in UTC and local time (every time
zone's offset is a whole number of quarter hours), so they are grouped in UTC.

Handle time: nothing records the minutes a person actually works on a case, so handle
time here is the elapsed time from pickup (``Pickup.picked_at``) to resolution
(``Case.resolved_at``), counted from the last pickup before the resolution. It includes
time spent waiting on the customer or a third party and time shared with other cases,
so it overstates effort; a manager may give the forecast a measured figure instead.

Queue intervals are built from pickups and the cases still waiting: a stay in a queue
starts at ``queued_at`` and ends at ``picked_at``. A case that left a queue without being
picked up (cancelled while waiting, or moved on by overflow) is not counted there.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from django.db.models import (
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
)
from django.db.models.functions import Cast, ExtractMinute, TruncDate, TruncHour, TruncWeek

from backoffice.models import Agency, User
from cases.models import Case

from .forecast import DayCount, WeekCount
from .models import Pickup, Queue
from .work import waiting_cases

INTERVAL = timedelta(minutes=15)
CSV_HEADER = (
    "queue",
    "interval_start",
    "interval_end",
    "offered",
    "handled",
    "average_handle_seconds",
    "backlog",
)


@dataclass(frozen=True)
class IntervalRow:
    """One queue's quarter hour: cases queued, picked up, their handle time, left waiting."""

    queue: str
    start: datetime
    end: datetime
    offered: int
    handled: int
    average_handle_seconds: float | None
    backlog: int

    def as_csv(self) -> tuple[str, ...]:
        aht = "" if self.average_handle_seconds is None else f"{self.average_handle_seconds:.0f}"
        return (
            self.queue,
            self.start.isoformat(),
            self.end.isoformat(),
            str(self.offered),
            str(self.handled),
            aht,
            str(self.backlog),
        )


def local_midnight(agency: Agency, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=agency.zone)


def weekly_incoming(
    *, agency: Agency, since: date, until: date, service_ids: Iterable[int] = ()
) -> dict[int, list[WeekCount]]:
    """Cases opened per service and local week, Mondays *since* (included) to *until*.

    Every week in the range is present, 0 when nothing came in; services are those with a
    case in the range plus *service_ids*. Pass only complete weeks: the current week's
    count so far would pull the forecast down.
    """
    if since.weekday() != 0 or until.weekday() != 0:
        raise ValueError("Weeks start on a Monday.")
    zone = agency.zone
    rows = (
        Case.objects.filter(
            agency=agency,
            created_at__gte=local_midnight(agency, since),
            created_at__lt=local_midnight(agency, until),
        )
        .annotate(week=TruncWeek("created_at", tzinfo=zone))
        .values_list("service_id", "week")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[int, dict[date, int]] = defaultdict(dict)
    for service_id in service_ids:
        counts[service_id] = {}
    for service_id, week, n in rows:
        counts[service_id][week.astimezone(zone).date()] = n
    weeks = [since + timedelta(days=7 * i) for i in range((until - since).days // 7)]
    return {
        service_id: [WeekCount(week, found.get(week, 0)) for week in weeks]
        for service_id, found in sorted(counts.items())
    }


def daily_incoming(
    *, agency: Agency, since: date, until: date, service_id: int | None = None
) -> list[DayCount]:
    """Cases opened per local day from *since* (included) to *until*, 0 on quiet days."""
    zone = agency.zone
    cases = Case.objects.filter(
        agency=agency,
        created_at__gte=local_midnight(agency, since),
        created_at__lt=local_midnight(agency, until),
    )
    if service_id is not None:
        cases = cases.filter(service_id=service_id)
    found = dict(
        cases.annotate(day=TruncDate("created_at", tzinfo=zone))
        .values_list("day")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("day", "n")
    )
    days = [since + timedelta(days=i) for i in range((until - since).days)]
    return [DayCount(day, found.get(day, 0)) for day in days]


def handle_minutes_by_service(
    *, agency: Agency, since: datetime, until: datetime
) -> dict[int, float]:
    """Mean minutes from pickup to resolution per service, for cases resolved in the range.

    A case picked up more than once counts from its last pickup before the resolution.
    """
    rows = (
        Pickup.objects.filter(agency=agency, case__resolved_at__gte=since)
        .filter(last_pickup_of_resolved(), case__resolved_at__lt=until)
        .values_list("case__service_id")
        .annotate(n=Count("pk"), total=Sum(handle_time()))
        .order_by()
    )
    return {service_id: total / n / timedelta(minutes=1) for service_id, n, total in rows}


def available_fte(*, queues: Sequence[Queue]) -> int:
    """Active people who take cases from any of *queues*, each counted once.

    Each counts as one full-time person: no contracted hours are recorded. Presence
    capacity is how many cases a person works at once, not how many hours, so it does
    not change the count.
    """
    return (
        User.objects.filter(is_active=True, queues__in=[queue.pk for queue in queues])
        .distinct()
        .count()
    )


def interval_export(*, queue: Queue, start: datetime, end: datetime) -> list[IntervalRow]:
    """One row per quarter hour from *start* to *end* for *queue*.

    offered: stays in the queue that began in the interval; handled: pickups from the
    queue in the interval; average handle seconds: of those pickups that were their
    case's last before its resolution (pickup to resolution), empty when none; backlog:
    cases waiting in the queue at the interval's end. Times are shown in the agency's time zone.
    """
    _check_bounds(start, end)
    stays = Pickup.objects.filter(queue=queue)
    waiting = Case.objects.filter(waiting_cases(), queue=queue)
    offered = _by_interval(stays, "queued_at", start, end)
    for moment, n in _by_interval(waiting, "queued_at", start, end).items():
        offered[moment] = offered.get(moment, 0) + n
    handled = _handled_by_interval(stays, start, end)
    backlog = (
        stays.filter(queued_at__lt=start, picked_at__gte=start).count()
        + waiting.filter(queued_at__lt=start).count()
    )
    zone = queue.agency.zone
    rows = []
    moment = start.astimezone(UTC)
    while moment < end:
        n_offered = offered.get(moment, 0)
        n_handled, resolved, total = handled.get(moment, (0, 0, timedelta(0)))
        backlog += n_offered - n_handled
        rows.append(
            IntervalRow(
                queue=queue.name,
                start=moment.astimezone(zone),
                end=(moment + INTERVAL).astimezone(zone),
                offered=n_offered,
                handled=n_handled,
                average_handle_seconds=total.total_seconds() / resolved if resolved else None,
                backlog=backlog,
            )
        )
        moment += INTERVAL
    return rows


def interval_csv(rows: Iterable[IntervalRow]) -> str:
    """The rows as CSV text with a header line, for workforce-management tools."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(row.as_csv() for row in rows)
    return out.getvalue()


def last_pickup_of_resolved() -> Q:
    """A pickup of a case resolved since, and the last pickup before that resolution."""
    later_pickup = Pickup.objects.filter(
        case=OuterRef("case"),
        picked_at__gt=OuterRef("picked_at"),
        picked_at__lte=OuterRef("case__resolved_at"),
    )
    return Q(~Exists(later_pickup), case__resolved_at__gte=F("picked_at"))


def handle_time() -> ExpressionWrapper:
    """A pickup's handle time: from the pickup to its case's resolution."""
    return ExpressionWrapper(F("case__resolved_at") - F("picked_at"), output_field=DurationField())


def _check_bounds(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("Give aware times.")
    for moment in (start, end):
        if moment.astimezone(UTC).minute % 15 or moment.second or moment.microsecond:
            raise ValueError("Intervals start on the quarter hour.")
    if end <= start:
        raise ValueError("The end must come after the start.")


def _quarter(field: str) -> dict[str, object]:
    return {
        "hour": TruncHour(field, tzinfo=UTC),
        # Cast: PostgreSQL's EXTRACT is numeric, and the division must drop the fraction.
        "quarter": Cast(ExtractMinute(field, tzinfo=UTC), IntegerField()) / 15,
    }


def _moment(hour: datetime, quarter: int) -> datetime:
    return hour.astimezone(UTC) + quarter * INTERVAL


def _by_interval(
    queryset: QuerySet[Any], field: str, start: datetime, end: datetime
) -> dict[datetime, int]:
    rows = (
        queryset.filter(**{f"{field}__gte": start, f"{field}__lt": end})
        .annotate(**_quarter(field))
        .values_list("hour", "quarter")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {_moment(hour, quarter): n for hour, quarter, n in rows}


def _handled_by_interval(
    stays: QuerySet[Any], start: datetime, end: datetime
) -> dict[datetime, tuple[int, int, timedelta]]:
    resolved = last_pickup_of_resolved()
    rows = (
        stays.filter(picked_at__gte=start, picked_at__lt=end)
        .annotate(**_quarter("picked_at"))
        .values_list("hour", "quarter")
        .annotate(
            n=Count("pk"),
            resolved=Count("pk", filter=resolved),
            total=Sum(handle_time(), filter=resolved),
        )
        .order_by()
    )
    return {
        _moment(hour, quarter): (n, done, total or timedelta(0))
        for hour, quarter, n, done, total in rows
    }
