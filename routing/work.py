"""Giving waiting cases to people: Get next case, capacity, and what every hand-over records.

Whichever way a case leaves its queue (Get next case, an accepted offer, an assignment,
taking it from a list), :func:`picked_up` records how long it waited, takes it out of the
line and withdraws any pending offer; whenever someone's work changes,
:func:`workload_changed` keeps their presence honest (Busy at capacity, Available again
when capacity frees up, if capacity was what made them Busy).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.errors import DomainError
from backoffice.models import Agency, User
from cases.models import Case, CaseEvent, CaseStatus, EventKind

from . import keys
from .models import (
    CaseSkill,
    Offer,
    OfferStatus,
    PersonSkill,
    Pickup,
    Presence,
    PresenceState,
    Queue,
    QueueMode,
)
from .presence import presence_of, presence_set

# A case in one of these statuses, held by nobody and in a queue, can be given out.
WAITING_STATUSES = (CaseStatus.NEW, CaseStatus.OPEN)
# The cases that take up a person's capacity. Cases waiting on the customer or a third
# party do not: their clock is paused and nobody works them until the answer comes.
IN_PROGRESS_STATUSES = (CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.IN_PROGRESS)
# Candidates are read in pages that grow, so a person whose skills fit only cases deep in
# a long queue costs a few queries, not one per case.
FIRST_PAGE = 20
LARGEST_PAGE = 2000


def load_of(user: User) -> int:
    """How many cases the person has in progress (what counts against their capacity)."""
    return Case.objects.filter(assignee=user, status__in=IN_PROGRESS_STATUSES).count()


def waiting_cases() -> Q:
    """The condition of a case anyone could be given: in a queue, held by nobody."""
    return Q(assignee__isnull=True, route_key__isnull=False, status__in=WAITING_STATUSES)


def levels_of(user: User) -> dict[int, int]:
    return dict(PersonSkill.objects.filter(user=user).values_list("skill_id", "level"))


def needs_of(case_ids: list[int]) -> dict[int, list[keys.Need]]:
    needs: dict[int, list[keys.Need]] = defaultdict(list)
    rows = CaseSkill.objects.filter(case_id__in=case_ids).values_list(
        "case_id", "skill_id", "min_level", "required"
    )
    for case_id, skill_id, min_level, required in rows:
        needs[case_id].append(keys.Need(skill_id, min_level, required))
    return needs


# One queue's line from a place in it on, best first: an index range scan of
# case_queue_line (queue_id, route_key), whose condition (assignee_id IS NULL AND
# route_key IS NOT NULL) this one repeats so the planner may use it. The columns are
# everything keys.score reads, so scoring a candidate costs no query.
QUEUE_LINE_SQL = """
    SELECT id, route_key, queued_at, queue_id, priority, sla_state, status, assignee_id
    FROM cases_case
    WHERE queue_id = %s AND assignee_id IS NULL AND route_key IS NOT NULL
      AND status IN ({statuses})
      AND (snoozed_until IS NULL OR snoozed_until <= %s)
      AND NOT EXISTS (
          SELECT 1 FROM routing_decline
          WHERE routing_decline.case_id = cases_case.id AND routing_decline.user_id = %s
      ){after}
    ORDER BY route_key, id
    LIMIT %s
"""
# Past the last case read; the bound on route_key alone is where the index scan starts.
AFTER_SQL = "\n      AND route_key >= %s AND (route_key > %s OR id > %s)"


def _queue_line(
    queue_id: int, user: User, now: datetime, size: int, after: tuple[datetime, int] | None
) -> tuple[str, list[object]]:
    """One queue's line as SQL with its parameters: *size* cases, after *after* if given."""
    adapt = connection.ops.adapt_datetimefield_value
    sql = QUEUE_LINE_SQL.format(
        statuses=", ".join(["%s"] * len(WAITING_STATUSES)), after=AFTER_SQL if after else ""
    )
    params: list[object] = [queue_id, *WAITING_STATUSES, adapt(now), user.pk]
    if after is not None:
        params += [adapt(after[0]), adapt(after[0]), after[1]]
    return sql, [*params, size]


def _line(queues: list[Queue], user: User, now: datetime) -> Iterator[Case]:
    """The cases of *queues* this person has not declined, not snoozed, in key order.

    Read in pages that grow, each page one statement: the best *size* cases of each
    queue past the last case read, merged and cut to the best *size* by the database.
    Written in SQL rather than built with the ORM on every press: building and
    compiling one query per queue cost more than the rest of a press together (see
    docs/performance.md, "Get next case").
    """
    by_id = {queue.pk: queue for queue in queues}
    size = FIRST_PAGE
    after: tuple[datetime, int] | None = None
    while by_id:
        parts = [_queue_line(queue_id, user, now, size, after) for queue_id in by_id]
        sql = " UNION ALL ".join(  # constant SQL only: the values are all parameters
            f"SELECT * FROM ({part}) AS line_{n}"  # noqa: S608
            for n, (part, _params) in enumerate(parts)
        )
        params = [value for _part, values in parts for value in values]
        found = list(Case.objects.raw(f"{sql} ORDER BY route_key, id LIMIT %s", [*params, size]))
        for case in found:
            assert case.queue_id is not None  # noqa: S101 (filtered on)
            case.queue = by_id[case.queue_id]
        yield from found
        if len(found) < size:
            return
        last = found[-1]
        assert last.route_key is not None  # noqa: S101 (filtered on)
        after = (last.route_key, last.pk)
        size = min(size * 5, LARGEST_PAGE)


def candidates(user: User, queues: list[Queue], *, now: datetime) -> Iterator[Case]:
    """The waiting cases of *queues* the person qualifies for, best first.

    The line is read lazily, page by page; skills are checked with the relaxation of
    each case's wait.
    """
    levels = levels_of(user)
    for batch in itertools.batched(_line(queues, user, now), FIRST_PAGE):
        needs = needs_of([case.pk for case in batch])
        for case in batch:
            assert case.queued_at is not None  # noqa: S101 (waiting cases are queued)
            assert case.queue is not None  # noqa: S101
            waited = max(now - case.queued_at, timedelta(0))
            if keys.qualifies(levels, needs[case.pk], waited=waited, queue=case.queue):
                yield case


def pull_queues(user: User, agency: Agency | None = None) -> list[Queue]:
    """The active pull queues the person is a member of, in *agency* when given."""
    queues = Queue.objects.filter(members=user, is_active=True, mode=QueueMode.PULL)
    if agency is not None:
        queues = queues.filter(agency=agency)
    return list(queues.order_by("pk"))


def _free_capacity(user: User) -> tuple[Presence, int]:
    """The person's presence, locked, and how many more cases they may hold.

    The lock serialises whatever changes one person's load, so two presses of Get next
    case by one person (two tabs) cannot both take their last free place.
    """
    presence = Presence.objects.select_for_update().filter(user=user).first()
    if presence is None:
        presence_of(user)
        presence = Presence.objects.select_for_update().get(user=user)
    return presence, presence.capacity - load_of(user)


def check_can_take(presence: Presence, free: int) -> None:
    if presence.state in (PresenceState.OFFLINE, PresenceState.AWAY):
        raise DomainError(
            _("You are %(state)s. Set yourself Available to take cases.")
            % {"state": presence.get_state_display()},
            code="conflict",
        )
    if free <= 0:
        raise DomainError(
            _("You already have %(count)d cases in progress, your capacity.")
            % {"count": presence.capacity},
            code="conflict",
        )


@dataclass
class Pick:
    """The case Get next case gave, and why it was next."""

    case: Case
    waited: timedelta
    score: timedelta


def _claim(case_ids: list[int], user: User, now: datetime) -> Case | None:
    """Take the best of *case_ids* nobody else holds or is taking right now.

    On PostgreSQL the rows come from ``SELECT ... FOR UPDATE SKIP LOCKED``, so concurrent
    claimers each lock a different case instead of queueing behind one, and a case
    another claimer took since the candidates were read no longer matches; the UPDATE is
    conditional on ``assignee IS NULL`` all the same, which is what makes the claim safe
    on SQLite too (its single writer serialises the transactions).
    """
    while case_ids:
        case = (
            Case.objects.select_for_update(skip_locked=True)
            .filter(waiting_cases(), pk__in=case_ids)
            .order_by("route_key", "id")
            .first()
        )
        if case is None:
            return None
        taken = Case.objects.filter(pk=case.pk, assignee__isnull=True).update(
            assignee=user, status=CaseStatus.OPEN, route_key=None, updated_at=now
        )
        if taken:
            case.assignee, case.status, case.route_key = user, CaseStatus.OPEN, None
            case.updated_at = now
            return case
        case_ids = [pk for pk in case_ids if pk != case.pk]
    return None


def _take_best(user: User, queues: list[Queue], now: datetime) -> tuple[Case, Case] | None:
    """Claim the best case the person may take: (the claimed case, it as a candidate).

    Candidates are tried a page at a time. With many people pressing at once, every case
    of the first page may be taken, or being taken, by someone else by the time this
    claim locks; then the next page is tried, so nobody is told there is nothing to take
    while cases they may take are still waiting. None when the line is exhausted.
    """
    for page in itertools.batched(candidates(user, queues, now=now), FIRST_PAGE):
        by_id = {case.pk: case for case in page}
        claimed = _claim(list(by_id), user, now)
        if claimed is not None:
            candidate = by_id[claimed.pk]
            claimed.queue = candidate.queue  # the person's queue, already read
            return claimed, candidate
    return None


@transaction.atomic
def case_take_next(
    *, user: User, agency: Agency | None = None, now: datetime | None = None
) -> Pick | None:
    """Get next case: give the person the best waiting case they may take, or None.

    Refused (DomainError) when the person is Away or Offline, or at capacity, or in no
    pull queue. Looks across the person's pull queues (only those of *agency* when given:
    the page and the API pass the agency the person is working in), skips cases they
    declined or that are snoozed, checks skills with the relaxation the wait has earned,
    and claims the best one. The timeline says how long it waited; the pickup is recorded.
    """
    now = now or timezone.now()
    presence, free = _free_capacity(user)
    check_can_take(presence, free)
    queues = pull_queues(user, agency)
    if not queues:
        raise DomainError(_("You are not a member of any queue to take cases from."))
    best = _take_best(user, queues, now)
    if best is None:
        return None
    case, candidate = best
    score = keys.score(candidate, now)
    assert case.queued_at is not None  # noqa: S101 (it was waiting)
    waited = now - case.queued_at
    picked_up(case, user=user, method="next", queued_at=case.queued_at, now=now)
    CaseEvent.objects.create(
        case=case,
        kind=EventKind.ASSIGNED,
        actor=user,
        occurred_at=now,
        summary=_("Taken with Get next case from %(queue)s after waiting %(wait)s")
        % {"queue": case.queue, "wait": duration_text(waited)},
        data={
            "assignee": [None, user.pk],
            "queue": case.queue_id,
            "waited_seconds": int(waited.total_seconds()),
            "score_minutes": int(score.total_seconds() // 60),
        },
    )
    workload_changed(user, presence=presence, now=now)
    return Pick(case=case, waited=waited, score=score)


def duration_text(span: timedelta) -> str:
    """A short human duration: 45 s, 12 min, 3 h 5 min, 2 d 4 h."""
    seconds = max(int(span.total_seconds()), 0)
    if seconds < 60:
        return _("%(n)d s") % {"n": seconds}
    minutes = seconds // 60
    if minutes < 60:
        return _("%(n)d min") % {"n": minutes}
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _("%(h)d h %(m)d min") % {"h": hours, "m": minutes}
    days, hours = divmod(hours, 24)
    return _("%(d)d d %(h)d h") % {"d": days, "h": hours}


# Book-keeping shared by every way a case is given out ------------------------------------


def picked_up(case: Case, *, user: User, method: str, queued_at: datetime, now: datetime) -> None:
    """A waiting case went to *user*: record the pickup and withdraw every pending offer.

    Offers are withdrawn whoever holds them: an accepted offer is no longer pending, and
    an offer still pending to *user* is moot once a supervisor assigned them the case.
    """
    if case.queue_id is not None:
        Pickup.objects.create(
            agency_id=case.agency_id,
            queue_id=case.queue_id,
            case=case,
            user=user,
            method=method,
            queued_at=queued_at,
            picked_at=now,
            waited=max(now - queued_at, timedelta(0)),
        )
    Offer.objects.filter(case=case, status=OfferStatus.PENDING).update(
        status=OfferStatus.WITHDRAWN, answered_at=now
    )
    Presence.objects.filter(user=user).update(last_work_at=now)


def line_up(case: Case) -> None:
    """Store the case's place in line after its status, priority, queue or holder changed."""
    key = keys.route_key(case)
    if key != case.route_key:
        case.route_key = key
        Case.objects.filter(pk=case.pk).update(route_key=key)


def requeue(case: Case, *, now: datetime) -> None:
    """Put a case nobody holds back in line in its queue (the caller saves the fields)."""
    case.queued_at = now if case.queue_id is not None else None
    case.route_key = keys.route_key(case)


def workload_changed(user: User | None, *, presence: Presence | None = None, now: datetime) -> None:
    """After someone's cases in progress changed: Busy at capacity, Available below it.

    Only a Busy that capacity caused is lifted; a Busy, Away or Offline the person or a
    supervisor chose stays.
    """
    if user is None:
        return
    presence = presence or Presence.objects.select_for_update().filter(user=user).first()
    if presence is None:
        return
    load = load_of(user)
    if presence.state == PresenceState.AVAILABLE and load >= presence.capacity:
        presence_set(user=user, state=PresenceState.BUSY, actor=None)
        Presence.objects.filter(user=user).update(busy_at_capacity=True)
    elif (
        presence.state == PresenceState.BUSY
        and presence.busy_at_capacity
        and load < (presence.capacity)
    ):
        presence_set(user=user, state=PresenceState.AVAILABLE, actor=None)
        Presence.objects.filter(user=user).update(busy_at_capacity=False)
