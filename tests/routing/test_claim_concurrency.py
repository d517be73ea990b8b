"""Get next case pressed by many people at once, each on a database connection of their own.

Claimers drain a line of waiting cases across several pull queues, with skill needs and
relaxation, until they are told there is nothing left or they are at capacity. Whatever
the interleaving, every case goes to exactly one person who was allowed to take it, with
one pickup and one timeline entry, and nobody holds more than their capacity.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from backoffice.errors import DomainError
from backoffice.models import User
from cases.models import Case, CaseEvent, CaseStatus, EventKind
from routing import keys
from routing.models import Pickup, PickupMethod, Presence, PresenceState
from routing.work import case_take_next, levels_of, needs_of

from ..backoffice.factories import TeamFactory
from ..cases.factories import ServiceFactory
from .factories import QueueFactory, SkillFactory
from .factories_claim import NeedSpec, claimer, waiting_line

TAKEN_SUMMARY = "Taken with Get next case"


@dataclass
class Claims:
    """What one claimer (one thread, one connection) got, and how it stopped."""

    user: User
    case_ids: list[int] = field(default_factory=list)
    refusal: DomainError | None = None
    error: BaseException | None = None


def press_until_done(user: User, claims: Claims, start: threading.Barrier) -> None:
    """Press Get next case until told there is nothing left or refused (at capacity)."""
    try:
        start.wait(timeout=60)
        while True:
            try:
                pick = case_take_next(user=user)
            except DomainError as refusal:
                claims.refusal = refusal
                return
            if pick is None:
                return
            claims.case_ids.append(pick.case.pk)
    except BaseException as error:  # reported by the test, not lost in a thread
        claims.error = error
    finally:
        connection.close()


def press_at_once(users: list[User]) -> list[Claims]:
    """One thread per entry of *users* (a person may appear more than once), started together."""
    claims = [Claims(user=user) for user in users]
    start = threading.Barrier(len(users))
    threads = [
        threading.Thread(target=press_until_done, args=(entry.user, entry, start), daemon=True)
        for entry in claims
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a claimer never finished"
    errors = [entry.error for entry in claims if entry.error is not None]
    assert errors == [], f"claimers failed: {errors!r}"
    return claims


@pytest.fixture
def floor(agency: Any) -> dict[str, Any]:
    """Three pull queues that relax skills differently, a service, and two skills."""
    team = TeamFactory(agency=agency, name="Licensing")
    return {
        "agency": agency,
        "service": ServiceFactory(agency=agency, name="Liquor licence"),
        "law": SkillFactory(agency=agency, name="Licensing law"),
        "spanish": SkillFactory(agency=agency, name="Spanish"),
        "queues": [
            QueueFactory(agency=agency, team=team, name="Licences"),
            QueueFactory(
                agency=agency,
                team=team,
                name="Appeals",
                relax_level_after_minutes=0,
                drop_preferred_after_minutes=90,
            ),
            QueueFactory(
                agency=agency,
                team=team,
                name="Renewals",
                relax_level_after_minutes=60,
                drop_preferred_after_minutes=120,
            ),
        ],
    }


def needs_for(floor: dict[str, Any]) -> Callable[[int], list[NeedSpec]]:
    law, spanish = floor["law"], floor["spanish"]

    def needs(n: int) -> list[NeedSpec]:
        if n % 11 == 0:
            return [(law, 2, True), (spanish, 2, True)]
        found: list[NeedSpec] = []
        if n % 5 == 0:
            found.append((law, 4, True))
        if n % 7 == 0:
            found.append((spanish, 3, False))
        return found

    return needs


def drained(claims: list[Claims], total: int) -> dict[int, Case]:
    """Check the drain's invariants; returns the cases by id."""
    cases = {case.pk: case for case in Case.objects.select_related("queue")}
    assert len(cases) == total
    # Every case went to exactly one claimer, and the claimer's record agrees with the row.
    taken = Counter(case_id for entry in claims for case_id in entry.case_ids)
    assert [case_id for case_id, times in taken.items() if times > 1] == []
    for entry in claims:
        for case_id in entry.case_ids:
            assert cases[case_id].assignee_id == entry.user.pk
    held = {pk for pk, case in cases.items() if case.assignee_id is not None}
    assert held == set(taken)
    for case in cases.values():
        if case.assignee_id is not None:
            assert (case.status, case.route_key) == (CaseStatus.OPEN, None)
    # One pickup and one "taken" line on the timeline per case given, for its holder.
    pickups = Counter(Pickup.objects.values_list("case_id", "user_id", "method"))
    assert pickups == Counter(
        {(pk, case.assignee_id, PickupMethod.NEXT): 1 for pk, case in cases.items() if pk in held}
    )
    events = Counter(
        CaseEvent.objects.filter(
            kind=EventKind.ASSIGNED, summary__startswith=TAKEN_SUMMARY
        ).values_list("case_id", "actor_id")
    )
    assert events == Counter({(pk, cases[pk].assignee_id): 1 for pk in held})
    return cases


def within_capacity(claims: list[Claims]) -> None:
    """Nobody holds more than their capacity; whoever is full was refused and is Busy."""
    users = {entry.user.pk: entry.user for entry in claims}
    for user_id, user in users.items():
        presence = Presence.objects.get(user_id=user_id)
        load = Case.objects.filter(assignee_id=user_id).count()
        assert load <= presence.capacity, f"{user} holds {load} of {presence.capacity}"
        refused = [e.refusal for e in claims if e.user.pk == user_id and e.refusal is not None]
        if load == presence.capacity:
            assert (presence.state, presence.busy_at_capacity) == (PresenceState.BUSY, True)
        for refusal in refused:
            assert refusal.code == "conflict"
            assert load == presence.capacity, f"{user} refused below capacity: {refusal}"


def allowed(cases: dict[int, Case]) -> None:
    """Each case went to someone whose skills, with the relaxation its wait earned, fit it."""
    needs = needs_of(list(cases))
    pickups = {pickup.case_id: pickup for pickup in Pickup.objects.all()}
    levels: dict[int, dict[int, int]] = {}
    for pk, case in cases.items():
        if case.assignee_id is None:
            continue
        holder = levels.setdefault(case.assignee_id, levels_of(case.assignee))
        queue = case.queue
        assert queue is not None
        waited = pickups[pk].picked_at - pickups[pk].queued_at
        assert keys.qualifies(holder, needs[pk], waited=waited, queue=queue), (
            f"case {pk} went to {case.assignee} without the skills it needed"
        )


def skilled_and_unskilled(
    floor: dict[str, Any], capacities: list[int], others: list[int]
) -> list[User]:
    """People with every skill at 5 (*capacities*), and people with little skill (*others*)."""
    agency, queues = floor["agency"], floor["queues"]
    law, spanish = floor["law"], floor["spanish"]
    people = [
        claimer(agency, queues=queues, capacity=cap, levels={law: 5, spanish: 5})
        for cap in capacities
    ]
    for n, cap in enumerate(others):
        people.append(
            claimer(
                agency,
                queues=queues[: 1 + n % len(queues)],
                capacity=cap,
                levels={law: 2} if n % 2 else {},
            )
        )
    return people


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_sixteen_claimers_drain_500_cases_each_to_exactly_one_person_within_capacity(
    floor: dict[str, Any],
) -> None:
    now = timezone.now()
    waiting_line(
        queues=floor["queues"],
        service=floor["service"],
        total=500,
        now=now,
        needs=needs_for(floor),
    )
    # The skilled people alone can hold all 500, so the line always empties; the others
    # (one or two skills low, fewer queues, small capacities) compete for what fits them.
    people = skilled_and_unskilled(
        floor,
        capacities=[50, 50, 48, 47, 46, 45, 45, 44, 43, 42, 40],
        others=[30, 12, 3, 2, 1],
    )
    assert len(people) == 16

    claims = press_at_once(people)

    cases = drained(claims, total=500)
    assert all(case.assignee_id is not None for case in cases.values())
    within_capacity(claims)
    allowed(cases)
    # The person with room for one case got one, and their next press was refused.
    (smallest,) = [entry for entry in claims if entry.user.pk == people[-1].pk]
    assert len(smallest.case_ids) == 1
    assert smallest.refusal is not None


@pytest.mark.django_db(transaction=True)
def test_a_few_claimers_at_once_drain_the_line_without_lock_errors(
    floor: dict[str, Any],
) -> None:
    """Any database: on SQLite the writers queue for the lock, none fails with it locked."""
    waiting_line(
        queues=floor["queues"],
        service=floor["service"],
        total=90,
        now=timezone.now(),
        needs=needs_for(floor),
    )
    people = skilled_and_unskilled(floor, capacities=[40, 35, 30], others=[4, 2])

    claims = press_at_once(people)

    cases = drained(claims, total=90)
    assert all(case.assignee_id is not None for case in cases.values())
    within_capacity(claims)
    allowed(cases)


@pytest.mark.django_db(transaction=True)
def test_one_person_pressing_in_eight_tabs_at_once_gets_only_their_capacity(
    floor: dict[str, Any],
) -> None:
    waiting_line(queues=floor["queues"], service=floor["service"], total=30, now=timezone.now())
    person = claimer(floor["agency"], queues=floor["queues"], capacity=3)

    claims = press_at_once([person] * 8)

    cases = drained(claims, total=30)
    assert sum(case.assignee_id == person.pk for case in cases.values()) == 3
    assert sum(len(entry.case_ids) for entry in claims) == 3
    assert all(entry.refusal is not None for entry in claims)
    within_capacity(claims)


@pytest.mark.django_db(transaction=True)
def test_claimers_racing_for_the_head_of_the_line_take_exactly_the_best_cases(
    floor: dict[str, Any],
) -> None:
    """A press skips the cases others are locking, never a case nobody took.

    24 people with room for 3 each take 72 cases of a line of 300: exactly the 72 best
    places in line, whatever the interleaving. There are more of them than the page of
    candidates a press reads first, so some find that whole page taken or being taken,
    and go on to the next instead of coming back empty-handed.
    """
    waiting_line(queues=floor["queues"], service=floor["service"], total=300, now=timezone.now())
    people = [claimer(floor["agency"], queues=floor["queues"], capacity=3) for _ in range(24)]
    best = list(
        Case.objects.filter(route_key__isnull=False)
        .order_by("route_key", "id")
        .values_list("pk", flat=True)
    )

    claims = press_at_once(people)

    taken = [case_id for entry in claims for case_id in entry.case_ids]
    assert sorted(taken) == sorted(best[:72])
    assert all(entry.refusal is not None and entry.refusal.code == "conflict" for entry in claims)
    drained(claims, total=300)
    within_capacity(claims)
