"""A waiting case's place in line, and whether a person's skills let them take it.

Both are pure: they read the case, its queue and the person's levels, and touch no
database, so the order of picks and the relaxation of skills are tested on hand-built
cases.

The score of a waiting case is its waiting time, plus one queue-set weight per priority
step above low, plus its service-level urgency (at risk counts as ``sla_risk_minutes``
of waiting, breached as twice that). Stored as ``route_key = queued_at - weights``, the
score is ``now - route_key``: the oldest key is the best case, which one index serves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from cases.models import Case, CaseStatus, Priority, SlaState

if TYPE_CHECKING:
    from .models import Queue


def weight(*, priority: int, sla_state: str, queue: Queue) -> timedelta:
    """How much waiting the case's priority and service-level urgency are worth."""
    minutes = (priority - Priority.LOW) * queue.priority_step_minutes
    if sla_state == SlaState.AT_RISK:
        minutes += queue.sla_risk_minutes
    elif sla_state == SlaState.BREACHED:
        minutes += 2 * queue.sla_risk_minutes
    return timedelta(minutes=minutes)


def route_key(case: Case) -> datetime | None:
    """The case's place in line, or None when it is not waiting in a queue.

    Waiting means new or open, held by nobody, in a queue.
    """
    if case.assignee_id is not None or case.queue_id is None or case.queued_at is None:
        return None
    if case.status not in (CaseStatus.NEW, CaseStatus.OPEN):
        return None
    assert case.queue is not None  # noqa: S101 (queue_id is set)
    return case.queued_at - weight(
        priority=case.priority, sla_state=case.sla_state, queue=case.queue
    )


def score(case: Case, now: datetime) -> timedelta:
    """The case's score: waiting time plus its weights (larger is more urgent)."""
    key = route_key(case)
    return now - key if key is not None else timedelta(0)


@dataclass(frozen=True)
class Need:
    """One skill a case needs: its minimum level, and whether it is required or preferred."""

    skill_id: int
    min_level: int
    required: bool = True


def needed_levels(needs: Iterable[Need], *, waited: timedelta, queue: Queue) -> dict[int, int]:
    """The levels a case needs after waiting *waited*: skill id -> minimum level.

    Every ``relax_level_after_minutes`` of waiting lowers each minimum by one step, down
    to level 1 (0 minutes: never lowered). Preferred skills count as needed only while
    the wait is under ``drop_preferred_after_minutes``; after that only required ones do.
    """
    relax = queue.relax_level_after_minutes
    steps = int(waited // timedelta(minutes=relax)) if relax else 0
    preferred_count = waited < timedelta(minutes=queue.drop_preferred_after_minutes)
    levels: dict[int, int] = {}
    for need in needs:
        if need.required or preferred_count:
            levels[need.skill_id] = max(1, need.min_level - steps)
    return levels


def qualifies(
    levels: dict[int, int], needs: Iterable[Need], *, waited: timedelta, queue: Queue
) -> bool:
    """Whether someone with *levels* (skill id -> level) may take the case now."""
    needed = needed_levels(needs, waited=waited, queue=queue)
    return all(levels.get(skill_id, 0) >= level for skill_id, level in needed.items())
