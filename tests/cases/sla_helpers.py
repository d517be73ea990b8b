"""Real Celery processes for the service-level tests: workers and beat, each its own process.

The processes read the test's database (the test commits, transaction=True) and a
broker of the test's own: beat always sends the sweep to the default queue, which a
test cannot rename, so sharing a broker with other workers would let them take it.
"""

from __future__ import annotations

import ast
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest
import redis
from celery import Celery

from backoffice.settings import celery_broker

from ..conftest import database_url

ROOT = Path(__file__).resolve().parents[2]
# Longest a test waits for one thing to happen before it fails with the processes' logs.
DEADLINE = 90.0
LOG_TAIL = 150
SWEEP_DONE = re.compile(r"Task cases\.tasks\.sla_sweep\[[^\]]+\] succeeded in [\d.]+s: (\{.*\})")
SWEEP_FAILED = re.compile(r"Task cases\.tasks\.sla_sweep\[[^\]]+\] raised")


class CeleryProcesses:
    """Workers and beat started by one test; :meth:`stop` ends every one still running."""

    def __init__(self, broker_url: str, folder: Path) -> None:
        self.broker_url = broker_url
        self.folder = folder
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": broker_url,
            "VAR_DIR": str(folder / "var"),
            "SLA_SWEEP_SECONDS": "1",
            "LOG_LEVEL": "INFO",
        }
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.killed: set[str] = set()
        self._files: list[IO[str]] = []

    def _start(self, name: str, arguments: list[str]) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("w")
        self._files.append(log)
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "celery", "-A", "backoffice", *arguments],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.processes[name] = process
        return process

    def worker(
        self, name: str, *, queues: str = "celery", concurrency: int = 1
    ) -> subprocess.Popen[bytes]:
        """A worker on *queues*; one process (solo pool, so its pid does the work) or prefork."""
        pool = ["--pool=solo"] if concurrency == 1 else ["--pool=prefork", f"-c{concurrency}"]
        return self._start(
            name,
            [
                "worker",
                *pool,
                f"--hostname={name}-{uuid.uuid4().hex[:8]}@%h",
                "--queues",
                queues,
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
        )

    def beat(self) -> subprocess.Popen[bytes]:
        """Beat with the project's schedule; SLA_SWEEP_SECONDS=1 makes it sweep every second."""
        return self._start("beat", ["beat", "--loglevel=INFO"])

    def send(self, task: str, *, times: int = 1) -> None:
        """Put *task* on the default queue *times* times, one right after the other."""
        broker, options = celery_broker(self.broker_url)
        sender = Celery("sender", set_as_current=False)
        sender.conf.broker_transport_options = options
        # An explicit connection: Celery would otherwise prefer CELERY_BROKER_URL from the
        # environment, which is the test process's broker, not this one.
        with sender.connection_for_write(url=broker) as connection:
            for _ in range(times):
                sender.send_task(task, queue="celery", connection=connection)

    def queued(self, queue: str) -> int:
        """How many messages wait in *queue* on this test's broker."""
        if self.broker_url.startswith("redis://"):
            return int(redis.Redis.from_url(self.broker_url).llen(queue))
        folder = Path(self.broker_url.removeprefix("filesystem://"))
        return len(list(folder.glob(f"*.{queue}.msg")))

    def kill(self, name: str) -> None:
        """SIGKILL: no shutdown, no acknowledgement, an open transaction left behind."""
        process = self.processes[name]
        self.killed.add(name)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=DEADLINE)

    def log(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def logs(self) -> str:
        """The end of every process's log, for an assertion message."""
        parts = []
        for name in self.processes:
            lines = self.log(name).splitlines()[-LOG_TAIL:]
            parts.append(f"----- {name} (last {len(lines)} lines) -----\n" + "\n".join(lines))
        return "\n".join(parts)

    def sweeps(self, name: str) -> list[dict[str, int]]:
        """What each sweep the worker *name* finished reported, in order."""
        return [ast.literal_eval(found) for found in SWEEP_DONE.findall(self.log(name))]

    def failed_sweeps(self) -> int:
        return sum(len(SWEEP_FAILED.findall(self.log(name))) for name in self.processes)

    def check_running(self) -> None:
        for name, process in self.processes.items():
            if name not in self.killed and process.poll() is not None:
                pytest.fail(f"{name} stopped with code {process.returncode}:\n{self.logs()}")

    def wait_for(self, condition: Callable[[], Any], what: str, seconds: float = DEADLINE) -> None:
        """Poll *condition* until it holds; fail with the logs after *seconds*."""
        deadline = time.monotonic() + seconds
        while not condition():
            self.check_running()
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} within {seconds:.0f} s; the logs:\n{self.logs()}")
            time.sleep(0.1)

    def __enter__(self) -> CeleryProcesses:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)
        for log in self._files:
            log.close()
