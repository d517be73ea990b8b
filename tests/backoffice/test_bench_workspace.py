"""The workspace and load benchmarks end to end on a small generated office: a real
gunicorn server on the test database, both people signed in through the log-in form, every
page answered as a person would see it, with the query count the server reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.conf import global_settings
from django.db import connection

from bench import generate, load, workspace

from ..conftest import database_url

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


@pytest.fixture
def office(settings: Any) -> generate.Generated:
    # The server checks passwords with the production hashers, not the tests' fast one.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    generated = generate.generate(cases=300, seed=5, progress=lambda _line: None, presence_days=7)
    generate.write_meta(generated)
    yield generated
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {generate.META_TABLE}")


def test_every_page_is_timed_against_the_server_with_its_query_count(
    office: generate.Generated, tmp_path: Path
) -> None:
    options = workspace.Options(
        cases=300,
        rebuild=False,
        samples=1,
        warmup=0,
        backfill_days=3,
        port=0,
        workers=1,
        database_url=database_url(),
        output=tmp_path / "workspace.json",
    )
    report = workspace.run(options)
    pages = report["pages"]
    assert set(pages) >= {
        "my_cases",
        "team_list_open_service_by_due",
        "search_reference",
        "search_customer_name",
        "search_word",
        "case_page_longest_timeline",
        "case_new_submit",
        "open311_requests",
        "api_cases",
        "dashboard_default_28_days",
        "dashboard_csv_summary_quarter",
        "people",
    }
    # Signed in (no redirect to the log-in page), and every page answered as it should.
    statuses = {name: page["status"] for name, page in pages.items()}
    expected = {name: [302 if name == "case_new_submit" else 200] for name in pages}
    assert statuses == expected, report.get("server_log_tail")
    assert all(page["queries"] and page["queries"] > 0 for page in pages.values())
    assert report["targets"]["reference"] in json.dumps(pages["search_reference"]["params"])
    assert report["data"]["cases"] == 300
    # The form's POST opened a case, through the real server, for the signed-in caseworker.
    from cases.models import Case

    assert Case.objects.filter(
        created_by_id=report["people"]["caseworker"]["user_id"], subject__startswith="Phoned"
    ).exists()


def test_the_load_scenario_warms_every_worker_then_sends_its_mix_open_loop(
    office: generate.Generated, tmp_path: Path
) -> None:
    options = load.Options(
        cases=300,
        rebuild=False,
        rate=20.0,
        duration=3.0,
        concurrency=4,
        backfill_days=3,
        port=0,
        workers=2,
        seed=3,
        database_url=database_url(),
        output=tmp_path / "load.json",
        warmup=1,
    )
    report = load.run(options)
    assert report["warmup_requests"] == len(load.MIX) * options.workers
    assert report["requests_done"] == 60
    assert report["errors"] == 0, report["errors_by_kind"]
    windows = report["windows"]
    assert [w["from_s"] for w in windows] == [0]  # three seconds of due times: one window
    assert sum(w["requests"] for w in windows) == 60
    assert windows[0]["p95_ms"] <= windows[0]["max_ms"]
    assert {"p50_ms", "p95_ms", "p99_ms", "max_ms"} <= set(report["latency"])
