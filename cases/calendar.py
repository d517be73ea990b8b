"""Business-time arithmetic: when a calendar is open, and time counted only while it is.

Everything here works on :class:`Calendar`, a plain immutable value, so it needs no
database and is cheap to call in loops. :meth:`Calendar.from_model` builds one from a
``BusinessCalendar`` row.

Rules:

- Opening hours are local wall-clock times on local dates of the calendar's zone. Each
  day's boundaries are converted to UTC separately, so a 09:00-17:00 day is 8 hours of
  open time even on the day clocks change.
- A wall time that does not exist (skipped by a spring-forward change) or exists twice
  (repeated by a fall-back change) is read with ``fold=0``: a skipped time uses the
  offset before the change (02:30 on a skipped hour means 03:30 after it) and a repeated
  time means its first occurrence. An interval that becomes empty that way is dropped.
- ``closes`` at 00:00 means midnight at the end of the day; intervals that touch (22:00-
  00:00 on Monday and 00:00-06:00 on Tuesday) form one stretch of open time.
- A public holiday closes its whole local day: the intervals declared for that day.
- Closures are absolute instants and cut out whatever open time they cover.
- All results are aware datetimes in UTC; naive datetimes are refused.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import holidays as public_holidays

if TYPE_CHECKING:
    from .models import BusinessCalendar

Interval = tuple[datetime, datetime]

MIDNIGHT = time(0)
ONE_DAY = timedelta(days=1)
ZERO = timedelta(0)
# A calendar with no open time for this long is treated as never open, so the
# search for open time ends with an error instead of running forever.
SEARCH_LIMIT = timedelta(days=3 * 366)
# Open time is searched in windows of this size, so a short search stays short.
SEARCH_WINDOW = timedelta(days=31)


@dataclass(frozen=True)
class Calendar:
    """Weekly opening hours (weekday 0 is Monday), holiday dates and closures in UTC."""

    zone: ZoneInfo
    hours: dict[int, tuple[tuple[time, time], ...]]
    holidays: frozenset[date] = frozenset()
    closures: tuple[Interval, ...] = ()
    # Each local date's declared intervals, worked out once per calendar object: a list of
    # cases measures every row's time left across the same days.
    _days: dict[date, tuple[Interval, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        # Sorted closures let the subtraction stop at the first one past an interval.
        object.__setattr__(self, "closures", tuple(sorted(self.closures)))

    @classmethod
    def from_model(
        cls, calendar: BusinessCalendar, *, years: Iterable[int] | None = None
    ) -> Calendar:
        """Load a business calendar with the public holidays of *years*.

        Without *years*, holidays from last year to three years ahead are loaded,
        which covers the whole search limit from today. An unknown holiday country or
        subdivision raises ValueError.
        """
        hours: dict[int, list[tuple[time, time]]] = {}
        for row in calendar.opening_hours.order_by("weekday", "opens"):
            hours.setdefault(row.weekday, []).append((row.opens, row.closes))
        closures = tuple(
            (closure.starts.astimezone(UTC), closure.ends.astimezone(UTC))
            for closure in calendar.closures.all()
        )
        holiday_dates: frozenset[date] = frozenset()
        if calendar.use_public_holidays:
            country, subdivision = calendar.holiday_region
            holiday_dates = holidays_of(country, subdivision, years=years or default_years())
        return cls(
            zone=ZoneInfo(calendar.effective_time_zone),
            hours={weekday: tuple(intervals) for weekday, intervals in hours.items()},
            holidays=holiday_dates,
            closures=closures,
        )


def default_years() -> range:
    this_year = datetime.now(UTC).year
    return range(this_year - 1, this_year + 4)


def holidays_of(country: str, subdivision: str, *, years: Iterable[int]) -> frozenset[date]:
    """The public holiday dates (observed days included) of a country or its subdivision."""
    return _holidays_of(country, subdivision, tuple(years))


@functools.lru_cache(maxsize=64)
def _holidays_of(country: str, subdivision: str, years: tuple[int, ...]) -> frozenset[date]:
    # Computing a country's holidays for five years takes milliseconds; they never change.
    try:
        found = public_holidays.country_holidays(
            country, subdiv=subdivision or None, years=list(years)
        )
    except NotImplementedError as error:
        where = f"{country}-{subdivision}" if subdivision else country
        raise ValueError(f"No public holidays are known for {where!r}: {error}") from None
    return frozenset(found.keys())


# Open time ------------------------------------------------------------------------------


def _utc(day: date, moment: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Business time needs aware datetimes, not naive ones.")
    return moment.astimezone(UTC)


def day_intervals(cal: Calendar, day: date) -> tuple[Interval, ...]:
    """The open intervals declared for one local date, in UTC, before closures."""
    found = cal._days.get(day)
    if found is None:
        found = cal._days[day] = _declared(cal, day)
    return found


def _declared(cal: Calendar, day: date) -> tuple[Interval, ...]:
    if day in cal.holidays:
        return ()
    intervals = []
    for opens, closes in cal.hours.get(day.weekday(), ()):
        start = _utc(day, opens, cal.zone)
        end = _utc(day + ONE_DAY if closes == MIDNIGHT else day, closes, cal.zone)
        if end > start:
            intervals.append((start, end))
    return tuple(sorted(intervals))


def _merged_days(cal: Calendar, first: date, last: date) -> Iterator[Interval]:
    """The declared intervals of the dates first..last, touching ones joined."""
    current: Interval | None = None
    day = first
    while day <= last:
        for start, end in day_intervals(cal, day):
            if current is not None and start <= current[1]:
                current = (current[0], max(current[1], end))
                continue
            if current is not None:
                yield current
            current = (start, end)
        day += ONE_DAY
    if current is not None:
        yield current


def _without_closures(interval: Interval, closures: tuple[Interval, ...]) -> Iterator[Interval]:
    start, end = interval
    for closed_from, closed_until in closures:
        if closed_from >= end:
            break
        if closed_until <= start:
            continue
        if closed_from > start:
            yield start, closed_from
        start = closed_until
        if start >= end:
            return
    yield start, end


def _open_within(cal: Calendar, start: datetime, end: datetime) -> Iterator[Interval]:
    first = start.astimezone(cal.zone).date() - ONE_DAY
    last = end.astimezone(cal.zone).date()
    for interval in _merged_days(cal, first, last):
        for piece_start, piece_end in _without_closures(interval, cal.closures):
            if piece_start >= end:
                return
            piece = (max(piece_start, start), min(piece_end, end))
            if piece[0] < piece[1]:
                yield piece


def open_intervals(cal: Calendar, start: datetime, end: datetime) -> Iterator[Interval]:
    """The open stretches between *start* and *end*, clipped to them, in order, in UTC."""
    start, end = _aware(start), _aware(end)
    if start < end:
        yield from _open_within(cal, start, end)


def _open_from(cal: Calendar, start: datetime) -> Iterator[Interval]:
    """Open time from *start* on, window by window; ValueError once none is left in reach.

    A stretch that crosses a window boundary comes as two touching pieces.
    """
    window_start = last_open = start
    while window_start - last_open < SEARCH_LIMIT:
        window_end = window_start + SEARCH_WINDOW
        for interval in _open_within(cal, window_start, window_end):
            last_open = interval[1]
            yield interval
        window_start = window_end
    raise ValueError("This calendar has no open time within three years; check its hours.")


# Arithmetic -------------------------------------------------------------------------------


def next_open(cal: Calendar, moment: datetime) -> datetime:
    """The first open instant at or after *moment* (itself, if the calendar is open then)."""
    start, _end = next(_open_from(cal, _aware(moment)))
    return start


def add_business_time(cal: Calendar, start: datetime, duration: timedelta) -> datetime:
    """The instant at which *duration* of open time has passed since *start*.

    Adding nothing returns *start* unchanged, open or not. Otherwise the result is
    inside open time or exactly at the end of an open stretch (a deadline of "by
    closing time" stays on that day), never inside closed time. Raises ValueError for a
    negative duration or a calendar without open time within three years.
    """
    if duration < ZERO:
        raise ValueError("Only a positive amount of business time can be added.")
    if duration == ZERO:
        return start
    remaining = duration
    for interval_start, interval_end in _open_from(cal, _aware(start)):
        length = interval_end - interval_start
        if remaining <= length:
            return interval_start + remaining
        remaining -= length
    raise AssertionError("unreachable: the search ends with ValueError")  # pragma: no cover


def business_time_between(cal: Calendar, a: datetime, b: datetime) -> timedelta:
    """The open time from *a* to *b*; negative when *b* comes before *a*."""
    if b < a:
        return -business_time_between(cal, b, a)
    return sum((end - start for start, end in open_intervals(cal, a, b)), ZERO)
