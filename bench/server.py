"""A real server to benchmark against, and people signed in to it through the log-in form.

:class:`Server` runs gunicorn on 127.0.0.1 with the production settings (DEBUG off, a
fresh secret, secure cookies, HSTS, SSL redirect) and ``SERVER_TIMING`` on, so each
response says how many SQL queries it ran. TLS is assumed to end in front of it, as in a
deployment behind a proxy: ``BEHIND_TLS_PROXY`` is on and every request says
``X-Forwarded-Proto: https``, so nothing is redirected and the secure cookies are set.
Celery tasks go to a filesystem broker folder in the run's scratch directory, so no
message leaves the machine and no worker of another database picks one up.

:class:`Browser` is one person on one connection (``http.client``): it keeps its own
cookies (a secure cookie is sent back over plain http here, which a real browser would
refuse, but the connection is TLS in production), signs in with the CSRF token of the log-in
page, and reads the ``Server-Timing`` header of every response.

gunicorn's sync workers close the connection after each response (they do not keep it
alive); :mod:`http.client` opens the next one, which on the loopback costs a fraction of a
millisecond and is inside the timings, as it would be for a browser behind a proxy that does.
"""

from __future__ import annotations

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    from backoffice.models import Agency, User

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
TIMING = re.compile(r'db;dur=([\d.]+);desc="(\d+) quer[^"]*", app;dur=([\d.]+)')
# What backoffice.settings uses with DEBUG off.
STATIC_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class ServerError(Exception):
    """The server did not start, or a person could not sign in."""


def collect_static(var_dir: Path) -> None:
    """Collect the static files into *var_dir* as a deployment does, whatever the settings
    of this process: the server runs with DEBUG off, so its pages name the hashed files of
    the manifest, which exists only after collectstatic with the manifest storage."""
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": STATIC_STORAGE}}
    print(f"Collecting static files into {var_dir / 'staticfiles'}")
    with override_settings(STORAGES=storages, STATIC_ROOT=var_dir / "staticfiles"):
        call_command("collectstatic", interactive=False, verbosity=0)


def cache_url() -> str:
    """The shared cache production runs with (docs/operations.md): BENCH_CACHE_URL if set,
    else Redis on 127.0.0.1:6379 (database 6) when it answers, else none (each process
    caches for itself, and sessions come from the database)."""
    if "BENCH_CACHE_URL" in os.environ:
        return os.environ["BENCH_CACHE_URL"]
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return "redis://127.0.0.1:6379/6"
    except OSError:
        return ""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """gunicorn serving the project on 127.0.0.1:*port* against *database_url*.

    *var_dir* holds the collected static files it serves; *scratch* (a folder of the run)
    its log and broker folder.
    """

    database_url: str
    var_dir: Path
    scratch: Path
    port: int = 0
    workers: int = 2
    process: subprocess.Popen[bytes] | None = None
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.port = self.port or free_port()
        self.log_path = self.scratch / "gunicorn.log"

    @property
    def origin(self) -> str:
        return f"https://{HOST}:{self.port}"

    def environment(self) -> dict[str, str]:
        env = {
            **os.environ,
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "DATABASE_URL": self.database_url,
            "SERVER_TIMING": "true",
            "BEHIND_TLS_PROXY": "true",
            "VAR_DIR": str(self.var_dir),
            "CELERY_BROKER_URL": f"filesystem://{self.scratch / 'broker'}",
            "EMAIL_URL": "consolemail://",
            "LOG_LEVEL": "WARNING",
        }
        env.pop("CELERY_TASK_ALWAYS_EAGER", None)
        cache = cache_url()
        if cache:
            env["CACHE_URL"] = cache
        return env

    def start(self, *, timeout: float = 60.0) -> None:
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "backoffice.wsgi:application",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(self.workers),
            "--worker-class",
            "sync",
            "--timeout",
            "120",
            "--error-logfile",
            str(self.log_path),
        ]
        log: IO[bytes] = self.log_path.open("ab")
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            command,
            cwd=ROOT,
            env=self.environment(),
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        self._wait_ready(timeout)
        print(f"gunicorn ({self.workers} sync workers) listening on {HOST}:{self.port}")

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise ServerError(f"gunicorn exited: see {self.log_path}\n{self.log_tail()}")
            try:
                status = Browser(self).get("/accounts/login/").status
            except OSError:
                status = 0
            if status == 200:
                return
            if status >= 500:
                raise ServerError(f"The log-in page answered {status}\n{self.log_tail()}")
            time.sleep(0.2)
        raise ServerError(f"gunicorn did not answer within {timeout:.0f} s\n{self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the master (it stops its workers); kill the process group if it lingers."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    ms: float
    queries: int | None
    db_ms: float | None
    app_ms: float | None
    location: str


class Browser:
    """One person's connection to the server, with their cookies."""

    def __init__(self, server: Server, *, timeout: float = 120.0) -> None:
        self.server = server
        self.connection = http.client.HTTPConnection(HOST, server.port, timeout=timeout)
        self.cookies: dict[str, str] = {}

    def close(self) -> None:
        self.connection.close()

    def get(self, path: str, params: dict[str, str] | None = None) -> Reply:
        query = f"?{urlencode(params)}" if params else ""
        return self.request("GET", path + query)

    def post(self, path: str, form: dict[str, str]) -> Reply:
        """A form POST as a browser sends it: the CSRF token, and the page's origin."""
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **form}
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": self.server.origin,
            "Referer": self.server.origin + path,
        }
        return self.request("POST", path, body=urlencode(data).encode(), headers=headers)

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        sent = {
            "Host": f"{HOST}:{self.server.port}",
            "X-Forwarded-Proto": "https",
            "Accept": "text/html,application/json;q=0.9,*/*;q=0.8",
            **(headers or {}),
        }
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.perf_counter()
        try:
            response = self._send(method, path, body, sent)
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            # The server closed a connection this side still thought open: once more, anew.
            self.connection.close()
            started = time.perf_counter()
            response = self._send(method, path, body, sent)
        content = response.read()
        ms = (time.perf_counter() - started) * 1000
        self._keep_cookies(response)
        timing = TIMING.search(response.getheader("Server-Timing") or "")
        return Reply(
            status=response.status,
            body=content,
            ms=ms,
            queries=int(timing[2]) if timing else None,
            db_ms=float(timing[1]) if timing else None,
            app_ms=float(timing[3]) if timing else None,
            location=response.getheader("Location") or "",
        )

    def _send(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> http.client.HTTPResponse:
        self.connection.request(method, path, body=body, headers=headers)
        return self.connection.getresponse()

    def _keep_cookies(self, response: http.client.HTTPResponse) -> None:
        for line in response.headers.get_all("Set-Cookie") or []:
            pair, _sep, attributes = line.partition(";")
            name, _eq, value = pair.strip().partition("=")
            if "max-age=0" in attributes.lower().replace(" ", ""):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value.strip('"')

    def sign_in(self, email: str, password: str) -> None:
        """Through the log-in form: its page sets the CSRF cookie, the POST the session."""
        page = self.get("/accounts/login/")
        found = CSRF_FIELD.search(page.body.decode())
        if page.status != 200 or found is None:
            raise ServerError(f"The log-in page answered {page.status} without a CSRF token")
        reply = self.post(
            "/accounts/login/",
            {"csrfmiddlewaretoken": found[1], "username": email, "password": password},
        )
        if reply.status != 302 or "sessionid" not in self.cookies:
            raise ServerError(f"Signing in as {email} answered {reply.status}, not a redirect")


# The people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    email: str
    password: str
    user_id: int


def busiest_caseworker(agency: Agency) -> User:
    """The caseworker of *agency* with the most open cases assigned."""
    from django.db.models import Count

    from backoffice.models import Membership, Role, User
    from cases.models import Case
    from cases.models.case import OPEN_STATUSES

    caseworkers = Membership.objects.filter(agency=agency, role=Role.CASEWORKER).values("user_id")
    found = (
        Case.objects.filter(agency=agency, status__in=OPEN_STATUSES, assignee__in=caseworkers)
        .values("assignee_id")
        .annotate(n=Count("id"))
        .order_by("-n", "assignee_id")
        .first()
    )
    if found is None:
        raise ServerError(f"No caseworker of {agency.slug} has an open case")
    return User.objects.get(pk=found["assignee_id"])


def agency_manager(agency: Agency) -> User:
    from backoffice.models import Membership, Role

    membership = (
        Membership.objects.select_related("user").filter(agency=agency, role=Role.MANAGER).first()
    )
    if membership is None:
        raise ServerError(f"{agency.slug} has no manager")
    return membership.user


def with_password(user: User) -> Person:
    """Give a generated person (made without a usable password) a fresh one for this run."""
    password = secrets.token_urlsafe(18)
    user.set_password(password)
    user.save(update_fields=["password"])
    return Person(email=user.email, password=password, user_id=user.pk)


def signed_in(server: Server, person: Person) -> Browser:
    browser = Browser(server)
    browser.sign_in(person.email, person.password)
    return browser


def reply_summary(reply: Reply) -> dict[str, Any]:
    return {"status": reply.status, "bytes": len(reply.body), "queries": reply.queries}
