"""The workforce page: exact forecast, staff hours, FTE and gap from hand-built weekly
history (the arithmetic is in the comments), read from the daily rollups and equal to the
live readers' figures, form validation, who may see it, the 15-minute CSV export with its
formula defusing and agency isolation, and a query count that does not grow with the
history."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice.models import Agency, Role
from backoffice.reports import workforce as rolled
from backoffice.reports.models import DailyRollup
from backoffice.reports.rollups import local_day, rollup_day
from cases.models import Case, CaseStatus
from routing import forecast_data as live
from routing.forecast_data import CSV_HEADER
from routing.models import Pickup

from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from ..routing.factories import QueueFactory, RoutingRuleFactory
from .factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db

# Wednesday 13 May 2026, noon in Chicago (the factories' agencies, CDT = UTC-5).
# This week starts Monday 11 May; the last complete weeks start 13, 20 and 27 April and 4 May.
NOW = datetime(2026, 5, 13, 17, 0, tzinfo=UTC)
HISTORY_WEEKS = [date(2026, 4, 13), date(2026, 4, 20), date(2026, 4, 27), date(2026, 5, 4)]
PAGE = "reports_workforce"
CSV = "reports_workforce_intervals"


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def tuesday_of(week: date) -> datetime:
    """Tuesday 12:00 UTC (07:00 in Chicago) of the week starting *week*."""
    return datetime(week.year, week.month, week.day, 12, tzinfo=UTC) + timedelta(days=1)


class Office:
    """An agency with two services, their queues and people, and known weekly history.

    Permits received 8, 12, 8, 12 cases in the last four complete weeks (nothing before):
    mean 10, population sd 2. Two were resolved 30 and 90 minutes after pickup: handle
    time 60 minutes. Parking received 2 a week. Open now: 38 permits, 8 parking.
    The permits queue (routed by a rule) has one active and one departed member; the
    parking queue one more person.
    """

    def __init__(self) -> None:
        self.agency: Any = AgencyFactory()
        agency = self.agency
        self.permits: Any = ServiceFactory(agency=agency, name="Building permits")
        self.parking: Any = ServiceFactory(agency=agency, name="Parking")
        self.permits_queue: Any = QueueFactory(agency=agency, name="Permits desk")
        RoutingRuleFactory(agency=agency, service=self.permits, queue=self.permits_queue)
        self.parking_queue: Any = QueueFactory(agency=agency, name="Parking desk")
        self.permits_queue.members.add(UserFactory(), UserFactory(is_active=False))
        self.parking_queue.members.add(UserFactory())
        # The last week's 12 permits: 10 still open and the 2 resolved below.
        for week, permits in zip(HISTORY_WEEKS, (8, 12, 8, 10), strict=True):
            CaseFactory.create_batch(
                permits, agency=agency, service=self.permits, created_at=tuesday_of(week)
            )
            CaseFactory.create_batch(
                2, agency=agency, service=self.parking, created_at=tuesday_of(week)
            )
        picked_at = tuesday_of(HISTORY_WEEKS[-1]) + timedelta(hours=2)
        for minutes in (30, 90):
            case = CaseFactory(
                agency=agency,
                service=self.permits,
                created_at=tuesday_of(HISTORY_WEEKS[-1]),
                status=CaseStatus.RESOLVED,
                resolved_at=picked_at + timedelta(minutes=minutes),
            )
            pickup(self.permits_queue, case, queued=case.created_at, at=picked_at)
        roll_up(agency)


def roll_up(agency: Agency) -> None:
    """Rebuild the daily rollups of every local day with a case opened or resolved, and of
    every day that has rows (its facts may have moved), as the beat task and backfill do."""
    moments = [
        moment
        for case in Case.objects.filter(agency=agency)
        for moment in (case.created_at, case.resolved_at)
        if moment is not None
    ]
    days = {local_day(agency, moment) for moment in moments}
    days |= set(DailyRollup.objects.filter(agency=agency).values_list("day", flat=True))
    for day in sorted(days):
        rollup_day(agency=agency, day=day)


def pickup(queue: Any, case: Any, *, queued: datetime, at: datetime) -> Pickup:
    return Pickup.objects.create(
        agency=queue.agency,
        queue=queue,
        case=case,
        user=UserFactory(),
        method="next",
        queued_at=queued,
        picked_at=at,
        waited=at - queued,
    )


@pytest.fixture
def office() -> Office:
    return Office()


@pytest.fixture
def manager(office: Office) -> Any:
    return member(office.agency, Role.MANAGER)


class PageText(HTMLParser):
    """The text of the weeks table's rows (one list of cells per row) and of each summary
    item (by its data-measure)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.measures: dict[str, str] = {}
        self._in_weeks = False
        self._cell: list[str] | None = None
        self._measure: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table" and found.get("data-table") == "weeks":
            self._in_weeks = True
        elif self._in_weeks and tag == "tr" and "data-week" in found:
            self.rows.append([])
        elif self._in_weeks and tag in ("th", "td") and self.rows:
            self._cell = []
        elif tag == "li" and (measure := found.get("data-measure")):
            self._measure = measure
            self.measures[measure] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_weeks = False
        elif tag in ("th", "td") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "li":
            self._measure = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._measure is not None:
            self.measures[self._measure] += data


def parsed(response: Any) -> PageText:
    assert response.status_code == 200
    page = PageText()
    page.feed(response.content.decode())
    return page


def week_rows(response: Any) -> list[list[str]]:
    return parsed(response).rows


def summary(response: Any, measure: str) -> str:
    return " ".join(parsed(response).measures[measure].split())


# Figures -------------------------------------------------------------------------------


def test_one_service_shows_expected_cases_staff_hours_fte_and_the_shortfall_of_each_week(
    office: Office, manager: Any, client_for: Any
) -> None:
    response = client_for(manager).get(
        reverse(PAGE),
        {
            "service": office.permits.pk,
            "weeks_ahead": 5,
            "shrinkage": 25,
            "hours_per_fte": 10,
            "backlog_target": 18,
            "weeks_to_target": 4,
        },
    )

    # Expected 10 (8 to 12). Weeks 1-4: 10 cases x 60 min = 10 h, plus (38 - 18) / 4 = 5
    # backlog cases = 5 h: 15 h / (1 - 0.25) = 20 staff hours = 2.00 FTE of 10 h; one person
    # available: short by 1.00. Week 5 the backlog is at target: 10 h / 0.75 = 13.3 h,
    # 1.33 FTE, short by 0.33.
    first_weeks = [
        [
            f"{day:%-d} {day:%b} 2026",
            "10.0",
            "8.0 to 12.0",
            "20.0",
            "2.00",
            "1",
            "Short by 1.00 FTE",
        ]
        for day in (date(2026, 5, 11), date(2026, 5, 18), date(2026, 5, 25), date(2026, 6, 1))
    ]
    assert week_rows(response) == [
        *first_weeks,
        ["8 Jun 2026", "10.0", "8.0 to 12.0", "13.3", "1.33", "1", "Short by 0.33 FTE"],
    ]
    assert summary(response, "backlog") == "Open cases now: 38; backlog target: 18."
    assert summary(response, "handle") == (
        "Handle time: 60.0 minutes per case, measured over the last 12 weeks."
    )
    assert summary(response, "available") == (
        "People available: 1, the active members of this service's queues (Permits desk)."
    )
    assert summary(response, "short-weeks") == "Short of staff in 5 of the 5 weeks."
    assert b'data-method="trailing"' in response.content


def test_all_services_with_the_defaults_keep_the_backlog_and_count_every_queue(
    office: Office, manager: Any, client_for: Any
) -> None:
    other = AgencyFactory()  # another agency's cases and people change nothing here
    CaseFactory.create_batch(5, agency=other, created_at=tuesday_of(HISTORY_WEEKS[0]))
    QueueFactory(agency=other).members.add(UserFactory())

    response = client_for(manager).get(reverse(PAGE))

    # Totals 10, 14, 10, 14: expected 12 (10 to 14). Handle time: only permits measured,
    # 60 min. Backlog target = the 46 open now: no backlog hours. 12 h / 0.7 = 17.1 h,
    # / 37.5 = 0.46 FTE; two people in the agency's queues: 1.54 to spare. Eight weeks.
    rows = week_rows(response)
    assert len(rows) == 8
    assert rows[0] == [
        "11 May 2026",
        "12.0",
        "10.0 to 14.0",
        "17.1",
        "0.46",
        "2",
        "1.54 FTE to spare",
    ]
    assert rows[-1][0] == "29 Jun 2026"
    assert {tuple(row[1:]) for row in rows} == {tuple(rows[0][1:])}
    assert summary(response, "backlog") == "Open cases now: 46; backlog target: 46."
    assert summary(response, "available") == (
        "People available: 2, the active members of every queue of the agency."
    )
    assert summary(response, "short-weeks") == "Enough staff in every week shown."


def test_a_handle_time_entered_replaces_the_measured_one(
    office: Office, manager: Any, client_for: Any
) -> None:
    response = client_for(manager).get(
        reverse(PAGE), {"service": office.parking.pk, "handle_minutes": 75, "hours_per_fte": 5}
    )

    # Parking: 2 a week, sd 0. 2 x 75 min = 2.5 h / 0.7 = 3.6 h, / 5 = 0.71 FTE. No queue
    # routes parking, so the agency's queues count: 2 people.
    assert week_rows(response)[0] == [
        "11 May 2026", "2.0", "2.0 to 2.0", "3.6", "0.71", "2", "1.29 FTE to spare"
    ]  # fmt: skip
    assert summary(response, "handle") == "Handle time: 75.0 minutes per case, as entered."
    assert "every queue of the agency" in summary(response, "available")


def test_a_measured_handle_time_longer_than_a_working_day_is_flagged(
    office: Office, manager: Any, client_for: Any
) -> None:
    # Both measured permits now take two days from pickup to resolution: waiting, not work.
    for picked in Pickup.objects.select_related("case"):
        picked.case.resolved_at = picked.picked_at + timedelta(days=2)
        picked.case.save(update_fields=["resolved_at"])
    roll_up(office.agency)

    measured = summary(
        client_for(manager).get(reverse(PAGE), {"service": office.permits.pk}), "handle"
    )
    entered = summary(
        client_for(manager).get(
            reverse(PAGE), {"service": office.permits.pk, "handle_minutes": 600}
        ),
        "handle",
    )

    assert measured.startswith("Handle time: 2880.0 minutes per case, measured")
    assert "more than a working day per case" in measured
    assert "more than a working day" not in entered


def test_without_any_measured_handle_time_the_page_says_so(
    manager: Any, office: Office, client_for: Any
) -> None:
    Pickup.objects.all().delete()
    roll_up(office.agency)

    response = client_for(manager).get(reverse(PAGE), {"service": office.parking.pk})

    assert "handle time is unknown" in summary(response, "handle")
    assert week_rows(response)[0][3:5] == ["0.0", "0.00"]


def test_a_year_of_history_blends_the_same_week_last_year_with_the_recent_level(
    office: Office, manager: Any, client_for: Any
) -> None:
    seasonal = ServiceFactory(agency=office.agency, name="Seasonal")
    first = date(2025, 5, 12)  # 52 weeks before this week
    for i in range(52):
        count = 21 if i == 0 else 1
        week = first + timedelta(days=7 * i)
        CaseFactory.create_batch(
            count, agency=office.agency, service=seasonal, created_at=tuesday_of(week)
        )
    roll_up(office.agency)

    response = client_for(manager).get(reverse(PAGE), {"service": seasonal.pk, "weeks_ahead": 2})

    # This week is the 53rd: half of the same week a year ago (21) plus half the mean of
    # the last 8 weeks (1) = 11; next week: half of 1 plus half of 1 = 1. The last 8 weeks
    # did not vary: no band.
    assert [row[1:3] for row in week_rows(response)] == [
        ["11.0", "11.0 to 11.0"],
        ["1.0", "1.0 to 1.0"],
    ]
    assert b'data-method="seasonal"' in response.content


def test_a_service_without_history_forecasts_nothing_and_says_why(
    office: Office, manager: Any, client_for: Any
) -> None:
    quiet = ServiceFactory(agency=office.agency, name="Quiet")

    response = client_for(manager).get(reverse(PAGE), {"service": quiet.pk})

    assert week_rows(response)[0][1:3] == ["0.0", "0.0 to 0.0"]
    assert b'data-method="none"' in response.content


# Validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"weeks_ahead": "27"}, "Ensure this value is less than or equal to 26."),
        ({"weeks_ahead": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"weeks_ahead": "soon"}, "Enter a whole number of weeks from 1 to 26."),
        ({"shrinkage": "90"}, "Shrinkage must be below 90%."),
        ({"shrinkage": "-1"}, "Ensure this value is greater than or equal to 0."),
        ({"hours_per_fte": "0"}, "Ensure this value is greater than or equal to 0.5."),
        ({"backlog_target": "-3"}, "Ensure this value is greater than or equal to 0."),
        ({"weeks_to_target": "53"}, "Ensure this value is less than or equal to 52."),
        ({"service": "999999"}, "Choose one of the listed services."),
        ({"service": "9" * 30}, "Choose one of the listed services."),
        ({"handle_minutes": "lots"}, "Enter a number."),
    ],
)
def test_bad_settings_show_a_message_by_the_field_and_no_figures(
    office: Office, manager: Any, client_for: Any, query: dict[str, str], message: str
) -> None:
    response = client_for(manager).get(reverse(PAGE), query)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert b"data-form-errors" in response.content
    assert b'data-table="weeks"' not in response.content


def test_another_agencys_service_cannot_be_chosen(
    office: Office, manager: Any, client_for: Any
) -> None:
    foreign = ServiceFactory(agency=AgencyFactory())

    response = client_for(manager).get(reverse(PAGE), {"service": foreign.pk})

    assert "Choose one of the listed services." in response.content.decode()
    assert b'data-table="weeks"' not in response.content


# Access --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMINISTRATOR, Role.SUPERVISOR])
def test_managers_administrators_and_supervisors_see_the_page(
    office: Office, client_for: Any, role: str
) -> None:
    response = client_for(member(office.agency, role)).get(reverse(PAGE))
    assert response.status_code == 200
    assert len(week_rows(response)) == 8


def test_caseworkers_are_refused_and_anonymous_people_sent_to_log_in(
    office: Office, client_for: Any
) -> None:
    caseworker = client_for(member(office.agency, Role.CASEWORKER))
    query = {"queue": office.permits_queue.pk, "day": "2026-05-12"}
    assert caseworker.get(reverse(PAGE)).status_code == 403
    assert caseworker.get(reverse(CSV), query).status_code == 403
    anonymous = Client().get(reverse(PAGE))
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]


# 15-minute export ----------------------------------------------------------------------


def read_csv(response: Any) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_interval_export_is_the_queues_local_day_in_quarter_hours(
    office: Office, manager: Any, client_for: Any
) -> None:
    queue = office.permits_queue
    # 12 May 2026 in Chicago (CDT): queued 09:05, picked up 09:20, resolved 09:50.
    case = CaseFactory(
        agency=office.agency,
        status=CaseStatus.RESOLVED,
        resolved_at=datetime(2026, 5, 12, 14, 50, tzinfo=UTC),
    )
    pickup(
        queue,
        case,
        queued=datetime(2026, 5, 12, 14, 5, tzinfo=UTC),
        at=datetime(2026, 5, 12, 14, 20, tzinfo=UTC),
    )

    rows = read_csv(client_for(manager).get(reverse(CSV), {"queue": queue.pk, "day": "2026-05-12"}))

    assert rows[0] == list(CSV_HEADER)
    assert len(rows) == 1 + 96
    assert rows[1][:3] == ["Permits desk", "2026-05-12T00:00:00-05:00", "2026-05-12T00:15:00-05:00"]
    by_start = {row[1]: row for row in rows[1:]}
    # 09:00: offered 1, handled 0, waiting 1. 09:15: the pickup, 1800 s, nobody waiting.
    assert by_start["2026-05-12T09:00:00-05:00"][3:] == ["1", "0", "", "1"]
    assert by_start["2026-05-12T09:15:00-05:00"][3:] == ["0", "1", "1800", "0"]
    assert rows[-1][2] == "2026-05-13T00:00:00-05:00"


def test_the_day_the_clocks_go_forward_has_92_quarter_hours(
    office: Office, manager: Any, client_for: Any
) -> None:
    query = {"queue": office.permits_queue.pk, "day": "2026-03-08"}
    rows = read_csv(client_for(manager).get(reverse(CSV), query))
    assert len(rows) == 1 + 92


def test_a_queue_name_a_spreadsheet_would_run_is_defused(
    office: Office, manager: Any, client_for: Any
) -> None:
    queue = QueueFactory(agency=office.agency, name='=HYPERLINK("http://evil.example")')

    rows = read_csv(client_for(manager).get(reverse(CSV), {"queue": queue.pk, "day": "2026-05-12"}))

    assert {row[0] for row in rows[1:]} == {'\'=HYPERLINK("http://evil.example")'}


def test_another_agencys_queue_is_not_found(office: Office, manager: Any, client_for: Any) -> None:
    foreign = QueueFactory(agency=AgencyFactory())

    client = client_for(manager)

    response = client.get(reverse(CSV), {"queue": foreign.pk, "day": "2026-05-12"})

    assert response.status_code == 404
    huge = client.get(reverse(CSV), {"queue": "9" * 30, "day": "2026-05-12"})
    assert huge.status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"day": "2026-05-12"}, "Choose a queue."),
        ({"queue": "first", "day": "2026-05-12"}, "Choose one of the listed queues."),
        ({"queue": "QUEUE", "day": "2026-02-30"}, "Enter a real date, for example 2026-03-04."),
        ({"queue": "QUEUE"}, "Enter the day to export."),
    ],
)
def test_a_bad_export_request_shows_the_page_with_the_message(
    office: Office, manager: Any, client_for: Any, query: dict[str, str], message: str
) -> None:
    if query.get("queue") == "QUEUE":
        query = {**query, "queue": str(office.permits_queue.pk)}

    response = client_for(manager).get(reverse(CSV), query)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert response["Content-Type"].startswith("text/html")


# Queries -------------------------------------------------------------------------------


def test_the_page_runs_the_same_few_queries_however_long_the_history(
    office: Office, manager: Any, client_for: Any
) -> None:
    client = client_for(manager)

    def queries(**query: Any) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(PAGE), query).status_code == 200
        return len(captured)

    before = queries(service=office.permits.pk)
    for weeks_back in range(5, 40, 3):
        when = tuesday_of(HISTORY_WEEKS[0]) - timedelta(days=7 * weeks_back)
        CaseFactory.create_batch(3, agency=office.agency, service=office.permits, created_at=when)
    after = queries(service=office.permits.pk)

    # About half the queries are the page layout's (session, agency, presence, notices).
    assert before == after <= 22
    assert queries() <= 22


# Rollups against the live readers ------------------------------------------------------

# Minutes from 13 weeks before NOW until NOW: both ends of the 12-week handle window, and
# today so far, get cases.
WINDOW_MINUTES = 13 * 7 * 24 * 60
moments = st.integers(min_value=-WINDOW_MINUTES, max_value=-1)
history = st.lists(
    st.fixed_dictionaries(
        {
            "created": moments,
            "service": st.integers(min_value=0, max_value=1),
            # Minutes from the pickup to the resolution, none for a case still open.
            "handled": st.one_of(st.none(), st.integers(min_value=0, max_value=3 * 24 * 60)),
            "picked": st.integers(min_value=0, max_value=2 * 24 * 60),
            "picked_again": st.one_of(st.none(), st.integers(min_value=1, max_value=600)),
        }
    ),
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(specs=history, since_shift=st.integers(min_value=0, max_value=24 * 60 - 1))
def test_the_rollup_readers_give_the_live_readers_figures(
    specs: list[dict[str, Any]], since_shift: int
) -> None:
    agency = AgencyFactory()
    services = [ServiceFactory(agency=agency), ServiceFactory(agency=agency)]
    queue = QueueFactory(agency=agency)
    for spec in specs:
        created = NOW + timedelta(minutes=spec["created"])
        picked = created + timedelta(minutes=spec["picked"])
        resolved = None
        if spec["handled"] is not None:
            resolved = min(picked + timedelta(minutes=spec["handled"]), NOW)
        case = CaseFactory(
            agency=agency,
            service=services[spec["service"]],
            created_at=created,
            status=CaseStatus.RESOLVED if resolved else CaseStatus.IN_PROGRESS,
            resolved_at=resolved,
        )
        if picked < NOW:
            pickup(queue, case, queued=created, at=picked)
        if spec["picked_again"] is not None:
            again = picked + timedelta(minutes=spec["picked_again"])
            if again < NOW:
                pickup(queue, case, queued=picked, at=again)
    roll_up(agency)
    this_week = date(2026, 5, 11)
    since = NOW - timedelta(weeks=12) + timedelta(minutes=since_shift)
    ids = [services[0].pk]
    for reader, arguments in (
        ("weekly_incoming", {"since": this_week - timedelta(weeks=14), "until": this_week}),
        ("weekly_incoming", {"since": this_week - timedelta(weeks=2), "until": this_week}),
        ("daily_incoming", {"since": date(2026, 3, 1), "until": date(2026, 5, 14)}),
        ("handle_minutes_by_service", {"since": since, "until": NOW}),
        ("handle_minutes_by_service", {"since": NOW - timedelta(hours=30), "until": NOW}),
    ):
        extra: dict[str, Any] = {"service_ids": ids} if reader == "weekly_incoming" else {}
        got = getattr(rolled, reader)(agency=agency, **arguments, **extra)
        want = getattr(live, reader)(agency=agency, **arguments, **extra)
        assert got == want, reader
    for service in services:
        window = {"since": date(2026, 3, 16), "until": date(2026, 5, 13)}
        assert rolled.daily_incoming(
            agency=agency, service_id=service.pk, **window
        ) == live.daily_incoming(agency=agency, service_id=service.pk, **window)


def test_the_page_reads_the_history_from_the_rollups(
    office: Office, manager: Any, client_for: Any
) -> None:
    """Without its rows a day counts nothing, whatever its cases: the page never counts
    history from the case table."""
    DailyRollup.objects.filter(agency=office.agency).delete()

    response = client_for(manager).get(reverse(PAGE), {"service": office.permits.pk})

    assert b'data-method="none"' in response.content
    assert "handle time is unknown" in summary(response, "handle")
    # The open cases now are counted live, through the index of open cases.
    assert summary(response, "backlog") == "Open cases now: 38; backlog target: 38."
