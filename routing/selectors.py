"""Reads of the routing app shared by its pages: the supervisors' wallboard.

The wallboard is computed in a fixed number of queries whatever the number of queues,
people and cases: the figures of every queue come from grouped aggregates in SQL, each
person's load and pickups from correlated subqueries. Python only adds up the rows the
database already grouped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, IntegerField, Min, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce

from backoffice.models import Agency, Membership, Team, User
from cases.models import Case, SlaState

from .models import AwayReason, Pickup, PresenceState, Queue
from .presence import day_bounds
from .work import IN_PROGRESS_STATUSES, duration_text, waiting_cases

STATES = tuple(PresenceState.values)
RISKY = (SlaState.AT_RISK, SlaState.BREACHED)


def _people_by_state() -> dict[str, int]:
    return dict.fromkeys(STATES, 0)


@dataclass(frozen=True)
class QueueFigures:
    """One queue's line and work right now, and what it picked up today."""

    queue: Queue
    waiting: int = 0  # in line, snoozed ones included
    snoozed: int = 0  # in line but not given out before their time
    oldest_queued_at: datetime | None = None
    oldest_wait: timedelta | None = None
    picked_up_today: int = 0
    waited_today: timedelta = timedelta(0)  # the sum of today's waits
    in_progress: int = 0
    at_risk: int = 0  # at risk or breached, waiting or in progress
    people: dict[str, int] = field(default_factory=_people_by_state)  # members by state

    @property
    def average_wait_today(self) -> timedelta | None:
        return self.waited_today / self.picked_up_today if self.picked_up_today else None

    @property
    def oldest_wait_text(self) -> str:
        return _text(self.oldest_wait)

    @property
    def average_wait_today_text(self) -> str:
        return _text(self.average_wait_today)


@dataclass(frozen=True)
class PersonFigures:
    """One person's presence and work."""

    user: User
    state: str
    reason: str
    since: datetime | None  # None: never set a presence (counted Offline)
    time_in_state: timedelta | None
    capacity: int | None
    in_progress: int
    handled_today: int
    missed_offers: int
    queues: tuple[str, ...]

    @property
    def state_label(self) -> str:
        return str(PresenceState(self.state).label)

    @property
    def reason_label(self) -> str:
        return str(AwayReason(self.reason).label) if self.reason else ""

    @property
    def time_in_state_text(self) -> str:
        return _text(self.time_in_state)

    @property
    def at_capacity(self) -> bool:
        return self.capacity is not None and self.in_progress >= self.capacity


@dataclass(frozen=True)
class Wallboard:
    """The figures of an agency's active queues (of one team, if chosen) and their people."""

    now: datetime
    queues: list[QueueFigures]
    people: list[PersonFigures]

    @property
    def people_by_state(self) -> dict[str, int]:
        counts = _people_by_state()
        counts.update(Counter(person.state for person in self.people))
        return counts

    @property
    def waiting(self) -> int:
        return sum(q.waiting for q in self.queues)

    @property
    def in_progress(self) -> int:
        return sum(q.in_progress for q in self.queues)

    @property
    def at_risk(self) -> int:
        return sum(q.at_risk for q in self.queues)

    @property
    def picked_up_today(self) -> int:
        return sum(q.picked_up_today for q in self.queues)

    @property
    def average_wait_today(self) -> timedelta | None:
        count = self.picked_up_today
        if not count:
            return None
        return sum((q.waited_today for q in self.queues), timedelta(0)) / count

    @property
    def average_wait_today_text(self) -> str:
        return _text(self.average_wait_today)

    @property
    def oldest(self) -> QueueFigures | None:
        """The queue whose oldest case has waited longest."""
        waiting = [q for q in self.queues if q.oldest_queued_at is not None]
        return min(waiting, key=lambda q: (q.oldest_queued_at, q.queue.pk)) if waiting else None


def _text(span: timedelta | None) -> str:
    return duration_text(span) if span is not None else ""


def _since(now: datetime, moment: datetime | None) -> timedelta | None:
    return max(now - moment, timedelta(0)) if moment is not None else None


def wallboard_queues(*, agency: Agency, team: Team | None = None) -> QuerySet[Queue]:
    """The agency's active queues (of *team* if given), by team and name."""
    queues = Queue.objects.filter(agency=agency, is_active=True).select_related("team")
    if team is not None:
        queues = queues.filter(team=team)
    return queues.order_by("team__name", "name", "pk")


def wallboard_teams(*, agency: Agency) -> QuerySet[Team]:
    """The teams that have an active queue: the wallboard's filter choices."""
    return (
        Team.objects.filter(agency=agency, queues__is_active=True).distinct().order_by("name", "pk")
    )


def wallboard(*, agency: Agency, now: datetime, team: Team | None = None) -> Wallboard:
    """Live figures per queue and per person, for the supervisors' wallboard.

    Per active queue: cases waiting in line (snoozed ones included, and counted apart),
    since when the oldest waits, cases picked up since the start of the agency's local
    day and their average wait, cases in progress (held, new, open or in progress),
    cases at service-level risk or breached among those waiting and in progress, and
    its members by presence state. Per person (a member of those queues, or someone of
    the agency, of *team* if given, with a presence): state, reason, since when, cases
    in progress against their capacity (all their cases, as capacity counts them),
    cases picked up today in this agency, and offers missed in a row. Five queries.
    """
    day_start, day_end = day_bounds(now.astimezone(agency.zone).date(), agency.zone)
    queues = list(wallboard_queues(agency=agency, team=team))
    queue_ids = [queue.pk for queue in queues]
    lines = _lines(queue_ids, now)
    pickups = _pickup_figures(agency, queue_ids, day_start, day_end)
    members = list(
        Queue.members.through.objects.filter(queue_id__in=queue_ids).values_list(
            "queue_id", "user_id"
        )
    )
    names = {queue.pk: queue.name for queue in queues}
    people = _people(agency, team, names, members, (day_start, day_end), now)
    state_of = {person.user.pk: person.state for person in people}
    by_queue: dict[int, dict[str, int]] = defaultdict(_people_by_state)
    for queue_id, user_id in members:
        if user_id in state_of:  # active people only
            by_queue[queue_id][state_of[user_id]] += 1
    figures = [
        _queue_figures(
            queue,
            lines.get(queue.pk, _Line()),
            pickups.get(queue.pk, _Pickups()),
            by_queue[queue.pk],
            now,
        )
        for queue in queues
    ]
    return Wallboard(now=now, queues=figures, people=people)


@dataclass(frozen=True)
class _Line:
    waiting: int = 0
    snoozed: int = 0
    oldest_queued_at: datetime | None = None
    in_progress: int = 0
    at_risk: int = 0


@dataclass(frozen=True)
class _Pickups:
    count: int = 0
    waited: timedelta = timedelta(0)


def _queue_figures(
    queue: Queue, line: _Line, done: _Pickups, people: dict[str, int], now: datetime
) -> QueueFigures:
    return QueueFigures(
        queue=queue,
        waiting=line.waiting,
        snoozed=line.snoozed,
        oldest_queued_at=line.oldest_queued_at,
        oldest_wait=_since(now, line.oldest_queued_at),
        picked_up_today=done.count,
        waited_today=done.waited,
        in_progress=line.in_progress,
        at_risk=line.at_risk,
        people=people,
    )


def _lines(queue_ids: list[int], now: datetime) -> dict[int, _Line]:
    """Waiting, snoozed, oldest wait, in progress and at risk per queue: one grouped query."""
    waiting = waiting_cases()
    held = Q(assignee__isnull=False)
    rows = (
        Case.objects.filter(queue_id__in=queue_ids, status__in=IN_PROGRESS_STATUSES)
        .filter(waiting | held)
        .values_list("queue_id")
        .annotate(
            waiting=Count("pk", filter=waiting),
            snoozed=Count("pk", filter=waiting & Q(snoozed_until__gt=now)),
            oldest_queued_at=Min("queued_at", filter=waiting),
            in_progress=Count("pk", filter=held),
            at_risk=Count("pk", filter=Q(sla_state__in=RISKY)),
        )
        .order_by()
    )
    return {queue_id: _Line(*figures) for queue_id, *figures in rows}


def _pickup_figures(
    agency: Agency, queue_ids: list[int], start: datetime, end: datetime
) -> dict[int, _Pickups]:
    """How many cases each queue gave out in the local day, and their summed wait."""
    rows = (
        Pickup.objects.filter(
            agency=agency, queue_id__in=queue_ids, picked_at__gte=start, picked_at__lt=end
        )
        .values_list("queue_id")
        .annotate(count=Count("pk"), waited=Sum("waited"))
        .order_by()
    )
    return {queue_id: _Pickups(count, waited) for queue_id, count, waited in rows}


def _count(queryset: QuerySet[Case] | QuerySet[Pickup], key: str) -> Coalesce:
    """A correlated COUNT(*) of *queryset* grouped by *key*, zero when there are none."""
    counted = queryset.order_by().values(key).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _people(
    agency: Agency,
    team: Team | None,
    names: dict[int, str],
    members: list[tuple[int, int]],
    today: tuple[datetime, datetime],
    now: datetime,
) -> list[PersonFigures]:
    start, end = today
    staff = Membership.objects.filter(agency=agency)
    if team is not None:
        staff = staff.filter(team=team)
    member_ids = Queue.members.through.objects.filter(queue_id__in=list(names)).values("user_id")
    users = (
        User.objects.filter(is_active=True)
        .filter(Q(pk__in=member_ids) | Q(pk__in=staff.values("user_id"), presence__isnull=False))
        .select_related("presence")
        .annotate(
            load=_count(
                Case.objects.filter(assignee=OuterRef("pk"), status__in=IN_PROGRESS_STATUSES),
                "assignee",
            ),
            handled_today=_count(
                Pickup.objects.filter(
                    user=OuterRef("pk"), agency=agency, picked_at__gte=start, picked_at__lt=end
                ),
                "user",
            ),
        )
        .order_by("full_name", "pk")
    )
    queues_of: dict[int, list[str]] = defaultdict(list)
    for queue_id, user_id in members:
        queues_of[user_id].append(names[queue_id])
    return [_person(user, sorted(queues_of[user.pk]), now) for user in users]


def _person(user: User, queues: list[str], now: datetime) -> PersonFigures:
    presence = getattr(user, "presence", None)
    since = presence.since if presence else None
    return PersonFigures(
        user=user,
        state=presence.state if presence else PresenceState.OFFLINE,
        reason=presence.reason if presence else "",
        since=since,
        time_in_state=_since(now, since),
        capacity=presence.capacity if presence else None,
        in_progress=user.load,  # type: ignore[attr-defined]
        handled_today=user.handled_today,  # type: ignore[attr-defined]
        missed_offers=presence.missed_offers if presence else 0,
        queues=tuple(queues),
    )
