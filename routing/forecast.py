"""Workforce forecasting: incoming cases per week, and the staff needed to handle them.

Pure functions on plain data, so every figure can be checked by hand; the database
readers that feed them live in ``routing.forecast_data``.

The chain a manager follows:

1. ``forecast_weekly`` turns weekly incoming counts into expected cases per coming week,
   with a low/high band;
2. ``weekday_profile`` and ``split_by_weekday`` spread a week's cases over its days;
3. ``staffing_needed`` turns expected cases, handle time, the backlog to clear and
   shrinkage into staff hours and full-time equivalents (FTE);
4. ``staffing_gap`` sets that against the people available.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

WEEK = timedelta(days=7)
MAX_SHRINKAGE = 0.9

Method = Literal["seasonal", "trailing", "none"]


@dataclass(frozen=True)
class WeekCount:
    """Cases that came in during the week starting on *week_start* (a Monday)."""

    week_start: date
    count: int


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class WeekForecast:
    """Expected cases in one coming week and the band they will most likely fall in."""

    week_start: date
    expected: float
    low: float
    high: float
    method: Method


@dataclass(frozen=True)
class StaffingNeed:
    """The hours of one week's work and the paid staff time it takes.

    ``workload_hours`` handles the incoming cases, ``backlog_hours`` this week's share of
    bringing the backlog down to target; ``productive_hours`` is their sum, and
    ``staff_hours`` the paid hours once shrinkage (leave, training, breaks, meetings) is
    allowed for; ``fte`` is ``staff_hours`` in full-time people.
    """

    workload_hours: float
    backlog_hours: float
    productive_hours: float
    staff_hours: float
    fte: float


@dataclass(frozen=True)
class StaffingGap:
    """Needed against available people: a positive gap is people short, negative spare."""

    needed_fte: float
    available_fte: float
    gap_fte: float
    coverage: float | None

    @property
    def is_short(self) -> bool:
        return self.gap_fte > 0


def forecast_weekly(
    history: Sequence[WeekCount],
    *,
    weeks_ahead: int,
    season_length: int = 52,
    trailing_weeks: int = 8,
    seasonal_weight: float = 0.5,
    first_week: date | None = None,
) -> list[WeekForecast]:
    """Expected incoming cases for each of the *weeks_ahead* weeks after *history*.

    *history* holds consecutive weeks, oldest first: y_1 .. y_n (a week with no cases
    is a 0, not a missing week). With k = min(n, trailing_weeks), the trailing mean is

        m = (y_{n-k+1} + ... + y_n) / k

    and the spread s is the population standard deviation of those same k weeks.
    For the forecast week t = n + h (h = 1 .. weeks_ahead):

    - with at least one full season of history (n >= season_length = L), the seasonal
      naive value is the same week one season back, y_{t - L*j} with j = ceil(h / L)
      (the latest season that history covers), and the forecast blends it with the
      level: expected = w * y_{t - L*j} + (1 - w) * m, with w = seasonal_weight;
    - with less than a season, expected = m (method "trailing");
    - with no history at all, expected = 0 (method "none").

    The band is low = max(0, expected - s), high = expected + s: one standard deviation
    of the recent weeks either side. The same band is used for every horizon; it says how
    much recent weeks varied, not how confident a forecast far ahead is.

    Weekday patterns do not change weekly totals; ``split_by_weekday`` spreads a
    week's expected cases over its days.

    *first_week* is the Monday of the first forecast week; it defaults to the week after
    the last in *history* and is required when *history* is empty.
    """
    _require(weeks_ahead >= 0, "weeks_ahead cannot be negative.")
    _require(season_length >= 1, "season_length must be at least 1 week.")
    _require(trailing_weeks >= 1, "trailing_weeks must be at least 1 week.")
    _require(0 <= seasonal_weight <= 1, "seasonal_weight must be between 0 and 1.")
    _check_history(history)
    start = _first_forecast_week(history, first_week)
    counts = [week.count for week in history]
    recent = counts[-trailing_weeks:]
    level = statistics.fmean(recent) if recent else 0.0
    spread = statistics.pstdev(recent) if recent else 0.0
    result = []
    for h in range(1, weeks_ahead + 1):
        method: Method
        if not counts:
            method, expected = "none", 0.0
        elif len(counts) >= season_length:
            seasonal = counts[len(counts) + h - season_length * math.ceil(h / season_length) - 1]
            method = "seasonal"
            expected = seasonal_weight * seasonal + (1 - seasonal_weight) * level
        else:
            method, expected = "trailing", level
        result.append(
            WeekForecast(
                week_start=start + (h - 1) * WEEK,
                expected=expected,
                low=max(0.0, expected - spread),
                high=expected + spread,
                method=method,
            )
        )
    return result


def weekday_profile(daily_counts: Sequence[DayCount]) -> tuple[float, ...]:
    """The share of a week's cases that falls on each weekday, Monday first (sums to 1).

    Each weekday's share is its mean count over the days of that weekday in
    *daily_counts*, divided by the sum of the seven means; so a history holding three
    Mondays and two Sundays weighs each fairly. A weekday absent from the input counts
    as a mean of 0. With no cases at all, every day gets 1/7.
    """
    totals = [0] * 7
    days = [0] * 7
    for item in daily_counts:
        _require(item.count >= 0, "Daily counts cannot be negative.")
        totals[item.day.weekday()] += item.count
        days[item.day.weekday()] += 1
    means = [total / n if n else 0.0 for total, n in zip(totals, days, strict=True)]
    whole = sum(means)
    if whole == 0:
        return (1 / 7,) * 7
    return tuple(mean / whole for mean in means)


def split_by_weekday(expected_week: float, profile: Sequence[float]) -> tuple[float, ...]:
    """A week's expected cases spread over Monday .. Sunday by *profile*."""
    _require(len(profile) == 7, "A weekday profile has seven shares, Monday first.")
    _require(expected_week >= 0, "Expected cases cannot be negative.")
    return tuple(expected_week * share for share in profile)


def staffing_needed(
    *,
    expected_cases: float,
    handle_minutes: float,
    backlog_now: int,
    backlog_target: int,
    weeks_to_target: int,
    shrinkage: float,
    hours_per_fte: float,
) -> StaffingNeed:
    """The staff hours and FTE one week needs.

        workload_hours   = expected_cases * handle_minutes / 60
        backlog_hours    = max(0, backlog_now - backlog_target) / weeks_to_target
                           * handle_minutes / 60
        productive_hours = workload_hours + backlog_hours
        staff_hours      = productive_hours / (1 - shrinkage)
        fte              = staff_hours / hours_per_fte

    A backlog already under target adds nothing (it does not lower the need either):
    staff are not planned to sit idle waiting for cases. Shrinkage is the share of paid
    time not spent on cases, from 0 up to (not including) 0.9.
    """
    _require(expected_cases >= 0, "Expected cases cannot be negative.")
    _require(handle_minutes >= 0, "Handle time cannot be negative.")
    _require(backlog_now >= 0, "The backlog cannot be negative.")
    _require(backlog_target >= 0, "The backlog target cannot be negative.")
    _require(weeks_to_target >= 1, "Give at least one week to reach the backlog target.")
    _require(
        0 <= shrinkage < MAX_SHRINKAGE,
        f"Shrinkage must be at least 0 and below {MAX_SHRINKAGE} (a share, e.g. 0.3).",
    )
    _require(hours_per_fte > 0, "Hours per full-time person must be more than 0.")
    workload = expected_cases * handle_minutes / 60
    to_clear = max(0, backlog_now - backlog_target) / weeks_to_target
    backlog = to_clear * handle_minutes / 60
    productive = workload + backlog
    staff = productive / (1 - shrinkage)
    return StaffingNeed(
        workload_hours=workload,
        backlog_hours=backlog,
        productive_hours=productive,
        staff_hours=staff,
        fte=staff / hours_per_fte,
    )


def staffing_gap(needed_fte: float, available_fte: float) -> StaffingGap:
    """gap = needed - available (positive: people short); coverage = available / needed.

    Coverage is None when nothing is needed (any number of people covers it).
    """
    _require(needed_fte >= 0, "Needed FTE cannot be negative.")
    _require(available_fte >= 0, "Available FTE cannot be negative.")
    return StaffingGap(
        needed_fte=needed_fte,
        available_fte=available_fte,
        gap_fte=needed_fte - available_fte,
        coverage=available_fte / needed_fte if needed_fte else None,
    )


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


def _check_history(history: Sequence[WeekCount]) -> None:
    for week in history:
        _require(week.count >= 0, "Weekly counts cannot be negative.")
        _require(week.week_start.weekday() == 0, "Weeks start on a Monday.")
    for before, after in itertools.pairwise(history):
        _require(
            after.week_start - before.week_start == WEEK,
            "History must be consecutive weeks, oldest first (a week without cases is 0).",
        )


def _first_forecast_week(history: Sequence[WeekCount], first_week: date | None) -> date:
    if not history:
        _require(first_week is not None, "With no history, say which week comes first.")
        assert first_week is not None  # noqa: S101 (checked just above)
        _require(first_week.weekday() == 0, "Weeks start on a Monday.")
        return first_week
    following = history[-1].week_start + WEEK
    _require(
        first_week is None or first_week == following,
        "The forecast starts the week after the history ends.",
    )
    return following
