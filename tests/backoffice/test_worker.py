"""A real Celery worker, started here as its own process, runs a task that writes to the database.

The test commits (transaction=True) and the worker reads the same test database
file (SQLite) or database (PostgreSQL). A queue of its own keeps any other worker
on the same broker away from the test's messages.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from celery import Celery
from django.conf import settings

from backoffice.models import Heartbeat
from backoffice.settings import celery_broker

from ..conftest import database_url

ROOT = Path(__file__).resolve().parents[2]


def redis_url() -> str:
    configured = os.environ.get("CELERY_BROKER_URL", "")
    return configured if configured.startswith("redis://") else "redis://127.0.0.1:6379/5"


def reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), 1):
            return True
    except OSError:
        return False


@pytest.fixture(params=["filesystem", "redis"])
def broker_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "filesystem":
        return f"filesystem://{tmp_path / 'broker'}"
    url = redis_url()
    if not reachable(url):
        if os.environ.get("CELERY_BROKER_URL", "").startswith("redis://"):
            pytest.fail(f"the configured Redis broker {url} is not reachable")
        pytest.skip(
            "needs Redis on 127.0.0.1:6379 (set CELERY_BROKER_URL=redis://... to require it)"
        )
    return url


@pytest.fixture
def worker(broker_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    queue = f"test-{uuid.uuid4().hex}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": broker_url,
        "VAR_DIR": str(tmp_path / "var"),
    }
    log = (tmp_path / "worker.log").open("w")
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "backoffice",
            "worker",
            "--pool=solo",
            "--queues",
            queue,
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield broker_url, queue
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_heartbeat_task_against_this_database(
    worker: tuple[str, str], tmp_path: Path
) -> None:
    url, queue = worker
    broker, options = celery_broker(url)
    sender = Celery("sender")
    sender.conf.broker_transport_options = options
    # An explicit connection: Celery would otherwise prefer CELERY_BROKER_URL from the environment.
    with sender.connection_for_write(url=broker) as connection:
        sender.send_task("backoffice.tasks.heartbeat", queue=queue, connection=connection)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        beat = Heartbeat.objects.filter(name="celery").first()
        if beat is not None:
            break
        time.sleep(0.25)
    log = (tmp_path / "worker.log").read_text()
    assert beat is not None, f"the worker never wrote the heartbeat; its log:\n{log}"
    assert beat.hostname == socket.gethostname()[:200]
    assert settings.CELERY_BEAT_SCHEDULE["heartbeat"]["schedule"].total_seconds() <= 60
