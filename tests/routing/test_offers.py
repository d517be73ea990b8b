"""Push queues: offers to the longest idle available person, expiry, declines, missed offers,
accepting, overflow, the timeline, and the offer banner with its accept and decline pages.

The services are called with an explicit ``now`` so a timeout passes without waiting.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.template.loader import get_template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from backoffice.celery import app as celery_app
from backoffice.errors import DomainError
from backoffice.models import Role, User
from cases import services as case_services
from cases.models import Case, CaseEvent, CaseStatus, Channel, EventKind, Priority
from routing import keys, offers, tasks
from routing.models import (
    AwayReason,
    Decline,
    Offer,
    OfferStatus,
    Pickup,
    PickupMethod,
    Presence,
    PresenceLog,
    PresenceState,
    QueueMode,
)
from routing.offers import (
    case_decline,
    offer_accept,
    offer_decline,
    offer_for,
    offers_dispatch,
    overflow_sweep,
    routing_sweep,
)
from routing.presence import presence_set
from routing.supervise import case_snooze

from ..cases.factories import ServiceFactory
from ..conftest import member
from .factories import QueueFactory, RoutingRuleFactory, SkillFactory
from .factories_offers import (
    MINUTE,
    give_skill,
    held_case,
    push_queue,
    queue_member,
    waiting_case,
)

AVAILABLE, BUSY, AWAY, OFFLINE = (
    PresenceState.AVAILABLE,
    PresenceState.BUSY,
    PresenceState.AWAY,
    PresenceState.OFFLINE,
)


@pytest.fixture
def now() -> datetime:
    return timezone.now()


@pytest.fixture
def queue(agency: Any) -> Any:
    return push_queue(
        agency,
        name="Permit calls",
        offer_timeout_seconds=60,
        relax_level_after_minutes=60,
        drop_preferred_after_minutes=30,
        priority_step_minutes=30,
    )


def pending(case: Case) -> Offer | None:
    return Offer.objects.filter(case=case, status=OfferStatus.PENDING).first()


def offered_to(case: Case) -> User | None:
    offer = pending(case)
    return offer.user if offer else None


def presence(user: User) -> Presence:
    return Presence.objects.get(user=user)


def offer_events(case: Case) -> list[str]:
    events = CaseEvent.objects.filter(case=case, kind=EventKind.OFFER).order_by("occurred_at", "pk")
    return [event.summary for event in events]


# Dispatch ----------------------------------------------------------------------------------


class TestDispatch:
    def test_a_case_goes_to_the_longest_idle_available_member(
        self, queue: Any, now: datetime
    ) -> None:
        recent = queue_member(queue, idle_since=now - 5 * MINUTE)
        longest = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Dana Idle")
        # Available the longest, but given work two minutes ago: idle only since then.
        worked = queue_member(queue, idle_since=now - 60 * MINUTE)
        Presence.objects.filter(user=worked).update(last_work_at=now - 2 * MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)

        assert offers_dispatch(queue_id=queue.pk, now=now) == 1

        offer = pending(case)
        assert offer is not None
        assert offer.user == longest
        assert (offer.queue, offer.offered_at) == (queue, now)
        assert offer.expires_at == now + timedelta(seconds=60)
        assert offer_events(case) == ["Offered to Dana Idle from Permit calls"]
        assert offered_to(case) not in (recent, worked)

    def test_best_case_goes_first_and_each_person_gets_one_offer(
        self, queue: Any, now: datetime
    ) -> None:
        first = queue_member(queue, idle_since=now - 30 * MINUTE)
        second = queue_member(queue, idle_since=now - 20 * MINUTE)
        older = waiting_case(queue, queued_at=now - 10 * MINUTE)
        urgent = waiting_case(queue, queued_at=now - MINUTE, priority=Priority.URGENT)
        newest = waiting_case(queue, queued_at=now)

        assert offers_dispatch(queue_id=queue.pk, now=now) == 2

        # Urgent counts as 60 more minutes of waiting than normal (two steps of 30).
        assert offered_to(urgent) == first
        assert offered_to(older) == second
        assert pending(newest) is None
        # Run again: nobody is free, nothing changes.
        assert offers_dispatch(queue_id=queue.pk, now=now) == 0
        assert Offer.objects.count() == 2

    @pytest.mark.parametrize("state", [BUSY, AWAY, OFFLINE])
    def test_nobody_but_available_people_get_offers(
        self, queue: Any, now: datetime, state: str
    ) -> None:
        queue_member(queue, state=state, idle_since=now - 60 * MINUTE)
        available = queue_member(queue, idle_since=now - MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)

        offers_dispatch(queue_id=queue.pk, now=now)

        assert offered_to(case) == available

    def test_people_at_capacity_or_with_a_pending_offer_get_none(
        self, queue: Any, now: datetime
    ) -> None:
        full = queue_member(queue, idle_since=now - 60 * MINUTE, capacity=1)
        held_case(queue, full)
        offered = queue_member(queue, idle_since=now - 50 * MINUTE)
        earlier = waiting_case(queue, queued_at=now - 30 * MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        assert offered_to(earlier) == offered

        later = waiting_case(queue, queued_at=now - MINUTE)
        assert offers_dispatch(queue_id=queue.pk, now=now) == 0
        assert pending(later) is None

        free = queue_member(queue, idle_since=now - MINUTE)
        assert offers_dispatch(queue_id=queue.pk, now=now) == 1
        assert offered_to(later) == free

    def test_a_pull_queue_or_an_inactive_queue_offers_nothing(
        self, agency: Any, now: datetime
    ) -> None:
        pull = push_queue(agency, mode=QueueMode.PULL)
        inactive = push_queue(agency, is_active=False)
        for queue in (pull, inactive):
            queue_member(queue, idle_since=now - MINUTE)
            waiting_case(queue, queued_at=now - MINUTE)
            assert offers_dispatch(queue_id=queue.pk, now=now) == 0
        assert not Offer.objects.exists()

    def test_skills_decide_who_qualifies_and_relax_with_the_wait(
        self, agency: Any, queue: Any, now: datetime
    ) -> None:
        spanish = SkillFactory(agency=agency, name="Spanish")
        novice = queue_member(queue, idle_since=now - 60 * MINUTE)
        give_skill(novice, spanish, 2)
        fluent = queue_member(queue, idle_since=now - MINUTE)
        give_skill(fluent, spanish, 4)
        fresh = waiting_case(queue, queued_at=now - MINUTE, needs=((spanish, 3, True),))

        offers_dispatch(queue_id=queue.pk, now=now)
        assert offered_to(fresh) == fluent

        # After an hour of waiting (relax_level_after_minutes) level 2 is enough, and the
        # longest idle person gets it.
        waited = waiting_case(queue, queued_at=now - 61 * MINUTE, needs=((spanish, 3, True),))
        offers_dispatch(queue_id=queue.pk, now=now)
        assert offered_to(waited) == novice

    def test_a_preferred_skill_counts_only_until_it_is_dropped(
        self, agency: Any, queue: Any, now: datetime
    ) -> None:
        permits = SkillFactory(agency=agency, name="Permits")
        nobody_has_it = waiting_case(queue, queued_at=now - MINUTE, needs=((permits, 2, False),))
        person = queue_member(queue, idle_since=now - MINUTE)

        assert offers_dispatch(queue_id=queue.pk, now=now) == 0
        later = now + 30 * MINUTE  # drop_preferred_after_minutes
        Presence.objects.filter(user=person).update(last_activity_at=later)
        assert offers_dispatch(queue_id=queue.pk, now=later) == 1
        assert offered_to(nobody_has_it) == person

    def test_cases_deep_in_line_are_offered_when_nobody_qualifies_for_those_ahead(
        self, agency: Any, queue: Any, now: datetime, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(offers, "DISPATCH_PAGE", 2)
        rare = SkillFactory(agency=agency, name="Sign language")
        for minutes in (50, 40, 30, 20, 10):
            waiting_case(queue, queued_at=now - minutes * MINUTE, needs=((rare, 1, True),))
        plain = waiting_case(queue, queued_at=now - MINUTE)
        person = queue_member(queue, idle_since=now - MINUTE)

        assert offers_dispatch(queue_id=queue.pk, now=now) == 1
        assert offered_to(plain) == person

    def test_a_snoozed_case_is_not_offered_until_it_wakes(self, queue: Any, now: datetime) -> None:
        supervisor = member(queue.agency, Role.SUPERVISOR)
        case = waiting_case(queue, queued_at=now - 10 * MINUTE)
        case_snooze(case=case, until=now + 5 * MINUTE, actor=supervisor, now=now)
        person = queue_member(queue, idle_since=now - MINUTE)

        assert offers_dispatch(queue_id=queue.pk, now=now) == 0
        assert offers_dispatch(queue_id=queue.pk, now=now + 6 * MINUTE) == 1
        assert offered_to(case) == person

    def test_a_case_routed_to_a_push_queue_is_offered_when_intake_commits(
        self,
        agency: Any,
        queue: Any,
        now: datetime,
        django_capture_on_commit_callbacks: Any,
    ) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        RoutingRuleFactory(agency=agency, queue=queue)
        previous = celery_app.conf.task_always_eager
        celery_app.conf.task_always_eager = True
        try:
            with django_capture_on_commit_callbacks(execute=True):
                case = case_services.case_open(
                    agency=agency,
                    service=ServiceFactory(agency=agency),
                    channel=Channel.PHONE,
                    subject="Porch extension",
                    actor=person,
                )
        finally:
            celery_app.conf.task_always_eager = previous
        assert case.queue == queue
        offer = pending(case)
        assert offer is not None
        assert offer.user == person


# Expiry, missed offers and declines ---------------------------------------------------------


class TestExpiry:
    def test_an_unanswered_offer_expires_and_the_case_goes_to_the_next_person(
        self, queue: Any, now: datetime
    ) -> None:
        first = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Ada First")
        second = queue_member(queue, idle_since=now - 20 * MINUTE, full_name="Ben Second")
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        assert offer.user == first

        # Not yet: one second before the timeout nothing happens.
        assert routing_sweep(now=now + timedelta(seconds=59)).expired == 0
        assert pending(case) == offer

        result = routing_sweep(now=now + timedelta(seconds=60))
        assert (result.expired, result.offered) == (1, 1)
        offer.refresh_from_db()
        assert offer.status == OfferStatus.EXPIRED
        assert offer.answered_at == now + timedelta(seconds=60)
        assert offered_to(case) == second
        assert presence(first).missed_offers == 1
        assert presence(first).state == AVAILABLE
        assert offer_events(case) == [
            "Offered to Ada First from Permit calls",
            "The offer to Ada First expired unanswered",
            "Offered to Ben Second from Permit calls",
        ]

    def test_whoever_let_it_expire_gets_it_again_only_when_nobody_else_can(
        self, queue: Any, now: datetime
    ) -> None:
        only = queue_member(queue, idle_since=now - 30 * MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)

        routing_sweep(now=now + timedelta(seconds=60))

        offer = pending(case)
        assert offer is not None
        assert (offer.user, offer.offered_at) == (only, now + timedelta(seconds=60))

    def test_after_a_miss_the_case_goes_to_someone_else_before_the_one_who_missed_it(
        self, queue: Any, now: datetime
    ) -> None:
        ada = queue_member(queue, idle_since=now - 30 * MINUTE)
        ben = queue_member(queue, idle_since=now - 20 * MINUTE)
        first = waiting_case(queue, queued_at=now - 2 * MINUTE)
        second = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        assert (offered_to(first), offered_to(second)) == (ada, ben)

        routing_sweep(now=now + timedelta(seconds=60))  # both missed

        # Ada has been idle longer and the first case is better, yet Ada missed it.
        assert (offered_to(first), offered_to(second)) == (ben, ada)

    def test_two_missed_offers_in_a_row_set_the_person_away_not_responding(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - 30 * MINUTE)
        waiting_case(queue, queued_at=now - MINUTE)

        offers_dispatch(queue_id=queue.pk, now=now)
        routing_sweep(now=now + timedelta(seconds=60))  # first miss; offered again
        assert presence(person).state == AVAILABLE
        assert Offer.objects.filter(user=person, status=OfferStatus.PENDING).exists()

        result = routing_sweep(now=now + timedelta(seconds=120))  # second miss
        assert result.expired == 1
        state = presence(person)
        assert (state.state, state.reason, state.missed_offers) == (
            AWAY,
            AwayReason.NOT_RESPONDING,
            2,
        )
        log = PresenceLog.objects.get(user=person, ended_at__isnull=True)
        assert (log.state, log.reason, log.changed_by) == (AWAY, AwayReason.NOT_RESPONDING, None)
        assert not Offer.objects.filter(status=OfferStatus.PENDING).exists()

        # Coming back resets the count.
        presence_set(user=person, state=AVAILABLE, actor=person)
        assert presence(person).missed_offers == 0

    def test_an_answer_between_two_misses_resets_the_count(self, queue: Any, now: datetime) -> None:
        person = queue_member(queue, idle_since=now - 30 * MINUTE, capacity=5)
        for minutes in (4, 3, 2):
            waiting_case(queue, queued_at=now - minutes * MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        routing_sweep(now=now + timedelta(seconds=60))  # miss
        assert presence(person).missed_offers == 1

        accepted = Offer.objects.get(user=person, status=OfferStatus.PENDING)
        offer_accept(offer=accepted, user=person, now=now + timedelta(seconds=61))
        assert presence(person).missed_offers == 0

        routing_sweep(now=now + timedelta(seconds=62))  # offered the last case
        routing_sweep(now=now + timedelta(seconds=122))  # miss again: one in a row
        state = presence(person)
        assert (state.state, state.missed_offers) == (AVAILABLE, 1)

    def test_a_declined_case_is_never_offered_to_that_person_again(
        self, queue: Any, now: datetime
    ) -> None:
        first = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Ada First")
        second = queue_member(queue, idle_since=now - 20 * MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        assert offer.user == first

        decline = offer_decline(offer=offer, user=first, reason="  I know the applicant ", now=now)

        assert (decline.case, decline.user, decline.reason) == (case, first, "I know the applicant")
        offer.refresh_from_db()
        assert (offer.status, offer.answered_at) == (OfferStatus.DECLINED, now)
        assert offer_events(case)[-1] == "Ada First declined the offer: I know the applicant"
        offers_dispatch(queue_id=queue.pk, now=now)
        assert offered_to(case) == second

        # The second declines too: the first is free and idle longest, yet never gets it.
        second_offer = pending(case)
        assert second_offer is not None
        offer_decline(offer=second_offer, user=second, now=now)
        assert offers_dispatch(queue_id=queue.pk, now=now) == 0
        assert pending(case) is None
        assert Decline.objects.filter(case=case).count() == 2

    def test_declining_a_waiting_case_before_any_offer_keeps_it_from_the_person(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        case_decline(case=case, user=person, reason="Conflict of interest")
        assert offers_dispatch(queue_id=queue.pk, now=now) == 0

    def test_declining_resets_missed_offers(self, queue: Any, now: datetime) -> None:
        person = queue_member(queue, idle_since=now - 30 * MINUTE)
        waiting_case(queue, queued_at=now - 2 * MINUTE)
        waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        routing_sweep(now=now + timedelta(seconds=60))
        offer = Offer.objects.get(user=person, status=OfferStatus.PENDING)
        offer_decline(offer=offer, user=person, now=now + timedelta(seconds=61))
        assert presence(person).missed_offers == 0

    def test_an_answered_offer_cannot_be_declined(self, queue: Any, now: datetime) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        offer_decline(offer=offer, user=person, now=now)
        with pytest.raises(DomainError, match="no longer open: declined"):
            offer_decline(offer=offer, user=person, now=now)


class TestWithdrawal:
    @pytest.mark.parametrize("state", [BUSY, AWAY, OFFLINE])
    def test_an_offer_to_someone_no_longer_available_is_withdrawn_not_missed(
        self, queue: Any, now: datetime, state: str
    ) -> None:
        leaving = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Lee Leaving")
        staying = queue_member(queue, idle_since=now - 20 * MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        assert offered_to(case) == leaving

        presence_set(user=leaving, state=state, actor=leaving)
        result = routing_sweep(now=now + timedelta(seconds=5))

        assert (result.withdrawn, result.expired, result.offered) == (1, 0, 1)
        assert offered_to(case) == staying
        assert presence(leaving).missed_offers == 0
        assert "The offer to Lee Leaving was withdrawn" in offer_events(case)

    def test_an_offer_of_a_case_assigned_meanwhile_is_withdrawn(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - 30 * MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        # Taken without going through the services that withdraw offers themselves.
        Case.objects.filter(pk=case.pk).update(assignee=person, route_key=None)

        assert routing_sweep(now=now + timedelta(seconds=5)).withdrawn == 1
        assert not Offer.objects.filter(status=OfferStatus.PENDING).exists()
        assert offer_for(person) is None


# Accepting -----------------------------------------------------------------------------------


class TestAccept:
    def test_accepting_gives_the_case_records_the_pickup_and_touches_no_other_offer(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Ada First")
        other = queue_member(queue, idle_since=now - 20 * MINUTE)
        case = waiting_case(queue, queued_at=now - 10 * MINUTE)
        other_case = waiting_case(queue, queued_at=now - 5 * MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        assert offer.user == person
        later = now + timedelta(seconds=30)

        accepted = offer_accept(offer=offer, user=person, now=later)

        assert accepted.pk == case.pk
        case.refresh_from_db()
        assert (case.assignee, case.status, case.route_key) == (person, CaseStatus.OPEN, None)
        offer.refresh_from_db()
        assert (offer.status, offer.answered_at) == (OfferStatus.ACCEPTED, later)
        pickup = Pickup.objects.get(case=case)
        assert (pickup.user, pickup.method, pickup.queue) == (person, PickupMethod.OFFER, queue)
        assert pickup.waited == timedelta(minutes=10, seconds=30)
        assert offered_to(other_case) == other, "another offer was touched"
        event = CaseEvent.objects.get(case=case, kind=EventKind.ASSIGNED)
        assert event.actor == person
        assert event.summary == (
            "Ada First accepted the offer from Permit calls after it waited 10 min"
        )
        assert presence(person).last_work_at == later
        assert presence(person).state == AVAILABLE  # 1 of 3 cases

    def test_accepting_the_last_free_place_turns_the_person_busy(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - MINUTE, capacity=2)
        held_case(queue, person)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None

        offer_accept(offer=offer, user=person, now=now)

        state = presence(person)
        assert (state.state, state.busy_at_capacity) == (BUSY, True)

    def test_an_offer_past_its_time_cannot_be_accepted(self, queue: Any, now: datetime) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None

        with pytest.raises(DomainError, match="expired"):
            offer_accept(offer=offer, user=person, now=now + timedelta(seconds=60))
        routing_sweep(now=now + timedelta(seconds=60))
        with pytest.raises(DomainError, match="no longer open: expired unanswered"):
            offer_accept(offer=offer, user=person, now=now + timedelta(seconds=61))
        case.refresh_from_db()
        assert case.assignee is None

    def test_a_case_someone_else_took_cannot_be_accepted_and_the_offer_is_withdrawn(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        taker = member(queue.agency, Role.CASEWORKER)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        # Claimed between the sweep and the click, by a path that left the offer pending.
        Case.objects.filter(pk=case.pk).update(assignee=taker, route_key=None)

        with pytest.raises(DomainError, match="Someone else already has this case"):
            offer_accept(offer=offer, user=person, now=now)

        offer.refresh_from_db()
        assert offer.status == OfferStatus.WITHDRAWN
        case.refresh_from_db()
        assert case.assignee == taker
        assert not Pickup.objects.filter(case=case).exists()

    def test_an_offer_withdrawn_by_an_assignment_cannot_be_accepted(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        supervisor = member(queue.agency, Role.SUPERVISOR)
        taker = member(queue.agency, Role.CASEWORKER)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        case_services.case_assign(case=case, assignee=taker, actor=supervisor)

        with pytest.raises(DomainError, match="no longer open: withdrawn"):
            offer_accept(offer=offer, user=person, now=now)

    def test_a_case_moved_to_another_queue_cannot_be_accepted(
        self, queue: Any, now: datetime
    ) -> None:
        person = queue_member(queue, idle_since=now - MINUTE)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        Case.objects.filter(pk=case.pk).update(queue=push_queue(queue.agency))

        with pytest.raises(DomainError, match="no longer waiting in Permit calls"):
            offer_accept(offer=offer, user=person, now=now)

    def test_at_capacity_an_offer_cannot_be_accepted(self, queue: Any, now: datetime) -> None:
        person = queue_member(queue, idle_since=now - MINUTE, capacity=1)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        held_case(queue, person)  # assigned meanwhile

        with pytest.raises(DomainError, match="your capacity"):
            offer_accept(offer=offer, user=person, now=now)
        assert pending(case) == offer

    def test_nobody_accepts_or_declines_an_offer_made_to_someone_else(
        self, queue: Any, now: datetime
    ) -> None:
        queue_member(queue, idle_since=now - MINUTE)
        intruder = queue_member(queue, idle_since=now)
        case = waiting_case(queue, queued_at=now - MINUTE)
        offers_dispatch(queue_id=queue.pk, now=now)
        offer = pending(case)
        assert offer is not None
        assert offer.user != intruder

        with pytest.raises(DomainError) as refused:
            offer_accept(offer=offer, user=intruder, now=now)
        assert refused.value.code == "forbidden"
        with pytest.raises(DomainError):
            offer_decline(offer=offer, user=intruder, now=now)
        assert pending(case) == offer


# Overflow ------------------------------------------------------------------------------------


class TestOverflow:
    def test_a_case_past_its_wait_moves_to_the_overflow_queue_keeping_its_queued_time(
        self, agency: Any, now: datetime
    ) -> None:
        overflow = push_queue(agency, name="Overflow desk")
        queue = push_queue(
            agency, name="Front desk", overflow_queue=overflow, overflow_after_minutes=15
        )
        stuck = waiting_case(queue, queued_at=now - 16 * MINUTE)
        recent = waiting_case(queue, queued_at=now - 14 * MINUTE)
        # A pending offer of the stuck case, to someone who stays in the first queue only.
        holder = queue_member(queue, idle_since=now - MINUTE)
        Offer.objects.create(
            case=stuck, user=holder, queue=queue, offered_at=now, expires_at=now + MINUTE
        )
        helper = queue_member(overflow, idle_since=now - MINUTE)

        result = routing_sweep(now=now)

        assert result.overflowed == 1
        stuck.refresh_from_db()
        assert (stuck.queue, stuck.team_id) == (overflow, overflow.team_id)
        assert stuck.queued_at == now - 16 * MINUTE
        assert stuck.route_key == keys.route_key(stuck)
        recent.refresh_from_db()
        assert recent.queue == queue
        assert Offer.objects.get(user=holder, case=stuck).status == OfferStatus.WITHDRAWN
        event = CaseEvent.objects.get(case=stuck, kind=EventKind.ROUTED)
        assert event.summary == (
            "Moved to the overflow queue Overflow desk after waiting 16 min in Front desk"
        )
        assert event.data == {"queue": [queue.pk, overflow.pk], "overflow": True}
        # The same sweep offers it from the overflow queue; the holder gets the other one.
        assert offered_to(stuck) == helper
        assert offered_to(recent) == holder
        assert overflow_sweep(now=now) == 0

    def test_an_inactive_overflow_queue_keeps_the_case_where_it_is(
        self, agency: Any, now: datetime
    ) -> None:
        overflow = QueueFactory(agency=agency, is_active=False)
        queue = push_queue(agency, overflow_queue=overflow, overflow_after_minutes=5)
        case = waiting_case(queue, queued_at=now - 60 * MINUTE)
        assert overflow_sweep(now=now) == 0
        case.refresh_from_db()
        assert case.queue == queue


def test_the_sweep_task_reports_what_it_did(queue: Any) -> None:
    now = timezone.now()
    queue_member(queue, idle_since=now - MINUTE)
    waiting_case(queue, queued_at=now - MINUTE)
    assert tasks.routing_sweep() == {"withdrawn": 0, "expired": 0, "overflowed": 0, "offered": 1}
    assert tasks.offers_dispatch(queue.pk) == 0


def test_the_timeline_tells_offered_expired_declined_and_accepted(
    queue: Any, now: datetime
) -> None:
    ada = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Ada First")
    ben = queue_member(queue, idle_since=now - 20 * MINUTE, full_name="Ben Second")
    cy = queue_member(queue, idle_since=now - 10 * MINUTE, full_name="Cy Third")
    case = waiting_case(queue, queued_at=now - MINUTE)
    offers_dispatch(queue_id=queue.pk, now=now)  # Ada
    routing_sweep(now=now + timedelta(seconds=60))  # Ada misses; Ben
    ben_offer = pending(case)
    assert ben_offer is not None
    assert ben_offer.user == ben
    offer_decline(offer=ben_offer, user=ben, now=now + timedelta(seconds=70))
    offers_dispatch(queue_id=queue.pk, now=now + timedelta(seconds=71))  # Cy (Ada missed it)
    cy_offer = pending(case)
    assert cy_offer is not None
    assert cy_offer.user == cy
    offer_accept(offer=cy_offer, user=cy, now=now + timedelta(seconds=80))

    events = CaseEvent.objects.filter(case=case).order_by("occurred_at", "pk")
    assert [(event.kind, event.summary) for event in events] == [
        (EventKind.OFFER, "Offered to Ada First from Permit calls"),
        (EventKind.OFFER, "The offer to Ada First expired unanswered"),
        (EventKind.OFFER, "Offered to Ben Second from Permit calls"),
        (EventKind.OFFER, "Ben Second declined the offer"),
        (EventKind.OFFER, "Offered to Cy Third from Permit calls"),
        (EventKind.ASSIGNED, "Cy Third accepted the offer from Permit calls after it waited 2 min"),
    ]
    assert presence(ada).missed_offers == 1


# The banner and its pages --------------------------------------------------------------------


def render_banner(request: Any) -> str:
    """The banner as base.html includes it, without the context processors' queries."""
    return str(get_template("routing/offers/_banner.html").render({"request": request}))


def banner_html(user: Any, rf: RequestFactory) -> str:
    request = rf.get("/cases/")
    request.user = user
    return render_banner(request)


@pytest.fixture
def offered(queue: Any) -> tuple[User, Offer]:
    """A person with an open offer of a waiting case in the push queue."""
    now = timezone.now()
    person = queue_member(queue, idle_since=now - MINUTE)
    case = waiting_case(
        queue, queued_at=now - MINUTE, subject="Fence permit at 12 Oak Lane", priority=Priority.HIGH
    )
    offers_dispatch(queue_id=queue.pk, now=now)
    offer = pending(case)
    assert offer is not None
    return person, offer


def messages_of(response: Any) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


class TestBanner:
    def test_someone_in_no_push_queue_gets_nothing_for_one_query(
        self, agency: Any, rf: RequestFactory
    ) -> None:
        pull = push_queue(agency, mode=QueueMode.PULL)
        person = queue_member(pull)
        with CaptureQueriesContext(connection) as queries:
            html = banner_html(person, rf)
        assert html.strip() == ""
        assert len(queries) == 1

    def test_without_an_offer_a_member_gets_an_empty_polling_container(
        self, queue: Any, rf: RequestFactory
    ) -> None:
        person = queue_member(queue)
        with CaptureQueriesContext(connection) as queries:
            html = banner_html(person, rf)
        assert len(queries) == 1
        assert 'id="offer-banner"' in html
        assert f'hx-get="{reverse("offer_banner")}?shown="' in html
        assert 'hx-trigger="every 10s"' in html
        assert 'aria-live="polite"' in html
        assert "<section" not in html
        # Nothing visible: the only text is the no-script link.
        visible = html.split("<noscript>")[0]
        assert all(not chunk.strip() for chunk in _texts(visible))

    def test_an_offer_shows_what_it_is_how_long_is_left_and_the_two_answers(
        self, offered: tuple[User, Offer], rf: RequestFactory
    ) -> None:
        person, offer = offered
        with CaptureQueriesContext(connection) as queries:
            html = banner_html(person, rf)
        assert len(queries) == 2
        case = offer.case
        for text in (
            case.reference,
            "Fence permit at 12 Oak Lane",
            case.service.name,
            "Permit calls",
            "High",
            "seconds left",
        ):
            assert text in html
        assert reverse("offer_accept", args=[offer.pk]) in html
        assert reverse("offer_decline", args=[offer.pk]) in html
        assert 'name="reason"' in html
        assert f'?shown={offer.pk}"' in html

    def test_the_banner_is_worked_out_once_per_request(
        self, offered: tuple[User, Offer], rf: RequestFactory
    ) -> None:
        person, _offer = offered
        request = rf.get("/")
        request.user = person
        render_banner(request)
        with CaptureQueriesContext(connection) as queries:
            html = render_banner(request)
        assert "Fence permit at 12 Oak Lane" in html
        assert len(queries) == 0

    def test_a_poll_that_finds_the_same_offer_only_updates_the_time_left(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        response = client_for(person).get(
            reverse("offer_banner"), {"shown": offer.pk}, headers={"HX-Request": "true"}
        )
        assert response.status_code == 200
        assert response["HX-Reswap"] == "none"
        html = response.content.decode()
        assert f'id="offer-{offer.pk}-time-left" hx-swap-oob="innerHTML"' in html
        assert "<section" not in html

    def test_a_poll_that_finds_a_new_offer_swaps_it_in_and_announces_it(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        response = client_for(person).get(
            reverse("offer_banner"), {"shown": ""}, headers={"HX-Request": "true"}
        )
        html = response.content.decode()
        assert "HX-Reswap" not in response
        assert html.count('id="offer-banner"') == 1
        assert '<p id="offer-announcement" hx-swap-oob="innerHTML">New case offered to you: ' in (
            html
        )
        assert offer.case.reference in html

    def test_a_poll_after_the_offer_went_empties_the_banner(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        Offer.objects.filter(pk=offer.pk).update(status=OfferStatus.WITHDRAWN)
        response = client_for(person).get(
            reverse("offer_banner"), {"shown": offer.pk}, headers={"HX-Request": "true"}
        )
        html = response.content.decode()
        assert 'id="offer-banner"' in html
        assert "<section" not in html
        assert '<p id="offer-announcement" hx-swap-oob="innerHTML"></p>' in html

    def test_polling_stops_when_signed_out_or_in_no_push_queue(
        self, agency: Any, client: Client, client_for: Any
    ) -> None:
        htmx = {"HX-Request": "true"}
        assert client.get(reverse("offer_banner"), headers=htmx).status_code == 286
        outsider = member(agency, Role.CASEWORKER)
        assert client_for(outsider).get(reverse("offer_banner"), headers=htmx).status_code == 286
        response = client.get(reverse("offer_banner"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))

    def test_the_offers_page_shows_the_offer_once_and_past_offers(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        Offer.objects.create(
            case=offer.case,
            user=person,
            queue=offer.queue,
            offered_at=offer.offered_at - MINUTE,
            expires_at=offer.offered_at,
            status=OfferStatus.EXPIRED,
        )
        response = client_for(person).get(reverse("offer_banner"))
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count('id="offer-banner"') == 1
        assert html.count(f'id="offer-{offer.pk}-reason"') == 1
        assert "Your recent offers" in html
        assert "Expired unanswered" in html


class TestAnswerViews:
    def test_accept_gives_the_case_and_opens_its_page(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        response = client_for(person).post(
            reverse("offer_accept", args=[offer.pk]), {"next": "/cases/"}
        )
        assert response.status_code == 302
        assert response["Location"] == reverse("case_detail", args=[offer.case_id])
        assert messages_of(response) == [f"You accepted {offer.case.reference}. The case is yours."]
        offer.refresh_from_db()
        assert offer.status == OfferStatus.ACCEPTED
        assert Case.objects.get(pk=offer.case_id).assignee == person

    def test_a_refused_accept_is_a_message_on_the_page_the_person_was_on(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        Offer.objects.filter(pk=offer.pk).update(expires_at=timezone.now() - MINUTE)
        response = client_for(person).post(
            reverse("offer_accept", args=[offer.pk]), {"next": "/cases/?status=open"}
        )
        assert response.status_code == 302
        assert response["Location"] == "/cases/?status=open"
        assert messages_of(response) == ["This offer has expired."]

    def test_a_next_address_off_the_site_is_ignored(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        Offer.objects.filter(pk=offer.pk).update(status=OfferStatus.WITHDRAWN)
        response = client_for(person).post(
            reverse("offer_accept", args=[offer.pk]), {"next": "https://evil.example/"}
        )
        assert response["Location"] == reverse("offer_banner")
        assert messages_of(response) == ["This offer is no longer open: withdrawn."]

    def test_decline_with_a_reason(self, offered: tuple[User, Offer], client_for: Any) -> None:
        person, offer = offered
        response = client_for(person).post(
            reverse("offer_decline", args=[offer.pk]),
            {"reason": "I live next door", "next": "/cases/"},
        )
        assert response.status_code == 302
        assert response["Location"] == "/cases/"
        assert messages_of(response) == [
            f"You declined {offer.case.reference}. It will be offered to someone else."
        ]
        decline = Decline.objects.get(case=offer.case_id, user=person)
        assert decline.reason == "I live next door"

    def test_a_reason_too_long_is_shown_again_to_shorten(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        reason = "Because " * 40
        response = client_for(person).post(
            reverse("offer_decline", args=[offer.pk]), {"reason": reason, "next": "/cases/"}
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert "at most 300 characters" in html
        assert reason.strip() in html
        assert 'value="/cases/"' in html
        assert pending(offer.case) == offer

    def test_the_decline_page_works_without_javascript(
        self, offered: tuple[User, Offer], client_for: Any
    ) -> None:
        person, offer = offered
        response = client_for(person).get(reverse("offer_decline", args=[offer.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Fence permit at 12 Oak Lane" in html
        assert 'id="offer-banner"' not in html  # the page is the offer; no second copy

        Offer.objects.filter(pk=offer.pk).update(status=OfferStatus.EXPIRED)
        response = client_for(person).get(reverse("offer_decline", args=[offer.pk]))
        assert response["Location"] == reverse("offer_banner")

    def test_someone_elses_offer_is_not_found(
        self, offered: tuple[User, Offer], queue: Any, client_for: Any
    ) -> None:
        _person, offer = offered
        colleague = client_for(queue_member(queue))
        assert colleague.post(reverse("offer_accept", args=[offer.pk])).status_code == 404
        assert colleague.post(reverse("offer_decline", args=[offer.pk])).status_code == 404
        assert colleague.get(reverse("offer_decline", args=[offer.pk])).status_code == 404
        assert colleague.post(reverse("offer_accept", args=[offer.pk + 1000])).status_code == 404
        assert pending(offer.case) == offer

    def test_accept_needs_a_post_and_a_sign_in(
        self, offered: tuple[User, Offer], client: Client, client_for: Any
    ) -> None:
        person, offer = offered
        url = reverse("offer_accept", args=[offer.pk])
        assert client_for(person).get(url).status_code == 405
        response = client.post(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
        assert pending(offer.case) == offer


def _texts(html: str) -> list[str]:
    """The text between tags of *html*."""
    return [part.split(">", 1)[1] for part in html.split("<")[1:] if ">" in part]
