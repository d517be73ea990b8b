"""The escalation sweep run by a real Celery worker and beat, each its own process.

The tests commit (transaction=True), so the processes they start read the same test
database file (SQLite) or database (PostgreSQL). Each test has a broker of its own, a
fresh folder or a Redis database kept for these tests, because beat sends the sweep to
the default queue, where any other worker on a shared broker could take it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from backoffice.models import (
    Heartbeat,
    Notification,
    OutboundEmail,
    OutboundEmailStatus,
    Role,
    Team,
    User,
)
from cases import sla
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Channel,
    Escalation,
    EscalationLevel,
    EventKind,
    Priority,
    Service,
    SlaBasis,
    SlaPolicy,
    SlaState,
    SlaTarget,
)
from cases.services import case_assign, case_open
from cases.services.sla import SWEEP_BATCH, Calendars, sla_policy_save

from ..backoffice.factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory
from ..workers import SLA_REDIS_DB, own_broker
from .factories import CaseFactory, ServiceFactory, SlaPolicyFactory
from .sla_helpers import CeleryProcesses

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

SWEEP = "cases.tasks.sla_sweep"


@pytest.fixture(params=["filesystem", "redis"])
def broker_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from own_broker(request.param, tmp_path, SLA_REDIS_DB)


@pytest.fixture
def celery_processes(broker_url: str, tmp_path: Path) -> Iterator[CeleryProcesses]:
    with CeleryProcesses(broker_url, tmp_path) as processes:
        yield processes


@dataclass
class Office:
    """An agency with a team, its caseworker and supervisor, a manager and an escalation team."""

    service: Service
    team: Team
    escalation_team: Team
    caseworker: User
    supervisor: User
    manager: User
    bystanders: list[User]
    policy: SlaPolicy


def office(**policy_fields: Any) -> Office:
    agency = AgencyFactory()
    team = TeamFactory(agency=agency, name="Street lighting")
    escalation_team = TeamFactory(agency=agency, name="Escalations")

    def person(role: str, team: Team | None = None) -> User:
        user = UserFactory.create()
        MembershipFactory(user=user, agency=agency, team=team, role=role)
        return user

    administrator = person(Role.ADMINISTRATOR)
    policy = sla_policy_save(
        policy=SlaPolicyFactory.build(
            agency=agency,
            name="Around the clock",
            basis=SlaBasis.CALENDAR,
            escalation_team=escalation_team,
            **policy_fields,
        ),
        actor=administrator,
    )
    return Office(
        service=ServiceFactory(agency=agency, name="Street light out"),
        team=team,
        escalation_team=escalation_team,
        caseworker=person(Role.CASEWORKER, team),
        supervisor=person(Role.SUPERVISOR, team),
        manager=person(Role.MANAGER),
        # Told nothing: another caseworker, the escalation team's supervisor, the administrator.
        bystanders=[
            person(Role.CASEWORKER, team),
            person(Role.SUPERVISOR, escalation_team),
            administrator,
        ],
        policy=policy,
    )


def wait_for_worker(processes: CeleryProcesses) -> None:
    """The worker is consuming once a heartbeat sent through the broker reaches the database."""
    processes.send("backoffice.tasks.heartbeat")
    processes.wait_for(Heartbeat.objects.filter(name="celery").exists, "heartbeat from the worker")


def open_due_cases(place: Office, count: int, *, opened_ago: timedelta) -> list[int]:
    """*count* open cases opened *opened_ago*, with every threshold of their ladders passed.

    Written in bulk, with the clock fields the services would have given them, because
    opening thousands of cases one by one would take longer than the sweeps under test.
    """
    opened = timezone.now() - opened_ago
    fields: dict[str, Any] = {
        "agency": place.service.agency,
        "service": place.service,
        "customer": None,
        "status": CaseStatus.OPEN,
        "priority": Priority.NORMAL,
        "team": place.team,
        "assignee": place.caseworker,
        "sla_policy": place.policy,
        "created_at": opened,
        "updated_at": opened,
        "sla_started_at": opened,
    }
    template = CaseFactory.build(**fields)
    cal = Calendars()(place.service.agency)
    template.response_due_at, template.resolution_due_at = sla.due_times(
        template, place.policy, cal
    )
    fields.update(
        response_due_at=template.response_due_at,
        resolution_due_at=template.resolution_due_at,
        sla_state=sla.state_at(template, place.policy, cal, opened),
        sla_next_check_at=sla.next_check(template, place.policy, cal, set()),
    )
    assert fields["sla_next_check_at"] < timezone.now()
    Case.objects.bulk_create(CaseFactory.build_batch(count, **fields), batch_size=SWEEP_BATCH)
    return list(Case.objects.filter(service=place.service).values_list("pk", flat=True))


def not_done(place: Office) -> int:
    return Case.objects.filter(service=place.service, sla_next_check_at__isnull=False).count()


def sweeping_policy() -> dict[str, Any]:
    """Both targets long passed by cases opened two hours ago: six rungs per case."""
    return {
        "response_target": timedelta(minutes=30),
        "resolution_target": timedelta(hours=1),
        "escalate_after": timedelta(minutes=10),
    }


def _first(counter: Counter[Any], limit: int = 10) -> list[Any]:
    return list(counter.items())[:limit]


def assert_escalated_once_each(
    place: Office, case_ids: list[int], processes: CeleryProcesses
) -> None:
    """One escalation per case, target and level; one notification, email and event each."""
    ladder = sorted((target, level) for target in SlaTarget.values for level in EscalationLevel)
    rows = list(
        Escalation.objects.filter(case__service=place.service).values_list(
            "case_id", "target", "level", "round", "actions"
        )
    )
    by_case: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for case_id, target, level, round_, _actions in rows:
        assert round_ == 1
        by_case[case_id].append((target, level))
    wrong = [pk for pk in case_ids if sorted(by_case[pk]) != ladder]
    assert not wrong, (
        f"{len(wrong)} of {len(case_ids)} cases were not escalated exactly once per target and "
        f"level, e.g. {[(pk, sorted(by_case[pk])) for pk in wrong[:5]]}\n{processes.logs()}"
    )
    assert len(rows) == len(case_ids) * len(ladder)
    assert not_done(place) == 0

    expected = Counter(
        (user_id, reverse("case_detail", args=[case_id]), f"sla.level{level}")
        for case_id, _target, level, _round, actions in rows
        for user_id in actions["notified"]
    )
    assert all(actions["notified"] for *_rest, actions in rows), "an escalation told nobody"
    notifications = Notification.objects.filter(agency=place.service.agency)
    actual = Counter(notifications.values_list("user_id", "link", "kind"))
    assert actual == expected, (
        f"notifications not one per escalation and recipient: missing {_first(expected - actual)}"
        f", extra {_first(actual - expected)}"
    )
    emails = Counter(
        OutboundEmail.objects.filter(kind__startswith="sla.").values_list("related_id", flat=True)
    )
    assert emails == Counter(str(pk) for pk in notifications.values_list("pk", flat=True))
    events = CaseEvent.objects.filter(case__service=place.service, kind=EventKind.SLA)
    assert events.count() == len(rows)

    # Each breach raised the priority one step (normal, high, urgent) and the first level 3
    # moved the case; nothing was applied twice.
    cases = Case.objects.filter(pk__in=case_ids)
    assert set(cases.values_list("priority", "team", "assignee", "sla_state")) == {
        (Priority.URGENT, place.escalation_team.pk, None, SlaState.BREACHED)
    }
    assert events.filter(data__has_key="team").count() == len(case_ids)
    assert events.filter(data__has_key="priority").count() == 2 * len(case_ids)


def recipients(level: int, case: Case) -> list[tuple[str, int]]:
    link = reverse("case_detail", args=[case.pk])
    notes = Notification.objects.filter(kind=f"sla.level{level}", link=link)
    return list(notes.values_list("kind", "user_id"))


def test_beat_and_a_worker_escalate_a_breaching_case_once_per_level(
    celery_processes: CeleryProcesses,
) -> None:
    # One target, so the ladder has three rungs: warned at 2 s, breached at 4 s, level 3 at 6 s.
    place = office(
        response_target=None,
        resolution_target=timedelta(seconds=4),
        warning_percent=50,
        escalate_after=timedelta(seconds=2),
    )
    celery_processes.worker("worker", queues="celery,email")
    celery_processes.beat()
    wait_for_worker(celery_processes)

    case = case_open(
        agency=place.service.agency,
        service=place.service,
        channel=Channel.PHONE,
        subject="Street light out on Elm Street",
        team=place.team,
        actor=place.caseworker,
    )
    case = case_assign(case=case, assignee=place.caseworker, actor=place.supervisor)
    assert case.sla_policy == place.policy

    def finished() -> bool:
        escalated = Escalation.objects.filter(case=case).count() == 3
        sent = not OutboundEmail.objects.filter(
            Q(kind__startswith="sla.") & ~Q(status=OutboundEmailStatus.SENT)
        ).exists()
        return escalated and sent and not not_done(place)

    celery_processes.wait_for(finished, "three escalations with their emails sent")
    # Beat goes on sweeping; the case is no longer due, so nothing more happens.
    swept = len(celery_processes.sweeps("worker"))
    celery_processes.wait_for(
        lambda: len(celery_processes.sweeps("worker")) >= swept + 3, "three more sweeps by beat"
    )
    celery_processes.stop()
    logs = celery_processes.logs()

    escalations = list(Escalation.objects.filter(case=case).order_by("level"))
    assert [(e.target, e.level, e.round) for e in escalations] == [
        (SlaTarget.RESOLUTION, EscalationLevel.WARNING, 1),
        (SlaTarget.RESOLUTION, EscalationLevel.BREACH, 1),
        (SlaTarget.RESOLUTION, EscalationLevel.ESCALATED, 1),
    ], logs
    for escalation in escalations:
        assert escalation.escalated_at >= escalation.threshold_at, "escalated before its time"
    assert [recipients(level, case) for level in EscalationLevel] == [
        [("sla.level1", place.caseworker.pk)],
        [("sla.level2", place.supervisor.pk)],
        [("sla.level3", place.manager.pk)],
    ], logs
    assert Notification.objects.count() == 3
    assert not Notification.objects.filter(user__in=place.bystanders).exists()
    emails = OutboundEmail.objects.filter(kind__startswith="sla.").order_by("kind")
    assert [(e.kind, e.to, e.status) for e in emails] == [
        ("sla.level1", place.caseworker.email, OutboundEmailStatus.SENT),
        ("sla.level2", place.supervisor.email, OutboundEmailStatus.SENT),
        ("sla.level3", place.manager.email, OutboundEmailStatus.SENT),
    ]

    events = CaseEvent.objects.filter(case=case, kind=EventKind.SLA).order_by("occurred_at")
    assert [event.data["level"] for event in events] == [1, 2, 3]
    assert [event.data["priority"] for event in events if "priority" in event.data] == [
        [Priority.NORMAL, Priority.HIGH]
    ]
    assert [event.data["team"] for event in events if "team" in event.data] == [
        [place.team.pk, place.escalation_team.pk]
    ]
    case.refresh_from_db()
    assert case.priority == Priority.HIGH
    assert (case.team, case.assignee) == (place.escalation_team, None)
    assert case.sla_state == SlaState.BREACHED
    assert case.sla_next_check_at is None


def test_two_sweeps_at_once_escalate_each_case_once(
    celery_processes: CeleryProcesses,
) -> None:
    place = office(**sweeping_policy())
    case_ids = open_due_cases(place, 1_200, opened_ago=timedelta(hours=2))
    celery_processes.worker("worker", concurrency=2)
    wait_for_worker(celery_processes)

    celery_processes.send(SWEEP, times=2)
    celery_processes.wait_for(
        lambda: len(celery_processes.sweeps("worker")) + celery_processes.failed_sweeps() >= 2,
        "end of both sweeps",
        seconds=180,
    )
    celery_processes.stop()

    sweeps = celery_processes.sweeps("worker")
    assert len(sweeps) == 2, f"a sweep failed:\n{celery_processes.logs()}"
    assert_escalated_once_each(place, case_ids, celery_processes)
    # Between them the sweeps did every case once: what they report adds up to what is stored.
    assert sum(sweep["checked"] for sweep in sweeps) == len(case_ids), sweeps
    if connection.vendor == "postgresql":
        # SKIP LOCKED shares the batches out. (SQLite's one writer may let either do it all.)
        assert all(sweep["checked"] for sweep in sweeps), f"the sweeps did not overlap: {sweeps}"
    assert sum(sweep["escalations"] for sweep in sweeps) == Escalation.objects.count()
    assert sum(sweep["notifications"] for sweep in sweeps) == Notification.objects.count()


def test_a_worker_killed_mid_sweep_leaves_nothing_escalated_twice_or_missed(
    celery_processes: CeleryProcesses,
) -> None:
    place = office(**sweeping_policy())
    case_ids = open_due_cases(place, 3_000, opened_ago=timedelta(hours=2))
    celery_processes.worker("first")
    wait_for_worker(celery_processes)

    celery_processes.send(SWEEP)
    # Killed once the first batch has committed and its emails reached the broker, so the kill
    # lands inside the next batch. (A kill during kombu's first write of the filesystem broker's
    # exchange table leaves it empty, which breaks the broker, not the sweep.)
    celery_processes.wait_for(
        lambda: Escalation.objects.exists() and celery_processes.queued("email"),
        "first batch of escalations",
    )
    celery_processes.kill("first")

    # Each batch commits whole: the one the kill interrupted left nothing behind.
    escalated = Escalation.objects.values("case").distinct().count()
    assert escalated % SWEEP_BATCH == 0, f"{escalated} cases escalated: a batch was cut in half"
    assert 0 < escalated < len(case_ids), "the worker finished before it was killed"
    assert not_done(place) == len(case_ids) - escalated

    celery_processes.worker("second")
    sent = 1
    celery_processes.send(SWEEP)

    def all_done() -> bool:
        # On PostgreSQL the killed worker's connection may hold its rows locked a little
        # longer; a sweep skips them, so another is sent until none is left.
        nonlocal sent
        assert not celery_processes.failed_sweeps(), celery_processes.logs()
        if not not_done(place):
            return True
        if len(celery_processes.sweeps("second")) >= sent:
            sent += 1
            celery_processes.send(SWEEP)
        return False

    celery_processes.wait_for(all_done, "end of the sweep after the restart", seconds=180)
    celery_processes.stop()
    assert_escalated_once_each(place, case_ids, celery_processes)
