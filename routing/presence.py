"""Presence: who is available to take work, the log of their states, and time in each state.

Every change of state closes the person's open PresenceLog row and opens a new one in
the same transaction, so each person always has exactly one open row and the log adds
up to the time that passed. Activity (any signed-in request) only moves
``last_activity_at``; a beat task takes people who stay idle while Available offline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import agency_ids_for
from backoffice.errors import DomainError
from backoffice.models import Agency, Role, User
from backoffice.services import audit_record

from .models import AwayReason, Presence, PresenceLog, PresenceState

# Activity is written at most this often per person, so busy pages cost no writes.
TOUCH_INTERVAL = timedelta(seconds=60)
CAPACITY_RANGE = range(1, 51)
SETTERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


def presence_of(user: User) -> Presence:
    """The person's presence, created Offline (with its first log row) on first use."""
    presence = Presence.objects.filter(user=user).first()
    if presence is not None:
        return presence
    with transaction.atomic():
        now = timezone.now()
        presence, created = Presence.objects.get_or_create(
            user=user, defaults={"since": now, "last_activity_at": now}
        )
        if created:
            PresenceLog.objects.create(
                user=user, state=presence.state, reason="", started_at=now, changed_by=None
            )
    return presence


def _log_change(
    *, user_ids: list[int], state: str, reason: str, changed_by: User | None, now: datetime
) -> None:
    """Close the open log row of each person and open one for the new state.

    The callers hold the Presence rows locked, so no two changes of one person interleave
    and the one-open-row constraint holds.
    """
    PresenceLog.objects.filter(user_id__in=user_ids, ended_at__isnull=True).update(ended_at=now)
    PresenceLog.objects.bulk_create(
        PresenceLog(
            user_id=user_id, state=state, reason=reason, started_at=now, changed_by=changed_by
        )
        for user_id in user_ids
    )


def _validate(*, state: str, reason: str, capacity: int | None) -> None:
    if state not in PresenceState.values:
        raise DomainError(_("Choose one of the listed states."), field="state")
    if reason and state != PresenceState.AWAY:
        raise DomainError(_("Only Away takes a reason."), field="reason")
    if reason not in AwayReason.values:
        raise DomainError(_("Choose one of the listed reasons."), field="reason")
    if capacity is not None and capacity not in CAPACITY_RANGE:
        raise DomainError(
            _("Capacity must be between %(low)d and %(high)d cases.")
            % {"low": CAPACITY_RANGE.start, "high": CAPACITY_RANGE.stop - 1},
            field="capacity",
        )


def _shared_agency(*, user: User, actor: User | None) -> Agency | None:
    """The agency that lets *actor* set *user*'s presence (None for themself or the system).

    A supervisor, manager or administrator may set the presence of anyone who belongs to
    one of their agencies; nobody else may set another person's.
    """
    if actor is None or actor.pk == user.pk:
        return None
    shared = agency_ids_for(actor, SETTERS) & agency_ids_for(user)
    if not shared:
        raise DomainError(_("You cannot change this person's presence."), code="forbidden")
    return Agency.objects.get(pk=min(shared))


@transaction.atomic
def presence_set(
    *,
    user: User,
    state: str,
    reason: str = "",
    actor: User | None,
    capacity: int | None = None,
) -> Presence:
    """Set a person's state (and optionally capacity), logging the change.

    Rules: only Away takes a reason, one of the listed ones; capacity is 1 to 50; the
    actor is the person, a supervisor, manager or administrator of an agency the person
    belongs to, or None for the system. The same state and reason again changes nothing.
    Going Available resets missed offers and starts the idle clock. A change made by
    someone else is audited.
    """
    _validate(state=state, reason=reason, capacity=capacity)
    agency = _shared_agency(user=user, actor=actor)
    # The lock serialises concurrent changes of one person's presence.
    presence = Presence.objects.select_for_update().filter(user=user).first()
    if presence is None:
        presence_of(user)
        presence = Presence.objects.select_for_update().get(user=user)
    changes: dict[str, list[Any]] = {}
    if (presence.state, presence.reason) != (state, reason):
        changes = {"state": [presence.state, state], "reason": [presence.reason, reason]}
    if capacity is not None and capacity != presence.capacity:
        changes["capacity"] = [presence.capacity, capacity]
        presence.capacity = capacity
    if not changes:
        return presence
    now = timezone.now()
    if "state" in changes:
        _log_change(user_ids=[user.pk], state=state, reason=reason, changed_by=actor, now=now)
        presence.state, presence.reason, presence.since = state, reason, now
        presence.busy_at_capacity = False
        if state == PresenceState.AVAILABLE:
            presence.missed_offers = 0
            presence.last_activity_at = now
    if actor is not None and actor.pk == user.pk:
        presence.last_activity_at = now
    presence.save()
    if agency is not None:
        audit_record(
            action="presence.set",
            actor=actor,
            agency=agency,
            obj=presence,
            details={"user": user.email, **changes},
        )
    return presence


def touch_needed(presence: Presence | None, *, now: datetime | None = None) -> bool:
    """Whether :func:`presence_touch` would write for this presence row (None: no row)."""
    if presence is None:
        return False
    now = now or timezone.now()
    return presence.last_activity_at < now - TOUCH_INTERVAL


def presence_touch(user: User, *, now: datetime | None = None) -> int:
    """Record activity: one UPDATE, written at most once a minute, never creating a row.

    Returns 1 when the activity time moved, 0 when it was recent or there is no presence.
    """
    now = now or timezone.now()
    return Presence.objects.filter(
        user_id=user.pk, last_activity_at__lt=now - TOUCH_INTERVAL
    ).update(last_activity_at=now)


def presence_idle_sweep(*, now: datetime | None = None, idle_minutes: int | None = None) -> int:
    """Take offline the Available people with no activity for ``idle_minutes``.

    Defaults to settings.ROUTING_IDLE_MINUTES. The changes are logged with no author.
    Returns how many people went offline; running it twice changes nothing more.
    """
    now = now or timezone.now()
    if idle_minutes is None:
        idle_minutes = settings.ROUTING_IDLE_MINUTES
    cutoff = now - timedelta(minutes=idle_minutes)
    with transaction.atomic():
        idle = Presence.objects.select_for_update().filter(
            state=PresenceState.AVAILABLE, last_activity_at__lt=cutoff
        )
        user_ids = list(idle.values_list("user_id", flat=True))
        if not user_ids:
            return 0
        _log_change(
            user_ids=user_ids, state=PresenceState.OFFLINE, reason="", changed_by=None, now=now
        )
        Presence.objects.filter(user_id__in=user_ids).update(
            state=PresenceState.OFFLINE, reason="", since=now
        )
    return len(user_ids)


# Selectors ------------------------------------------------------------------------


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The local day's start and end as UTC instants (23 or 25 hours apart on clock changes)."""
    start = datetime.combine(day, time.min, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def _empty() -> dict[str, timedelta]:
    return {state: timedelta(0) for state in PresenceState.values}


def time_in_states_for(
    *, users: Iterable[User], day: date, zone: ZoneInfo, now: datetime | None = None
) -> dict[int, dict[str, timedelta]]:
    """Each person's time in each state on one local day, from the log in one query.

    Stretches are clipped to the day; the open stretch counts up to now, or to the end of
    the day if that is earlier. Every person given gets every state, zero if unused.
    """
    start, end = day_bounds(day, zone)
    until = min(now or timezone.now(), end)
    totals: dict[int, dict[str, timedelta]] = defaultdict(_empty)
    user_ids = [user.pk for user in users]
    for user_id in user_ids:
        totals[user_id] = _empty()
    rows = PresenceLog.objects.filter(
        Q(ended_at__isnull=True) | Q(ended_at__gt=start),
        user_id__in=user_ids,
        started_at__lt=until,
    ).values_list("user_id", "state", "started_at", "ended_at")
    for user_id, state, started_at, ended_at in rows:
        spent = min(ended_at or until, until) - max(started_at, start)
        if spent > timedelta(0):
            totals[user_id][state] += spent
    return dict(totals)


def time_in_states(
    *, user: User, day: date, zone: ZoneInfo, now: datetime | None = None
) -> dict[str, timedelta]:
    """One person's time in each state on one local day (see time_in_states_for)."""
    return time_in_states_for(users=[user], day=day, zone=zone, now=now)[user.pk]
