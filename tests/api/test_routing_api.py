"""The routing API: queues and their lines, my presence, and Get next case.

A key acts as its owner: the owner's presence, the owner's queues and capacity. Get
next case gives only a case of the key's agency; nothing of another agency is seen.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from backoffice.models import Role
from cases import services
from cases.models import Case, CaseStatus, EventKind, SlaState
from routing.models import Pickup, Presence, PresenceLog, PresenceState, QueueMode
from routing.presence import presence_set
from routing.supervise import case_snooze

from ..backoffice.factories import MembershipFactory, TeamFactory
from ..conftest import member
from ..routing.factories import QueueFactory
from ..routing.factories_proofs import waiting_case
from .conftest import error_of

pytestmark = pytest.mark.django_db

M = timedelta(minutes=1)


@pytest.fixture
def queue(agency: Any, api_owner: Any) -> Any:
    """A pull queue the key's owner takes cases from."""
    queue = QueueFactory(agency=agency, name="Roads", mode=QueueMode.PULL)
    queue.members.add(api_owner)
    return queue


@pytest.fixture
def api(api_client_for: Any, write_key: Any) -> APIClient:
    client: APIClient = api_client_for(write_key)
    return client


@pytest.fixture
def reader(api_client_for: Any, read_key: Any) -> APIClient:
    client: APIClient = api_client_for(read_key)
    return client


def available(user: Any, *, capacity: int = 3) -> None:
    presence_set(user=user, state=PresenceState.AVAILABLE, actor=None, capacity=capacity)


def results(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.content
    rows: list[dict[str, Any]] = response.json()["results"]
    return rows


# Queues -------------------------------------------------------------------------------------


def test_the_queue_list_shows_each_active_queue_and_its_line_now(
    reader: APIClient, agency: Any, queue: Any, api_owner: Any
) -> None:
    now = timezone.now()
    permits = QueueFactory(agency=agency, name="Permits", mode=QueueMode.PUSH)
    QueueFactory(agency=agency, name="Closed down", is_active=False)
    oldest = waiting_case(queue, now=now, waited=40 * M)
    waiting_case(queue, now=now, waited=10 * M)
    sleeping = waiting_case(queue, now=now, waited=50 * M)
    case_snooze(case=sleeping, until=now + timedelta(hours=2), actor=api_owner)

    rows = {row["name"]: row for row in results(reader.get("/api/v1/queues/"))}

    assert list(rows) == ["Permits", "Roads"]
    roads = rows["Roads"]
    assert (roads["waiting"], roads["snoozed"], roads["is_member"]) == (2, 1, True)
    assert roads["mode"] == "pull"
    assert roads["team"]["id"] == queue.team_id
    assert oldest.queued_at is not None
    assert roads["oldest_queued_at"].startswith(oldest.queued_at.isoformat()[:19])
    assert 40 * 60 <= roads["oldest_wait_seconds"] < 41 * 60
    assert rows["Permits"]["id"] == permits.pk
    assert (rows["Permits"]["waiting"], rows["Permits"]["is_member"]) == (0, False)
    assert rows["Permits"]["oldest_wait_seconds"] is None


def test_a_queue_reads_with_its_work_in_progress_and_risk(
    reader: APIClient, agency: Any, queue: Any, api_owner: Any
) -> None:
    now = timezone.now()
    waiting_case(queue, now=now, waited=5 * M, sla_state=SlaState.AT_RISK)
    waiting_case(queue, now=now, waited=3 * M)
    held = waiting_case(queue, now=now, waited=9 * M, sla_state=SlaState.BREACHED)
    services.case_assign(case=held, assignee=api_owner, actor=api_owner)
    queue.members.add(member(agency, Role.CASEWORKER))

    response = reader.get(f"/api/v1/queues/{queue.pk}/")

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["waiting"], body["in_progress"], body["at_risk"], body["members"]) == (
        2,
        1,
        2,
        2,
    )
    assert 5 * 60 <= body["oldest_wait_seconds"] < 6 * 60


@pytest.mark.parametrize("pk", ["999999999", "99999999999999999999999999"])
def test_an_unknown_queue_is_not_found(reader: APIClient, queue: Any, pk: str) -> None:
    response = reader.get(f"/api/v1/queues/{pk}/")

    assert response.status_code == 404
    error_of(response)


@pytest.mark.parametrize("queues", [2, 20])
def test_the_queue_list_costs_the_same_few_queries_whatever_the_queues(
    reader: APIClient,
    agency: Any,
    api_owner: Any,
    django_assert_max_num_queries: Any,
    queues: int,
) -> None:
    now = timezone.now()
    for n in range(queues):
        line = QueueFactory(agency=agency, name=f"Queue {n:02d}")
        line.members.add(api_owner)
        waiting_case(line, now=now, waited=n * M)
        waiting_case(line, now=now, waited=2 * n * M)

    with django_assert_max_num_queries(5):
        rows = results(reader.get("/api/v1/queues/"))

    assert len(rows) == queues
    assert all(row["waiting"] == 2 for row in rows)


# Presence ---------------------------------------------------------------------------------


def test_my_presence_is_the_key_owners_and_is_set_through_the_service(
    api: APIClient, api_owner: Any
) -> None:
    first = api.get("/api/v1/presence/")
    away = api.put("/api/v1/presence/", {"state": "away", "reason": "meeting"}, format="json")
    back = api.put("/api/v1/presence/", {"state": "available"}, format="json")

    assert first.status_code == 200, first.content
    assert first.json()["state"] == "offline"
    assert (first.json()["capacity"], first.json()["in_progress"], first.json()["free"]) == (
        3,
        0,
        3,
    )
    assert away.status_code == 200, away.content
    assert (away.json()["state"], away.json()["reason"]) == ("away", "meeting")
    assert back.json()["state"] == "available"
    presence = Presence.objects.get(user=api_owner)
    assert (presence.state, presence.reason) == (PresenceState.AVAILABLE, "")
    logged = list(
        PresenceLog.objects.filter(user=api_owner)
        .order_by("started_at", "id")
        .values_list("state", "reason", "changed_by")
    )
    assert logged == [
        ("offline", "", None),
        ("away", "meeting", api_owner.pk),
        ("available", "", api_owner.pk),
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"state": "away"}, "reason"),
        ({"state": "away", "reason": "not_responding"}, "reason"),
        ({"state": "available", "reason": "break"}, "reason"),
        ({"state": "asleep"}, "state"),
        ({}, "state"),
        ({"state": ["available"]}, "state"),
    ],
    ids=[
        "away without reason",
        "system reason",
        "reason when available",
        "unknown",
        "none",
        "list",
    ],
)
def test_a_refused_presence_names_the_field_and_changes_nothing(
    api: APIClient, api_owner: Any, body: dict[str, Any], field: str
) -> None:
    available(api_owner)

    response = api.put("/api/v1/presence/", body, format="json")

    assert response.status_code == 400, response.content
    assert field in error_of(response)["fields"]
    assert Presence.objects.get(user=api_owner).state == PresenceState.AVAILABLE


# Get next case --------------------------------------------------------------------------------


def test_get_next_case_gives_the_longest_waiting_case_and_records_the_pickup(
    api: APIClient, queue: Any, api_owner: Any
) -> None:
    available(api_owner)
    now = timezone.now()
    waiting_case(queue, now=now, waited=5 * M)
    longest = waiting_case(queue, now=now, waited=30 * M)

    response = api.post("/api/v1/next-case/")

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["case"]["reference"] == longest.reference
    assert body["case"]["assignee"]["id"] == api_owner.pk
    assert body["case"]["status"] == CaseStatus.OPEN
    assert body["queue"] == {"id": queue.pk, "name": "Roads"}
    assert 30 * 60 <= body["waited_seconds"] < 31 * 60
    longest.refresh_from_db()
    assert (longest.assignee, longest.route_key) == (api_owner, None)
    pickup = Pickup.objects.get(case=longest)
    assert (pickup.user, pickup.method) == (api_owner, "next")
    event = longest.events.get(kind=EventKind.ASSIGNED)
    assert "Get next case" in event.summary


def test_get_next_case_with_nothing_waiting_is_no_content(
    api: APIClient, queue: Any, api_owner: Any
) -> None:
    available(api_owner)

    response = api.post("/api/v1/next-case/")

    assert response.status_code == 204
    assert response.content == b""


@pytest.mark.parametrize("why", ["offline", "away", "at capacity", "in no queue"])
def test_get_next_case_is_a_conflict_when_the_person_cannot_take_one(
    api: APIClient, agency: Any, queue: Any, api_owner: Any, why: str
) -> None:
    now = timezone.now()
    waiting = waiting_case(queue, now=now, waited=10 * M)
    if why == "away":
        presence_set(user=api_owner, state=PresenceState.AWAY, reason="break", actor=None)
    if why == "at capacity":
        available(api_owner, capacity=1)
        held = waiting_case(queue, now=now, waited=20 * M)
        services.case_assign(case=held, assignee=api_owner, actor=api_owner)
    if why == "in no queue":
        available(api_owner)
        queue.members.remove(api_owner)

    response = api.post("/api/v1/next-case/")

    assert response.status_code == 409, response.content
    assert error_of(response)["code"] == "conflict"
    waiting.refresh_from_db()
    assert waiting.assignee is None
    assert not Pickup.objects.filter(case=waiting).exists()


def test_get_next_case_never_gives_a_case_of_another_agency_to_this_agencys_key(
    api: APIClient, queue: Any, api_owner: Any, other_agency: Any
) -> None:
    """The owner also works for another agency, whose queue has the only waiting case:
    nothing waits in this agency, and the case waits on for the other one."""
    MembershipFactory(
        user=api_owner,
        agency=other_agency,
        team=TeamFactory(agency=other_agency),
        role=Role.CASEWORKER,
    )
    elsewhere = QueueFactory(agency=other_agency, mode=QueueMode.PULL)
    elsewhere.members.add(api_owner)
    available(api_owner)
    theirs = waiting_case(elsewhere, now=timezone.now(), waited=10 * M)

    response = api.post("/api/v1/next-case/")

    assert response.status_code == 204, response.content
    theirs.refresh_from_db()
    assert theirs.assignee is None
    assert theirs.route_key is not None
    assert not Pickup.objects.exists()
    assert not theirs.events.exists()


# Read-only keys and other agencies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("put", "/api/v1/presence/", {"state": "available"}), ("post", "/api/v1/next-case/", None)],
)
def test_a_read_only_key_is_refused_every_write(
    reader: APIClient, queue: Any, api_owner: Any, method: str, path: str, body: Any
) -> None:
    presence_set(user=api_owner, state=PresenceState.AVAILABLE, actor=None)
    waiting = waiting_case(queue, now=timezone.now(), waited=10 * M)

    response = getattr(reader, method)(path, body, format="json")

    assert response.status_code == 403
    error_of(response)
    waiting.refresh_from_db()
    assert waiting.assignee is None
    assert PresenceLog.objects.filter(user=api_owner).count() == 2


# (method, path, body, what a key of another agency must get)
ISOLATION = [
    ("get", "/api/v1/queues/", None, "empty"),
    ("get", "/api/v1/queues/{queue}/", None, 404),
    ("post", "/api/v1/next-case/", None, 409),
    ("get", "/api/v1/presence/", None, "own"),
    ("put", "/api/v1/presence/", {"state": "offline"}, "own"),
]


@pytest.mark.parametrize(("method", "path", "body", "expected"), ISOLATION)
def test_a_key_of_another_agency_sees_no_queue_and_takes_no_case_of_this_one(
    api_client_for: Any,
    make_key: Any,
    other_agency: Any,
    queue: Any,
    api_owner: Any,
    method: str,
    path: str,
    body: Any,
    expected: Any,
) -> None:
    stranger = member(other_agency, Role.SUPERVISOR)
    available(stranger)
    available(api_owner)
    waiting = waiting_case(queue, now=timezone.now(), waited=10 * M)
    outsider = api_client_for(make_key(other_agency, owner=stranger))

    response = getattr(outsider, method)(path.format(queue=queue.pk), body, format="json")

    if expected == "empty":
        assert results(response) == []
    elif expected == "own":
        assert response.status_code == 200, response.content
        assert response.json()["state"] == Presence.objects.get(user=stranger).state
        assert Presence.objects.get(user=api_owner).state == PresenceState.AVAILABLE
    else:
        assert response.status_code == expected, response.content
        error_of(response)
    assert "Roads" not in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.assignee is None
    assert Case.objects.filter(assignee=stranger).count() == 0


def test_the_queue_paths_answer_this_agencys_own_key(reader: APIClient, queue: Any) -> None:
    assert results(reader.get("/api/v1/queues/"))[0]["id"] == queue.pk
    assert reader.get(f"/api/v1/queues/{queue.pk}/").status_code == 200
