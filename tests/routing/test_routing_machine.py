"""Random walks through a small agency's routing, with the invariants checked after every step.

Each example builds a fresh agency: a pull queue (phone cases) and a push queue (web
cases), three or four caseworkers with capacities of one to three, Spanish and legal
levels and queue memberships drawn at random, and six to ten cases, some needing
Spanish (required) or legal knowledge (preferred). The steps set presence, take the
next case, offer, accept, decline and let offers go unanswered, transfer, take back,
snooze, change priorities, resolve and reopen, put cases on hold for the customer and
back, open new cases, and let time pass and the sweeps run: the routing sweep, and the
service-level one, whose level 3 moves an overdue case, nobody's, to the pull queue.

A model kept beside the database predicts who holds each case, what each person has
declined, how many offers in a row each person missed and how many pickups were made;
the invariants read the database after every step:

- each case is held by whom the model says and has at most one pending offer; so has
  each person. An offer can go stale between sweeps (its case taken, closed or put on
  hold, its person no longer Available): accepting it is refused, and the routing sweep
  withdraws every stale offer before it expires anything;
- nobody holds more cases in progress than their capacity, except when a case of
  theirs came back from the customer or was reopened (nothing routing gives out);
- nobody is offered a case again after declining it;
- a waiting case's stored place in line is ``routing.keys.route_key`` of the case, and
  every other case has none;
- missed offers are counted as the model counts them, nobody Available has missed two
  in a row, and Busy-because-full is only ever Busy and full.

The steps check their own outcome too: Get next case gives the best case the person may
have (worked out here from the cases, the person's levels and the relaxation rules),
each offer goes to a free member who may have the case, and after a dispatch no
waiting case is left that a free member could have been offered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from django.db import transaction
from django.db.models import Max
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from backoffice.errors import DomainError
from backoffice.models import Role, User
from cases import services
from cases.models import Case, CaseStatus, Channel, Escalation, Priority, SlaBasis
from cases.models.case import OPEN_STATUSES, TRANSITIONS
from cases.services.sla import sla_sweep
from routing import keys
from routing.models import (
    AwayReason,
    CaseSkill,
    Decline,
    Offer,
    OfferStatus,
    PersonSkill,
    Pickup,
    Presence,
    PresenceLog,
    PresenceState,
    QueueMode,
    ServiceSkill,
)
from routing.offers import (
    case_decline,
    offer_accept,
    offer_decline,
    offers_dispatch,
    routing_sweep,
)
from routing.presence import presence_set
from routing.supervise import (
    case_snooze,
    case_take_back,
    case_transfer_to_person,
    case_transfer_to_queue,
)
from routing.work import IN_PROGRESS_STATUSES, WAITING_STATUSES, case_take_next

from ..backoffice.factories import AgencyFactory
from ..cases.factories import ServiceFactory, SlaPolicyFactory
from ..conftest import member
from .factories import QueueFactory, RoutingRuleFactory, SkillFactory
from .factories_proofs import Clock, person

pytestmark = pytest.mark.django_db

S = CaseStatus
M = timedelta(minutes=1)
OFFER_SECONDS = 60
# Two offers missed in a row make an Available person Away: the design's number, not the
# code's constant, so a change of it shows here.
MISSES_BEFORE_AWAY = 2
MOST_CASES = 12
# The service level: respond within 15 minutes; 15 minutes late the case is escalated to
# the pull queue (level 3), taken from whoever holds it.
RESPOND_WITHIN = ESCALATE_AFTER = 15 * M
AVAILABLE = PresenceState.AVAILABLE

# One person: capacity, Spanish level (or none), knows legal, in the pull queue, in the push one.
people_drawn = st.lists(
    st.tuples(
        st.sampled_from([1, 1, 2, 3]),
        st.sampled_from([None, 1, 2, 3, 4, 5]),
        st.booleans(),
        st.sampled_from([True, True, False]),
        st.booleans(),
    ),
    min_size=3,
    max_size=4,
)
# One case: the queue (by channel), the service, the priority.
case_drawn = st.tuples(
    st.sampled_from([Channel.PHONE, Channel.WEB]),
    st.sampled_from(["plain", "spanish", "legal"]),
    st.sampled_from(Priority.values),
)
index = st.integers(min_value=0, max_value=MOST_CASES - 1)
# Steps choose a case, person or offer from a pool (falling back to any), so that most
# steps act on something they can change rather than being refused.
a_case = st.tuples(
    st.sampled_from(["any", "waiting", "next in line", "held", "on offer", "on hold", "resolved"]),
    index,
)
a_person = st.tuples(
    st.sampled_from(["any", "ready to pull", "with an offer", "holding cases"]), index
)
an_offer = st.tuples(st.sampled_from(["any", "at capacity", "case gone", "missed before"]), index)
Choice = tuple[str, int]


class RoutingMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        # Each example runs in a savepoint rolled back at teardown, so none sees another's
        # rows, and on a clock of its own that only the steps move.
        self.savepoint = transaction.savepoint_create()
        self.clock = Clock().__enter__()

    def teardown(self) -> None:
        try:
            transaction.savepoint_rollback(self.savepoint)
        finally:
            self.clock.__exit__()

    # The agency ------------------------------------------------------------------------------

    @initialize(
        drawn_people=people_drawn, drawn_cases=st.lists(case_drawn, min_size=6, max_size=10)
    )
    def a_small_agency(
        self,
        drawn_people: list[tuple[int, int | None, bool, bool, bool]],
        drawn_cases: list[tuple[str, str, int]],
    ) -> None:
        agency = AgencyFactory()
        self.agency = agency
        self.supervisor = member(agency, Role.SUPERVISOR)
        weights = {
            "priority_step_minutes": 30,
            "sla_risk_minutes": 60,
            "relax_level_after_minutes": 20,
            "drop_preferred_after_minutes": 15,
        }
        self.pull = QueueFactory(agency=agency, name="Phone", mode=QueueMode.PULL, **weights)
        self.push = QueueFactory(
            agency=agency,
            name="Web",
            mode=QueueMode.PUSH,
            offer_timeout_seconds=OFFER_SECONDS,
            **weights,
        )
        RoutingRuleFactory(agency=agency, queue=self.pull, channel=Channel.PHONE, order=1)
        RoutingRuleFactory(agency=agency, queue=self.push, channel=Channel.WEB, order=2)
        spanish = SkillFactory(agency=agency, name="Spanish")
        legal = SkillFactory(agency=agency, name="Legal")
        self.services = {
            "plain": ServiceFactory(agency=agency, name="Plain"),
            "spanish": ServiceFactory(agency=agency, name="In Spanish"),
            "legal": ServiceFactory(agency=agency, name="Legal question"),
        }
        ServiceSkill.objects.create(service=self.services["spanish"], skill=spanish, min_level=3)
        ServiceSkill.objects.create(
            service=self.services["legal"], skill=legal, min_level=2, required=False
        )
        SlaPolicyFactory(
            agency=agency,
            basis=SlaBasis.CALENDAR,
            response_target=RESPOND_WITHIN,
            resolution_target=120 * M,
            escalate_after=ESCALATE_AFTER,
            escalation_queue=self.pull,
        )
        self.people: list[User] = []
        self.in_pull: set[int] = set()
        self.in_push: set[int] = set()
        for capacity, spanish_level, knows_legal, in_pull, in_push in drawn_people:
            levels = {spanish: spanish_level} if spanish_level else {}
            if knows_legal:
                levels[legal] = 3
            queues = [q for q, yes in ((self.pull, in_pull), (self.push, in_push)) if yes]
            user = person(agency, queues=queues, capacity=capacity, levels=levels)
            self.people.append(user)
            if in_pull:
                self.in_pull.add(user.pk)
            if in_push:
                self.in_push.add(user.pk)
        # Levels and case skills never change in a walk: read once.
        self.levels = {
            user.pk: dict(PersonSkill.objects.filter(user=user).values_list("skill_id", "level"))
            for user in self.people
        }
        self.needs: dict[int, list[keys.Need]] = {}
        # The model.
        self.case_ids: list[int] = []
        self.holder: dict[int, int | None] = {}
        self.declined: dict[tuple[int, int], int] = {}
        self.ceiling = {user.pk: presence.capacity for user, presence in self.presences()}
        self.streak: Counter[int] = Counter()
        self.last_log = PresenceLog.objects.aggregate(last=Max("pk"))["last"] or 0
        self.pickups = 0
        for channel, service, priority in drawn_cases:
            self.open_case(channel, service, priority)

    # Reading the database ------------------------------------------------------------------

    def cases(self) -> list[Case]:
        return list(Case.objects.filter(agency=self.agency).select_related("queue").order_by("pk"))

    def fresh(self, case_id: int) -> Case:
        return Case.objects.select_related("queue").get(pk=case_id)

    def presences(self) -> list[tuple[User, Presence]]:
        found = {p.user_id: p for p in Presence.objects.filter(user__in=self.people)}
        return [(user, found[user.pk]) for user in self.people]

    def presence(self, user: User) -> Presence:
        return Presence.objects.get(user=user)

    def loads(self) -> Counter[int]:
        return Counter(
            Case.objects.filter(
                assignee__in=self.people, status__in=IN_PROGRESS_STATUSES
            ).values_list("assignee_id", flat=True)
        )

    def load(self, user: User) -> int:
        return self.loads()[user.pk]

    def full(self, user: User) -> bool:
        return self.load(user) >= self.presence(user).capacity

    def pending(self) -> list[Offer]:
        return list(
            Offer.objects.filter(case__agency=self.agency, status=OfferStatus.PENDING)
            .select_related("user")
            .order_by("pk")
        )

    def last_offer_id(self) -> int:
        return Offer.objects.aggregate(last=Max("pk"))["last"] or 0

    def waiting(self, case: Case) -> bool:
        """Whether the case may be given out now: in a queue, new or open, nobody's, awake."""
        return (
            case.assignee_id is None
            and case.queue_id is not None
            and case.status in WAITING_STATUSES
            and (case.snoozed_until is None or case.snoozed_until <= self.clock.now)
        )

    def may_have(self, user: User, case: Case) -> bool:
        """Whether *user* never declined the waiting *case* and may take it with their skills."""
        assert case.queued_at is not None
        waited = max(self.clock.now - case.queued_at, timedelta(0))
        return (case.pk, user.pk) not in self.declined and keys.qualifies(
            self.levels[user.pk], self.needs[case.pk], waited=waited, queue=case.queue
        )

    def case_from(self, choice: Choice) -> Case:
        pool, which = choice
        cases = self.cases()
        offered = {offer.case_id for offer in self.pending()}
        pulled = [case for case in cases if case.queue_id == self.pull.pk and self.waiting(case)]
        first = min(pulled, key=lambda case: (case.route_key, case.pk), default=None)
        fits: dict[str, Callable[[Case], bool]] = {
            "any": lambda case: True,
            "waiting": self.waiting,
            "next in line": lambda case: case == first,
            "held": lambda case: case.assignee_id is not None,
            "on offer": lambda case: case.pk in offered,
            "on hold": lambda case: case.status == S.WAITING_CUSTOMER,
            "resolved": lambda case: case.status == S.RESOLVED,
        }
        found = [case for case in cases if fits[pool](case)] or cases
        return found[which % len(found)]

    def person_from(self, choice: Choice) -> User:
        pool, which = choice
        found = []
        if pool == "with an offer":
            with_offer = {offer.user_id for offer in self.pending()}
            found = [user for user in self.people if user.pk in with_offer]
        elif pool == "holding cases":
            loads = self.loads()
            found = [user for user in self.people if loads[user.pk]]
        elif pool == "ready to pull":
            found = self.ready_to_pull()
        found = found or self.people
        return found[which % len(found)]

    def refused(self, call: Callable[[], object]) -> DomainError:
        with pytest.raises(DomainError) as error:
            call()
        return error.value

    # Rules: intake, presence, time ---------------------------------------------------------

    def open_case(self, channel: str, service: str, priority: int) -> None:
        case = services.case_open(
            agency=self.agency,
            service=self.services[service],
            channel=channel,
            subject=f"Request {len(self.case_ids) + 1}",
            priority=priority,
            actor=self.supervisor,
        )
        self.case_ids.append(case.pk)
        self.holder[case.pk] = None
        rows = CaseSkill.objects.filter(case=case).values_list("skill_id", "min_level", "required")
        self.needs[case.pk] = [keys.Need(*row) for row in rows]

    @rule(drawn=case_drawn)
    def a_new_case_comes_in(self, drawn: tuple[str, str, int]) -> None:
        if len(self.case_ids) < MOST_CASES:
            self.open_case(*drawn)

    @rule(who=a_person, state=st.sampled_from(PresenceState.values), on_a_break=st.booleans())
    def someone_sets_their_presence(self, who: Choice, state: str, on_a_break: bool) -> None:
        user = self.person_from(who)
        reason = AwayReason.BREAK if state == PresenceState.AWAY and on_a_break else ""
        presence_set(user=user, state=state, reason=reason, actor=user)

    @rule(minutes=st.sampled_from([1, 5, 20, 45, 90]))
    def time_passes(self, minutes: int) -> None:
        self.clock.forward(minutes * M)

    @rule()
    def the_service_level_sweep_runs(self) -> None:
        before = Escalation.objects.aggregate(last=Max("pk"))["last"] or 0
        sla_sweep(now=self.clock.now)
        # Level 3 moves a case, nobody's, to the escalation queue (the pull queue here).
        for escalation in Escalation.objects.filter(pk__gt=before, case__agency=self.agency):
            if "assignee" in escalation.actions:
                event("service level: escalated case taken from its holder")
                self.holder[escalation.case_id] = None
            if "queue" in escalation.actions:
                event("service level: escalated case moved to the escalation queue")
                self.at_the_back_of_the_line(escalation.case_id, self.pull.pk)

    @rule(which=a_case)
    def a_case_goes_unanswered_until_it_escalates(self, which: Choice) -> None:
        self.escalate(self.case_from(which))

    @rule(who=index)
    def a_case_of_someone_at_capacity_escalates(self, who: int) -> None:
        full = [user for user, presence in self.presences() if presence.busy_at_capacity]
        if full:
            user = full[who % len(full)]
            held = [case for case in self.cases() if case.assignee_id == user.pk]
            self.escalate(next(case for case in held if case.status in IN_PROGRESS_STATUSES))

    def escalate(self, case: Case) -> None:
        """Let time pass until the case is overdue for escalation, and run the sweep."""
        if case.status in OPEN_STATUSES and case.response_due_at is not None:
            self.clock.to(max(self.clock.now, case.response_due_at + ESCALATE_AFTER))
            self.the_service_level_sweep_runs()

    # Rules: pulling ------------------------------------------------------------------------

    def ready_to_pull(self) -> list[User]:
        """Members of the pull queue who may press Get next case: not Away or Offline, room."""
        loads = self.loads()
        return [
            user
            for user, presence in self.presences()
            if user.pk in self.in_pull
            and presence.state in (AVAILABLE, PresenceState.BUSY)
            and loads[user.pk] < presence.capacity
        ]

    def best_for(self, user: User) -> int | None:
        """The case Get next case should give *user*: the best waiting one they may have."""
        line = [
            case
            for case in self.cases()
            if case.queue_id == self.pull.pk and self.waiting(case) and self.may_have(user, case)
        ]
        best = min(line, key=lambda case: (keys.route_key(case), case.pk), default=None)
        return best.pk if best else None

    @rule(who=a_person)
    def someone_takes_the_next_case(self, who: Choice) -> None:
        user = self.person_from(who)
        presence = self.presence(user)
        call = lambda: case_take_next(user=user)  # noqa: E731
        if presence.state in (PresenceState.AWAY, PresenceState.OFFLINE):
            assert self.refused(call).code == "conflict"
        elif self.load(user) >= presence.capacity:
            assert "capacity" in self.refused(call).message
        elif user.pk not in self.in_pull:
            assert "not a member" in self.refused(call).message
        else:
            expected = self.best_for(user)
            pick = case_take_next(user=user)
            event("get next case: " + ("a case" if pick else "nothing to take"))
            assert (pick.case.pk if pick else None) == expected
            if expected is not None:
                self.holder[expected] = user.pk
                self.pickups += 1

    @rule(who=index)
    def someone_passes_on_the_case_they_would_get_next(self, who: int) -> None:
        ready = self.ready_to_pull()
        if not ready:
            return
        user = ready[who % len(ready)]
        passed = self.best_for(user)
        if passed is None:
            return
        self.declined[(passed, user.pk)] = self.last_offer_id()
        case_decline(case=self.fresh(passed), user=user, reason="My neighbour")
        expected = self.best_for(user)
        pick = case_take_next(user=user)
        assert (pick.case.pk if pick else None) == expected != passed
        if expected is not None:
            self.holder[expected] = user.pk
            self.pickups += 1

    @rule(who=index, minutes=st.sampled_from([10, 30]))
    def the_case_someone_would_get_next_is_snoozed(self, who: int, minutes: int) -> None:
        ready = self.ready_to_pull()
        if not ready:
            return
        user = ready[who % len(ready)]
        snoozed = self.best_for(user)
        if snoozed is None:
            return
        until = self.clock.now + minutes * M
        case_snooze(case=self.fresh(snoozed), until=until, actor=self.supervisor)
        expected = self.best_for(user)
        pick = case_take_next(user=user)
        assert (pick.case.pk if pick else None) == expected != snoozed
        if expected is not None:
            self.holder[expected] = user.pk
            self.pickups += 1

    @rule(which=index)
    def someone_is_given_work_before_answering_their_offer(self, which: int) -> None:
        offers = self.pending()
        if not offers:
            return
        offer = offers[which % len(offers)]
        user = offer.user
        for case in self.cases():
            if self.full(user):
                break
            if case.queue_id == self.pull.pk and self.waiting(case):
                case_transfer_to_person(case=case, user=user, actor=self.supervisor)
                self.holder[case.pk] = user.pk
                self.pickups += 1
        if self.full(user) and offer.expires_at > self.clock.now:
            event("accept: refused at capacity")
            message = self.refused(
                lambda: offer_accept(offer=offer, user=user, now=self.clock.now)
            ).message
            assert "capacity" in message
            offer.refresh_from_db()
            assert offer.status == OfferStatus.PENDING
            # Full, they are no longer Available: the next sweep withdraws the offer.
            self.sweep_at(self.clock.now)

    @rule(who=a_person, which=a_case)
    def someone_declines_a_case(self, who: Choice, which: Choice) -> None:
        user = self.person_from(who)
        case = self.case_from(which)
        offered = Offer.objects.filter(case=case, user=user, status=OfferStatus.PENDING).exists()
        if case.assignee_id is not None and not offered:
            assert self.refused(lambda: case_decline(case=case, user=user)).code == "conflict"
            return
        mark = self.last_offer_id()
        case_decline(case=case, user=user, reason="Conflict of interest")
        self.declined.setdefault((case.pk, user.pk), mark)
        if offered:
            self.streak[user.pk] = 0

    # Rules: offers -------------------------------------------------------------------------

    def free_for_offers(self) -> list[User]:
        """Members of the push queue who may get an offer: Available, room, no offer yet."""
        with_offer = {offer.user_id for offer in self.pending()}
        loads = self.loads()
        return [
            user
            for user, presence in self.presences()
            if user.pk in self.in_push
            and presence.state == AVAILABLE
            and user.pk not in with_offer
            and loads[user.pk] < presence.capacity
        ]

    def stale(self, offer: Offer) -> bool:
        """Whether nobody can accept the pending *offer* any more, or its person should not."""
        case = self.fresh(offer.case_id)
        return (
            not self.waiting(case)
            or case.queue_id != offer.queue_id
            or self.presence(offer.user).state != AVAILABLE
        )

    def dispatched(self, offer_the_cases: Callable[[], object]) -> None:
        """Offer the push queue's cases, then check each offer made and that none was missed."""
        before = self.last_offer_id()
        offer_the_cases()
        made = list(Offer.objects.filter(pk__gt=before).order_by("pk"))
        # Offers change neither presence nor load: what holds now held when they were made
        # (and the database allows one pending offer per person).
        presences, loads = dict(self.presences()), self.loads()
        cases = {case.pk: case for case in self.cases()}
        for offer in made:
            event("dispatch: an offer made")
            case, presence = cases[offer.case_id], presences[offer.user]
            assert offer.queue_id == self.push.pk == case.queue_id
            assert offer.user_id in self.in_push
            assert presence.state == AVAILABLE
            assert loads[offer.user_id] < presence.capacity
            assert self.may_have(offer.user, case)
            assert (offer.offered_at, offer.expires_at) == (
                self.clock.now,
                self.clock.now + timedelta(seconds=OFFER_SECONDS),
            )
        offered = {offer.case_id for offer in self.pending()}
        still_free = self.free_for_offers()
        for case in cases.values():
            if case.queue_id == self.push.pk and self.waiting(case) and case.pk not in offered:
                assert not [user for user in still_free if self.may_have(user, case)], case

    @rule()
    def the_push_queue_offers_its_cases(self) -> None:
        self.dispatched(lambda: offers_dispatch(queue_id=self.push.pk, now=self.clock.now))

    def sweep_at(self, now: datetime) -> None:
        """Run the routing sweep at *now*: stale offers withdrawn, due ones expired, then
        every miss counted (two in a row: Away, not responding) and the queue offered."""
        self.clock.to(now)
        offers = self.pending()
        stale = {offer.pk for offer in offers if self.stale(offer)}
        due = {offer.pk for offer in offers if offer.pk not in stale and offer.expires_at <= now}
        before = dict(self.presences())
        swept = []
        self.dispatched(lambda: swept.append(routing_sweep(now=now)))
        assert (swept[0].withdrawn, swept[0].expired) == (len(stale), len(due))
        for offer in offers:
            offer.refresh_from_db()
            if offer.pk in stale:
                event("sweep: a stale offer withdrawn")
                assert (offer.status, offer.answered_at) == (OfferStatus.WITHDRAWN, now)
            elif offer.pk in due:
                event("sweep: an offer expired")
                assert (offer.status, offer.answered_at) == (OfferStatus.EXPIRED, now)
            else:
                assert offer.status == OfferStatus.PENDING
        misses = Counter(offer.user_id for offer in offers if offer.pk in due)
        for user, after in self.presences():
            earlier = before[user]
            assert after.missed_offers == earlier.missed_offers + misses[user.pk]
            self.streak[user.pk] += misses[user.pk]
            if misses[user.pk] and after.missed_offers >= MISSES_BEFORE_AWAY:
                event("sweep: two misses in a row, Away")
                assert (after.state, after.reason) == (
                    PresenceState.AWAY,
                    AwayReason.NOT_RESPONDING,
                )
            else:
                assert (after.state, after.reason) == (earlier.state, earlier.reason)
        assert not [offer for offer in self.pending() if self.stale(offer)]

    @rule(wait=st.sampled_from([0, OFFER_SECONDS // 2, OFFER_SECONDS + 1]))
    def the_routing_sweep_runs(self, wait: int) -> None:
        self.sweep_at(self.clock.now + timedelta(seconds=wait))

    @rule()
    def an_offer_goes_unanswered(self) -> None:
        if not self.pending():
            self.the_push_queue_offers_its_cases()
        offers = self.pending()
        if offers:
            self.sweep_at(max(self.clock.now, min(offer.expires_at for offer in offers)))

    def offer_from(self, choice: Choice) -> Offer | None:
        """A pending offer from the pool; with none, the push queue is offered first."""
        if not self.pending():
            self.the_push_queue_offers_its_cases()
        offers = self.pending()
        pool, which = choice
        fits: dict[str, Callable[[Offer], bool]] = {
            "any": lambda offer: True,
            "at capacity": lambda offer: self.full(offer.user),
            "case gone": lambda offer: not self.waiting(self.fresh(offer.case_id)),
            "missed before": lambda offer: self.presence(offer.user).missed_offers > 0,
        }
        found = [offer for offer in offers if fits[pool](offer)] or offers
        return found[which % len(found)] if found else None

    @rule(which=an_offer)
    def someone_accepts_their_offer(self, which: Choice) -> None:
        offer = self.offer_from(which)
        if offer is not None:
            self.accept(offer)

    @rule(which=index)
    def someone_misses_an_offer_and_accepts_the_next(self, which: int) -> None:
        if not self.pending():
            self.the_push_queue_offers_its_cases()
        offers = self.pending()
        if not offers:
            return
        missed = offers[which % len(offers)]
        self.sweep_at(max(self.clock.now, missed.expires_at))
        again = [offer for offer in self.pending() if offer.user_id == missed.user_id]
        if again:
            event("accept: after a miss")
            self.accept(again[0])

    def accept(self, offer: Offer) -> None:
        user, case = offer.user, self.fresh(offer.case_id)
        call = lambda: offer_accept(offer=offer, user=user, now=self.clock.now)  # noqa: E731
        if offer.expires_at <= self.clock.now:
            assert "expired" in self.refused(call).message
        elif self.full(user):
            event("accept: refused at capacity")
            assert "capacity" in self.refused(call).message
        elif not self.waiting(case) or case.queue_id != offer.queue_id:
            event("accept: refused, the case is gone")
            message = self.refused(call).message
            if case.assignee_id == user.pk:
                assert message == "You already have this case."
            elif case.assignee_id is not None:
                assert message == "Someone else already has this case."
            else:
                assert message == "This case is no longer waiting in Web."
            offer.refresh_from_db()
            assert offer.status == OfferStatus.WITHDRAWN
        else:
            event("accept: taken")
            call()
            self.holder[case.pk] = user.pk
            self.streak[user.pk] = 0
            self.pickups += 1

    @rule(which=an_offer)
    def someone_declines_their_offer(self, which: Choice) -> None:
        offer = self.offer_from(which)
        if offer is None:
            return
        mark = self.last_offer_id()
        offer_decline(offer=offer, user=offer.user, reason="Not my area", now=self.clock.now)
        self.declined.setdefault((offer.case_id, offer.user_id), mark)
        self.streak[offer.user_id] = 0
        # A decline offers the queue again once it commits.
        self.the_push_queue_offers_its_cases()

    # Rules: supervisors --------------------------------------------------------------------

    @rule(which=a_case, who=a_person)
    def a_supervisor_transfers_a_case_to_someone(self, which: Choice, who: Choice) -> None:
        case = self.case_from(which)
        user = self.person_from(who)
        call = lambda: case_transfer_to_person(  # noqa: E731
            case=case, user=user, actor=self.supervisor, reason="Rebalancing"
        )
        if case.assignee_id == user.pk:
            assert "already has" in self.refused(call).message
        elif self.full(user):
            assert self.refused(call).field == "assignee"
        elif case.status not in OPEN_STATUSES:
            assert "cannot be assigned" in self.refused(call).message
        else:
            call()
            self.holder[case.pk] = user.pk
            self.pickups += case.route_key is not None

    @rule(which=a_case, to_push=st.booleans())
    def a_supervisor_transfers_a_case_to_a_queue(self, which: Choice, to_push: bool) -> None:
        case = self.case_from(which)
        queue = self.push if to_push else self.pull
        call = lambda: case_transfer_to_queue(  # noqa: E731
            case=case, queue=queue, actor=self.supervisor
        )
        if case.status not in OPEN_STATUSES:
            assert "cannot be transferred" in self.refused(call).message
        elif case.queue_id == queue.pk and case.assignee_id is None:
            assert "already waiting" in self.refused(call).message
        else:
            call()
            self.holder[case.pk] = None
            self.at_the_back_of_the_line(case.pk, queue.pk)

    @rule(which=a_case)
    def a_supervisor_takes_a_case_back(self, which: Choice) -> None:
        case = self.case_from(which)
        call = lambda: case_take_back(case=case, actor=self.supervisor)  # noqa: E731
        if case.assignee_id is None:
            assert self.refused(call).code == "conflict"
        elif case.status not in OPEN_STATUSES:
            assert "cannot be taken back" in self.refused(call).message
        else:
            call()
            self.holder[case.pk] = None
            self.at_the_back_of_the_line(case.pk, case.queue_id)

    def at_the_back_of_the_line(self, case_id: int, queue_id: int | None) -> None:
        moved = self.fresh(case_id)
        assert (moved.queue_id, moved.assignee_id) == (queue_id, None)
        assert moved.queued_at == self.clock.now

    @rule(which=a_case, priority=st.sampled_from(Priority.values))
    def a_supervisor_changes_the_priority(self, which: Choice, priority: int) -> None:
        case = self.case_from(which)
        call = lambda: services.case_update(  # noqa: E731
            case=case, priority=priority, actor=self.supervisor
        )
        if case.status not in OPEN_STATUSES:
            assert "cannot be edited" in self.refused(call).message
        else:
            call()

    @rule(which=a_case, minutes=st.sampled_from([10, 30]))
    def someone_snoozes_a_case(self, which: Choice, minutes: int) -> None:
        case = self.case_from(which)
        until = self.clock.now + minutes * M
        call = lambda: case_snooze(  # noqa: E731
            case=case, until=until, actor=self.supervisor, now=self.clock.now
        )
        if case.status not in OPEN_STATUSES:
            assert "Only an open case" in self.refused(call).message
        else:
            call()

    # Rules: working the cases --------------------------------------------------------------

    def change_status(self, which: Choice, status: str) -> None:
        case = self.case_from(which)
        call = lambda: services.case_change_status(  # noqa: E731
            case=case, status=status, resolution="Done", actor=self.supervisor
        )
        if status not in TRANSITIONS[case.status]:
            self.refused(call)
            return
        call()
        if case.assignee is not None and case.status not in IN_PROGRESS_STATUSES:
            # Back from the customer, the case counts again, whatever the load.
            self.may_go_over_capacity(case.assignee)

    def may_go_over_capacity(self, user: User) -> None:
        self.ceiling[user.pk] = max(self.ceiling[user.pk], self.load(user))

    @rule(which=a_case)
    def a_case_is_resolved(self, which: Choice) -> None:
        self.change_status(which, S.RESOLVED)

    @rule(which=a_case)
    def a_case_waits_on_the_customer(self, which: Choice) -> None:
        self.change_status(which, S.WAITING_CUSTOMER)

    @rule(which=a_case, status=st.sampled_from([S.OPEN, S.IN_PROGRESS]))
    def a_case_is_worked_on(self, which: Choice, status: str) -> None:
        self.change_status(which, status)

    @rule(which=a_case)
    def a_resolved_case_is_reopened(self, which: Choice) -> None:
        case = self.case_from(which)
        call = lambda: services.case_reopen(  # noqa: E731
            case=case, actor=self.supervisor, reason="Not fixed"
        )
        if case.status != S.RESOLVED:
            assert "Only a resolved or closed case" in self.refused(call).message
            return
        call()
        if case.assignee is not None:
            self.may_go_over_capacity(case.assignee)

    # Invariants ----------------------------------------------------------------------------

    @invariant()
    def the_invariants_hold(self) -> None:
        # One invariant calling each check keeps a failing example short to read.
        cases = self.cases()
        self.each_case_is_held_by_whom_the_model_says(cases)
        self.the_stored_place_in_line_is_the_computed_one(cases)
        self.pending_offers_are_one_per_case_and_one_per_person()
        self.nobody_is_offered_a_case_again_after_declining_it()
        loads = self.loads()
        self.nobody_holds_more_than_their_capacity(loads)
        self.missed_offers_are_counted_and_two_in_a_row_mean_away(loads)
        assert Pickup.objects.filter(agency=self.agency).count() == self.pickups

    def each_case_is_held_by_whom_the_model_says(self, cases: list[Case]) -> None:
        assert {case.pk: case.assignee_id for case in cases} == self.holder

    def the_stored_place_in_line_is_the_computed_one(self, cases: list[Case]) -> None:
        for case in cases:
            assert case.route_key == keys.route_key(case), case
            in_line = (
                case.assignee_id is None
                and case.queue_id is not None
                and case.status in WAITING_STATUSES
            )
            assert (case.route_key is not None) == in_line, case

    def pending_offers_are_one_per_case_and_one_per_person(self) -> None:
        offers = self.pending()
        assert len({offer.case_id for offer in offers}) == len(offers)
        assert len({offer.user_id for offer in offers}) == len(offers)
        for offer in offers:
            assert offer.queue_id == self.push.pk
            assert (offer.case_id, offer.user_id) not in self.declined

    def nobody_is_offered_a_case_again_after_declining_it(self) -> None:
        offers = list(
            Offer.objects.filter(case__agency=self.agency).values_list(
                "pk", "case_id", "user_id", "offered_at"
            )
        )
        declines = list(Decline.objects.filter(case__agency=self.agency))
        assert {(d.case_id, d.user_id) for d in declines} == set(self.declined)
        for decline in declines:
            mark = self.declined[(decline.case_id, decline.user_id)]
            for pk, case_id, user_id, offered_at in offers:
                if (case_id, user_id) == (decline.case_id, decline.user_id):
                    assert pk <= mark
                    assert offered_at <= decline.declined_at

    def nobody_holds_more_than_their_capacity(self, loads: Counter[int]) -> None:
        for user, presence in self.presences():
            load = loads[user.pk]
            assert load <= self.ceiling[user.pk], f"{user} holds {load}, {presence.capacity=}"
            # Once the load drops, the allowance for returned cases goes with it.
            self.ceiling[user.pk] = max(presence.capacity, load)

    def missed_offers_are_counted_and_two_in_a_row_mean_away(self, loads: Counter[int]) -> None:
        went_available = PresenceLog.objects.filter(
            pk__gt=self.last_log, state=AVAILABLE
        ).values_list("user_id", flat=True)
        for user_id in went_available:
            self.streak[user_id] = 0
        self.last_log = PresenceLog.objects.aggregate(last=Max("pk"))["last"] or 0
        for user, presence in self.presences():
            assert presence.missed_offers == self.streak[user.pk], user
            if presence.state == AVAILABLE:
                assert presence.missed_offers < MISSES_BEFORE_AWAY, user
            if presence.busy_at_capacity:
                assert presence.state == PresenceState.BUSY, user
                assert loads[user.pk] >= presence.capacity, user


def test_routing_keeps_its_invariants_whatever_happens() -> None:
    run_state_machine_as_test(
        RoutingMachine,
        settings=settings(
            max_examples=60,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
