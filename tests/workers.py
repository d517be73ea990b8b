"""A broker of its own for each test that runs real Celery processes.

Beat sends its sweeps to the default queue, which a test cannot rename, so a worker of
another test (or another run) on the same broker could take them. Each test gets a fresh
folder, or a Redis database kept for its module and held by one run at a time.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
import redis

from .backoffice.test_worker import reachable, redis_url

# The project's broker is Redis database 0 and CI's 5. Each module of worker tests empties
# a database of its own, listed here so no two modules share one.
SLA_REDIS_DB = 9
OFFERS_REDIS_DB = 10
FEEDBACK_REDIS_DB = 11
# Kept in the database it guards: runs of one module wait for each other, not for other modules.
LOCK = "worker-tests:lock"
LOCK_SECONDS = 900


@contextmanager
def redis_database_held(url: str) -> Iterator[None]:
    """Hold the Redis database *url* for one test, emptied of what earlier runs left in it."""
    client = redis.Redis.from_url(url)
    token = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex}"
    deadline = time.monotonic() + LOCK_SECONDS
    while not client.set(LOCK, token, nx=True, ex=LOCK_SECONDS):
        if time.monotonic() > deadline:
            pytest.fail(f"{url} stayed held by another run of these tests ({client.get(LOCK)!r})")
        time.sleep(0.5)
    try:
        # Messages left by an earlier run (a sweep, a heartbeat, a killed worker's unacked
        # message) would run against this test's database. Other keys belong to whoever made them.
        for pattern in ("celery*", "email*", "unacked*"):
            for key in client.scan_iter(match=pattern):
                client.delete(key)
        yield
    finally:
        if client.get(LOCK) == token.encode():
            client.delete(LOCK)


def own_broker(kind: str, tmp_path: Path, redis_db: int) -> Iterator[str]:
    """A broker URL for one test: a fresh folder, or Redis database *redis_db* held for it.

    For a fixture parametrised with "filesystem" and "redis": ``yield from own_broker(...)``.
    """
    if kind == "filesystem":
        yield f"filesystem://{tmp_path / 'broker'}"
        return
    url = f"redis://{urlparse(redis_url()).netloc}/{redis_db}"
    if not reachable(url):
        if os.environ.get("CELERY_BROKER_URL", "").startswith("redis://"):
            pytest.fail(f"the configured Redis server {url} is not reachable")
        pytest.skip(
            "needs Redis on 127.0.0.1:6379 (set CELERY_BROKER_URL=redis://... to require it)"
        )
    with redis_database_held(url):
        yield url
