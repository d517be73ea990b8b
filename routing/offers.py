"""Push queues: offering waiting cases to available people, and what happens to an offer.

A beat task (:func:`routing_sweep`) runs every ``ROUTING_SWEEP_SECONDS``: it withdraws
offers that can no longer be accepted (the case was taken, closed, moved or snoozed; the
person is no longer Available), expires offers nobody answered in time (two missed in a
row make the person Away, not responding), moves cases that waited past their queue's
overflow time, and offers the waiting cases of each push queue, best first, to the
available members with free capacity, longest idle first. A case has at most one pending
offer and so has a person (database constraints); a declined case is never offered to
that person again.

Locks are always taken in the order case, offer, presence, so accepting, expiring and
assigning never wait on each other in a circle.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.errors import DomainError
from backoffice.models import User
from cases.models import Case, CaseEvent, CaseStatus, EventKind

from . import keys
from .models import (
    AwayReason,
    Decline,
    Offer,
    OfferStatus,
    PersonSkill,
    PickupMethod,
    Presence,
    PresenceState,
    Queue,
    QueueMode,
)
from .presence import presence_set
from .work import (
    IN_PROGRESS_STATUSES,
    WAITING_STATUSES,
    _free_capacity,
    duration_text,
    needs_of,
    picked_up,
    waiting_cases,
    workload_changed,
)

logger = logging.getLogger(__name__)

MISSES_BEFORE_AWAY = 2
# Offers expired or withdrawn per sweep; the rest wait a sweep.
EXPIRE_BATCH = 500
OVERFLOW_BATCH = 500
# Waiting cases are read in pages of this size until every free person has an offer, up to
# DISPATCH_LIMIT cases per queue and run, so cases only some people qualify for cannot
# hold back the ones behind them, and a huge queue with nobody qualified stays cheap.
DISPATCH_PAGE = 200
DISPATCH_LIMIT = 5000


@dataclass
class SweepResult:
    withdrawn: int = 0
    expired: int = 0
    overflowed: int = 0
    offered: int = 0


def routing_sweep(*, now: datetime | None = None) -> SweepResult:
    """Withdraw, expire, overflow and offer: the periodic work of push queues and overflow."""
    now = now or timezone.now()
    result = SweepResult()
    result.withdrawn = offers_withdraw_stale(now=now)
    result.expired = offers_expire(now=now)
    result.overflowed = overflow_sweep(now=now)
    for queue_id in Queue.objects.filter(is_active=True, mode=QueueMode.PUSH).values_list(
        "pk", flat=True
    ):
        result.offered += offers_dispatch(queue_id=queue_id, now=now)
    return result


def _offer_event(
    case_id: int, *, actor: User | None, summary: str, data: dict[str, object], now: datetime
) -> CaseEvent:
    return CaseEvent(
        case_id=case_id,
        kind=EventKind.OFFER,
        actor=actor,
        occurred_at=now,
        summary=summary[:300],
        data=data,
    )


def _dispatch_soon(queue_id: int) -> None:
    """Once the transaction commits, offer the queue's cases without waiting for the sweep."""
    from .tasks import offers_dispatch as dispatch_task

    transaction.on_commit(lambda: dispatch_task.delay(queue_id), robust=True)


# Withdrawal and expiry ---------------------------------------------------------------------


def _stale_offers(now: datetime) -> QuerySet[Offer]:
    """Pending offers nobody can accept any more, or that the person should not get now."""
    case_gone = (
        Q(case__assignee__isnull=False)
        | Q(case__route_key__isnull=True)
        | ~Q(case__status__in=WAITING_STATUSES)
        | ~Q(case__queue=F("queue"))
        | Q(case__snoozed_until__gt=now)
    )
    away = Exists(
        Presence.objects.filter(user=OuterRef("user")).exclude(state=PresenceState.AVAILABLE)
    )
    return Offer.objects.filter(status=OfferStatus.PENDING).filter(case_gone | Q(away))


@transaction.atomic
def offers_withdraw_stale(*, now: datetime | None = None) -> int:
    """Withdraw the pending offers that can no longer, or should no longer, be accepted.

    The case was given to someone, closed, moved to another queue or snoozed; or the
    person stopped being Available (Busy, Away, Offline), so the case goes to someone else
    now instead of after the timeout. A withdrawal is not a missed offer.
    """
    now = now or timezone.now()
    offers = list(
        _stale_offers(now)
        .select_for_update(skip_locked=True, of=("self",))
        .select_related("user")
        .order_by("pk")[:EXPIRE_BATCH]
    )
    if not offers:
        return 0
    Offer.objects.filter(pk__in=[offer.pk for offer in offers]).update(
        status=OfferStatus.WITHDRAWN, answered_at=now
    )
    CaseEvent.objects.bulk_create(
        _offer_event(
            offer.case_id,
            actor=None,
            summary=_("The offer to %(name)s was withdrawn") % {"name": offer.user.full_name},
            data={"offer": offer.pk, "user": offer.user_id, "status": OfferStatus.WITHDRAWN},
            now=now,
        )
        for offer in offers
    )
    return len(offers)


@transaction.atomic
def offers_expire(*, now: datetime | None = None) -> int:
    """Expire the pending offers past their time; count the miss against each person.

    A person who misses ``MISSES_BEFORE_AWAY`` offers in a row (no accept or decline in
    between, and not Available again since) is set Away, not responding, and gets no
    more offers until they come back. The case goes to the next person at the next
    dispatch.
    """
    now = now or timezone.now()
    offers = list(
        Offer.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(status=OfferStatus.PENDING, expires_at__lte=now)
        .select_related("user")
        .order_by("expires_at", "pk")[:EXPIRE_BATCH]
    )
    if not offers:
        return 0
    Offer.objects.filter(pk__in=[offer.pk for offer in offers]).update(
        status=OfferStatus.EXPIRED, answered_at=now
    )
    CaseEvent.objects.bulk_create(
        _offer_event(
            offer.case_id,
            actor=None,
            summary=_("The offer to %(name)s expired unanswered") % {"name": offer.user.full_name},
            data={"offer": offer.pk, "user": offer.user_id, "status": OfferStatus.EXPIRED},
            now=now,
        )
        for offer in offers
    )
    for offer in offers:
        _count_miss(offer.user)
    return len(offers)


def _count_miss(user: User) -> None:
    presence = Presence.objects.select_for_update().filter(user=user).first()
    if presence is None:
        return
    presence.missed_offers += 1
    Presence.objects.filter(pk=presence.pk).update(missed_offers=presence.missed_offers)
    if presence.missed_offers >= MISSES_BEFORE_AWAY and presence.state == PresenceState.AVAILABLE:
        presence_set(
            user=user, state=PresenceState.AWAY, reason=AwayReason.NOT_RESPONDING, actor=None
        )
        logger.info("%s missed %d offers in a row: now Away", user, presence.missed_offers)


# Overflow ----------------------------------------------------------------------------------


@transaction.atomic
def overflow_sweep(*, now: datetime | None = None) -> int:
    """Move cases that waited past their queue's overflow time to its overflow queue.

    The wait counts from when the case was first queued, which it keeps, so it keeps its
    place in line in the overflow queue and, along a chain of overflow queues, moves on
    once it has waited as long as the next queue's overflow time. Pending offers of the
    moved cases are withdrawn.
    """
    now = now or timezone.now()
    moved = 0
    queues = Queue.objects.filter(
        is_active=True, overflow_queue__isnull=False, overflow_after_minutes__isnull=False
    ).select_related("overflow_queue")
    for queue in queues:
        target = queue.overflow_queue
        assert target is not None  # noqa: S101 (filtered on)
        assert queue.overflow_after_minutes is not None  # noqa: S101
        if not target.is_active:
            continue
        cutoff = now - timedelta(minutes=queue.overflow_after_minutes)
        cases = list(
            Case.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(waiting_cases(), queue=queue, queued_at__lte=cutoff)
            .order_by("queued_at", "pk")[:OVERFLOW_BATCH]
        )
        if not cases:
            continue
        for case in cases:
            case.queue, case.team_id = target, target.team_id
            case.route_key = keys.route_key(case)
            case.updated_at = now
        Case.objects.bulk_update(cases, ["queue", "team", "route_key", "updated_at"])
        Offer.objects.filter(case__in=cases, status=OfferStatus.PENDING).update(
            status=OfferStatus.WITHDRAWN, answered_at=now
        )
        CaseEvent.objects.bulk_create(
            CaseEvent(
                case=case,
                kind=EventKind.ROUTED,
                occurred_at=now,
                summary=_(
                    "Moved to the overflow queue %(queue)s after waiting %(wait)s in %(from)s"
                )
                % {
                    "queue": target.name,
                    "wait": duration_text(now - (case.queued_at or now)),
                    "from": queue.name,
                },
                data={"queue": [queue.pk, target.pk], "overflow": True},
            )
            for case in cases
        )
        moved += len(cases)
    return moved


# Dispatch ----------------------------------------------------------------------------------


def _people(queue: Queue) -> list[Presence]:
    """Members who may get an offer now, longest idle first.

    Available, no pending offer, below capacity. Idle since the later of going Available
    and last being given work.
    """
    pending = Offer.objects.filter(user=OuterRef("user"), status=OfferStatus.PENDING)
    presences = (
        Presence.objects.filter(
            user__in=queue.members.filter(is_active=True), state=PresenceState.AVAILABLE
        )
        .exclude(Exists(pending))
        .annotate(idle_since=Greatest("since", Coalesce("last_work_at", "since")))
        .select_related("user")
        .order_by("idle_since", "user_id")
    )
    people = list(presences)
    loads = dict(
        Case.objects.filter(
            assignee__in=[p.user_id for p in people], status__in=IN_PROGRESS_STATUSES
        )
        .values_list("assignee")
        .annotate(n=Count("id"))
        .values_list("assignee", "n")
    )
    return [p for p in people if loads.get(p.user_id, 0) < p.capacity]


def _levels(people: list[Presence]) -> dict[int, dict[int, int]]:
    """Each person's skill levels (skill id -> level), in one query."""
    levels: dict[int, dict[int, int]] = {p.user_id: {} for p in people}
    rows = PersonSkill.objects.filter(user__in=list(levels)).values_list(
        "user_id", "skill_id", "level"
    )
    for user_id, skill_id, level in rows:
        levels[user_id][skill_id] = level
    return levels


def _waiting_pages(queue: Queue, now: datetime) -> Iterator[list[Case]]:
    """The queue's cases that may be offered (not snoozed, no pending offer), best first."""
    has_pending = Offer.objects.filter(case=OuterRef("pk"), status=OfferStatus.PENDING)
    base = (
        Case.objects.filter(waiting_cases(), queue=queue)
        .filter(Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=now))
        .exclude(Exists(has_pending))
        .only("id", "route_key", "queued_at", "queue_id")
        .order_by("route_key", "id")
    )
    seen = 0
    after: tuple[datetime, int] | None = None
    while seen < DISPATCH_LIMIT:
        page = base
        if after is not None:
            # The bound on route_key alone is where the index scan starts.
            page = page.filter(route_key__gte=after[0]).filter(
                Q(route_key__gt=after[0]) | Q(id__gt=after[1])
            )
        found = list(page[:DISPATCH_PAGE])
        if not found:
            return
        yield found
        seen += len(found)
        last = found[-1]
        assert last.route_key is not None  # noqa: S101 (filtered on)
        after = (last.route_key, last.pk)


@dataclass
class _Dispatch:
    """One run of offering a queue's cases: who is still free and what each case excludes."""

    queue: Queue
    now: datetime
    people: list[Presence]
    levels: dict[int, dict[int, int]]
    made: int = 0

    def offer_page(self, cases: list[Case]) -> None:
        ids = [case.pk for case in cases]
        needs = needs_of(ids)
        declined = set(Decline.objects.filter(case__in=ids).values_list("case_id", "user_id"))
        missed = set(
            Offer.objects.filter(case__in=ids, status=OfferStatus.EXPIRED).values_list(
                "case_id", "user_id"
            )
        )
        for case in cases:
            if not self.people:
                return
            waited = max(self.now - (case.queued_at or self.now), timedelta(0))
            able = [
                p
                for p in self.people
                if (case.pk, p.user_id) not in declined
                and keys.qualifies(
                    self.levels[p.user_id], needs[case.pk], waited=waited, queue=self.queue
                )
            ]
            fresh = [p for p in able if (case.pk, p.user_id) not in missed]
            if fresh or able:
                self.offer(case, (fresh or able)[0])

    def offer(self, case: Case, person: Presence) -> None:
        self.people.remove(person)
        try:
            with transaction.atomic():
                offer = Offer.objects.create(
                    case=case,
                    user=person.user,
                    queue=self.queue,
                    offered_at=self.now,
                    expires_at=self.now + timedelta(seconds=self.queue.offer_timeout_seconds),
                )
        except IntegrityError:
            # The person got an offer from another push queue meanwhile.
            return
        _offer_event(
            case.pk,
            actor=None,
            summary=_("Offered to %(name)s from %(queue)s")
            % {"name": person.user.full_name, "queue": self.queue.name},
            data={"offer": offer.pk, "user": person.user_id, "queue": self.queue.pk},
            now=self.now,
        ).save()
        self.made += 1


@transaction.atomic
def offers_dispatch(*, queue_id: int, now: datetime | None = None) -> int:
    """Offer the waiting cases of one push queue to its available members.

    Best case first; each goes to the longest-idle free member who qualifies (skills,
    relaxed by the case's wait) and has not declined it. Someone whose earlier offer of
    the case expired gets it again only when no other free member qualifies. One run of
    a queue at a time (the queue row is locked; a second run finds it taken and leaves).
    Returns how many offers were made.
    """
    now = now or timezone.now()
    queue = (
        Queue.objects.select_for_update(skip_locked=True)
        .filter(pk=queue_id, is_active=True, mode=QueueMode.PUSH)
        .first()
    )
    if queue is None:
        return 0
    people = _people(queue)
    if not people:
        return 0
    dispatch = _Dispatch(queue=queue, now=now, people=people, levels=_levels(people))
    for cases in _waiting_pages(queue, now):
        dispatch.offer_page(cases)
        if not dispatch.people:
            break
    return dispatch.made


# Answers -----------------------------------------------------------------------------------


def _pending(offer_id: int, user: User) -> Offer:
    offer = Offer.objects.select_for_update().select_related("queue").get(pk=offer_id)
    if offer.user_id != user.pk:
        raise DomainError(_("This offer was made to someone else."), code="forbidden")
    if offer.status != OfferStatus.PENDING:
        raise DomainError(
            _("This offer is no longer open: %(status)s.")
            % {"status": offer.get_status_display().lower()},
            code="conflict",
        )
    return offer


def _gone_message(case: Case, offer: Offer, user: User) -> str:
    if case.assignee_id == user.pk:
        return _("You already have this case.")
    if case.assignee_id is not None:
        return _("Someone else already has this case.")
    return _("This case is no longer waiting in %(queue)s.") % {"queue": offer.queue.name}


@transaction.atomic
def _accept(*, offer_id: int, user: User, now: datetime) -> Case | str:
    """The accepted case, or why it cannot be had (the offer is then withdrawn)."""
    case_id = Offer.objects.filter(pk=offer_id).values_list("case_id", flat=True).get()
    case = Case.objects.select_for_update(of=("self",)).get(pk=case_id)
    offer = _pending(offer_id, user)
    if offer.expires_at <= now:
        raise DomainError(_("This offer has expired."), code="conflict")
    presence, free = _free_capacity(user)
    if free <= 0:
        raise DomainError(
            _(
                "You already have %(count)d cases in progress, your capacity. "
                "Finish one or decline the offer."
            )
            % {"count": presence.capacity},
            code="conflict",
        )
    queued_at = case.queued_at or now
    taken = (
        Case.objects.filter(waiting_cases(), pk=case.pk, queue=offer.queue_id)
        .filter(Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=now))
        .update(assignee=user, status=CaseStatus.OPEN, route_key=None, updated_at=now)
    )
    if not taken:
        Offer.objects.filter(pk=offer.pk).update(status=OfferStatus.WITHDRAWN, answered_at=now)
        return _gone_message(case, offer, user)
    Offer.objects.filter(pk=offer.pk).update(status=OfferStatus.ACCEPTED, answered_at=now)
    Presence.objects.filter(user=user).update(missed_offers=0)
    case.refresh_from_db()
    picked_up(case, user=user, method=PickupMethod.OFFER, queued_at=queued_at, now=now)
    CaseEvent.objects.create(
        case=case,
        kind=EventKind.ASSIGNED,
        actor=user,
        occurred_at=now,
        summary=_("%(name)s accepted the offer from %(queue)s after it waited %(wait)s")
        % {
            "name": user.full_name,
            "queue": offer.queue.name,
            "wait": duration_text(now - queued_at),
        },
        data={"assignee": [None, user.pk], "offer": offer.pk, "queue": offer.queue_id},
    )
    workload_changed(user, now=now)
    return case


def offer_accept(*, offer: Offer, user: User, now: datetime | None = None) -> Case:
    """Accept an offer in time: the case becomes the person's.

    Refused when the offer is someone else's, answered, withdrawn or past its time, when
    the person is at capacity, and when the case is no longer waiting in the offer's
    queue (taken, closed, moved, snoozed: the offer is then withdrawn). The case is
    claimed by a conditional update, so it never goes to two people; the pickup and the
    timeline record the wait, and a person who reaches capacity turns Busy.
    """
    now = now or timezone.now()
    outcome = _accept(offer_id=offer.pk, user=user, now=now)
    if isinstance(outcome, str):
        raise DomainError(outcome, code="conflict")
    return outcome


@transaction.atomic
def offer_decline(
    *, offer: Offer, user: User, reason: str = "", now: datetime | None = None
) -> Decline:
    """Decline an offer: the case goes to the next person and never back to this one.

    Answering resets the person's missed offers; the queue is offered again as soon as
    the decline commits.
    """
    now = now or timezone.now()
    offer = _pending(offer.pk, user)
    Offer.objects.filter(pk=offer.pk).update(status=OfferStatus.DECLINED, answered_at=now)
    Presence.objects.filter(user=user).update(missed_offers=0)
    decline, _created = Decline.objects.get_or_create(
        case_id=offer.case_id,
        user=user,
        defaults={"declined_at": now, "reason": (reason or "").strip()[:300]},
    )
    CaseEvent.objects.create(
        case_id=offer.case_id,
        kind=EventKind.OFFER,
        actor=user,
        occurred_at=now,
        summary=(
            _("%(name)s declined the offer: %(reason)s")
            % {"name": user.full_name, "reason": decline.reason}
            if decline.reason
            else _("%(name)s declined the offer") % {"name": user.full_name}
        )[:300],
        data={"offer": offer.pk, "user": user.pk, "status": OfferStatus.DECLINED},
    )
    _dispatch_soon(offer.queue_id)
    return decline


def open_offers(user: User | OuterRef, *, now: datetime) -> QuerySet[Offer]:
    """The offers the person may still accept: pending, in time, of a case nobody holds."""
    return Offer.objects.filter(
        user=user, status=OfferStatus.PENDING, expires_at__gt=now, case__assignee__isnull=True
    )


def offer_for(user: User, *, now: datetime | None = None) -> Offer | None:
    """The person's open offer, if any (one at most), with what the banner shows, in one query."""
    now = now or timezone.now()
    return (
        open_offers(user, now=now)
        .select_related("case", "case__service", "case__agency", "queue")
        .first()
    )


@transaction.atomic
def case_decline(*, case: Case, user: User, reason: str = "") -> Decline:
    """Say no to a waiting case (a conflict of interest, say): never given to this person.

    Any pending offer of it to them is declined too.
    """
    now = timezone.now()
    pending = Offer.objects.filter(case=case, user=user, status=OfferStatus.PENDING).first()
    if pending is not None:
        return offer_decline(offer=pending, user=user, reason=reason, now=now)
    if case.assignee_id is not None:
        raise DomainError(_("Only a case nobody holds can be declined."), code="conflict")
    decline, created = Decline.objects.get_or_create(
        case=case, user=user, defaults={"declined_at": now, "reason": (reason or "").strip()[:300]}
    )
    if created:
        CaseEvent.objects.create(
            case=case,
            kind=EventKind.OFFER,
            actor=user,
            occurred_at=now,
            summary=(
                _("%(name)s declined the case: %(reason)s")
                % {"name": user.full_name, "reason": decline.reason}
                if decline.reason
                else _("%(name)s declined the case") % {"name": user.full_name}
            )[:300],
            data={"user": user.pk, "status": OfferStatus.DECLINED},
        )
    return decline
