"""The supervisors' wallboard: exact figures from hand-built queues, who may see it, the
htmx refresh, and a query count that does not grow with the queues, people and cases."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine

from backoffice.models import Role, Team
from cases.models import CaseStatus, SlaState
from routing import keys
from routing.models import AwayReason, Pickup, Presence, PresenceState, Queue, QueueMode
from routing.selectors import Wallboard, wallboard
from routing.work import case_take_next

from ..backoffice.factories import MembershipFactory, TeamFactory, UserFactory
from ..cases.factories import CaseFactory
from ..conftest import member
from .factories import QueueFactory

pytestmark = pytest.mark.django_db

# 10:00 in Chicago (the factories' agencies), a Wednesday; the local day began at 06:00 UTC.
NOW = datetime(2026, 3, 4, 16, 0, tzinfo=UTC)
LOCAL_MIDNIGHT = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def person(agency: Any, team: Team, role: str = Role.CASEWORKER, **fields: Any) -> Any:
    user = UserFactory(**fields)
    MembershipFactory(user=user, agency=agency, team=team, role=role)
    return user


def presence(user: Any, state: str, since: timedelta, **fields: Any) -> Presence:
    """A presence set *since* before NOW (its log does not matter to the wallboard)."""
    return Presence.objects.create(
        user=user, state=state, since=NOW - since, last_activity_at=NOW - minutes(1), **fields
    )


def waiting(queue: Queue, waited: timedelta, **fields: Any) -> Any:
    """A case in *queue*'s line since *waited* before NOW, its place in line stored."""
    case = CaseFactory(agency=queue.agency, queue=queue, team=queue.team, **fields)
    case.queued_at = NOW - waited
    case.route_key = keys.route_key(case)
    case.save(update_fields=["queued_at", "route_key"])
    return case


def held(queue: Queue, user: Any, status: str = CaseStatus.OPEN, **fields: Any) -> Any:
    return CaseFactory(
        agency=queue.agency, queue=queue, team=queue.team, assignee=user, status=status, **fields
    )


def pickup(queue: Queue, user: Any, *, at: datetime, waited: timedelta) -> Pickup:
    case = held(queue, user, status=CaseStatus.RESOLVED)
    return Pickup.objects.create(
        agency=queue.agency,
        queue=queue,
        case=case,
        user=user,
        method="next",
        queued_at=at - waited,
        picked_at=at,
        waited=waited,
    )


@pytest.fixture
def floor(agency: Any, other_agency: Any) -> dict[str, Any]:
    """Two queues of one team with four members, their cases and pickups, and noise."""
    team = TeamFactory(agency=agency, name="Permits team")
    permits = QueueFactory(agency=agency, team=team, name="Permits")
    licences = QueueFactory(agency=agency, team=team, name="Licences", mode=QueueMode.PUSH)
    alice = person(agency, team, full_name="Alice Available")
    bob = person(agency, team, full_name="Bob Busy")
    carol = person(agency, team, full_name="Carol Away")
    dave = person(agency, team, full_name="Dave Never")
    sam = person(agency, team, Role.SUPERVISOR, full_name="Sam Supervisor")
    person(agency, team, Role.MANAGER, full_name="Mo Manager")  # no presence, in no queue
    permits.members.add(alice, bob, carol)
    licences.members.add(alice, dave)
    presence(alice, PresenceState.AVAILABLE, minutes(35), capacity=3)
    presence(bob, PresenceState.BUSY, minutes(25), capacity=2, busy_at_capacity=True)
    presence(
        carol,
        PresenceState.AWAY,
        minutes(90),
        reason=AwayReason.NOT_RESPONDING,
        missed_offers=2,
    )
    presence(sam, PresenceState.AVAILABLE, minutes(5))

    # Permits: three in line (one snoozed, one at risk), two in progress (one breached).
    waiting(permits, minutes(50))
    waiting(permits, minutes(20), sla_state=SlaState.AT_RISK)
    waiting(permits, minutes(5), snoozed_until=NOW + minutes(60))
    held(permits, bob, CaseStatus.OPEN, sla_state=SlaState.BREACHED)
    held(permits, bob, CaseStatus.IN_PROGRESS)
    # Not counted: waiting on the customer, done, or out of line.
    held(permits, bob, CaseStatus.WAITING_CUSTOMER, sla_state=SlaState.BREACHED)
    CaseFactory(agency=agency, queue=permits, status=CaseStatus.WAITING_CUSTOMER)
    # Today (local) Bob picked up two after 10 and 30 minutes; not yesterday's pickups.
    pickup(permits, bob, at=NOW - minutes(90), waited=minutes(10))
    pickup(permits, bob, at=LOCAL_MIDNIGHT + minutes(1), waited=minutes(30))
    pickup(permits, bob, at=LOCAL_MIDNIGHT - minutes(1), waited=timedelta(hours=5))
    # Licences: one breached case in line for two hours.
    waiting(licences, timedelta(hours=2), sla_state=SlaState.BREACHED)
    # Another agency: its own queue, cases, people and pickups.
    elsewhere = QueueFactory(agency=other_agency, name="Elsewhere")
    stranger = member(other_agency, Role.CASEWORKER, full_name="Stranger Elsewhere")
    elsewhere.members.add(stranger)
    presence(stranger, PresenceState.AVAILABLE, minutes(3))
    waiting(elsewhere, timedelta(hours=9))
    pickup(elsewhere, stranger, at=NOW - minutes(5), waited=minutes(1))
    return {
        "agency": agency,
        "team": team,
        "permits": permits,
        "licences": licences,
        "people": {"alice": alice, "bob": bob, "carol": carol, "dave": dave, "sam": sam},
        "supervisor": sam,
    }


def by_queue(board: Wallboard) -> dict[str, Any]:
    return {row.queue.name: row for row in board.queues}


def by_name(board: Wallboard) -> dict[str, Any]:
    return {row.user.full_name: row for row in board.people}


class TestFigures:
    def test_each_queue_counts_its_line_its_work_and_todays_pickups(self, floor: Any) -> None:
        board = wallboard(agency=floor["agency"], now=NOW)

        assert [row.queue.name for row in board.queues] == ["Licences", "Permits"]
        permits, licences = by_queue(board)["Permits"], by_queue(board)["Licences"]
        assert (permits.waiting, permits.snoozed) == (3, 1)
        assert permits.oldest_wait == minutes(50)
        assert permits.oldest_wait_text == "50 min"
        assert permits.picked_up_today == 2
        assert permits.average_wait_today == minutes(20)
        assert permits.in_progress == 2
        assert permits.at_risk == 2
        assert permits.people == {"available": 1, "busy": 1, "away": 1, "offline": 0}
        assert (licences.waiting, licences.snoozed) == (1, 0)
        assert licences.oldest_wait_text == "2 h 0 min"
        assert (licences.picked_up_today, licences.average_wait_today) == (0, None)
        assert (licences.in_progress, licences.at_risk) == (0, 1)
        assert licences.people == {"available": 1, "busy": 0, "away": 0, "offline": 1}

    def test_the_totals_add_up_the_queues_and_count_people_by_state(self, floor: Any) -> None:
        board = wallboard(agency=floor["agency"], now=NOW)

        assert (board.waiting, board.in_progress, board.at_risk) == (4, 2, 3)
        assert board.picked_up_today == 2
        assert board.average_wait_today == minutes(20)
        assert board.oldest is not None
        assert board.oldest.queue.name == "Licences"
        # Sam has a presence and works in the agency; Mo has none; the stranger is elsewhere.
        assert board.people_by_state == {"available": 2, "busy": 1, "away": 1, "offline": 1}

    def test_each_person_shows_state_time_in_it_load_and_pickups(self, floor: Any) -> None:
        people = by_name(wallboard(agency=floor["agency"], now=NOW))

        assert sorted(people) == [
            "Alice Available",
            "Bob Busy",
            "Carol Away",
            "Dave Never",
            "Sam Supervisor",
        ]
        bob = people["Bob Busy"]
        assert (bob.state, bob.time_in_state, bob.time_in_state_text) == (
            "busy",
            minutes(25),
            "25 min",
        )
        # Waiting on the customer does not take up capacity.
        assert (bob.in_progress, bob.capacity, bob.at_capacity) == (2, 2, True)
        assert bob.handled_today == 2
        assert bob.queues == ("Permits",)
        carol = people["Carol Away"]
        assert (carol.state_label, carol.reason_label) == ("Away", "Not responding")
        assert carol.time_in_state_text == "1 h 30 min"
        assert carol.missed_offers == 2
        dave = people["Dave Never"]
        assert (dave.state, dave.since, dave.time_in_state_text, dave.capacity) == (
            "offline",
            None,
            "",
            None,
        )
        assert people["Alice Available"].queues == ("Licences", "Permits")
        assert people["Sam Supervisor"].queues == ()

    def test_the_day_for_average_wait_is_the_agencys_local_day(self, floor: Any) -> None:
        # At 23:59 Chicago (05:59 UTC next day) the day has not turned yet...
        late = datetime(2026, 3, 5, 5, 59, tzinfo=UTC)
        assert by_queue(wallboard(agency=floor["agency"], now=late))["Permits"].picked_up_today == 2
        # ...at midnight it has: nothing picked up today yet.
        midnight = datetime(2026, 3, 5, 6, 0, tzinfo=UTC)
        permits = by_queue(wallboard(agency=floor["agency"], now=midnight))["Permits"]
        assert (permits.picked_up_today, permits.average_wait_today_text) == (0, "")

    def test_a_team_filter_keeps_its_queues_and_its_people(self, floor: Any, agency: Any) -> None:
        other_team = TeamFactory(agency=agency, name="Counter")
        counter = QueueFactory(agency=agency, team=other_team, name="Counter")
        clerk = person(agency, other_team, full_name="Clerk Counter")
        counter.members.add(clerk)
        waiting(counter, minutes(3))

        mine = wallboard(agency=agency, now=NOW, team=floor["team"])
        theirs = wallboard(agency=agency, now=NOW, team=other_team)

        assert [row.queue.name for row in mine.queues] == ["Licences", "Permits"]
        assert "Clerk Counter" not in by_name(mine)
        assert [row.queue.name for row in theirs.queues] == ["Counter"]
        assert sorted(by_name(theirs)) == ["Clerk Counter"]
        assert theirs.waiting == 1

    def test_inactive_queues_and_people_are_left_out(self, floor: Any) -> None:
        Queue.objects.filter(pk=floor["licences"].pk).update(is_active=False)
        floor["people"]["dave"].is_active = False
        floor["people"]["dave"].save(update_fields=["is_active"])

        board = wallboard(agency=floor["agency"], now=NOW)

        assert [row.queue.name for row in board.queues] == ["Permits"]
        assert "Dave Never" not in by_name(board)

    def test_get_next_case_moves_a_case_from_waiting_to_in_progress_and_picked_up(
        self, floor: Any
    ) -> None:
        alice = floor["people"]["alice"]
        before = by_queue(wallboard(agency=floor["agency"], now=NOW))["Permits"]

        pick = case_take_next(user=alice, now=NOW)

        assert pick is not None
        board = wallboard(agency=floor["agency"], now=NOW)
        after = by_queue(board)["Permits"]
        assert after.waiting == before.waiting - 1
        assert after.in_progress == before.in_progress + 1
        assert after.picked_up_today == 3
        assert after.waited_today == minutes(10 + 30) + pick.waited
        assert by_name(board)["Alice Available"].handled_today == 1
        assert by_name(board)["Alice Available"].in_progress == 1

    def test_an_agency_without_queues_has_an_empty_board(self, other_agency: Any) -> None:
        member(other_agency, Role.CASEWORKER)

        board = wallboard(agency=other_agency, now=NOW)

        assert (board.queues, board.people) == ([], [])
        assert (board.waiting, board.average_wait_today, board.oldest) == (0, None, None)


class TestPage:
    def test_supervisors_managers_and_administrators_see_the_wallboard(
        self, floor: Any, client_for: Any, agency: Any
    ) -> None:
        manager = member(agency, Role.MANAGER)
        administrator = member(agency, Role.ADMINISTRATOR)
        for user in (floor["supervisor"], manager, administrator):
            response = client_for(user).get("/routing/wallboard/")
            assert response.status_code == 200, user
            assert response.templates[0].name == "routing/wallboard/wallboard.html"

    def test_caseworkers_are_refused(self, floor: Any, client_for: Any) -> None:
        response = client_for(floor["people"]["alice"]).get("/routing/wallboard/")

        assert response.status_code == 403

    def test_anonymous_visitors_are_sent_to_sign_in(self, client: Any) -> None:
        response = client.get("/routing/wallboard/")

        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]

    def test_a_supervisor_of_another_agency_sees_only_their_own(
        self, floor: Any, client_for: Any, other_agency: Any
    ) -> None:
        outsider = member(other_agency, Role.SUPERVISOR)

        page = client_for(outsider).get("/routing/wallboard/").content.decode()

        assert "Elsewhere" in page
        assert "Permits" not in page
        assert "Alice Available" not in page
        # Naming a team of the other agency shows an error and nothing of theirs.
        filtered = client_for(outsider).get("/routing/wallboard/", {"team": floor["team"].pk})
        text = filtered.content.decode()
        assert "Choose one of the listed teams." in text
        assert "Permits" not in text

    def test_the_page_shows_the_figures_with_exact_times_and_state_tags(
        self, floor: Any, client_for: Any
    ) -> None:
        with time_machine.travel(NOW, tick=False):
            response = client_for(floor["supervisor"]).get("/routing/wallboard/")
        page = response.content.decode()

        assert response["Cache-Control"].startswith("max-age=0")
        assert 'hx-trigger="every 10s"' in page
        assert 'href="/routing/wallboard/"' in page  # the refresh works without htmx
        oldest = (
            '<time datetime="2026-03-04T09:10:00-06:00" title="Waiting since 4 Mar 2026 09:10">'
        )
        assert f"{oldest}50 min</time>" in page
        assert "Average wait 20 min" in page
        assert 'data-state="busy">Busy</span>' in page
        assert "Not responding" in page
        assert "2 of 2" in page
        assert "At capacity" in page  # Bob
        assert re.search(r'data-total="waiting">4</dd>', page)

    def test_htmx_gets_only_the_board_partial(self, floor: Any, client_for: Any) -> None:
        client = client_for(floor["supervisor"])

        with time_machine.travel(NOW, tick=False):
            full = client.get("/routing/wallboard/", {"team": floor["team"].pk})
            partial = client.get(
                "/routing/wallboard/", {"team": floor["team"].pk}, headers={"HX-Request": "true"}
            )

        text = partial.content.decode()
        assert text.lstrip().startswith('<div id="wallboard"')
        assert "<html" not in text
        assert "<h1" not in text
        assert f'hx-get="/routing/wallboard/?team={floor["team"].pk}"' in text
        assert "Alice Available" in text
        assert text.strip() in full.content.decode()

    def test_no_queues_yet_says_who_creates_them(self, client_for: Any, other_agency: Any) -> None:
        supervisor = member(other_agency, Role.SUPERVISOR)

        page = client_for(supervisor).get("/routing/wallboard/").content.decode()

        assert "No queues yet: an administrator creates them in the admin." in page

    def test_the_query_count_does_not_grow_with_queues_people_and_cases(
        self, floor: Any, client_for: Any, agency: Any, django_assert_max_num_queries: Any
    ) -> None:
        client = client_for(floor["supervisor"])
        client.get("/routing/wallboard/")  # sessions and caches warm
        # The page layout's own (session, user, agency, roles, ...) and the board's five.
        with django_assert_max_num_queries(25) as small:
            client.get("/routing/wallboard/")
        for n in range(5):
            team = TeamFactory(agency=agency)
            queue = QueueFactory(agency=agency, team=team)
            for i in range(3):
                worker = person(agency, team)
                queue.members.add(worker)
                presence(worker, PresenceState.BUSY, minutes(i))
                held(queue, worker)
                pickup(queue, worker, at=NOW - minutes(i), waited=minutes(n))
            for i in range(4):
                waiting(queue, minutes(i + 1))
        with django_assert_max_num_queries(len(small.captured_queries)):
            response = client.get("/routing/wallboard/")
        assert response.content.decode().count("data-queue=") == 7
