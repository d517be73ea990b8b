"""The opt-in Server-Timing header (backoffice.timing): the SQL statements a request ran, counted
whatever DEBUG says, and no header at all unless SERVER_TIMING is on."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from backoffice.timing import QueryTally, server_timing

from ..conftest import member
from .factories import AgencyFactory

pytestmark = pytest.mark.django_db

HEADER = re.compile(r'^db;dur=(\d+\.\d);desc="(\d+) quer(?:y|ies)", app;dur=(\d+\.\d)$')


def _timing(response: Any) -> tuple[float, int, float]:
    found = HEADER.match(response["Server-Timing"])
    assert found, response["Server-Timing"]
    return float(found[1]), int(found[2]), float(found[3])


def test_the_header_counts_every_query_of_the_request_with_debug_off(settings: Any) -> None:
    settings.SERVER_TIMING = True
    settings.DEBUG = False
    agency = AgencyFactory()
    user = member(agency, "caseworker")
    client = Client()
    client.force_login(user)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/cases/mine/")
    assert response.status_code == 200
    db_ms, count, app_ms = _timing(response)
    # Sessions, the user, the agency and the list itself: all of them, and only them.
    assert count == len(captured.captured_queries) > 3
    assert 0 <= db_ms <= app_ms


def test_a_request_without_queries_says_so(settings: Any, client: Client) -> None:
    settings.SERVER_TIMING = True
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert _timing(response)[1] == 0


def test_there_is_no_header_unless_it_is_turned_on(settings: Any, client: Client) -> None:
    settings.SERVER_TIMING = False
    user = member(AgencyFactory(), "caseworker")
    client.force_login(user)
    response = client.get("/cases/mine/")
    assert response.status_code == 200
    assert "Server-Timing" not in response


def test_the_value_names_one_query_in_the_singular() -> None:
    tally = QueryTally()
    tally.count, tally.seconds = 1, 0.0123
    assert server_timing(tally=tally, app_seconds=0.0401) == (
        'db;dur=12.3;desc="1 query", app;dur=40.1'
    )
