"""A realistic data set of N cases on PostgreSQL, for the benchmarks and for trying pages at scale.

Run it with ``make bench-generate`` or ``python -m bench.generate [--cases N] [--small]
[--database-url URL] [--rebuild]``; :func:`generate` is the same thing for code that
already has Django set up (``bench.reports`` and the tests call it).

What it builds, all with slugs starting ``bench-``:

- three agencies in three time zones, each with four teams (and one for escalations), a
  queue and a supervisor per team, caseworkers in proportion to the volume, a manager and an
  administrator, a business-hours service-level policy, twelve services (36 in all),
  customers in proportion to the volume (thousands at 100,000 cases and more) and the
  A-11 citizen survey sent for every service;
- N cases over the three years before now, more on weekdays and in office hours, a
  little more each year and with a seasonal swell, each with the timeline the
  services write: opened and routed, picked up from the queue (a pickup row and an
  assignment), the first response, notes, a wait on the customer or a third party,
  resolution with its notice, closure, sometimes a reopening, and a service-level
  event and breach escalation when a due time was missed;
- the status mix of a real office: most cases closed, some cancelled or duplicates, a
  few resolved awaiting closure, and a backlog of recent open cases (new, open, in
  progress, waiting), each with its service-level state;
- survey invitations for closed cases (answered, expired or skipped as invited
  recently) and the answers of those who responded, and the caseworkers' presence log
  (available, busy, breaks) over every working day.

Rows are made in Python from a seeded random generator and written with COPY, in
batches, so a million cases and their ten million timeline rows take minutes. Due times
are the service-level code's own (``cases.sla.due_times`` with the agency's business
calendar), computed once per quarter hour of opening and shifted by the minutes within it.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import os
import random
import secrets
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from backoffice.models import Agency, Team
    from cases.calendar import Calendar
    from cases.models import SlaPolicy

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_reports"
FULL = 1_000_000
SMALL = 100_000
YEARS = 3
BATCH = 20_000
BENCH_SLUG = "bench-"
# Bump when the generated data changes shape, so older data is rebuilt, not reused.
GENERATOR_VERSION = 2
META_TABLE = "bench_generate_meta"


class BenchError(Exception):
    """A reason the generator cannot run, shown to the person who started it."""


@dataclass(frozen=True)
class AgencySpec:
    slug: str
    name: str
    prefix: str
    zone: str
    country: str
    subdivision: str
    share: float


AGENCIES = (
    AgencySpec("bench-city", "Bench City Services", "BCS", "America/Chicago", "US", "IL", 0.5),
    AgencySpec("bench-borough", "Bench Borough Council", "BBC", "Europe/London", "GB", "ENG", 0.3),
    AgencySpec("bench-land", "Bench Land Office", "BLO", "Europe/Berlin", "DE", "BE", 0.2),
)
TEAMS = ("Front desk", "Licensing", "Environment", "Housing")
SERVICES = (
    # code, name, team index, popularity weight
    ("general", "General enquiry", 0, 20),
    ("complaint", "Complaint", 0, 8),
    ("records", "Records request", 0, 6),
    ("licence-new", "New business licence", 1, 9),
    ("licence-renew", "Licence renewal", 1, 12),
    ("permit-event", "Event permit", 1, 4),
    ("noise", "Noise complaint", 2, 10),
    ("waste", "Missed waste collection", 2, 14),
    ("pothole", "Pothole or road damage", 2, 7),
    ("repair", "Housing repair", 3, 11),
    ("benefit", "Housing benefit claim", 3, 6),
    ("tenancy", "Tenancy question", 3, 3),
)
CHANNELS = (("web", 35), ("phone", 25), ("email", 15), ("in_person", 10), ("mail", 5), ("api", 10))
STAFF_CHANNELS = frozenset({"phone", "in_person", "mail"})
CHANNEL_LABELS = {
    "web": "Web form",
    "phone": "Phone",
    "email": "Email",
    "in_person": "In person",
    "mail": "Mail",
    "api": "API",
}
PRIORITIES = ((1, 10), (2, 70), (3, 15), (4, 5))
WEEKDAY_WEIGHT = (1.25, 1.15, 1.1, 1.05, 0.95, 0.3, 0.2)
FIRST_NAMES = [
    "Ada",
    "Ali",
    "Ana",
    "Ben",
    "Carla",
    "Chen",
    "David",
    "Elena",
    "Emma",
    "Fatima",
    "Grace",
    "Hana",
    "Ian",
    "Ivan",
    "Jamal",
    "Julia",
    "Kai",
    "Laura",
    "Leo",
    "Lina",
    "Marco",
    "Maria",
    "Mei",
    "Noah",
    "Nora",
    "Omar",
    "Paul",
    "Priya",
    "Rosa",
    "Sam",
    "Sara",
    "Tom",
    "Yusuf",
    "Zoe",
]
LAST_NAMES = [
    "Adams",
    "Baker",
    "Becker",
    "Brown",
    "Clark",
    "Costa",
    "Davies",
    "Evans",
    "Fischer",
    "Garcia",
    "Green",
    "Hall",
    "Hughes",
    "Jones",
    "Khan",
    "Kim",
    "Lopez",
    "Martin",
    "Meyer",
    "Miller",
    "Murphy",
    "Nguyen",
    "Novak",
    "Patel",
    "Rossi",
    "Schmidt",
    "Silva",
    "Smith",
    "Taylor",
    "Walker",
    "Weber",
    "Wilson",
    "Wright",
    "Young",
]
NOTES = (
    "Called the customer to confirm the details.",
    "Checked the records; the application is complete.",
    "Asked the inspection team for a date.",
    "Documents received and filed.",
    "Customer says the problem is still there.",
    "Waiting for the payment to clear.",
)
RESOLUTIONS = (
    "Done as requested.",
    "Licence issued.",
    "Repair completed by the contractor.",
    "Information sent to the customer.",
    "Inspection found no fault; customer informed.",
)
WORKING_STATUSES = (
    ("open", 25),
    ("in_progress", 45),
    ("waiting_customer", 20),
    ("waiting_third_party", 10),
)


def _weighted(pairs: Sequence[tuple[Any, float]]) -> tuple[list[Any], list[float]]:
    values = [value for value, _weight in pairs]
    cumulative, total = [], 0.0
    for _value, weight in pairs:
        total += weight
        cumulative.append(total)
    return values, cumulative


# The fixture: agencies and what their cases point at ------------------------------------------


@dataclass
class TeamData:
    team_id: int
    queue_id: int
    caseworkers: list[tuple[int, str]]
    supervisor_id: int


@dataclass
class AgencyData:
    """What one agency's cases point at."""

    agency_id: int
    spec: AgencySpec
    zone: ZoneInfo
    policy_id: int
    teams: list[TeamData]
    services: list[tuple[int, str, int]]  # id, code, team index
    service_weights: list[float]
    customers: list[tuple[int, bool]]  # id, agrees to surveys
    survey_id: int
    questions: list[tuple[int, str, list[str]]]  # id, kind, choice values
    manager_id: int
    calendar: Calendar | None = None
    policy: SlaPolicy | None = None
    due_cache: dict[datetime, tuple[datetime | None, datetime | None]] = field(default_factory=dict)


def staffing(cases: int) -> tuple[int, int]:
    """Caseworkers per team and customers per agency for *cases* in all.

    About fifteen cases a working day per caseworker, and a customer per fifty cases.
    """
    per_team_per_day = cases / len(AGENCIES) / len(TEAMS) / (YEARS * 250)
    return max(2, math.ceil(per_team_per_day / 15)), max(100, cases // len(AGENCIES) // 50)


def build_fixture(cases: int) -> list[AgencyData]:
    """Create (or find) the agencies and everything their cases need; idempotent."""
    from backoffice.models import Agency

    caseworkers, customers = staffing(cases)
    fixture = []
    for spec in AGENCIES:
        agency, _created = Agency.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "name": spec.name,
                "case_prefix": spec.prefix,
                "time_zone": spec.zone,
                "country": spec.country,
                "subdivision": spec.subdivision,
            },
        )
        fixture.append(_agency_data(agency, spec, caseworkers, customers))
    return fixture


def _agency_data(agency: Agency, spec: AgencySpec, caseworkers: int, customers: int) -> AgencyData:
    from backoffice.models import Role, Team

    escalations, _created = Team.objects.get_or_create(agency=agency, name="Escalations")
    teams = [_team(agency, name, caseworkers) for name in TEAMS]
    manager = _member(agency, "manager", Role.MANAGER, None)
    _member(agency, "admin", Role.ADMINISTRATOR, None)
    services = _services(agency, teams)
    survey_id, questions = _survey(agency, [service_id for service_id, _c, _t in services])
    return AgencyData(
        agency_id=agency.pk,
        spec=spec,
        zone=ZoneInfo(spec.zone),
        policy_id=_policy(agency, escalations).pk,
        teams=teams,
        services=services,
        service_weights=_weighted([(n, s[3]) for n, s in enumerate(SERVICES)])[1],
        customers=_customers(agency, customers),
        survey_id=survey_id,
        questions=questions,
        manager_id=manager,
    )


def _team(agency: Agency, name: str, caseworkers: int) -> TeamData:
    from backoffice.models import Role, Team
    from routing.models import Queue

    team, _created = Team.objects.get_or_create(agency=agency, name=name)
    queue, _created = Queue.objects.get_or_create(
        agency=agency, team=team, name=f"{name} queue", defaults={"mode": "pull"}
    )
    slug = name.lower().replace(" ", "-")
    people = []
    for n in range(1, caseworkers + 1):
        user_id = _member(agency, f"{slug}.caseworker{n}", Role.CASEWORKER, team)
        people.append((user_id, _full_name(agency, f"{slug}{n}")))
    queue.members.add(*[user_id for user_id, _name in people])
    supervisor_id = _member(agency, f"{slug}.supervisor", Role.SUPERVISOR, team)
    return TeamData(
        team_id=team.pk, queue_id=queue.pk, caseworkers=people, supervisor_id=supervisor_id
    )


def _full_name(agency: Agency, key: str) -> str:
    pick = random.Random(f"{agency.slug}-{key}")
    return f"{pick.choice(FIRST_NAMES)} {pick.choice(LAST_NAMES)}"


def _member(agency: Agency, name: str, role: str, team: Team | None) -> int:
    from backoffice.models import Membership, User

    user, created = User.objects.get_or_create(
        email=f"{name}@{agency.slug}.example",
        defaults={"full_name": _full_name(agency, name)},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    Membership.objects.get_or_create(user=user, agency=agency, team=team, role=role)
    return user.pk


def _policy(agency: Agency, escalation_team: Team) -> SlaPolicy:
    """Answer within a business day, resolve within four weeks of business hours."""
    from cases.models import SlaBasis, SlaPolicy

    policy, _created = SlaPolicy.objects.update_or_create(
        agency=agency,
        service=None,
        priority=None,
        defaults={
            "name": "Standard",
            "basis": SlaBasis.BUSINESS,
            "response_target": timedelta(hours=8),
            "resolution_target": timedelta(hours=80),
            "warning_percent": 75,
            "escalation_team": escalation_team,
            "is_active": True,
        },
    )
    return policy


def _services(agency: Agency, teams: list[TeamData]) -> list[tuple[int, str, int]]:
    from cases.models import Service

    found = []
    for code, name, team, _weight in SERVICES:
        service, _created = Service.objects.get_or_create(
            agency=agency,
            code=code,
            defaults={"name": name, "default_team_id": teams[team].team_id},
        )
        found.append((service.pk, code, team))
    return found


def _survey(agency: Agency, service_ids: list[int]) -> tuple[int, list[tuple[int, str, list[str]]]]:
    from feedback.models import Question, Survey, SurveyService, SurveyTemplate
    from feedback.services.library import survey_from_template

    survey = Survey.objects.filter(agency=agency, template=SurveyTemplate.A11).first()
    if survey is None:
        survey = survey_from_template(agency=agency, template=SurveyTemplate.A11, actor=None)
    SurveyService.objects.bulk_create(
        [SurveyService(survey=survey, service_id=pk, delay_hours=24) for pk in service_ids],
        ignore_conflicts=True,
    )
    questions = [
        (question.pk, question.kind, [choice.value for choice in question.choices.all()])
        for question in Question.objects.filter(survey=survey).prefetch_related("choices")
    ]
    return survey.pk, questions


def _customers(agency: Agency, count: int) -> list[tuple[int, bool]]:
    """The agency's customers, made up to *count*; most of them agree to surveys."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM cases_customer WHERE agency_id = %s", [agency.pk])
        have = cursor.fetchone()[0]
        pick = random.Random(f"customers-{agency.slug}")
        now = datetime.now(UTC)
        with cursor.copy(
            "COPY cases_customer (agency_id, kind, name, organisation, email, phone, "
            "phone_normalised, address, preferred_language, preferred_channel, survey_consent, "
            "created_at, updated_at) FROM STDIN"
        ) as copy:
            for n in range(have + 1, count + 1):
                first, last = pick.choice(FIRST_NAMES), pick.choice(LAST_NAMES)
                organisation = n % 25 == 0
                copy.write_row(
                    (
                        agency.pk,
                        "organisation" if organisation else "person",
                        f"{last} Ltd" if organisation else f"{first} {last}",
                        f"{last} Ltd" if organisation else "",
                        f"{first}.{last}.{n}@{agency.slug}.example".lower(),
                        f"+1 555 {n:07d}",
                        f"+1555{n:07d}",
                        f"{n % 400 + 1} {last} Street",
                        "es" if n % 9 == 0 else "en",
                        "email",
                        n % 8 != 0,
                        now,
                        now,
                    )
                )
        cursor.execute(
            "SELECT id, survey_consent FROM cases_customer WHERE agency_id = %s ORDER BY id",
            [agency.pk],
        )
        return [(row[0], row[1]) for row in cursor.fetchall()]


# Opening times, shares and due times ----------------------------------------------------------


def shares(cases: int) -> list[int]:
    """Cases per agency by its share; the remainder goes to the first agency."""
    counts = [int(cases * spec.share) for spec in AGENCIES]
    counts[0] += cases - sum(counts)
    return counts


def _day_weights(first: date, days: int) -> list[float]:
    """Weekday pattern, a seasonal swell in spring and autumn, and growth over the years."""
    cumulative, total = [], 0.0
    for offset in range(days):
        day = first + timedelta(days=offset)
        season = 1 + 0.15 * math.cos(2 * math.pi * (day.month - 4) / 6)
        growth = 0.8 + 0.4 * offset / days
        total += WEEKDAY_WEIGHT[day.weekday()] * season * growth
        cumulative.append(total)
    return cumulative


def opening_times(
    data: AgencyData, count: int, now: datetime, rng: random.Random
) -> list[datetime]:
    """*count* opening times over the last three years, sorted, in UTC.

    Staff channels and most others arrive in office hours (8:00 to 18:00 local); the
    rest at any hour.
    """
    local_now = now.astimezone(data.zone)
    first = local_now.date() - timedelta(days=365 * YEARS)
    days = (local_now.date() - first).days + 1
    weights = _day_weights(first, days)
    picked = rng.choices(range(days), cum_weights=weights, k=count)
    moments = []
    for offset in picked:
        day = first + timedelta(days=offset)
        if rng.random() < 0.85:
            minute = 8 * 60 + int(rng.triangular(0, 600, 150))
        else:
            minute = rng.randrange(24 * 60)
        local = datetime(day.year, day.month, day.day, tzinfo=data.zone) + timedelta(
            minutes=minute, seconds=rng.randrange(60)
        )
        moment = local.astimezone(UTC)
        if moment < now - timedelta(minutes=5):
            moments.append(moment)
    while len(moments) < count:  # the few that fell after now open a little earlier
        moments.append(now - timedelta(minutes=rng.randrange(10, 600)))
    moments.sort()
    return moments


def due_times(data: AgencyData, created: datetime) -> tuple[datetime | None, datetime | None]:
    """The policy's due times for a case opened at *created*, from the agency's calendar.

    Computed once per quarter hour and shifted by the time since it began, which is
    exact while the quarter hour is in business hours and close to it otherwise.
    """
    from cases import sla
    from cases.models import Case

    quarter = created.replace(minute=created.minute - created.minute % 15, second=0, microsecond=0)
    found = data.due_cache.get(quarter)
    if found is None:
        if data.policy is None or data.calendar is None:
            raise BenchError("The agency's calendar and policy are not loaded.")
        case = Case(
            agency_id=data.agency_id,
            status="new",
            created_at=quarter,
            sla_started_at=quarter,
            sla_policy=data.policy,
        )
        found = sla.due_times(case, data.policy, data.calendar)
        data.due_cache[quarter] = found
    shift = created - quarter
    return tuple(None if due is None else due + shift for due in found)  # type: ignore[return-value]


def _load_calendars(fixture: list[AgencyData]) -> None:
    from backoffice.models import Agency
    from cases.models import SlaPolicy
    from cases.services.sla import Calendars

    calendars = Calendars()
    for data in fixture:
        data.calendar = calendars(Agency.objects.get(pk=data.agency_id))
        data.policy = SlaPolicy.objects.get(pk=data.policy_id)


# One case and its timeline ---------------------------------------------------------------------


def _lognormal(rng: random.Random, median: timedelta, sigma: float, cap: timedelta) -> timedelta:
    return min(median * math.exp(rng.gauss(0, sigma)), cap)


@dataclass
class Rows:
    """The rows of one batch, per table, in COPY column order."""

    cases: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    pickups: list[tuple[Any, ...]] = field(default_factory=list)
    escalations: list[tuple[Any, ...]] = field(default_factory=list)
    invitations: list[tuple[Any, ...]] = field(default_factory=list)
    responses: list[tuple[Any, ...]] = field(default_factory=list)
    answers: list[tuple[Any, ...]] = field(default_factory=list)


COLUMNS = {
    "cases_case": (
        "id, reference, channel, subject, description, attributes, address, media_url, priority, "
        "status, resolution, created_at, updated_at, first_response_at, resolved_at, closed_at, "
        "agency_id, assignee_id, created_by_id, duplicate_of_id, team_id, customer_id, "
        "service_id, sla_policy_id, sla_state, sla_round, sla_started_at, response_due_at, "
        "resolution_due_at, sla_paused_business, sla_paused_calendar, sla_next_check_at, "
        "queue_id, queued_at, legal_hold, legal_hold_reason"
    ),
    "cases_caseevent": "case_id, kind, actor_id, occurred_at, summary, data, public",
    "routing_pickup": "agency_id, queue_id, case_id, user_id, method, queued_at, picked_at, waited",
    "cases_escalation": "case_id, target, level, round, threshold_at, escalated_at, actions",
    "feedback_surveyinvitation": (
        "id, survey_id, case_id, customer_id, agency_id, language, status, skip_reason, nonce, "
        "created_at, due_at, sent_at, reminded_at, expires_at, answered_at"
    ),
    "feedback_surveyresponse": (
        "id, survey_id, agency_id, invitation_id, case_id, service_id, channel, team_id, "
        "collected_via, language, submitted_at"
    ),
    "feedback_surveyanswer": "response_id, question_id, number, choices, text",
}


@dataclass
class Ids:
    """The next free id of the tables whose rows others point at."""

    case: int
    invitation: int
    response: int


@dataclass
class CaseDraft:
    """The facts of one case, decided before its rows are written."""

    case_id: int
    reference: str
    created: datetime
    channel: str
    service: int
    team: TeamData
    priority: int
    customer: tuple[int, bool]
    worker: tuple[int, str]
    response_due: datetime | None
    resolution_due: datetime | None
    picked: datetime
    responded: datetime
    resolved: datetime
    closed: datetime
    reopened: tuple[datetime, datetime] | None  # the first resolution, and the reopening
    waiting: tuple[datetime, datetime] | None
    notes: int
    status: str = ""


class CaseWriter:
    """Turns opening times into case rows and their timelines, batch by batch."""

    def __init__(self, data: AgencyData, now: datetime, rng: random.Random, ids: Ids) -> None:
        self.data, self.now, self.rng, self.ids = data, now, rng, ids
        self.channels = _weighted(CHANNELS)
        self.priorities = _weighted(PRIORITIES)
        self.statuses = _weighted(WORKING_STATUSES)
        self.numbers: dict[int, int] = {}
        self.last_case_of: dict[int, int] = {}
        self.last_invited: dict[int, datetime] = {}

    def reference(self, created: datetime) -> str:
        year = created.astimezone(self.data.zone).year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        return f"{self.data.spec.prefix}-{year}-{self.numbers[year]:06d}"

    def draft(self, created: datetime) -> CaseDraft:
        rng, data = self.rng, self.data
        service = bisect.bisect_left(data.service_weights, rng.random() * data.service_weights[-1])
        team = data.teams[data.services[service][2]]
        customer = data.customers[int(len(data.customers) * rng.random() ** 1.5)]
        response_due, resolution_due = due_times(data, created)
        picked = created + _lognormal(rng, timedelta(minutes=50), 1.1, timedelta(days=6))
        responded = picked + _lognormal(rng, timedelta(hours=2), 1.2, timedelta(days=10))
        resolved = responded + _lognormal(rng, timedelta(days=5), 1.1, timedelta(days=120))
        if rng.random() < 0.06:  # stuck: waiting on a court, a contractor, a budget
            resolved += timedelta(days=rng.uniform(30, 300))
        reopened = None
        if rng.random() < 0.03:
            again = resolved + timedelta(days=rng.uniform(0.5, 6))
            reopened = (resolved, again)
            resolved = again + _lognormal(rng, timedelta(days=2), 0.8, timedelta(days=40))
        waiting = None
        if rng.random() < 0.25:
            start = responded + (resolved - responded) * rng.uniform(0.1, 0.4)
            waiting = (start, start + (resolved - start) * rng.uniform(0.2, 0.7))
        return CaseDraft(
            case_id=self.ids.case,
            reference=self.reference(created),
            created=created,
            channel=self.channels[0][
                bisect.bisect_left(self.channels[1], rng.random() * self.channels[1][-1])
            ],
            service=service,
            team=team,
            priority=self.priorities[0][
                bisect.bisect_left(self.priorities[1], rng.random() * self.priorities[1][-1])
            ],
            customer=customer,
            worker=rng.choice(team.caseworkers),
            response_due=response_due,
            resolution_due=resolution_due,
            picked=picked,
            responded=responded,
            resolved=resolved,
            closed=resolved + timedelta(days=rng.uniform(1, 10)),
            reopened=reopened,
            waiting=waiting,
            notes=rng.choices((0, 1, 2, 3, 5), (25, 35, 20, 12, 8))[0],
        )

    def write(self, created: datetime, rows: Rows) -> None:
        case = self.draft(created)
        self.ids.case += 1
        roll = self.rng.random()
        if roll < 0.03:
            self._cancelled(case, rows, "cancelled")
        elif roll < 0.04 and case.customer[0] in self.last_case_of:
            self._cancelled(case, rows, "duplicate")
        else:
            self._worked(case, rows)
        self.last_case_of[case.customer[0]] = case.case_id

    # The kinds of case ----------------------------------------------------------------------

    def _cancelled(self, case: CaseDraft, rows: Rows, status: str) -> None:
        """Withdrawn or a duplicate: closed at intake, before anyone picked it up."""
        ended = case.created + timedelta(minutes=self.rng.uniform(5, 240))
        if ended >= self.now:
            ended = case.created + (self.now - case.created) / 2
        original = self.last_case_of.get(case.customer[0]) if status == "duplicate" else None
        self._opened(case, rows)
        data: dict[str, Any] = {"status": ["new", status]}
        if original is not None:
            data["duplicate_of"] = original
        label = "Cancelled" if status == "cancelled" else "Duplicate"
        self._event(rows, case, "status", None, ended, f"Status: New → {label}", data, True)
        rows.cases.append(
            self._case_row(
                case,
                status=status,
                updated=ended,
                assignee=None,
                responded=None,
                resolved=None,
                closed=None,
                sla_state="",
                duplicate_of=original,
                next_check=None,
                queued=None,
            )
        )

    def _worked(self, case: CaseDraft, rows: Rows) -> None:
        now = self.now
        self._opened(case, rows)
        picked = case.picked < now
        if picked:
            self._pickup(case, rows)
        responded = case.responded < now
        if responded:
            self._event(
                rows,
                case,
                "message_out",
                case.worker[0],
                case.responded,
                "Message to customer",
                {"channel": "email"},
                True,
            )
            if case.response_due and case.responded > case.response_due:
                self._breach(case, rows, "response", case.response_due)
        elif case.response_due and case.response_due < now:
            self._breach(case, rows, "response", case.response_due)
        self._notes(case, rows)
        if case.waiting and case.waiting[0] < now:
            self._waiting(case, rows)
        resolved = case.resolved < now
        self._resolved(case, rows)
        if case.resolution_due and case.resolution_due < min(case.resolved, now):
            self._breach(case, rows, "resolution", case.resolution_due)
        closed = case.closed < now
        if closed:
            self._event(
                rows,
                case,
                "status",
                case.worker[0],
                case.closed,
                "Status: Resolved → Closed",
                {"status": ["resolved", "closed"]},
                True,
            )
            self._invitation(case, rows)
        status = self._status(case, picked=picked, resolved=resolved, closed=closed)
        done = resolved
        rows.cases.append(
            self._case_row(
                case,
                status=status,
                updated=self._last_change(case, now),
                assignee=case.worker[0] if picked else None,
                responded=case.responded if responded else None,
                resolved=case.resolved if resolved else None,
                closed=case.closed if closed else None,
                sla_state=self._sla_state(case, done=done),
                duplicate_of=None,
                next_check=None if done else self._next_check(case),
                queued=None if picked else case.created,
            )
        )

    @staticmethod
    def _last_change(case: CaseDraft, now: datetime) -> datetime:
        moments = [case.created, case.picked, case.responded, case.resolved, case.closed]
        return max(moment for moment in moments if moment < now)

    def _status(self, case: CaseDraft, *, picked: bool, resolved: bool, closed: bool) -> str:
        if closed:
            return "closed"
        if resolved:
            return "resolved"
        if not picked:
            return "new"
        if case.waiting and case.waiting[0] < self.now < case.waiting[1]:
            return "waiting_customer"
        values, weights = self.statuses
        return values[bisect.bisect_left(weights, self.rng.random() * weights[-1])]

    def _sla_state(self, case: CaseDraft, *, done: bool) -> str:
        due = case.resolution_due
        if due is None:
            return ""
        if done:
            return "met" if case.resolved <= due else "missed"
        late_response = case.response_due and case.responded >= self.now > case.response_due
        if self.now > due or late_response:
            return "breached"
        if case.response_due and case.responded >= self.now:
            return (
                "at_risk"
                if self.now > case.created + (case.response_due - case.created) * 0.75
                else "on_track"
            )
        return "at_risk" if self.now > case.created + (due - case.created) * 0.75 else "on_track"

    def _next_check(self, case: CaseDraft) -> datetime | None:
        ahead = [due for due in (case.response_due, case.resolution_due) if due and due > self.now]
        return min(ahead) if ahead else None

    # Timeline rows --------------------------------------------------------------------------

    def _event(
        self,
        rows: Rows,
        case: CaseDraft,
        kind: str,
        actor: int | None,
        at: datetime,
        summary: str,
        data: dict[str, Any],
        public: bool = False,
    ) -> None:
        rows.events.append((case.case_id, kind, actor, at, summary, json.dumps(data), public))

    def _opened(self, case: CaseDraft, rows: Rows) -> None:
        actor = case.worker[0] if case.channel in STAFF_CHANNELS else None
        service = self.data.services[case.service]
        self._event(
            rows,
            case,
            "opened",
            actor,
            case.created,
            f"Case opened from {CHANNEL_LABELS[case.channel]}",
            {"channel": case.channel, "service": service[1], "team": case.team.team_id},
            True,
        )
        self._event(
            rows,
            case,
            "routed",
            None,
            case.created,
            f"Queued in {TEAMS[service[2]]} queue (the team's queue; no rule matched)",
            {
                "queue": case.team.queue_id,
                "rule": None,
                "reasons": [],
                "priority": None,
                "skills": [],
            },
        )

    def _pickup(self, case: CaseDraft, rows: Rows) -> None:
        method = self.rng.choices(("next", "offer", "taken", "assigned"), (70, 15, 10, 5))[0]
        rows.pickups.append(
            (
                self.data.agency_id,
                case.team.queue_id,
                case.case_id,
                case.worker[0],
                method,
                case.created,
                case.picked,
                case.picked - case.created,
            )
        )
        self._event(
            rows,
            case,
            "assigned",
            case.worker[0],
            case.picked,
            f"Assigned to {case.worker[1]}",
            {"assignee": [None, case.worker[0]]},
        )

    def _notes(self, case: CaseDraft, rows: Rows) -> None:
        span = case.resolved - case.picked
        for _n in range(case.notes):
            at = case.picked + span * self.rng.random()
            if at < self.now:
                self._event(rows, case, "note", case.worker[0], at, self.rng.choice(NOTES), {})

    def _waiting(self, case: CaseDraft, rows: Rows) -> None:
        if case.waiting is None:
            return
        start, end = case.waiting
        self._event(
            rows,
            case,
            "status",
            case.worker[0],
            start,
            "Status: In progress → Waiting on customer",
            {"status": ["in_progress", "waiting_customer"]},
            True,
        )
        if end < self.now:
            self._event(rows, case, "message_in", None, end, "Reply from customer", {}, True)
            self._event(
                rows,
                case,
                "status",
                case.worker[0],
                end,
                "Status: Waiting on customer → In progress",
                {"status": ["waiting_customer", "in_progress"]},
                True,
            )

    def _resolved(self, case: CaseDraft, rows: Rows) -> None:
        """The resolution and its notice, after a first resolution and reopening if any."""
        resolution = self.rng.choice(RESOLUTIONS)
        worker = case.worker[0]
        if case.reopened is not None and case.reopened[1] < self.now:
            first, again = case.reopened
            self._event(
                rows,
                case,
                "status",
                worker,
                first,
                "Status: In progress → Resolved",
                {"status": ["in_progress", "resolved"], "resolution": resolution},
                True,
            )
            self._event(
                rows,
                case,
                "reopened",
                None,
                again,
                "Reopened: the customer says it is not fixed",
                {"round": 2},
                True,
            )
        if case.resolved >= self.now:
            return
        self._event(
            rows,
            case,
            "status",
            worker,
            case.resolved,
            "Status: In progress → Resolved",
            {"status": ["in_progress", "resolved"], "resolution": resolution},
            True,
        )
        self._event(rows, case, "notice", None, case.resolved, "Resolution notice sent", {}, True)

    def _breach(self, case: CaseDraft, rows: Rows, target: str, due: datetime) -> None:
        rows.escalations.append(
            (
                case.case_id,
                target,
                2,
                1,
                due,
                due + timedelta(minutes=1),
                # As the service-level sweep records it: the ids of the people notified.
                json.dumps({"notified": [case.team.supervisor_id]}),
            )
        )
        label = "First response" if target == "response" else "Resolution"
        self._event(
            rows,
            case,
            "sla",
            None,
            due + timedelta(minutes=1),
            f"{label} overdue: breach",
            {"target": target, "level": 2},
        )

    def _invitation(self, case: CaseDraft, rows: Rows) -> None:
        """Most closed cases get the survey; a customer invited in the last 30 days is skipped."""
        customer, consent = case.customer
        if not consent:
            return
        last = self.last_invited.get(customer)
        invitation_id = self.ids.invitation
        self.ids.invitation += 1
        due = case.closed + timedelta(hours=24)
        nonce = f"{self.rng.getrandbits(96):024x}"
        language = "es" if customer % 9 == 0 else "en"
        base = (
            invitation_id,
            self.data.survey_id,
            case.case_id,
            customer,
            self.data.agency_id,
            language,
        )
        if last is not None and case.closed - last < timedelta(days=30):
            rows.invitations.append(
                (*base, "skipped", "fatigue", nonce, case.closed, due, None, None, None, None)
            )
            return
        self.last_invited[customer] = case.closed
        if due >= self.now:
            rows.invitations.append(
                (*base, "pending", "", nonce, case.closed, due, None, None, None, None)
            )
            return
        expires = due + timedelta(days=14)
        answered = due + _lognormal(self.rng, timedelta(hours=20), 1.0, timedelta(days=13))
        if self.rng.random() < 0.22 and answered < self.now:
            rows.invitations.append(
                (*base, "answered", "", nonce, case.closed, due, due, None, expires, answered)
            )
            self._response(case, rows, invitation_id, language, answered)
        else:
            status = "expired" if expires < self.now else "sent"
            rows.invitations.append(
                (*base, status, "", nonce, case.closed, due, due, None, expires, None)
            )

    def _response(
        self, case: CaseDraft, rows: Rows, invitation_id: int, language: str, at: datetime
    ) -> None:
        response_id = self.ids.response
        self.ids.response += 1
        service_id = self.data.services[case.service][0]
        rows.responses.append(
            (
                response_id,
                self.data.survey_id,
                self.data.agency_id,
                invitation_id,
                case.case_id,
                service_id,
                case.channel,
                case.team.team_id,
                "link",
                language,
                at,
            )
        )
        # Late cases are rated lower: the mood of the answers follows the service level.
        mood = 0.6 if case.resolution_due and case.resolved > case.resolution_due else 0.0
        for question_id, kind, choices in self.data.questions:
            number, picked, text = self._answer(kind, choices, mood)
            if number is None and not picked and not text:
                continue
            rows.answers.append((response_id, question_id, number, json.dumps(picked), text))

    def _answer(
        self, kind: str, choices: list[str], mood: float
    ) -> tuple[int | None, list[str], str]:
        rng = self.rng
        if kind == "agreement":
            return max(1, min(5, round(rng.gauss(4.1 - 1.5 * mood, 1.0)))), [], ""
        if kind == "nps":
            return max(0, min(10, round(rng.gauss(8 - 3 * mood, 2.0)))), [], ""
        if kind == "effort":
            return max(1, min(7, round(rng.gauss(5.5 - 2 * mood, 1.2)))), [], ""
        if kind == "thumbs":
            return int(rng.random() > 0.2 + mood / 2), [], ""
        if kind in ("single", "multiple") and choices and rng.random() < 0.6:
            count = 1 if kind == "single" else rng.randint(1, min(2, len(choices)))
            return None, rng.sample(choices, count), ""
        if kind == "text" and rng.random() < 0.15:
            return None, [], rng.choice(("Quick and friendly.", "Took too long.", "Thank you."))
        return None, [], ""

    def _case_row(
        self,
        case: CaseDraft,
        *,
        status: str,
        updated: datetime,
        assignee: int | None,
        responded: datetime | None,
        resolved: datetime | None,
        closed: datetime | None,
        sla_state: str,
        duplicate_of: int | None,
        next_check: datetime | None,
        queued: datetime | None,
    ) -> tuple[Any, ...]:
        data = self.data
        service_id, _code, _team = data.services[case.service]
        created_by = case.worker[0] if case.channel in STAFF_CHANNELS else None
        return (
            case.case_id,
            case.reference,
            case.channel,
            f"{SERVICES[case.service][1]}: request {case.reference}",
            "",
            "{}",
            "",
            "",
            case.priority,
            status,
            "Done." if resolved else "",
            case.created,
            updated,
            responded,
            resolved,
            closed,
            data.agency_id,
            assignee,
            created_by,
            duplicate_of,
            case.team.team_id,
            case.customer[0],
            service_id,
            data.policy_id,
            sla_state,
            2 if case.reopened is not None and case.reopened[1] < self.now else 1,
            case.created,
            case.response_due,
            case.resolution_due,
            timedelta(0),
            timedelta(0),
            next_check,
            case.team.queue_id if queued else None,
            queued,
            False,
            "",
        )


# Writing ---------------------------------------------------------------------------------------


TABLES = (
    ("cases_case", "cases"),
    ("cases_caseevent", "events"),
    ("routing_pickup", "pickups"),
    ("cases_escalation", "escalations"),
    ("feedback_surveyinvitation", "invitations"),
    ("feedback_surveyresponse", "responses"),
    ("feedback_surveyanswer", "answers"),
)


def _copy(cursor: Any, rows: Rows, counts: dict[str, int]) -> None:
    for table, name in TABLES:
        batch = getattr(rows, name)
        if not batch:
            continue
        with cursor.copy(f"COPY {table} ({COLUMNS[table]}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
        counts[name] = counts.get(name, 0) + len(batch)


def _reserve(cursor: Any, table: str, count: int) -> int:
    """The first of *count* ids taken from *table*'s sequence, none of which it will hand out."""
    cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
    sequence = cursor.fetchone()[0]
    cursor.execute("SELECT nextval(%s)", [sequence])
    first = int(cursor.fetchone()[0])
    cursor.execute("SELECT setval(%s, %s)", [sequence, first + count])
    return first


def _batches(moments: list[datetime]) -> Iterator[list[datetime]]:
    for start in range(0, len(moments), BATCH):
        yield moments[start : start + BATCH]


def _agency_cases(
    cursor: Any,
    data: AgencyData,
    count: int,
    now: datetime,
    rng: random.Random,
    counts: dict[str, int],
    progress: Callable[[str], None],
) -> None:
    moments = opening_times(data, count, now, rng)
    ids = Ids(
        case=_reserve(cursor, "cases_case", count),
        invitation=_reserve(cursor, "feedback_surveyinvitation", count),
        response=_reserve(cursor, "feedback_surveyresponse", count),
    )
    writer = CaseWriter(data, now, rng, ids)
    for batch in _batches(moments):
        rows = Rows()
        for created in batch:
            writer.write(created, rows)
        _copy(cursor, rows, counts)
    for year, last in writer.numbers.items():
        cursor.execute(
            "INSERT INTO cases_referencesequence (agency_id, year, last_value) VALUES (%s, %s, %s) "
            "ON CONFLICT (agency_id, year) DO UPDATE SET last_value = "
            "greatest(cases_referencesequence.last_value, EXCLUDED.last_value)",
            [data.agency_id, year, last],
        )
    progress(f"  {count:,} cases of {data.spec.slug}")


def _presence(
    cursor: Any, data: AgencyData, now: datetime, days: int, counts: dict[str, int]
) -> None:
    """A working day of each caseworker: available, busy, a break, lunch, then offline."""
    day_plan = (
        ("available", "", 8 * 60, 10 * 60 + 30),
        ("away", "break", 10 * 60 + 30, 10 * 60 + 45),
        ("busy", "", 10 * 60 + 45, 12 * 60 + 30),
        ("away", "break", 12 * 60 + 30, 13 * 60 + 15),
        ("available", "", 13 * 60 + 15, 15 * 60),
        ("away", "meeting", 15 * 60, 15 * 60 + 30),
        ("busy", "", 15 * 60 + 30, 17 * 60),
    )
    local_today = now.astimezone(data.zone).date()
    first = local_today - timedelta(days=days)
    written = 0
    with cursor.copy(
        "COPY routing_presencelog (user_id, state, reason, started_at, ended_at) FROM STDIN"
    ) as copy:
        for offset in range((local_today - first).days):
            day = first + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            midnight = datetime(day.year, day.month, day.day, tzinfo=data.zone)
            for team in data.teams:
                for user_id, _name in team.caseworkers:
                    if (user_id + offset) % 23 == 0:  # leave, training, sickness
                        continue
                    for state, reason, start, end in day_plan:
                        copy.write_row(
                            (
                                user_id,
                                state,
                                reason,
                                midnight + timedelta(minutes=start),
                                midnight + timedelta(minutes=end),
                            )
                        )
                        written += 1
                    copy.write_row(
                        (
                            user_id,
                            "offline",
                            "",
                            midnight + timedelta(minutes=17 * 60),
                            midnight + timedelta(days=1, minutes=8 * 60),
                        )
                    )
                    written += 1
    counts["presence"] = counts.get("presence", 0) + written


@dataclass(frozen=True)
class Generated:
    cases: int
    seconds: float
    counts: dict[str, int]
    generated_at: datetime


def generate(
    *,
    cases: int,
    now: datetime | None = None,
    seed: int = 1,
    progress: Callable[[str], None] = print,
    bulk_load: bool = False,
    presence_days: int = 365 * YEARS,
) -> Generated:
    """Add *cases* generated cases (and their timelines) to the bench agencies.

    Runs on the current Django connection, in one transaction; the agencies, people,
    services and surveys are made first when missing. PostgreSQL only (it uses COPY).
    With *bulk_load*, the foreign-key triggers are not run for the copied rows (a
    superuser's ``session_replication_role = replica``): the rows are consistent by
    construction, and checking ten million of them one by one at commit would take
    longer than writing them. The presence log covers the last *presence_days* days.
    """
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        raise BenchError(f"The generator needs PostgreSQL, not {connection.vendor}.")
    started = time.perf_counter()
    now = now or datetime.now(UTC)
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    with transaction.atomic():
        fixture = build_fixture(cases)
        _load_calendars(fixture)
        progress(f"  fixture ready in {time.perf_counter() - started:.1f} s")
        with connection.cursor() as cursor:
            if bulk_load:
                cursor.execute("SET LOCAL session_replication_role = replica")
            for data, count in zip(fixture, shares(cases), strict=True):
                _agency_cases(cursor, data, count, now, rng, counts, progress)
                _presence(cursor, data, now, presence_days, counts)
            progress(f"  cases written in {time.perf_counter() - started:.1f} s")
    return Generated(
        cases=cases, seconds=time.perf_counter() - started, counts=counts, generated_at=now
    )


# The command line --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Meta:
    cases: int
    generated_at: datetime
    seconds: float


def read_meta() -> Meta | None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [META_TABLE])
        if not cursor.fetchone()[0]:
            return None
        cursor.execute(
            "SELECT cases, generated_at, seconds FROM bench_generate_meta WHERE version = %s",
            [GENERATOR_VERSION],
        )
        row = cursor.fetchone()
    return None if row is None else Meta(int(row[0]), row[1], float(row[2]))


def write_meta(generated: Generated) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_generate_meta (version integer, cases integer, "
            "generated_at timestamptz, seconds double precision, counts jsonb)"
        )
        cursor.execute("DELETE FROM bench_generate_meta")
        cursor.execute(
            "INSERT INTO bench_generate_meta VALUES (%s, %s, %s, %s, %s)",
            [
                GENERATOR_VERSION,
                generated.cases,
                generated.generated_at,
                generated.seconds,
                json.dumps(generated.counts),
            ],
        )


def wipe() -> None:
    """Empty every table the generator fills (the database holds only bench agencies)."""
    from django.db import connection

    daily, intervals = rollup_tables()
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE cases_case, cases_referencesequence, routing_pickup, routing_presencelog, "
            f"feedback_surveyresponse, feedback_surveyinvitation, {daily}, {intervals} CASCADE"
        )
        cursor.execute("DROP TABLE IF EXISTS bench_generate_meta")


def rollup_tables() -> tuple[str, str]:
    from backoffice.reports.models import DailyRollup, IntervalRollup

    return DailyRollup._meta.db_table, IntervalRollup._meta.db_table


def vacuum() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for table, _name in TABLES:
            cursor.execute(f"VACUUM (ANALYZE) {table}")
        cursor.execute("VACUUM (ANALYZE) routing_presencelog")


def ensure_generated(
    cases: int, *, rebuild: bool = False, max_age: timedelta = timedelta(days=7)
) -> tuple[Meta, bool]:
    """The data set of *cases* cases: reused when it is there and fresh, else made anew.

    Returns its record and whether it was reused.
    """
    meta = read_meta()
    fresh = meta is not None and datetime.now(UTC) - meta.generated_at < max_age
    if not rebuild and meta is not None and meta.cases == cases and fresh:
        return meta, True
    print(f"Generating {cases:,} cases")
    wipe()
    generated = generate(cases=cases, bulk_load=True)
    write_meta(generated)
    vacuum()
    print(f"Generated {cases:,} cases in {generated.seconds:.0f} s: {generated.counts}")
    return Meta(cases, generated.generated_at, generated.seconds), False


def configure_django(database_url: str) -> None:
    """Point Django at *database_url* with production-like settings, then set it up."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backoffice.settings")
    import django

    django.setup()


def prepare_database(default_url: str) -> None:
    """Refuse SQLite, create and migrate the database, refuse one holding other agencies."""
    from django.conf import settings

    from backoffice.models import Agency
    from bench import sla_sweep

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        raise BenchError(
            f"This needs PostgreSQL, not {engine.rsplit('.', 1)[-1]}: set DATABASE_URL or "
            f"--database-url, e.g. {default_url}"
        )
    try:
        sla_sweep.ensure_database()
    except sla_sweep.BenchError as error:
        raise BenchError(str(error)) from None
    others = Agency.objects.exclude(slug__startswith=BENCH_SLUG).values_list("slug", flat=True)
    if others.exists():
        raise BenchError(
            "This database holds agencies the generator did not create "
            f"({', '.join(others[:3])}...). Give it a database of its own, e.g. "
            f"--database-url {default_url}"
        )


def parse_options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Generate a realistic data set of cases.")
    parser.add_argument("--cases", type=int, help=f"cases to build (default {FULL:,})")
    parser.add_argument("--small", action="store_true", help=f"{SMALL:,} cases")
    parser.add_argument("--rebuild", action="store_true", help="build even if the data is there")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        help="PostgreSQL database (default: DATABASE_URL, else %(default)s)",
    )
    options = parser.parse_args(argv)
    options.cases = options.cases or (SMALL if options.small else FULL)
    if options.cases < 10:
        parser.error("--cases must be at least 10")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    try:
        configure_django(options.database_url)
        prepare_database(DEFAULT_DATABASE_URL)
        meta, reused = ensure_generated(options.cases, rebuild=options.rebuild)
    except BenchError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 2
    if reused:
        print(
            f"{meta.cases:,} cases from {meta.generated_at:%Y-%m-%d %H:%M} are there already; "
            "--rebuild makes them again"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
