"""Push-queue offers made by a real Celery worker and beat, each its own process.

The tests commit (transaction=True), so the processes they start read the same test
database file (SQLite) or database (PostgreSQL). Each test has a broker of its own, a
fresh folder or a Redis database kept for these tests, because beat sends the routing
sweep to the default queue, where any other worker on a shared broker could take it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from celery import current_app
from django.utils import timezone

from backoffice.celery import app as celery_app
from backoffice.models import Heartbeat, User
from backoffice.settings import celery_broker
from cases.models import Case, CaseEvent, Channel, EventKind
from cases.services import case_open
from routing.models import AwayReason, Offer, OfferStatus, Presence, PresenceState

from ..backoffice.factories import AgencyFactory
from ..cases.factories import ServiceFactory
from ..cases.sla_helpers import CeleryProcesses
from ..workers import OFFERS_REDIS_DB, own_broker
from .factories import RoutingRuleFactory
from .factories_offers import MINUTE, push_queue, queue_member, waiting_case

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

# Short enough that three offers expire in a few seconds; the admin form asks for at least
# 10 seconds, the database takes any.
TIMEOUT_SECONDS = 2
DEADLINE = 45.0
DISPATCHED = re.compile(
    r"Task routing\.tasks\.offers_dispatch\[[^\]]+\] succeeded in [\d.]+s: (\d+)"
)
SWEPT = re.compile(r"Task routing\.tasks\.routing_sweep\[[^\]]+\] succeeded")


@pytest.fixture(params=["filesystem", "redis"])
def broker_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from own_broker(request.param, tmp_path, OFFERS_REDIS_DB)


@pytest.fixture
def celery_processes(broker_url: str, tmp_path: Path) -> Iterator[CeleryProcesses]:
    with CeleryProcesses(broker_url, tmp_path) as processes:
        # Beat sweeps the push queues every second.
        processes.env["ROUTING_SWEEP_SECONDS"] = "1"
        yield processes


@contextmanager
def tasks_queued_to(url: str) -> Iterator[None]:
    """Send the tasks this process queues on commit to *url*, where the test's worker listens.

    The app caches its connection and producer pools for the broker it started with, so
    they are dropped on the way in and out. It is made the current app again: shared
    tasks are sent through the current app, and CeleryProcesses.send makes its own.
    """
    broker, options = celery_broker(url)
    conf = celery_app.conf
    saved = conf.get("broker_write_url"), conf.broker_transport_options
    previous = current_app._get_current_object()
    celery_app.set_current()

    def drop_pools() -> None:
        celery_app.pool.force_close_all()
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    drop_pools()
    conf.broker_write_url, conf.broker_transport_options = broker, options
    try:
        yield
    finally:
        drop_pools()
        conf.broker_write_url, conf.broker_transport_options = saved
        previous.set_current()


def wait_for_worker(processes: CeleryProcesses) -> None:
    """The worker is consuming once a heartbeat sent through the broker reaches the database."""
    processes.send("backoffice.tasks.heartbeat")
    processes.wait_for(Heartbeat.objects.filter(name="celery").exists, "heartbeat from the worker")


def pending_offer(case: Case) -> Offer | None:
    return Offer.objects.filter(case=case, status=OfferStatus.PENDING).first()


def offered_to(case: Case, user: User, processes: CeleryProcesses, what: str) -> Offer:
    """Wait until the case's pending offer is to *user*; return it."""
    processes.wait_for(
        lambda: Offer.objects.filter(case=case, user=user, status=OfferStatus.PENDING).exists(),
        what,
        seconds=DEADLINE,
    )
    return Offer.objects.get(case=case, user=user, status=OfferStatus.PENDING)


def test_a_case_routed_to_a_push_queue_is_offered_by_the_worker_when_intake_commits(
    celery_processes: CeleryProcesses, broker_url: str
) -> None:
    now = timezone.now()
    queue = push_queue(AgencyFactory(), name="Permit calls")
    RoutingRuleFactory(agency=queue.agency, queue=queue)
    busy = queue_member(queue, state=PresenceState.BUSY, idle_since=now - 60 * MINUTE)
    longest = queue_member(queue, idle_since=now - 30 * MINUTE)
    queue_member(queue, idle_since=now - 5 * MINUTE)
    # A worker, no beat: only the task queued when the intake commits can make the offer.
    celery_processes.worker("worker")
    wait_for_worker(celery_processes)

    with tasks_queued_to(broker_url):
        case = case_open(
            agency=queue.agency,
            service=ServiceFactory(agency=queue.agency),
            channel=Channel.PHONE,
            subject="Fence permit at 12 Oak Lane",
            actor=busy,
        )
    assert case.queue == queue
    assert not Offer.objects.filter(case=case).exists(), "offered in this process"

    offer = offered_to(case, longest, celery_processes, "offer to the longest idle member")
    celery_processes.wait_for(
        lambda: DISPATCHED.search(celery_processes.log("worker")), "end of the dispatch task"
    )
    logs = celery_processes.logs()
    assert DISPATCHED.findall(celery_processes.log("worker")) == ["1"], logs
    assert not SWEPT.search(logs), "a sweep ran, so the offer may not be the task's"
    assert offer.expires_at == offer.offered_at + timedelta(seconds=120)
    assert Offer.objects.filter(case=case).count() == 1


def test_an_unanswered_offer_expires_and_goes_to_the_next_person_within_a_few_sweeps(
    celery_processes: CeleryProcesses,
) -> None:
    now = timezone.now()
    queue = push_queue(AgencyFactory(), name="Permit calls", offer_timeout_seconds=TIMEOUT_SECONDS)
    first = queue_member(queue, idle_since=now - 30 * MINUTE, full_name="Ada First")
    second = queue_member(queue, idle_since=now - 20 * MINUTE, full_name="Ben Second")
    case = waiting_case(queue, queued_at=now - MINUTE)
    celery_processes.worker("worker")
    celery_processes.beat()

    missed = offered_to(case, first, celery_processes, "first offer, by beat's sweep")
    taken_over = offered_to(case, second, celery_processes, "the offer moving to the next person")
    missed.refresh_from_db()
    assert missed.status == OfferStatus.EXPIRED
    assert missed.answered_at is not None
    assert missed.answered_at >= missed.expires_at
    assert taken_over.offered_at >= missed.expires_at
    assert Presence.objects.get(user=first).missed_offers == 1

    # Ben lets it expire too. Nobody else is left, so Ada gets it again, misses it a second
    # time in a row and is set Away, not responding.
    offered_to(case, first, celery_processes, "the offer back to the first person")

    def away() -> bool:
        presence = Presence.objects.get(user=first)
        return presence.state == PresenceState.AWAY

    celery_processes.wait_for(away, "the first person set Away", seconds=DEADLINE)
    celery_processes.stop()

    presence = Presence.objects.get(user=first)
    assert (presence.reason, presence.missed_offers) == (AwayReason.NOT_RESPONDING, 2)
    summaries = list(
        CaseEvent.objects.filter(case=case, kind=EventKind.OFFER)
        .order_by("occurred_at", "pk")
        .values_list("summary", flat=True)
    )
    assert summaries[:6] == [
        "Offered to Ada First from Permit calls",
        "The offer to Ada First expired unanswered",
        "Offered to Ben Second from Permit calls",
        "The offer to Ben Second expired unanswered",
        "Offered to Ada First from Permit calls",
        "The offer to Ada First expired unanswered",
    ], celery_processes.logs()
    # Never two pending offers of the case, never an answer before the time ran out.
    statuses = list(Offer.objects.filter(case=case).values_list("status", flat=True))
    assert statuses.count(OfferStatus.PENDING) <= 1
    for offer in Offer.objects.filter(case=case, status=OfferStatus.EXPIRED):
        assert offer.answered_at is not None
        assert offer.answered_at >= offer.expires_at
