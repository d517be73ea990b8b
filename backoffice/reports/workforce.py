"""The workforce page's history, read from the daily rollups (docs/adr/0007-report-rollups.md).

The forecast needs a season of cases opened per week, eight weeks of cases opened per
day, and twelve weeks of handle time. Counted from the cases, that read grows with the
case table; the daily rollups already hold the same facts per local day and group
(``created``; ``handled`` and ``handle_microseconds`` with the forecast's own definition
of handle time, from ``routing.forecast_data``), so these readers sum rows whose number
follows the days and groups, not the cases. They return what the readers of
``routing.forecast_data`` return, with the same figures once the days are rolled up.

The handle-time window starts and ends at a moment, not at midnight (twelve weeks before
now, until now): whole local days inside it come from the rollups, and the two partial
days at its ends (the first day's remainder and today so far) are read from the cases
resolved in them and their pickups, a read bounded by two days' resolutions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.db.models import Q, Sum
from django.db.models.functions import TruncWeek

from backoffice.expressions import OneOf
from backoffice.models import Agency
from cases.models import Case as CaseModel
from routing.forecast import DayCount, WeekCount
from routing.models import Pickup

from .models import DailyRollup
from .rollups import day_bounds, local_day


def weekly_incoming(
    *, agency: Agency, since: date, until: date, service_ids: Iterable[int] = ()
) -> dict[int, list[WeekCount]]:
    """Cases opened per service and local week, Mondays *since* (included) to *until*.

    The rollup twin of ``routing.forecast_data.weekly_incoming``: every week in the
    range is present, 0 when nothing came in; services are those with a case in the
    range plus *service_ids*.
    """
    if since.weekday() != 0 or until.weekday() != 0:
        raise ValueError("Weeks start on a Monday.")
    rows = (
        DailyRollup.objects.filter(agency=agency, day__gte=since, day__lt=until, created__gt=0)
        .annotate(week=TruncWeek("day"))
        .values_list("service_id", "week")
        .annotate(n=Sum("created"))
        .order_by()
    )
    counts: dict[int, dict[date, int]] = defaultdict(dict)
    for service_id in service_ids:
        counts[service_id] = {}
    for service_id, week, n in rows:
        counts[service_id][_as_date(week)] = int(n)
    weeks = [since + timedelta(days=7 * i) for i in range((until - since).days // 7)]
    return {
        service_id: [WeekCount(week, found.get(week, 0)) for week in weeks]
        for service_id, found in sorted(counts.items())
    }


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def daily_incoming(
    *, agency: Agency, since: date, until: date, service_id: int | None = None
) -> list[DayCount]:
    """Cases opened per local day from *since* (included) to *until*, 0 on quiet days."""
    rows = DailyRollup.objects.filter(agency=agency, day__gte=since, day__lt=until, created__gt=0)
    if service_id is not None:
        rows = rows.filter(service_id=service_id)
    found = {
        day: int(n) for day, n in rows.values_list("day").annotate(n=Sum("created")).order_by()
    }
    days = [since + timedelta(days=i) for i in range((until - since).days)]
    return [DayCount(day, found.get(day, 0)) for day in days]


def handle_minutes_by_service(
    *, agency: Agency, since: datetime, until: datetime
) -> dict[int, float]:
    """Mean minutes from pickup to resolution per service, for cases resolved in the range.

    The figures of ``routing.forecast_data.handle_minutes_by_service`` (a case picked up
    more than once counts from its last pickup before the resolution), in three queries:
    the whole local days of the range from the rollups, and its partial first and last
    days from the cases resolved in them and their pickups (:func:`_handled_live`).
    """
    first_day = local_day(agency, since)
    if day_bounds(agency, first_day)[0] < since:
        first_day += timedelta(days=1)
    last_day = local_day(agency, until)  # its rows end after *until*: read live
    whole_start = day_bounds(agency, first_day)[0]
    whole_end = day_bounds(agency, last_day)[0]
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    if first_day < last_day:
        rows = (
            DailyRollup.objects.filter(
                agency=agency, day__gte=first_day, day__lt=last_day, handled__gt=0
            )
            .values_list("service_id")
            .annotate(n=Sum("handled"), total=Sum("handle_microseconds"))
            .order_by()
        )
        for service_id, n, total in rows:
            totals[service_id][0] += int(n)
            totals[service_id][1] += int(total)
    else:  # the range is within one or two days: all of it live
        whole_start = whole_end = until
    edges = Q(resolved_at__gte=since, resolved_at__lt=min(whole_start, until))
    edges |= Q(resolved_at__gte=max(whole_end, since), resolved_at__lt=until)
    for service_id, n, total in _handled_live(agency, edges):
        totals[service_id][0] += n
        totals[service_id][1] += total
    # Divided as timedeltas, as the live reader does, so the minutes match to the bit.
    return {
        service_id: timedelta(microseconds=total) / n / timedelta(minutes=1)
        for service_id, (n, total) in totals.items()
        if n
    }


def _handled_live(agency: Agency, resolved: Q) -> list[tuple[int, int, int]]:
    """(service, pickups, summed microseconds) of the agency's last pickups before the
    resolution of its cases matching *resolved*.

    The cases are found through the resolved-at index and their pickups through the case
    index; joined in one query, PostgreSQL reads every pickup of the agency instead.
    """
    found = CaseModel.objects.filter(resolved, agency=agency).values_list(
        "pk", "service_id", "resolved_at"
    )
    cases: dict[int, tuple[int, datetime]] = {
        pk: (service_id, resolved_at)
        for pk, service_id, resolved_at in found.order_by()
        if resolved_at is not None  # always, by *resolved*: for the type checker
    }
    picks: dict[int, list[tuple[datetime, int]]] = defaultdict(list)
    rows = Pickup.objects.filter(OneOf("case_id", list(cases))).values_list(
        "case_id", "picked_at", "agency_id"
    )
    for case_id, picked_at, agency_id in rows.order_by():
        if picked_at <= cases[case_id][1]:
            picks[case_id].append((picked_at, agency_id))
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for case_id, before in picks.items():
        service_id, resolved_at = cases[case_id]
        last = max(picked_at for picked_at, _agency in before)
        for picked_at, agency_id in before:
            if picked_at == last and agency_id == agency.pk:
                totals[service_id][0] += 1
                totals[service_id][1] += (resolved_at - picked_at) // timedelta(microseconds=1)
    return [(service_id, n, total) for service_id, (n, total) in totals.items()]
