"""Service levels on the caseworker's pages: the list column, its filter and sort, the case panel.

The clock is run by the real services: cases are opened with case_open at fixed times
(time-machine) and the sweep moves them to at risk or breached. The agency has no
calendar of its own, so it is open Monday to Friday 09:00-17:00 in America/Chicago
(Illinois holidays). The policy: first response in 8 business hours, resolution in 40,
a warning at 75% of each.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from backoffice.models import Role
from cases import services
from cases.models import Case, CaseStatus, Channel, SlaBasis, SlaState
from cases.services.sla import sla_sweep
from cases.templatetags.sla import sla_duration

from ..backoffice.factories import TeamFactory
from ..conftest import member
from .factories import CaseFactory, CustomerFactory, ServiceFactory, SlaPolicyFactory

pytestmark = pytest.mark.django_db

CHICAGO = ZoneInfo("America/Chicago")
HOUR = timedelta(hours=1)


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CHICAGO)


# Tuesday 10 March 2026 is an ordinary working day in Illinois; so is the Wednesday.
TUESDAY = local(2026, 3, 10, 9)
TUESDAY_11 = local(2026, 3, 10, 11)
WEDNESDAY_10 = local(2026, 3, 11, 10)


@contextmanager
def at(moment: datetime) -> Iterator[None]:
    with time_machine.travel(moment, tick=False):
        yield


@pytest.fixture
def worker(agency: Any) -> Any:
    return member(agency, Role.CASEWORKER)


@pytest.fixture
def supervisor(agency: Any) -> Any:
    return member(agency, Role.SUPERVISOR, full_name="Sam Supervisor")


@pytest.fixture
def policy(agency: Any) -> Any:
    return SlaPolicyFactory(
        agency=agency,
        name="Standard promise",
        response_target=8 * HOUR,
        resolution_target=40 * HOUR,
        escalate_after=None,
    )


def open_case(agency: Any, service: Any, actor: Any, subject: str, when: datetime) -> Case:
    with at(when):
        return services.case_open(
            agency=agency,
            service=service,
            channel=Channel.PHONE,
            subject=subject,
            customer=CustomerFactory(agency=agency),
            actor=actor,
        )


@pytest.fixture
def desk(agency: Any, service: Any, policy: Any, worker: Any, supervisor: Any) -> dict[str, Case]:
    """One case in each service-level state, as the sweep leaves them on Wednesday 10:00."""
    cases: dict[str, Any] = {
        # Response due Tuesday 17:00: one business hour overdue on Wednesday at 10:00.
        "breached": open_case(agency, service, worker, "Breached request", TUESDAY),
        # Response due Wednesday 11:00, warned at Tuesday 17:00: at risk, one hour left.
        "at_risk": open_case(agency, service, worker, "At-risk request", TUESDAY_11),
        # Response due Wednesday 17:00: seven hours left.
        "on_track": open_case(agency, service, worker, "On-track request", local(2026, 3, 11, 9)),
        # Paused at Tuesday 10:00 with seven of its eight hours left.
        "paused": open_case(agency, service, worker, "Paused request", TUESDAY),
        # Answered and resolved within its targets.
        "met": open_case(agency, service, worker, "Met request", TUESDAY),
    }
    with at(local(2026, 3, 10, 10)):
        for status in (CaseStatus.OPEN, CaseStatus.WAITING_CUSTOMER):
            services.case_change_status(case=cases["paused"], status=status, actor=worker)
        services.case_message_customer(
            case=cases["met"], subject="", body="We are on it.", actor=worker
        )
    with at(local(2026, 3, 10, 12)):
        services.case_change_status(
            case=cases["met"], status=CaseStatus.RESOLVED, resolution="Fixed.", actor=worker
        )
    with at(WEDNESDAY_10):
        sla_sweep(now=WEDNESDAY_10)
    cases["none"] = CaseFactory(agency=agency, subject="Request without a promise")
    return {name: Case.objects.get(pk=case.pk) for name, case in cases.items()}


def row_of(page: str, subject: str) -> str:
    """The table row of the case with *subject*."""
    start = page.index(subject)
    return page[page.rindex("<tr", 0, start) : page.index("</tr>", start)]


def test_the_desk_is_in_the_states_the_tests_rely_on(desk: dict[str, Case]) -> None:
    assert {name: case.sla_state for name, case in desk.items()} == {
        "breached": SlaState.BREACHED,
        "at_risk": SlaState.AT_RISK,
        "on_track": SlaState.ON_TRACK,
        "paused": SlaState.ON_TRACK,
        "met": SlaState.MET,
        "none": SlaState.NONE,
    }
    assert desk["paused"].sla_paused_at is not None


def test_the_case_list_shows_each_state_in_words_with_the_business_time_left(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    with at(WEDNESDAY_10):
        page = client_for(worker).get("/cases/?status=").content.decode()
    assert "Service level" in page
    expected = {
        "Breached request": ["Breached", "First response: 1 h of business time overdue"],
        "At-risk request": ["At risk", "First response: 1 h of business time left"],
        "On-track request": ["On track", "First response: 7 h of business time left"],
        "Paused request": ["Paused", "First response: 7 h of business time left"],
        "Met request": ["Met"],
        "Request without a promise": ["No service level"],
    }
    for subject, texts in expected.items():
        row = row_of(page, subject)
        for text in texts:
            assert text in row, (subject, text)
    assert "On track" not in row_of(page, "Paused request")
    assert "left" not in row_of(page, "Met request")
    assert "app-sla__countdown--overdue" in row_of(page, "Breached request")


def test_a_calendar_time_policy_counts_every_hour_and_says_so(
    agency: Any, worker: Any, client_for: Any
) -> None:
    service = ServiceFactory(agency=agency, name="Emergency")
    SlaPolicyFactory(
        agency=agency,
        service=service,
        basis=SlaBasis.CALENDAR,
        response_target=4 * HOUR,
        resolution_target=24 * HOUR,
        escalate_after=None,
    )
    # Opened on a Saturday night: calendar time runs while the office is closed.
    open_case(agency, service, worker, "Gas smell", local(2026, 3, 14, 22))
    with at(local(2026, 3, 14, 22, 40)):
        page = client_for(worker).get("/cases/").content.decode()
    row = row_of(page, "Gas smell")
    assert "First response: 3 h 20 min left" in row
    assert "business time" not in row


@pytest.mark.parametrize(
    ("sla", "expected"),
    [
        ("breached", ["breached"]),
        ("at_risk", ["at_risk"]),
        ("on_track", ["on_track"]),
        ("paused", ["paused"]),
        ("", ["breached", "at_risk", "on_track", "paused", "met", "none"]),
    ],
)
def test_the_service_level_filter_returns_the_right_cases(
    desk: dict[str, Case], worker: Any, client_for: Any, sla: str, expected: list[str]
) -> None:
    with at(WEDNESDAY_10):
        response = client_for(worker).get("/cases/", {"status": "", "sla": sla})
    found = {case.pk for case in response.context["page"].items}
    assert found == {desk[name].pk for name in expected}


def test_a_paused_case_that_was_breached_is_found_as_breached_and_as_paused(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    with at(local(2026, 3, 11, 10, 30)):
        for status in (CaseStatus.OPEN, CaseStatus.WAITING_THIRD_PARTY):
            services.case_change_status(case=desk["breached"], status=status, actor=worker)
        client = client_for(worker)
        breached = client.get("/cases/", {"sla": "breached"}).context["page"].items
        paused = client.get("/cases/", {"sla": "paused"}).context["page"].items
        page = client.get("/cases/", {"sla": "breached"}).content.decode()
    assert [case.pk for case in breached] == [desk["breached"].pk]
    assert desk["breached"].pk in {case.pk for case in paused}
    row = row_of(page, "Breached request")
    assert "Breached" in row
    assert "Paused" in row


def test_the_service_level_filter_answers_htmx_with_the_results_only(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    with at(WEDNESDAY_10):
        response = client_for(worker).get("/cases/?sla=breached", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page
    assert desk["breached"].reference in page
    assert desk["at_risk"].reference not in page


def test_an_unknown_service_level_filter_falls_back_to_the_open_cases(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    with at(WEDNESDAY_10):
        response = client_for(worker).get("/cases/?sla=whatever")
    assert response.status_code == 200
    assert desk["met"].pk not in {case.pk for case in response.context["page"].items}


def test_due_soonest_puts_running_clocks_first_then_paused_then_nothing_due(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    with at(WEDNESDAY_10):
        response = client_for(worker).get("/cases/", {"status": "", "sort": "due"})
    order = [case.pk for case in response.context["page"].items]
    running = [desk[name].pk for name in ("breached", "at_risk", "on_track")]
    assert order[:3] == running
    assert order[3] == desk["paused"].pk
    assert set(order[4:]) == {desk["met"].pk, desk["none"].pk}


def test_due_soonest_pages_by_keyset_without_losing_or_repeating_a_case(
    agency: Any, service: Any, policy: Any, worker: Any, client_for: Any
) -> None:
    opened = [
        open_case(agency, service, worker, f"Request {n}", TUESDAY + n * timedelta(minutes=7))
        for n in range(20)
    ]
    plain = [CaseFactory(agency=agency) for _ in range(12)]
    client = client_for(worker)
    with at(WEDNESDAY_10):
        first = client.get("/cases/", {"sort": "due"})
        cursor = first.context["page"].next_cursor
        assert cursor
        second = client.get("/cases/", {"sort": "due", "after": cursor})
    seen = [c.pk for c in first.context["page"].items + second.context["page"].items]
    assert seen[:20] == [case.pk for case in opened]
    assert sorted(seen[20:]) == sorted(case.pk for case in plain)
    assert len(seen) == len(set(seen)) == 32


def test_the_case_page_shows_the_service_level_panel_with_its_escalations(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    case = desk["breached"]
    with at(WEDNESDAY_10):
        page = client_for(worker).get(f"/cases/{case.pk}/").content.decode()
    panel = page[page.index('id="sla-heading"') : page.index('id="timeline-heading"')]
    for text in (
        "Standard promise",
        "Business hours (the agency&#x27;s calendar)",
        "Breached",
        "First response: 1 h of business time overdue",
        "Tue 2026-03-10 17:00",  # first response due, in Chicago time
        "not responded yet",
        "Mon 2026-03-16 17:00",  # resolution due: 40 business hours
        "Level 1: warning",
        "Level 2: breach",
        "Priority raised from Normal to High",
        "Notified Sam Supervisor",
    ):
        assert text in panel, text
    assert "Clock paused" not in panel


def test_the_case_page_says_when_the_first_response_was_met(
    desk: dict[str, Case], worker: Any, client_for: Any
) -> None:
    with at(WEDNESDAY_10):
        page = client_for(worker).get(f"/cases/{desk['met'].pk}/").content.decode()
    panel = page[page.index('id="sla-heading"') : page.index('id="timeline-heading"')]
    assert "Met</strong>, responded" in panel
    assert "Met</strong>, resolved" in panel
    assert "No escalations." in panel


def test_waiting_on_the_customer_shows_the_clock_paused_on_the_case_page(
    agency: Any, service: Any, policy: Any, worker: Any, client_for: Any
) -> None:
    case = open_case(agency, service, worker, "Needs a photo", TUESDAY)
    with at(TUESDAY):
        services.case_change_status(case=case, status=CaseStatus.OPEN, actor=worker)
    client = client_for(worker)
    with at(local(2026, 3, 10, 11, 30)):
        response = client.post(f"/cases/{case.pk}/status/", {"status-status": "waiting_customer"})
        assert response.status_code == 302
    with at(local(2026, 3, 12, 15)):
        page = client.get(f"/cases/{case.pk}/").content.decode()
    panel = page[page.index('id="sla-heading"') : page.index('id="timeline-heading"')]
    assert "Clock paused since" in panel
    assert "Tue 2026-03-10 11:30" in panel
    assert "Waiting on customer" in panel
    assert "Paused" in panel
    # Read where the clock stopped, however long the customer takes.
    assert "First response: 5 h 30 min of business time left" in panel


def test_a_case_without_a_policy_says_so(agency: Any, worker: Any, client_for: Any) -> None:
    case = CaseFactory(agency=agency)
    page = client_for(worker).get(f"/cases/{case.pk}/").content.decode()
    assert "No service level applies to this case." in page


def test_another_agency_sees_neither_the_panel_nor_the_case_in_its_service_level_lists(
    desk: dict[str, Case], other_agency: Any, client_for: Any
) -> None:
    outsider = client_for(member(other_agency, Role.MANAGER))
    with at(WEDNESDAY_10):
        assert outsider.get(f"/cases/{desk['breached'].pk}/").status_code == 404
        for sla in ("breached", "at_risk", "on_track", "paused"):
            response = outsider.get("/cases/", {"sla": sla, "sort": "due"})
            assert response.context["page"].items == [], sla
            assert "Breached request" not in response.content.decode()


def _cases_with_policies(agency: Any, worker: Any, count: int) -> None:
    """Cases of several services, each with its own policy, half of them assigned."""
    team = TeamFactory(agency=agency)
    for n in range(count):
        service = ServiceFactory(agency=agency)
        SlaPolicyFactory(agency=agency, service=service, escalate_after=None)
        case = open_case(agency, service, worker, f"Row {n}", TUESDAY + n * timedelta(minutes=3))
        if n % 2:
            services.case_assign(case=case, assignee=worker, actor=worker)
        Case.objects.filter(pk=case.pk).update(team=team)
    with at(WEDNESDAY_10):
        sla_sweep(now=WEDNESDAY_10)


@pytest.mark.parametrize(
    "path", ["/cases/?status=", "/cases/?sort=due&sla=", "/cases/mine/?status=", "/"]
)
def test_the_lists_with_a_service_level_column_cost_a_fixed_number_of_queries(
    agency: Any,
    worker: Any,
    client_for: Any,
    django_assert_max_num_queries: Any,
    path: str,
) -> None:
    client = client_for(worker)
    _cases_with_policies(agency, worker, 2)
    with at(WEDNESDAY_10), django_assert_max_num_queries(30) as small:
        assert client.get(path).status_code == 200
    _cases_with_policies(agency, worker, 28)
    with at(WEDNESDAY_10), django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(path)
    assert "of business time" in response.content.decode()


def test_the_customer_page_shows_the_service_level_at_a_fixed_cost(
    agency: Any, service: Any, worker: Any, client_for: Any, django_assert_max_num_queries: Any
) -> None:
    customer = CustomerFactory(agency=agency)
    client = client_for(worker)

    def add(count: int) -> None:
        for n in range(count):
            own_service = ServiceFactory(agency=agency)
            SlaPolicyFactory(agency=agency, service=own_service, escalate_after=None)
            with at(TUESDAY + n * timedelta(minutes=1)):
                services.case_open(
                    agency=agency,
                    service=own_service,
                    channel=Channel.PHONE,
                    subject=f"Customer row {n}",
                    customer=customer,
                    actor=worker,
                )

    add(2)
    with at(WEDNESDAY_10), django_assert_max_num_queries(30) as small:
        assert client.get(f"/customers/{customer.pk}/").status_code == 200
    add(20)
    with at(WEDNESDAY_10), django_assert_max_num_queries(len(small.captured_queries)):
        page = client.get(f"/customers/{customer.pk}/").content.decode()
    assert "First response: " in page


@pytest.mark.parametrize(
    ("length", "text"),
    [
        (timedelta(hours=5, minutes=20), "5 h 20 min"),
        (timedelta(hours=3), "3 h"),
        (timedelta(minutes=45, seconds=59), "45 min"),
        (timedelta(seconds=20), "0 min"),
        (-timedelta(hours=1, minutes=5), "1 h 5 min"),
        (timedelta(days=2, hours=1), "49 h"),
    ],
)
def test_durations_read_in_hours_and_minutes(length: timedelta, text: str) -> None:
    assert sla_duration(length) == text
