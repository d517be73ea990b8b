"""Rebuilding the report rollups of one agency and day (see docs/adr/0007-report-rollups.md).

Rules:

- A day is a local date in the agency's time zone; its rows cover local midnight to
  the next local midnight. Interval rows are the 15-minute intervals (UTC starts) of
  that same span; every time zone's offset is a multiple of 15 minutes, so a local
  day is a whole number of intervals.
- Every fact is grouped by the case's current team, service, queue and channel,
  except pickups, which count against the queue the case waited in.
- Rebuilding deletes the agency's rows of the day and inserts them afresh in one
  transaction, under a lock on the agency row, so running it twice (or two workers
  at once) leaves the same rows.
- Counts, sums and the backlog snapshot are aggregate queries (citizen survey
  invitations count on the day they were sent, by their case's group); only the day's own
  responses and resolutions are read one by one, to measure them in business time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from backoffice.models import Agency
from cases.calendar import Calendar, business_time_between
from cases.models import Case, CaseEvent, Escalation, EscalationLevel, EventKind
from cases.models.case import OPEN_STATUSES
from cases.services.sla import Calendars
from feedback.models import Audience, SurveyInvitation
from routing.forecast_data import handle_time, last_pickup_of_resolved
from routing.models import Pickup

from .models import DailyRollup, IntervalRollup

Group = tuple[int | None, int, int | None, str]
CASE_GROUP = ("team_id", "service_id", "queue_id", "channel")
INTERVAL = timedelta(minutes=15)
# Backlog ageing buckets: a case open at the snapshot for less than each limit.
AGE_LIMITS = (timedelta(days=2), timedelta(days=7), timedelta(days=30))
AGE_COLUMNS = ("aged_under_2_days", "aged_2_to_7_days", "aged_7_to_30_days", "aged_over_30_days")


def day_bounds(agency: Agency, day: date) -> tuple[datetime, datetime]:
    """Local midnight of *day* and of the next day in the agency's zone, in UTC."""
    zone = agency.zone
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def local_day(agency: Agency, moment: datetime) -> date:
    return moment.astimezone(agency.zone).date()


def business_seconds(cal: Calendar, start: datetime, end: datetime) -> int:
    """Whole business seconds from *start* to *end* (never negative)."""
    return max(int(business_time_between(cal, start, end).total_seconds()), 0)


def _prefixed(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}{name}" for name in CASE_GROUP)


def _group(row: dict[str, Any], names: tuple[str, ...]) -> Group:
    team, service, queue, channel = (row[name] for name in names)
    return (team, service, queue, channel)


def _in(field: str, start: datetime, end: datetime) -> Q:
    return Q(**{f"{field}__gte": start, f"{field}__lt": end})


class _Rows:
    """Column values per group, turned into model rows at the end."""

    def __init__(self) -> None:
        self.values: dict[Group, dict[str, Any]] = defaultdict(dict)

    def add(self, group: Group, **columns: Any) -> None:
        row = self.values[group]
        for name, value in columns.items():
            row[name] = row.get(name, 0) + value

    def extend(self, group: Group, name: str, items: list[int]) -> None:
        self.values[group].setdefault(name, []).extend(items)

    def groups(self) -> Iterator[tuple[Group, dict[str, Any]]]:
        yield from self.values.items()


def _count_into(rows: _Rows, query: QuerySet[Any], names: tuple[str, ...], column: str) -> None:
    """Add the number of *query*'s rows per group (read through *names*) to *column*."""
    for row in query.values(*names).annotate(n=Count("id")).order_by():
        rows.add(_group(row, names), **{column: row["n"]})


def _flows(rows: _Rows, agency: Agency, start: datetime, end: datetime) -> None:
    cases = Case.objects.filter(agency=agency)
    for field, column in (
        ("created_at", "created"),
        ("resolved_at", "resolved"),
        ("closed_at", "closed"),
    ):
        _count_into(rows, cases.filter(_in(field, start, end)), CASE_GROUP, column)
    by_case = _prefixed("case__")
    reopens = CaseEvent.objects.filter(case__agency=agency, kind=EventKind.REOPENED)
    _count_into(rows, reopens.filter(_in("occurred_at", start, end)), by_case, "reopened")
    breaches = Escalation.objects.filter(case__agency=agency, level=EscalationLevel.BREACH)
    _count_into(rows, breaches.filter(_in("escalated_at", start, end)), by_case, "breaches")


def _pickups(rows: _Rows, agency: Agency, start: datetime, end: datetime) -> None:
    names = ("case__team_id", "case__service_id", "queue_id", "case__channel")
    query = (
        Pickup.objects.filter(agency=agency)
        .filter(_in("picked_at", start, end))
        .values(*names)
        .annotate(n=Count("id"), waited_total=Sum("waited"))
    )
    for row in query.order_by():
        waited: timedelta = row["waited_total"] or timedelta(0)
        rows.add(_group(row, names), pickups=row["n"], wait_microseconds=_microseconds(waited))


def _handling(rows: _Rows, agency: Agency, start: datetime, end: datetime) -> None:
    """Cases resolved in the day after a pickup, and the time from their last pickup.

    The definition is the people report's and the workforce forecast's (pickup to
    resolution, wall-clock), grouped by the case like the other resolution figures.
    """
    names = _prefixed("case__")
    query = (
        Pickup.objects.filter(agency=agency)
        .filter(_in("case__resolved_at", start, end))
        .filter(last_pickup_of_resolved())
        .values(*names)
        .annotate(n=Count("id"), total=Sum(handle_time()))
    )
    for row in query.order_by():
        total: timedelta = row["total"] or timedelta(0)
        rows.add(_group(row, names), handled=row["n"], handle_microseconds=_microseconds(total))


def _surveys(rows: _Rows, agency: Agency, start: datetime, end: datetime) -> None:
    """Citizen survey invitations sent during the day, by their case's group.

    The customer-experience report's "surveys offered": an invitation counts on the day
    it was sent; one never sent (skipped, still pending) never counts.
    """
    invitations = SurveyInvitation.objects.filter(
        agency=agency, survey__audience=Audience.CUSTOMER
    ).filter(_in("sent_at", start, end))
    _count_into(rows, invitations, _prefixed("case__"), "surveys_offered")


def _microseconds(duration: timedelta) -> int:
    return (duration.days * 86_400 + duration.seconds) * 1_000_000 + duration.microseconds


def _responses(rows: _Rows, agency: Agency, cal: Calendar, start: datetime, end: datetime) -> None:
    query = (
        Case.objects.filter(agency=agency)
        .filter(_in("first_response_at", start, end))
        .values(*CASE_GROUP, "created_at", "first_response_at", "response_due_at")
    )
    for row in query.order_by("id"):
        seconds = business_seconds(cal, row["created_at"], row["first_response_at"])
        due = row["response_due_at"]
        rows.add(
            _group(row, CASE_GROUP),
            first_responses=1,
            response_seconds=seconds,
            responses_with_target=int(due is not None),
            responses_within_target=int(due is not None and row["first_response_at"] <= due),
        )
        rows.extend(_group(row, CASE_GROUP), "response_durations", [seconds])


def _resolutions(
    rows: _Rows, agency: Agency, cal: Calendar, start: datetime, end: datetime
) -> None:
    query = (
        Case.objects.filter(agency=agency)
        .filter(_in("resolved_at", start, end))
        .values(*CASE_GROUP, "created_at", "resolved_at", "resolution_due_at")
    )
    for row in query.order_by("id"):
        seconds = business_seconds(cal, row["created_at"], row["resolved_at"])
        due = row["resolution_due_at"]
        rows.add(
            _group(row, CASE_GROUP),
            resolution_seconds=seconds,
            resolutions_with_target=int(due is not None),
            resolutions_within_target=int(due is not None and row["resolved_at"] <= due),
        )
        rows.extend(_group(row, CASE_GROUP), "resolution_durations", [seconds])


def backlog_query(agency: Agency, moment: datetime) -> QuerySet[Case]:
    """Cases of *agency* open at *moment*, judged from their current timestamps.

    A case is open from ``created_at`` until it is resolved (``resolved_at``) or, for a
    cancelled or duplicate case, until its last change. A reopened case counts as open
    since it was first opened.
    """
    return (
        Case.objects.filter(agency=agency, created_at__lt=moment)
        .annotate(ended_at=Coalesce("resolved_at", "closed_at", "updated_at"))
        .filter(Q(status__in=OPEN_STATUSES) | Q(ended_at__gte=moment))
    )


def _backlog(rows: _Rows, agency: Agency, moment: datetime) -> None:
    limits = [moment - limit for limit in AGE_LIMITS]
    buckets = {
        AGE_COLUMNS[0]: Count("id", filter=Q(created_at__gt=limits[0])),
        AGE_COLUMNS[1]: Count("id", filter=Q(created_at__lte=limits[0], created_at__gt=limits[1])),
        AGE_COLUMNS[2]: Count("id", filter=Q(created_at__lte=limits[1], created_at__gt=limits[2])),
        AGE_COLUMNS[3]: Count("id", filter=Q(created_at__lte=limits[2])),
    }
    query = (
        backlog_query(agency, moment).values(*CASE_GROUP).annotate(backlog=Count("id"), **buckets)
    )
    for row in query.order_by():
        rows.add(_group(row, CASE_GROUP), **{name: row[name] for name in ("backlog", *AGE_COLUMNS)})


def _sorted_lists(columns: dict[str, Any]) -> dict[str, Any]:
    for name in ("response_durations", "resolution_durations"):
        columns[name] = sorted(columns.get(name, []))
    return columns


@transaction.atomic
def rollup_day(
    *,
    agency: Agency,
    day: date,
    now: datetime | None = None,
    calendars: Calendars | None = None,
) -> int:
    """Rebuild the agency's daily rows of local *day*; returns how many rows it wrote.

    The backlog is taken at the end of the day, or at *now* if the day has not ended.
    """
    now = now or timezone.now()
    # One rebuild per agency at a time: a second waits here, then replaces the rows.
    Agency.objects.select_for_update().filter(pk=agency.pk).first()
    cal = (calendars or Calendars())(agency)
    start, end = day_bounds(agency, day)
    rows = _Rows()
    _flows(rows, agency, start, end)
    _pickups(rows, agency, start, end)
    _responses(rows, agency, cal, start, end)
    _resolutions(rows, agency, cal, start, end)
    _handling(rows, agency, start, end)
    _surveys(rows, agency, start, end)
    _backlog(rows, agency, min(end, now))
    DailyRollup.objects.filter(agency=agency, day=day).delete()
    created = DailyRollup.objects.bulk_create(
        DailyRollup(
            agency=agency,
            day=day,
            team_id=group[0],
            service_id=group[1],
            queue_id=group[2],
            channel=group[3],
            computed_at=now,
            **_sorted_lists(columns),
        )
        for group, columns in rows.groups()
    )
    return len(created)


def _interval_start(moment: datetime, origin: datetime) -> datetime:
    return origin + INTERVAL * ((moment - origin) // INTERVAL)


def _interval_facts(
    agency: Agency, start: datetime, end: datetime
) -> Iterable[tuple[Group, datetime, dict[str, int]]]:
    cases = Case.objects.filter(agency=agency)
    for field, column in (
        ("created_at", "created"),
        ("resolved_at", "resolved"),
        ("closed_at", "closed"),
    ):
        for row in cases.filter(_in(field, start, end)).values(*CASE_GROUP, field).order_by():
            yield _group(row, CASE_GROUP), row[field], {column: 1}
    names = ("case__team_id", "case__service_id", "queue_id", "case__channel")
    pickups = Pickup.objects.filter(agency=agency).filter(_in("picked_at", start, end))
    for row in pickups.values(*names, "picked_at", "waited").order_by():
        counts = {"pickups": 1, "wait_microseconds": _microseconds(row["waited"])}
        yield _group(row, names), row["picked_at"], counts


@transaction.atomic
def rollup_intervals(*, agency: Agency, day: date, now: datetime | None = None) -> int:
    """Rebuild the agency's 15-minute rows covering local *day*; returns rows written."""
    now = now or timezone.now()
    Agency.objects.select_for_update().filter(pk=agency.pk).first()
    start, end = day_bounds(agency, day)
    rows: dict[tuple[datetime, Group], dict[str, int]] = defaultdict(dict)
    for group, moment, counts in _interval_facts(agency, start, end):
        row = rows[(_interval_start(moment, start), group)]
        for name, value in counts.items():
            row[name] = row.get(name, 0) + value
    IntervalRollup.objects.filter(agency=agency, starts_at__gte=start, starts_at__lt=end).delete()
    created = IntervalRollup.objects.bulk_create(
        IntervalRollup(
            agency=agency,
            starts_at=starts_at,
            team_id=group[0],
            service_id=group[1],
            queue_id=group[2],
            channel=group[3],
            computed_at=now,
            **columns,
        )
        for (starts_at, group), columns in rows.items()
    )
    return len(created)


def rollup_agency_day(
    *, agency: Agency, day: date, now: datetime, calendars: Calendars | None = None
) -> None:
    # Imported here: the blueprint rollup builds on this module's day and calendar helpers.
    from .stages import rollup_stages

    rollup_day(agency=agency, day=day, now=now, calendars=calendars)
    rollup_intervals(agency=agency, day=day, now=now)
    rollup_stages(agency=agency, day=day, now=now, calendars=calendars)


def rollup_recent(*, now: datetime) -> int:
    """Rebuild today and yesterday (local) of every active agency; returns agency-days done.

    Yesterday is rebuilt too so that changes made just before midnight, and the last
    minutes of the day, are in its rows.
    """
    calendars = Calendars()
    done = 0
    for agency in Agency.objects.filter(is_active=True).order_by("pk"):
        today = local_day(agency, now)
        for day in (today - timedelta(days=1), today):
            rollup_agency_day(agency=agency, day=day, now=now, calendars=calendars)
            done += 1
    return done
