"""Supervisor tools: transfer to a person (within capacity) or a queue, take back, snooze.

The clock is frozen at Monday 2 March 2026, 09:00 in Chicago; cases are placed in line
by hand with the waits the tests name.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from backoffice.errors import DomainError
from backoffice.models import Role
from cases import services
from cases.models import Case, CaseStatus, EventKind
from routing import keys
from routing.models import Offer, OfferStatus, Pickup, Presence, PresenceState, QueueMode
from routing.offers import offers_dispatch
from routing.supervise import (
    case_snooze,
    case_take_back,
    case_transfer_to_person,
    case_transfer_to_queue,
)
from routing.work import case_take_next

from ..backoffice.factories import AgencyFactory, UserFactory
from ..cases.factories import ServiceFactory
from ..conftest import member
from .factories import QueueFactory
from .factories_proofs import START, Clock, person, waiting_case

pytestmark = pytest.mark.django_db

M = timedelta(minutes=1)
H = timedelta(hours=1)
D = timedelta(days=1)


@pytest.fixture
def clock() -> Iterator[Clock]:
    with Clock() as running:
        yield running


@pytest.fixture
def desk(agency: Any, clock: Clock) -> dict[str, Any]:
    permits = QueueFactory(agency=agency, name="Permits", mode=QueueMode.PULL)
    licences = QueueFactory(
        agency=agency, name="Licences", mode=QueueMode.PUSH, offer_timeout_seconds=60
    )
    return {
        "permits": permits,
        "licences": licences,
        "service": ServiceFactory(agency=agency, name="Building permit"),
        "supervisor": member(agency, Role.SUPERVISOR, full_name="Sam Supervisor"),
        "ana": person(agency, queues=[permits], capacity=1, full_name="Ana Lopez"),
        "ben": person(agency, queues=[permits, licences], capacity=2, full_name="Ben Okafor"),
    }


def in_line(desk: dict[str, Any], queue: str = "permits", waited: timedelta = 20 * M) -> Case:
    return waiting_case(desk[queue], now=START, waited=waited, service=desk["service"])


def held_by(desk: dict[str, Any], name: str) -> Case:
    """A case the named person took with Get next case."""
    in_line(desk)
    pick = case_take_next(user=desk[name])
    assert pick is not None
    return pick.case


def stored(case: Case) -> Case:
    return Case.objects.select_related("queue").get(pk=case.pk)


def state_of(user: Any) -> str:
    return Presence.objects.get(user=user).state


# Transfer to a person --------------------------------------------------------------------


class TestTransferToPerson:
    def test_a_waiting_case_goes_to_someone_with_room_and_its_wait_is_recorded(
        self, desk: dict[str, Any]
    ) -> None:
        case = in_line(desk, waited=20 * M)
        case_transfer_to_person(
            case=case, user=desk["ben"], actor=desk["supervisor"], reason="Knows the site"
        )
        fresh = stored(case)
        assert (fresh.assignee, fresh.status, fresh.route_key) == (
            desk["ben"],
            CaseStatus.OPEN,
            None,
        )
        pickup = Pickup.objects.get(case=case)
        assert (pickup.user, pickup.method, pickup.waited) == (desk["ben"], "assigned", 20 * M)
        event = fresh.events.get(kind=EventKind.ASSIGNED)
        assert event.actor == desk["supervisor"]
        assert event.summary == "Assigned to Ben Okafor: Knows the site"

    def test_a_held_case_moves_and_frees_its_holder(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ana")
        assert state_of(desk["ana"]) == PresenceState.BUSY
        case_transfer_to_person(case=case, user=desk["ben"], actor=desk["supervisor"])
        assert stored(case).assignee == desk["ben"]
        assert state_of(desk["ana"]) == PresenceState.AVAILABLE
        # A hand-over between people is not a pickup from the queue.
        assert Pickup.objects.filter(case=case).count() == 1

    def test_filling_someones_capacity_makes_them_busy(self, desk: dict[str, Any]) -> None:
        case_transfer_to_person(case=in_line(desk), user=desk["ana"], actor=desk["supervisor"])
        presence = Presence.objects.get(user=desk["ana"])
        assert (presence.state, presence.busy_at_capacity) == (PresenceState.BUSY, True)

    def test_someone_at_capacity_is_refused_and_nothing_changes(self, desk: dict[str, Any]) -> None:
        held_by(desk, "ana")
        case = in_line(desk, waited=5 * M)
        with pytest.raises(DomainError, match=r"Ana Lopez is at capacity \(1 cases") as refused:
            case_transfer_to_person(case=case, user=desk["ana"], actor=desk["supervisor"])
        assert refused.value.field == "assignee"
        fresh = stored(case)
        assert fresh.assignee is None
        assert fresh.route_key == keys.route_key(fresh)
        assert fresh.route_key is not None

    def test_cases_waiting_on_the_customer_leave_room(self, desk: dict[str, Any]) -> None:
        first = held_by(desk, "ana")
        services.case_change_status(
            case=first, status=CaseStatus.WAITING_CUSTOMER, actor=desk["ana"]
        )
        case = in_line(desk, waited=5 * M)
        case_transfer_to_person(case=case, user=desk["ana"], actor=desk["supervisor"])
        assert stored(case).assignee == desk["ana"]

    def test_giving_someone_the_case_they_hold_is_refused(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ben")
        with pytest.raises(DomainError, match="Ben Okafor already has this case"):
            case_transfer_to_person(case=case, user=desk["ben"], actor=desk["supervisor"])

    def test_a_pending_offer_to_someone_else_is_withdrawn(self, desk: dict[str, Any]) -> None:
        case = in_line(desk, "licences")
        assert offers_dispatch(queue_id=desk["licences"].pk) == 1
        offer = Offer.objects.get(case=case)
        assert offer.user == desk["ben"]
        case_transfer_to_person(case=case, user=desk["ana"], actor=desk["supervisor"])
        offer.refresh_from_db()
        assert (offer.status, offer.answered_at) == (OfferStatus.WITHDRAWN, START)

    def test_a_caseworker_cannot_transfer(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        with pytest.raises(DomainError) as refused:
            case_transfer_to_person(case=case, user=desk["ben"], actor=desk["ana"])
        assert refused.value.code == "forbidden"
        assert stored(case).assignee is None

    def test_a_supervisor_of_another_agency_is_refused(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        outsider = member(AgencyFactory(), Role.SUPERVISOR)
        with pytest.raises(DomainError) as refused:
            case_transfer_to_person(case=case, user=desk["ben"], actor=outsider)
        assert refused.value.code == "forbidden"

    def test_the_case_goes_only_to_people_of_its_agency(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        stranger = person(AgencyFactory(), capacity=5)
        with pytest.raises(DomainError, match="works in this agency"):
            case_transfer_to_person(case=case, user=stranger, actor=desk["supervisor"])
        assert stored(case).assignee is None


# Transfer to a queue ---------------------------------------------------------------------


class TestTransferToQueue:
    def test_a_held_case_waits_in_the_new_queue_at_the_back_of_its_line(
        self, desk: dict[str, Any], clock: Clock
    ) -> None:
        case = held_by(desk, "ana")
        before_team = stored(case).team_id
        moved_at = clock.forward(30 * M)
        case_transfer_to_queue(
            case=case, queue=desk["licences"], actor=desk["supervisor"], reason="It is a licence"
        )
        fresh = stored(case)
        assert fresh.assignee is None
        assert (fresh.queue, fresh.team) == (desk["licences"], desk["licences"].team)
        assert fresh.queued_at == moved_at
        assert fresh.route_key == keys.route_key(fresh) == moved_at - 30 * M
        assert state_of(desk["ana"]) == PresenceState.AVAILABLE
        event = fresh.events.get(kind=EventKind.ROUTED)
        assert event.actor == desk["supervisor"]
        assert event.summary == "Transferred to the queue Licences: It is a licence"
        assert event.data == {
            "queue": [desk["permits"].pk, desk["licences"].pk],
            "assignee": [desk["ana"].pk, None],
            "team": [before_team, desk["licences"].team_id],
            "reason": "It is a licence",
        }

    def test_a_pending_offer_is_withdrawn_and_the_new_queue_gives_the_case_out(
        self, desk: dict[str, Any], clock: Clock
    ) -> None:
        case = in_line(desk, "licences")
        offers_dispatch(queue_id=desk["licences"].pk)
        offer = Offer.objects.get(case=case, status=OfferStatus.PENDING)
        moved_at = clock.forward(10 * M)
        case_transfer_to_queue(case=case, queue=desk["permits"], actor=desk["supervisor"])
        offer.refresh_from_db()
        assert (offer.status, offer.answered_at) == (OfferStatus.WITHDRAWN, moved_at)
        pick = case_take_next(user=desk["ana"])
        assert pick is not None
        assert pick.case.pk == case.pk

    def test_a_waiting_case_moves_between_queues(self, desk: dict[str, Any]) -> None:
        case = in_line(desk, "permits")
        case_transfer_to_queue(case=case, queue=desk["licences"], actor=desk["supervisor"])
        fresh = stored(case)
        assert (fresh.queue, fresh.assignee) == (desk["licences"], None)
        assert fresh.route_key == keys.route_key(fresh)
        assert fresh.route_key is not None

    def test_a_case_already_waiting_in_the_queue_is_refused(self, desk: dict[str, Any]) -> None:
        case = in_line(desk, "permits")
        with pytest.raises(DomainError, match="already waiting in Permits"):
            case_transfer_to_queue(case=case, queue=desk["permits"], actor=desk["supervisor"])

    def test_a_held_case_may_go_back_to_its_own_queue(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ben")
        case_transfer_to_queue(case=case, queue=desk["permits"], actor=desk["supervisor"])
        fresh = stored(case)
        assert (fresh.queue, fresh.assignee) == (desk["permits"], None)
        assert fresh.route_key is not None

    def test_only_an_active_queue_of_the_agency_is_accepted(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        foreign = QueueFactory(agency=AgencyFactory(), name="Foreign")
        closed = QueueFactory(agency=desk["permits"].agency, name="Old", is_active=False)
        for queue in (foreign, closed):
            with pytest.raises(DomainError, match="active queue of this agency") as refused:
                case_transfer_to_queue(case=case, queue=queue, actor=desk["supervisor"])
            assert refused.value.field == "queue"
        assert stored(case).queue == desk["permits"]

    def test_a_finished_case_cannot_be_transferred(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ben")
        services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Issued", actor=desk["ben"]
        )
        with pytest.raises(DomainError, match="resolved cannot be transferred"):
            case_transfer_to_queue(case=case, queue=desk["licences"], actor=desk["supervisor"])

    def test_a_caseworker_cannot_transfer(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ben")
        with pytest.raises(DomainError) as refused:
            case_transfer_to_queue(case=case, queue=desk["licences"], actor=desk["ben"])
        assert refused.value.code == "forbidden"
        assert stored(case).assignee == desk["ben"]


# Take back -------------------------------------------------------------------------------


class TestTakeBack:
    def test_the_case_goes_back_in_line_and_its_holder_is_free_again(
        self, desk: dict[str, Any], clock: Clock
    ) -> None:
        case = held_by(desk, "ana")
        back = clock.forward(45 * M)
        case_take_back(case=case, actor=desk["supervisor"])
        fresh = stored(case)
        assert (fresh.assignee, fresh.queue) == (None, desk["permits"])
        assert fresh.queued_at == back
        assert fresh.route_key == keys.route_key(fresh) == back - 30 * M
        assert state_of(desk["ana"]) == PresenceState.AVAILABLE
        event = fresh.events.get(kind=EventKind.UNASSIGNED)
        assert event.actor == desk["supervisor"]
        assert event.data == {"assignee": [desk["ana"].pk, None]}

    def test_the_timeline_says_whom_it_was_taken_from_and_why(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ana")
        case_take_back(case=case, actor=desk["supervisor"], reason="Out sick")
        event = stored(case).events.get(kind=EventKind.UNASSIGNED)
        assert "Taken back from Ana Lopez" in event.summary
        assert "Out sick" in event.summary

    def test_a_case_nobody_holds_cannot_be_taken_back(self, desk: dict[str, Any]) -> None:
        with pytest.raises(DomainError, match="Nobody holds this case") as refused:
            case_take_back(case=in_line(desk), actor=desk["supervisor"])
        assert refused.value.code == "conflict"

    def test_a_caseworker_cannot_take_a_case_back(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ana")
        with pytest.raises(DomainError) as refused:
            case_take_back(case=case, actor=desk["ben"])
        assert refused.value.code == "forbidden"
        assert stored(case).assignee == desk["ana"]


# Snooze ----------------------------------------------------------------------------------


class TestSnooze:
    def test_snoozing_records_until_when_and_why_in_the_agencys_time(
        self, desk: dict[str, Any]
    ) -> None:
        case = in_line(desk)
        case_snooze(case=case, until=START + 2 * H, actor=desk["ana"], reason="Call back")
        fresh = stored(case)
        assert fresh.snoozed_until == START + 2 * H
        event = fresh.events.get(kind=EventKind.SNOOZED)
        assert event.actor == desk["ana"]
        assert event.summary == "Snoozed for 2 h 0 min, until Mon 02 Mar 11:00: Call back"
        assert event.data == {
            "snoozed_until": [None, (START + 2 * H).isoformat()],
            "reason": "Call back",
        }
        # A snoozed case keeps its place in line.
        assert fresh.route_key == keys.route_key(fresh)
        assert fresh.route_key is not None

    def test_waking_a_case_now_ends_the_snooze_on_the_timeline(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        case_snooze(case=case, until=START + 2 * H, actor=desk["ana"])
        case_snooze(case=case, until=None, actor=desk["supervisor"], reason="Customer called")
        fresh = stored(case)
        assert fresh.snoozed_until is None
        events = list(fresh.events.filter(kind=EventKind.SNOOZED).order_by("id"))
        assert [event.summary for event in events] == [
            "Snoozed for 2 h 0 min, until Mon 02 Mar 11:00",
            "Snooze ended: Customer called",
        ]
        assert events[1].data["snoozed_until"] == [(START + 2 * H).isoformat(), None]

    def test_waking_a_case_that_is_not_snoozed_is_refused(self, desk: dict[str, Any]) -> None:
        with pytest.raises(DomainError, match="not snoozed") as refused:
            case_snooze(case=in_line(desk), until=None, actor=desk["ana"])
        assert refused.value.code == "conflict"

    @pytest.mark.parametrize("until", [START - M, START])
    def test_a_time_not_in_the_future_is_refused(self, desk: dict[str, Any], until: Any) -> None:
        case = in_line(desk)
        with pytest.raises(DomainError, match="future") as refused:
            case_snooze(case=case, until=until, actor=desk["ana"])
        assert refused.value.field == "until"
        assert stored(case).snoozed_until is None
        assert not stored(case).events.filter(kind=EventKind.SNOOZED).exists()

    def test_thirty_days_is_the_longest_snooze(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        with pytest.raises(DomainError, match="30 days at most") as refused:
            case_snooze(case=case, until=START + 30 * D + M, actor=desk["ana"])
        assert refused.value.field == "until"
        case_snooze(case=case, until=START + 30 * D, actor=desk["ana"])
        assert stored(case).snoozed_until == START + 30 * D

    def test_the_time_checks_use_the_moment_given(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        later = START + 5 * D
        with pytest.raises(DomainError, match="future"):
            case_snooze(case=case, until=START + D, actor=desk["ana"], now=later)
        case_snooze(case=case, until=later + 30 * D, actor=desk["ana"], now=later)

    def test_only_an_open_case_can_be_snoozed(self, desk: dict[str, Any]) -> None:
        case = held_by(desk, "ben")
        services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Issued", actor=desk["ben"]
        )
        with pytest.raises(DomainError, match="Only an open case"):
            case_snooze(case=case, until=START + H, actor=desk["ben"])

    def test_people_outside_the_agency_cannot_snooze(self, desk: dict[str, Any]) -> None:
        case = in_line(desk)
        for someone in (member(AgencyFactory(), Role.SUPERVISOR), UserFactory()):
            with pytest.raises(DomainError) as refused:
                case_snooze(case=case, until=START + H, actor=someone)
            assert refused.value.code == "forbidden"
        assert stored(case).snoozed_until is None

    def test_a_pending_offer_is_withdrawn_and_no_offer_is_made_until_the_snooze_ends(
        self, desk: dict[str, Any], clock: Clock
    ) -> None:
        case = in_line(desk, "licences")
        offers_dispatch(queue_id=desk["licences"].pk)
        offer = Offer.objects.get(case=case)
        case_snooze(case=case, until=START + H, actor=desk["supervisor"])
        offer.refresh_from_db()
        assert offer.status == OfferStatus.WITHDRAWN
        assert offers_dispatch(queue_id=desk["licences"].pk, now=START + 59 * M) == 0
        assert offers_dispatch(queue_id=desk["licences"].pk, now=START + H) == 1
        assert Offer.objects.get(case=case, status=OfferStatus.PENDING).user == desk["ben"]
