"""The people report: every figure against a hand-built day of presence and cases (the
arithmetic is in the comments), stretches clipped at the range's edges, an open stretch
ending now, who may see which teams, the bounded number of queries, the CSV, and a
property test that the bounded reads give the figures of every pickup ever made."""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice.expressions import OneOf
from backoffice.models import Role
from backoffice.reports import people as people_module
from backoffice.reports.people import STATE_KEYS, people_figures
from cases.models import CaseStatus
from routing.models import Pickup, PresenceLog

from ..cases.factories import CaseFactory
from ..routing.factories import QueueFactory
from .factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db
HOUR = 3600.0
# 23:00 UTC on 2 March 2026 is 17:00 in Chicago, the agency's time zone.
NOW = datetime(2026, 3, 2, 23, tzinfo=UTC)
START = datetime(2026, 3, 2, tzinfo=UTC)
END = datetime(2026, 3, 3, tzinfo=UTC)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def stretch(user: Any, state: str, begin: datetime, end: datetime | None, reason: str = "") -> None:
    PresenceLog.objects.create(
        user=user, state=state, reason=reason, started_at=begin, ended_at=end
    )


def pickup(queue: Any, case: Any, user: Any, at: datetime) -> None:
    Pickup.objects.create(
        agency=queue.agency,
        queue=queue,
        case=case,
        user=user,
        method="next",
        queued_at=utc(1, 0),
        picked_at=at,
        waited=at - utc(1, 0),
    )


class Floor:
    """Team North (Alice and Bob, caseworkers, and Sam, their supervisor) and team South
    (Carol), with a day of presence and cases on 2 March 2026."""

    def __init__(self) -> None:
        self.agency: Any = AgencyFactory()
        self.north: Any = TeamFactory(agency=self.agency, name="North")
        self.south: Any = TeamFactory(agency=self.agency, name="South")
        self.alice = self.worker(self.north, "Alice Archer")
        self.bob = self.worker(self.north, "Bob Baker")
        self.carol = self.worker(self.south, "=HYPERLINK(1)")
        self.supervisor = self.person(self.north, Role.SUPERVISOR, "Sam Supervisor")
        self.manager = self.person(None, Role.MANAGER, "Mo Manager")
        self.queue = QueueFactory(agency=self.agency, team=self.north)
        self.alice_day()
        self.bob_day()
        # Carol: 4 hours available, outside any team the supervisor sees.
        stretch(self.carol, "available", utc(2, 9), utc(2, 13))

    def person(self, team: Any, role: str, name: str) -> Any:
        user = UserFactory(full_name=name)
        MembershipFactory(user=user, agency=self.agency, team=team, role=role)
        return user

    def worker(self, team: Any, name: str) -> Any:
        return self.person(team, Role.CASEWORKER, name)

    def case(self, resolved: datetime | None = None, assignee: Any = None) -> Any:
        status = CaseStatus.RESOLVED if resolved else CaseStatus.IN_PROGRESS
        return CaseFactory(
            agency=self.agency, status=status, resolved_at=resolved, assignee=assignee
        )

    def alice_day(self) -> None:
        alice = self.alice
        stretch(alice, "available", utc(1, 8), utc(1, 9))  # before the range: not counted
        stretch(alice, "offline", utc(1, 20), utc(2, 8))  # clipped: 8 h from midnight
        stretch(alice, "available", utc(2, 8), utc(2, 10))  # 2 h
        stretch(alice, "busy", utc(2, 10), utc(2, 12))  # 2 h
        stretch(alice, "away", utc(2, 12), utc(2, 12, 30), "break")  # 0.5 h
        stretch(alice, "away", utc(2, 12, 30), utc(2, 13, 30), "meeting")  # 1 h
        stretch(alice, "available", utc(2, 13, 30), utc(2, 17))  # 3.5 h
        stretch(alice, "offline", utc(2, 17), None)  # open: 6 h until now (23:00)
        # Handled: picked 09:30, resolved 11:00 (1.5 h); picked 10:30, resolved 14:30 (4 h).
        pickup(self.queue, self.case(utc(2, 11)), alice, utc(2, 9, 30))
        pickup(self.queue, self.case(utc(2, 14, 30)), alice, utc(2, 10, 30))
        # Still hers and open: held from 16:00 until now, logged in until 17:00.
        pickup(self.queue, self.case(assignee=alice), alice, utc(2, 16))
        # Picked by Alice the day before, then by Bob at 09:00 who resolved it at 10:00:
        # Alice held it until 09:00 (08:00-09:00 logged in), and Bob handled it.
        self.shared = self.case(utc(2, 10))
        pickup(self.queue, self.shared, alice, utc(1, 10))

    def bob_day(self) -> None:
        bob = self.bob
        stretch(bob, "offline", utc(1, 0), utc(2, 8, 30))  # clipped: 8.5 h
        stretch(bob, "available", utc(2, 8, 30), None)  # open: 14.5 h until now
        pickup(self.queue, self.shared, bob, utc(2, 9))  # handled, 1 h


@pytest.fixture
def floor() -> Floor:
    return Floor()


def by_name(teams: Any) -> dict[str, Any]:
    return {person.name: person for team in teams for person in team.people}


def test_hours_in_each_state_are_clipped_to_the_range_and_an_open_stretch_ends_now(
    floor: Floor,
) -> None:
    (north,) = people_figures(agency=floor.agency, teams=[floor.north], start=START, end=END)
    alice = by_name([north])["Alice Archer"]
    hours = dict(zip(STATE_KEYS, alice.state_hours(), strict=True))

    assert hours == {
        ("available", ""): 5.5,
        ("busy", ""): 2.0,
        ("away", ""): 0.0,
        ("away", "break"): 0.5,
        ("away", "meeting"): 1.0,
        ("away", "training"): 0.0,
        ("away", "not_responding"): 0.0,
        ("offline", ""): 14.0,  # 8 h before 08:00 and 6 h from 17:00 to now
    }
    assert alice.logged_in_seconds == 9 * HOUR
    bob = by_name([north])["Bob Baker"]
    assert bob.state_seconds == {("offline", ""): 8.5 * HOUR, ("available", ""): 14.5 * HOUR}


def test_cases_handled_and_handle_time_count_the_last_pickup_before_resolution(
    floor: Floor,
) -> None:
    (north,) = people_figures(agency=floor.agency, teams=[floor.north], start=START, end=END)
    people = by_name([north])

    # Alice: (1.5 h + 4 h) / 2 = 2.75 h; the shared case is Bob's, her open case not handled.
    assert (people["Alice Archer"].handled, people["Alice Archer"].mean_handle_hours) == (2, 2.75)
    assert (people["Bob Baker"].handled, people["Bob Baker"].mean_handle_hours) == (1, 1.0)


def test_utilisation_and_occupancy_follow_their_definitions(floor: Floor) -> None:
    (north,) = people_figures(agency=floor.agency, teams=[floor.north], start=START, end=END)
    alice, bob = by_name([north])["Alice Archer"], by_name([north])["Bob Baker"]

    # Alice logged in 9 h, away 1.5 h: utilisation 7.5 / 9.
    assert alice.utilisation == pytest.approx(7.5 / 9)
    # Holding: 08:00-09:00 (the shared case until Bob's pickup, not its resolution at
    # 10:00), 09:30-14:30 (two cases overlapping, counted once) and 16:00-17:00 (open
    # case, logged out at 17:00): 7 h.
    assert alice.holding_seconds == 7 * HOUR
    assert alice.occupancy == pytest.approx(7 / 9)
    # Bob: never away; held the shared case 09:00-10:00 of 14.5 h logged in.
    assert bob.utilisation == 1.0
    assert bob.occupancy == pytest.approx(1 / 14.5)


def test_a_case_sent_back_to_its_queue_is_held_until_its_last_change(floor: Floor) -> None:
    dora = floor.worker(floor.south, "Dora Diaz")
    stretch(dora, "available", utc(2, 9), utc(2, 17))  # 8 h logged in
    returned = CaseFactory(agency=floor.agency, assignee=None, updated_at=utc(2, 11))
    pickup(floor.queue, returned, dora, utc(2, 10))  # held 10:00-11:00
    kept = CaseFactory(agency=floor.agency, assignee=dora, updated_at=utc(2, 11))
    pickup(floor.queue, kept, dora, utc(2, 15))  # still hers: held 15:00-17:00 (logged out)

    (south,) = people_figures(agency=floor.agency, teams=[floor.south], start=START, end=END)

    assert by_name([south])["Dora Diaz"].holding_seconds == 3 * HOUR
    assert by_name([south])["Dora Diaz"].occupancy == pytest.approx(3 / 8)


def test_team_totals_divide_summed_hours(floor: Floor) -> None:
    (north,) = people_figures(agency=floor.agency, teams=[floor.north], start=START, end=END)

    total = north.total
    assert [person.name for person in north.people] == ["Alice Archer", "Bob Baker"]
    assert total.handled == 3
    assert total.mean_handle_hours == pytest.approx(6.5 / 3)  # (1.5 + 4 + 1) h / 3
    assert total.logged_in_seconds == 23.5 * HOUR  # 9 + 14.5
    assert total.utilisation == pytest.approx(22 / 23.5)  # 1.5 h away
    assert total.occupancy == pytest.approx(8 / 23.5)  # 7 + 1 h holding


def test_a_range_later_than_now_ends_now_and_an_empty_range_counts_nothing(floor: Floor) -> None:
    (north,) = people_figures(
        agency=floor.agency, teams=[floor.north], start=utc(2, 22), end=utc(5, 0)
    )
    bob = by_name([north])["Bob Baker"]
    assert bob.state_seconds == {("available", ""): 1 * HOUR}  # 22:00 to now, 23:00

    (later,) = people_figures(
        agency=floor.agency, teams=[floor.north], start=utc(3, 0), end=utc(4, 0)
    )
    assert by_name([later])["Bob Baker"].logged_in_seconds == 0
    assert by_name([later])["Bob Baker"].utilisation is None


def test_the_collector_is_held_off_only_while_the_holds_are_worked_out(
    floor: Floor, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    holds = people_module._holds

    def watching(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return holds(*args)

    assert gc.isenabled()
    monkeypatch.setattr(people_module, "_holds", watching)
    people_figures(agency=floor.agency, teams=[floor.north], start=START, end=END)
    assert seen == [False]
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), people_module._collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()
    gc.disable()
    try:
        with people_module._collector_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_the_figures_take_six_queries_whatever_the_number_of_people(
    floor: Floor, django_assert_num_queries: Any
) -> None:
    for n in range(5):
        extra = floor.worker(floor.north, f"Extra {n}")
        stretch(extra, "available", utc(2, 9), utc(2, 10))
        pickup(floor.queue, floor.case(utc(2, 9, 30)), extra, utc(2, 9))

    with django_assert_num_queries(6):
        teams = people_figures(
            agency=floor.agency, teams=[floor.north, floor.south], start=START, end=END
        )
    assert by_name(teams)["Extra 4"].occupancy == 0.5


# The page ----------------------------------------------------------------------------


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


PAGE = "/reports/people/"
DAY = {"since": "2026-03-02", "until": "2026-03-02"}


def test_a_supervisor_sees_only_their_teams(floor: Floor) -> None:
    response = client_for(floor.supervisor).get(PAGE, DAY)

    assert response.status_code == 200
    assert [t.team for t in response.context["report"].teams] == [floor.north]
    body = response.content.decode()
    assert "Alice Archer" in body
    assert "Bob Baker" in body
    assert "HYPERLINK" not in body


def test_a_supervisor_cannot_pick_a_team_they_do_not_supervise(floor: Floor) -> None:
    response = client_for(floor.supervisor).get(PAGE, {**DAY, "team": floor.south.pk})

    assert response.status_code == 200
    assert "team" in response.context["form"].errors
    assert [t.team for t in response.context["report"].teams] == [floor.north]


def test_a_manager_sees_every_team_and_may_pick_one(floor: Floor) -> None:
    client = client_for(floor.manager)
    everyone = client.get(PAGE, DAY)
    south = client.get(PAGE, {**DAY, "team": floor.south.pk})

    assert [t.team for t in everyone.context["report"].teams] == [floor.north, floor.south]
    assert [t.team for t in south.context["report"].teams] == [floor.south]


def test_caseworkers_get_403_and_strangers_the_log_in_page(floor: Floor) -> None:
    assert client_for(floor.alice).get(PAGE).status_code == 403
    assert client_for(floor.alice).get("/reports/people.csv").status_code == 403
    anonymous = Client().get(PAGE)
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]


def test_the_page_shows_the_figures_of_the_chosen_local_days(floor: Floor) -> None:
    # 2 March in Chicago is 06:00 UTC on the 2nd to 06:00 UTC on the 3rd, cut at now:
    # Bob was available 08:30-23:00 UTC, 14.5 h, and offline 06:00-08:30, 2.5 h.
    response = client_for(floor.manager).get(PAGE, {**DAY, "team": floor.north.pk})

    (north,) = response.context["report"].teams
    bob = by_name([north])["Bob Baker"]
    assert bob.state_seconds == {("available", ""): 14.5 * HOUR, ("offline", ""): 2.5 * HOUR}
    body = response.content.decode()
    assert "Utilisation" in body
    assert "Occupancy" in body
    assert 'data-measure="logged-in">14.50<' in body


def test_the_default_range_is_the_last_seven_days(floor: Floor) -> None:
    report = client_for(floor.manager).get(PAGE).context["report"]

    assert (report.first_day.isoformat(), report.last_day.isoformat()) == (
        "2026-02-24",
        "2026-03-02",
    )


def test_a_range_longer_than_92_days_is_refused_without_a_500(floor: Floor) -> None:
    response = client_for(floor.manager).get(PAGE, {"since": "2025-11-01", "until": "2026-03-02"})

    assert response.status_code == 200
    assert "until" in response.context["form"].errors
    assert response.context["report"].first_day.isoformat() == "2026-02-24"
    ok = client_for(floor.manager).get(PAGE, {"since": "2025-12-01", "until": "2026-03-02"})
    assert not ok.context["form"].errors  # exactly 92 days


def test_the_page_runs_the_same_few_queries_for_ten_more_people(
    floor: Floor, django_assert_max_num_queries: Any
) -> None:
    client = client_for(floor.manager)
    client.get(PAGE, DAY)
    with CaptureQueriesContext(connection) as before:
        client.get(PAGE, DAY)
    for n in range(10):
        extra = floor.worker(floor.south, f"Extra {n}")
        stretch(extra, "busy", utc(2, 9), utc(2, 10))
        pickup(floor.queue, floor.case(utc(2, 9, 30)), extra, utc(2, 9))

    # The layout's own queries, the access checks, and the report's seven.
    with django_assert_max_num_queries(len(before)):
        response = client.get(PAGE, DAY)
    assert len(before) <= 20
    assert response.content.decode().count("data-person=") == 13


def test_the_csv_streams_every_person_and_team_total_with_formulas_defused(floor: Floor) -> None:
    response = client_for(floor.manager).get("/reports/people.csv", DAY)

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="people-2026-03-02-2026-03-02.csv"' in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:5] == ["team", "row", "person", "cases handled", "mean handle hours"]
    assert rows[0][-3:] == ["logged-in hours", "utilisation", "occupancy"]
    body = {(row[0], row[1], row[2]): row[3:] for row in rows[1:]}
    assert set(body) == {
        ("North", "person", "Alice Archer"),
        ("North", "person", "Bob Baker"),
        ("North", "team total", ""),
        ("South", "person", "'=HYPERLINK(1)"),
        ("South", "team total", ""),
    }
    bob = body[("North", "person", "Bob Baker")]
    assert bob[:2] == ["1", "1.00"]
    assert bob[-3:] == ["14.50", "1.0000", f"{1 / 14.5:.4f}"]


# Holds from before the range, against the definition -----------------------------------

# Minutes from NOW: a week before it to just before it.
WEEK_MINUTES = 7 * 24 * 60
before_now = st.integers(min_value=-WEEK_MINUTES, max_value=-1)
case_plans = st.fixed_dictionaries(
    {
        # Cancelled stands for duplicate too: both end without a resolution.
        "status": st.sampled_from(["in_progress", "resolved", "closed", "cancelled"]),
        # Pickups (minutes from NOW) and who made each (an index into the people).
        "picks": st.lists(st.tuples(before_now, st.integers(0, 2)), max_size=3),
        "done_after": st.integers(min_value=0, max_value=3 * 24 * 60),
        "assignee": st.one_of(st.none(), st.integers(0, 2)),
        "touched_after": st.integers(min_value=0, max_value=3 * 24 * 60),
    }
)


def _direct_holds(
    people: set[int], start: datetime, end: datetime
) -> tuple[dict[int, list[timedelta]], dict[int, list[tuple[datetime, datetime]]]]:
    """Handle times and holds per person, from every pickup ever made, by the definitions."""
    by_case: dict[int, list[datetime]] = {}
    for pick in Pickup.objects.all():
        by_case.setdefault(pick.case_id, []).append(pick.picked_at)
    handled: dict[int, list[timedelta]] = {pk: [] for pk in people}
    held: dict[int, list[tuple[datetime, datetime]]] = {pk: [] for pk in people}
    for pick in Pickup.objects.filter(user_id__in=people).select_related("case"):
        case, picked = pick.case, pick.picked_at
        resolved = case.resolved_at if case.resolved_at and case.resolved_at >= picked else None
        others = by_case[case.pk]
        if (
            resolved is not None
            and start <= resolved < end
            and not any(picked < other <= resolved for other in others)
        ):
            handled[pick.user_id].append(resolved - picked)
        following = min((other for other in others if other > picked), default=None)
        ends = [moment for moment in (resolved, following) if moment is not None]
        if ends:
            hold_end = min(ends)
        else:
            hold_end = NOW if case.assignee_id == pick.user_id else case.updated_at
        if picked < end and hold_end > start:
            held[pick.user_id].append((max(picked, start), min(hold_end, end)))
    return handled, held


def _direct_figures(
    people: list[Any], start: datetime, end: datetime
) -> dict[int, tuple[int, float, float]]:
    """(handled, handle seconds, holding seconds) per person, without any of the module's
    shortcuts; holding counted minute by minute."""
    ids = {person.pk for person in people}
    handled, held = _direct_holds(ids, start, end)
    online: dict[int, list[tuple[datetime, datetime]]] = {pk: [] for pk in ids}
    for log in PresenceLog.objects.filter(user_id__in=ids).exclude(state="offline"):
        online[log.user_id].append((max(log.started_at, start), min(log.ended_at or NOW, end)))

    def inside(moment: datetime, stretches: list[tuple[datetime, datetime]]) -> bool:
        return any(begin <= moment < finish for begin, finish in stretches)

    minutes = range(int((end - start).total_seconds()) // 60)
    result = {}
    for pk in ids:
        holding = sum(
            60.0
            for minute in minutes
            if inside(start + timedelta(minutes=minute), held[pk])
            and inside(start + timedelta(minutes=minute), online[pk])
        )
        times = handled[pk]
        result[pk] = (len(times), sum(times, timedelta(0)).total_seconds(), holding)
    return result


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plans=st.lists(case_plans, max_size=8), days_back=st.integers(min_value=1, max_value=4))
def test_the_bounded_reads_give_the_figures_of_every_pickup_ever_made(
    plans: list[dict[str, Any]], days_back: int
) -> None:
    """Every time is a whole minute, so counting minutes measures the overlaps exactly."""
    agency = AgencyFactory()
    team: Any = TeamFactory(agency=agency, name="Team")
    people = [UserFactory() for _ in range(3)]
    for person in people:
        MembershipFactory(user=person, agency=agency, team=team, role=Role.CASEWORKER)
        stretch(person, "available", NOW - timedelta(days=6), NOW - timedelta(hours=30))
        stretch(person, "busy", NOW - timedelta(hours=20), None)
    queue = QueueFactory(agency=agency, team=team)
    for plan in plans:
        times = sorted(NOW + timedelta(minutes=m) for m, _who in plan["picks"])
        last = times[-1] if times else NOW - timedelta(days=7)
        done = min(last + timedelta(minutes=plan["done_after"]), NOW)
        status = plan["status"]
        resolved = done if status in ("resolved", "closed") else None
        assignee = None if plan["assignee"] is None else people[plan["assignee"]]
        case = CaseFactory(
            agency=agency,
            status=status,
            resolved_at=resolved,
            closed_at=done if status == "closed" else None,
            assignee=assignee,
            updated_at=min(done + timedelta(minutes=plan["touched_after"]), NOW),
        )
        for at, (_minutes, who) in zip(times, sorted(plan["picks"]), strict=True):
            pickup(queue, case, people[who], at)
    start = NOW - timedelta(days=days_back)
    (figures,) = people_figures(agency=agency, teams=[team], start=start, end=NOW)
    want = _direct_figures(people, start, NOW)
    got = {p.user_id: (p.handled, p.handle_seconds, p.holding_seconds) for p in figures.people}
    assert got == want


def test_the_pickups_of_any_number_of_cases_are_read_with_one_parameter(floor: Floor) -> None:
    """40,000 case ids, more than SQLite takes as separate parameters: still one query."""
    shared = floor.shared.pk
    ids = [shared, *range(10**9, 10**9 + 40_000)]
    picked = Pickup.objects.filter(OneOf("case_id", ids)).values_list("user_id", flat=True)
    assert sorted(picked) == sorted([floor.alice.pk, floor.bob.pk])
    assert not Pickup.objects.filter(OneOf("case_id", [])).exists()
