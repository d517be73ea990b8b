"""Benchmark of Get next case on PostgreSQL: many people claiming from one long line at once.

Run it with ``make bench-claim`` or ``python -m bench.claim [--small] [--claimers C]``.

It seeds N waiting cases (default 100,000) over a few pull queues of one agency, some
needing skills, each with the place in line ``routing.keys`` gives it. Then C claimers
(default 32), each a separate process with its own database connection and a person of
its own, press Get next case (``routing.work.case_take_next``) a fixed number of times,
all starting together, and time every press. Afterwards it checks, from the claimers'
own records and from the database, that no case went to two people, and writes claims
per second, claim latency (p50, p95, p99, max) and the double assignments to
``bench/results/claim.json``, with the plans of the two queries a press is made of.

Three runs. Paced: each claimer presses, works for a moment (``--think-ms``, drawn at
random around the mean) and presses again, as a person does. Saturation: every claimer
presses back to back, which measures the most claims per second the machine gives, with
each press queueing for a CPU behind the others (left out with ``--no-saturation``).
Alone: one claimer pressing back to back, what a press costs with nobody else pressing.

The database is ``DATABASE_URL`` (or ``--database-url``), by default
``postgres://postgres@127.0.0.1:5432/bench_claim``, created and migrated when missing.
SQLite is refused, and so is a database holding agencies the benchmark did not make,
because every run deletes all cases and writes its own.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import secrets
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .sla_sweep import BenchError, ensure_database, machine

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Barrier

    from backoffice.models import Agency

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_claim"
RESULTS_PATH = Path(__file__).resolve().parent / "results" / "claim.json"
FULL = (100_000, 32)
SMALL = (10_000, 8)
P95_TARGET_MS = 20.0
BENCH_SLUG = "bench-"
AGENCY_SLUG = "bench-claim"
QUEUES = ("Licences", "Permits", "Complaints", "Records")
SKILLS = (("law", "Licensing law"), ("spanish", "Spanish"), ("building", "Building control"))
# The cases waited up to this long, so the oldest have had their skill needs relaxed.
OLDEST_MINUTES = 8 * 60
START_TIMEOUT = 120
ALONE_CLAIMS = 50


# Options and environment -------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    cases: int
    claimers: int
    claims: int
    think_ms: float
    saturation_claims: int
    database_url: str
    output: Path


def parse_options(argv: Sequence[str] | None = None) -> Options:
    """Read the command line; ``--small`` changes the defaults of ``--cases`` and ``--claimers``."""
    parser = argparse.ArgumentParser(description="Benchmark of Get next case on PostgreSQL.")
    parser.add_argument("--cases", type=int, help=f"waiting cases (default {FULL[0]:,})")
    parser.add_argument("--claimers", type=int, help=f"claimer processes (default {FULL[1]})")
    parser.add_argument(
        "--small", action="store_true", help=f"{SMALL[0]:,} cases, {SMALL[1]} claimers"
    )
    parser.add_argument("--claims", type=int, default=100, help="presses per claimer (default 100)")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=1000.0,
        help="mean pause between one claimer's presses, in ms (default 1000)",
    )
    parser.add_argument(
        "--saturation-claims",
        type=int,
        default=40,
        help="presses per claimer in the run with no pause (default 40)",
    )
    parser.add_argument(
        "--no-saturation",
        dest="saturation",
        action="store_false",
        help="skip the second run with no pause between presses",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        help="PostgreSQL database (default: DATABASE_URL, else %(default)s)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="results JSON file")
    args = parser.parse_args(argv)
    cases, claimers = SMALL if args.small else FULL
    options = Options(
        cases=args.cases or cases,
        claimers=args.claimers or claimers,
        claims=args.claims,
        think_ms=args.think_ms,
        saturation_claims=args.saturation_claims if args.saturation and args.think_ms else 0,
        database_url=args.database_url,
        output=args.output,
    )
    if min(options.claimers, options.claims) < 1 or options.think_ms < 0:
        parser.error("--claimers and --claims must be at least 1, --think-ms at least 0")
    needed = options.claimers * (options.claims + options.saturation_claims) + ALONE_CLAIMS
    if needed > options.cases:
        parser.error(
            f"{options.claimers} claimers need {needed:,} cases; --cases is {options.cases:,}"
        )
    return options


def configure_django(options: Options) -> None:
    """Point Django at the benchmark's database and set it up, DEBUG off as in production."""
    os.environ["DATABASE_URL"] = options.database_url
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backoffice.settings")
    import django

    django.setup()


def require_postgresql() -> None:
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        raise BenchError(
            f"The benchmark needs PostgreSQL, not {engine.rsplit('.', 1)[-1]}: SQLite has one "
            f"writer, so concurrent claimers only queue for it. Set DATABASE_URL or "
            f"--database-url, e.g. {DEFAULT_DATABASE_URL}"
        )


def refuse_foreign_data() -> None:
    """The benchmark deletes every case: only in a database of its own."""
    from backoffice.models import Agency

    others = Agency.objects.exclude(slug__startswith=BENCH_SLUG).values_list("slug", flat=True)
    if others.exists():
        raise BenchError(
            "This database holds agencies the benchmark did not create "
            f"({', '.join(others[:3])}...). Give it a database of its own, e.g. "
            f"--database-url {DEFAULT_DATABASE_URL}"
        )


# The fixture: one agency, its queues, skills and claimers -----------------------------------


@dataclass
class Floor:
    """What the cases and the claimers point at."""

    agency_id: int
    prefix: str
    service_id: int
    queue_ids: list[int]
    skill_ids: list[int]
    claimer_ids: list[int] = field(default_factory=list)


def build_floor(claimers: int) -> Floor:
    """Create (or find) the agency, its service, queues, skills and claimers; idempotent."""
    from backoffice.models import Agency, Team
    from cases.models import Service
    from routing.models import Queue, Skill

    agency, _created = Agency.objects.update_or_create(
        slug=AGENCY_SLUG,
        defaults={
            "name": "Bench Claim Council",
            "case_prefix": "BCL",
            "time_zone": "Europe/London",
            "country": "GB",
            "subdivision": "ENG",
        },
    )
    team, _created = Team.objects.get_or_create(agency=agency, name="Front office")
    service, _created = Service.objects.get_or_create(
        agency=agency, code="licence", defaults={"name": "Licence", "default_team": team}
    )
    queues = [
        Queue.objects.update_or_create(
            agency=agency, name=name, defaults={"team": team, "mode": "pull", "is_active": True}
        )[0]
        for name in QUEUES
    ]
    skills = [
        Skill.objects.get_or_create(agency=agency, code=code, defaults={"name": name})[0]
        for code, name in SKILLS
    ]
    floor = Floor(
        agency_id=agency.pk,
        prefix=agency.case_prefix,
        service_id=service.pk,
        queue_ids=[queue.pk for queue in queues],
        skill_ids=[skill.pk for skill in skills],
    )
    floor.claimer_ids = [_claimer(agency, floor, n) for n in range(1, claimers + 1)]
    return floor


def _claimer(agency: Agency, floor: Floor, n: int) -> int:
    """A caseworker in every queue, with every skill at a level between 2 and 5."""
    from backoffice.models import Membership, Role, User
    from routing.models import PersonSkill, Queue

    user, created = User.objects.get_or_create(
        email=f"claimer{n}@{AGENCY_SLUG}.example", defaults={"full_name": f"Claimer {n}"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    Membership.objects.get_or_create(user=user, agency=agency, role=Role.CASEWORKER)
    for queue in Queue.objects.filter(pk__in=floor.queue_ids):
        queue.members.add(user)
    for index, skill_id in enumerate(floor.skill_ids):
        PersonSkill.objects.update_or_create(
            user=user,
            skill_id=skill_id,
            defaults={"level": 2 + (n + index) % 4, "source": "supervisor"},
        )
    return user.pk


def ready_claimers(floor: Floor, capacity: int) -> None:
    """Every claimer Available, holding nothing, with room for every press of the run.

    The capacity is set in the database, past the 50 the service allows, so that a
    claimer is never refused at capacity: what is timed is the claim, not the refusal.
    """
    from backoffice.models import User
    from routing.models import Presence, PresenceState
    from routing.presence import presence_set

    for user in User.objects.filter(pk__in=floor.claimer_ids):
        presence_set(user=user, state=PresenceState.AVAILABLE, actor=None)
    Presence.objects.filter(user_id__in=floor.claimer_ids).update(
        capacity=capacity, busy_at_capacity=False
    )


# Seeding the line ------------------------------------------------------------------------------


def seed(floor: Floor, cases: int) -> float:
    """Replace every case with *cases* waiting ones; returns the seconds it took.

    One ``INSERT ... SELECT`` over ``generate_series``: the cases are dealt round the
    queues, all priorities, waiting from a few seconds to eight hours, a few at
    service-level risk. Their place in line is computed in SQL with the formula of
    ``routing.keys.route_key``, checked against it on a sample afterwards. One case in
    five requires a skill at level 2 to 4, one in ten prefers another.
    """
    from django.db import connection, transaction

    started = time.perf_counter()
    now = datetime.now(UTC)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE cases_case, cases_referencesequence CASCADE")
        cursor.execute(
            """
            INSERT INTO cases_case (
                reference, channel, subject, description, attributes, address, priority,
                status, resolution, created_at, updated_at, agency_id, team_id, service_id,
                queue_id, queued_at, route_key, sla_state, sla_round, sla_paused_business,
                sla_paused_calendar
            )
            SELECT
                %(prefix)s || lpad(c.g::text, 7, '0'), 'web', 'Waiting case ' || c.g, '',
                '{}'::jsonb, '', c.priority, 'new', '', c.queued_at, c.queued_at,
                %(agency)s, q.team_id, %(service)s, q.id, c.queued_at,
                c.queued_at - make_interval(mins => (c.priority - 1) * q.priority_step_minutes
                    + CASE c.sla_state WHEN 'at_risk' THEN q.sla_risk_minutes
                                       WHEN 'breached' THEN 2 * q.sla_risk_minutes
                                       ELSE 0 END),
                c.sla_state, 1, interval '0', interval '0'
            FROM (
                SELECT g, 1 + (g * 7) %% 4 AS priority,
                       %(now)s - make_interval(secs => (g * 7919) %% %(oldest)s) AS queued_at,
                       CASE WHEN g %% 50 = 0 THEN 'at_risk' WHEN g %% 50 = 1 THEN 'breached'
                            ELSE 'on_track' END AS sla_state
                FROM generate_series(1, %(count)s) AS g
            ) AS c
            JOIN routing_queue AS q ON q.id = (%(queues)s::bigint[])[1 + c.g %% %(n_queues)s]
            """,
            {
                "prefix": f"{floor.prefix}-{now.year}-",
                "agency": floor.agency_id,
                "service": floor.service_id,
                "now": now,
                "oldest": OLDEST_MINUTES * 60,
                "count": cases,
                "queues": floor.queue_ids,
                "n_queues": len(floor.queue_ids),
            },
        )
        cursor.execute(
            """
            INSERT INTO routing_caseskill (case_id, skill_id, min_level, required)
            SELECT id, (%(skills)s::bigint[])[1 + id %% %(n_skills)s], 2 + id %% 3, true
            FROM cases_case WHERE id %% 5 = 0
            UNION ALL
            SELECT id, (%(skills)s::bigint[])[1 + (id + 1) %% %(n_skills)s], 3, false
            FROM cases_case WHERE id %% 10 = 3
            """,
            {"skills": floor.skill_ids, "n_skills": len(floor.skill_ids)},
        )
        cursor.execute(
            "INSERT INTO cases_referencesequence (agency_id, year, last_value) VALUES (%s, %s, %s)",
            [floor.agency_id, now.year, cases],
        )
    vacuum()
    check_route_keys()
    return time.perf_counter() - started


def vacuum() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("cases_case", "routing_caseskill", "routing_pickup", "cases_caseevent"):
            cursor.execute(f"VACUUM (ANALYZE) {table}")


def check_route_keys(sample: int = 500) -> None:
    """The places in line written by SQL are the ones ``routing.keys`` computes."""
    from cases.models import Case
    from routing import keys

    cases = Case.objects.select_related("queue").order_by("?")[:sample]
    wrong = [case.pk for case in cases if keys.route_key(case) != case.route_key]
    if wrong:
        raise BenchError(f"Seeded places in line differ from routing.keys for cases {wrong[:5]}")


# Claimers ------------------------------------------------------------------------------------


@dataclass
class Press:
    """One press of Get next case: the case it gave (None: nothing), and how long it took."""

    case_id: int | None
    ns: int
    statements: int
    cpu_ns: int


class StatementCounter:
    """Counts the statements a press sends, through Django's execute wrapper."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(
        self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
    ) -> Any:
        self.count += 1
        return execute(sql, params, many, context)


@dataclass
class ClaimerReport:
    user_id: int
    presses: list[Press]
    started: float
    finished: float
    refusal: str = ""
    error: str = ""


def claim_loop(user_id: int, claims: int, think_ms: float, start: Barrier, out: Connection) -> None:
    """One claimer process: press *claims* times, pausing around *think_ms* between presses.

    Runs in a forked process; its first query opens a database connection of its own.
    The pause is drawn from an exponential distribution, so presses of different
    claimers come at random moments, sometimes at once, as people's do.
    """
    from django.db import connection

    from backoffice.errors import DomainError
    from backoffice.models import User
    from routing.work import case_take_next

    pause = random.Random(user_id)
    statements = StatementCounter()
    presses: list[Press] = []
    refusal = error = ""
    try:
        user = User.objects.get(pk=user_id)  # connects before the start, not in a timed press
        start.wait(timeout=START_TIMEOUT)
        started = time.perf_counter()
        for _press in range(claims):
            if think_ms:
                time.sleep(pause.expovariate(1000 / think_ms))
            statements.count = 0
            cpu, began = time.process_time_ns(), time.perf_counter_ns()
            try:
                with connection.execute_wrapper(statements):
                    pick = case_take_next(user=user)
            except DomainError as refused:
                refusal = str(refused)
                break
            ns, cpu = time.perf_counter_ns() - began, time.process_time_ns() - cpu
            presses.append(Press(pick.case.pk if pick else None, ns, statements.count, cpu))
            if pick is None:
                break
        finished = time.perf_counter()
    except Exception as failure:  # reported by the parent, not lost in a child
        error = f"{type(failure).__name__}: {failure}"
        started = finished = time.perf_counter()
        start.abort()  # the others stop waiting for a claimer that will not come
    finally:
        connection.close()
    out.send(ClaimerReport(user_id, presses, started, finished, refusal, error))
    out.close()


def run_claimers(claimer_ids: list[int], claims: int, think_ms: float) -> list[ClaimerReport]:
    """Start one process per claimer, release them together, and collect their reports."""
    from django.db import connections

    connections.close_all()  # forked children must not share the parent's connection
    context = multiprocessing.get_context("fork")
    start = context.Barrier(len(claimer_ids) + 1)
    pipes, processes = [], []
    for user_id in claimer_ids:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(
            target=claim_loop, args=(user_id, claims, think_ms, start, sender)
        )
        process.start()
        sender.close()
        pipes.append(receiver)
        processes.append(process)
    # A claimer that failed before the start breaks the barrier; its report says why.
    with contextlib.suppress(threading.BrokenBarrierError):
        start.wait(timeout=START_TIMEOUT)
    reports = [pipe.recv() for pipe in pipes]
    for process in processes:
        process.join(timeout=60)
    failures = [f"claimer {r.user_id}: {r.error}" for r in reports if r.error]
    if failures:
        raise BenchError("Claimers failed:\n  " + "\n  ".join(failures[:10]))
    return reports


# Checks and figures ----------------------------------------------------------------------------


def percentile(ordered: list[float], share: float) -> float:
    """The nearest-rank percentile of an ordered list (share 0.95 for p95)."""
    if not ordered:
        return 0.0
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def figures(reports: list[ClaimerReport], think_ms: float) -> dict[str, Any]:
    """Claims per second and latency of one run, from the claimers' own timings."""
    presses = [press for report in reports for press in report.presses]
    claimed = [press for press in presses if press.case_id is not None]
    ms = sorted(press.ns / 1e6 for press in presses)
    seconds = max(r.finished for r in reports) - min(r.started for r in reports)
    p95 = percentile(ms, 0.95)
    fewest = min((press.statements for press in presses), default=0)
    return {
        "think_ms_mean": think_ms,
        "claimers": len(reports),
        "presses": len(presses),
        "claims": len(claimed),
        # A press that found nothing while thousands of cases waited is a failure too.
        "empty_presses": len(presses) - len(claimed),
        "refusals": sorted({r.refusal for r in reports if r.refusal}),
        "seconds": round(seconds, 2),
        # A press sends the fewest statements when the first page of candidates has a
        # case nobody is taking; more when others were locking all of it and it read on.
        "statements_per_press": {
            "fewest": fewest,
            "mean": round(statistics.fmean(p.statements for p in presses), 2) if presses else 0,
            "max": max((p.statements for p in presses), default=0),
            "presses_with_more": sum(1 for p in presses if p.statements > fewest),
        },
        "claimer_cpu_ms_per_press": (
            round(statistics.fmean(p.cpu_ns for p in presses) / 1e6, 2) if presses else 0
        ),
        "claims_per_second": round(len(claimed) / seconds, 1) if seconds else 0.0,
        "latency_ms": {
            "p50": round(percentile(ms, 0.50), 2),
            "p95": round(p95, 2),
            "p99": round(percentile(ms, 0.99), 2),
            "max": round(ms[-1], 2) if ms else 0.0,
            "mean": round(statistics.fmean(ms), 2) if ms else 0.0,
        },
        "p95_target_ms": P95_TARGET_MS,
        "p95_target_met": p95 < P95_TARGET_MS,
    }


def double_assignments(runs: list[list[ClaimerReport]]) -> dict[str, int]:
    """Every way a case could have gone to two people, counted; all must be zero.

    From the claimers' records: a case two presses were given. From the database: a
    case with two pickups or two "taken" timeline entries, a case held by someone other
    than the claimer that was given it, a claim with no pickup, and a claimer holding
    more than their capacity.
    """
    from django.db.models import Count

    from cases.models import Case, CaseEvent, EventKind
    from routing.models import Pickup, Presence

    given: Counter[int] = Counter()
    holder: dict[int, int] = {}
    for reports in runs:
        for report in reports:
            for press in report.presses:
                if press.case_id is not None:
                    given[press.case_id] += 1
                    holder[press.case_id] = report.user_id
    held = dict(Case.objects.filter(assignee__isnull=False).values_list("pk", "assignee_id"))
    picked = set(Pickup.objects.values_list("case_id", flat=True))
    twice = Pickup.objects.values("case_id").annotate(n=Count("id")).filter(n__gt=1)
    taken_twice = (
        CaseEvent.objects.filter(kind=EventKind.ASSIGNED, actor__isnull=False)
        .values("case_id")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
    )
    over = [
        presence.user_id
        for presence in Presence.objects.filter(user_id__in={r.user_id for r in runs[0]})
        if Case.objects.filter(assignee_id=presence.user_id).count() > presence.capacity
    ]
    return {
        "given_to_two_claimers": sum(1 for times in given.values() if times > 1),
        "cases_with_two_pickups": twice.count(),
        "cases_taken_twice_on_the_timeline": taken_twice.count(),
        "held_by_someone_else": sum(1 for pk, user in holder.items() if held.get(pk) != user),
        "held_without_a_claim": len(set(held) - set(holder)),
        "claims_without_a_pickup": len(set(holder) - picked),
        "claimers_over_capacity": len(over),
    }


def press_plans(user_id: int) -> dict[str, Any]:
    """The statements of one press, and ``EXPLAIN (ANALYZE, BUFFERS)`` of its two queries.

    The press runs in a transaction that is rolled back, so it changes nothing (the
    savepoint that nesting adds is left out of the statements). The queries are the
    press's own, captured with their values bound: reading the head of the line of every
    queue of the person, one index scan of ``case_queue_line`` each, and claiming
    (``FOR UPDATE SKIP LOCKED``).
    """
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from backoffice.models import User
    from routing.work import case_take_next

    user = User.objects.get(pk=user_id)
    with transaction.atomic():
        with CaptureQueriesContext(connection) as captured:
            case_take_next(user=user)
        statements = [
            query["sql"]
            for query in captured.captured_queries
            if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
        ]
        line = next(s for s in statements if "routing_decline" in s)
        claim = next(s for s in statements if "SKIP LOCKED" in s)
        plans = {"line": explain(line), "claim": explain(claim)}
        transaction.set_rollback(True)
    return {
        "statements": len(statements),
        "statement_starts": [" ".join(s.split())[:90] for s in statements],
        "line_query": line,
        "line_plan": plans["line"],
        "line_uses_index": "case_queue_line" in "\n".join(plans["line"]),
        "claim_query": claim,
        "claim_plan": plans["claim"],
    }


def explain(statement: str) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement)
        return [row[0] for row in cursor.fetchall()]


# Results ---------------------------------------------------------------------------------------


def results(
    options: Options,
    seeded: float,
    runs: dict[str, dict[str, Any]],
    doubles: dict[str, int],
    plans: dict[str, Any],
    seconds: float,
    load_before: list[float],
) -> dict[str, Any]:
    from django.db import connection

    headline = runs.get("paced") or runs["saturation"]
    return {
        "benchmark": "claim",
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": connection.settings_dict["NAME"],
        # The load average at the end counts the claimers themselves; the one before the
        # run shows what else the machine was doing.
        "machine": {**machine(), "load_average_before_run": load_before},
        "parameters": {
            "cases": options.cases,
            "queues": len(QUEUES),
            "claimers": options.claimers,
            "claims_per_claimer": options.claims,
            "think_ms_mean": options.think_ms,
            "saturation_claims_per_claimer": options.saturation_claims,
            "processes": "one per claimer, each with its own connection",
        },
        "seeding_seconds": round(seeded, 1),
        "claims_per_second": headline["claims_per_second"],
        "latency_ms": headline["latency_ms"],
        "p95_target_ms": P95_TARGET_MS,
        "p95_target_met": headline["p95_target_met"],
        "double_assignments": sum(doubles.values()),
        "double_assignment_checks": doubles,
        "runs": runs,
        "one_press": plans,
        "duration_seconds": round(seconds, 1),
    }


def summary(report: dict[str, Any]) -> str:
    lines = [
        f"{report['parameters']['cases']:,} waiting cases in {report['parameters']['queues']} "
        f"queues, seeded in {report['seeding_seconds']} s; {report['parameters']['claimers']} "
        f"claimer processes"
    ]
    for name, run in report["runs"].items():
        latency = run["latency_ms"]
        lines.append(
            f"{name} (pause {run['think_ms_mean']:g} ms): {run['claims']:,} claims in "
            f"{run['seconds']} s = {run['claims_per_second']:,} claims/s; latency p50 "
            f"{latency['p50']} ms, p95 {latency['p95']} ms, p99 {latency['p99']} ms, max "
            f"{latency['max']} ms (p95 target {P95_TARGET_MS:g} ms: "
            f"{'met' if run['p95_target_met'] else 'MISSED'}); {run['empty_presses']} empty presses"
        )
    press = report["one_press"]
    lines.append(
        f"One press: {press['statements']} statements; line "
        f"query uses case_queue_line: {press['line_uses_index']}"
    )
    lines.append(
        f"Double assignments: {report['double_assignments']} "
        f"({', '.join(f'{k} {v}' for k, v in report['double_assignment_checks'].items())})"
    )
    lines.append(f"Whole run: {report['duration_seconds']} s")
    return "\n".join(lines)


# Main ------------------------------------------------------------------------------------------


def run(options: Options) -> dict[str, Any]:
    began = time.perf_counter()
    load_before = [round(load, 2) for load in os.getloadavg()]
    runs_wanted = [
        ("paced" if options.think_ms else "saturation", options.think_ms, options.claims)
    ]
    if options.saturation_claims:
        runs_wanted.append(("saturation", 0.0, options.saturation_claims))
    # One claimer on their own: what a press costs with nobody else pressing.
    runs_wanted.append(("alone", 0.0, ALONE_CLAIMS))
    floor = build_floor(options.claimers)
    print(f"Seeding {options.cases:,} waiting cases")
    seeded = seed(floor, options.cases)
    print(f"Seeded in {seeded:.1f} s")
    # Room for every press, and for the one whose statements and plans are taken.
    ready_claimers(floor, capacity=options.claims + options.saturation_claims + ALONE_CLAIMS + 2)
    runs: dict[str, dict[str, Any]] = {}
    reports: list[list[ClaimerReport]] = []
    for name, think_ms, claims in runs_wanted:
        claimers = floor.claimer_ids[:1] if name == "alone" else floor.claimer_ids
        print(f"Run {name}: {len(claimers)} claimers x {claims} presses")
        reports.append(run_claimers(claimers, claims, think_ms))
        runs[name] = figures(reports[-1], think_ms)
        vacuum()  # as autovacuum would between bursts; each run starts from a clean index
    doubles = double_assignments(reports)
    plans = press_plans(floor.claimer_ids[0])
    seconds = time.perf_counter() - began
    return results(options, seeded, runs, doubles, plans, seconds, load_before)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    try:
        configure_django(options)
        require_postgresql()
        ensure_database()
        refuse_foreign_data()
        report = run(options)
    except BenchError as error:
        print(f"claim: {error}", file=sys.stderr)
        return 2
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(report, indent=2) + "\n")
    print(summary(report))
    print(f"Results written to {options.output}")
    return 0 if report["double_assignments"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
