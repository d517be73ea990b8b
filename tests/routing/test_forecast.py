"""Workforce forecast: every figure against numbers worked out by hand (the arithmetic is in
the comments), the edge cases, and the database readers on hand-built cases in Chicago time
across the March 2026 daylight-saving change."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.models import CaseStatus
from routing.forecast import (
    DayCount,
    WeekCount,
    WeekForecast,
    forecast_weekly,
    split_by_weekday,
    staffing_gap,
    staffing_needed,
    weekday_profile,
)
from routing.forecast_data import (
    CSV_HEADER,
    available_fte,
    daily_incoming,
    handle_minutes_by_service,
    interval_csv,
    interval_export,
    weekly_incoming,
)
from routing.models import Pickup, Queue

from ..backoffice.factories import AgencyFactory, UserFactory
from ..cases.factories import CaseFactory, ServiceFactory
from .factories import QueueFactory

MONDAY = date(2026, 1, 5)


def weeks(*counts: int, first: date = MONDAY) -> list[WeekCount]:
    return [WeekCount(first + timedelta(days=7 * i), n) for i, n in enumerate(counts)]


def monday(i: int) -> date:
    return MONDAY + timedelta(days=7 * i)


# forecast_weekly -----------------------------------------------------------------------


def test_less_than_a_season_forecasts_the_trailing_mean_with_one_deviation_either_side() -> None:
    # mean(8, 12, 8, 12) = 10; deviations -2, 2, -2, 2 -> population sd = 2.
    result = forecast_weekly(weeks(8, 12, 8, 12), weeks_ahead=2)
    assert result == [
        WeekForecast(monday(4), 10.0, 8.0, 12.0, "trailing"),
        WeekForecast(monday(5), 10.0, 8.0, 12.0, "trailing"),
    ]


def test_only_the_trailing_weeks_set_the_level_and_the_band() -> None:
    # The last 4 weeks are 8, 12, 8, 12: mean 10, sd 2; the six weeks of 100 before are out.
    history = weeks(100, 100, 100, 100, 100, 100, 8, 12, 8, 12)
    (week,) = forecast_weekly(history, weeks_ahead=1, trailing_weeks=4)
    assert (week.expected, week.low, week.high) == (10.0, 8.0, 12.0)


def test_a_full_season_blends_the_same_week_one_season_back_with_the_level() -> None:
    # Season 4 weeks, history y1..y5 = 10, 20, 30, 40, 50; trailing 2 weeks: m = 45, sd = 5.
    # h=1: t=6, y_{6-4}=y2=20 -> 0.5*20 + 0.5*45 = 32.5
    # h=2: y3=30 -> 37.5; h=3: y4=40 -> 42.5; h=4: t=9, y5=50 -> 47.5
    # h=5: t=10, j=ceil(5/4)=2, y_{10-8}=y2=20 -> 32.5 again.
    result = forecast_weekly(
        weeks(10, 20, 30, 40, 50), weeks_ahead=5, season_length=4, trailing_weeks=2
    )
    assert [w.expected for w in result] == [32.5, 37.5, 42.5, 47.5, 32.5]
    assert [(w.low, w.high) for w in result] == [
        (27.5, 37.5),
        (32.5, 42.5),
        (37.5, 47.5),
        (42.5, 52.5),
        (27.5, 37.5),
    ]
    assert {w.method for w in result} == {"seasonal"}
    assert [w.week_start for w in result] == [monday(i) for i in range(5, 10)]


def test_the_seasonal_weight_moves_between_pure_seasonal_naive_and_the_trailing_mean() -> None:
    history = weeks(10, 20, 30, 40, 50)
    # Weight 1: the same week a season back, y2 = 20, y3 = 30. Weight 0: the mean, 45.
    pure = forecast_weekly(
        history, weeks_ahead=2, season_length=4, trailing_weeks=2, seasonal_weight=1
    )
    level = forecast_weekly(
        history, weeks_ahead=2, season_length=4, trailing_weeks=2, seasonal_weight=0
    )
    assert [w.expected for w in pure] == [20.0, 30.0]
    assert [w.expected for w in level] == [45.0, 45.0]


def test_the_default_season_is_a_year_of_weeks() -> None:
    # 51 weeks is less than a season: trailing mean of the last 8 (all 6) = 6.
    assert forecast_weekly(weeks(*[6] * 51), weeks_ahead=1)[0].method == "trailing"
    # 52 weeks: week 53 takes y1 = 30: 0.5*30 + 0.5*mean(last 8 = 6) = 18.
    (week,) = forecast_weekly(weeks(30, *[6] * 51), weeks_ahead=1)
    assert (week.method, week.expected) == ("seasonal", 18.0)


def test_the_band_never_goes_below_zero_cases() -> None:
    # mean(0, 0, 0, 8) = 2; squared deviations 4+4+4+36 = 48, /4 = 12, sd = sqrt(12).
    (week,) = forecast_weekly(weeks(0, 0, 0, 8), weeks_ahead=1)
    assert week.low == 0.0
    assert week.high == pytest.approx(2 + math.sqrt(12), rel=1e-12)


def test_one_week_of_history_is_its_own_forecast_with_no_band() -> None:
    assert forecast_weekly(weeks(7), weeks_ahead=1) == [
        WeekForecast(monday(1), 7.0, 7.0, 7.0, "trailing")
    ]


def test_no_history_forecasts_zero_from_the_week_given() -> None:
    start = date(2026, 3, 2)
    assert forecast_weekly([], weeks_ahead=2, first_week=start) == [
        WeekForecast(start, 0.0, 0.0, 0.0, "none"),
        WeekForecast(start + timedelta(days=7), 0.0, 0.0, 0.0, "none"),
    ]
    assert forecast_weekly(weeks(5), weeks_ahead=0) == []


@pytest.mark.parametrize(
    ("history", "options", "message"),
    [
        ([], {}, "With no history, say which week comes first."),
        (weeks(1), {"weeks_ahead": -1}, "weeks_ahead cannot be negative."),
        (weeks(1, -1), {}, "Weekly counts cannot be negative."),
        ([WeekCount(date(2026, 1, 6), 3)], {}, "Weeks start on a Monday."),
        (
            [WeekCount(monday(0), 1), WeekCount(monday(2), 1)],
            {},
            "History must be consecutive weeks, oldest first",
        ),
        (weeks(1), {"first_week": monday(3)}, "The forecast starts the week after"),
        (weeks(1), {"season_length": 0}, "season_length must be at least 1 week."),
        (weeks(1), {"seasonal_weight": 1.5}, "seasonal_weight must be between 0 and 1."),
    ],
)
def test_bad_history_or_options_are_refused_with_a_clear_message(
    history: list[WeekCount], options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        forecast_weekly(history, **{"weeks_ahead": 1, **options})


# weekday_profile and split_by_weekday -------------------------------------------------


def test_weekday_profile_shares_each_weekday_by_its_mean_count() -> None:
    # Two weeks from Monday 2 March: Mon 10+30, Tue 20+20, Wed 10+30, Thu 20+20, Fri 40+40,
    # weekend 0: means 20, 20, 20, 20, 40, 0, 0 (sum 120) -> 1/6 each Mon-Thu, 1/3 Friday.
    counts = [10, 20, 10, 20, 40, 0, 0, 30, 20, 30, 20, 40, 0, 0]
    days = [DayCount(date(2026, 3, 2) + timedelta(days=i), n) for i, n in enumerate(counts)]
    assert weekday_profile(days) == pytest.approx((1 / 6,) * 4 + (1 / 3, 0, 0), rel=1e-12)


def test_weekday_profile_weighs_a_weekday_seen_more_often_by_its_mean_not_its_total() -> None:
    # Mon 2 Mar 10, Tue 10, Mon 9 Mar 30: Monday's mean is 20 (not its total 40), Tuesday 10,
    # the rest unseen (0): shares 20/30 and 10/30.
    days = [
        DayCount(date(2026, 3, 2), 10),
        DayCount(date(2026, 3, 3), 10),
        DayCount(date(2026, 3, 9), 30),
    ]
    assert weekday_profile(days) == pytest.approx((2 / 3, 1 / 3, 0, 0, 0, 0, 0), rel=1e-12)


def test_weekday_profile_with_no_cases_is_even() -> None:
    assert weekday_profile([]) == (1 / 7,) * 7
    assert weekday_profile([DayCount(date(2026, 3, 2), 0)]) == (1 / 7,) * 7


def test_weekday_profile_refuses_negative_counts() -> None:
    with pytest.raises(ValueError, match="Daily counts cannot be negative"):
        weekday_profile([DayCount(date(2026, 3, 2), -1)])


def test_a_week_is_split_over_its_days_by_the_profile() -> None:
    # 80 cases: a quarter (20) Monday to Wednesday, an eighth (10) Thursday and Friday.
    profile = (0.25, 0.25, 0.25, 0.125, 0.125, 0.0, 0.0)
    assert split_by_weekday(80, profile) == (20.0, 20.0, 20.0, 10.0, 10.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="seven shares"):
        split_by_weekday(80, (0.5, 0.5))


# staffing_needed and staffing_gap ------------------------------------------------------

STAFFING: dict[str, Any] = {
    "expected_cases": 120,
    "handle_minutes": 30,
    "backlog_now": 50,
    "backlog_target": 10,
    "weeks_to_target": 4,
    "shrinkage": 0.35,
    "hours_per_fte": 40,
}


def test_staff_hours_cover_the_incoming_work_the_backlog_share_and_shrinkage() -> None:
    # Incoming: 120 cases * 30 min = 60 h. Backlog: (50 - 10) / 4 weeks = 10 cases * 30 min
    # = 5 h. Productive 65 h; paid 65 / (1 - 0.35) = 100 h; 100 / 40 = 2.5 FTE.
    need = staffing_needed(**STAFFING)
    assert need.workload_hours == 60.0
    assert need.backlog_hours == 5.0
    assert need.productive_hours == 65.0
    assert need.staff_hours == pytest.approx(100.0, rel=1e-12)
    assert need.fte == pytest.approx(2.5, rel=1e-12)


def test_a_backlog_under_target_adds_no_hours_and_takes_none_away() -> None:
    # 60 h of incoming work, no shrinkage, 37.5-hour weeks: 60 / 37.5 = 1.6 FTE.
    need = staffing_needed(
        **{**STAFFING, "backlog_now": 3, "shrinkage": 0.0, "hours_per_fte": 37.5}
    )
    assert (need.backlog_hours, need.staff_hours, need.fte) == (0.0, 60.0, 1.6)


def test_zero_handle_time_needs_nobody() -> None:
    need = staffing_needed(**{**STAFFING, "handle_minutes": 0})
    assert (need.productive_hours, need.staff_hours, need.fte) == (0.0, 0.0, 0.0)


def test_shrinkage_just_under_the_limit_is_accepted() -> None:
    # 65 h / (1 - 0.875) = 65 / 0.125 = 520 h = 13 FTE of 40 h.
    need = staffing_needed(**{**STAFFING, "shrinkage": 0.875})
    assert (need.staff_hours, need.fte) == (520.0, 13.0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"shrinkage": 0.9}, "Shrinkage must be at least 0 and below 0.9"),
        ({"shrinkage": -0.01}, "Shrinkage must be at least 0 and below 0.9"),
        ({"hours_per_fte": 0}, "Hours per full-time person must be more than 0."),
        ({"weeks_to_target": 0}, "Give at least one week to reach the backlog target."),
        ({"expected_cases": -1}, "Expected cases cannot be negative."),
        ({"handle_minutes": -5}, "Handle time cannot be negative."),
        ({"backlog_now": -1}, "The backlog cannot be negative."),
        ({"backlog_target": -1}, "The backlog target cannot be negative."),
    ],
)
def test_staffing_refuses_impossible_inputs_with_a_clear_message(
    change: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        staffing_needed(**{**STAFFING, **change})


def test_the_gap_is_people_short_and_coverage_the_share_covered() -> None:
    # Need 2.5, have 2: 0.5 short, 2 / 2.5 = 80% covered.
    short = staffing_gap(2.5, 2)
    assert (short.gap_fte, short.coverage, short.is_short) == (0.5, 0.8, True)
    # Need 2, have 3: one spare, 150% covered.
    spare = staffing_gap(2, 3)
    assert (spare.gap_fte, spare.coverage, spare.is_short) == (-1, 1.5, False)
    # Nothing needed: no coverage ratio to show.
    assert staffing_gap(0, 2).coverage is None
    with pytest.raises(ValueError, match="Available FTE cannot be negative"):
        staffing_gap(1, -1)


# Database readers ----------------------------------------------------------------------

# Chicago: CST (UTC-6) until 2 a.m. on Sunday 8 March 2026, CDT (UTC-5) after.
WEEK_1, WEEK_2, WEEK_3, WEEK_4 = (date(2026, 3, 2 + 7 * i) for i in range(4))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.django_db
def test_weekly_counts_follow_the_agencys_local_weeks_across_daylight_saving() -> None:
    agency = AgencyFactory()
    permits, parking, quiet = ServiceFactory.create_batch(3, agency=agency)
    for at in (
        utc(2026, 3, 2, 5, 59),  # Sunday 1 March 23:59 CST: before the range
        utc(2026, 3, 2, 6, 0),  # Monday 2 March 00:00 CST: week 1
        utc(2026, 3, 9, 4, 30),  # Sunday 8 March 23:30 CDT (Monday in UTC): still week 1
        utc(2026, 3, 9, 5, 30),  # Monday 9 March 00:30 CDT: week 2
    ):
        CaseFactory(agency=agency, service=permits, created_at=at)
    CaseFactory.create_batch(2, agency=agency, service=parking, created_at=utc(2026, 3, 18, 15))
    CaseFactory(created_at=utc(2026, 3, 4, 15))  # another agency's case

    counts = weekly_incoming(agency=agency, since=WEEK_1, until=WEEK_4, service_ids=[quiet.pk])

    assert counts == {
        permits.pk: [WeekCount(WEEK_1, 2), WeekCount(WEEK_2, 1), WeekCount(WEEK_3, 0)],
        parking.pk: [WeekCount(WEEK_1, 0), WeekCount(WEEK_2, 0), WeekCount(WEEK_3, 2)],
        quiet.pk: [WeekCount(WEEK_1, 0), WeekCount(WEEK_2, 0), WeekCount(WEEK_3, 0)],
    }
    with pytest.raises(ValueError, match="Weeks start on a Monday"):
        weekly_incoming(agency=agency, since=date(2026, 3, 3), until=WEEK_4)


@pytest.mark.django_db
def test_daily_counts_are_local_days_with_quiet_days_as_zero() -> None:
    agency = AgencyFactory()
    permits, parking = ServiceFactory.create_batch(2, agency=agency)
    CaseFactory(agency=agency, service=permits, created_at=utc(2026, 3, 2, 6, 0))  # Mon 2
    CaseFactory(agency=agency, service=permits, created_at=utc(2026, 3, 9, 4, 30))  # Sun 8
    CaseFactory(agency=agency, service=permits, created_at=utc(2026, 3, 9, 5, 30))  # Mon 9
    CaseFactory(agency=agency, service=parking, created_at=utc(2026, 3, 3, 15))  # Tue 3

    days = daily_incoming(
        agency=agency, since=date(2026, 3, 2), until=date(2026, 3, 10), service_id=permits.pk
    )

    assert [d.count for d in days] == [1, 0, 0, 0, 0, 0, 1, 1]
    assert days[0].day == date(2026, 3, 2)
    assert days[-1].day == date(2026, 3, 9)
    everything = daily_incoming(agency=agency, since=date(2026, 3, 2), until=date(2026, 3, 4))
    assert [d.count for d in everything] == [1, 1]


def picked(queue: Queue, case: Any, *, queued: datetime, at: datetime) -> Pickup:
    return Pickup.objects.create(
        agency=queue.agency,
        queue=queue,
        case=case,
        user=UserFactory(),
        method="next",
        queued_at=queued,
        picked_at=at,
        waited=at - queued,
    )


@pytest.mark.django_db
def test_handle_time_runs_from_the_last_pickup_to_resolution_per_service() -> None:
    queue = QueueFactory()
    agency = queue.agency
    permits, parking = ServiceFactory.create_batch(2, agency=agency)

    def resolved_case(service: Any, resolved: datetime | None) -> Any:
        status = CaseStatus.RESOLVED if resolved else CaseStatus.IN_PROGRESS
        return CaseFactory(agency=agency, service=service, status=status, resolved_at=resolved)

    quick = resolved_case(permits, utc(2026, 3, 4, 10, 30))
    picked(queue, quick, queued=utc(2026, 3, 4, 9), at=utc(2026, 3, 4, 10))  # 30 min
    twice = resolved_case(permits, utc(2026, 3, 4, 12, 0))
    picked(queue, twice, queued=utc(2026, 3, 4, 8), at=utc(2026, 3, 4, 9))  # not the last
    picked(queue, twice, queued=utc(2026, 3, 4, 10), at=utc(2026, 3, 4, 11))  # 60 min
    open_case = resolved_case(permits, None)
    picked(queue, open_case, queued=utc(2026, 3, 4, 9), at=utc(2026, 3, 4, 10))
    hour = resolved_case(parking, utc(2026, 3, 4, 11))
    picked(queue, hour, queued=utc(2026, 3, 4, 9), at=utc(2026, 3, 4, 10))  # 60 min
    earlier = resolved_case(parking, utc(2026, 3, 2, 11))  # resolved before the range
    picked(queue, earlier, queued=utc(2026, 3, 2, 9), at=utc(2026, 3, 2, 10))

    found = handle_minutes_by_service(agency=agency, since=utc(2026, 3, 3), until=utc(2026, 3, 5))

    # Permits: (30 + 60) / 2 = 45 minutes. Parking: 60 minutes.
    assert found == {permits.pk: 45.0, parking.pk: 60.0}


@pytest.mark.django_db
def test_available_people_are_active_queue_members_counted_once() -> None:
    first = QueueFactory.create()
    second = QueueFactory.create(agency=first.agency, team=first.team)
    alice, bob = UserFactory(), UserFactory()
    carol = UserFactory(is_active=False)
    first.members.add(alice, bob)
    second.members.add(bob, carol)

    assert available_fte(queues=[first, second]) == 2  # Alice and Bob; Carol has left
    assert available_fte(queues=[second]) == 1
    assert available_fte(queues=[]) == 0


START = utc(2026, 3, 4, 15)  # 09:00 in Chicago (CST)
END = utc(2026, 3, 4, 16)


def minute(m: int, s: int = 0) -> datetime:
    return START + timedelta(minutes=m, seconds=s)


@pytest.mark.django_db
def test_quarter_hour_export_counts_offered_handled_handle_time_and_backlog() -> None:
    queue = QueueFactory.create(name="Permits desk")
    agency = queue.agency
    other = QueueFactory(agency=agency, team=queue.team)

    def case(resolved: datetime | None = None, **fields: Any) -> Any:
        status = CaseStatus.RESOLVED if resolved else CaseStatus.IN_PROGRESS
        return CaseFactory(agency=agency, status=status, resolved_at=resolved, **fields)

    def waiting(queued: datetime) -> Any:
        return CaseFactory(
            agency=agency, queue=queue, queued_at=queued, route_key=queued, assignee=None
        )

    # Stays that ended in a pickup (queued -> picked, resolved):
    picked(queue, case(minute(35)), queued=minute(-10), at=minute(5))  # 30 min handle
    picked(queue, case(), queued=minute(10), at=minute(20))  # not resolved
    picked(queue, case(minute(12)), queued=minute(1), at=minute(2))  # 10 min handle
    picked(queue, case(minute(104)), queued=minute(16), at=minute(44))  # 60 min handle
    picked(queue, case(minute(69, 59)), queued=minute(31), at=minute(59, 59))  # 10 min
    picked(queue, case(), queued=minute(50), at=minute(60))  # picked at the end: next hour
    picked(other, case(), queued=minute(1), at=minute(2))  # another queue
    # Cases still waiting:
    waiting(minute(-20))
    waiting(minute(20))
    waiting(minute(45))
    CaseFactory(agency=agency, queue=queue, queued_at=minute(3), assignee=UserFactory())

    rows = interval_export(queue=queue, start=START, end=END)

    # Waiting at 09:00: the stay queued at -10 (picked at 5) and the case waiting since -20.
    # 09:00 offered 2 (queued 1, 10), handled 2 (picked 2, 5), handle (600 + 1800) / 2 = 1200 s,
    #   backlog 2 + 2 - 2 = 2 (waiting since -20, queued at 10).
    # 09:15 offered 2 (16, waiting 20), handled 1 (20, unresolved: no handle time), backlog 3.
    # 09:30 offered 1 (31), handled 1 (44, 3600 s), backlog 3.
    # 09:45 offered 2 (waiting 45, 50), handled 1 (59:59, 600 s), backlog 4: waiting since
    #   -20, 20 and 45, and the stay queued at 50 picked at 10:00 exactly.
    assert [(r.offered, r.handled, r.average_handle_seconds, r.backlog) for r in rows] == [
        (2, 2, 1200.0, 2),
        (2, 1, None, 3),
        (1, 1, 3600.0, 3),
        (2, 1, 600.0, 4),
    ]
    assert [r.start.isoformat() for r in rows] == [
        "2026-03-04T09:00:00-06:00",
        "2026-03-04T09:15:00-06:00",
        "2026-03-04T09:30:00-06:00",
        "2026-03-04T09:45:00-06:00",
    ]
    lines = interval_csv(rows).splitlines()
    assert lines[0] == ",".join(CSV_HEADER)
    assert lines[1] == "Permits desk,2026-03-04T09:00:00-06:00,2026-03-04T09:15:00-06:00,2,2,1200,2"
    assert lines[2].endswith(",2,1,,3")


@pytest.mark.django_db
def test_quarter_hour_export_refuses_bounds_off_the_quarter_hour() -> None:
    queue = QueueFactory()
    with pytest.raises(ValueError, match="Intervals start on the quarter hour"):
        interval_export(queue=queue, start=minute(5), end=END)
    with pytest.raises(ValueError, match="Give aware times"):
        interval_export(queue=queue, start=datetime(2026, 3, 4, 9), end=END)
    with pytest.raises(ValueError, match="The end must come after the start"):
        interval_export(queue=queue, start=END, end=START)


# A stay: queued at minute q (from 08:00 UTC), picked after w minutes (None: still waiting),
# resolved h minutes after pickup (None: not resolved). Minutes may fall before the export.
stays = st.tuples(
    st.integers(min_value=-40, max_value=100),
    st.one_of(st.none(), st.integers(min_value=0, max_value=90)),
    st.one_of(st.none(), st.integers(min_value=0, max_value=120)),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(specs=st.lists(stays, max_size=10))
@pytest.mark.django_db
def test_every_interval_row_equals_a_direct_count_of_the_stays(
    specs: list[tuple[int, int | None, int | None]],
) -> None:
    queue = QueueFactory.create()
    start = utc(2026, 3, 4, 8)

    def at(m: int) -> datetime:
        return start + timedelta(minutes=m)

    for queued, wait, handle in specs:
        if wait is None:
            CaseFactory(agency=queue.agency, queue=queue, queued_at=at(queued), route_key=at(0))
            continue
        resolved = None if handle is None else at(queued + wait + handle)
        status = CaseStatus.IN_PROGRESS if resolved is None else CaseStatus.RESOLVED
        case = CaseFactory(agency=queue.agency, status=status, resolved_at=resolved)
        picked(queue, case, queued=at(queued), at=at(queued + wait))

    rows = interval_export(queue=queue, start=start, end=at(60))

    for i, row in enumerate(rows):
        low, high = 15 * i, 15 * (i + 1)
        ends = [None if w is None else q + w for q, w, _ in specs]
        handles = [
            h * 60
            for (q, w, h), end in zip(specs, ends, strict=True)
            if end is not None and low <= end < high and h is not None
        ]
        assert row.offered == sum(low <= q < high for q, _, _ in specs)
        assert row.handled == sum(end is not None and low <= end < high for end in ends)
        assert row.average_handle_seconds == (sum(handles) / len(handles) if handles else None)
        assert row.backlog == sum(
            q < high and (end is None or end >= high)
            for (q, _, _), end in zip(specs, ends, strict=True)
        )
