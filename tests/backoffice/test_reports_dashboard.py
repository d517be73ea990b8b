"""The managers' dashboard at /reports/: exact figures for hand-built cases after a rollup,
filters, who sees what (caseworkers 403, other agencies nothing, supervisors their own
teams), bad filters as form errors, a fixed number of queries, and the CSV downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backoffice.models import Agency, Role, Team
from backoffice.reports.rollups import rollup_day
from backoffice.reports.views.dashboard import business_duration
from cases.models import Case, CaseStatus, Channel, Service
from routing.models import Pickup, PickupMethod, Queue

from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from ..routing.factories import QueueFactory
from .factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

CHICAGO = ZoneInfo("America/Chicago")  # open 09:00-17:00 Monday to Friday
MON, TUE, WED = date(2026, 1, 12), date(2026, 1, 13), date(2026, 1, 14)
BOTH_DAYS = {"since": "2026-01-12", "until": "2026-01-13"}


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHICAGO)


NOW = local(WED, 12)


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def case(agency: Agency, service: Service, **fields: Any) -> Case:
    fields.setdefault("updated_at", fields.get("created_at"))
    return CaseFactory.create(agency=agency, service=service, customer=None, **fields)


@dataclass
class Scenario:
    agency: Agency
    team: Team
    queue: Queue
    permits: Service
    licences: Service


def build(agency: Agency) -> Scenario:
    """Three cases on Monday and Tuesday, rolled up.

    c1 (phone, the team): opened Monday 10:00, first response Tuesday 10:00 = 8 business
    hours, on its due time; resolved Tuesday 16:00 = 14 h, after its 12:00 due time.
    c2 (phone, the team): opened Tuesday 09:30, first response 11:30 = 2 h, after its
    11:00 due time; resolved 14:30 = 5 h, in time; closed 15:00.
    c3 (web, no team): opened Tuesday 08:00, first response 09:15 = 15 min; still open.
    c2 was picked up from the queue at 09:40 after 10 minutes: handled in 4 h 50 min.
    """
    permits = ServiceFactory(agency=agency, name="Building permits")
    licences = ServiceFactory(agency=agency, name="Dog licences")
    team = TeamFactory(agency=agency, name="Front desk")
    queue = QueueFactory(agency=agency, team=team, name="Permits line")
    phone = {"service": permits, "channel": Channel.PHONE, "team": team, "queue": queue}
    case(
        agency,
        created_at=local(MON, 10),
        first_response_at=local(TUE, 10),
        response_due_at=local(TUE, 10),
        resolved_at=local(TUE, 16),
        resolution_due_at=local(TUE, 12),
        status=CaseStatus.RESOLVED,
        **phone,
    )
    c2 = case(
        agency,
        created_at=local(TUE, 9, 30),
        first_response_at=local(TUE, 11, 30),
        response_due_at=local(TUE, 11),
        resolved_at=local(TUE, 14, 30),
        resolution_due_at=local(WED, 12),
        closed_at=local(TUE, 15),
        status=CaseStatus.CLOSED,
        **phone,
    )
    case(
        agency,
        service=licences,
        channel=Channel.WEB,
        created_at=local(TUE, 8),
        first_response_at=local(TUE, 9, 15),
        status=CaseStatus.OPEN,
    )
    Pickup.objects.create(
        agency=agency,
        queue=queue,
        case=c2,
        user=UserFactory(),
        method=PickupMethod.NEXT,
        queued_at=local(TUE, 9, 30),
        picked_at=local(TUE, 9, 40),
        waited=timedelta(minutes=10),
    )
    for day in (MON, TUE):
        rollup_day(agency=agency, day=day, now=NOW)
    return Scenario(agency=agency, team=team, queue=queue, permits=permits, licences=licences)


@pytest.fixture
def scenario() -> Scenario:
    return build(AgencyFactory(time_zone="America/Chicago"))


@pytest.fixture
def manager(scenario: Scenario) -> Any:
    return member(scenario.agency, Role.MANAGER)


def get(client: Client, **params: Any) -> Any:
    return client.get(reverse("reports_dashboard"), params)


def shown(response: Any) -> dict[str, str]:
    """Each headline figure as the page shows it, by its key."""
    return {figure.key: figure.text for figure in response.context["headline"]}


def download(client: Client, **params: Any) -> list[list[str]]:
    response = client.get(reverse("reports_dashboard_csv"), params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_the_dashboard_shows_every_figure_of_the_hand_built_cases(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager), **BOTH_DAYS)

    assert response.status_code == 200
    assert shown(response) == {
        "new": "3",
        "resolved": "2",
        "closed": "1",
        "backlog": "1",  # c3
        "breaches": "0",
        "response_attainment": "50.0 %",  # c1 in time, c2 late, c3 had no due time
        "resolution_attainment": "50.0 %",  # c2 in time, c1 late
        "reopen_rate": "0.0 %",
        "response_median_seconds": "2 h 00 min",  # of 15 min, 2 h, 8 h
        "response_p90_seconds": "8 h 00 min",
        "resolution_median_seconds": "9 h 30 min",  # (5 h + 14 h) / 2
        "resolution_p90_seconds": "14 h 00 min",
        "mean_wait_seconds": "10 min",  # c2, the only case picked from a queue
        "mean_handle_seconds": "4 h 50 min",  # c2: picked 09:40, resolved 14:30
    }
    html = response.content.decode()
    assert 'data-figure="resolution_median_seconds">9 h 30 min<' in html
    trend = {
        day.day: (day.new, day.resolved, day.closed) for day in response.context["board"].trend
    }
    assert trend == {MON: (1, 0, 0), TUE: (2, 2, 1)}
    channels = {line.code: line for line in response.context["board"].channels}
    assert (channels["phone"].volume.new, channels["phone"].resolution_text) == (2, "9 h 30 min")
    assert (channels["web"].volume.new, channels["web"].resolution_text) == (1, "No data")
    ageing = {key: count for key, _label, count in response.context["ageing"]}
    assert ageing["aged_under_2_days"] == 1
    # Every chart sits beside a captioned data table with header cells.
    for table in ("trend", "channels", "ageing"):
        assert f'data-chart-for="table-{table}"' in html
        assert f'<caption id="caption-{table}">' in html
    assert html.count('scope="row"') >= 2 + 2 + 4
    assert "<script>" not in html  # nothing inline: the page will run under a CSP


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # (new, first responses, backlog at the end, median time to first response)
        ({"channel": Channel.WEB}, (1, 1, 1, "15 min")),
        ({"channel": Channel.PHONE}, (2, 2, 0, "5 h 00 min")),  # of 2 h and 8 h
        # Monday alone: c1 opened and was still open; its response came on Tuesday.
        ({"since": "2026-01-12", "until": "2026-01-12"}, (1, 0, 1, "No data")),
    ],
)
def test_channel_and_dates_narrow_the_figures(
    client_for: Any,
    scenario: Scenario,
    manager: Any,
    params: dict[str, str],
    expected: tuple[int, int, int, str],
) -> None:
    response = get(client_for(manager), **{**BOTH_DAYS, **params})
    result = response.context["board"].result
    median = shown(response)["response_median_seconds"]
    assert (result.new, result.first_responses, result.backlog, median) == expected


def test_team_service_and_queue_filters_narrow_the_figures(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    client = client_for(manager)
    by_team = get(client, **BOTH_DAYS, team=scenario.team.pk).context["board"].result
    by_service = get(client, **BOTH_DAYS, service=scenario.licences.pk).context["board"].result
    by_queue = get(client, **BOTH_DAYS, queue=scenario.queue.pk).context["board"].result
    assert (by_team.new, by_team.resolved) == (2, 2)
    assert (by_service.new, by_service.resolved) == (1, 0)
    assert (by_queue.new, by_queue.closed) == (2, 1)


def test_the_default_range_is_the_last_28_days(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager))
    report = response.context["report"]
    assert (report.first_day, report.last_day) == (WED - timedelta(days=27), WED)
    assert response.context["board"].result.new == 3
    assert len(response.context["board"].trend) == 28


def test_a_range_of_more_than_92_days_shows_the_trend_by_week_and_the_csv_every_day(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    # Thursday 1 January to Wednesday 14 April 2026: 104 days, weeks from Monday.
    params = {"since": "2026-01-01", "until": "2026-04-14"}
    client = client_for(manager)
    response = get(client, **params)
    board = response.context["board"]
    assert board.weekly
    weeks = board.shown_trend
    assert [week.day for week in weeks[:4]] == [
        date(2026, 1, 1),  # the range's first, short week: Thursday to Sunday
        date(2026, 1, 5),
        date(2026, 1, 12),  # Monday 12 and Tuesday 13 January: all three cases
        date(2026, 1, 19),
    ]
    assert (weeks[2].new, weeks[2].resolved, weeks[2].closed) == (3, 2, 1)
    assert len(weeks) == 16
    assert sum(week.new for week in weeks) == 3
    html = response.content.decode()
    assert "Throughput by week" in html
    assert 'data-day="2026-01-12"' in html
    assert 'data-day="2026-01-13"' not in html
    rows = download(client, **params, table="trend")
    assert len(rows) == 1 + 104  # the header and every day


def test_92_days_still_show_the_trend_by_day(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager), since="2025-10-15", until="2026-01-14")
    board = response.context["board"]
    assert len(board.trend) == 92
    assert not board.weekly
    assert board.shown_trend == board.trend


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "yesterday", "until": "2026-01-13"}, "since"),
        ({"since": "2026-01-13", "until": "2026-01-12"}, "until"),
        ({"since": "2025-01-01", "until": "2026-01-13"}, "until"),  # 378 days
        ({"team": "abc"}, "team"),
        ({"queue": "999999"}, "queue"),
        ({"channel": "fax"}, "channel"),
    ],
)
def test_bad_filters_show_form_errors_and_the_default_figures(
    client_for: Any, scenario: Scenario, manager: Any, params: dict[str, str], field: str
) -> None:
    response = get(client_for(manager), **params)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert "data-fell-back" in response.content.decode()
    assert response.context["board"].result.new == 3  # the last 28 days


def test_a_range_of_366_days_is_allowed(client_for: Any, scenario: Scenario, manager: Any) -> None:
    response = get(client_for(manager), since="2025-01-14", until="2026-01-14")
    assert not response.context["form"].errors
    assert response.context["board"].result.new == 3


def test_a_caseworker_is_refused(client_for: Any, scenario: Scenario) -> None:
    caseworker = member(scenario.agency, Role.CASEWORKER)
    assert get(client_for(caseworker)).status_code == 403
    assert client_for(caseworker).get(reverse("reports_dashboard_csv")).status_code == 403


def test_an_anonymous_visitor_is_sent_to_sign_in(scenario: Scenario) -> None:
    response = Client().get(reverse("reports_dashboard"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_another_agency_sees_nothing_of_this_one(client_for: Any, scenario: Scenario) -> None:
    other = AgencyFactory(time_zone="America/Chicago")
    outsider = member(other, Role.MANAGER)
    response = get(client_for(outsider), **BOTH_DAYS, team=scenario.team.pk)
    assert response.context["has_rollups"] is False
    assert "team" in response.context["form"].errors  # not one of its teams
    assert "Reports are built every 5 minutes" in response.content.decode()
    # Once the other agency has rollups of its own, it still sees none of these.
    case(other, ServiceFactory(agency=other), created_at=local(TUE, 10))
    rollup_day(agency=other, day=TUE, now=NOW)
    response = get(client_for(outsider), **BOTH_DAYS, service=scenario.permits.pk)
    assert "service" in response.context["form"].errors
    assert response.context["board"].result.new == 1


def test_a_supervisor_sees_only_the_teams_they_supervise(
    client_for: Any, scenario: Scenario
) -> None:
    supervisor = UserFactory()
    MembershipFactory(
        user=supervisor, agency=scenario.agency, team=scenario.team, role=Role.SUPERVISOR
    )
    other_team = TeamFactory(agency=scenario.agency, name="Back office")
    client = client_for(supervisor)

    response = get(client, **BOTH_DAYS)
    assert list(response.context["form"].fields["team"].queryset) == [scenario.team]
    assert response.context["report"].team_id == scenario.team.pk
    assert response.context["board"].result.new == 2  # c3 has no team: not theirs

    refused = get(client, **BOTH_DAYS, team=other_team.pk)
    assert "team" in refused.context["form"].errors
    assert refused.context["report"].team_id == scenario.team.pk

    rows = download(client, **BOTH_DAYS, team=other_team.pk)
    assert dict((row[0], row[1]) for row in rows[1:])["new"] == "2"


def test_a_supervisor_of_no_team_sees_no_figures(client_for: Any, scenario: Scenario) -> None:
    supervisor = UserFactory()
    MembershipFactory(user=supervisor, agency=scenario.agency, team=None, role=Role.SUPERVISOR)
    response = get(client_for(supervisor), **BOTH_DAYS)
    assert response.status_code == 200
    assert response.context["board"].result.new == 0


def test_an_agency_without_rollups_shows_how_to_build_them(client_for: Any) -> None:
    agency = AgencyFactory()
    response = get(client_for(member(agency, Role.MANAGER)))
    assert response.status_code == 200
    assert "run manage.py reports_backfill for history" in response.content.decode()
    assert "board" not in response.context


def test_the_dashboard_runs_the_same_number_of_queries_whatever_the_rows(
    client_for: Any, django_assert_max_num_queries: Any
) -> None:
    agency = AgencyFactory(time_zone="America/Chicago")
    scenario = build(agency)
    client = client_for(member(agency, Role.MANAGER))
    params = {**BOTH_DAYS, "team": scenario.team.pk, "channel": Channel.PHONE}
    with CaptureQueriesContext(connection) as few:
        assert get(client, **params).status_code == 200
    # Ten times the cases, over more days, services and channels.
    for n in range(30):
        case(
            agency,
            ServiceFactory(agency=agency) if n % 5 == 0 else scenario.permits,
            channel=list(Channel.values)[n % len(Channel.values)],
            team=scenario.team,
            created_at=local(MON, 9) + timedelta(hours=n),
            first_response_at=local(MON, 9) + timedelta(hours=n, minutes=30),
        )
    for day in (MON, TUE, WED):
        rollup_day(agency=agency, day=day, now=NOW)
    with django_assert_max_num_queries(len(few)):
        assert get(client, **params).status_code == 200
    with django_assert_max_num_queries(len(few)):
        assert get(client, since="2025-01-15", until="2026-01-14").status_code == 200
    with django_assert_max_num_queries(len(few)):
        assert client.get(reverse("reports_dashboard_csv"), params).status_code == 200
    assert len(few) <= 25  # the page's own eleven, and the layout's


def test_the_csv_holds_the_same_figures_as_the_page(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    client = client_for(manager)
    summary = download(client, **BOTH_DAYS)
    assert summary[0] == ["measure", "value"]
    values = dict((row[0], row[1]) for row in summary[1:])
    assert values["new"] == "3"
    assert values["response_attainment"] == "0.5"
    assert values["resolution_median_seconds"] == "34200.0"
    assert values["response_p90_seconds"] == "28800"
    assert values["mean_wait_seconds"] == "600.0"
    assert values["mean_handle_seconds"] == "17400.0"
    assert values["aged_under_2_days"] == "1"

    trend = download(client, **BOTH_DAYS, table="trend")
    assert trend == [
        ["day", "new", "resolved", "closed"],
        ["2026-01-12", "1", "0", "0"],
        ["2026-01-13", "2", "2", "1"],
    ]

    channels = download(client, **BOTH_DAYS, channel=Channel.PHONE, table="channels")
    assert channels[0][:4] == ["channel", "new", "resolved", "resolution_median_seconds"]
    assert channels[1][:4] == ["Phone", "2", "2", "34200.0"]
    assert len(channels) == 2


def test_csv_cells_cannot_run_as_spreadsheet_formulas(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    # A channel code that was never one of the choices reaches the rollups as written.
    case(
        scenario.agency,
        scenario.permits,
        channel="=HYPERLINK(1)",
        created_at=local(TUE, 10),
    )
    rollup_day(agency=scenario.agency, day=TUE, now=NOW)
    rows = download(client_for(manager), **BOTH_DAYS, table="channels")
    labels = [row[0] for row in rows[1:]]
    assert "'=HYPERLINK(1)" in labels
    assert "=HYPERLINK(1)" not in labels


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(None, "No data"), (0, "0 s"), (59.4, "59 s"), (60, "1 min"), (3_599, "1 h 00 min"),
     (34_200, "9 h 30 min"), (90_000, "25 h 00 min")],
)  # fmt: skip
def test_business_durations_read_as_hours_and_minutes(seconds: float | None, text: str) -> None:
    assert business_duration(seconds) == text
