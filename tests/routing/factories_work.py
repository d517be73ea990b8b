"""Builders for the work pages' tests: cases waiting in a queue, and people who take them."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from backoffice.models import Role, User
from cases.models import Case
from routing.models import PresenceState, Queue
from routing.presence import presence_set
from routing.work import line_up

from ..cases.factories import CaseFactory
from ..conftest import member


def waiting_case(
    queue: Queue, *, waited: timedelta, now: datetime | None = None, **fields: Any
) -> Case:
    """A case of the queue's agency waiting in *queue* for *waited*, with its place in line."""
    now = now or timezone.now()
    created = CaseFactory(
        agency=queue.agency, queue=queue, team=queue.team, queued_at=now - waited, **fields
    )
    line_up(created)
    return Case.objects.get(pk=created.pk)


def queue_member(
    queue: Queue,
    *,
    role: str = Role.CASEWORKER,
    state: str = PresenceState.AVAILABLE,
    capacity: int = 3,
    **user_fields: Any,
) -> User:
    """A person of the queue's agency, in the queue, with the given presence and capacity."""
    user = member(queue.agency, role, **user_fields)
    queue.members.add(user)
    presence_set(user=user, state=state, actor=None, capacity=capacity)
    return user
