"""Benchmark of the service-level sweep on PostgreSQL with a million open cases.

Run it with ``make bench-sla`` or ``python -m bench.sla_sweep [--small] [--rebuild]``.

It builds (or reuses) a database of open cases of which a known number are due for
their service-level check, then measures two things and writes them to
``bench/results/sla_sweep.json``:

1. The sweep with nothing due, as beat runs it every minute: ``sla_sweep()`` timed
   over many calls, and the plan of its claim query, which must use the partial index
   ``case_sla_check_due``.
2. The sweep with every due case at once: the time ``sla_sweep()`` takes to escalate
   them all, with the escalations, notifications, outbox emails and email tasks it made.

Due cases were opened two to ten days ago and never answered, so each one crosses its
whole first-response ladder in one sweep: a warning to its assignee, a breach to the
team's supervisor (and a priority raised), and an escalation to the agency's manager
that moves it to the escalation team. The other cases were answered and their next
check, the resolution warning, is weeks ahead. Every due time and next check is
computed by ``cases.sla`` from the agency's business calendar, so the data is what
``case_open`` would have written.

The database is ``DATABASE_URL`` (or ``--database-url``), by default
``postgres://postgres@127.0.0.1:5432/bench_sla``, created and migrated when missing.
SQLite is refused, and so is a database holding agencies the benchmark did not make.
The email tasks go to a throwaway filesystem broker folder, whatever the environment
says, so nothing is sent and no worker of another database can pick them up.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import platform
import pstats
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backoffice.models import Agency, Team
    from cases.calendar import Calendar
    from cases.models import SlaPolicy

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_sla"
RESULTS_PATH = Path(__file__).resolve().parent / "results" / "sla_sweep.json"
FULL = (1_000_000, 10_000)
SMALL = (100_000, 1_000)
IDLE_TARGET_MS = 50.0
DUE_TARGET_MS = 30_000.0
# Bump when the generated data changes shape, so older data is rebuilt, not reused.
GENERATOR_VERSION = 1
# Data is reused for this long; every next check is at least this far from its threshold.
MAX_AGE = timedelta(days=7)
SLOTS_PER_KIND = 250
CUSTOMERS_PER_AGENCY = 1_000
CASEWORKERS_PER_AGENCY = 5
BENCH_SLUG = "bench-"
CHANNELS = ("web", "phone", "in_person", "mail", "email", "api")
SERVICES = (
    ("licence", "Business licence"),
    ("permit", "Building permit"),
    ("noise", "Noise complaint"),
    ("pothole", "Pothole repair"),
    ("records", "Records request"),
)


@dataclass(frozen=True)
class AgencySpec:
    slug: str
    name: str
    prefix: str
    zone: str
    country: str
    subdivision: str


AGENCIES = (
    AgencySpec("bench-licensing", "Bench City Licensing", "BLI", "America/Chicago", "US", "IL"),
    AgencySpec("bench-housing", "Bench Borough Housing", "BHO", "Europe/London", "GB", "ENG"),
    AgencySpec("bench-permits", "Bench Stadt Permits", "BPE", "Europe/Berlin", "DE", "BE"),
    AgencySpec("bench-water", "Bench Water Authority", "BWA", "Australia/Sydney", "AU", "NSW"),
)


class BenchError(Exception):
    """A reason the benchmark cannot run, shown to the person who started it."""


# Options and environment -------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    cases: int
    due: int
    rebuild: bool
    idle_runs: int
    due_runs: int
    database_url: str
    output: Path
    profile: Path | None


def parse_options(argv: Sequence[str] | None = None) -> Options:
    """Read the command line; ``--small`` changes the defaults of ``--cases`` and ``--due``."""
    parser = argparse.ArgumentParser(
        description="Benchmark of the service-level sweep on PostgreSQL."
    )
    parser.add_argument("--cases", type=int, help=f"open cases (default {FULL[0]:,})")
    parser.add_argument("--due", type=int, help=f"of which due now (default {FULL[1]:,})")
    parser.add_argument(
        "--small", action="store_true", help=f"{SMALL[0]:,} cases, {SMALL[1]:,} due"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the cases even if present")
    parser.add_argument("--idle-runs", type=int, default=20, help="sweeps with nothing due")
    parser.add_argument("--due-runs", type=int, default=3, help="sweeps of all due cases")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        help="PostgreSQL database (default: DATABASE_URL, else %(default)s)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="results JSON file")
    parser.add_argument(
        "--profile", type=Path, help="also profile one due sweep and write the report here"
    )
    args = parser.parse_args(argv)
    cases, due = SMALL if args.small else FULL
    options = Options(
        cases=args.cases or cases,
        due=args.due if args.due is not None else due,
        rebuild=args.rebuild,
        idle_runs=max(args.idle_runs, 1),
        due_runs=max(args.due_runs, 1),
        database_url=args.database_url,
        output=args.output,
        profile=args.profile,
    )
    if not len(AGENCIES) <= options.due < options.cases:
        parser.error(f"--due must be at least {len(AGENCIES)} (one per agency) and below --cases")
    return options


def configure_django(options: Options, broker: Path) -> None:
    """Point Django at the benchmark's database and a throwaway broker, then set it up.

    DEBUG is off unless asked for, as in production: with it on, Django keeps every
    query it runs in memory.
    """
    os.environ["DATABASE_URL"] = options.database_url
    os.environ["CELERY_BROKER_URL"] = f"filesystem://{broker}"
    os.environ["CELERY_TASK_ALWAYS_EAGER"] = "false"
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backoffice.settings")
    import django

    django.setup()
    # The filesystem transport has no host name, and kombu says so on every connection.
    logging.getLogger("kombu.connection").setLevel(logging.ERROR)


def require_postgresql() -> None:
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        raise BenchError(
            f"The benchmark needs PostgreSQL, not {engine.rsplit('.', 1)[-1]}: set "
            f"DATABASE_URL or --database-url, e.g. {DEFAULT_DATABASE_URL}"
        )


def ensure_database() -> None:
    """Create the database when missing and apply the migrations."""
    import psycopg
    from django.conf import settings
    from django.core.management import call_command
    from psycopg import sql
    from psycopg.conninfo import make_conninfo

    db = settings.DATABASES["default"]
    params = {
        key: str(db[name])
        for key, name in (("user", "USER"), ("password", "PASSWORD"), ("host", "HOST"))
        if db.get(name)
    }
    if db.get("PORT"):
        params["port"] = str(db["PORT"])
    try:
        with psycopg.connect(make_conninfo(dbname="postgres", **params), autocommit=True) as server:
            found = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
            if found.fetchone() is None:
                print(f"Creating database {db['NAME']}")
                server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
    except psycopg.Error as error:
        raise BenchError(f"Cannot reach or create the database {db['NAME']}: {error}") from None
    call_command("migrate", interactive=False, verbosity=0)


def refuse_foreign_data() -> None:
    """The benchmark deletes and rewrites cases: only in a database of its own."""
    from backoffice.models import Agency

    others = Agency.objects.exclude(slug__startswith=BENCH_SLUG).values_list("slug", flat=True)
    if others.exists():
        raise BenchError(
            "This database holds agencies the benchmark did not create "
            f"({', '.join(others[:3])}...). Give it a database of its own, e.g. "
            f"--database-url {DEFAULT_DATABASE_URL}"
        )


# The fixture: agencies, people, services, customers and policies ---------------------------


@dataclass
class AgencyData:
    """What the cases of one agency point at."""

    agency_id: int
    prefix: str
    policy_id: int
    team_id: int
    caseworker_ids: list[int]
    service_ids: list[int]
    customer_ids: list[int]


def build_fixture() -> list[AgencyData]:
    """Create (or find) the agencies and everything their cases need; idempotent."""
    from backoffice.models import Agency

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
        fixture.append(_agency_data(agency))
    return fixture


def _agency_data(agency: Agency) -> AgencyData:
    from backoffice.models import Role, Team

    team, _created = Team.objects.get_or_create(agency=agency, name="Intake")
    escalations, _created = Team.objects.get_or_create(agency=agency, name="Escalations")
    caseworkers = [
        _member(agency, f"caseworker{n}", Role.CASEWORKER, team)
        for n in range(1, CASEWORKERS_PER_AGENCY + 1)
    ]
    _member(agency, "supervisor", Role.SUPERVISOR, team)
    _member(agency, "escalations.supervisor", Role.SUPERVISOR, escalations)
    _member(agency, "manager", Role.MANAGER, None)
    return AgencyData(
        agency_id=agency.pk,
        prefix=agency.case_prefix,
        policy_id=_policy(agency, escalations).pk,
        team_id=team.pk,
        caseworker_ids=caseworkers,
        service_ids=_services(agency, team),
        customer_ids=_customers(agency),
    )


def _member(agency: Agency, name: str, role: str, team: Team | None) -> int:
    from backoffice.models import Membership, User

    user, created = User.objects.get_or_create(
        email=f"{name}@{agency.slug}.example",
        defaults={"full_name": f"{name.replace('.', ' ').title()} ({agency.case_prefix})"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    Membership.objects.get_or_create(user=user, agency=agency, team=team, role=role)
    return user.pk


def _policy(agency: Agency, escalation_team: Team) -> SlaPolicy:
    """The agency's default policy: answer in a business day, resolve in four weeks."""
    from cases.models import SlaBasis, SlaPolicy

    policy, _created = SlaPolicy.objects.update_or_create(
        agency=agency,
        service=None,
        priority=None,
        defaults={
            "name": "Standard",
            "basis": SlaBasis.BUSINESS,
            "response_target": timedelta(hours=8),
            "resolution_target": timedelta(hours=160),
            "warning_percent": 75,
            "notify_assignee_at_warning": True,
            "raise_priority_at_breach": True,
            "escalate_after": timedelta(hours=8),
            "escalation_team": escalation_team,
            "is_active": True,
        },
    )
    return policy


def _services(agency: Agency, team: Team) -> list[int]:
    from cases.models import Service

    return [
        Service.objects.get_or_create(
            agency=agency, code=code, defaults={"name": name, "default_team": team}
        )[0].pk
        for code, name in SERVICES
    ]


def _customers(agency: Agency) -> list[int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO cases_customer (
                agency_id, kind, name, organisation, email, phone, phone_normalised, address,
                preferred_language, preferred_channel, survey_consent, created_at, updated_at
            )
            SELECT %(agency)s, 'person', 'Customer ' || g, '', 'customer' || g || %(domain)s,
                   '', '', '', 'en', 'email', true, now(), now()
            FROM generate_series(1, %(count)s) AS g
            ON CONFLICT DO NOTHING
            """,
            {
                "agency": agency.pk,
                "domain": f"@{agency.slug}.example",
                "count": CUSTOMERS_PER_AGENCY,
            },
        )
        cursor.execute(
            "SELECT id FROM cases_customer WHERE agency_id = %s ORDER BY id LIMIT %s",
            [agency.pk, CUSTOMERS_PER_AGENCY],
        )
        return [row[0] for row in cursor.fetchall()]


# Slots: the few distinct clocks the cases share -------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One opening time with its clock fields, as the SLA code computes them."""

    agency_id: int
    due: bool
    n: int
    created_at: datetime
    first_response_at: datetime | None
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    next_check_at: datetime | None
    sla_state: str


def compute_slots(fixture: list[AgencyData], now: datetime) -> list[Slot]:
    """Opening times for due and not-due cases, checked against the real thresholds.

    Computing the clock of a million cases in Python would take long; computing it
    for a few hundred opening times per agency and sharing them among the cases
    gives the same rows in seconds.
    """
    from backoffice.models import Agency
    from cases.models import SlaPolicy
    from cases.services.sla import Calendars

    calendars = Calendars()
    slots: list[Slot] = []
    for data in fixture:
        agency = Agency.objects.get(pk=data.agency_id)
        policy = SlaPolicy.objects.get(pk=data.policy_id)
        cal = calendars(agency)
        for due in (True, False):
            found = _slots_of(agency, policy, cal, now, due=due)
            if not found:
                raise BenchError(f"No valid opening time found for {agency.slug} (due={due}).")
            slots += found
    return slots


def _slots_of(
    agency: Agency, policy: SlaPolicy, cal: Calendar, now: datetime, *, due: bool
) -> list[Slot]:
    # Due cases were opened 2 to 10 days ago, the others in the last 5 days.
    oldest, newest = (
        (timedelta(days=10), timedelta(days=2)) if due else (timedelta(days=5), timedelta(hours=2))
    )
    step = (oldest - newest) / SLOTS_PER_KIND
    slots: list[Slot] = []
    for i in range(SLOTS_PER_KIND):
        slot = _slot(agency, policy, cal, now, now - oldest + step * i, due=due, n=len(slots))
        if slot is not None:
            slots.append(slot)
    return slots


def _slot(
    agency: Agency,
    policy: SlaPolicy,
    cal: Calendar,
    now: datetime,
    created: datetime,
    *,
    due: bool,
    n: int,
) -> Slot | None:
    """The clock of a case opened at *created*, or None if it would not be what is wanted.

    A due case must have passed its whole first-response ladder and be far from its
    resolution warning; a case that is not due must stay so for ``MAX_AGE``.
    """
    from cases import sla
    from cases.models import Case, CaseStatus, SlaTarget

    case = Case(
        agency=agency,
        status=CaseStatus.OPEN,
        created_at=created,
        sla_started_at=created,
        sla_policy=policy,
    )
    case.response_due_at, case.resolution_due_at = sla.due_times(case, policy, cal)
    if not due:
        case.first_response_at = created + timedelta(minutes=30)
    ladder = sla.thresholds(case, policy, cal)
    later = [t.at for t in ladder if t.target == SlaTarget.RESOLUTION]
    if min(later) <= now + MAX_AGE + timedelta(days=1):
        return None
    if due and max(t.at for t in ladder if t.target == SlaTarget.RESPONSE) > now:
        return None
    checked = created if due else now
    return Slot(
        agency_id=agency.pk,
        due=due,
        n=n,
        created_at=created,
        first_response_at=case.first_response_at,
        response_due_at=case.response_due_at,
        resolution_due_at=case.resolution_due_at,
        next_check_at=sla.next_check(case, policy, cal, set()),
        sla_state=sla.state_at(case, policy, cal, checked),
    )


# Generating the cases ------------------------------------------------------------------------


def generate(fixture: list[AgencyData], options: Options) -> float:
    """Replace every case with freshly generated ones; returns the seconds it took."""
    from django.db import connection, transaction

    started = time.perf_counter()
    now = datetime.now(UTC)
    slots = compute_slots(fixture, now)
    print(f"  {len(slots)} opening times computed in {time.perf_counter() - started:.1f} s")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE cases_case, cases_referencesequence CASCADE")
        cursor.execute("DROP TABLE IF EXISTS bench_sla_due")
        _load_slots(cursor, slots)
        for data, (count, due) in zip(fixture, _shares(options), strict=True):
            _insert_cases(cursor, data, slots, count=count, due=due, year=now.year)
            print(f"  {count:,} cases of {data.prefix} in {time.perf_counter() - started:.1f} s")
        _snapshot_due(cursor)
        _write_meta(cursor, options, now, time.perf_counter() - started)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) cases_case")
    seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("UPDATE bench_sla_meta SET generation_seconds = %s", [seconds])
    return seconds


def _shares(options: Options) -> list[tuple[int, int]]:
    """Cases and due cases per agency, the remainder going to the first agencies."""
    count, due = divmod(options.cases, len(AGENCIES)), divmod(options.due, len(AGENCIES))
    return [(count[0] + (i < count[1]), due[0] + (i < due[1])) for i in range(len(AGENCIES))]


def _load_slots(cursor: Any, slots: list[Slot]) -> None:
    cursor.execute(
        """
        CREATE TEMPORARY TABLE bench_slot (
            agency_id bigint, due boolean, n integer, created_at timestamptz,
            first_response_at timestamptz, response_due_at timestamptz,
            resolution_due_at timestamptz, next_check_at timestamptz, sla_state text,
            PRIMARY KEY (agency_id, due, n)
        ) ON COMMIT DROP
        """
    )
    with cursor.copy("COPY bench_slot FROM STDIN") as copy:
        for slot in slots:
            copy.write_row(tuple(asdict(slot).values()))
    cursor.execute("ANALYZE bench_slot")


def _insert_cases(
    cursor: Any, data: AgencyData, slots: list[Slot], *, count: int, due: int, year: int
) -> None:
    """Insert one agency's cases in one statement; every *stride*-th case is due."""
    mine = [slot for slot in slots if slot.agency_id == data.agency_id]
    stride = count // due
    cursor.execute(
        """
        INSERT INTO cases_case (
            reference, channel, subject, description, attributes, address, priority, status,
            resolution, created_at, updated_at, first_response_at, agency_id, team_id,
            assignee_id, customer_id, service_id, sla_policy_id, sla_state, sla_round,
            sla_started_at, response_due_at, resolution_due_at, sla_paused_business,
            sla_paused_calendar, sla_next_check_at
        )
        SELECT
            %(prefix)s || lpad(c.g::text, %(width)s, '0'),
            (%(channels)s::text[])[1 + c.g %% 6],
            'Request number ' || c.g, '', '{}'::jsonb, '', 1 + c.g %% 3,
            CASE WHEN c.g %% 2 = 0 THEN 'in_progress' ELSE 'open' END,
            '', s.created_at, coalesce(s.first_response_at, s.created_at),
            s.first_response_at, %(agency)s, %(team)s,
            (%(caseworkers)s::bigint[])[1 + c.g %% %(n_caseworkers)s],
            (%(customers)s::bigint[])[1 + c.g %% %(n_customers)s],
            (%(services)s::bigint[])[1 + c.g %% %(n_services)s],
            %(policy)s, s.sla_state, 1, s.created_at, s.response_due_at, s.resolution_due_at,
            interval '0', interval '0', s.next_check_at
        FROM (
            SELECT g, (g %% %(stride)s = 0 AND g <= %(due_span)s) AS due
            FROM generate_series(1, %(count)s) AS g
        ) AS c
        JOIN bench_slot AS s
          ON s.agency_id = %(agency)s AND s.due = c.due
         AND s.n = c.g %% (CASE WHEN c.due THEN %(due_slots)s ELSE %(open_slots)s END)
        """,
        {
            "prefix": f"{data.prefix}-{year}-",
            "width": max(6, len(str(count))),
            "channels": list(CHANNELS),
            "agency": data.agency_id,
            "team": data.team_id,
            "caseworkers": data.caseworker_ids,
            "n_caseworkers": len(data.caseworker_ids),
            "customers": data.customer_ids,
            "n_customers": len(data.customer_ids),
            "services": data.service_ids,
            "n_services": len(data.service_ids),
            "policy": data.policy_id,
            "stride": stride,
            "due_span": stride * due,
            "count": count,
            "due_slots": sum(slot.due for slot in mine),
            "open_slots": sum(not slot.due for slot in mine),
        },
    )
    cursor.execute(
        "INSERT INTO cases_referencesequence (agency_id, year, last_value) VALUES (%s, %s, %s)",
        [data.agency_id, year, count],
    )


def _snapshot_due(cursor: Any) -> None:
    """Keep the due cases' fields the sweep changes, so a reset can put them back.

    The due cases are the unanswered ones: every other case had its first response.
    """
    cursor.execute(
        """
        CREATE TABLE bench_sla_due AS
        SELECT id AS case_id, priority, team_id, assignee_id, sla_state, sla_next_check_at,
               updated_at
        FROM cases_case WHERE first_response_at IS NULL
        """
    )
    cursor.execute("ALTER TABLE bench_sla_due ADD PRIMARY KEY (case_id)")


def _write_meta(cursor: Any, options: Options, now: datetime, seconds: float) -> None:
    cursor.execute(
        """
        CREATE TABLE IF NOT EXISTS bench_sla_meta (
            version integer, cases integer, due integer, generated_at timestamptz,
            generation_seconds double precision
        )
        """
    )
    cursor.execute("DELETE FROM bench_sla_meta")
    cursor.execute(
        "INSERT INTO bench_sla_meta VALUES (%s, %s, %s, %s, %s)",
        [GENERATOR_VERSION, options.cases, options.due, now, seconds],
    )


# Reuse and reset -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    cases: int
    due: int
    generated_at: datetime
    generation_seconds: float
    reused: bool


def read_meta() -> Generated | None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_sla_meta') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return None
        cursor.execute(
            "SELECT cases, due, generated_at, generation_seconds FROM bench_sla_meta "
            "WHERE version = %s",
            [GENERATOR_VERSION],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    cases, due, generated_at, seconds = row
    return Generated(cases, due, generated_at, seconds, reused=True)


def reusable(options: Options) -> Generated | None:
    """The data already there, if it is what was asked for and still holds its due count."""
    from cases.models import Case

    meta = read_meta()
    if meta is None or (meta.cases, meta.due) != (options.cases, options.due):
        return None
    if datetime.now(UTC) - meta.generated_at > MAX_AGE:
        return None
    reset()
    now = datetime.now(UTC)
    checked = Case.objects.filter(sla_next_check_at__isnull=False)
    due = checked.filter(sla_next_check_at__lte=now).count()
    if due != options.due or checked.count() != options.cases:
        return None
    return meta


def reset() -> None:
    """Undo what sweeps did to the due cases, so the next sweep finds them due again."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_escalation")
        cursor.execute("DELETE FROM cases_caseevent WHERE kind = 'sla'")
        cursor.execute("DELETE FROM backoffice_notification WHERE kind LIKE %s", ["sla.%"])
        cursor.execute(
            "DELETE FROM backoffice_outboundemail WHERE related_type = 'backoffice.notification'"
        )
        cursor.execute(
            """
            UPDATE cases_case AS c
            SET priority = d.priority, team_id = d.team_id, assignee_id = d.assignee_id,
                sla_state = d.sla_state, sla_next_check_at = d.sla_next_check_at,
                updated_at = d.updated_at
            FROM bench_sla_due AS d
            WHERE c.id = d.case_id
              AND c.sla_next_check_at IS DISTINCT FROM d.sla_next_check_at
            """
        )
    vacuum()


def vacuum() -> None:
    """Clear the dead rows a sweep or reset left, as autovacuum would have by the next sweep."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (
            "cases_case",
            "cases_escalation",
            "cases_caseevent",
            "backoffice_notification",
            "backoffice_outboundemail",
        ):
            cursor.execute(f"VACUUM (ANALYZE) {table}")


# Measurements --------------------------------------------------------------------------------


@dataclass
class DueRun:
    ms: float
    cpu_ms: float
    statements_ms: float
    checked: int
    escalations: int
    notifications: int
    batches: int
    events: int
    outbox_emails: int
    email_tasks_queued: int


class StatementClock:
    """Time spent in database statements, summed through Django's execute wrapper.

    Commits are not statements, so their time (and the deferred foreign-key checks
    they run) is not in it.
    """

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(
        self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
    ) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def _due_now() -> int:
    from cases.models import Case

    return Case.objects.filter(sla_next_check_at__lte=datetime.now(UTC)).count()


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = call()
    return (time.perf_counter() - started) * 1000, value


def due_sweep(broker: Path, profile: cProfile.Profile | None = None) -> DueRun:
    """Reset, then time one sweep of every due case: wall clock, own CPU, and statements."""
    from django.db import connection

    from cases.services.sla import sla_sweep

    reset()
    _empty(broker)
    statements = StatementClock()
    with connection.execute_wrapper(statements):
        if profile is not None:
            profile.enable()
        cpu = time.process_time()
        ms, result = _timed(sla_sweep)
        cpu_ms = (time.process_time() - cpu) * 1000
        if profile is not None:
            profile.disable()
    return DueRun(
        ms=round(ms, 1),
        cpu_ms=round(cpu_ms, 1),
        statements_ms=round(statements.seconds * 1000, 1),
        checked=result.checked,
        escalations=result.escalations,
        batches=result.batches,
        **_made(broker),
    )


def _made(broker: Path) -> dict[str, int]:
    """What the sweep wrote, counted in the database and the broker folder."""
    from backoffice.models import Notification, OutboundEmail
    from cases.models import CaseEvent

    return {
        "notifications": Notification.objects.filter(kind__startswith="sla.").count(),
        "events": CaseEvent.objects.filter(kind="sla").count(),
        "outbox_emails": OutboundEmail.objects.filter(
            related_type="backoffice.notification"
        ).count(),
        "email_tasks_queued": sum(1 for _ in broker.glob("*.msg")),
    }


def _empty(broker: Path) -> None:
    for message in broker.glob("*.msg"):
        message.unlink()


def idle_sweeps(runs: int) -> list[float]:
    """Time *runs* sweeps that find nothing due; the first call is included."""
    from cases.services.sla import sla_sweep

    if _due_now():
        raise BenchError("Cases are still due after the sweep; the idle sweep would not be idle.")
    timings = []
    for _run in range(runs):
        ms, result = _timed(sla_sweep)
        if result.checked:
            raise BenchError(f"An idle sweep checked {result.checked} cases.")
        timings.append(round(ms, 3))
    return timings


def claim_plan() -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the exact claim query a sweep with nothing due runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cases.services.sla import sla_sweep

    with CaptureQueriesContext(connection) as captured:
        sla_sweep()
    claims = [query["sql"] for query in captured.captured_queries if "FOR UPDATE" in query["sql"]]
    if not claims:
        raise BenchError("The sweep ran no claim query (SELECT ... FOR UPDATE).")
    with connection.cursor() as cursor:
        # The statement is the sweep's own, captured with its values bound.
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + claims[0])
        return "\n".join(row[0] for row in cursor.fetchall())


def profile_report(broker: Path) -> str:
    """cProfile of one due sweep: the functions with the most time, inclusive and own."""
    profiler = cProfile.Profile()
    run = due_sweep(broker, profiler)
    out = io.StringIO()
    out.write(f"One sweep of {run.checked} due cases under cProfile: {run.ms:.0f} ms\n\n")
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    return out.getvalue()


# Results -------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
        cursor.execute("SHOW shared_buffers")
        shared_buffers = cursor.fetchone()[0]
    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "postgresql": version,
        "postgresql_shared_buffers": shared_buffers,
        # Other work on the machine shows here; figures taken under load are slower.
        "load_average_1_5_15": [round(load, 2) for load in os.getloadavg()],
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def results(
    generated: Generated, idle: list[float], plan: str, runs: list[DueRun]
) -> dict[str, Any]:
    from django.db import connection

    idle_median = statistics.median(idle)
    due_median = statistics.median(run.ms for run in runs)
    cpu_median = statistics.median(run.cpu_ms for run in runs)
    return {
        "benchmark": "sla_sweep",
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": connection.settings_dict["NAME"],
        "machine": machine(),
        "data": {
            "cases": generated.cases,
            "due": generated.due,
            "agencies": len(AGENCIES),
            "reused": generated.reused,
            "generated_at": generated.generated_at.isoformat(timespec="seconds"),
            "generation_seconds": round(generated.generation_seconds, 1),
        },
        "idle_sweep": {
            "runs": len(idle),
            "median_ms": round(idle_median, 3),
            "max_ms": max(idle),
            "timings_ms": idle,
            "target_ms": IDLE_TARGET_MS,
            "target_met": idle_median < IDLE_TARGET_MS,
            "claim_uses_partial_index": "case_sla_check_due" in plan,
            "claim_plan": plan.splitlines(),
        },
        "due_sweep": {
            "runs": [asdict(run) for run in runs],
            "median_ms": round(due_median, 1),
            "max_ms": max(run.ms for run in runs),
            "median_cpu_ms": round(cpu_median, 1),
            "target_ms": DUE_TARGET_MS,
            "target_met": due_median < DUE_TARGET_MS,
        },
    }


def summary(report: dict[str, Any]) -> str:
    idle, due, data = report["idle_sweep"], report["due_sweep"], report["data"]
    last = due["runs"][-1]
    return "\n".join(
        [
            f"{data['cases']:,} open cases, {data['due']:,} due "
            f"({'reused' if data['reused'] else 'generated'}; generation took "
            f"{data['generation_seconds']} s)",
            f"Nothing due: median {idle['median_ms']} ms, max {idle['max_ms']} ms over "
            f"{idle['runs']} sweeps (target {idle['target_ms']:.0f} ms: "
            f"{'met' if idle['target_met'] else 'MISSED'}); partial index used: "
            f"{idle['claim_uses_partial_index']}",
            f"{data['due']:,} due: median {due['median_ms'] / 1000:.2f} s over "
            f"{len(due['runs'])} sweeps, {due['median_cpu_ms'] / 1000:.2f} s of it on the "
            f"sweep's own CPU (target {due['target_ms'] / 1000:.0f} s: "
            f"{'met' if due['target_met'] else 'MISSED'}); {last['escalations']:,} escalations, "
            f"{last['notifications']:,} notifications, {last['outbox_emails']:,} outbox emails, "
            f"{last['email_tasks_queued']} email tasks queued",
        ]
    )


# Main ----------------------------------------------------------------------------------------


def prepare(options: Options) -> Generated:
    """The data to measure: reused when it is what was asked for, else generated."""
    fixture = build_fixture()
    if not options.rebuild:
        found = reusable(options)
        if found is not None:
            print(f"Reusing {found.cases:,} cases ({found.due:,} due) from {found.generated_at}")
            return found
    print(f"Generating {options.cases:,} open cases, {options.due:,} of them due")
    seconds = generate(fixture, options)
    print(f"Generated in {seconds:.1f} s")
    meta = read_meta()
    if meta is None:
        raise BenchError("The generated data left no record of itself.")
    return Generated(meta.cases, meta.due, meta.generated_at, seconds, reused=False)


def run(options: Options, broker: Path) -> dict[str, Any]:
    generated = prepare(options)
    runs = []
    for number in range(1, options.due_runs + 1):
        runs.append(due_sweep(broker))
        print(f"Due sweep {number}: {runs[-1].ms / 1000:.2f} s, {runs[-1].escalations} escalations")
    idle = idle_sweeps(options.idle_runs)
    plan = claim_plan()
    if options.profile is not None:
        options.profile.write_text(profile_report(broker))
        print(f"Profile written to {options.profile}")
    reset()
    return results(generated, idle, plan, runs)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    broker = Path(tempfile.mkdtemp(prefix="bench-sla-broker-"))
    try:
        configure_django(options, broker)
        require_postgresql()
        ensure_database()
        refuse_foreign_data()
        report = run(options, broker)
    except BenchError as error:
        print(f"sla_sweep: {error}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(broker, ignore_errors=True)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(report, indent=2) + "\n")
    print(summary(report))
    print(f"Results written to {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
