"""A caseworker's and a manager's pages, timed against a real gunicorn server.

Run it with ``make bench-workspace`` or ``python -m bench.workspace [--small]``.

It uses the data set of :mod:`bench.generate` (made when the database has none; never
made again unless ``--rebuild``), builds the report rollups of the days the measured
pages read with the project's own backfill (days already built are kept), and gives the
busiest caseworker of the largest agency and that agency's manager a fresh password. It
then starts gunicorn on 127.0.0.1 (two sync workers, production settings, see
:mod:`bench.server`), signs both in through the log-in form, and times each page
sequentially: after a warm-up, a number of samples (30 by default) give p50, p95 and max,
with the status codes seen, the response size and the SQL query count the server
reports in its ``Server-Timing`` header. Each page has the target of issue 10 (lists
100 ms, searches 300 ms, the case page 60 ms and at most 15 queries, dashboard and
reports 300 ms), checked against its p95.

A timing is the whole request on the client: connecting, the server's work, and reading
the body to its last byte (a streamed CSV included). The new-case form's POST is timed up
to its redirect, which is not followed (the case page it leads to is timed on its own).

The results go to ``bench/results/workspace.json``. The database is ``--database-url``,
else ``DATABASE_URL``, else ``bench_reports`` (``bench_small`` with ``--small``); SQLite is
refused, and so is a database holding agencies the generator did not make.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import common, generate, reports, server

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from backoffice.models import Agency
    from cases.models import Case

SMALL_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench_small"
RESULTS_PATH = Path(__file__).resolve().parent / "results" / "workspace.json"
# The pages read at most a year back (the dashboard's year, the forecast's 52 weeks).
BACKFILL_DAYS = 370
# The case page is timed on a case with this many notes (and their timeline events) at least.
LONG_HISTORY = 300
DEEP_PAGES = 20
# Issue 10's targets for the p95 of each kind of page, and the case page's query budget.
TARGETS_MS = {"list": 100.0, "search": 300.0, "case": 60.0, "report": 300.0}
CASE_PAGE_MAX_QUERIES = 15
REPORT_PAGES = (
    "dashboard_default_28_days",
    "dashboard_csv_summary_quarter",
    "people",
    "workforce",
    "cx_quarterly",
    "blueprint_busiest_service",
)
NEXT_CURSOR = re.compile(r'after=([A-Za-z0-9_-]+)"[^>]*rel="next"')


@dataclass(frozen=True)
class Options:
    cases: int
    rebuild: bool
    samples: int
    warmup: int
    backfill_days: int
    port: int
    workers: int
    database_url: str
    output: Path
    backfill_indexes: bool = False


def database_url(small: bool) -> str:
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    return SMALL_DATABASE_URL if small else generate.DEFAULT_DATABASE_URL


def parse_options(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(description="Benchmark of the caseworker's pages.")
    add_common_options(parser)
    parser.add_argument("--samples", type=int, default=30, help="timed requests per page")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests per page first")
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="results JSON file")
    args = parser.parse_args(argv)
    return Options(
        cases=args.cases or (generate.SMALL if args.small else generate.FULL),
        rebuild=args.rebuild,
        samples=max(args.samples, 1),
        warmup=max(args.warmup, 0),
        backfill_days=max(args.backfill_days, 1),
        port=args.port,
        workers=max(args.workers, 1),
        database_url=args.database_url or database_url(args.small),
        output=args.output,
        backfill_indexes=args.backfill_indexes,
    )


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """The options of the data and the server, shared with ``bench.load``."""
    parser.add_argument("--cases", type=int, help=f"cases (default {generate.FULL:,})")
    parser.add_argument(
        "--small", action="store_true", help=f"{generate.SMALL:,} cases, in bench_small"
    )
    parser.add_argument("--rebuild", action="store_true", help="generate the cases again")
    parser.add_argument(
        "--backfill-days",
        type=int,
        default=BACKFILL_DAYS,
        help="rollups of the last N local days are built when missing (default %(default)s)",
    )
    parser.add_argument(
        "--backfill-indexes",
        action="store_true",
        help="add bench.reports' backfill indexes while building rollups (dropped after)",
    )
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--database-url",
        help="PostgreSQL database (default: DATABASE_URL, else bench_reports, "
        "or bench_small with --small)",
    )


# The data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Data:
    meta: generate.Meta
    reused: bool


def ensure_data(cases: int, *, rebuild: bool) -> Data:
    """The generated data set: whatever is there is used, whatever its size or age.

    Cases without the generator's record are a data set still being made (or one that
    failed): refused rather than wiped.
    """
    from cases.models import Case

    meta = generate.read_meta()
    if meta is not None and not rebuild:
        if meta.cases != cases:
            print(f"Using the {meta.cases:,} cases there (not {cases:,}); --rebuild makes them")
        return Data(meta, reused=True)
    if not rebuild and Case.objects.exists():
        raise generate.BenchError(
            "This database holds cases but no record of a finished generation: it is being "
            "generated now, or its generation failed (--rebuild makes it again)."
        )
    found, reused = generate.ensure_generated(cases, rebuild=True)
    return Data(found, reused)


@dataclass(frozen=True)
class RollupWork:
    agency_days_built: int
    agency_days_kept: int
    seconds: float
    last_days: int
    indexes: bool


def ensure_rollups(agency: Agency, last_days: int, *, indexes: bool = False) -> RollupWork:
    """The measured agency's rollups of the last *last_days* days; days already built stay.

    With *indexes*, the indexes ``bench.reports`` adds for a long backfill are there while
    it runs (and dropped after), which halves the time of hundreds of days on a million cases.
    """
    started = time.perf_counter()
    if indexes:
        reports.set_backfill_indexes(present=True)
    try:
        built, kept = common.backfill_agencies(
            [agency], now=datetime.now(UTC), last_days=last_days, skip_built=True
        )
    finally:
        if indexes:
            reports.set_backfill_indexes(present=False)
    seconds = time.perf_counter() - started
    print(f"Rollups: built {built} agency-days in {seconds:.0f} s, kept {kept} already built")
    return RollupWork(built, kept, round(seconds, 1), last_days, indexes)


# What to look at -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Targets:
    """Real values from the data for the searches, the filters and the case page."""

    agency_slug: str
    service_id: int
    reference: str
    customer_name: str
    word: str
    word_from: str
    case_id: int
    case_events: int


def pick_targets(agency: Agency, generated_at: datetime) -> Targets:
    """Values from the generated cases, not from those earlier runs opened through the form."""
    from django.db.models import Count, Max, Min

    from cases.models import Case, CaseEvent

    cases = Case.objects.filter(agency=agency, created_at__lte=generated_at)
    service_id = int(common.busiest(agency)["service"])
    bounds = cases.aggregate(first=Min("pk"), last=Max("pk"))
    middle = (
        cases.filter(pk__gte=(bounds["first"] + bounds["last"]) // 2)
        .select_related("customer")
        .order_by("pk")
        .first()
    )
    if middle is None or middle.customer is None:
        raise generate.BenchError(f"{agency.slug} has no case with a customer")
    word, word_from = _search_word(cases)
    longest = (
        CaseEvent.objects.filter(case__agency=agency, occurred_at__lte=generated_at)
        .values("case_id")
        .annotate(n=Count("id"))
        .order_by("-n", "case_id")
        .first()
    )
    if longest is None:
        raise generate.BenchError(f"{agency.slug} has no timeline")
    longest["n"] = _lengthen(longest["case_id"], generated_at)
    return Targets(
        agency_slug=agency.slug,
        service_id=service_id,
        reference=middle.reference,
        customer_name=middle.customer.name,
        word=word,
        word_from=word_from,
        case_id=longest["case_id"],
        case_events=longest["n"],
    )


def _lengthen(case_id: int, generated_at: datetime) -> int:
    """Give the case a long history, as a case worked on for years has: LONG_HISTORY notes,
    each with its timeline event, spread from its opening to the data's end. Runs once: a
    case that has them already is left as it is. Returns its timeline events."""
    from django.db import transaction

    from cases.models import Case, CaseEvent, CaseNote, EventKind

    case = Case.objects.get(pk=case_id)
    events = CaseEvent.objects.filter(case=case)
    if events.count() < LONG_HISTORY:
        author = case.assignee_id or case.created_by_id
        if author is None:
            raise generate.BenchError(f"case {case.reference} has nobody to write notes")
        step = (generated_at - case.created_at) / (LONG_HISTORY + 1)
        with transaction.atomic():
            for n in range(1, LONG_HISTORY + 1):
                at = case.created_at + step * n
                body = f"Called the customer back ({n}): progress noted, next step agreed."
                CaseNote.objects.create(case=case, author_id=author, body=body, created_at=at)
                CaseEvent.objects.create(
                    case=case,
                    kind=EventKind.NOTE,
                    actor_id=author,
                    occurred_at=at,
                    summary=body[:300],
                )
    return events.count()


def _search_word(cases: QuerySet[Case]) -> tuple[str, str]:
    """A word from a case description; the generator leaves them empty, so else its subject.

    The subject is searched with the description; the least used service's longest word
    is taken, so the search finds some cases of many, as a word typed by a person does.
    """
    from django.db.models import Count

    described = cases.exclude(description="").values_list("description", flat=True).first()
    if described:
        return max(re.findall(r"[A-Za-z]{4,}", described) or ["case"], key=len), "description"
    rare = (
        cases.values("service__name").annotate(n=Count("id")).order_by("n", "service__name").first()
    )
    name = rare["service__name"] if rare else "case"
    return max(re.findall(r"[A-Za-z]{4,}", name) or ["case"], key=len).lower(), "subject"


# The pages -------------------------------------------------------------------------------------


@dataclass
class Probe:
    """One page to time: who asks for it, how, and its target."""

    name: str
    who: str  # "caseworker", "manager" or "public"
    kind: str  # a key of TARGETS_MS, or "form" (no target)
    path: str
    params: dict[str, str] = field(default_factory=dict)
    form: Callable[[int], dict[str, str]] | None = None
    expect: int = 200
    note: str = ""

    @property
    def target_ms(self) -> float | None:
        return TARGETS_MS.get(self.kind)


def probes(agency: Agency, targets: Targets, *, deep_cursor: str, deep_depth: int) -> list[Probe]:
    from django.urls import reverse

    cases = reverse("case_list")
    team_filters = {"status": "open", "service": str(targets.service_id), "sort": "due"}
    anything = {"status": ""}
    found = [
        Probe("my_cases", "caseworker", "list", reverse("my_cases")),
        Probe("team_list_open_service_by_due", "caseworker", "list", cases, team_filters),
        Probe(
            f"list_page_{deep_depth + 1}",
            "caseworker",
            "list",
            cases,
            {"status": "", "sort": "newest", "after": deep_cursor},
            note=f"every case, newest first, {deep_depth} pages of 25 in by the keyset cursor",
        ),
        Probe(
            "search_reference", "caseworker", "search", cases, {**anything, "q": targets.reference}
        ),
        Probe(
            "search_customer_name",
            "caseworker",
            "search",
            cases,
            {**anything, "q": targets.customer_name},
        ),
        Probe(
            "search_word",
            "caseworker",
            "search",
            cases,
            {**anything, "q": targets.word},
            note=f"a word of the case {targets.word_from}",
        ),
        Probe(
            "case_page_longest_timeline",
            "caseworker",
            "case",
            reverse("case_detail", kwargs={"pk": targets.case_id}),
            note=f"{targets.case_events} timeline events",
        ),
        Probe("case_new_form", "caseworker", "form", reverse("case_new")),
        Probe(
            "case_new_submit",
            "caseworker",
            "form",
            reverse("case_new"),
            form=lambda n: new_case_form(targets, n),
            expect=302,
            note="POST of a valid new case, timed to its redirect (not followed)",
        ),
        Probe(
            "open311_requests",
            "public",
            "list",
            reverse("open311_requests", kwargs={"fmt": "json"}),
            {"jurisdiction_id": targets.agency_slug},
        ),
        Probe("api_cases", "caseworker", "list", reverse("api_case_list"), note="session auth"),
    ]
    report_pages = {page.name: page for page in reports.pages(agency)}
    for name in REPORT_PAGES:
        if name in report_pages:
            page = report_pages[name]
            found.append(Probe(name, "manager", "report", page.url, page.params))
    return found


def new_case_form(targets: Targets, n: int) -> dict[str, str]:
    return {
        "channel": "phone",
        "service": str(targets.service_id),
        "customer_kind": "person",
        "customer_name": "Robin Benchmark",
        "customer_email": f"robin.benchmark@{targets.agency_slug}.example",
        "subject": f"Phoned about a missed collection ({n})",
        "description": "The caller's bins were not emptied this week.",
        "priority": "",
    }


def deep_cursor(browser: server.Browser, path: str, pages: int) -> tuple[str, int]:
    """Follow the list's "next page" link *pages* times; the cursor reached and the depth."""
    params = {"status": "", "sort": "newest"}
    cursor, depth = "", 0
    for _n in range(pages):
        reply = browser.get(path, {**params, "after": cursor} if cursor else params)
        found = NEXT_CURSOR.search(reply.body.decode())
        if reply.status != 200 or found is None:
            break
        cursor, depth = found[1], depth + 1
    return cursor, depth


# Timing ---------------------------------------------------------------------------------------


def send(browser: server.Browser, probe: Probe, n: int) -> server.Reply:
    if probe.form is not None:
        return browser.post(probe.path, probe.form(n))
    return browser.get(probe.path, probe.params)


def measure(browser: server.Browser, probe: Probe, options: Options) -> dict[str, Any]:
    for n in range(options.warmup):
        send(browser, probe, -n - 1)
    replies = [send(browser, probe, n) for n in range(options.samples)]
    ms = [reply.ms for reply in replies]
    queries = Counter(reply.queries for reply in replies if reply.queries is not None)
    db_ms = [reply.db_ms for reply in replies if reply.db_ms is not None]
    app_ms = [reply.app_ms for reply in replies if reply.app_ms is not None]
    statuses = sorted({reply.status for reply in replies})
    figures: dict[str, Any] = {
        "who": probe.who,
        "kind": probe.kind,
        "method": "POST" if probe.form else "GET",
        "url": probe.path,
        "params": probe.params,
        "samples": len(ms),
        **common.latencies(ms),
        "status": statuses,
        "bytes": len(replies[-1].body),
        "queries": max(queries) if queries else None,
        "queries_seen": sorted(queries),
        # The server's own figures (Server-Timing): its time in SQL, and in all.
        "db_p50_ms": round(statistics.median(db_ms), 1) if db_ms else None,
        "app_p50_ms": round(statistics.median(app_ms), 1) if app_ms else None,
        "target_p95_ms": probe.target_ms,
    }
    if probe.note:
        figures["note"] = probe.note
    met = statuses == [probe.expect]
    if probe.target_ms is not None:
        met = met and figures["p95_ms"] < probe.target_ms
    if probe.kind == "case":
        figures["max_queries"] = CASE_PAGE_MAX_QUERIES
        met = met and (figures["queries"] or 0) <= CASE_PAGE_MAX_QUERIES
    figures["met"] = met
    return figures


# A server and the people signed in to it, shared with bench.load --------------------------------


@dataclass
class Session:
    database_url: str
    data: Data
    rollups: RollupWork
    agency: Agency
    targets: Targets
    gunicorn: server.Server
    people: dict[str, server.Person]
    browsers: dict[str, server.Browser]


@contextmanager
def session(
    *,
    cases: int,
    rebuild: bool,
    backfill_days: int,
    backfill_indexes: bool = False,
    port: int,
    workers: int,
    database: str,
) -> Iterator[Session]:
    """Data, rollups, people and a running server with everyone signed in; stopped after."""
    from django.conf import settings

    from backoffice.models import Agency

    data = ensure_data(cases, rebuild=rebuild)
    agency = Agency.objects.get(slug=generate.AGENCIES[0].slug)
    rollups = ensure_rollups(agency, backfill_days, indexes=backfill_indexes)
    targets = pick_targets(agency, data.meta.generated_at)
    caseworker = server.busiest_caseworker(agency)
    people = {
        "caseworker": server.with_password(caseworker),
        "manager": server.with_password(server.agency_manager(agency)),
    }
    server.collect_static(Path(settings.VAR_DIR))
    scratch = Path(tempfile.mkdtemp(prefix="bench-server-"))
    running = server.Server(
        database_url=database,
        var_dir=Path(settings.VAR_DIR),
        scratch=scratch,
        port=port,
        workers=workers,
    )
    browsers: dict[str, server.Browser] = {}
    try:
        running.start()
        for who, person in people.items():
            browsers[who] = server.signed_in(running, person)
        browsers["public"] = server.Browser(running)
        yield Session(database, data, rollups, agency, targets, running, people, browsers)
    finally:
        for browser in browsers.values():
            browser.close()
        running.stop()
        shutil.rmtree(scratch, ignore_errors=True)


# Results ---------------------------------------------------------------------------------------


def record(run: Session, extra: dict[str, Any]) -> dict[str, Any]:
    """What every page benchmark against the server records beside its figures."""
    from django.db import connection

    from bench.sla_sweep import machine

    meta = run.data.meta
    return {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": connection.settings_dict["NAME"],
        "git_commit": common.git_commit(),
        "machine": machine(),
        "database_size": common.database_size(),
        "data": {
            "cases": meta.cases,
            "agencies": len(generate.AGENCIES),
            "measured_agency": run.agency.slug,
            "measured_agency_cases": run.agency.cases.count(),
            "reused": run.data.reused,
            "generated_at": meta.generated_at.isoformat(timespec="seconds"),
            "generation_seconds": round(meta.seconds, 1),
        },
        "rollups": {
            "last_days": run.rollups.last_days,
            "agency_days_built": run.rollups.agency_days_built,
            "agency_days_kept": run.rollups.agency_days_kept,
            "seconds": run.rollups.seconds,
            "backfill_extra_indexes": run.rollups.indexes,
        },
        "server": {
            "software": "gunicorn",
            "workers": run.gunicorn.workers,
            "worker_class": "sync",
            "settings": "DEBUG=false, BEHIND_TLS_PROXY=true, SERVER_TIMING=true",
            "cache_url": server.cache_url() or "none (per-process cache, sessions in the database)",
            "static_files": server.STATIC_STORAGE,
        },
        "people": {
            who: {"email": person.email, "user_id": person.user_id}
            for who, person in run.people.items()
        },
        **extra,
    }


def run(options: Options) -> dict[str, Any]:
    with session(
        cases=options.cases,
        rebuild=options.rebuild,
        backfill_days=options.backfill_days,
        backfill_indexes=options.backfill_indexes,
        port=options.port,
        workers=options.workers,
        database=options.database_url,
    ) as running:
        return measure_all(running, options)


def measure_all(running: Session, options: Options) -> dict[str, Any]:
    from django.urls import reverse

    cursor, depth = deep_cursor(running.browsers["caseworker"], reverse("case_list"), DEEP_PAGES)
    found = probes(running.agency, running.targets, deep_cursor=cursor, deep_depth=depth)
    load_before = [round(load, 2) for load in os.getloadavg()]
    figures: dict[str, dict[str, Any]] = {}
    for probe in found:
        figures[probe.name] = measure(running.browsers[probe.who], probe, options)
        page = figures[probe.name]
        print(
            f"  {probe.name}: p50 {page['p50_ms']} ms, p95 {page['p95_ms']} ms, "
            f"{page['queries']} queries, status {page['status']}"
        )
    report = record(
        running,
        {
            "benchmark": "workspace",
            "samples_per_page": options.samples,
            "warmup_per_page": options.warmup,
            "targets_ms": TARGETS_MS,
            "case_page_max_queries": CASE_PAGE_MAX_QUERIES,
            "targets": {
                "reference": running.targets.reference,
                "customer_name": running.targets.customer_name,
                "word": running.targets.word,
                "case_id": running.targets.case_id,
                "case_events": running.targets.case_events,
                "deep_pages_followed": depth,
            },
            "pages": figures,
        },
    )
    report["machine"]["load_average_before_pages"] = load_before
    if any(status >= 500 for page in figures.values() for status in page["status"]):
        report["server_log_tail"] = running.gunicorn.log_tail(40).splitlines()
    missed = [name for name, page in figures.items() if not page["met"]]
    report["met"] = not missed
    report["missed"] = missed
    report["slowest_p95"] = sorted(figures, key=lambda name: -figures[name]["p95_ms"])[:5]
    return report


def summary(report: dict[str, Any]) -> str:
    lines = [
        f"{report['data']['cases']:,} cases; load average "
        f"{report['machine']['load_average_1_5_15']}",
        f"{'page':34} {'p50':>8} {'p95':>8} {'max':>8} {'target':>7} {'queries':>8} "
        f"{'bytes':>9}  status",
    ]
    for name, page in report["pages"].items():
        target = page["target_p95_ms"]
        lines.append(
            f"{name:34} {page['p50_ms']:8.1f} {page['p95_ms']:8.1f} {page['max_ms']:8.1f} "
            f"{(f'{target:.0f}' if target else '-'):>7} {page['queries'] or 0:8d} "
            f"{page['bytes']:9d}  {page['status']} {'ok' if page['met'] else 'MISSED'}"
        )
    lines.append(f"Missed: {', '.join(report['missed']) or 'none'}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    return common.main(
        "workspace",
        database_url=options.database_url,
        output=options.output,
        run=lambda: run(options),
        summary=summary,
        errors=(server.ServerError,),
    )


if __name__ == "__main__":
    sys.exit(main())
