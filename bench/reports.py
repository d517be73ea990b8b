"""Benchmark of the manager report pages on PostgreSQL with a million cases.

Run it with ``make bench-reports`` or ``python -m bench.reports [--small] [--rebuild]``.

It builds (or reuses) the data set of :mod:`bench.generate`, builds the report rollups
with the project's own backfill (``backoffice.reports.backfill``, what ``manage.py
reports_backfill`` runs) and times it, then times each report page in-process with
Django's test client, signed in as the largest agency's manager, with DEBUG off: after
a warm-up, a number of samples per page (30 by default) give p50, p95 and max, and one
more request under ``CaptureQueriesContext`` counts its SQL queries (apart from the
timed ones, so the counting costs them nothing). A streamed CSV is timed until its last
byte.

Pages: the dashboard by default (the last 28 days), for a whole year, and for the year
filtered by channel, by service and by team; each dashboard CSV table for the last
whole quarter; the people and workforce pages; and the quarterly customer-experience
report and a service blueprint when their URLs exist. The worst p95 of the dashboard
variants is ``dashboard_p95_ms``, against the 500 ms target of issue 9.

The results go to ``bench/results/reports.json``. The database is ``--database-url``,
else ``DATABASE_URL``, else ``postgres://postgres@127.0.0.1:5432/bench_reports``;
SQLite is refused, and so is a database holding agencies the generator did not make.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from bench import common, generate

if TYPE_CHECKING:
    from django.test import Client

    from backoffice.models import Agency

DEFAULT_DATABASE_URL = generate.DEFAULT_DATABASE_URL
RESULTS_PATH = Path(__file__).resolve().parent / "results" / "reports.json"
TARGET_MS = 500.0
HOST = "localhost"


@dataclass(frozen=True)
class Options:
    cases: int
    rebuild: bool
    rebuild_rollups: bool
    samples: int
    warmup: int
    backfill_days: int
    backfill_indexes: bool
    database_url: str
    output: Path


def parse_options(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(description="Benchmark of the report pages on PostgreSQL.")
    parser.add_argument("--cases", type=int, help=f"cases (default {generate.FULL:,})")
    parser.add_argument("--small", action="store_true", help=f"{generate.SMALL:,} cases")
    parser.add_argument("--rebuild", action="store_true", help="generate the cases again")
    parser.add_argument(
        "--rebuild-rollups", action="store_true", help="run the backfill even if rollups exist"
    )
    parser.add_argument("--samples", type=int, default=30, help="timed requests per page")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests per page first")
    parser.add_argument(
        "--backfill-days",
        type=int,
        default=0,
        help="backfill only the last N local days (default: every day since the first case)",
    )
    parser.add_argument(
        "--backfill-indexes",
        action="store_true",
        help="add the indexes the backfill lacks before running it (see docs/performance.md)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        help="PostgreSQL database (default: DATABASE_URL, else %(default)s)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="results JSON file")
    args = parser.parse_args(argv)
    return Options(
        cases=args.cases or (generate.SMALL if args.small else generate.FULL),
        rebuild=args.rebuild,
        rebuild_rollups=args.rebuild or args.rebuild_rollups,
        samples=max(args.samples, 1),
        warmup=max(args.warmup, 0),
        backfill_days=max(args.backfill_days, 0),
        backfill_indexes=args.backfill_indexes,
        database_url=args.database_url,
        output=args.output,
    )


# Rollups ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rollups:
    agency_days: int
    seconds: float
    built_at: datetime
    since_days: int
    indexes: bool
    reused: bool


# The backfill reads cases by the day they were resolved, closed and first answered, and
# reopen events and breaches by the day they happened; the schema has no index for those,
# so each agency-day scans them. These are the indexes ``--backfill-indexes`` adds.
BACKFILL_INDEXES = (
    "CREATE INDEX IF NOT EXISTS bench_case_resolved ON cases_case (agency_id, resolved_at) "
    "WHERE resolved_at IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS bench_case_closed ON cases_case (agency_id, closed_at) "
    "WHERE closed_at IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS bench_case_responded ON cases_case "
    "(agency_id, first_response_at) WHERE first_response_at IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS bench_event_reopened ON cases_caseevent (occurred_at) "
    "WHERE kind = 'reopened'",
    "CREATE INDEX IF NOT EXISTS bench_escalation_breach ON cases_escalation (escalated_at) "
    "WHERE level = 2",
)


def _rollup_record(data_generated_at: datetime, options: Options) -> Rollups | None:
    """The backfill done over this very data set, the same way, if any."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_reports_rollups') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return None
        cursor.execute(
            "SELECT agency_days, seconds, built_at FROM bench_reports_rollups "
            "WHERE data_generated_at = %s AND since_days = %s AND indexes = %s",
            [data_generated_at, options.backfill_days, options.backfill_indexes],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    return Rollups(
        int(row[0]),
        float(row[1]),
        row[2],
        options.backfill_days,
        options.backfill_indexes,
        reused=True,
    )


def _record_rollups(data_generated_at: datetime, rollups: Rollups) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS bench_reports_rollups")
        cursor.execute(
            "CREATE TABLE bench_reports_rollups (data_generated_at timestamptz, "
            "agency_days integer, seconds double precision, built_at timestamptz, "
            "since_days integer, indexes boolean)"
        )
        cursor.execute(
            "INSERT INTO bench_reports_rollups VALUES (%s, %s, %s, %s, %s, %s)",
            [
                data_generated_at,
                rollups.agency_days,
                rollups.seconds,
                rollups.built_at,
                rollups.since_days,
                rollups.indexes,
            ],
        )


def set_backfill_indexes(*, present: bool) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for statement in BACKFILL_INDEXES:
            if present:
                cursor.execute(statement)
            else:
                name = statement.split(" EXISTS ", 1)[1].split(" ", 1)[0]
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
        cursor.execute("ANALYZE cases_case")


def build_rollups(data_generated_at: datetime, options: Options, *, rebuild: bool) -> Rollups:
    """The daily and 15-minute rollups, by the project's own backfill, timed."""
    from django.db import connection

    from backoffice.models import Agency

    found = None if rebuild else _rollup_record(data_generated_at, options)
    if found is not None:
        print(f"Reusing the rollups built {found.built_at:%Y-%m-%d %H:%M} ({found.seconds:.0f} s)")
        return found
    daily, intervals = generate.rollup_tables()
    with connection.cursor() as cursor:
        # Forget the old record first, so an interrupted backfill is never taken as done.
        cursor.execute("DROP TABLE IF EXISTS bench_reports_rollups")
        cursor.execute(f"TRUNCATE {daily}, {intervals}")
    set_backfill_indexes(present=options.backfill_indexes)
    agencies = list(Agency.objects.order_by("pk"))
    now = datetime.now(UTC)
    print(f"Backfilling the rollups of {len(agencies)} agencies")
    started = time.perf_counter()
    done, _skipped = common.backfill_agencies(agencies, now=now, last_days=options.backfill_days)
    seconds = time.perf_counter() - started
    set_backfill_indexes(present=False)
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (ANALYZE) {daily}")
        cursor.execute(f"VACUUM (ANALYZE) {intervals}")
    rollups = Rollups(
        agency_days=done,
        seconds=round(seconds, 1),
        built_at=now,
        since_days=options.backfill_days,
        indexes=options.backfill_indexes,
        reused=False,
    )
    _record_rollups(data_generated_at, rollups)
    print(f"Backfilled {done:,} agency-days in {seconds:.0f} s")
    return rollups


# Pages --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    params: dict[str, str]
    dashboard: bool = False


def pages(agency: Agency) -> list[Page]:
    """Every page to time; the customer-experience and blueprint pages when they exist."""
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone

    today = timezone.localdate(timezone=agency.zone)
    year = {"since": (today - timedelta(days=365)).isoformat(), "until": today.isoformat()}
    start, end = common.last_quarter(today)
    quarter = {"since": start.isoformat(), "until": end.isoformat()}
    busiest = common.busiest(agency)
    dashboard = reverse("reports_dashboard")
    csv = reverse("reports_dashboard_csv")
    found = [
        Page("dashboard_default_28_days", dashboard, {}, dashboard=True),
        Page("dashboard_year", dashboard, year, dashboard=True),
        Page("dashboard_year_channel", dashboard, {**year, "channel": busiest["channel"]}, True),
        Page("dashboard_year_service", dashboard, {**year, "service": busiest["service"]}, True),
        Page("dashboard_year_team", dashboard, {**year, "team": busiest["team"]}, True),
        *(
            Page(f"dashboard_csv_{table}_quarter", csv, {**quarter, "table": table})
            for table in ("summary", "trend", "channels")
        ),
        Page("people", reverse("reports_people"), {}),
        Page("workforce", reverse("reports_workforce"), {}),
    ]
    try:
        found.append(Page("cx_quarterly", reverse("reports_cx"), {}))
    except NoReverseMatch:
        print("No reports_cx page yet: not timed")
    try:
        url = reverse("reports_blueprint", kwargs={"service_id": int(busiest["service"])})
        found.append(Page("blueprint_busiest_service", url, {}))
    except (NoReverseMatch, ValueError):
        print("No reports_blueprint page yet: not timed")
    return found


@dataclass(frozen=True)
class Timing:
    ms: float
    status: int
    size: int


def fetch(client: Client, page: Page) -> Timing:
    """One request, read to its last byte (a streamed CSV included)."""
    started = time.perf_counter()
    response = client.get(page.url, page.params, secure=True)
    if getattr(response, "streaming", False):
        chunks = cast("Iterable[bytes]", response.streaming_content)  # type: ignore[attr-defined]
        size = sum(len(chunk) for chunk in chunks)
    else:
        size = len(response.content)
    ms = (time.perf_counter() - started) * 1000
    response.close()
    return Timing(ms=ms, status=response.status_code, size=size)


def measure(client: Client, page: Page, options: Options) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _n in range(options.warmup):
        fetch(client, page)
    timings = [fetch(client, page) for _n in range(options.samples)]
    with CaptureQueriesContext(connection) as captured:
        counted = fetch(client, page)
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:3]
    ms = [t.ms for t in timings]
    return {
        "url": page.url,
        "params": page.params,
        "samples": len(ms),
        **common.latencies(ms),
        "status": sorted({t.status for t in timings}),
        "bytes": counted.size,
        "queries": len(captured.captured_queries),
        "slowest_queries": [
            {"ms": round(float(q["time"]) * 1000, 1), "sql": q["sql"][:300]} for q in slowest
        ],
    }


def manager_client(agency: Agency) -> Client:
    from django.conf import settings
    from django.test import Client

    from backoffice.models import Membership, Role

    if HOST not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]
    membership = Membership.objects.select_related("user").get(agency=agency, role=Role.MANAGER)
    client = Client(HTTP_HOST=HOST)
    client.force_login(membership.user)
    return client


# Results ------------------------------------------------------------------------------------


def results(
    options: Options,
    meta: generate.Meta,
    data_reused: bool,
    rollups: Rollups,
    agency: Agency,
    figures: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    from django.db import connection

    from bench.sla_sweep import machine

    dashboards = [name for name in figures if name.startswith("dashboard_") and "csv" not in name]
    worst = max(dashboards, key=lambda name: figures[name]["p95_ms"])
    p95 = figures[worst]["p95_ms"]
    return {
        "benchmark": "reports",
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": connection.settings_dict["NAME"],
        "machine": machine(),
        "data": {
            "cases": meta.cases,
            "agencies": len(generate.AGENCIES),
            "measured_agency": agency.slug,
            "measured_agency_cases": agency.cases.count(),
            "reused": data_reused,
            "generated_at": meta.generated_at.isoformat(timespec="seconds"),
            "generation_seconds": round(meta.seconds, 1),
        },
        "rollups": {
            "agency_days": rollups.agency_days,
            "backfill_seconds": rollups.seconds,
            "backfill_last_days": rollups.since_days or "all",
            "backfill_extra_indexes": list(BACKFILL_INDEXES) if rollups.indexes else [],
            "seconds_per_agency_day": round(rollups.seconds / max(rollups.agency_days, 1), 3),
            "built_at": rollups.built_at.isoformat(timespec="seconds"),
            "reused": rollups.reused,
        },
        "samples_per_page": options.samples,
        "warmup_per_page": options.warmup,
        "pages": figures,
        "dashboard_p95_ms": p95,
        "dashboard_worst_variant": worst,
        "target_ms": TARGET_MS,
        "met": p95 < TARGET_MS,
    }


def summary(report: dict[str, Any]) -> str:
    lines = [
        f"{report['data']['cases']:,} cases; rollups backfilled in "
        f"{report['rollups']['backfill_seconds']:.0f} s; load average "
        f"{report['machine']['load_average_1_5_15']}",
        f"{'page':34} {'p50':>8} {'p95':>8} {'max':>8} {'queries':>8} {'bytes':>9}  status",
    ]
    for name, page in report["pages"].items():
        lines.append(
            f"{name:34} {page['p50_ms']:8.1f} {page['p95_ms']:8.1f} {page['max_ms']:8.1f} "
            f"{page['queries']:8d} {page['bytes']:9d}  {page['status']}"
        )
    lines.append(
        f"Dashboard p95 {report['dashboard_p95_ms']:.1f} ms ({report['dashboard_worst_variant']}), "
        f"target {report['target_ms']:.0f} ms: {'met' if report['met'] else 'MISSED'}"
    )
    return "\n".join(lines)


def run(options: Options) -> dict[str, Any]:
    from backoffice.models import Agency

    meta, data_reused = generate.ensure_generated(options.cases, rebuild=options.rebuild)
    if data_reused:
        print(f"Reusing {meta.cases:,} cases generated {meta.generated_at:%Y-%m-%d %H:%M}")
    rollups = build_rollups(
        meta.generated_at, options, rebuild=options.rebuild_rollups or not data_reused
    )
    agency = Agency.objects.get(slug=generate.AGENCIES[0].slug)
    static = common.collect_static()
    client = manager_client(agency)
    load_before = [round(load, 2) for load in os.getloadavg()]
    figures = {}
    for page in pages(agency):
        figures[page.name] = measure(client, page, options)
        found = figures[page.name]
        print(
            f"  {page.name}: p50 {found['p50_ms']} ms, p95 {found['p95_ms']} ms, "
            f"{found['queries']} queries, status {found['status']}"
        )
    report = results(options, meta, data_reused, rollups, agency, figures)
    report["static_files"] = static
    # Other work on the machine slows the pages: the load when timing began, and at its end.
    report["machine"]["load_average_before_pages"] = load_before
    return report


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    return common.main(
        "reports",
        database_url=options.database_url,
        output=options.output,
        run=lambda: run(options),
        summary=summary,
    )


if __name__ == "__main__":
    sys.exit(main())
