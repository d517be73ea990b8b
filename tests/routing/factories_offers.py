"""Set-ups for the push-queue tests: a push queue with members, presence, waiting cases.

They write rows directly (a case already waiting in line, a person idle since a given
time), the way the services would have left them; the behaviour under test goes through
the services.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from backoffice.models import Agency, Role, User
from cases.models import Case, CaseStatus, Priority
from routing import keys
from routing.models import (
    CaseSkill,
    PersonSkill,
    Presence,
    PresenceState,
    Queue,
    QueueMode,
    Skill,
    SkillSource,
)
from routing.presence import presence_set

from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from .factories import QueueFactory


def push_queue(agency: Agency, **fields: Any) -> Queue:
    fields.setdefault("mode", QueueMode.PUSH)
    fields.setdefault("offer_timeout_seconds", 120)
    return QueueFactory.create(agency=agency, **fields)


def queue_member(
    queue: Queue,
    *,
    state: str = PresenceState.AVAILABLE,
    idle_since: datetime | None = None,
    capacity: int = 3,
    **user_fields: Any,
) -> User:
    """A caseworker of the queue's agency in *queue*, in *state*, idle since *idle_since*."""
    user = member(queue.agency, Role.CASEWORKER, **user_fields)
    queue.members.add(user)
    presence_set(user=user, state=state, actor=None, capacity=capacity)
    if idle_since is not None:
        Presence.objects.filter(user=user).update(since=idle_since)
    return user


def waiting_case(
    queue: Queue,
    *,
    queued_at: datetime,
    priority: int = Priority.NORMAL,
    needs: tuple[tuple[Skill, int, bool], ...] = (),
    **fields: Any,
) -> Case:
    """A new case waiting in *queue* since *queued_at*, with the skills it *needs*."""
    case = CaseFactory.create(
        agency=queue.agency,
        service=ServiceFactory.create(agency=queue.agency),
        team=queue.team,
        queue=queue,
        queued_at=queued_at,
        created_at=queued_at,
        status=CaseStatus.NEW,
        priority=priority,
        **fields,
    )
    case.route_key = keys.route_key(case)
    Case.objects.filter(pk=case.pk).update(route_key=case.route_key)
    for skill, level, required in needs:
        CaseSkill.objects.create(case=case, skill=skill, min_level=level, required=required)
    return case


def give_skill(user: User, skill: Skill, level: int) -> None:
    PersonSkill.objects.create(user=user, skill=skill, level=level, source=SkillSource.SUPERVISOR)


def held_case(queue: Queue, user: User, **fields: Any) -> Case:
    """A case *user* already works on (counts against their capacity)."""
    return CaseFactory.create(
        agency=queue.agency, team=queue.team, assignee=user, status=CaseStatus.OPEN, **fields
    )


MINUTE = timedelta(minutes=1)
