"""The service-level clock of a case: due times, escalation thresholds and state.

Pure functions over a case's stored clock fields, its policy and a :class:`Calendar`;
the services in :mod:`cases.services.sla` decide when to call them and save the result.

The rules:

- The first-response clock starts when the case is opened; the resolution clock starts
  then too, and again (a new *round*) each time the case is reopened.
- Targets count business time (while the agency's calendar is open) or calendar time,
  as the policy says. Time spent in a pausing status (waiting on the customer or on a
  third party) does not count: it is added to the case's paused time on resuming, and
  every due time is ``start + target + paused``.
- Each target climbs a ladder: level 1 at the warning threshold (by default 75% of the
  target used), level 2 at the due time, level 3 a set time after it (optional).
- Once the first response is made its due time is frozen; so is every due time of a
  case that is no longer open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .calendar import Calendar, add_business_time, business_time_between
from .models.case import OPEN_STATUSES, CaseStatus
from .models.sla import EscalationLevel, SlaBasis, SlaState, SlaTarget

if TYPE_CHECKING:
    from .models import Case, SlaPolicy

ZERO = timedelta(0)
SEVERITY = {SlaState.ON_TRACK: 0, SlaState.AT_RISK: 1, SlaState.BREACHED: 2}


@dataclass(frozen=True)
class Threshold:
    target: str
    level: int
    at: datetime


def clock_add(policy: SlaPolicy, cal: Calendar, start: datetime, duration: timedelta) -> datetime:
    """*duration* of the policy's kind of time after *start*."""
    if policy.basis == SlaBasis.CALENDAR:
        return start + duration
    return add_business_time(cal, start, duration)


def clock_between(policy: SlaPolicy, cal: Calendar, a: datetime, b: datetime) -> timedelta:
    """The policy's kind of time from *a* to *b* (negative when *b* is earlier)."""
    if policy.basis == SlaBasis.CALENDAR:
        return b - a
    return business_time_between(cal, a, b)


def paused_time(case: Case, policy: SlaPolicy) -> timedelta:
    if policy.basis == SlaBasis.CALENDAR:
        return case.sla_paused_calendar
    return case.sla_paused_business


def response_is_live(case: Case) -> bool:
    """Whether the first-response target still runs: not yet responded, case open."""
    return case.first_response_at is None and case.status in OPEN_STATUSES


def due_times(
    case: Case, policy: SlaPolicy, cal: Calendar
) -> tuple[datetime | None, datetime | None]:
    """The first-response and resolution due times, paused time included.

    A due time that is frozen (response made, or the response clock of a reopened
    case) keeps its stored value.
    """
    paused = paused_time(case, policy)
    response_due = case.response_due_at
    if policy.response_target is None:
        response_due = None
    elif case.first_response_at is None and case.sla_round == 1:
        response_due = clock_add(policy, cal, case.created_at, policy.response_target + paused)
    resolution_due = None
    if policy.resolution_target is not None:
        start = case.sla_started_at or case.created_at
        resolution_due = clock_add(policy, cal, start, policy.resolution_target + paused)
    return response_due, resolution_due


def _ladder(
    policy: SlaPolicy,
    cal: Calendar,
    *,
    target: str,
    start: datetime,
    length: timedelta,
    due: datetime,
    paused: timedelta,
) -> list[Threshold]:
    warning = clock_add(policy, cal, start, length * policy.warning_percent / 100 + paused)
    ladder = [
        Threshold(target, EscalationLevel.WARNING, min(warning, due)),
        Threshold(target, EscalationLevel.BREACH, due),
    ]
    if policy.escalate_after:
        ladder.append(
            Threshold(
                target,
                EscalationLevel.ESCALATED,
                clock_add(policy, cal, due, policy.escalate_after),
            )
        )
    return ladder


def thresholds(case: Case, policy: SlaPolicy, cal: Calendar) -> list[Threshold]:
    """Every rung of the ladders of the targets still running, in time order."""
    if case.status not in OPEN_STATUSES:
        return []
    paused = paused_time(case, policy)
    found: list[Threshold] = []
    if response_is_live(case) and policy.response_target and case.response_due_at:
        found += _ladder(
            policy,
            cal,
            target=SlaTarget.RESPONSE,
            start=case.created_at,
            length=policy.response_target,
            due=case.response_due_at,
            paused=paused if case.sla_round == 1 else ZERO,
        )
    if policy.resolution_target and case.resolution_due_at:
        found += _ladder(
            policy,
            cal,
            target=SlaTarget.RESOLUTION,
            start=case.sla_started_at or case.created_at,
            length=policy.resolution_target,
            due=case.resolution_due_at,
            paused=paused,
        )
    return sorted(found, key=lambda threshold: (threshold.at, threshold.level))


def state_at(
    case: Case,
    policy: SlaPolicy | None,
    cal: Calendar,
    moment: datetime,
    ladder: list[Threshold] | None = None,
) -> str:
    """The case's service-level state at *moment* (a paused clock is read where it stopped).

    *ladder* is the case's :func:`thresholds`, when the caller has them already.
    """
    if policy is None:
        return SlaState.NONE
    if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        return _outcome(case)
    if case.status not in OPEN_STATUSES:
        return SlaState.NONE
    moment = case.sla_paused_at or moment
    state = SlaState.ON_TRACK
    responded = case.first_response_at
    if responded and case.response_due_at and responded > case.response_due_at:
        state = SlaState.BREACHED
    for threshold in thresholds(case, policy, cal) if ladder is None else ladder:
        if threshold.at > moment:
            continue
        reached = (
            SlaState.AT_RISK if threshold.level == EscalationLevel.WARNING else SlaState.BREACHED
        )
        if SEVERITY[reached] > SEVERITY[state]:
            state = reached
    return state


def _outcome(case: Case) -> str:
    finished = case.resolved_at or case.closed_at
    due = case.resolution_due_at
    if due is None:
        # Only a response target: judged by the first response.
        due, finished = case.response_due_at, case.first_response_at or finished
    if due is None or finished is None:
        return SlaState.NONE
    return SlaState.MET if finished <= due else SlaState.MISSED


def next_check(
    case: Case,
    policy: SlaPolicy | None,
    cal: Calendar,
    reached: set[tuple[str, int]],
    ladder: list[Threshold] | None = None,
) -> datetime | None:
    """The first rung not yet reached; None while the clock is paused or has stopped."""
    if policy is None or case.sla_paused_at is not None:
        return None
    if ladder is None:
        ladder = thresholds(case, policy, cal)
    pending = [t.at for t in ladder if (t.target, t.level) not in reached]
    return min(pending, default=None)


def next_due(case: Case) -> tuple[str, datetime] | None:
    """The target the case is working towards now and its due time."""
    if case.status not in OPEN_STATUSES:
        return None
    if response_is_live(case) and case.response_due_at:
        return SlaTarget.RESPONSE, case.response_due_at
    if case.resolution_due_at:
        return SlaTarget.RESOLUTION, case.resolution_due_at
    return None


def remaining(case: Case, cal: Calendar, moment: datetime) -> tuple[str, timedelta] | None:
    """The time left to the next due time (negative once overdue), counted as the policy says.

    A paused clock shows what was left when it stopped.
    """
    policy = case.sla_policy
    due = next_due(case)
    if policy is None or due is None:
        return None
    target, at = due
    return target, clock_between(policy, cal, case.sla_paused_at or moment, at)
