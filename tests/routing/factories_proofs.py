"""Builders for the proofs of the routing core: people at a desk, and cases placed in line.

A person is a caseworker (or supervisor) of the agency, a member of the given queues,
with levels set through the skill service and a presence set through the presence
service. A waiting case is written directly, its place in line computed by
:func:`routing.keys.route_key`, so a test states exactly how long each case has waited.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import time_machine

from backoffice.models import Agency, Role, User
from cases.models import Case, CaseStatus, Priority, Service, SlaState
from routing import keys
from routing.models import CaseSkill, PresenceState, Queue
from routing.presence import presence_set
from routing.services import skill_level_set

from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member

# factory-boy types `QueueFactory()` as the factory, so the builders take queues and skills
# as Any; they are Queue and Skill rows.
# (skill, minimum level, required)
Needs = Iterable[tuple[Any, int, bool]]
# Monday 2 March 2026, 09:00 in Chicago (the factories' zone; daylight time starts on the 8th).
START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


class Clock:
    """The time every service sees: frozen, moved only forward by the test."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start
        self._travel = time_machine.travel(start, tick=False)

    def __enter__(self) -> Clock:
        self._shift = self._travel.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._travel.stop()

    def to(self, moment: datetime) -> datetime:
        assert moment >= self.now, "the clock only goes forward"
        self._shift.move_to(moment)
        self.now = moment
        return moment

    def forward(self, span: timedelta) -> datetime:
        return self.to(self.now + span)


def person(
    agency: Agency,
    *,
    queues: Iterable[Any] = (),
    capacity: int = 3,
    state: str = PresenceState.AVAILABLE,
    levels: dict[Any, int] | None = None,
    role: str = Role.CASEWORKER,
    **user_fields: Any,
) -> User:
    """A member of *agency* in *queues*, with *levels* and the given presence."""
    user: User = member(agency, role, **user_fields)
    for queue in queues:
        queue.members.add(user)
    for skill, level in (levels or {}).items():
        skill_level_set(user=user, skill=skill, level=level, actor=None)
    presence_set(user=user, state=state, actor=None, capacity=capacity)
    return user


def waiting_case(
    queue: Queue,
    *,
    now: datetime,
    waited: timedelta,
    priority: int = Priority.NORMAL,
    sla_state: str = SlaState.NONE,
    needs: Needs = (),
    service: Service | None = None,
    **fields: Any,
) -> Case:
    """A new case nobody holds, waiting in *queue* since ``now - waited``."""
    case: Any = CaseFactory(
        agency=queue.agency,
        service=service or ServiceFactory(agency=queue.agency),
        team=queue.team,
        queue=queue,
        queued_at=now - waited,
        priority=priority,
        sla_state=sla_state,
        status=CaseStatus.NEW,
        created_at=now - waited,
        updated_at=now - waited,
        **fields,
    )
    case.route_key = keys.route_key(case)
    Case.objects.filter(pk=case.pk).update(route_key=case.route_key)
    CaseSkill.objects.bulk_create(
        CaseSkill(case=case, skill=skill, min_level=level, required=required)
        for skill, level, required in needs
    )
    assert isinstance(case, Case)
    return case
