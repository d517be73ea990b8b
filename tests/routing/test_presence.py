"""Presence: states and their log, who may set them, idle people going offline, activity
from requests, and time in each state per local day.

Times are fixed with time-machine and read in America/Chicago (the factories' zone);
the expected durations are worked out by hand in the comments.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Role
from routing import tasks
from routing.models import AwayReason, Presence, PresenceLog, PresenceState
from routing.presence import (
    presence_idle_sweep,
    presence_of,
    presence_set,
    presence_touch,
    time_in_states,
    time_in_states_for,
)

from ..backoffice.factories import UserFactory
from ..conftest import member

CHICAGO = ZoneInfo("America/Chicago")
AVAILABLE, BUSY, AWAY, OFFLINE = (
    PresenceState.AVAILABLE,
    PresenceState.BUSY,
    PresenceState.AWAY,
    PresenceState.OFFLINE,
)
H, M = timedelta(hours=1), timedelta(minutes=1)
ZERO = timedelta(0)


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CHICAGO)


@contextmanager
def at(moment: datetime) -> Iterator[None]:
    with time_machine.travel(moment, tick=False):
        yield


def set_at(moment: datetime, user: Any, state: str, reason: str = "", actor: Any = None) -> None:
    with at(moment):
        presence_set(user=user, state=state, reason=reason, actor=actor or user)


def log_of(user: Any) -> list[PresenceLog]:
    return list(PresenceLog.objects.filter(user=user).order_by("started_at", "id"))


@pytest.fixture
def supervisor(agency: Any) -> Any:
    return member(agency, Role.SUPERVISOR)


# Presence and its log -------------------------------------------------------------------


def test_first_use_creates_an_offline_presence_with_one_open_log_row(caseworker: Any) -> None:
    with at(local(2026, 3, 10, 8, 0)):
        presence = presence_of(caseworker)
        again = presence_of(caseworker)

    assert presence.pk == again.pk
    assert presence.state == OFFLINE
    assert presence.capacity == 3
    [row] = log_of(caseworker)
    assert (row.state, row.ended_at, row.changed_by) == (OFFLINE, None, None)
    assert row.started_at == local(2026, 3, 10, 8, 0)


def test_each_change_closes_the_open_row_so_the_log_holds_each_duration(caseworker: Any) -> None:
    with at(local(2026, 3, 10, 8, 0)):
        presence_of(caseworker)
    set_at(local(2026, 3, 10, 9, 0), caseworker, AVAILABLE)
    set_at(local(2026, 3, 10, 9, 30), caseworker, AWAY, AwayReason.BREAK)
    set_at(local(2026, 3, 10, 9, 45), caseworker, AVAILABLE)

    rows = log_of(caseworker)
    assert [(r.state, r.reason) for r in rows] == [
        (OFFLINE, ""),
        (AVAILABLE, ""),
        (AWAY, "break"),
        (AVAILABLE, ""),
    ]
    durations = [r.ended_at - r.started_at for r in rows[:-1] if r.ended_at]
    assert durations == [60 * M, 30 * M, 15 * M]
    assert rows[-1].ended_at is None
    assert all(r.changed_by == caseworker for r in rows[1:])
    presence = Presence.objects.get(user=caseworker)
    assert (presence.state, presence.since) == (AVAILABLE, local(2026, 3, 10, 9, 45))


def test_setting_the_same_state_and_reason_again_changes_nothing(caseworker: Any) -> None:
    set_at(local(2026, 3, 10, 9, 0), caseworker, AWAY, AwayReason.MEETING)
    set_at(local(2026, 3, 10, 9, 20), caseworker, AWAY, AwayReason.MEETING)

    assert len(log_of(caseworker)) == 2  # the first Offline, then Away
    assert Presence.objects.get(user=caseworker).since == local(2026, 3, 10, 9, 0)

    set_at(local(2026, 3, 10, 9, 30), caseworker, AWAY, AwayReason.TRAINING)
    assert [r.reason for r in log_of(caseworker)] == ["", "meeting", "training"]


def test_going_available_resets_missed_offers(caseworker: Any) -> None:
    presence_set(user=caseworker, state=AWAY, reason=AwayReason.NOT_RESPONDING, actor=None)
    Presence.objects.filter(user=caseworker).update(missed_offers=3)

    presence = presence_set(user=caseworker, state=AVAILABLE, actor=caseworker)

    assert presence.missed_offers == 0
    assert Presence.objects.get(user=caseworker).missed_offers == 0


def test_capacity_changes_without_a_log_row_and_stays_between_1_and_50(caseworker: Any) -> None:
    presence_set(user=caseworker, state=BUSY, actor=caseworker)
    presence = presence_set(user=caseworker, state=BUSY, actor=caseworker, capacity=50)

    assert presence.capacity == 50
    assert len(log_of(caseworker)) == 2
    for bad in (0, 51):
        with pytest.raises(DomainError) as error:
            presence_set(user=caseworker, state=BUSY, actor=caseworker, capacity=bad)
        assert error.value.field == "capacity"
    assert Presence.objects.get(user=caseworker).capacity == 50


# Reasons ----------------------------------------------------------------------------------


@pytest.mark.parametrize("state", [AVAILABLE, BUSY, OFFLINE])
def test_only_away_takes_a_reason(caseworker: Any, state: str) -> None:
    with pytest.raises(DomainError) as error:
        presence_set(user=caseworker, state=state, reason=AwayReason.BREAK, actor=caseworker)

    assert error.value.field == "reason"
    assert not PresenceLog.objects.filter(user=caseworker).exists()


def test_away_takes_a_listed_reason_or_none(caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        presence_set(user=caseworker, state=AWAY, reason="lunch", actor=caseworker)
    assert error.value.field == "reason"

    assert presence_set(user=caseworker, state=AWAY, actor=caseworker).reason == ""
    assert (
        presence_set(user=caseworker, state=AWAY, reason="training", actor=caseworker).reason
        == "training"
    )


def test_an_unknown_state_is_refused(caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        presence_set(user=caseworker, state="asleep", actor=caseworker)

    assert error.value.field == "state"


# Who may set presence ------------------------------------------------------------------------


def test_a_person_sets_their_own_presence_without_an_audit_row(caseworker: Any) -> None:
    presence_set(user=caseworker, state=AVAILABLE, actor=caseworker)

    assert not AuditEvent.objects.filter(action="presence.set").exists()


def test_a_supervisor_of_the_persons_agency_sets_their_presence_and_it_is_audited(
    agency: Any, caseworker: Any, supervisor: Any
) -> None:
    presence_set(user=caseworker, state=AVAILABLE, actor=caseworker)

    presence = presence_set(user=caseworker, state=AWAY, reason="meeting", actor=supervisor)

    assert presence.state == AWAY
    assert log_of(caseworker)[-1].changed_by == supervisor
    event = AuditEvent.objects.get(action="presence.set")
    assert (event.actor, event.agency, event.object_id) == (supervisor, agency, str(presence.pk))
    assert event.details == {
        "user": caseworker.email,
        "state": [AVAILABLE, AWAY],
        "reason": ["", "meeting"],
    }


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMINISTRATOR])
def test_managers_and_administrators_of_the_agency_may_set_presence(
    agency: Any, caseworker: Any, role: str
) -> None:
    presence_set(user=caseworker, state=BUSY, actor=member(agency, role))

    assert Presence.objects.get(user=caseworker).state == BUSY


def test_a_caseworker_may_not_set_a_colleagues_presence(agency: Any, caseworker: Any) -> None:
    colleague = member(agency, Role.CASEWORKER)

    with pytest.raises(DomainError) as error:
        presence_set(user=colleague, state=AVAILABLE, actor=caseworker)

    assert error.value.code == "forbidden"
    assert not Presence.objects.filter(user=colleague).exists()


def test_another_agencys_supervisor_may_not_set_presence(
    caseworker: Any, other_agency: Any
) -> None:
    presence_set(user=caseworker, state=BUSY, actor=caseworker)
    outsider = member(other_agency, Role.SUPERVISOR)

    with pytest.raises(DomainError) as error:
        presence_set(user=caseworker, state=AVAILABLE, actor=outsider)

    assert error.value.code == "forbidden"
    assert Presence.objects.get(user=caseworker).state == BUSY
    assert len(log_of(caseworker)) == 2
    assert not AuditEvent.objects.filter(action="presence.set").exists()


# Idle people go offline ---------------------------------------------------------------------


def test_idle_sweep_takes_only_idle_available_people_offline_and_logs_it(agency: Any) -> None:
    idle, active, busy, away = (member(agency, Role.CASEWORKER) for _ in range(4))
    set_at(local(2026, 3, 10, 9, 0), idle, AVAILABLE)
    set_at(local(2026, 3, 10, 9, 0), active, AVAILABLE)
    set_at(local(2026, 3, 10, 9, 0), busy, BUSY)
    set_at(local(2026, 3, 10, 9, 0), away, AWAY, AwayReason.BREAK)
    presence_touch(active, now=local(2026, 3, 10, 9, 10))

    # At 9:20 the idle person's last activity (9:00) is 20 minutes old, the active one's 10.
    with at(local(2026, 3, 10, 9, 20)):
        assert presence_idle_sweep(idle_minutes=15) == 1
        assert presence_idle_sweep(idle_minutes=15) == 0

    states = dict(Presence.objects.values_list("user_id", "state"))
    assert states == {idle.pk: OFFLINE, active.pk: AVAILABLE, busy.pk: BUSY, away.pk: AWAY}
    last = log_of(idle)[-1]
    assert (last.state, last.changed_by, last.ended_at) == (OFFLINE, None, None)
    assert last.started_at == local(2026, 3, 10, 9, 20)
    assert log_of(idle)[-2].ended_at == local(2026, 3, 10, 9, 20)
    assert Presence.objects.get(user=idle).since == local(2026, 3, 10, 9, 20)


def test_the_beat_task_sweeps_with_the_configured_idle_time(caseworker: Any, settings: Any) -> None:
    settings.ROUTING_IDLE_MINUTES = 30
    set_at(local(2026, 3, 10, 9, 0), caseworker, AVAILABLE)

    with at(local(2026, 3, 10, 9, 20)):
        assert tasks.presence_idle_sweep() == 0
    with at(local(2026, 3, 10, 9, 31)):
        assert tasks.presence_idle_sweep() == 1

    assert Presence.objects.get(user=caseworker).state == OFFLINE


def test_going_available_starts_the_idle_clock_afresh(caseworker: Any, supervisor: Any) -> None:
    set_at(local(2026, 3, 10, 8, 0), caseworker, AWAY, AwayReason.MEETING)
    # An hour later the supervisor makes them available; they are not idle yet.
    set_at(local(2026, 3, 10, 9, 0), caseworker, AVAILABLE, actor=supervisor)

    with at(local(2026, 3, 10, 9, 5)):
        assert presence_idle_sweep(idle_minutes=15) == 0


# Activity ----------------------------------------------------------------------------------


def test_touch_writes_activity_at_most_once_a_minute_and_never_creates_presence(
    caseworker: Any,
) -> None:
    set_at(local(2026, 3, 10, 9, 0), caseworker, AVAILABLE)

    assert presence_touch(caseworker, now=local(2026, 3, 10, 9, 0, 30)) == 0
    assert presence_touch(caseworker, now=local(2026, 3, 10, 9, 1, 1)) == 1
    assert presence_touch(caseworker, now=local(2026, 3, 10, 9, 1, 50)) == 0
    assert Presence.objects.get(user=caseworker).last_activity_at == local(2026, 3, 10, 9, 1, 1)

    stranger = UserFactory()
    assert presence_touch(stranger) == 0
    assert not Presence.objects.filter(user=stranger).exists()


def test_a_page_request_touches_activity_of_a_signed_in_person_with_presence(
    caseworker: Any, client_for: Any
) -> None:
    presence_set(user=caseworker, state=AVAILABLE, actor=caseworker)
    client = client_for(caseworker)
    # Ten minutes on: the session (signed in just now) is still valid.
    later = timezone.now() + 10 * M

    with at(later), CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200

    assert Presence.objects.get(user=caseworker).last_activity_at == later
    # The header reads the presence to show it; the activity itself is one write.
    touches = [
        q
        for q in queries.captured_queries
        if "routing_presence" in q["sql"] and not q["sql"].lstrip().upper().startswith("SELECT")
    ]
    assert len(touches) == 1
    assert touches[0]["sql"].lstrip().upper().startswith("UPDATE")


def test_a_page_that_read_a_recent_presence_writes_nothing(
    caseworker: Any, client_for: Any
) -> None:
    presence_set(user=caseworker, state=AVAILABLE, actor=caseworker)
    client = client_for(caseworker)
    written = Presence.objects.get(user=caseworker).last_activity_at

    # Half a minute on, the header's read shows the activity is recent: no UPDATE at all.
    with at(timezone.now() + timedelta(seconds=30)), CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200

    assert Presence.objects.get(user=caseworker).last_activity_at == written
    assert not [
        q for q in queries.captured_queries if q["sql"].lstrip().upper().startswith("UPDATE")
    ]


def test_page_requests_create_no_presence_for_people_without_one(
    caseworker: Any, client_for: Any, client: Any
) -> None:
    assert client_for(caseworker).get("/").status_code == 200
    assert client.get("/").status_code == 302  # anonymous: to the log-in page

    assert not Presence.objects.exists()
    assert not PresenceLog.objects.exists()


# Time in states -----------------------------------------------------------------------------


def test_time_in_states_counts_each_local_day_exactly(caseworker: Any) -> None:
    # Tuesday 10 March 2026 in Chicago (CDT, UTC-5):
    #   Mon 22:00 available -> Tue 01:30 away    1 h 30 on Tuesday (2 h on Monday)
    #   01:30 away (meeting) -> 02:00 busy       30 min
    #   02:00 busy -> 08:00 available            6 h
    #   08:00 available -> 12:15 offline         4 h 15
    #   12:15 offline, still open at 14:00       1 h 45
    with at(local(2026, 3, 9, 22, 0)):
        presence_of(caseworker)
    set_at(local(2026, 3, 9, 22, 0), caseworker, AVAILABLE)
    set_at(local(2026, 3, 10, 1, 30), caseworker, AWAY, AwayReason.MEETING)
    set_at(local(2026, 3, 10, 2, 0), caseworker, BUSY)
    set_at(local(2026, 3, 10, 8, 0), caseworker, AVAILABLE)
    set_at(local(2026, 3, 10, 12, 15), caseworker, OFFLINE)

    tuesday, monday, wednesday = date(2026, 3, 10), date(2026, 3, 9), date(2026, 3, 11)
    with at(local(2026, 3, 10, 14, 0)):
        assert time_in_states(user=caseworker, day=tuesday, zone=CHICAGO) == {
            AVAILABLE: 5 * H + 45 * M,
            AWAY: 30 * M,
            BUSY: 6 * H,
            OFFLINE: 1 * H + 45 * M,
        }
        assert time_in_states(user=caseworker, day=monday, zone=CHICAGO) == {
            AVAILABLE: 2 * H,
            AWAY: ZERO,
            BUSY: ZERO,
            OFFLINE: ZERO,
        }
        nothing_yet = time_in_states(user=caseworker, day=wednesday, zone=CHICAGO)
        assert set(nothing_yet.values()) == {ZERO}

    # The next morning the open stretch counts up to the end of Tuesday (12:15 -> 24:00)
    # and from Wednesday's midnight to now (10 h).
    with at(local(2026, 3, 11, 10, 0)):
        assert time_in_states(user=caseworker, day=tuesday, zone=CHICAGO)[OFFLINE] == (
            11 * H + 45 * M
        )
        assert time_in_states(user=caseworker, day=wednesday, zone=CHICAGO) == {
            AVAILABLE: ZERO,
            AWAY: ZERO,
            BUSY: ZERO,
            OFFLINE: 10 * H,
        }


def test_the_day_the_clocks_go_forward_has_23_hours(caseworker: Any) -> None:
    # Sunday 8 March 2026: Chicago moves from CST to CDT at 02:00.
    set_at(local(2026, 3, 7, 12, 0), caseworker, AVAILABLE)

    with at(local(2026, 3, 9, 12, 0)):
        spent = time_in_states(user=caseworker, day=date(2026, 3, 8), zone=CHICAGO)

    assert spent[AVAILABLE] == 23 * H


def test_the_same_day_reads_differently_in_another_zone(caseworker: Any) -> None:
    # Available from 22:00 in Chicago (CDT, so 03:00 UTC on Tuesday) on Monday 9 March 2026.
    set_at(local(2026, 3, 9, 22, 0), caseworker, AVAILABLE)

    with at(local(2026, 3, 10, 6, 0)):  # 11:00 UTC on Tuesday
        utc = time_in_states(user=caseworker, day=date(2026, 3, 10), zone=ZoneInfo("UTC"))
        chicago = time_in_states(user=caseworker, day=date(2026, 3, 10), zone=CHICAGO)

    assert utc[AVAILABLE] == 8 * H  # 03:00 UTC (22:00 CDT) to 11:00 UTC
    assert chicago[AVAILABLE] == 6 * H  # midnight to 06:00 in Chicago


def test_time_in_states_for_many_people_takes_one_query(
    agency: Any, django_assert_num_queries: Any
) -> None:
    first, second, absent = (member(agency, Role.CASEWORKER) for _ in range(3))
    set_at(local(2026, 3, 10, 9, 0), first, AVAILABLE)
    set_at(local(2026, 3, 10, 10, 0), first, BUSY)
    set_at(local(2026, 3, 10, 9, 30), second, AWAY, AwayReason.TRAINING)

    with at(local(2026, 3, 10, 11, 0)), django_assert_num_queries(1):
        spent = time_in_states_for(
            users=[first, second, absent], day=date(2026, 3, 10), zone=CHICAGO
        )

    assert spent[first.pk][AVAILABLE] == 1 * H
    assert spent[first.pk][BUSY] == 1 * H
    assert spent[second.pk][AWAY] == 1 * H + 30 * M
    assert spent[absent.pk] == {AVAILABLE: ZERO, AWAY: ZERO, BUSY: ZERO, OFFLINE: ZERO}


# One open row --------------------------------------------------------------------------------


def assert_log_is_one_unbroken_line(user: Any) -> None:
    rows = log_of(user)
    assert [r.ended_at is None for r in rows].count(True) == 1
    assert rows[-1].ended_at is None
    for before, after in pairwise(rows):
        assert before.ended_at == after.started_at
    presence = Presence.objects.get(user=user)
    assert (rows[-1].state, rows[-1].reason) == (presence.state, presence.reason)


def test_after_many_changes_each_person_has_one_open_row_and_no_gaps(
    caseworker: Any, supervisor: Any
) -> None:
    moment = local(2026, 3, 10, 8, 0)
    steps = [
        (AVAILABLE, ""),
        (AWAY, "break"),
        (AWAY, "break"),
        (AVAILABLE, ""),
        (BUSY, ""),
        (AWAY, "meeting"),
        (OFFLINE, ""),
        (AVAILABLE, ""),
    ]
    for round_ in range(5):
        for index, (state, reason) in enumerate(steps):
            moment += 7 * M
            actor = supervisor if (round_ + index) % 3 == 0 else caseworker
            set_at(moment, caseworker, state, reason, actor=actor)
        moment += 30 * M
        with at(moment):
            presence_idle_sweep(idle_minutes=15)

    assert_log_is_one_unbroken_line(caseworker)
    assert Presence.objects.get(user=caseworker).state == OFFLINE  # swept at each round's end


@pytest.mark.django_db(transaction=True)
def test_concurrent_changes_of_one_person_keep_one_open_row(caseworker: Any) -> None:
    presence_of(caseworker)
    errors: list[BaseException] = []

    def change(states: list[str]) -> None:
        try:
            for state in states:
                presence_set(user=caseworker, state=state, actor=caseworker)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=change, args=([AVAILABLE, BUSY] * 10,)),
        threading.Thread(target=change, args=([AWAY, OFFLINE] * 10,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert_log_is_one_unbroken_line(caseworker)
    assert len(log_of(caseworker)) == 41
