"""Get next case on hand-built lines: exact picks, skills, declines, snoozes, refusals,
capacity with automatic Busy, what a pickup records, and the stored place in line kept
right by every service that changes a case.

Unless a test says otherwise the pull queue counts a priority step as 30 minutes of
waiting, at risk as 60 (breached 120), lowers needed levels one step every 20 minutes
and stops counting preferred skills after 30. Scores are worked out in the comments.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from backoffice.errors import DomainError
from backoffice.models import Role
from cases import services
from cases.models import Case, CaseStatus, Channel, EventKind, Priority, SlaBasis, SlaState
from cases.services.sla import sla_sweep
from routing import keys
from routing.models import Pickup, Presence, PresenceState, QueueMode
from routing.offers import case_decline
from routing.presence import presence_set
from routing.supervise import case_snooze
from routing.work import case_take_next

from ..cases.factories import ServiceFactory, SlaPolicyFactory
from ..conftest import member
from .factories import QueueFactory, RoutingRuleFactory, SkillFactory
from .factories_proofs import START, Clock, person, waiting_case

pytestmark = pytest.mark.django_db

M = timedelta(minutes=1)
H = timedelta(hours=1)
AVAILABLE, BUSY, AWAY, OFFLINE = (
    PresenceState.AVAILABLE,
    PresenceState.BUSY,
    PresenceState.AWAY,
    PresenceState.OFFLINE,
)


@pytest.fixture
def now() -> datetime:
    return timezone.now().replace(microsecond=0)


@pytest.fixture
def queue(agency: Any) -> Any:
    return QueueFactory(
        agency=agency,
        name="Permits",
        mode=QueueMode.PULL,
        priority_step_minutes=30,
        sla_risk_minutes=60,
        relax_level_after_minutes=20,
        drop_preferred_after_minutes=30,
    )


@pytest.fixture
def service(agency: Any) -> Any:
    return ServiceFactory(agency=agency, name="Building permit")


def line(queue: Any, now: datetime, service: Any, **fields: Any) -> Case:
    return waiting_case(queue, now=now, service=service, **fields)


def picks(user: Any, now: datetime, times: int = 10) -> list[int]:
    """The cases Get next case gives, one call after another, until it gives none (at most
    *times*: a person at capacity is refused, which the tests that want it check)."""
    taken = []
    for _ in range(times):
        pick = case_take_next(user=user, now=now)
        if pick is None:
            break
        taken.append(pick.case.pk)
    return taken


def presence(user: Any) -> Presence:
    return Presence.objects.get(user=user)


# The order of picks ----------------------------------------------------------------------


class TestOrder:
    def test_a_normal_case_waiting_50_minutes_beats_a_high_one_waiting_15(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        # Normal: 50 + 30 = 80; high: 15 + 60 = 75.
        high = line(queue, now, service, waited=15 * M, priority=Priority.HIGH)
        normal = line(queue, now, service, waited=50 * M, priority=Priority.NORMAL)
        worker = person(agency, queues=[queue], capacity=5)
        assert picks(worker, now) == [normal.pk, high.pk]

    def test_but_a_high_case_waiting_25_minutes_beats_it(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        # Normal: 50 + 30 = 80; high: 25 + 60 = 85.
        normal = line(queue, now, service, waited=50 * M, priority=Priority.NORMAL)
        high = line(queue, now, service, waited=25 * M, priority=Priority.HIGH)
        worker = person(agency, queues=[queue], capacity=5)
        assert picks(worker, now) == [high.pk, normal.pk]

    def test_service_level_risk_and_breach_move_cases_up_by_their_weights(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        normal = line(queue, now, service, waited=60 * M)  # 60 + 30 = 90
        high = line(queue, now, service, waited=35 * M, priority=Priority.HIGH)  # 35 + 60 = 95
        at_risk = line(queue, now, service, waited=10 * M, sla_state=SlaState.AT_RISK)  # 100
        urgent = line(queue, now, service, waited=60 * M, priority=Priority.URGENT)  # 150
        breached = line(queue, now, service, waited=1 * M, sla_state=SlaState.BREACHED)  # 151
        worker = person(agency, queues=[queue], capacity=10)
        assert picks(worker, now) == [breached.pk, urgent.pk, at_risk.pk, high.pk, normal.pk]

    def test_equal_scores_go_to_the_case_lined_up_first(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        # Both score 60: the tie goes to the lower id.
        first = line(queue, now, service, waited=30 * M, priority=Priority.NORMAL)
        second = line(queue, now, service, waited=0 * M, priority=Priority.HIGH)
        second_key = Case.objects.get(pk=second.pk).route_key
        assert Case.objects.get(pk=first.pk).route_key == second_key
        worker = person(agency, queues=[queue], capacity=5)
        assert picks(worker, now) == [first.pk, second.pk]

    def test_the_lines_of_two_queues_are_merged_by_score_each_with_its_own_step(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        licences = QueueFactory(agency=agency, name="Licences", priority_step_minutes=10)
        elsewhere = QueueFactory(agency=agency, name="Not mine")
        closed = QueueFactory(agency=agency, name="Closed queue", is_active=False)
        permit_high = line(queue, now, service, waited=10 * M, priority=Priority.HIGH)  # 70
        permit_low = line(queue, now, service, waited=65 * M, priority=Priority.LOW)  # 65
        licence_high = line(licences, now, service, waited=40 * M, priority=Priority.HIGH)  # 60
        licence_urgent = line(licences, now, service, waited=45 * M, priority=Priority.URGENT)
        line(elsewhere, now, service, waited=500 * M)
        line(closed, now, service, waited=500 * M)
        worker = person(agency, queues=[queue, licences, closed], capacity=10)
        # Licence urgent: 45 + 3 x 10 = 75.
        assert picks(worker, now) == [
            licence_urgent.pk,
            permit_high.pk,
            permit_low.pk,
            licence_high.pk,
        ]

    def test_cases_of_push_queues_are_never_pulled(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        pushed = QueueFactory(agency=agency, name="Pushed", mode=QueueMode.PUSH)
        line(pushed, now, service, waited=300 * M)
        mine = line(queue, now, service, waited=1 * M)
        worker = person(agency, queues=[queue, pushed], capacity=5)
        assert picks(worker, now) == [mine.pk]

    def test_a_member_of_push_queues_only_is_told_they_have_no_queue_to_take_from(
        self, agency: Any, service: Any, now: datetime
    ) -> None:
        pushed = QueueFactory(agency=agency, name="Pushed", mode=QueueMode.PUSH)
        line(pushed, now, service, waited=300 * M)
        worker = person(agency, queues=[pushed])
        with pytest.raises(DomainError, match="not a member of any queue"):
            case_take_next(user=worker, now=now)


# Skills ----------------------------------------------------------------------------------


class TestSkills:
    def test_a_spanish_4_case_waits_for_a_spanish_2_person_until_two_relax_steps(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        spanish = SkillFactory(agency=agency, name="Spanish")
        hard = line(queue, now, service, waited=39 * M, needs=[(spanish, 4, True)])
        plain = line(queue, now, service, waited=5 * M)
        worker = person(agency, queues=[queue], capacity=5, levels={spanish: 2})
        # At 39 minutes the case still needs Spanish 3: the newer plain case goes first.
        assert picks(worker, now) == [plain.pk]
        # At 40 minutes (2 x 20) it needs Spanish 2.
        assert picks(worker, now + 1 * M) == [hard.pk]

    def test_a_spanish_4_person_takes_it_at_once(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        spanish = SkillFactory(agency=agency, name="Spanish")
        plain = line(queue, now, service, waited=5 * M)
        hard = line(
            queue, now, service, waited=1 * M, needs=[(spanish, 4, True)], priority=Priority.HIGH
        )
        worker = person(agency, queues=[queue], capacity=5, levels={spanish: 4})
        assert picks(worker, now) == [hard.pk, plain.pk]

    def test_someone_without_a_required_skill_never_gets_the_case(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        spanish = SkillFactory(agency=agency, name="Spanish")
        legal = SkillFactory(agency=agency, name="Legal")
        line(queue, now, service, waited=10 * H, needs=[(spanish, 1, True)])
        worker = person(agency, queues=[queue], levels={legal: 5})
        assert picks(worker, now) == []
        assert picks(worker, now + 1000 * H) == []

    def test_with_zero_relax_minutes_the_level_is_never_lowered(
        self, agency: Any, service: Any, now: datetime
    ) -> None:
        strict = QueueFactory(agency=agency, name="Strict", relax_level_after_minutes=0)
        spanish = SkillFactory(agency=agency, name="Spanish")
        case = line(strict, now, service, waited=10 * H, needs=[(spanish, 4, True)])
        novice = person(agency, queues=[strict], levels={spanish: 3})
        expert = person(agency, queues=[strict], levels={spanish: 4})
        assert picks(novice, now + 100 * H) == []
        assert picks(expert, now) == [case.pk]

    @pytest.mark.parametrize(("legal_level", "expected"), [(None, "plain first"), (2, "reserved")])
    def test_a_preferred_skill_keeps_the_case_for_skilled_people_for_the_first_minutes(
        self,
        agency: Any,
        queue: Any,
        service: Any,
        now: datetime,
        legal_level: int | None,
        expected: str,
    ) -> None:
        legal = SkillFactory(agency=agency, name="Legal")
        reserved = line(queue, now, service, waited=29 * M, needs=[(legal, 2, False)])
        plain = line(queue, now, service, waited=5 * M)
        levels = {legal: legal_level} if legal_level else {}
        worker = person(agency, queues=[queue], capacity=5, levels=levels)
        if expected == "reserved":
            assert picks(worker, now) == [reserved.pk, plain.pk]
        else:
            assert picks(worker, now) == [plain.pk]
            # After 30 minutes the preference no longer counts.
            assert picks(worker, now + 1 * M) == [reserved.pk]

    def test_a_skilled_person_passes_over_nothing_an_unskilled_one_could_take(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        spanish = SkillFactory(agency=agency, name="Spanish")
        needs_spanish = [
            line(queue, now, service, waited=n * M, needs=[(spanish, 1, True)]) for n in (3, 2)
        ]
        plain = line(queue, now, service, waited=1 * M)
        worker = person(agency, queues=[queue], capacity=5, levels={spanish: 1})
        assert picks(worker, now) == [needs_spanish[0].pk, needs_spanish[1].pk, plain.pk]


# Declined and snoozed cases --------------------------------------------------------------


class TestDeclinedAndSnoozed:
    def test_a_declined_case_is_never_given_to_who_declined_it(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        declined = line(queue, now, service, waited=50 * M)
        other = line(queue, now, service, waited=5 * M)
        worker = person(agency, queues=[queue], capacity=5)
        colleague = person(agency, queues=[queue], capacity=5)
        case_decline(case=declined, user=worker, reason="My neighbour's permit")
        assert picks(worker, now) == [other.pk]
        assert picks(worker, now + 100 * H) == []
        assert picks(colleague, now) == [declined.pk]

    def test_a_snoozed_case_is_not_given_until_the_snooze_ends(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        snoozed = line(queue, now, service, waited=50 * M)
        other = line(queue, now, service, waited=5 * M)
        worker = person(agency, queues=[queue], capacity=5)
        case_snooze(case=snoozed, until=now + H, actor=worker, reason="Call back at 3", now=now)
        assert picks(worker, now) == [other.pk]
        assert picks(worker, now + 59 * M) == []
        pick = case_take_next(user=worker, now=now + H)
        assert pick is not None
        assert pick.case.pk == snoozed.pk
        # It kept its place: the whole wait counts.
        assert pick.waited == 110 * M
        assert pick.score == 140 * M

    def test_a_snooze_woken_early_makes_the_case_available_at_once(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        snoozed = line(queue, now, service, waited=50 * M)
        worker = person(agency, queues=[queue], capacity=5)
        case_snooze(case=snoozed, until=now + H, actor=worker, now=now)
        assert picks(worker, now) == []
        case_snooze(case=snoozed, until=None, actor=worker, now=now)
        assert picks(worker, now) == [snoozed.pk]


# Refusals --------------------------------------------------------------------------------


class TestRefusals:
    @pytest.mark.parametrize("state", [AWAY, OFFLINE])
    def test_away_and_offline_people_are_refused(
        self, agency: Any, queue: Any, service: Any, now: datetime, state: str
    ) -> None:
        case = line(queue, now, service, waited=5 * M)
        worker = person(agency, queues=[queue], state=state)
        with pytest.raises(DomainError, match="Set yourself Available") as refused:
            case_take_next(user=worker, now=now)
        assert refused.value.code == "conflict"
        assert Case.objects.get(pk=case.pk).assignee is None

    def test_someone_who_chose_busy_may_still_take_a_case(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        case = line(queue, now, service, waited=5 * M)
        worker = person(agency, queues=[queue], state=BUSY)
        assert picks(worker, now) == [case.pk]

    def test_at_capacity_the_next_case_is_refused(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        cases = [line(queue, now, service, waited=n * M) for n in (30, 20, 10)]
        worker = person(agency, queues=[queue], capacity=2)
        assert picks(worker, now, times=2) == [cases[0].pk, cases[1].pk]
        with pytest.raises(DomainError, match="2 cases in progress") as refused:
            case_take_next(user=worker, now=now)
        assert refused.value.code == "conflict"
        assert Case.objects.get(pk=cases[2].pk).assignee is None

    @pytest.mark.parametrize(
        "status", [CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_THIRD_PARTY]
    )
    def test_cases_waiting_on_someone_else_do_not_count_against_capacity(
        self, agency: Any, queue: Any, service: Any, now: datetime, status: str
    ) -> None:
        cases = [line(queue, now, service, waited=n * M) for n in (30, 20, 10)]
        worker = person(agency, queues=[queue], capacity=2)
        picks(worker, now, times=2)
        services.case_change_status(case=cases[0], status=status, actor=worker)
        assert picks(worker, now, times=1) == [cases[2].pk]

    def test_in_progress_cases_count_and_resolved_ones_do_not(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        cases = [line(queue, now, service, waited=n * M) for n in (30, 20, 10)]
        worker = person(agency, queues=[queue], capacity=2)
        picks(worker, now, times=2)
        services.case_change_status(case=cases[0], status=CaseStatus.IN_PROGRESS, actor=worker)
        with pytest.raises(DomainError, match="capacity"):
            case_take_next(user=worker, now=now)
        services.case_change_status(
            case=cases[0], status=CaseStatus.RESOLVED, resolution="Issued", actor=worker
        )
        assert picks(worker, now, times=1) == [cases[2].pk]

    def test_someone_in_no_queue_is_refused(self, agency: Any, now: datetime) -> None:
        worker = person(agency)
        with pytest.raises(DomainError, match="not a member of any queue"):
            case_take_next(user=worker, now=now)

    def test_an_empty_line_gives_nothing_and_records_nothing(
        self, agency: Any, queue: Any, now: datetime
    ) -> None:
        worker = person(agency, queues=[queue])
        assert case_take_next(user=worker, now=now) is None
        assert not Pickup.objects.filter(user=worker).exists()
        assert presence(worker).state == AVAILABLE
        assert presence(worker).last_work_at is None


# Capacity and presence -------------------------------------------------------------------


class TestAutomaticBusy:
    def test_filling_capacity_makes_someone_busy_and_resolving_makes_them_available(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        cases = [line(queue, now, service, waited=n * M) for n in (30, 20)]
        worker = person(agency, queues=[queue], capacity=2)
        picks(worker, now, times=1)
        assert presence(worker).state == AVAILABLE
        picks(worker, now, times=1)
        assert (presence(worker).state, presence(worker).busy_at_capacity) == (BUSY, True)
        services.case_change_status(
            case=cases[0], status=CaseStatus.RESOLVED, resolution="Issued", actor=worker
        )
        assert (presence(worker).state, presence(worker).busy_at_capacity) == (AVAILABLE, False)

    def test_waiting_on_the_customer_frees_capacity_and_the_answer_takes_it_again(
        self, agency: Any, queue: Any, service: Any, now: datetime
    ) -> None:
        case = line(queue, now, service, waited=30 * M)
        worker = person(agency, queues=[queue], capacity=1)
        picks(worker, now, times=1)
        assert presence(worker).state == BUSY
        services.case_change_status(case=case, status=CaseStatus.WAITING_CUSTOMER, actor=worker)
        assert presence(worker).state == AVAILABLE
        services.case_change_status(case=case, status=CaseStatus.OPEN, actor=worker)
        assert (presence(worker).state, presence(worker).busy_at_capacity) == (BUSY, True)

    @pytest.mark.parametrize("chosen", [BUSY, AWAY])
    def test_a_state_the_person_chose_is_kept_when_capacity_frees(
        self, agency: Any, queue: Any, service: Any, now: datetime, chosen: str
    ) -> None:
        case = line(queue, now, service, waited=30 * M)
        worker = person(agency, queues=[queue], capacity=1, state=BUSY)
        picks(worker, now, times=1)
        assert (presence(worker).state, presence(worker).busy_at_capacity) == (BUSY, False)
        presence_set(user=worker, state=chosen, actor=worker)
        services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Issued", actor=worker
        )
        assert presence(worker).state == chosen


# What a pickup records -------------------------------------------------------------------


def test_get_next_case_records_the_pickup_and_the_wait_on_the_timeline(
    agency: Any, queue: Any, service: Any, now: datetime
) -> None:
    case = line(queue, now, service, waited=50 * M)
    worker = person(agency, queues=[queue], full_name="Rosa Diaz")
    pick = case_take_next(user=worker, now=now)
    assert pick is not None
    assert (pick.case.pk, pick.waited, pick.score) == (case.pk, 50 * M, 80 * M)
    taken = Case.objects.get(pk=case.pk)
    assert (taken.assignee, taken.status, taken.route_key) == (worker, CaseStatus.OPEN, None)
    pickup = Pickup.objects.get(case=case)
    assert (pickup.user, pickup.queue, pickup.method) == (worker, queue, "next")
    assert (pickup.queued_at, pickup.picked_at, pickup.waited) == (now - 50 * M, now, 50 * M)
    event = taken.events.get(kind=EventKind.ASSIGNED)
    assert event.actor == worker
    assert event.occurred_at == now
    assert event.summary == "Taken with Get next case from Permits after waiting 50 min"
    assert event.data == {
        "assignee": [None, worker.pk],
        "queue": queue.pk,
        "waited_seconds": 3000,
        "score_minutes": 80,
    }
    assert presence(worker).last_work_at == now


# The stored place in line, kept by the services ------------------------------------------


@pytest.fixture
def clock() -> Iterator[Clock]:
    with Clock() as running:
        yield running


@pytest.fixture
def intake(agency: Any, queue: Any, service: Any) -> dict[str, Any]:
    RoutingRuleFactory(agency=agency, name="Everything to permits", queue=queue)
    return {
        "worker": person(agency, queues=[queue], capacity=5),
        "supervisor": member(agency, Role.SUPERVISOR),
    }


def opened(agency: Any, service: Any, actor: Any, **fields: Any) -> Case:
    return services.case_open(
        agency=agency,
        service=service,
        channel=Channel.PHONE,
        subject="Extension at 4 Elm Road",
        actor=actor,
        **fields,
    )


def stored(case: Case) -> Case:
    return Case.objects.select_related("queue").get(pk=case.pk)


def assert_in_line(case: Case, *, queued_at: datetime, weights: timedelta) -> None:
    fresh = stored(case)
    assert fresh.queued_at == queued_at
    assert fresh.route_key == queued_at - weights
    assert fresh.route_key == keys.route_key(fresh)


def assert_out_of_line(case: Case) -> None:
    assert stored(case).route_key is None


class TestPlaceInLine:
    def test_intake_lines_the_case_up_by_its_priority(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        normal = opened(agency, service, intake["worker"])
        urgent = opened(agency, service, intake["worker"], priority=Priority.URGENT)
        assert_in_line(normal, queued_at=START, weights=30 * M)
        assert_in_line(urgent, queued_at=START, weights=90 * M)

    def test_a_priority_change_moves_the_case_at_once(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        case = opened(agency, service, intake["worker"])
        clock.forward(10 * M)
        services.case_update(case=case, priority=Priority.HIGH, actor=intake["worker"])
        assert_in_line(case, queued_at=START, weights=60 * M)
        services.case_update(case=case, priority=Priority.LOW, actor=intake["worker"])
        assert_in_line(case, queued_at=START, weights=0 * M)

    def test_the_service_level_sweep_moves_the_case_as_it_turns_at_risk_then_breached(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        SlaPolicyFactory(
            agency=agency,
            basis=SlaBasis.CALENDAR,
            response_target=H,
            resolution_target=None,
            escalate_after=None,
            warning_percent=75,
        )
        case = opened(agency, service, intake["worker"])
        assert stored(case).sla_state == SlaState.ON_TRACK
        assert_in_line(case, queued_at=START, weights=30 * M)
        sla_sweep(now=clock.forward(45 * M))
        assert stored(case).sla_state == SlaState.AT_RISK
        assert_in_line(case, queued_at=START, weights=(30 + 60) * M)
        sla_sweep(now=clock.forward(15 * M))
        # Breached (2 x 60) and, at the breach, one priority step up (high: 60).
        fresh = stored(case)
        assert (fresh.sla_state, fresh.priority) == (SlaState.BREACHED, Priority.HIGH)
        assert_in_line(case, queued_at=START, weights=(60 + 120) * M)

    def test_the_sweep_leaves_held_cases_out_of_line(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        SlaPolicyFactory(
            agency=agency,
            basis=SlaBasis.CALENDAR,
            response_target=H,
            resolution_target=None,
            escalate_after=None,
        )
        case = opened(agency, service, intake["worker"])
        clock.forward(5 * M)
        assert picks(intake["worker"], clock.now) == [case.pk]
        sla_sweep(now=clock.forward(2 * H))
        assert stored(case).sla_state == SlaState.BREACHED
        assert_out_of_line(case)

    def test_an_escalation_that_takes_a_held_case_away_frees_its_holder(
        self, agency: Any, queue: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        escalations = QueueFactory(agency=agency, name="Escalations")
        SlaPolicyFactory(
            agency=agency,
            basis=SlaBasis.CALENDAR,
            response_target=30 * M,
            resolution_target=None,
            escalate_after=30 * M,
            escalation_queue=escalations,
        )
        worker = person(agency, queues=[queue], capacity=1)
        case = opened(agency, service, worker)
        assert picks(worker, clock.now, times=1) == [case.pk]
        assert (presence(worker).state, presence(worker).busy_at_capacity) == (BUSY, True)
        # Breach at 30 minutes (one priority step up, to high), level 3 at 30 + 30: the case
        # goes, nobody's, to the escalation queue, breached (2 x 60) and high (2 x 30).
        moved_at = clock.forward(61 * M)
        sla_sweep(now=moved_at)
        fresh = stored(case)
        assert (fresh.assignee, fresh.queue) == (None, escalations)
        assert_in_line(case, queued_at=moved_at, weights=(60 + 120) * M)
        assert (presence(worker).state, presence(worker).busy_at_capacity) == (AVAILABLE, False)

    def test_unassigning_puts_the_case_at_the_back_of_the_line(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        case = opened(agency, service, intake["worker"])
        clock.forward(10 * M)
        assert picks(intake["worker"], clock.now) == [case.pk]
        assert_out_of_line(case)
        back = clock.forward(15 * M)
        services.case_unassign(case=case, actor=intake["supervisor"], reason="Shift over")
        assert_in_line(case, queued_at=back, weights=30 * M)

    def test_a_reopened_case_nobody_holds_is_back_in_line_and_a_held_one_is_not(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        worker = intake["worker"]
        waiting = opened(agency, service, worker)
        held = opened(agency, service, worker, priority=Priority.HIGH)
        assert picks(worker, clock.now, times=1) == [held.pk]
        for case in (waiting, held):
            services.case_change_status(
                case=case, status=CaseStatus.RESOLVED, resolution="Issued", actor=worker
            )
            assert_out_of_line(case)
        clock.forward(H)
        for case in (waiting, held):
            services.case_reopen(case=case, actor=worker, reason="Customer wrote back")
        assert_in_line(waiting, queued_at=START, weights=30 * M)
        assert_out_of_line(held)

    def test_waiting_on_the_customer_takes_the_case_out_of_line_and_the_answer_puts_it_back(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        worker = intake["worker"]
        case = opened(agency, service, worker, priority=Priority.HIGH)
        services.case_change_status(case=case, status=CaseStatus.OPEN, actor=worker)
        assert_in_line(case, queued_at=START, weights=60 * M)
        clock.forward(10 * M)
        services.case_change_status(case=case, status=CaseStatus.WAITING_CUSTOMER, actor=worker)
        assert_out_of_line(case)
        assert picks(worker, clock.now) == []
        clock.forward(10 * M)
        services.case_change_status(case=case, status=CaseStatus.OPEN, actor=worker)
        assert_in_line(case, queued_at=START, weights=60 * M)
        assert picks(worker, clock.now) == [case.pk]

    def test_a_held_case_stays_out_of_line_through_status_and_priority_changes(
        self, agency: Any, service: Any, intake: Any, clock: Clock
    ) -> None:
        worker = intake["worker"]
        case = opened(agency, service, worker)
        assert picks(worker, clock.now) == [case.pk]
        services.case_update(case=case, priority=Priority.URGENT, actor=worker)
        assert_out_of_line(case)
        for status in (CaseStatus.WAITING_CUSTOMER, CaseStatus.OPEN, CaseStatus.IN_PROGRESS):
            services.case_change_status(case=case, status=status, actor=worker)
            assert_out_of_line(case)
