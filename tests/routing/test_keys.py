"""The place in line and skill relaxation, on hand-built cases and queues (no database).

Hand cases state the exact weights and levels; the properties check what must hold for
any wait, priority, service level and set of levels: more urgency never moves a case
back in line, scores order cases as their keys do, and a person who qualifies keeps
qualifying as the case waits longer or as their levels rise.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.models import Case, CaseStatus, Priority, SlaState
from routing.keys import Need, needed_levels, qualifies, route_key, score, weight
from routing.models import Queue

M = timedelta(minutes=1)
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
SPANISH, LEGAL, PERMITS = 11, 12, 13
URGENCY = [SlaState.NONE, SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED]


def a_queue(
    *,
    step: int = 30,
    risk: int = 60,
    relax: int = 20,
    drop_preferred: int = 45,
) -> Queue:
    # A primary key is all the case needs to be "in a queue"; nothing is saved.
    return Queue(
        pk=1,
        name="Permits",
        priority_step_minutes=step,
        sla_risk_minutes=risk,
        relax_level_after_minutes=relax,
        drop_preferred_after_minutes=drop_preferred,
    )


def a_case(
    queue: Queue | None,
    *,
    waited: timedelta = 10 * M,
    priority: int = Priority.NORMAL,
    sla_state: str = SlaState.NONE,
    status: str = CaseStatus.NEW,
    held: bool = False,
) -> Case:
    case = Case(
        priority=priority,
        sla_state=sla_state,
        status=status,
        queued_at=NOW - waited if queue is not None else None,
        assignee_id=7 if held else None,
    )
    case.queue = queue
    return case


# Weights and keys ------------------------------------------------------------------------


class TestWeight:
    def test_each_priority_step_above_low_counts_the_queues_step(self) -> None:
        queue = a_queue(step=25)
        weights = [
            weight(priority=priority, sla_state=SlaState.NONE, queue=queue)
            for priority in Priority.values
        ]
        assert weights == [0 * M, 25 * M, 50 * M, 75 * M]

    def test_at_risk_counts_the_risk_minutes_and_breached_twice_them(self) -> None:
        queue = a_queue(step=30, risk=40)
        assert weight(priority=Priority.LOW, sla_state=SlaState.AT_RISK, queue=queue) == 40 * M
        assert weight(priority=Priority.LOW, sla_state=SlaState.BREACHED, queue=queue) == 80 * M
        assert weight(priority=Priority.HIGH, sla_state=SlaState.BREACHED, queue=queue) == 140 * M

    @pytest.mark.parametrize(
        "sla_state", [SlaState.NONE, SlaState.ON_TRACK, SlaState.MET, SlaState.MISSED]
    )
    def test_other_service_levels_add_nothing(self, sla_state: str) -> None:
        queue = a_queue(step=30, risk=60)
        assert weight(priority=Priority.NORMAL, sla_state=sla_state, queue=queue) == 30 * M


class TestRouteKey:
    def test_the_key_is_the_wait_start_moved_earlier_by_the_weights(self) -> None:
        queue = a_queue(step=30, risk=60)
        case = a_case(queue, waited=50 * M, priority=Priority.HIGH, sla_state=SlaState.AT_RISK)
        # High is two steps above low (60 min), at risk 60 min more.
        assert route_key(case) == NOW - 50 * M - 120 * M
        assert score(case, NOW) == 170 * M

    def test_a_normal_case_waiting_50_minutes_beats_a_high_one_waiting_15(self) -> None:
        queue = a_queue(step=30)
        normal = a_case(queue, waited=50 * M, priority=Priority.NORMAL)
        high = a_case(queue, waited=15 * M, priority=Priority.HIGH)
        assert score(normal, NOW) == 80 * M
        assert score(high, NOW) == 75 * M
        assert route_key(normal) < route_key(high)  # type: ignore[operator]

    def test_but_loses_to_a_high_one_waiting_25(self) -> None:
        queue = a_queue(step=30)
        normal = a_case(queue, waited=50 * M, priority=Priority.NORMAL)
        high = a_case(queue, waited=25 * M, priority=Priority.HIGH)
        assert score(high, NOW) == 85 * M
        assert route_key(high) < route_key(normal)  # type: ignore[operator]

    @pytest.mark.parametrize(
        "status",
        [
            CaseStatus.IN_PROGRESS,
            CaseStatus.WAITING_CUSTOMER,
            CaseStatus.WAITING_THIRD_PARTY,
            CaseStatus.RESOLVED,
            CaseStatus.CLOSED,
            CaseStatus.CANCELLED,
            CaseStatus.DUPLICATE,
        ],
    )
    def test_a_case_not_new_or_open_has_no_place_in_line(self, status: str) -> None:
        case = a_case(a_queue(), status=status)
        assert route_key(case) is None
        assert score(case, NOW) == timedelta(0)

    def test_new_and_open_cases_nobody_holds_are_in_line(self) -> None:
        for status in (CaseStatus.NEW, CaseStatus.OPEN):
            assert route_key(a_case(a_queue(), status=status, waited=5 * M)) == NOW - 35 * M

    def test_a_held_case_has_no_place_in_line(self) -> None:
        case = a_case(a_queue(), held=True, status=CaseStatus.OPEN)
        assert route_key(case) is None
        assert score(case, NOW) == timedelta(0)

    def test_a_case_in_no_queue_has_no_place_in_line(self) -> None:
        assert route_key(a_case(None)) is None
        in_queue_but_never_queued = a_case(a_queue())
        in_queue_but_never_queued.queued_at = None
        assert route_key(in_queue_but_never_queued) is None


# Properties of the key -------------------------------------------------------------------

waits = st.integers(min_value=0, max_value=10 * 24 * 60).map(lambda n: n * M)
priorities = st.sampled_from(Priority.values)
sla_states = st.sampled_from(URGENCY)
steps = st.integers(min_value=0, max_value=240)


@given(waited=waits, priority=priorities, sla_state=sla_states, step=steps, risk=steps)
def test_the_score_is_the_wait_plus_the_weights(
    waited: timedelta, priority: int, sla_state: str, step: int, risk: int
) -> None:
    queue = a_queue(step=step, risk=risk)
    case = a_case(queue, waited=waited, priority=priority, sla_state=sla_state)
    weights = weight(priority=priority, sla_state=sla_state, queue=queue)
    assert score(case, NOW) == waited + weights
    # Every minute of waiting adds one minute of score, whatever else holds.
    assert score(case, NOW + 7 * M) == score(case, NOW) + 7 * M


@given(
    waited=waits,
    priority=priorities,
    sla_state=sla_states,
    higher_priority=priorities,
    higher_state=sla_states,
    step=steps,
    risk=steps,
)
def test_more_urgency_never_moves_a_case_back_in_line(
    waited: timedelta,
    priority: int,
    sla_state: str,
    higher_priority: int,
    higher_state: str,
    step: int,
    risk: int,
) -> None:
    queue = a_queue(step=step, risk=risk)
    more_priority = max(priority, higher_priority)
    more_urgent = max(sla_state, higher_state, key=URGENCY.index)
    before = route_key(a_case(queue, waited=waited, priority=priority, sla_state=sla_state))
    after = route_key(a_case(queue, waited=waited, priority=more_priority, sla_state=more_urgent))
    assert before is not None
    assert after is not None
    assert after <= before


@given(
    first=st.tuples(waits, priorities, sla_states),
    second=st.tuples(waits, priorities, sla_states),
    later=waits,
)
def test_scores_order_cases_as_their_keys_do_at_any_time(
    first: tuple[timedelta, int, str],
    second: tuple[timedelta, int, str],
    later: timedelta,
) -> None:
    queue = a_queue()
    one = a_case(queue, waited=first[0], priority=first[1], sla_state=first[2])
    two = a_case(queue, waited=second[0], priority=second[1], sla_state=second[2])
    key_one, key_two = route_key(one), route_key(two)
    assert key_one is not None
    assert key_two is not None
    for moment in (NOW, NOW + later):
        assert (score(one, moment) > score(two, moment)) == (key_one < key_two)
        assert (score(one, moment) == score(two, moment)) == (key_one == key_two)


# Relaxation ------------------------------------------------------------------------------


class TestNeededLevels:
    def test_the_level_drops_one_step_every_relax_minutes_down_to_one(self) -> None:
        queue = a_queue(relax=20)
        spanish_4 = [Need(SPANISH, 4)]
        expected = {
            0 * M: 4,
            timedelta(minutes=19, seconds=59): 4,
            20 * M: 3,
            39 * M: 3,
            40 * M: 2,
            60 * M: 1,
            80 * M: 1,
            1000 * M: 1,
        }
        for waited, level in expected.items():
            assert needed_levels(spanish_4, waited=waited, queue=queue) == {SPANISH: level}

    def test_zero_relax_minutes_never_lowers_a_level(self) -> None:
        queue = a_queue(relax=0)
        for waited in (0 * M, 59 * M, 10_000 * M):
            assert needed_levels([Need(SPANISH, 4)], waited=waited, queue=queue) == {SPANISH: 4}

    def test_preferred_skills_count_until_the_drop_then_not(self) -> None:
        queue = a_queue(relax=20, drop_preferred=45)
        needs = [Need(SPANISH, 3), Need(LEGAL, 3, required=False)]
        # The preferred level relaxes like a required one while it still counts.
        assert needed_levels(needs, waited=0 * M, queue=queue) == {SPANISH: 3, LEGAL: 3}
        assert needed_levels(needs, waited=39 * M, queue=queue) == {SPANISH: 2, LEGAL: 2}
        assert needed_levels(needs, waited=44 * M, queue=queue) == {SPANISH: 1, LEGAL: 1}
        assert needed_levels(needs, waited=45 * M, queue=queue) == {SPANISH: 1}
        assert needed_levels(needs, waited=600 * M, queue=queue) == {SPANISH: 1}

    def test_a_case_with_no_needs_needs_nothing(self) -> None:
        assert needed_levels([], waited=0 * M, queue=a_queue()) == {}


class TestQualifies:
    def test_a_spanish_2_person_qualifies_for_spanish_4_after_two_relax_steps(self) -> None:
        queue = a_queue(relax=20)
        needs = [Need(SPANISH, 4)]
        levels = {SPANISH: 2}
        assert not qualifies(levels, needs, waited=39 * M, queue=queue)
        assert qualifies(levels, needs, waited=40 * M, queue=queue)
        assert qualifies({SPANISH: 4}, needs, waited=0 * M, queue=queue)

    def test_without_a_required_skill_nobody_ever_qualifies(self) -> None:
        queue = a_queue(relax=20)
        needs = [Need(SPANISH, 2), Need(PERMITS, 1)]
        for waited in (0 * M, 100 * M, 100_000 * M):
            assert not qualifies({SPANISH: 5}, needs, waited=waited, queue=queue)
            assert not qualifies({SPANISH: 5, LEGAL: 5}, needs, waited=waited, queue=queue)
        assert qualifies({SPANISH: 5, PERMITS: 1}, needs, waited=0 * M, queue=queue)

    def test_a_preferred_skill_reserves_the_case_until_it_is_dropped(self) -> None:
        queue = a_queue(relax=0, drop_preferred=30)
        needs = [Need(LEGAL, 2, required=False)]
        assert not qualifies({}, needs, waited=29 * M, queue=queue)
        assert not qualifies({LEGAL: 1}, needs, waited=29 * M, queue=queue)
        assert qualifies({LEGAL: 2}, needs, waited=0 * M, queue=queue)
        assert qualifies({}, needs, waited=30 * M, queue=queue)

    def test_anyone_qualifies_for_a_case_with_no_needs(self) -> None:
        assert qualifies({}, [], waited=0 * M, queue=a_queue())


skill_ids = st.sampled_from([SPANISH, LEGAL, PERMITS])
needs_lists = st.lists(
    st.builds(
        Need,
        skill_id=skill_ids,
        min_level=st.integers(min_value=1, max_value=5),
        required=st.booleans(),
    ),
    max_size=3,
    unique_by=lambda need: need.skill_id,
)
level_maps = st.dictionaries(skill_ids, st.integers(min_value=1, max_value=5), max_size=3)
queues = st.builds(
    a_queue,
    relax=st.integers(min_value=0, max_value=120),
    drop_preferred=st.integers(min_value=0, max_value=240),
)


@given(needs=needs_lists, waited=waits, longer=waits, queue=queues)
def test_needed_levels_never_rise_as_the_case_waits(
    needs: list[Need], waited: timedelta, longer: timedelta, queue: Queue
) -> None:
    now = needed_levels(needs, waited=waited, queue=queue)
    later = needed_levels(needs, waited=waited + longer, queue=queue)
    assert set(later) <= set(now)
    for skill_id, level in later.items():
        assert 1 <= level <= now[skill_id]
    for need in needs:
        if need.required:
            assert 1 <= now[need.skill_id] <= need.min_level


@given(levels=level_maps, needs=needs_lists, waited=waits, longer=waits, queue=queues)
def test_whoever_qualifies_keeps_qualifying_as_the_case_waits(
    levels: dict[int, int], needs: list[Need], waited: timedelta, longer: timedelta, queue: Queue
) -> None:
    if qualifies(levels, needs, waited=waited, queue=queue):
        assert qualifies(levels, needs, waited=waited + longer, queue=queue)


@given(levels=level_maps, raised=level_maps, needs=needs_lists, waited=waits, queue=queues)
def test_whoever_qualifies_keeps_qualifying_with_higher_levels(
    levels: dict[int, int],
    raised: dict[int, int],
    needs: list[Need],
    waited: timedelta,
    queue: Queue,
) -> None:
    higher = {
        skill_id: max(levels.get(skill_id, 0), raised.get(skill_id, 0))
        for skill_id in levels.keys() | raised.keys()
    }
    if qualifies(levels, needs, waited=waited, queue=queue):
        assert qualifies(higher, needs, waited=waited, queue=queue)


@given(levels=level_maps, needs=needs_lists, waited=waits, queue=queues)
def test_a_missing_required_skill_always_disqualifies(
    levels: dict[int, int], needs: list[Need], waited: timedelta, queue: Queue
) -> None:
    missing = any(need.required and need.skill_id not in levels for need in needs)
    if missing:
        assert not qualifies(levels, needs, waited=waited, queue=queue)


@given(needs=needs_lists, waited=waits, queue=queues)
def test_the_full_levels_always_qualify_and_no_levels_only_when_nothing_is_needed(
    needs: list[Need], waited: timedelta, queue: Queue
) -> None:
    expert = {need.skill_id: need.min_level for need in needs}
    assert qualifies(expert, needs, waited=waited, queue=queue)
    assert qualifies({}, needs, waited=waited, queue=queue) == (
        needed_levels(needs, waited=waited, queue=queue) == {}
    )
