"""Builders for Get next case under load: lines of waiting cases and people ready to take them.

Hundreds of cases are written with bulk inserts, each with the place in line
``routing.keys.route_key`` gives it, as ``case_open`` would have stored it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from itertools import count

from backoffice.models import Agency, Role, User
from cases.models import Case, CaseStatus, Channel, Priority, Service
from routing import keys
from routing.models import CaseSkill, PersonSkill, PresenceState, Queue, Skill, SkillSource
from routing.presence import presence_set

from ..backoffice.factories import MembershipFactory, UserFactory

# One skill need of a case: (skill, minimum level, required).
NeedSpec = tuple[Skill, int, bool]
_references = count(1)


def waiting_line(
    *,
    queues: Sequence[Queue],
    service: Service,
    total: int,
    now: datetime,
    needs: Callable[[int], list[NeedSpec]] = lambda n: [],
) -> list[Case]:
    """*total* waiting cases dealt round the queues, one a minute older each, with their needs.

    Priorities cycle through low to urgent, so places in line interleave across ages;
    ``needs(n)`` gives the skills the n-th case needs.
    """
    priorities = list(Priority.values)
    cases = []
    for n in range(total):
        queue = queues[n % len(queues)]
        case = Case(
            agency=service.agency,
            service=service,
            reference=f"{service.agency.case_prefix}-LINE-{next(_references):07d}",
            channel=Channel.WEB,
            subject=f"Waiting case {n}",
            status=CaseStatus.NEW,
            priority=priorities[n % len(priorities)],
            queue=queue,
            queued_at=now - timedelta(minutes=n % 240, seconds=n),
            created_at=now - timedelta(minutes=n % 240, seconds=n),
        )
        case.route_key = keys.route_key(case)
        cases.append(case)
    created = Case.objects.bulk_create(cases)
    CaseSkill.objects.bulk_create(
        CaseSkill(case=case, skill=skill, min_level=level, required=required)
        for n, case in enumerate(created)
        for skill, level, required in needs(n)
    )
    return created


def claimer(
    agency: Agency,
    *,
    queues: Sequence[Queue],
    capacity: int,
    levels: dict[Skill, int] | None = None,
) -> User:
    """A caseworker of *agency*, Available with *capacity*, member of *queues*, with *levels*."""
    user = UserFactory.create()
    MembershipFactory.create(user=user, agency=agency, role=Role.CASEWORKER)
    for queue in queues:
        queue.members.add(user)
    PersonSkill.objects.bulk_create(
        PersonSkill(user=user, skill=skill, level=level, source=SkillSource.SUPERVISOR)
        for skill, level in (levels or {}).items()
    )
    presence_set(user=user, state=PresenceState.AVAILABLE, actor=user, capacity=capacity)
    return user
