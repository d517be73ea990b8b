"""Business calendars: the arithmetic of open time, and the services that configure it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Role
from cases import services
from cases.calendar import (
    Calendar,
    add_business_time,
    business_time_between,
    holidays_of,
    next_open,
    open_intervals,
)
from cases.models import BusinessCalendar, OpeningHours

from ..conftest import member

CHICAGO = ZoneInfo("America/Chicago")
HOURS = timedelta(hours=1)
WEEKDAYS = range(5)
EVERY_DAY = range(7)
IL_HOLIDAYS = holidays_of("US", "IL", years=range(2025, 2030))


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CHICAGO)


def weekly(days: range, *intervals: tuple[time, time], holidays: bool = True) -> Calendar:
    return Calendar(
        zone=CHICAGO,
        hours={day: intervals for day in days},
        holidays=IL_HOLIDAYS if holidays else frozenset(),
    )


OFFICE = weekly(WEEKDAYS, (time(9), time(17)))
SPLIT = weekly(WEEKDAYS, (time(8), time(12)), (time(13), time(17)))
NIGHTS = weekly(EVERY_DAY, (time(22), time(0)), (time(0), time(6)), holidays=False)
STORMY = Calendar(
    zone=CHICAGO,
    hours=OFFICE.hours,
    holidays=IL_HOLIDAYS,
    closures=(
        (local(2026, 4, 21, 12), local(2026, 4, 22, 12)),
        (local(2026, 9, 14, 0), local(2026, 9, 21, 0)),
        (local(2027, 2, 1, 15), local(2027, 2, 1, 16)),
    ),
)
ROUND_THE_CLOCK = weekly(EVERY_DAY, (time(0), time(0)), holidays=False)


# Properties ---------------------------------------------------------------------------------

calendars = st.sampled_from([OFFICE, SPLIT, NIGHTS, STORMY])
instants = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)
durations = st.timedeltas(min_value=timedelta(0), max_value=200 * HOURS)
modest = settings(max_examples=150, deadline=None)


def is_open_just_before(cal: Calendar, moment: datetime) -> bool:
    nearby = open_intervals(cal, moment - timedelta(days=2), moment + timedelta(days=1))
    return any(start < moment <= end for start, end in nearby)


@modest
@given(cal=calendars, start=instants, first=durations, second=durations)
def test_adding_in_two_steps_lands_where_adding_at_once_does(
    cal: Calendar, start: datetime, first: timedelta, second: timedelta
) -> None:
    in_steps = add_business_time(cal, add_business_time(cal, start, first), second)
    assert in_steps == add_business_time(cal, start, first + second)


@modest
@given(cal=calendars, start=instants, duration=durations)
def test_a_deadline_never_falls_inside_closed_time(
    cal: Calendar, start: datetime, duration: timedelta
) -> None:
    deadline = add_business_time(cal, start, duration)
    if duration:
        assert is_open_just_before(cal, deadline)
    else:
        assert deadline == start


@modest
@given(cal=calendars, start=instants, duration=durations)
def test_the_time_between_start_and_deadline_is_the_time_added(
    cal: Calendar, start: datetime, duration: timedelta
) -> None:
    deadline = add_business_time(cal, start, duration)
    assert deadline >= start
    assert business_time_between(cal, start, deadline) == duration


@modest
@given(cal=calendars, a=instants, b=instants)
def test_time_between_runs_backwards_as_a_negative(cal: Calendar, a: datetime, b: datetime) -> None:
    assert business_time_between(cal, a, b) == -business_time_between(cal, b, a)


@modest
@given(cal=calendars, moment=instants)
def test_next_open_is_open_and_nothing_opens_before_it(cal: Calendar, moment: datetime) -> None:
    opening = next_open(cal, moment)
    assert opening >= moment
    assert business_time_between(cal, moment, opening) == timedelta(0)
    assert business_time_between(cal, opening, opening + timedelta(microseconds=1))


# Worked examples ----------------------------------------------------------------------------


def test_friday_afternoon_plus_two_hours_is_monday_morning() -> None:
    assert add_business_time(OFFICE, local(2026, 4, 17, 16), 2 * HOURS) == local(2026, 4, 20, 10)


def test_the_weekend_the_clocks_go_forward_still_gives_monday_ten_oclock() -> None:
    deadline = add_business_time(OFFICE, local(2026, 3, 6, 16), 2 * HOURS)
    assert deadline == local(2026, 3, 9, 10)
    assert deadline == datetime(2026, 3, 9, 15, tzinfo=UTC)  # CDT, UTC-5


def test_the_weekend_the_clocks_go_back_still_gives_monday_ten_oclock() -> None:
    deadline = add_business_time(OFFICE, local(2026, 10, 30, 16), 2 * HOURS)
    assert deadline == local(2026, 11, 2, 10)
    assert deadline == datetime(2026, 11, 2, 16, tzinfo=UTC)  # CST, UTC-6


@pytest.mark.parametrize("day", [date(2026, 3, 8), date(2026, 11, 1)])
def test_a_nine_to_five_day_is_eight_hours_when_the_clocks_change(day: date) -> None:
    cal = weekly(EVERY_DAY, (time(9), time(17)), holidays=False)
    midnight = datetime.combine(day, time(0), tzinfo=CHICAGO)
    assert business_time_between(cal, midnight, midnight + timedelta(days=1)) == 8 * HOURS


@pytest.mark.parametrize(
    ("day", "length"), [(date(2026, 3, 8), 23 * HOURS), (date(2026, 11, 1), 25 * HOURS)]
)
def test_a_day_open_round_the_clock_is_as_long_as_the_clocks_make_it(
    day: date, length: timedelta
) -> None:
    start = datetime.combine(day, time(0), tzinfo=CHICAGO)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=CHICAGO)
    assert business_time_between(ROUND_THE_CLOCK, start, end) == length


def test_skipped_and_repeated_wall_times_are_read_as_their_first_reading() -> None:
    spring = Calendar(zone=CHICAGO, hours={6: ((time(1), time(3)), (time(3, 30), time(4)))})
    # 02:00-03:00 does not exist on 2026-03-08: 01:00-03:00 is one hour of open time.
    assert list(open_intervals(spring, local(2026, 3, 8), local(2026, 3, 9))) == [
        (datetime(2026, 3, 8, 7, tzinfo=UTC), datetime(2026, 3, 8, 8, tzinfo=UTC)),
        (datetime(2026, 3, 8, 8, 30, tzinfo=UTC), datetime(2026, 3, 8, 9, tzinfo=UTC)),
    ]
    skipped = Calendar(zone=CHICAGO, hours={6: ((time(2, 30), time(3)),)})
    assert list(open_intervals(skipped, local(2026, 3, 8), local(2026, 3, 9))) == []
    autumn = Calendar(zone=CHICAGO, hours={6: ((time(1), time(2)),)})
    # 01:00 happens twice on 2026-11-01; from its first reading to 02:00 is two hours.
    day = business_time_between(autumn, local(2026, 11, 1), local(2026, 11, 2))
    assert day == 2 * HOURS


def test_the_holidays_of_illinois_are_the_ones_expected() -> None:
    assert {date(2026, 7, 3), date(2026, 11, 26), date(2026, 3, 2)} <= IL_HOLIDAYS
    assert date(2026, 11, 27) not in IL_HOLIDAYS


def test_observed_independence_day_is_skipped() -> None:
    # 2026-07-04 is a Saturday; Friday 2026-07-03 is the observed holiday.
    assert add_business_time(OFFICE, local(2026, 7, 2, 16), 2 * HOURS) == local(2026, 7, 6, 10)


def test_thanksgiving_is_skipped_but_the_friday_after_is_not_in_illinois() -> None:
    assert add_business_time(OFFICE, local(2026, 11, 25, 16), 2 * HOURS) == local(2026, 11, 27, 10)


def test_a_storm_closure_stops_the_clock() -> None:
    # Closed from Tuesday noon to Wednesday noon: two hours on Tuesday, two on Wednesday.
    assert add_business_time(STORMY, local(2026, 4, 21, 10), 4 * HOURS) == local(2026, 4, 22, 14)
    assert business_time_between(STORMY, local(2026, 4, 21, 9), local(2026, 4, 22, 17)) == (
        8 * HOURS
    )


def test_a_split_day_skips_the_lunch_break() -> None:
    assert add_business_time(SPLIT, local(2026, 4, 20, 11), 2 * HOURS) == local(2026, 4, 20, 14)


def test_overnight_hours_chain_across_midnight() -> None:
    night = Calendar(zone=CHICAGO, hours={0: ((time(22), time(0)),), 1: ((time(0), time(6)),)})
    stretches = list(open_intervals(night, local(2026, 4, 20), local(2026, 4, 22)))
    assert stretches == [(local(2026, 4, 20, 22), local(2026, 4, 21, 6))]
    assert add_business_time(night, local(2026, 4, 20, 23), 2 * HOURS) == local(2026, 4, 21, 1)


def test_a_deadline_can_be_exactly_closing_time() -> None:
    assert add_business_time(OFFICE, local(2026, 4, 17, 16), HOURS) == local(2026, 4, 17, 17)


def test_adding_nothing_returns_the_start_even_when_closed() -> None:
    sunday = local(2026, 4, 19, 12)
    assert add_business_time(OFFICE, sunday, timedelta(0)) == sunday
    assert next_open(OFFICE, sunday) == local(2026, 4, 20, 9)


def test_a_calendar_that_never_opens_refuses_instead_of_searching_forever() -> None:
    never = Calendar(zone=CHICAGO, hours={})
    with pytest.raises(ValueError, match="no open time"):
        add_business_time(never, local(2026, 4, 20), HOURS)
    with pytest.raises(ValueError, match="no open time"):
        next_open(never, local(2026, 4, 20))
    assert business_time_between(never, local(2026, 1, 1), local(2027, 1, 1)) == timedelta(0)


def test_long_durations_run_past_the_search_limit_while_there_is_open_time() -> None:
    four_years = 4 * 52 * 5 * 8 * HOURS
    deadline = add_business_time(OFFICE, local(2026, 1, 5, 9), four_years)
    assert deadline.year in (2030, 2031)


def test_negative_durations_and_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        add_business_time(OFFICE, local(2026, 4, 20), -HOURS)
    with pytest.raises(ValueError, match="aware"):
        next_open(OFFICE, datetime(2026, 4, 20, 9))


def test_an_unknown_holiday_region_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="'ZZ'"):
        holidays_of("ZZ", "", years=[2026])
    with pytest.raises(ValueError, match="'US-ZZ'"):
        holidays_of("US", "ZZ", years=[2026])


# Services --------------------------------------------------------------------------------


@pytest.fixture
def calendar(agency: Any) -> BusinessCalendar:
    return services.calendar_for(agency)


def _audits(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action))


@pytest.mark.django_db
def test_a_new_calendar_is_monday_to_friday_nine_to_five(agency: Any) -> None:
    calendar = services.calendar_for(agency)
    assert services.calendar_for(agency) == calendar
    rows = list(calendar.opening_hours.values_list("weekday", "opens", "closes"))
    assert rows == [(day, time(9), time(17)) for day in WEEKDAYS]
    cal = Calendar.from_model(calendar, years=[2026])
    assert cal.zone == CHICAGO
    assert date(2026, 3, 2) in cal.holidays  # Casimir Pulaski Day, an Illinois holiday
    assert add_business_time(cal, local(2026, 4, 17, 16), 2 * HOURS) == local(2026, 4, 20, 10)


@pytest.mark.django_db
def test_the_calendar_loads_with_its_hours_and_closures(
    calendar: BusinessCalendar, administrator: Any
) -> None:
    services.opening_hours_set(
        calendar=calendar,
        weekday=1,
        intervals=[(time(13), time(17)), (time(8), time(12))],
        actor=administrator,
    )
    services.closure_add(
        calendar=calendar,
        starts=local(2026, 4, 22, 12),
        ends=local(2026, 4, 23, 12),
        reason="Storm",
        actor=administrator,
    )
    cal = Calendar.from_model(calendar, years=[2026])
    assert cal.hours[1] == ((time(8), time(12)), (time(13), time(17)))
    assert add_business_time(cal, local(2026, 4, 21, 11), 2 * HOURS) == local(2026, 4, 21, 14)
    assert add_business_time(cal, local(2026, 4, 22, 11), 2 * HOURS) == local(2026, 4, 23, 13)


@pytest.mark.django_db
def test_an_unknown_subdivision_stops_loading_and_saving(
    calendar: BusinessCalendar, administrator: Any
) -> None:
    BusinessCalendar.objects.filter(pk=calendar.pk).update(subdivision="ZZ")
    calendar.refresh_from_db()
    with pytest.raises(ValueError, match="US-ZZ"):
        Calendar.from_model(calendar, years=[2026])
    with pytest.raises(DomainError) as refused:
        services.calendar_save(calendar=calendar, actor=administrator)
    assert refused.value.field == "subdivision"
    calendar.country, calendar.subdivision = "ZZ", ""
    with pytest.raises(DomainError) as refused:
        services.calendar_save(calendar=calendar, actor=administrator)
    assert refused.value.field == "country"


@pytest.mark.django_db
def test_saving_a_calendar_is_audited_with_the_fields_changed(
    calendar: BusinessCalendar, administrator: Any
) -> None:
    calendar.time_zone = "America/New_York"
    calendar.subdivision = "NY"
    calendar.country = "US"
    services.calendar_save(calendar=calendar, actor=administrator)
    [audit] = _audits("calendar.update")
    assert audit.details == {"fields": ["country", "subdivision", "time_zone"]}
    assert Calendar.from_model(calendar, years=[2026]).zone == ZoneInfo("America/New_York")


@pytest.mark.django_db
def test_a_bad_time_zone_is_refused(calendar: BusinessCalendar, administrator: Any) -> None:
    calendar.time_zone = "Mars/Olympus"
    with pytest.raises(ValidationError, match="not a known time zone"):
        services.calendar_save(calendar=calendar, actor=administrator)


@pytest.mark.django_db
def test_opening_hours_replace_the_weekday_and_are_audited(
    calendar: BusinessCalendar, administrator: Any
) -> None:
    services.opening_hours_set(
        calendar=calendar,
        weekday=0,
        intervals=[(time(22), time(0)), (time(7), time(12))],
        actor=administrator,
    )
    monday = OpeningHours.objects.filter(calendar=calendar, weekday=0)
    assert list(monday.values_list("opens", "closes")) == [
        (time(7), time(12)),
        (time(22), time(0)),
    ]
    [audit] = _audits("calendar.hours")
    assert audit.details == {"weekday": 0, "intervals": [["07:00", "12:00"], ["22:00", "00:00"]]}
    services.opening_hours_set(calendar=calendar, weekday=0, intervals=[], actor=administrator)
    assert not monday.exists()


@pytest.mark.parametrize(
    "intervals",
    [
        [(time(9), time(13)), (time(12), time(17))],
        [(time(9), time(0)), (time(22), time(23))],
        [(time(9), time(17)), (time(9), time(17))],
        [(time(17), time(9))],
    ],
)
@pytest.mark.django_db
def test_overlapping_or_backwards_hours_are_refused(
    calendar: BusinessCalendar, administrator: Any, intervals: list[tuple[time, time]]
) -> None:
    with pytest.raises(DomainError) as refused:
        services.opening_hours_set(
            calendar=calendar, weekday=2, intervals=intervals, actor=administrator
        )
    assert refused.value.field == "intervals"
    assert calendar.opening_hours.filter(weekday=2).count() == 1


@pytest.mark.django_db
def test_touching_hours_are_allowed(calendar: BusinessCalendar, administrator: Any) -> None:
    rows = services.opening_hours_set(
        calendar=calendar,
        weekday=2,
        intervals=[(time(8), time(12)), (time(12), time(0))],
        actor=administrator,
    )
    assert len(rows) == 2


@pytest.mark.django_db
def test_a_closure_must_end_after_it_starts(calendar: BusinessCalendar, administrator: Any) -> None:
    with pytest.raises(DomainError) as refused:
        services.closure_add(
            calendar=calendar,
            starts=local(2026, 4, 22, 12),
            ends=local(2026, 4, 22, 12),
            reason="Storm",
            actor=administrator,
        )
    assert refused.value.field == "ends"
    assert not calendar.closures.exists()


@pytest.mark.django_db
def test_closures_are_added_and_removed_with_an_audit_row(
    calendar: BusinessCalendar, administrator: Any
) -> None:
    closure = services.closure_add(
        calendar=calendar,
        starts=local(2026, 4, 22, 12),
        ends=local(2026, 4, 23, 12),
        reason="Storm",
        actor=administrator,
    )
    [added] = _audits("calendar.closure_add")
    assert added.details["reason"] == "Storm"
    assert added.agency == calendar.agency
    services.closure_remove(closure=closure, actor=administrator)
    assert not calendar.closures.exists()
    assert len(_audits("calendar.closure_remove")) == 1


@pytest.mark.django_db
def test_only_the_agencys_administrators_configure_its_calendar(
    calendar: BusinessCalendar, other_agency: Any, agency: Any
) -> None:
    outsider = member(other_agency, Role.ADMINISTRATOR)
    caseworker = member(agency, Role.CASEWORKER)
    for actor in (outsider, caseworker):
        with pytest.raises(DomainError) as refused:
            services.opening_hours_set(
                calendar=calendar, weekday=5, intervals=[(time(9), time(12))], actor=actor
            )
        assert refused.value.code == "forbidden"
        with pytest.raises(DomainError):
            services.closure_add(
                calendar=calendar,
                starts=local(2026, 4, 22, 12),
                ends=local(2026, 4, 23, 12),
                reason="Storm",
                actor=actor,
            )
        with pytest.raises(DomainError):
            services.calendar_save(calendar=calendar, actor=actor)
    assert not calendar.opening_hours.filter(weekday=5).exists()
    assert not AuditEvent.objects.filter(action__startswith="calendar.").exists()
