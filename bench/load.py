"""A caseworker's day at a fixed rate against the real server: does it hold, and how fast?

Run it with ``make bench-load`` or ``python -m bench.load [--small] [--rate 50]
[--duration 60] [--concurrency 16]``.

It starts the same server as :mod:`bench.workspace` (gunicorn on 127.0.0.1, two sync
workers, production settings), with the same data, people and sign-in, then sends a
mix of a caseworker's requests at a fixed rate for a fixed time, open loop: request *i*
is due at ``i / rate`` seconds whatever happened to the ones before, so a slow server
gets a queue, not a pause. Its latency is counted from that due time, so waiting in the
queue is in it; the server's own time for the request (``service``) is recorded beside it.
The number of requests is bounded (rate times duration, at most ``MAX_REQUESTS``), they go
only to 127.0.0.1, and one still waiting for a free thread 30 s after its due time is not
sent (it is counted under ``errors_by_kind``), so a server that cannot keep up ends the run
soon after its duration rather than long after.

Before the clock starts, every kind of request is sent ``--warmup`` times (default 5) from
as many threads as the server has workers, untimed, as :mod:`bench.workspace` warms each
page: a server in service has read its templates and filled its per-process caches, and a
cold start's first slow seconds would otherwise queue every request after them.

The mix (weights out of 100): my cases 20, a case page 30 (the caseworker's open cases
and the agency's recent ones), the team list with filters 15, a search 15 (reference,
customer name or a word), a note on one of the caseworker's cases 7, a new case 3, the
manager's dashboard 5, the REST case list 5. The results go to ``bench/results/load.json``:
p50, p95, p99 and max over all requests and per kind, the achieved rate, and errors by kind
(an HTTP status of 400 or more, or the exception a request raised).
"""

from __future__ import annotations

import argparse
import queue
import random
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import common, generate, server, workspace

if TYPE_CHECKING:
    from backoffice.models import Agency

RESULTS_PATH = Path(__file__).resolve().parent / "results" / "load.json"
MAX_REQUESTS = 20_000
# A request still waiting for a free thread this long after its due time is not sent: the
# run ends soon after its duration even when the server cannot keep up.
GRACE_SECONDS = 30.0
NOT_SENT = "not sent: over 30 s behind"
TARGET_P95_MS = 300.0
# The run's latency is also given per window of this many seconds of due time, to show
# when a queue built up and how long it took to drain.
WINDOW_SECONDS = 5
# What a caseworker does in a day, by weight; the manager looks at the dashboard now and then.
MIX = (
    ("my_cases", 20),
    ("case_page", 30),
    ("team_list", 15),
    ("search", 15),
    ("note", 7),
    ("new_case", 3),
    ("dashboard", 5),
    ("api_cases", 5),
)


@dataclass(frozen=True)
class Options:
    cases: int
    rebuild: bool
    rate: float
    duration: float
    concurrency: int
    backfill_days: int
    port: int
    workers: int
    seed: int
    database_url: str
    output: Path
    backfill_indexes: bool = False
    warmup: int = 5


def parse_options(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(description="A caseworker's day at a fixed request rate.")
    workspace.add_common_options(parser)
    parser.add_argument("--rate", type=float, default=50.0, help="requests per second")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of sending")
    parser.add_argument("--concurrency", type=int, default=16, help="client threads")
    parser.add_argument("--seed", type=int, default=1, help="seed of the request mix")
    parser.add_argument(
        "--warmup",
        type=int,
        default=5,
        help="untimed rounds of every kind of request before the run (default %(default)s)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="results JSON file")
    args = parser.parse_args(argv)
    if args.rate <= 0 or args.duration <= 0:
        parser.error("--rate and --duration must be positive")
    return Options(
        cases=args.cases or (generate.SMALL if args.small else generate.FULL),
        rebuild=args.rebuild,
        rate=args.rate,
        duration=args.duration,
        concurrency=max(args.concurrency, 1),
        backfill_days=max(args.backfill_days, 1),
        port=args.port,
        workers=max(args.workers, 1),
        seed=args.seed,
        database_url=args.database_url or workspace.database_url(args.small),
        output=args.output,
        backfill_indexes=args.backfill_indexes,
        warmup=max(args.warmup, 0),
    )


# The day's requests -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """Everything the mix needs, read from the data before the clock starts."""

    my_case_ids: list[int]
    case_ids: list[int]
    service_ids: list[int]
    searches: list[str]
    targets: workspace.Targets
    urls: dict[str, str]


def make_plan(agency: Agency, targets: workspace.Targets, caseworker_id: int) -> Plan:
    from django.urls import reverse

    from cases.models import Case, Service
    from cases.models.case import OPEN_STATUSES

    cases = Case.objects.filter(agency=agency)
    mine = list(
        cases.filter(assignee_id=caseworker_id, status__in=OPEN_STATUSES).values_list(
            "pk", flat=True
        )[:200]
    )
    recent = list(cases.order_by("-created_at").values_list("pk", flat=True)[:300])
    return Plan(
        my_case_ids=mine or recent[:10],
        case_ids=[*mine, *recent, targets.case_id],
        service_ids=list(Service.objects.filter(agency=agency).values_list("pk", flat=True)),
        searches=[targets.reference, targets.customer_name, targets.word],
        targets=targets,
        urls={
            name: reverse(name)
            for name in ("my_cases", "case_list", "case_new", "reports_dashboard", "api_case_list")
        },
    )


Request = Callable[[server.Browser], server.Reply]


def request_for(kind: str, plan: Plan, rng: random.Random, n: int) -> tuple[str, Request]:
    """Who sends request number *n* of *kind*, and how."""
    if kind == "my_cases":
        return "caseworker", lambda b: b.get(plan.urls["my_cases"])
    if kind == "case_page":
        pk = rng.choice(plan.case_ids)
        return "caseworker", lambda b: b.get(f"/cases/{pk}/")
    if kind == "team_list":
        filters = {"status": "open", "service": str(rng.choice(plan.service_ids)), "sort": "due"}
        return "caseworker", lambda b: b.get(plan.urls["case_list"], filters)
    if kind == "search":
        q = {"status": "", "q": rng.choice(plan.searches)}
        return "caseworker", lambda b: b.get(plan.urls["case_list"], q)
    if kind == "note":
        pk = rng.choice(plan.my_case_ids)
        body = {"note-body": f"Called the customer back ({n})."}
        return "caseworker", lambda b: b.post(f"/cases/{pk}/note/", body)
    if kind == "new_case":
        form = workspace.new_case_form(plan.targets, n)
        return "caseworker", lambda b: b.post(plan.urls["case_new"], form)
    if kind == "dashboard":
        return "manager", lambda b: b.get(plan.urls["reports_dashboard"])
    return "caseworker", lambda b: b.get(plan.urls["api_case_list"])


@dataclass(frozen=True)
class Outcome:
    kind: str
    due: float
    latency_ms: float
    service_ms: float
    status: int | None
    error: str | None


# Request numbers of the warm-up start here, so its new cases and notes differ from the run's.
WARMUP_FIRST_N = 1_000_000


def warm_up(run: workspace.Session, options: Options, plan: Plan) -> int:
    """Untimed rounds of every kind of request, from as many threads as the server has
    workers, so that each worker has read its templates, URL patterns and per-process
    caches before the clock starts, as a server in service has (the workspace benchmark
    warms each page the same way). A cold start is not a steady day: its first seconds
    of slow answers would queue every request after them. Returns the requests sent."""
    kinds = [kind for kind, _weight in MIX] * options.warmup
    sent: list[int] = []

    def send_all(thread: int) -> None:
        browsers = {who: server.Browser(run.gunicorn) for who in run.browsers}
        for who, signed in run.browsers.items():
            browsers[who].cookies = dict(signed.cookies)
        for index, kind in enumerate(kinds):
            n = WARMUP_FIRST_N + thread * len(kinds) + index
            who, send = request_for(kind, plan, random.Random(f"warm-up-{n}"), n)
            send(browsers[who])
            sent.append(n)
        for browser in browsers.values():
            browser.close()

    threads = [
        threading.Thread(target=send_all, args=(n,), daemon=True) for n in range(options.workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(sent)


def run_load(run: workspace.Session, options: Options, plan: Plan) -> list[Outcome]:
    """Send the mix open loop: request *i* is due at i / rate after the start."""
    rng = random.Random(options.seed)
    kinds, weights = zip(*MIX, strict=True)
    total = min(int(options.rate * options.duration), MAX_REQUESTS)
    work: queue.Queue[tuple[int, str, float] | None] = queue.Queue()
    outcomes: list[Outcome] = []
    start = time.perf_counter() + 0.5
    threads = [
        threading.Thread(
            target=_worker, args=(run, plan, options.seed, start, work, outcomes), daemon=True
        )
        for _n in range(options.concurrency)
    ]
    for thread in threads:
        thread.start()
    for n in range(total):
        work.put((n, rng.choices(kinds, weights)[0], start + n / options.rate))
    for _thread in threads:
        work.put(None)
    ends = time.perf_counter() + options.duration + GRACE_SECONDS + 150
    for thread in threads:
        thread.join(timeout=max(ends - time.perf_counter(), 0))
    return list(outcomes)


def _worker(
    run: workspace.Session,
    plan: Plan,
    seed: int,
    start: float,
    work: queue.Queue[tuple[int, str, float] | None],
    outcomes: list[Outcome],
) -> None:
    """Take due requests off the queue until told to stop; each thread has its own
    connections, with the cookies of the people signed in."""
    browsers = {}
    for who, signed in run.browsers.items():
        browsers[who] = server.Browser(run.gunicorn)
        browsers[who].cookies = dict(signed.cookies)
    while (item := work.get()) is not None:
        n, kind, due = item
        who, send = request_for(kind, plan, random.Random(f"{seed}-{n}"), n)
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        elif -wait > GRACE_SECONDS:
            # The server is this far behind: the request is not sent, and counted as such.
            outcomes.append(Outcome(kind, due - start, 0.0, 0.0, None, NOT_SENT))
            continue
        began = time.perf_counter()
        status, error = None, None
        try:
            status = send(browsers[who]).status
            error = f"HTTP {status}" if status >= 400 else None
        except Exception as exc:  # every failure is counted, none stops the run
            error = exc.__class__.__name__
            browsers[who].close()
        ended = time.perf_counter()
        # list.append is atomic: the threads need no lock to record.
        outcomes.append(
            Outcome(kind, due - start, (ended - due) * 1000, (ended - began) * 1000, status, error)
        )
    for browser in browsers.values():
        browser.close()


# Results --------------------------------------------------------------------------------------


def figures(outcomes: list[Outcome], options: Options, wall_seconds: float) -> dict[str, Any]:
    errors = Counter(f"{o.kind}: {o.error}" for o in outcomes if o.error)
    outcomes = [o for o in outcomes if o.error != NOT_SENT]
    ms = [o.latency_ms for o in outcomes]
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.kind].append(outcome)
    overall = common.latencies(ms, p99=True) if ms else {}
    achieved = len(outcomes) / wall_seconds if wall_seconds else 0.0
    return {
        "requests_planned": min(int(options.rate * options.duration), MAX_REQUESTS),
        "requests_done": len(outcomes),
        "rate_asked_per_s": options.rate,
        "rate_achieved_per_s": round(achieved, 1),
        "wall_seconds": round(wall_seconds, 1),
        "latency": overall,
        "service": common.latencies([o.service_ms for o in outcomes], p99=True) if ms else {},
        "errors": sum(errors.values()),
        "errors_by_kind": dict(errors.most_common()),
        "kinds": {
            kind: {
                "requests": len(found),
                **common.latencies([o.latency_ms for o in found], p99=True),
                "status": dict(Counter(str(o.status) for o in found)),
            }
            for kind, found in sorted(by_kind.items())
        },
        "windows": _windows(outcomes),
        "target_p95_ms": TARGET_P95_MS,
        "met": bool(ms)
        and not errors
        and overall["p95_ms"] < TARGET_P95_MS
        and achieved >= 0.95 * options.rate,
    }


def _windows(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    """Latency per WINDOW_SECONDS of due time: requests sent, p50, p95, max."""
    by_window: dict[int, list[float]] = defaultdict(list)
    for outcome in outcomes:
        by_window[int(outcome.due // WINDOW_SECONDS)].append(outcome.latency_ms)
    return [
        {"from_s": n * WINDOW_SECONDS, "requests": len(ms), **common.latencies(ms)}
        for n, ms in sorted(by_window.items())
    ]


def summary(report: dict[str, Any]) -> str:
    latency = report["latency"]
    lines = [
        f"{report['data']['cases']:,} cases; {report['requests_done']} requests at "
        f"{report['rate_achieved_per_s']}/s (asked {report['rate_asked_per_s']}/s); "
        f"load average {report['machine']['load_average_1_5_15']}",
        f"All: p50 {latency.get('p50_ms')} ms, p95 {latency.get('p95_ms')} ms, "
        f"p99 {latency.get('p99_ms')} ms, max {latency.get('max_ms')} ms; "
        f"{report['errors']} errors {report['errors_by_kind'] or ''}",
    ]
    for kind, found in report["kinds"].items():
        lines.append(
            f"  {kind:12} {found['requests']:5d} requests, p50 {found['p50_ms']} ms, "
            f"p95 {found['p95_ms']} ms, p99 {found['p99_ms']} ms, status {found['status']}"
        )
    windows = " ".join(f"{w['p95_ms']:.0f}" for w in report.get("windows", []))
    lines.append(f"  p95 per {WINDOW_SECONDS} s of the run (ms): {windows}")
    lines.append(
        f"Target: p95 under {report['target_p95_ms']:.0f} ms at the asked rate, no errors: "
        f"{'met' if report['met'] else 'MISSED'}"
    )
    return "\n".join(lines)


def run(options: Options) -> dict[str, Any]:
    with workspace.session(
        cases=options.cases,
        rebuild=options.rebuild,
        backfill_days=options.backfill_days,
        backfill_indexes=options.backfill_indexes,
        port=options.port,
        workers=options.workers,
        database=options.database_url,
    ) as running:
        plan = make_plan(running.agency, running.targets, running.people["caseworker"].user_id)
        warmed = warm_up(running, options, plan)
        print(f"Warmed up: {warmed} untimed requests, {options.warmup} of each kind per worker")
        print(
            f"Sending {min(int(options.rate * options.duration), MAX_REQUESTS)} requests at "
            f"{options.rate}/s with {options.concurrency} threads"
        )
        outcomes = run_load(running, options, plan)
        # From the first request's due time to the last answer.
        wall = max(
            (o.due + o.latency_ms / 1000 for o in outcomes if o.error != NOT_SENT), default=0.0
        )
        found = figures(outcomes, options, wall)
        if any(o.status is not None and o.status >= 500 for o in outcomes):
            found["server_log_tail"] = running.gunicorn.log_tail(40).splitlines()
        return workspace.record(
            running,
            {
                "benchmark": "load",
                "mix": dict(MIX),
                "concurrency": options.concurrency,
                "duration_s": options.duration,
                "warmup_requests": warmed,
                **found,
            },
        )


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(argv)
    return common.main(
        "load",
        database_url=options.database_url,
        output=options.output,
        run=lambda: run(options),
        summary=summary,
        errors=(server.ServerError,),
    )


if __name__ == "__main__":
    sys.exit(main())
