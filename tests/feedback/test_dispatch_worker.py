"""Survey invitations sent by a real Celery worker and beat, through a real (slow) mail relay.

The tests commit (transaction=True), so the worker and beat they start, each its own
process, read the same test database. Each test has a broker of its own (a fresh folder,
or a Redis database kept for these tests) because beat sends the sweep to the default
queue, where another worker on a shared broker could take it. The mail relay is a small
SMTP server run by the test on 127.0.0.1 that answers every message slowly.
"""

from __future__ import annotations

import ast
import email
import email.policy
import re
import select
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from celery import Celery
from django.conf import settings
from django.db import connection
from django.utils import timezone

from backoffice import services as backoffice_services
from backoffice.models import Heartbeat, OutboundEmail, OutboundEmailStatus, Role
from backoffice.settings import celery_broker, mailer
from cases import services as case_services
from cases.models import Case, CaseStatus, Channel, Customer
from feedback.models import InvitationStatus, SkipReason, SurveyInvitation
from feedback.services import dispatch

from ..cases.factories import CaseFactory, CustomerFactory, ServiceFactory
from ..cases.sla_helpers import CeleryProcesses
from ..conftest import member
from ..workers import FEEDBACK_REDIS_DB, own_broker
from .factories import SurveyFactory, SurveyServiceFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

SWEEP_DONE = re.compile(
    r"Task feedback\.tasks\.feedback_sweep\[[^\]]+\] succeeded in [\d.]+s: (\{.*\})"
)
SWEEP_FAILED = re.compile(r"Task feedback\.tasks\.feedback_sweep\[[^\]]+\] raised")
SEND_DONE = re.compile(r"Task backoffice\.tasks\.send_outbound_email\[[^\]]+\] succeeded")
REQUEUE_DONE = re.compile(
    r"Task backoffice\.tasks\.requeue_stale_outbound_email\[[^\]]+\] succeeded in [\d.]+s: (\d+)"
)
OUTBOX_ID = re.compile(r"<outbox\.(\d+)@")


# The mail relay ----------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    outbox_id: int
    to: str
    subject: str
    body: str


class SlowMailRelay:
    """An SMTP server on 127.0.0.1 that waits *delay* seconds before accepting each message.

    A message is delivered when the server answers 250 to its DATA: that reply hands the
    message over (RFC 5321). A client that goes away before the reply has delivered
    nothing, and the server drops the message, as a relay does when the connection is
    lost before the end of the transaction.

    :meth:`hold_after` makes the server keep the next message unanswered once *count*
    messages are delivered, until its client goes away or :meth:`release` is called, so
    a test can kill the sender in the middle of a message; :meth:`hold_quit` does the
    same with the answer to QUIT, after the messages were accepted.
    """

    def __init__(self, *, delay: float) -> None:
        self.delay = delay
        self.delivered: list[Message] = []
        self.dropped: list[Message] = []
        self.holding = threading.Event()
        self.gone = threading.Event()
        self._released = threading.Event()
        self._hold_after: int | None = None
        self._hold_quit = False
        self._lock = threading.Lock()
        relay = self

        class Conversation(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                relay._converse(self)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Conversation)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def hold_after(self, count: int) -> None:
        self._hold_after = count

    def hold_quit(self) -> None:
        """Leave QUIT unanswered: the messages are accepted, the conversation not over."""
        self._hold_quit = True

    def release(self) -> None:
        self._released.set()

    def delivered_ids(self) -> Counter[int]:
        with self._lock:
            return Counter(message.outbox_id for message in self.delivered)

    def stop(self) -> None:
        self._released.set()
        self._server.shutdown()
        self._server.server_close()

    def _converse(self, conversation: socketserver.StreamRequestHandler) -> None:
        def reply(line: str) -> None:
            conversation.wfile.write(line.encode() + b"\r\n")

        reply("220 127.0.0.1 slow relay")
        while line := conversation.rfile.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                reply("250 127.0.0.1")
            elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                reply("250 OK")
            elif verb == b"DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                if not self._accept(conversation.connection, self._read_data(conversation)):
                    return
                reply("250 OK queued")
            elif verb == b"QUIT":
                if self._hold_quit and self._wait_while_held(conversation.connection):
                    return
                reply("221 Bye")
                return
            else:
                reply("502 Command not implemented")

    @staticmethod
    def _read_data(conversation: socketserver.StreamRequestHandler) -> Message:
        lines = []
        while (line := conversation.rfile.readline()) not in (b".\r\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)
        parsed = email.message_from_bytes(b"".join(lines), policy=email.policy.default)
        found = OUTBOX_ID.search(str(parsed["Message-ID"]))
        assert found, f"a message without the outbox's Message-ID: {parsed['Message-ID']}"
        body = parsed.get_body()
        return Message(
            outbox_id=int(found.group(1)),
            to=str(parsed["To"]),
            subject=str(parsed["Subject"]),
            body=body.get_content() if body is not None else "",
        )

    def _accept(self, client: socket.socket, message: Message) -> bool:
        time.sleep(self.delay)
        if self._should_hold() and self._wait_while_held(client):
            with self._lock:
                self.dropped.append(message)
            return False
        with self._lock:
            self.delivered.append(message)
        return True

    def _wait_while_held(self, client: socket.socket) -> bool:
        """Answer nothing until released or the client is gone; whether it is gone."""
        self.holding.set()
        while not self._released.is_set():
            if _gone(client):
                self.gone.set()
                return True
            time.sleep(0.01)
        return False

    def _should_hold(self) -> bool:
        with self._lock:
            return (
                self._hold_after is not None
                and not self._released.is_set()
                and not self.holding.is_set()
                and len(self.delivered) >= self._hold_after
            )


def _gone(client: socket.socket) -> bool:
    """Whether the client closed its end (a killed process's socket is closed by the kernel)."""
    readable, _, _ = select.select([client], [], [], 0)
    if not readable:
        return False
    try:
        return client.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


# Brokers and processes ---------------------------------------------------------------


@pytest.fixture(params=["filesystem", "redis"])
def broker_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from own_broker(request.param, tmp_path, FEEDBACK_REDIS_DB)


@pytest.fixture
def relay() -> Iterator[SlowMailRelay]:
    server = SlowMailRelay(delay=0.02)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def celery_processes(
    broker_url: str, tmp_path: Path, relay: SlowMailRelay
) -> Iterator[CeleryProcesses]:
    with CeleryProcesses(broker_url, tmp_path) as processes:
        processes.env.update(
            {"EMAIL_URL": relay.url, "FEEDBACK_SWEEP_SECONDS": "1", "SLA_SWEEP_SECONDS": "60"}
        )
        yield processes


def send(
    processes: CeleryProcesses,
    task: str,
    *,
    queue: str = "celery",
    args: list[Any] | None = None,
    **kwargs: Any,
) -> None:
    """Put *task* on *queue* of the test's own broker."""
    broker, options = celery_broker(processes.broker_url)
    sender = Celery("sender", set_as_current=False)
    sender.conf.broker_transport_options = options
    with sender.connection_for_write(url=broker) as channel:
        sender.send_task(task, args=args, kwargs=kwargs, queue=queue, connection=channel)


def wait_for_worker(processes: CeleryProcesses) -> None:
    """The worker is consuming once a heartbeat sent through the broker reaches the database."""
    send(processes, "backoffice.tasks.heartbeat")
    processes.wait_for(Heartbeat.objects.filter(name="celery").exists, "heartbeat from the worker")


def sweeps(processes: CeleryProcesses) -> list[dict[str, int]]:
    found = [SWEEP_DONE.findall(processes.log(name)) for name in processes.processes]
    return [ast.literal_eval(result) for results in found for result in results]


def failed_sweeps(processes: CeleryProcesses) -> int:
    return sum(len(SWEEP_FAILED.findall(processes.log(name))) for name in processes.processes)


def invitation_emails() -> Counter[int]:
    """How many outbox rows each invitation has, by the outbox row's invitation."""
    rows = OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    return Counter(int(pk) for pk in rows.values_list("related_id", flat=True))


def outbox_ids() -> set[int]:
    rows = OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    return set(rows.values_list("pk", flat=True))


def all_sent(relay: SlowMailRelay, count: int) -> bool:
    rows = OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    done = rows.filter(status=OutboundEmailStatus.SENT).count() == count
    return done and sum(relay.delivered_ids().values()) >= count


def assert_delivered_once_each(relay: SlowMailRelay, invitations: list[SurveyInvitation]) -> None:
    """One outbox row per invitation, sent; the relay took each exactly once, none other."""
    assert invitation_emails() == Counter(invitation.pk for invitation in invitations)
    rows = OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    assert set(rows.values_list("status", flat=True)) == {OutboundEmailStatus.SENT}
    delivered = relay.delivered_ids()
    twice = [pk for pk, count in delivered.items() if count > 1]
    assert twice == [], f"{len(twice)} emails delivered more than once, e.g. {twice[:5]}"
    assert set(delivered) == outbox_ids(), "an email was lost, or one not in the outbox came"
    sent = SurveyInvitation.objects.filter(pk__in=[i.pk for i in invitations])
    assert set(sent.values_list("status", flat=True)) == {InvitationStatus.SENT}
    by_email = dict(sent.values_list("email_id", "customer__email"))
    assert {message.outbox_id: message.to for message in relay.delivered} == by_email


# The tests ---------------------------------------------------------------------------


def test_beat_sends_each_closed_cases_invitation_once(
    celery_processes: CeleryProcesses, relay: SlowMailRelay, agency: Any
) -> None:
    service = ServiceFactory(agency=agency, name="Pothole repair")
    survey = SurveyFactory(agency=agency, title="How did we do?")
    SurveyServiceFactory(survey=survey, service=service, delay_hours=0)
    caseworker = member(agency, Role.CASEWORKER)
    celery_processes.worker("worker", queues="celery,email")
    celery_processes.beat()
    wait_for_worker(celery_processes)

    def closed_case(customer: Customer) -> Case:
        case = case_services.case_open(
            agency=agency,
            service=service,
            channel=Channel.PHONE,
            subject="Pothole on Elm Street",
            customer=customer,
            actor=caseworker,
        )
        case = case_services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Filled.", actor=caseworker
        )
        return case_services.case_close(case=case, actor=caseworker)

    cases = [closed_case(CustomerFactory.create(agency=agency)) for _ in range(5)]
    declined = closed_case(CustomerFactory.create(agency=agency, survey_consent=False))
    # Closed again after a reopen: still one invitation.
    case_services.case_reopen(case=cases[0], actor=caseworker, reason="Not fixed")
    closed_case_again = case_services.case_change_status(
        case=Case.objects.get(pk=cases[0].pk),
        status=CaseStatus.RESOLVED,
        resolution="Filled again.",
        actor=caseworker,
    )
    case_services.case_close(case=closed_case_again, actor=caseworker)

    invitations = list(SurveyInvitation.objects.filter(case__in=cases))
    assert len(invitations) == len(cases)
    celery_processes.wait_for(lambda: all_sent(relay, len(cases)), "every invitation delivered")
    # Beat goes on sweeping; nothing is due any more, so nothing more is sent.
    swept = len(sweeps(celery_processes))
    celery_processes.wait_for(
        lambda: len(sweeps(celery_processes)) >= swept + 3, "three more sweeps by beat"
    )
    celery_processes.stop()

    assert failed_sweeps(celery_processes) == 0, celery_processes.logs()
    assert_delivered_once_each(relay, invitations)
    assert sum(result["sent"] for result in sweeps(celery_processes)) == len(cases)
    skipped = SurveyInvitation.objects.get(case=declined)
    assert (skipped.status, skipped.skip_reason) == (InvitationStatus.SKIPPED, SkipReason.DECLINED)
    message = relay.delivered[0]
    assert "How did we do?" in message.subject
    assert f"{settings.SITE_URL}/survey/" in message.body


def due_invitations(agency: Any, count: int) -> list[SurveyInvitation]:
    """*count* closed cases, each of its own customer, with an invitation due now.

    Written in bulk, as the close would have written them, because closing hundreds of
    cases one by one would take longer than the sending under test.
    """
    service = ServiceFactory(agency=agency)
    survey = SurveyFactory(agency=agency)
    SurveyServiceFactory(survey=survey, service=service, delay_hours=0)
    now = timezone.now()
    customers = Customer.objects.bulk_create(CustomerFactory.build_batch(count, agency=agency))
    cases = Case.objects.bulk_create(
        CaseFactory.build(
            agency=agency,
            service=service,
            customer=customer,
            status=CaseStatus.CLOSED,
            resolution="Done.",
            resolved_at=now,
            closed_at=now,
        )
        for customer in customers
    )
    return SurveyInvitation.objects.bulk_create(
        SurveyInvitation(
            survey=survey,
            case=case,
            customer=case.customer,
            agency=agency,
            created_at=now,
            due_at=now - timedelta(seconds=1),
        )
        for case in cases
        if case.customer is not None
    )


def test_a_worker_killed_while_sending_neither_loses_nor_duplicates_an_email(
    celery_processes: CeleryProcesses, relay: SlowMailRelay, agency: Any
) -> None:
    invitations = due_invitations(agency, 300)
    # Beat's sweep writes the outbox rows in two batches (200 and 100), each sent by one
    # task over one connection; the kill lands in the middle of a message of the second.
    relay.hold_after(290)
    celery_processes.worker("first", queues="celery,email")
    celery_processes.beat()

    celery_processes.wait_for(relay.holding.is_set, "the relay holding a message", seconds=180)
    celery_processes.kill("first")
    celery_processes.wait_for(relay.gone.is_set, "the relay noticing the sender is gone")

    # Every outbox row was written with its invitation before sending began, and every
    # message the relay accepted was marked sent before the next one started.
    assert invitation_emails() == Counter(invitation.pk for invitation in invitations)
    rows = OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    marked = set(rows.filter(status=OutboundEmailStatus.SENT).values_list("pk", flat=True))
    assert len(marked) == 290
    assert set(relay.delivered_ids()) == marked
    [in_flight] = relay.dropped
    assert rows.get(pk=in_flight.outbox_id).status == OutboundEmailStatus.PENDING

    relay.release()
    celery_processes.worker("second", queues="celery,email")
    # The killed worker's task is gone with it (filesystem) or held unacknowledged for an
    # hour (Redis); beat's requeue of stale rows would send the rest within ten minutes.
    # The test runs it at once, as an operator may after a crash.
    send(celery_processes, "backoffice.tasks.requeue_stale_outbound_email", older_than_seconds=0)
    celery_processes.wait_for(
        lambda: all_sent(relay, len(invitations)), "every invitation delivered", seconds=180
    )
    swept = len(sweeps(celery_processes))
    celery_processes.wait_for(
        lambda: len(sweeps(celery_processes)) >= swept + 2, "two more sweeps by beat"
    )
    celery_processes.stop()

    assert failed_sweeps(celery_processes) == 0, celery_processes.logs()
    assert_delivered_once_each(relay, invitations)
    assert relay.delivered_ids()[in_flight.outbox_id] == 1


def test_a_second_sender_leaves_alone_an_email_another_is_sending(
    celery_processes: CeleryProcesses, relay: SlowMailRelay, agency: Any, settings: Any
) -> None:
    """What stops a redelivered task or the stale requeue from sending a message twice."""
    row = OutboundEmail.objects.create(
        agency=agency, to="ana@example.org", subject="Hello", body="Hi.", kind="test.notice"
    )
    settings.MAILERS = {"default": mailer(relay.url)}
    relay.hold_after(0)
    first_sender = threading.Thread(target=send_in_thread, args=[row.pk])
    first_sender.start()
    celery_processes.worker("worker", queues="email")
    try:
        celery_processes.wait_for(relay.holding.is_set, "the first sender in the middle")
        send(celery_processes, "backoffice.tasks.send_outbound_email", queue="email", args=[row.pk])
        celery_processes.wait_for(
            lambda: SEND_DONE.search(celery_processes.log("worker")),
            "the second sender's task done",
        )
        # Still holding the first: the second sent nothing and counted no attempt.
        assert relay.delivered_ids() == Counter()
        row.refresh_from_db()
        assert (row.status, row.attempts) == (OutboundEmailStatus.PENDING, 1)
    finally:
        relay.release()
        first_sender.join(timeout=30)

    row.refresh_from_db()
    assert row.status == OutboundEmailStatus.SENT
    assert relay.delivered_ids() == Counter({row.pk: 1})


def send_in_thread(email_id: int) -> None:
    try:
        backoffice_services.email_send(email_id=email_id)
    finally:
        connection.close()


def test_a_worker_killed_after_the_relay_accepted_its_message_does_not_send_it_again(
    celery_processes: CeleryProcesses, relay: SlowMailRelay, agency: Any
) -> None:
    """The row is marked sent on the server's acceptance, not after the goodbye (QUIT)."""
    row = OutboundEmail.objects.create(
        agency=agency, to="ana@example.org", subject="Hello", body="Hi.", kind="test.notice"
    )
    relay.hold_quit()
    celery_processes.worker("first", queues="email")
    send(celery_processes, "backoffice.tasks.send_outbound_email", queue="email", args=[row.pk])
    celery_processes.wait_for(relay.holding.is_set, "the relay holding its answer to QUIT")

    row.refresh_from_db()
    assert row.status == OutboundEmailStatus.SENT
    celery_processes.kill("first")
    celery_processes.wait_for(relay.gone.is_set, "the relay noticing the sender is gone")
    relay.release()

    # The task again (as a broker redelivers it), and the requeue of whatever is pending.
    celery_processes.worker("second", queues="celery,email")
    send(celery_processes, "backoffice.tasks.send_outbound_email", queue="email", args=[row.pk])
    send(celery_processes, "backoffice.tasks.requeue_stale_outbound_email", older_than_seconds=0)
    celery_processes.wait_for(
        lambda: (
            SEND_DONE.search(celery_processes.log("second"))
            and REQUEUE_DONE.search(celery_processes.log("second"))
        ),
        "the second worker's tasks done",
    )
    celery_processes.stop()

    assert relay.delivered_ids() == Counter({row.pk: 1})
    assert REQUEUE_DONE.findall(celery_processes.log("second")) == ["0"]
