"""GET /api/v1/summary/: figures for reports, in the agency's days, from aggregate queries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from backoffice.models import Role
from cases.models import CaseStatus, Channel

from ..cases.factories import CaseFactory
from ..conftest import member
from .conftest import error_of

URL = "/api/v1/summary/"
# Noon on 15 June 2026 in Chicago (the test agencies' zone, UTC-5 in summer).
NOW = datetime(2026, 6, 15, 17, 0, tzinfo=UTC)


def local(day: int, hour: int, month: int = 6) -> datetime:
    """An instant given as Chicago summer time."""
    return datetime(2026, month, day, hour, 0, tzinfo=UTC) + timedelta(hours=5)


@pytest.fixture
def frozen() -> Any:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def cases(agency: Any, other_agency: Any) -> dict[str, Any]:
    past, future = NOW - timedelta(hours=1), NOW + timedelta(hours=1)
    made = {
        "new_today": CaseFactory(agency=agency, channel=Channel.WEB, created_at=local(15, 9)),
        "unanswered": CaseFactory(
            agency=agency,
            channel=Channel.PHONE,
            status=CaseStatus.OPEN,
            created_at=local(10, 9),
            response_due_at=past,
            resolution_due_at=future,
        ),
        "late": CaseFactory(
            agency=agency,
            channel=Channel.PHONE,
            status=CaseStatus.IN_PROGRESS,
            created_at=local(1, 9),
            first_response_at=local(1, 10),
            response_due_at=local(1, 12),
            resolution_due_at=past,
        ),
        "paused": CaseFactory(
            agency=agency,
            channel=Channel.EMAIL,
            status=CaseStatus.WAITING_CUSTOMER,
            created_at=local(5, 9),
            resolution_due_at=past,
            sla_paused_at=local(6, 9),
        ),
        "resolved": CaseFactory(
            agency=agency,
            channel=Channel.WEB,
            status=CaseStatus.RESOLVED,
            created_at=local(2, 9),
            resolved_at=local(12, 9),
        ),
        "closed": CaseFactory(
            agency=agency,
            channel=Channel.MAIL,
            status=CaseStatus.CLOSED,
            created_at=local(1, 9, month=5),
            resolved_at=local(20, 9, month=5),
            closed_at=local(14, 9),
        ),
        # Late last night in Chicago, though already 15 June in UTC.
        "last_night": CaseFactory(agency=agency, channel=Channel.API, created_at=local(14, 23)),
    }
    CaseFactory(agency=other_agency, channel=Channel.WEB, created_at=local(15, 9))
    CaseFactory(agency=other_agency, status=CaseStatus.OPEN, created_at=local(15, 8))
    return made


def test_the_summary_counts_the_agencys_cases_in_its_own_days(
    frozen, cases, api_client_for, read_key
):
    response = api_client_for(read_key).get(URL)

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["from"], body["to"]) == ("2026-05-17", "2026-06-15")
    assert body["open_backlog"] == 5
    assert body["new_today"] == 1
    assert body["opened"] == 6
    assert (body["resolved"], body["closed"]) == (2, 1)
    assert body["overdue"] == {"response": 1, "resolution": 1}
    channels = {row["channel"]: (row["opened"], row["open_backlog"]) for row in body["by_channel"]}
    assert channels == {
        "web": (2, 1),
        "phone": (2, 2),
        "in_person": (0, 0),
        "mail": (0, 0),
        "email": (1, 1),
        "api": (1, 1),
    }


def test_the_range_is_whole_days_in_the_agencys_time_zone(frozen, cases, api_client_for, read_key):
    client = api_client_for(read_key)

    yesterday = client.get(URL, {"from": "2026-06-14", "to": "2026-06-14"}).json()
    may = client.get(URL, {"from": "2026-05-01", "to": "2026-05-31"}).json()

    assert (yesterday["opened"], yesterday["closed"], yesterday["resolved"]) == (1, 1, 0)
    assert (may["opened"], may["resolved"], may["closed"]) == (1, 1, 0)
    assert may["open_backlog"] == 5  # the backlog is always as of now


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "2026-06-10", "to": "2026-06-01"}, "from"),
        ({"from": "not-a-date"}, "from"),
        ({"to": "2026-13-01"}, "to"),
        ({"to": ""}, "to"),
        ({"from": "2024-01-01", "to": "2026-06-01"}, "from"),
    ],
)
def test_a_bad_range_is_400_on_its_field(db, api_client_for, read_key, query, field):
    response = api_client_for(read_key).get(URL, query)

    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert list(error["fields"]) == [field]


def test_caseworkers_do_not_get_the_summary(db, agency, make_key, api_client_for):
    key = make_key(agency, owner=member(agency, Role.CASEWORKER), scopes=["read"])

    response = api_client_for(key).get(URL)

    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"


def test_a_manager_gets_the_summary_in_a_browser_session(frozen, cases, agency, client_for):
    response = client_for(member(agency, Role.MANAGER)).get(URL)

    assert response.status_code == 200
    assert response.json()["open_backlog"] == 5


def test_the_summary_costs_the_same_queries_for_many_cases(db, agency, api_client_for, read_key):
    client = api_client_for(read_key)
    client.get(URL)  # the key's last use is written once; leave it out of the count

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    few = queries()
    CaseFactory.create_batch(25, agency=agency, channel=Channel.PHONE)
    assert queries() == few
    assert few <= 10
