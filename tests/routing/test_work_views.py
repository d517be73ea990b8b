"""The work pages: My work (presence, load, queues, Get next case), the header's presence,
and the case page's queue panel with its tools (transfer, take back, priority, snooze,
decline), through the test client against the real services."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from backoffice.models import AuditEvent, Role
from cases.models import Case, CaseEvent, CaseStatus, EventKind, Priority
from routing.models import (
    AwayReason,
    CaseSkill,
    Decline,
    Pickup,
    Presence,
    PresenceLog,
    PresenceState,
)

from ..backoffice.factories import MembershipFactory
from ..cases.factories import CaseFactory
from ..conftest import member
from .factories import QueueFactory, SkillFactory
from .factories_work import queue_member, waiting_case

pytestmark = pytest.mark.django_db

MINUTES = timedelta(minutes=1)


@pytest.fixture
def queue(agency: Any) -> Any:
    return QueueFactory(agency=agency, name="Permits line")


@pytest.fixture
def worker(queue: Any) -> Any:
    return queue_member(queue, full_name="Casey Worker")


@pytest.fixture
def supervisor(queue: Any) -> Any:
    return queue_member(queue, role=Role.SUPERVISOR, full_name="Sam Supervisor")


def page(response: Any) -> str:
    return response.content.decode()


# My work -----------------------------------------------------------------------------------


def test_my_work_shows_my_presence_load_and_what_waits_in_my_queues(
    queue: Any, worker: Any, client_for: Any
) -> None:
    waiting_case(queue, waited=20 * MINUTES)
    waiting_case(queue, waited=5 * MINUTES)
    waiting_case(queue, waited=5 * MINUTES, snoozed_until=timezone.now() + timedelta(hours=2))
    CaseFactory(agency=queue.agency, assignee=worker, status=CaseStatus.OPEN, subject="Mine")
    response = client_for(worker).get("/routing/me/")
    assert response.status_code == 200
    rows = {row.queue.pk: row for row in response.context["queues"]}
    assert (rows[queue.pk].waiting, rows[queue.pk].snoozed) == (2, 1)
    html = page(response)
    assert "1 case in progress of your capacity of 3: room for 2 more." in html
    assert "Mine" in html
    assert "Permits line" in html
    assert "<strong>Available</strong>" in html
    assert "Get next case" in html


def test_my_work_asks_strangers_to_sign_in(client: Client) -> None:
    response = client.get("/routing/me/")
    assert response.status_code == 302
    assert "/login" in response["Location"] or "/accounts/" in response["Location"]


def test_setting_my_presence_changes_it_and_logs_the_change(worker: Any, client_for: Any) -> None:
    response = client_for(worker).post(
        "/routing/me/presence/",
        {"presence-state": PresenceState.AWAY, "presence-reason": AwayReason.MEETING},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/routing/me/"
    assert "You are now Away (meeting)." in page(response)
    presence = Presence.objects.get(user=worker)
    assert (presence.state, presence.reason) == (PresenceState.AWAY, AwayReason.MEETING)
    current = PresenceLog.objects.get(user=worker, ended_at__isnull=True)
    assert (current.state, current.reason, current.changed_by) == ("away", "meeting", worker)
    assert PresenceLog.objects.filter(user=worker, state=PresenceState.AVAILABLE).get().ended_at


def test_going_away_without_a_reason_is_refused_and_keeps_the_choice(
    worker: Any, client_for: Any
) -> None:
    response = client_for(worker).post("/routing/me/presence/", {"presence-state": "away"})
    assert response.status_code == 400
    html = page(response)
    assert "Say why you are away" in html
    assert 'id="id_presence-reason_error"' in html
    assert re.search(r'<option value="away" selected\s*>', html)
    assert Presence.objects.get(user=worker).state == PresenceState.AVAILABLE


def test_a_reason_only_counts_when_away(worker: Any, client_for: Any) -> None:
    client_for(worker).post(
        "/routing/me/presence/", {"presence-state": "busy", "presence-reason": "break"}
    )
    presence = Presence.objects.get(user=worker)
    assert (presence.state, presence.reason) == (PresenceState.BUSY, "")


def test_the_system_reason_not_responding_cannot_be_chosen(worker: Any, client_for: Any) -> None:
    response = client_for(worker).post(
        "/routing/me/presence/", {"presence-state": "away", "presence-reason": "not_responding"}
    )
    assert response.status_code == 400
    assert "Choose one of the listed reasons." in page(response)


def test_my_work_costs_the_same_queries_however_much_work_there_is(
    agency: Any, queue: Any, worker: Any, client_for: Any, django_assert_max_num_queries: Any
) -> None:
    client = client_for(worker)
    client.get("/routing/me/")  # first visit: nothing is created later on
    with django_assert_max_num_queries(20) as small:
        assert client.get("/routing/me/").status_code == 200
    for index in range(5):
        other = QueueFactory(agency=agency, name=f"Queue {index}")
        other.members.add(worker)
        for _ in range(3):
            waiting_case(other, waited=index * MINUTES)
    for _ in range(25):
        CaseFactory(agency=agency, assignee=worker, status=CaseStatus.IN_PROGRESS)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/routing/me/")
    assert len(response.context["queues"]) == 6
    assert len(response.context["cases"]) == 20
    assert "And 5 more: see My cases" in page(response)


# Get next case -------------------------------------------------------------------------------


def test_get_next_gives_the_best_case_and_says_how_long_it_waited(
    queue: Any, worker: Any, client_for: Any
) -> None:
    # Scores: 50 min + one step over low (30) = 80; 10 min + three steps (90) = 100.
    older = waiting_case(queue, waited=50 * MINUTES, priority=Priority.NORMAL)
    urgent = waiting_case(queue, waited=10 * MINUTES, priority=Priority.URGENT)
    response = client_for(worker).post("/routing/next/", follow=True)
    assert response.redirect_chain[-1][0] == f"/cases/{urgent.pk}/"
    assert f"Case {urgent.reference} is yours. It waited 10 min in Permits line." in page(response)
    urgent.refresh_from_db()
    older.refresh_from_db()
    assert urgent.assignee == worker
    assert older.assignee is None
    assert Pickup.objects.get(case=urgent).method == "next"


def test_get_next_gives_only_cases_of_the_agency_the_person_is_working_in(
    queue: Any, worker: Any, other_agency: Any, client_for: Any
) -> None:
    elsewhere = QueueFactory(agency=other_agency, name="Other line")
    MembershipFactory(user=worker, agency=other_agency, role=Role.CASEWORKER)
    elsewhere.members.add(worker)
    theirs = waiting_case(elsewhere, waited=90 * MINUTES)
    ours = waiting_case(queue, waited=5 * MINUTES)
    client = client_for(worker)
    client.post("/agency/switch/", {"agency": queue.agency.pk, "next": "/routing/me/"})

    response = client.post("/routing/next/", follow=True)

    assert response.redirect_chain[-1][0] == f"/cases/{ours.pk}/"
    theirs.refresh_from_db()
    assert theirs.assignee is None


def test_get_next_with_nothing_waiting_says_so_and_goes_back(
    queue: Any, worker: Any, client_for: Any
) -> None:
    response = client_for(worker).post("/routing/next/", {"next": "/cases/mine/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/cases/mine/"
    assert "No case is waiting for you right now" in page(response)


def test_get_next_when_away_shows_why_on_my_work(queue: Any, client_for: Any) -> None:
    person = queue_member(queue, state=PresenceState.AWAY)
    waiting_case(queue, waited=5 * MINUTES)
    response = client_for(person).post("/routing/next/", follow=True)
    assert response.redirect_chain[-1][0] == "/routing/me/"
    assert "You are Away. Set yourself Available to take cases." in page(response)
    assert not Case.objects.filter(assignee=person).exists()


def test_get_next_never_sends_anyone_off_the_site(queue: Any, worker: Any, client_for: Any) -> None:
    response = client_for(worker).post("/routing/next/", {"next": "https://evil.example/"})
    assert response["Location"] == "/routing/me/"


def test_get_next_is_a_post(worker: Any, client_for: Any) -> None:
    assert client_for(worker).get("/routing/next/").status_code == 405


def test_my_cases_has_the_get_next_button_and_the_full_list_does_not(
    worker: Any, client_for: Any
) -> None:
    client = client_for(worker)
    assert 'action="/routing/next/"' in page(client.get("/cases/mine/"))
    assert 'action="/routing/next/"' not in page(client.get("/cases/"))


# The header ---------------------------------------------------------------------------------


def test_the_header_shows_my_presence_and_links_my_work(worker: Any, client_for: Any) -> None:
    html = page(client_for(worker).get("/cases/mine/"))
    assert 'href="/routing/me/" class="app-presence-link">Presence: <strong>Available</strong>' in (
        html
    )
    assert "<span>My work</span>" in html
    assert "Wallboard" not in html


def test_supervisors_get_the_wallboard_link(supervisor: Any, client_for: Any) -> None:
    html = page(client_for(supervisor).get("/routing/me/"))
    assert 'href="/routing/wallboard/"' in html
    assert 'href="/routing/me/" class="usa-nav-link usa-current" aria-current="page"' in html


# The case page's queue panel ----------------------------------------------------------------------


def test_the_case_page_shows_the_queue_wait_snooze_and_skills(
    queue: Any, worker: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=30 * MINUTES)
    spanish = SkillFactory(agency=queue.agency, name="Spanish")
    permits = SkillFactory(agency=queue.agency, name="Commercial permits")
    CaseSkill.objects.create(case=case, skill=spanish, min_level=3, required=True)
    CaseSkill.objects.create(case=case, skill=permits, min_level=2, required=False)
    Case.objects.filter(pk=case.pk).update(snoozed_until=timezone.now() + timedelta(hours=3))
    html = page(client_for(worker).get(f"/cases/{case.pk}/"))
    assert "Permits line · taken with Get next case" in html
    assert "Spanish, level 3 or above · <strong>required</strong>" in html
    assert "Commercial permits, level 2 or above · preferred" in html
    assert "Not snoozed" not in html
    assert "Wake now" in html
    assert "Decline this case" in html
    assert "Supervisor tools" not in html


def test_supervisors_see_each_persons_load_and_capacity_when_transferring(
    queue: Any, worker: Any, supervisor: Any, client_for: Any
) -> None:
    CaseFactory(agency=queue.agency, assignee=worker, status=CaseStatus.OPEN)
    case = waiting_case(queue, waited=5 * MINUTES)
    html = page(client_for(supervisor).get(f"/cases/{case.pk}/"))
    assert "Supervisor tools" in html
    assert "Casey Worker — 1 of 3 cases, available" in html


def test_a_supervisor_transfers_a_case_to_a_person(
    queue: Any, worker: Any, supervisor: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    response = client_for(supervisor).post(
        f"/routing/cases/{case.pk}/transfer-person/",
        {"transfer_person-assignee": worker.pk, "transfer_person-reason": "Speaks Polish"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == f"/cases/{case.pk}/"
    assert "Transferred to Casey Worker." in page(response)
    case.refresh_from_db()
    assert case.assignee == worker
    event = case.events.filter(kind=EventKind.ASSIGNED).get()
    assert event.actor == supervisor
    assert "Speaks Polish" in event.summary


def test_a_transfer_to_someone_at_capacity_is_refused_under_the_field(
    queue: Any, supervisor: Any, client_for: Any
) -> None:
    full = queue_member(queue, capacity=1, full_name="Fay Full")
    CaseFactory(agency=queue.agency, assignee=full, status=CaseStatus.OPEN)
    case = waiting_case(queue, waited=5 * MINUTES)
    response = client_for(supervisor).post(
        f"/routing/cases/{case.pk}/transfer-person/",
        {"transfer_person-assignee": full.pk, "transfer_person-reason": "Urgent"},
    )
    assert response.status_code == 400
    html = page(response)
    assert 'id="id_transfer_person-assignee_error"' in html
    assert "Fay Full is at capacity (1 cases in progress)." in html
    assert 'value="Urgent"' in html
    case.refresh_from_db()
    assert case.assignee is None


def test_a_supervisor_transfers_a_held_case_to_another_queue(
    agency: Any, queue: Any, worker: Any, supervisor: Any, client_for: Any
) -> None:
    inspections = QueueFactory(agency=agency, name="Inspections")
    case = CaseFactory(agency=agency, queue=queue, assignee=worker, status=CaseStatus.OPEN)
    response = client_for(supervisor).post(
        f"/routing/cases/{case.pk}/transfer-queue/",
        {"transfer_queue-queue": inspections.pk, "transfer_queue-reason": ""},
        follow=True,
    )
    assert "The case now waits in Inspections." in page(response)
    case.refresh_from_db()
    assert (case.queue, case.assignee, case.route_key is not None) == (inspections, None, True)
    assert case.events.filter(kind=EventKind.ROUTED, actor=supervisor).exists()


def test_a_queue_of_another_agency_cannot_be_chosen(
    queue: Any, supervisor: Any, other_agency: Any, client_for: Any
) -> None:
    elsewhere = QueueFactory(agency=other_agency)
    case = waiting_case(queue, waited=5 * MINUTES)
    response = client_for(supervisor).post(
        f"/routing/cases/{case.pk}/transfer-queue/", {"transfer_queue-queue": elsewhere.pk}
    )
    assert response.status_code == 400
    assert "Choose one of the listed queues." in page(response)
    case.refresh_from_db()
    assert case.queue == queue


def test_a_supervisor_takes_a_case_back_into_its_queue_with_a_reason(
    queue: Any, worker: Any, supervisor: Any, client_for: Any
) -> None:
    case = CaseFactory(agency=queue.agency, queue=queue, assignee=worker, status=CaseStatus.OPEN)
    response = client_for(supervisor).post(
        f"/routing/cases/{case.pk}/take-back/",
        {"take_back-reason": "Casey is off sick"},
        follow=True,
    )
    assert "Taken back: the case waits in its queue again." in page(response)
    case.refresh_from_db()
    assert case.assignee is None
    assert case.route_key is not None
    event = case.events.filter(kind=EventKind.UNASSIGNED).get()
    assert event.actor == supervisor
    assert "Casey is off sick" in event.summary


def test_taking_back_a_case_nobody_holds_is_refused_on_the_form(
    queue: Any, supervisor: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    response = client_for(supervisor).post(f"/routing/cases/{case.pk}/take-back/", {})
    assert response.status_code == 400
    assert "Nobody holds this case." in page(response)


def test_a_supervisor_changes_the_priority_and_the_case_moves_up_the_line(
    queue: Any, supervisor: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES, priority=Priority.LOW)
    before = case.route_key
    response = client_for(supervisor).post(
        f"/routing/cases/{case.pk}/priority/", {"priority-priority": Priority.URGENT}, follow=True
    )
    assert "Priority changed." in page(response)
    case.refresh_from_db()
    assert case.priority == Priority.URGENT
    assert case.route_key == before - 3 * queue.priority_step_minutes * MINUTES


def test_caseworkers_are_refused_the_supervisor_tools(
    queue: Any, worker: Any, client_for: Any
) -> None:
    held = CaseFactory(agency=queue.agency, queue=queue, assignee=worker, status=CaseStatus.OPEN)
    client = client_for(worker)
    posts = {
        "transfer-person": {"transfer_person-assignee": worker.pk},
        "transfer-queue": {"transfer_queue-queue": queue.pk},
        "take-back": {},
        "priority": {"priority-priority": Priority.URGENT},
    }
    for action, data in posts.items():
        assert client.post(f"/routing/cases/{held.pk}/{action}/", data).status_code == 403, action
    held.refresh_from_db()
    assert (held.assignee, held.priority) == (worker, Priority.NORMAL)
    assert AuditEvent.objects.filter(action="access.denied", actor=worker).count() == 4


def test_every_queue_tool_is_a_404_for_another_agency(
    queue: Any, other_agency: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    outsider = client_for(member(other_agency, Role.MANAGER))
    for action in (
        "transfer-person",
        "transfer-queue",
        "take-back",
        "priority",
        "snooze",
        "wake",
        "decline",
    ):
        assert outsider.post(f"/routing/cases/{case.pk}/{action}/", {}).status_code == 404, action
    assert not CaseEvent.objects.filter(case=case).exists()
    assert not Decline.objects.exists()


def test_snoozing_reads_the_time_in_the_agency_zone_and_waking_ends_it(
    queue: Any, worker: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    zone = queue.agency.zone  # America/Chicago
    until = (timezone.now() + timedelta(hours=3)).astimezone(zone).replace(second=0, microsecond=0)
    client = client_for(worker)
    response = client.post(
        f"/routing/cases/{case.pk}/snooze/",
        {"snooze-until": until.strftime("%Y-%m-%dT%H:%M"), "snooze-reason": "Waiting on a call"},
        follow=True,
    )
    assert "Snoozed until" in page(response)
    case.refresh_from_db()
    assert case.snoozed_until == until
    assert case.events.filter(kind=EventKind.SNOOZED, actor=worker).exists()
    response = client.post(f"/routing/cases/{case.pk}/wake/", {}, follow=True)
    assert "The case is awake" in page(response)
    case.refresh_from_db()
    assert case.snoozed_until is None


def test_a_snooze_in_the_past_is_refused_under_the_field_keeping_the_input(
    queue: Any, worker: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    response = client_for(worker).post(
        f"/routing/cases/{case.pk}/snooze/", {"snooze-until": "2020-01-02T09:30"}
    )
    assert response.status_code == 400
    html = page(response)
    assert 'id="id_snooze-until_error"' in html
    assert "Choose a time in the future." in html
    assert 'value="2020-01-02T09:30"' in html
    case.refresh_from_db()
    assert case.snoozed_until is None


def test_a_caseworker_declines_a_waiting_case_and_is_never_given_it(
    queue: Any, worker: Any, client_for: Any
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    client = client_for(worker)
    response = client.post(
        f"/routing/cases/{case.pk}/decline/", {"decline-reason": "My neighbour"}, follow=True
    )
    assert f"You declined {case.reference}" in page(response)
    assert "You declined this case on" in page(response)
    assert Decline.objects.get(case=case, user=worker).reason == "My neighbour"
    response = client.post("/routing/next/", follow=True)
    assert "No case is waiting for you right now" in page(response)


def test_a_case_someone_holds_cannot_be_declined(
    queue: Any, worker: Any, supervisor: Any, client_for: Any
) -> None:
    case = CaseFactory(agency=queue.agency, queue=queue, assignee=supervisor, status="open")
    response = client_for(worker).post(f"/routing/cases/{case.pk}/decline/", {})
    assert response.status_code == 400
    assert "Only a case nobody holds can be declined." in page(response)
    assert not Decline.objects.exists()


def test_the_case_page_for_a_supervisor_costs_the_same_with_many_people(
    agency: Any,
    queue: Any,
    supervisor: Any,
    client_for: Any,
    django_assert_max_num_queries: Any,
) -> None:
    case = waiting_case(queue, waited=5 * MINUTES)
    client = client_for(supervisor)
    with django_assert_max_num_queries(45) as few:
        assert client.get(f"/cases/{case.pk}/").status_code == 200
    for _ in range(15):
        person = queue_member(queue)
        CaseFactory(agency=agency, assignee=person, status=CaseStatus.OPEN)
        QueueFactory(agency=agency)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"/cases/{case.pk}/")
    assert len(response.context["transfer_person_form"].fields["assignee"].queryset) == 16
