"""What the page benchmarks share: percentiles, the report rollups, static files, the record.

``bench.reports`` times the report pages in-process; ``bench.workspace`` and ``bench.load``
time every page a caseworker and a manager use against a real server. They measure the
same data set (:mod:`bench.generate`) the same way, so their figures sit side by side.
Django must be set up (``generate.configure_django``) before any of these runs.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backoffice.models import Agency

ROOT = Path(__file__).resolve().parent.parent


def nearest_rank(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    rank = max(-(-percent * len(ordered) // 100), 1)
    return ordered[rank - 1]


def latencies(ms: list[float], *, p99: bool = False) -> dict[str, float]:
    """p50, p95 (and p99) and max of timings in milliseconds, rounded to 0.1 ms."""
    found = {
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(nearest_rank(ms, 95), 1),
    }
    if p99:
        found["p99_ms"] = round(nearest_rank(ms, 99), 1)
    found["max_ms"] = round(max(ms), 1)
    return found


def last_quarter(today: date) -> tuple[date, date]:
    """The first and last day of the last whole calendar quarter before *today*."""
    first_month = 3 * ((today.month - 1) // 3) + 1
    this_quarter = date(today.year, first_month, 1)
    last_day = this_quarter - timedelta(days=1)
    return date(last_day.year, 3 * ((last_day.month - 1) // 3) + 1, 1), last_day


def busiest(agency: Agency) -> dict[str, str]:
    """The agency's busiest service and team, and the web channel, for the filtered runs."""
    from django.db.models import Count

    from cases.models import Case

    recent = Case.objects.filter(agency=agency).order_by()
    service = recent.values("service_id").annotate(n=Count("id")).order_by("-n").first()
    team = recent.values("team_id").annotate(n=Count("id")).order_by("-n").first()
    return {
        "service": str(service["service_id"]) if service else "",
        "team": str(team["team_id"]) if team else "",
        "channel": "web",
    }


def collect_static() -> str:
    """Collect the static files as a deployment does, and say which storage pages use.

    With DEBUG off, pages name the hashed files of the manifest, which exists only after
    collectstatic. If collecting fails, pages fall back to plain static URLs (a manifest
    lookup is a dictionary lookup, so the timings barely differ) and the reason is kept.
    """
    from django.conf import settings
    from django.core.management import CommandError, call_command
    from django.test.utils import override_settings

    if settings.DEBUG:
        return "debug"
    print(f"Collecting static files into {settings.STATIC_ROOT}")
    try:
        call_command("collectstatic", interactive=False, verbosity=0)
    except CommandError as error:
        reason = str(error).splitlines()[0]
        print(f"collectstatic failed, plain static URLs used instead: {reason}")
        storages = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        override_settings(STORAGES=storages).enable()
        return f"plain (collectstatic failed: {reason})"
    return "manifest"


def backfill_agencies(
    agencies: list[Agency],
    *,
    now: datetime,
    last_days: int = 0,
    skip_built: bool = False,
) -> tuple[int, int]:
    """Build the rollups with the project's own backfill; returns agency-days built and skipped.

    *last_days* limits it to the last N local days of each agency (0: since its first case).
    With *skip_built*, a day that already has daily rollup rows is left as it is, except
    today and yesterday, which the beat task rebuilds anyway and which may have changed.
    Progress is printed every half minute.
    """
    from backoffice.reports.backfill import backfill
    from backoffice.reports.models import DailyRollup
    from backoffice.reports.rollups import local_day

    started = time.perf_counter()
    last_report = [started]

    def progress(agency: Agency, day: date) -> None:
        if time.perf_counter() - last_report[0] > 30:
            last_report[0] = time.perf_counter()
            print(f"  {agency.slug} {day} ({time.perf_counter() - started:.0f} s)")

    done = skipped = 0
    for agency in agencies:
        today = local_day(agency, now)
        since = today - timedelta(days=last_days - 1) if last_days else None
        if not skip_built or since is None:
            done += backfill(agencies=[agency], now=now, since=since, progress=progress)
            continue
        built = set(
            DailyRollup.objects.filter(agency=agency, day__gte=since, day__lt=today - timedelta(1))
            .values_list("day", flat=True)
            .distinct()
        )
        for missing in _runs(since, today, built):
            done += backfill(
                agencies=[agency], now=now, since=missing[0], until=missing[1], progress=progress
            )
        skipped += len(built)
    return done, skipped


def _runs(first: date, last: date, built: set[date]) -> list[tuple[date, date]]:
    """The runs of consecutive days from *first* to *last* that are not in *built*."""
    runs: list[tuple[date, date]] = []
    day = first
    while day <= last:
        if day in built:
            day += timedelta(days=1)
            continue
        start = day
        while day + timedelta(days=1) <= last and day + timedelta(days=1) not in built:
            day += timedelta(days=1)
        runs.append((start, day))
        day += timedelta(days=1)
    return runs


def git_commit() -> str:
    """The commit measured, with ``+changes`` when the working tree differs from it."""
    git = shutil.which("git")
    if git is None:
        return "unknown"
    try:
        commit = subprocess.run(  # noqa: S603 (fixed arguments)
            [git, "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(  # noqa: S603 (fixed arguments)
            [git, "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit}+changes" if dirty else commit


def database_size() -> dict[str, Any]:
    """The database's size on disk, and the case table's with its indexes."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_database_size(current_database()), pg_total_relation_size('cases_case')"
        )
        total, cases = cursor.fetchone()
    return {"total_mb": round(total / 2**20), "cases_table_mb": round(cases / 2**20)}


@contextmanager
def scratch_var_dir(prefix: str) -> Iterator[Path]:
    """A throwaway VAR_DIR for the run (the static files collected for it), unless one is set."""
    if "VAR_DIR" in os.environ:
        yield Path(os.environ["VAR_DIR"])
        return
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["VAR_DIR"] = str(folder)
    try:
        yield folder
    finally:
        os.environ.pop("VAR_DIR", None)
        shutil.rmtree(folder, ignore_errors=True)


def main(
    name: str,
    *,
    database_url: str,
    output: Path,
    run: Callable[[], dict[str, Any]],
    summary: Callable[[dict[str, Any]], str],
    errors: tuple[type[Exception], ...] = (),
) -> int:
    """Set Django up on *database_url*, *run* the benchmark, write its record and print it.

    The exit status is 2, with the reason on stderr, when the run cannot be made (no
    PostgreSQL, a server that does not start: the *errors* given, besides ``BenchError``).
    """
    from bench import generate

    caught: tuple[type[Exception], ...] = (generate.BenchError, *errors)
    with scratch_var_dir(f"bench-{name}-var-"):
        try:
            generate.configure_django(database_url)
            generate.prepare_database(database_url)
            report = run()
        except caught as error:
            print(f"{name}: {error}", file=sys.stderr)
            return 2
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n")
    print(summary(report))
    print(f"Results written to {output}")
    return 0
