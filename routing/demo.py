"""Demonstration routing: skills and people's levels, one queue per team, the skills each
service needs, ordered routing rules, everyone's presence, and a morning's work.

The case demo calls :func:`seed` for each agency after its services exist and before its
cases are opened, so intake routes the demo cases by these rules, and
:func:`seed_floor` after them: every waiting case gets its place in line (the cases were
moved back in time), people get their presence, and, for cases just created, the
morning's work is done through the routing services: Get next case, offers accepted,
declined and still open, cases declined and snoozed. Idempotent: what exists is found
and left as it is (an administrator may have changed it), only what is missing is added.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from backoffice.errors import DomainError
from backoffice.models import Agency, Membership, Role, User
from cases.models import Case, Channel, CustomerKind, Priority, Service

from . import keys
from .demo_assessments import seed_assessments
from .models import (
    AwayReason,
    Offer,
    OfferStatus,
    PersonSkill,
    Presence,
    PresenceLog,
    PresenceState,
    Queue,
    QueueMode,
    RoutingRule,
    RuleSkill,
    ServiceSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)
from .offers import case_decline, offer_accept, offer_decline, offers_dispatch
from .services import skill_level_set
from .supervise import case_snooze
from .work import WAITING_STATUSES, candidates, case_take_next, load_of, pull_queues

SETTING_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)
WORKING_ROLES = (Role.CASEWORKER, Role.SUPERVISOR)
FIRST_LEVELS_DAYS_AGO = 120  # before the 90 days of demo cases


@dataclass(frozen=True)
class DemoSkill:
    code: str
    name: str
    description: str


@dataclass(frozen=True)
class DemoNeed:
    """A skill a service's cases (or a rule's) need, at least at *level*."""

    skill: str
    level: int
    required: bool = True


@dataclass(frozen=True)
class DemoQueue:
    name: str
    team: str
    mode: str = QueueMode.PULL
    offer_timeout_seconds: int = 120
    overflow_to: str = ""
    overflow_after_minutes: int | None = None


@dataclass(frozen=True)
class DemoRule:
    name: str
    order: int
    queue: str
    service: str = ""
    channel: str = ""
    priority: int | None = None
    customer_kind: str = ""
    keyword: str = ""
    priority_change: int = 0
    extra: tuple[DemoNeed, ...] = ()


@dataclass(frozen=True)
class DemoLevel:
    """A person's level in a skill; with *earlier*, first set at that level and raised since."""

    skill: str
    level: int
    source: str = SkillSource.SUPERVISOR
    note: str = ""
    earlier: int | None = None
    raised_days_ago: int = 30


@dataclass(frozen=True)
class DemoPresence:
    state: str
    capacity: int
    minutes_ago: int
    reason: str = ""


@dataclass(frozen=True)
class DemoMorning:
    """What people did this morning, through the routing services, in this order."""

    take_next: tuple[str, ...] = ()  # pressed Get next case
    accept: int = 0  # how many of the first offers were accepted
    decline_offer: tuple[str, ...] = ()  # why each of the next offers was declined
    decline: tuple[tuple[str, str], ...] = ()  # declined their next waiting case: why
    snooze: tuple[tuple[str, str], ...] = ()  # snoozed a waiting case of their queues: why


@dataclass(frozen=True)
class DemoRouting:
    slug: str
    skills: tuple[DemoSkill, ...]
    queues: tuple[DemoQueue, ...]
    needs: Mapping[str, tuple[DemoNeed, ...]]  # service code → skills its cases need
    rules: tuple[DemoRule, ...]
    levels: Mapping[str, tuple[DemoLevel, ...]]  # email → levels
    presence: Mapping[str, DemoPresence] = field(default_factory=dict)
    morning: DemoMorning = field(default_factory=DemoMorning)


ASSESSED, OBSERVED = SkillSource.ASSESSMENT, SkillSource.OBSERVED
SPANISH = DemoSkill("spanish", "Spanish", "Handles calls, letters and visits in Spanish.")

RIVERTON = DemoRouting(
    slug="riverton-licensing",
    skills=(
        SPANISH,
        DemoSkill(
            "building-code", "Building code", "Plan review against the Riverton building code."
        ),
        DemoSkill(
            "food-safety", "Food safety", "Food premises rules for food and liquor licences."
        ),
        DemoSkill("street-works", "Street works", "Street defects, hazards and repair crews."),
        DemoSkill(
            "business-licensing", "Business licensing", "Business licence types, fees and zoning."
        ),
        DemoSkill(
            "complaints-handling",
            "Complaints handling",
            "Appeals and complaints, including upset callers and visitors.",
        ),
        DemoSkill("tax-accounts", "Tax accounts", "City tax balances, payment plans and refunds."),
    ),
    queues=(
        DemoQueue("Business licensing", "Business Licensing"),
        DemoQueue("Building permits", "Building Permits"),
        # Nobody works in Inspections yet: what waits four hours goes to building permits.
        DemoQueue(
            "Inspections and street hazards",
            "Inspections",
            overflow_to="Building permits",
            overflow_after_minutes=240,
        ),
        DemoQueue("Front counter and phones", "Front Counter and Phones", mode=QueueMode.PUSH),
    ),
    needs={
        "business-licence": (DemoNeed("business-licensing", 3), DemoNeed("spanish", 2, False)),
        "building-permit": (DemoNeed("building-code", 3),),
        "parking-appeal": (DemoNeed("complaints-handling", 2), DemoNeed("spanish", 2, False)),
        "street-repair": (DemoNeed("street-works", 2),),
        "tax-enquiry": (DemoNeed("tax-accounts", 2), DemoNeed("spanish", 2, False)),
    },
    rules=(
        DemoRule(
            "Loose manhole covers are street hazards",
            10,
            "Inspections and street hazards",
            keyword="manhole",
            priority_change=1,
            extra=(DemoNeed("street-works", 4),),
        ),
        DemoRule(
            "Letters are handled at the front counter",
            20,
            "Front counter and phones",
            channel=Channel.MAIL,
        ),
        DemoRule(
            "Food businesses need food safety",
            30,
            "Business licensing",
            keyword="food service",
            extra=(DemoNeed("food-safety", 3),),
        ),
        DemoRule(
            "Parking appeals",
            40,
            "Front counter and phones",
            service="parking-appeal",
            priority=Priority.LOW,
            extra=(DemoNeed("complaints-handling", 3, False),),
        ),
        DemoRule(
            "Routine street repairs",
            50,
            "Inspections and street hazards",
            service="street-repair",
            priority=Priority.NORMAL,
        ),
        # No catch-all: licences, permits and tax enquiries wait in their team's queue.
    ),
    levels={
        "maria.lopez@riverton.example": (
            DemoLevel("business-licensing", 4),
            DemoLevel("spanish", 5, note="Native speaker."),
            DemoLevel(
                "food-safety",
                3,
                ASSESSED,
                "Passed the county food-premises course.",
                earlier=2,
                raised_days_ago=24,
            ),
            DemoLevel("complaints-handling", 2),
        ),
        "james.okafor@riverton.example": (
            DemoLevel("building-code", 5, note="Former structural plans examiner."),
            DemoLevel(
                "street-works",
                4,
                OBSERVED,
                "Ran the spring pothole blitz with the street crew.",
                earlier=3,
                raised_days_ago=45,
            ),
            DemoLevel("business-licensing", 1),
            DemoLevel("spanish", 1),
        ),
        "aisha.khan@riverton.example": (
            DemoLevel("tax-accounts", 3),
            DemoLevel(
                "complaints-handling",
                4,
                OBSERVED,
                "Observed at the counter: a heated parking appeal handled calmly.",
                earlier=3,
                raised_days_ago=12,
            ),
            DemoLevel(
                "spanish", 3, ASSESSED, "Passed the city's Spanish conversation test.", earlier=2
            ),
            DemoLevel("business-licensing", 2),
            DemoLevel("street-works", 1),
        ),
        "tom.becker@riverton.example": (
            DemoLevel("business-licensing", 5),
            DemoLevel("complaints-handling", 5),
            DemoLevel("food-safety", 4),
            DemoLevel("tax-accounts", 3),
            DemoLevel("building-code", 2),
            DemoLevel("street-works", 2),
        ),
    },
    presence={
        "maria.lopez@riverton.example": DemoPresence(PresenceState.AVAILABLE, 5, 35),
        "james.okafor@riverton.example": DemoPresence(PresenceState.BUSY, 4, 20),
        "aisha.khan@riverton.example": DemoPresence(PresenceState.AVAILABLE, 6, 90),
        "tom.becker@riverton.example": DemoPresence(
            PresenceState.AWAY, 3, 15, reason=AwayReason.MEETING
        ),
    },
    morning=DemoMorning(
        take_next=("maria.lopez@riverton.example", "james.okafor@riverton.example"),
        accept=1,
        decline_offer=("I dealt with this customer privately; someone else should take it.",),
        decline=(("maria.lopez@riverton.example", "The applicant is my brother-in-law."),),
        snooze=(
            (
                "james.okafor@riverton.example",
                "The applicant is bringing in the stamped drawings.",
            ),
        ),
    ),
)

SHARED = DemoRouting(
    slug="state-shared-services",
    skills=(
        DemoSkill(
            "accounts-payable", "Accounts payable", "Supplier invoices, payments and recoveries."
        ),
        DemoSkill("payroll", "Payroll", "Payroll records, pay dates and deductions."),
        DemoSkill("onboarding", "Onboarding", "New-hire accounts, badges and equipment."),
        DemoSkill("procurement", "Procurement", "State contracts, quotes and purchase orders."),
        DemoSkill("vendor-relations", "Vendor relations", "Working disputes out with suppliers."),
        SPANISH,
    ),
    queues=(
        DemoQueue("HR service desk", "HR Services", mode=QueueMode.PUSH),
        DemoQueue("Procurement", "Procurement"),
        # Nobody works in Finance Operations yet: procurement takes what waits four hours.
        DemoQueue(
            "Finance operations",
            "Finance Operations",
            overflow_to="Procurement",
            overflow_after_minutes=240,
        ),
    ),
    needs={
        "onboarding": (DemoNeed("onboarding", 2), DemoNeed("spanish", 2, False)),
        "purchase-request": (DemoNeed("procurement", 3), DemoNeed("vendor-relations", 2, False)),
        "invoice-dispute": (DemoNeed("accounts-payable", 3),),
    },
    rules=(
        DemoRule(
            "Duplicate charges",
            10,
            "Finance operations",
            keyword="charged twice",
            priority_change=1,
            extra=(DemoNeed("accounts-payable", 4),),
        ),
        DemoRule(
            "Invoice disputes",
            20,
            "Finance operations",
            service="invoice-dispute",
            priority=Priority.HIGH,
            extra=(DemoNeed("vendor-relations", 2, False),),
        ),
        DemoRule(
            "Onboarding sent by agencies' HR systems",
            30,
            "HR service desk",
            service="onboarding",
            channel=Channel.API,
            priority_change=-1,
            extra=(DemoNeed("payroll", 2),),
        ),
        DemoRule(
            "Client agencies' purchase requests",
            40,
            "Procurement",
            service="purchase-request",
            customer_kind=CustomerKind.ORGANISATION,
        ),
        DemoRule("Everything else goes to the HR service desk", 100, "HR service desk"),
    ),
    levels={
        "priya.nair@shared.example": (
            DemoLevel("onboarding", 4),
            DemoLevel(
                "payroll",
                4,
                ASSESSED,
                "Passed the payroll certification, level 2.",
                earlier=3,
                raised_days_ago=40,
            ),
            DemoLevel("spanish", 4, note="Lived in Madrid for six years."),
            DemoLevel("accounts-payable", 1),
        ),
        "daniel.moore@shared.example": (
            DemoLevel("procurement", 4),
            DemoLevel(
                "accounts-payable",
                4,
                ASSESSED,
                "Completed the duplicate-payment recovery training.",
                earlier=3,
                raised_days_ago=18,
            ),
            DemoLevel("vendor-relations", 3),
            DemoLevel("spanish", 1),
        ),
        "olivia.brown@shared.example": (
            DemoLevel("onboarding", 5),
            DemoLevel("payroll", 5),
            DemoLevel("accounts-payable", 2),
            DemoLevel("procurement", 2),
            DemoLevel(
                "vendor-relations",
                3,
                OBSERVED,
                "Observed leading the quarterly supplier review.",
                earlier=2,
                raised_days_ago=60,
            ),
        ),
    },
    presence={
        "priya.nair@shared.example": DemoPresence(PresenceState.AVAILABLE, 5, 50),
        "daniel.moore@shared.example": DemoPresence(PresenceState.OFFLINE, 4, 60 * 15),
        "olivia.brown@shared.example": DemoPresence(PresenceState.AVAILABLE, 3, 10),
    },
    morning=DemoMorning(
        accept=1,
        decline_offer=("I used to work for this client agency; someone else should take it.",),
        snooze=(
            (
                "olivia.brown@shared.example",
                "The client agency is sending the signed contract.",
            ),
        ),
    ),
)

ROUTINGS = {spec.slug: spec for spec in (RIVERTON, SHARED)}
# The case demo leaves everyone this many cases short of their capacity, so after the
# morning's Get next case or accepted offer they still have room for one more.
ROOM_LEFT = 2


@transaction.atomic
def seed(*, agency: Agency, services: Mapping[str, Service]) -> None:
    """Create the agency's demo routing that is missing; *services* by their code."""
    spec = ROUTINGS.get(agency.slug)
    if spec is None:
        return
    skills = _skills(agency, spec)
    queues = _queues(agency, spec)
    _needs(spec, skills, services)
    _rules(agency, spec, skills, queues, services)
    _levels(agency, spec, skills)
    seed_assessments(agency=agency)


def _skills(agency: Agency, spec: DemoRouting) -> dict[str, Skill]:
    skills = {}
    for item in spec.skills:
        skills[item.code], _created = Skill.objects.get_or_create(
            agency=agency,
            code=item.code,
            defaults={"name": item.name, "description": item.description},
        )
    return skills


def _workers(agency: Agency) -> dict[int | None, list[User]]:
    """The caseworkers and supervisors of each team of the agency."""
    by_team: dict[int | None, list[User]] = {}
    memberships = Membership.objects.filter(
        agency=agency, role__in=WORKING_ROLES, user__is_active=True
    ).select_related("user")
    for membership in memberships.order_by("id"):
        by_team.setdefault(membership.team_id, []).append(membership.user)
    return by_team


def _queues(agency: Agency, spec: DemoRouting) -> dict[str, Queue]:
    """One queue per team, its members the team's people; set up only when first created."""
    teams = {team.name: team for team in agency.teams.all()}
    workers = _workers(agency)
    queues: dict[str, Queue] = {}
    created: list[DemoQueue] = []
    for item in spec.queues:
        team = teams.get(item.team)
        if team is None:
            continue
        queues[item.name], new = Queue.objects.get_or_create(
            agency=agency,
            name=item.name,
            defaults={
                "team": team,
                "mode": item.mode,
                "offer_timeout_seconds": item.offer_timeout_seconds,
            },
        )
        if new:
            queues[item.name].members.add(*workers.get(team.pk, []))
            created.append(item)
    for item in created:
        overflow = queues.get(item.overflow_to)
        if overflow is not None:
            queue = queues[item.name]
            queue.overflow_queue = overflow
            queue.overflow_after_minutes = item.overflow_after_minutes
            queue.save(update_fields=["overflow_queue", "overflow_after_minutes"])
    return queues


def _needs(spec: DemoRouting, skills: dict[str, Skill], services: Mapping[str, Service]) -> None:
    for code, needs in spec.needs.items():
        service = services.get(code)
        if service is None:
            continue
        for need in needs:
            ServiceSkill.objects.get_or_create(
                service=service,
                skill=skills[need.skill],
                defaults={"min_level": need.level, "required": need.required},
            )


def _rules(
    agency: Agency,
    spec: DemoRouting,
    skills: dict[str, Skill],
    queues: dict[str, Queue],
    services: Mapping[str, Service],
) -> None:
    for item in spec.rules:
        queue = queues.get(item.queue)
        service = services.get(item.service) if item.service else None
        if queue is None or (item.service and service is None):
            continue
        rule, created = RoutingRule.objects.get_or_create(
            agency=agency,
            name=item.name,
            defaults={
                "order": item.order,
                "queue": queue,
                "service": service,
                "channel": item.channel,
                "priority": item.priority,
                "customer_kind": item.customer_kind,
                "keyword": item.keyword,
                "priority_change": item.priority_change,
            },
        )
        if created:
            RuleSkill.objects.bulk_create(
                RuleSkill(
                    rule=rule,
                    skill=skills[need.skill],
                    min_level=need.level,
                    required=need.required,
                )
                for need in item.extra
            )


def _setters(agency: Agency) -> tuple[User | None, User | None]:
    """Who sets levels: a supervisor for caseworkers, the administrator for supervisors."""
    found: dict[str, User] = {}
    memberships = Membership.objects.filter(agency=agency, role__in=SETTING_ROLES)
    for membership in memberships.select_related("user").order_by("id"):
        found.setdefault(membership.role, membership.user)
    return found.get(Role.SUPERVISOR), found.get(Role.ADMINISTRATOR)


def _levels(agency: Agency, spec: DemoRouting, skills: dict[str, Skill]) -> None:
    """Every caseworker's and supervisor's levels, with their history, set once."""
    supervisor, administrator = _setters(agency)
    people = {
        m.user.email: (m.user, m.role)
        for m in Membership.objects.filter(
            agency=agency, role__in=WORKING_ROLES, user__email__in=list(spec.levels)
        ).select_related("user")
    }
    # A level once set (even if removed since) is the agency's to change, not the demo's.
    done = set(
        SkillLevelChange.objects.filter(skill__agency=agency).values_list("user_id", "skill_id")
    ) | set(PersonSkill.objects.filter(skill__agency=agency).values_list("user_id", "skill_id"))
    now = timezone.now()
    for email, levels in spec.levels.items():
        if email not in people:
            continue
        user, role = people[email]
        actor = supervisor if role == Role.CASEWORKER and supervisor else administrator
        for level in levels:
            skill = skills[level.skill]
            if (user.pk, skill.pk) not in done:
                _level(user, skill, level, actor, now)


def _level(user: User, skill: Skill, level: DemoLevel, actor: User | None, now: datetime) -> None:
    steps: list[tuple[int, str, str, int]] = []
    if level.earlier is not None:
        steps.append((level.earlier, SkillSource.SUPERVISOR, "", FIRST_LEVELS_DAYS_AGO))
        steps.append((level.level, level.source, level.note, level.raised_days_ago))
    else:
        steps.append((level.level, level.source, level.note, FIRST_LEVELS_DAYS_AGO))
    for value, source, note, _days in steps:
        skill_level_set(user=user, skill=skill, level=value, source=source, actor=actor, note=note)
    # Demo only: the levels were set over the months before the demo's cases, not at loading.
    history = list(SkillLevelChange.objects.filter(user=user, skill=skill).order_by("id"))
    for change, (_value, _source, _note, days) in zip(history, steps, strict=True):
        change.changed_at = now - timedelta(days=days)
    SkillLevelChange.objects.bulk_update(history, ["changed_at"])
    PersonSkill.objects.filter(user=user, skill=skill).update(updated_at=history[-1].changed_at)


def held_cases(agency: Agency) -> dict[int, int]:
    """How many new, open or in-progress cases the case demo may leave each person holding."""
    spec = ROUTINGS.get(agency.slug)
    if spec is None:
        return {}
    ids = dict(User.objects.filter(email__in=list(spec.presence)).values_list("email", "pk"))
    return {
        ids[email]: max(item.capacity - ROOM_LEFT, 1)
        for email, item in spec.presence.items()
        if email in ids
    }


@transaction.atomic
def seed_floor(*, agency: Agency, morning: bool) -> None:
    """After the agency's cases: presence, and with *morning*, places in line and the work.

    *morning* is for cases just created: they were moved back in time, so their places
    in line are stored again, then the morning's work is done through the services.
    """
    spec = ROUTINGS.get(agency.slug)
    if spec is None:
        return
    if morning:
        _line_up(agency)
    _presence(spec)
    if morning:
        _morning(agency, spec.morning)


def _line_up(agency: Agency) -> None:
    """Store each waiting case's place in line from its back-dated queueing time."""
    waiting = Q(queue__isnull=False, assignee__isnull=True, status__in=WAITING_STATUSES)
    cases = list(
        Case.objects.filter(agency=agency)
        .filter(waiting | Q(route_key__isnull=False))
        .select_related("queue")
    )
    for case in cases:
        case.route_key = keys.route_key(case)
    Case.objects.bulk_update(cases, ["route_key"], batch_size=500)


def _presence(spec: DemoRouting) -> None:
    """Each person's presence and its open log row, created directly: the demo's starting
    point, not a change anyone made."""
    now = timezone.now()
    users = {u.email: u for u in User.objects.filter(email__in=list(spec.presence))}
    for email, item in spec.presence.items():
        user = users.get(email)
        if user is None:
            continue
        since = now - timedelta(minutes=item.minutes_ago)
        active = now - timedelta(minutes=min(item.minutes_ago, 3))
        _presence_row, created = Presence.objects.get_or_create(
            user=user,
            defaults={
                "state": item.state,
                "reason": item.reason,
                "capacity": item.capacity,
                "since": since,
                "last_activity_at": since if item.state == PresenceState.OFFLINE else active,
            },
        )
        if created and not PresenceLog.objects.filter(user=user, ended_at__isnull=True).exists():
            PresenceLog.objects.create(
                user=user, state=item.state, reason=item.reason, started_at=since
            )


def _morning(agency: Agency, morning: DemoMorning) -> None:
    """The morning's work, each step through the routing services, in the order a morning
    goes; a step that finds nothing to do (in a small demo) is left out."""
    emails = {
        *morning.take_next,
        *(email for email, _why in (*morning.decline, *morning.snooze)),
    }
    people = {user.email: user for user in User.objects.filter(email__in=emails)}
    for email in morning.take_next:
        _take_next(people.get(email))
    _offer(agency)
    for offer in _open_offers(agency)[: morning.accept]:
        _accept(offer)
    _offer(agency)
    for reason, offer in zip(morning.decline_offer, _open_offers(agency), strict=False):
        offer_decline(offer=offer, user=offer.user, reason=reason)
    for email, reason in morning.decline:
        _decline(people.get(email), reason)
    for email, reason in morning.snooze:
        _snooze(agency, people.get(email), reason)
    _offer(agency)  # what was declined goes to the next person; the others get another


def _take_next(user: User | None) -> None:
    """Get next case, by someone with room left for one more after it."""
    presence = Presence.objects.filter(user=user).first() if user else None
    if user is None or presence is None or presence.capacity - load_of(user) < ROOM_LEFT:
        return
    try:
        case_take_next(user=user)
    except DomainError:  # Away, Offline or in no pull queue: they do not take cases
        return


def _open_offers(agency: Agency) -> list[Offer]:
    """The agency's pending offers, oldest first."""
    pending = Offer.objects.filter(queue__agency=agency, status=OfferStatus.PENDING)
    return list(pending.select_related("user").order_by("offered_at", "pk"))


def _accept(offer: Offer) -> None:
    try:
        offer_accept(offer=offer, user=offer.user)
    except DomainError:  # at capacity: the offer stays open
        return


def _decline(user: User | None, reason: str) -> None:
    """Decline the case Get next case would give the person next."""
    if user is None:
        return
    case = next(candidates(user, pull_queues(user), now=timezone.now()), None)
    if case is not None:
        case_decline(case=case, user=user, reason=reason)


def _offer(agency: Agency) -> None:
    for queue in Queue.objects.filter(agency=agency, is_active=True, mode=QueueMode.PUSH):
        offers_dispatch(queue_id=queue.pk)


def _snooze(agency: Agency, user: User | None, reason: str) -> None:
    """Snooze the newest waiting case of the person's queues until the next working morning."""
    if user is None:
        return
    now = timezone.now()
    case = (
        Case.objects.filter(
            agency=agency,
            queue__members=user,
            assignee__isnull=True,
            route_key__isnull=False,
            snoozed_until__isnull=True,
        )
        .order_by("-route_key", "-pk")
        .first()
    )
    if case is not None:
        case_snooze(case=case, until=_next_working_morning(now, agency), actor=user, reason=reason)


def _next_working_morning(now: datetime, agency: Agency) -> datetime:
    day = now.astimezone(agency.zone).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9), tzinfo=agency.zone)
