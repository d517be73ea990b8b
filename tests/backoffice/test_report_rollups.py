"""Report rollups: exact figures for a hand-built agency, rebuilds, isolation, day
boundaries, the beat task and backfill, bounded queries, and a property test that the
rollup figures equal figures computed straight from the cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice.models import Agency, Team
from backoffice.reports.figures import ReportFilter, figures, median, percentile
from backoffice.reports.models import DailyRollup, IntervalRollup
from backoffice.reports.rollups import rollup_day, rollup_intervals
from backoffice.tasks import reports_rollup
from cases.calendar import business_time_between
from cases.models import (
    Case,
    CaseEvent,
    CaseStatus,
    Channel,
    Escalation,
    EscalationLevel,
    EventKind,
    Service,
    SlaTarget,
)
from cases.services.sla import Calendars
from feedback.models import Audience, InvitationStatus, SurveyInvitation
from routing.models import Pickup, PickupMethod, Queue

from ..cases.factories import CaseFactory, CustomerFactory, ServiceFactory
from ..feedback.factories import SurveyFactory, SurveyInvitationFactory
from ..routing.factories import QueueFactory
from .factories import AgencyFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

CHICAGO = ZoneInfo("America/Chicago")  # UTC-6 in January; open 09:00-17:00 Mon-Fri
MON, TUE, WED = date(2026, 1, 12), date(2026, 1, 13), date(2026, 1, 14)
HOUR = 3600


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHICAGO)


def case(agency: Agency, service: Service, **fields: Any) -> Case:
    fields.setdefault("updated_at", fields.get("created_at"))
    return CaseFactory.create(agency=agency, service=service, customer=None, **fields)


def escalate(case: Case, target: str, level: int, at: datetime) -> None:
    Escalation.objects.create(
        case=case, target=target, level=level, threshold_at=at, escalated_at=at
    )


def pickup(case: Case, queue: Queue, picked_at: datetime, waited: timedelta) -> None:
    Pickup.objects.create(
        agency=case.agency,
        queue=queue,
        case=case,
        user=UserFactory(),
        method=PickupMethod.NEXT,
        queued_at=picked_at - waited,
        picked_at=picked_at,
        waited=waited,
    )


@dataclass
class Scenario:
    agency: Agency
    other: Agency
    s1: Service
    s2: Service
    team: Team
    queue: Queue


@pytest.fixture
def scenario() -> Scenario:
    """Agency A in Chicago with eleven cases around Tuesday 13 January 2026."""
    agency = AgencyFactory(time_zone="America/Chicago")
    s1, s2 = ServiceFactory(agency=agency), ServiceFactory(agency=agency)
    team = TeamFactory(agency=agency)
    queue = QueueFactory(agency=agency, team=team)
    phone = {"service": s1, "channel": Channel.PHONE, "team": team, "queue": queue}
    web = {"service": s2, "channel": Channel.WEB}
    # c1: opened Monday 10:00; first response Tuesday 10:00 = 7 h Monday + 1 h Tuesday
    # = 28,800 business s, exactly at its due time (in time); resolved Tuesday 16:00 =
    # 7 h + 7 h = 50,400 s, after its 12:00 due time (late).
    c1 = case(
        agency,
        created_at=local(MON, 10),
        first_response_at=local(TUE, 10),
        response_due_at=local(TUE, 10),
        resolved_at=local(TUE, 16),
        resolution_due_at=local(TUE, 12),
        status=CaseStatus.RESOLVED,
        **phone,
    )
    # c2: opened Tuesday 09:30; first response 11:30 = 7,200 s, due 11:00 (late);
    # resolved 14:30 = 18,000 s, due Wednesday (in time); closed Tuesday 15:00.
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
    # c3: opened Tuesday 08:00 before opening; first response 09:15 = 900 s; no due time.
    case(
        agency,
        created_at=local(TUE, 8),
        first_response_at=local(TUE, 9, 15),
        status=CaseStatus.OPEN,
        **web,
    )
    # c4: Tuesday 23:30 in Chicago is Wednesday 05:30 UTC: it belongs to Tuesday.
    case(agency, created_at=local(TUE, 23, 30), status=CaseStatus.NEW, **web)
    # c5: Wednesday 00:15 in Chicago: it belongs to Wednesday.
    case(agency, created_at=local(WED, 0, 15), status=CaseStatus.NEW, **web)
    # c6: opened Sunday 4 January, still in progress: 9.6 days old at Tuesday's end.
    c6 = case(
        agency, created_at=local(date(2026, 1, 4), 10), status=CaseStatus.IN_PROGRESS, **phone
    )
    # c7: opened 1 December, waiting on the customer: 44 days old.
    case(
        agency, created_at=local(date(2025, 12, 1), 10), status=CaseStatus.WAITING_CUSTOMER, **phone
    )
    # c8: opened and resolved Monday, reopened Tuesday 11:00; reopening clears resolved_at.
    c8 = case(agency, created_at=local(MON, 12), status=CaseStatus.OPEN, **phone)
    CaseEvent.objects.create(
        case=c8, kind=EventKind.REOPENED, occurred_at=local(TUE, 11), summary="Reopened"
    )
    # c9: cancelled on Monday: not in Tuesday's backlog.
    case(
        agency,
        created_at=local(date(2026, 1, 10), 10),
        updated_at=local(MON, 10),
        status=CaseStatus.CANCELLED,
        **phone,
    )
    # c10: opened Monday 09:00, cancelled only on Wednesday: in Tuesday's backlog.
    case(
        agency,
        created_at=local(MON, 9),
        updated_at=local(WED, 10),
        status=CaseStatus.CANCELLED,
        **phone,
    )
    # c11: opened Friday 9 January, open: 4.6 days old.
    case(agency, created_at=local(date(2026, 1, 9), 10), status=CaseStatus.OPEN, **phone)
    # Breaches on Tuesday: c2's response and c6's resolution; a warning is no breach.
    escalate(c2, SlaTarget.RESPONSE, EscalationLevel.BREACH, local(TUE, 11, 1))
    escalate(c6, SlaTarget.RESOLUTION, EscalationLevel.BREACH, local(TUE, 13))
    escalate(c6, SlaTarget.RESPONSE, EscalationLevel.WARNING, local(TUE, 12))
    # Pickups from the queue: Tuesday 09:05 after 83,100 s and 09:40 after 600 s;
    # Monday 13:00 after 3,600 s.
    pickup(c1, queue, local(TUE, 9, 5), timedelta(seconds=83_100))
    pickup(c2, queue, local(TUE, 9, 40), timedelta(seconds=600))
    pickup(c8, queue, local(MON, 13), timedelta(seconds=3_600))
    # Agency B has a case on Tuesday too; A's figures never include it.
    other = AgencyFactory(time_zone="America/Chicago")
    case(other, ServiceFactory(agency=other), created_at=local(TUE, 10), status=CaseStatus.NEW)
    return Scenario(agency=agency, other=other, s1=s1, s2=s2, team=team, queue=queue)


NOW = local(WED, 12)


def rebuild(agency: Agency, *days: date) -> None:
    for day in days:
        rollup_day(agency=agency, day=day, now=NOW)
        rollup_intervals(agency=agency, day=day, now=NOW)


def test_every_figure_of_a_hand_built_day_is_exact(scenario: Scenario) -> None:
    rebuild(scenario.agency, MON, TUE, WED)
    tuesday = figures(ReportFilter(agency=scenario.agency, first_day=TUE, last_day=TUE))
    assert tuesday.new == 3  # c2, c3, c4
    assert tuesday.resolved == 2  # c1, c2
    assert tuesday.closed == 1  # c2
    assert tuesday.reopened == 1  # c8
    assert tuesday.reopen_rate == 0.5  # 1 reopen per 2 resolutions
    assert tuesday.breaches == 2  # c2 response, c6 resolution
    assert tuesday.first_responses == 3  # c1, c2, c3
    assert tuesday.response_attainment == 0.5  # c1 in time, c2 late; c3 has no target
    assert tuesday.resolution_attainment == 0.5  # c2 in time, c1 late
    assert tuesday.response_median_seconds == 7_200  # of 900, 7,200, 28,800
    assert tuesday.response_p90_seconds == 28_800  # rank ceil(0.9 * 3) = 3
    assert tuesday.resolution_median_seconds == 34_200  # (18,000 + 50,400) / 2
    assert tuesday.resolution_p90_seconds == 50_400  # rank ceil(0.9 * 2) = 2
    assert tuesday.mean_wait_seconds == 41_850  # (83,100 + 600) / 2
    assert tuesday.handled == 2  # c1 picked 09:05, resolved 16:00; c2 picked 09:40, 14:30
    assert tuesday.mean_handle_seconds == 21_150  # (24,900 + 17,400) / 2, clock time
    assert tuesday.backlog == 7  # c3, c4, c6, c7, c8, c10, c11
    assert tuesday.ageing == {
        "aged_under_2_days": 4,  # c3, c4, c8, c10
        "aged_2_to_7_days": 1,  # c11
        "aged_7_to_30_days": 1,  # c6
        "aged_over_30_days": 1,  # c7
    }


def test_a_range_sums_flows_and_takes_the_backlog_of_its_last_day(scenario: Scenario) -> None:
    rebuild(scenario.agency, MON, TUE, WED)
    both = figures(ReportFilter(agency=scenario.agency, first_day=MON, last_day=TUE))
    assert both.new == 6  # Monday c1, c8, c10 and Tuesday c2, c3, c4
    assert both.resolved == 2  # c8's Monday resolution was undone by its reopening
    assert both.mean_wait_seconds == 29_100  # (83,100 + 600 + 3,600) / 3
    assert both.backlog == 7  # Tuesday's snapshot
    wednesday = figures(ReportFilter(agency=scenario.agency, first_day=WED, last_day=WED))
    assert wednesday.new == 1  # c5
    assert wednesday.first_responses == 0
    assert wednesday.response_median_seconds is None
    assert wednesday.reopen_rate is None


def test_filters_narrow_every_figure(scenario: Scenario) -> None:
    rebuild(scenario.agency, TUE)
    agency = scenario.agency
    web = figures(ReportFilter(agency=agency, first_day=TUE, last_day=TUE, channel=Channel.WEB))
    assert (web.new, web.first_responses, web.backlog) == (2, 1, 2)  # c3, c4
    assert web.response_median_seconds == 900
    assert web.response_attainment is None  # c3 had no due time
    assert web.mean_wait_seconds is None
    by_team = figures(
        ReportFilter(
            agency=agency,
            first_day=TUE,
            last_day=TUE,
            team_id=scenario.team.pk,
            service_id=scenario.s1.pk,
        )
    )
    assert (by_team.new, by_team.resolved, by_team.backlog) == (1, 2, 5)  # c6 c7 c8 c10 c11
    in_queue = figures(
        ReportFilter(agency=agency, first_day=TUE, last_day=TUE, queue_id=scenario.queue.pk)
    )
    assert in_queue.mean_wait_seconds == 41_850


def test_days_follow_the_agency_time_zone_not_utc(scenario: Scenario) -> None:
    rebuild(scenario.agency, TUE, WED)
    created = dict(
        DailyRollup.objects.filter(agency=scenario.agency, channel=Channel.WEB).values_list(
            "day", "created"
        )
    )
    # c3 and c4 (23:30 Chicago, Wednesday in UTC) on Tuesday; c5 (00:15) on Wednesday.
    assert created == {TUE: 2, WED: 1}


def test_15_minute_intervals_count_each_fact_in_its_utc_interval(scenario: Scenario) -> None:
    rebuild(scenario.agency, TUE)
    rows = IntervalRollup.objects.filter(agency=scenario.agency)
    # Tuesday local is 06:00 UTC Tuesday to 06:00 UTC Wednesday.
    assert sum(rows.values_list("created", flat=True)) == 3
    c2_opened = rows.get(starts_at=datetime(2026, 1, 13, 15, 30, tzinfo=UTC), created=1)
    assert c2_opened.channel == Channel.PHONE
    first_pickup = rows.get(starts_at=datetime(2026, 1, 13, 15, 0, tzinfo=UTC), pickups=1)
    assert first_pickup.wait_microseconds == 83_100 * 1_000_000
    assert first_pickup.queue_id == scenario.queue.pk


def test_rebuilding_a_day_replaces_its_rows_and_picks_up_changes(scenario: Scenario) -> None:
    rebuild(scenario.agency, TUE)
    first = list(DailyRollup.objects.filter(agency=scenario.agency).values().order_by("id"))
    intervals = IntervalRollup.objects.count()
    rebuild(scenario.agency, TUE)
    again = list(DailyRollup.objects.filter(agency=scenario.agency).values().order_by("id"))
    strip = [{k: v for k, v in row.items() if k != "id"} for row in first]
    assert [{k: v for k, v in row.items() if k != "id"} for row in again] == strip
    assert IntervalRollup.objects.count() == intervals
    Case.objects.filter(agency=scenario.agency, created_at=local(TUE, 23, 30)).update(
        status=CaseStatus.RESOLVED, resolved_at=local(TUE, 23, 45)
    )
    rebuild(scenario.agency, TUE)
    tuesday = figures(ReportFilter(agency=scenario.agency, first_day=TUE, last_day=TUE))
    assert (tuesday.new, tuesday.resolved, tuesday.backlog) == (3, 3, 6)


def test_an_agency_never_sees_another_agencys_rows(scenario: Scenario) -> None:
    rebuild(scenario.agency, TUE)
    rebuild(scenario.other, TUE)
    other = figures(ReportFilter(agency=scenario.other, first_day=TUE, last_day=TUE))
    assert (other.new, other.backlog, other.first_responses) == (1, 1, 0)
    mine = figures(ReportFilter(agency=scenario.agency, first_day=TUE, last_day=TUE))
    assert (mine.new, mine.backlog) == (3, 7)
    mine_rows = DailyRollup.objects.filter(agency=scenario.agency).count()
    rollup_day(agency=scenario.other, day=TUE, now=NOW)
    assert DailyRollup.objects.filter(agency=scenario.agency).count() == mine_rows


def test_figures_take_two_queries_however_many_rows(
    scenario: Scenario, django_assert_num_queries: Any
) -> None:
    rebuild(scenario.agency, TUE)
    report = ReportFilter(agency=scenario.agency, first_day=TUE, last_day=TUE)
    with django_assert_num_queries(2):
        figures(report)
    for offset in range(1, 41):
        rollup_day(agency=scenario.agency, day=TUE - timedelta(days=offset), now=NOW)
    assert DailyRollup.objects.filter(agency=scenario.agency).count() >= 41
    wide = ReportFilter(agency=scenario.agency, first_day=TUE - timedelta(days=40), last_day=TUE)
    with django_assert_num_queries(2):
        figures(wide)


def test_the_beat_task_rebuilds_today_and_yesterday(scenario: Scenario) -> None:
    with time_machine.travel(NOW, tick=False):
        assert reports_rollup() == 4  # two agencies, two days each
    days = set(DailyRollup.objects.filter(agency=scenario.agency).values_list("day", flat=True))
    assert days == {TUE, WED}
    assert IntervalRollup.objects.filter(agency=scenario.other).exists()


def test_backfill_rebuilds_the_days_asked_for(scenario: Scenario) -> None:
    slug = scenario.agency.slug
    with time_machine.travel(NOW, tick=False):
        call_command(
            "reports_backfill", "--agency", slug, "--since", "2026-01-12", "--until", "2026-01-13"
        )
    days = set(DailyRollup.objects.values_list("day", flat=True))
    assert days == {MON, TUE}
    with time_machine.travel(NOW, tick=False):
        call_command("reports_backfill", "--agency", slug)
    first = DailyRollup.objects.order_by("day").values_list("day", flat=True).first()
    assert first == date(2025, 12, 1)  # c7, the agency's oldest case
    with pytest.raises(CommandError):
        call_command("reports_backfill", "--agency", "no-such-agency")
    with pytest.raises(CommandError):
        call_command("reports_backfill", "--since", "2026-01-13", "--until", "2026-01-12")
    with pytest.raises(CommandError):
        call_command("reports_backfill", "--since", "13/01/2026")


def test_percentiles_use_the_nearest_rank_and_medians_the_middle() -> None:
    assert median([1, 2, 3, 10]) == 2.5
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9
    assert percentile([5], 90) == 5
    assert median([]) is None


# Property: rollups agree with a direct computation from the cases ----------------------

WINDOW_START = local(MON, 0)
DAYS = [MON + timedelta(days=n) for n in range(4)]
minutes = st.integers(min_value=-24 * 60, max_value=4 * 24 * 60 - 1)
later = st.one_of(st.none(), st.integers(min_value=0, max_value=2 * 24 * 60))

case_specs = st.fixed_dictionaries(
    {
        # Mostly in and around the days reported; some old enough for the oldest bucket.
        "created": st.one_of(minutes, minutes, minutes, st.integers(-40 * 1440, -30 * 1440)),
        "responded": later,
        "response_due": later,
        "resolved": later,
        "resolution_due": later,
        "closed": later,
        "cancelled": st.booleans(),
        "dims": st.integers(min_value=0, max_value=3),
        "picked": later,
        "reopened": later,
        "breach": later,
        # A citizen survey sent this many minutes after opening; an employee survey's
        # invitation is never offered.
        "invited": later,
        "employee_survey": st.booleans(),
    }
)


def _at(minutes_after: int, base: datetime = WINDOW_START) -> datetime:
    return (base + timedelta(minutes=minutes_after)).astimezone(UTC)


def _then(base: datetime, offset: int | None) -> datetime | None:
    return None if offset is None else base + timedelta(minutes=offset)


def _build(
    agency: Agency, spec: dict[str, Any], dims: list[dict[str, Any]], surveys: dict[bool, Any]
) -> None:
    created = _at(spec["created"])
    resolved = _then(created, spec["resolved"])
    closed = _then(resolved, spec["closed"]) if resolved else None
    status = CaseStatus.CLOSED if closed else CaseStatus.RESOLVED if resolved else CaseStatus.OPEN
    if status == CaseStatus.OPEN and spec["cancelled"]:
        status = CaseStatus.CANCELLED
    row = case(
        agency,
        created_at=created,
        updated_at=closed or resolved or created + timedelta(hours=5),
        first_response_at=_then(created, spec["responded"]),
        response_due_at=_then(created, spec["response_due"]),
        resolved_at=resolved,
        resolution_due_at=_then(created, spec["resolution_due"]),
        closed_at=closed,
        status=status,
        **dims[spec["dims"]],
    )
    if spec["picked"] is not None and row.queue:
        waited = timedelta(minutes=spec["picked"], microseconds=7)
        pickup(row, row.queue, created + waited, waited)
    if spec["reopened"] is not None:
        at = created + timedelta(minutes=spec["reopened"])
        CaseEvent.objects.create(case=row, kind=EventKind.REOPENED, occurred_at=at, summary="-")
    if spec["breach"] is not None:
        at = created + timedelta(minutes=spec["breach"])
        escalate(row, SlaTarget.RESOLUTION, EscalationLevel.BREACH, at)
    if spec["invited"] is not None:
        SurveyInvitationFactory(
            survey=surveys[spec["employee_survey"]],
            case=row,
            customer=CustomerFactory(agency=agency),
            status=InvitationStatus.SENT,
            sent_at=created + timedelta(minutes=spec["invited"]),
        )


def _direct(agency: Agency, report: ReportFilter) -> dict[str, Any]:
    """The figures computed straight from the cases, one by one."""
    start = datetime.combine(report.first_day, time(0), tzinfo=agency.zone)
    end = datetime.combine(report.last_day + timedelta(days=1), time(0), tzinfo=agency.zone)
    cases = [
        c
        for c in Case.objects.filter(agency=agency)
        if (report.channel in ("", c.channel))
        and (report.team_id is None or c.team_id == report.team_id)
        and (report.queue_id is None or c.queue_id == report.queue_id)
    ]
    cal = Calendars()(agency)

    def during(moment: datetime | None) -> bool:
        return moment is not None and start <= moment < end

    def seconds(a: datetime, b: datetime) -> int:
        return max(int(business_time_between(cal, a, b).total_seconds()), 0)

    responded = [c for c in cases if during(c.first_response_at)]
    resolved = [c for c in cases if during(c.resolved_at)]
    ids = {c.pk for c in cases}
    waits = [
        p.waited
        for p in Pickup.objects.filter(agency=agency)
        if during(p.picked_at)
        and p.case_id in ids
        and (report.queue_id is None or p.queue_id == report.queue_id)
    ]
    handles = []
    for c in resolved:
        assert c.resolved_at is not None
        picks = [p.picked_at for p in c.pickups.all() if p.picked_at <= c.resolved_at]
        if picks:
            handles.append((c.resolved_at - max(picks)) // timedelta(microseconds=1))
    open_statuses = {CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.IN_PROGRESS}
    snapshot = min(end, NOW)
    backlog = [
        c
        for c in cases
        if c.created_at < snapshot
        and (c.status in open_statuses or (c.resolved_at or c.updated_at) >= snapshot)
    ]
    wait_us = sum(w // timedelta(microseconds=1) for w in waits)
    return {
        "new": sum(during(c.created_at) for c in cases),
        "resolved": len(resolved),
        "closed": sum(during(c.closed_at) for c in cases),
        "reopened": sum(
            during(e.occurred_at)
            for e in CaseEvent.objects.filter(case__in=ids, kind=EventKind.REOPENED)
        ),
        "breaches": sum(during(e.escalated_at) for e in Escalation.objects.filter(case__in=ids)),
        "response_attainment": _share(
            [_by(c.first_response_at, c.response_due_at) for c in responded if c.response_due_at]
        ),
        "resolution_attainment": _share(
            [_by(c.resolved_at, c.resolution_due_at) for c in resolved if c.resolution_due_at]
        ),
        "responses": sorted(seconds(c.created_at, c.first_response_at) for c in responded),
        "resolutions": sorted(seconds(c.created_at, c.resolved_at) for c in resolved),
        "mean_wait_seconds": wait_us / len(waits) / 1_000_000 if waits else None,
        "handled": len(handles),
        "mean_handle_seconds": sum(handles) / len(handles) / 1_000_000 if handles else None,
        "backlog": len(backlog),
        "over_30": sum(c.created_at <= snapshot - timedelta(days=30) for c in backlog),
        "surveys_offered": sum(
            during(i.sent_at)
            for i in SurveyInvitation.objects.filter(case__in=ids)
            if i.survey.audience == Audience.CUSTOMER
        ),
    }


def _by(done: datetime | None, due: datetime | None) -> bool:
    assert done is not None
    assert due is not None
    return done <= due


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    specs=st.lists(case_specs, min_size=1, max_size=15),
    first=st.integers(min_value=0, max_value=1),
    length=st.integers(min_value=0, max_value=2),
    narrow=st.sampled_from(["", "", "channel", "team", "queue"]),
)
def test_rollup_figures_equal_figures_computed_from_the_cases(
    specs: list[dict[str, Any]], first: int, length: int, narrow: str
) -> None:
    agency = AgencyFactory(time_zone="America/Chicago")
    service = ServiceFactory(agency=agency)
    team = TeamFactory(agency=agency)
    queue = QueueFactory(agency=agency, team=team)
    dims = [
        {"service": service, "channel": Channel.PHONE, "team": team, "queue": queue},
        {"service": service, "channel": Channel.WEB, "team": team, "queue": None},
        {"service": service, "channel": Channel.WEB, "team": None, "queue": None},
        {"service": ServiceFactory(agency=agency), "channel": Channel.EMAIL, "queue": queue},
    ]
    surveys = {
        False: SurveyFactory(agency=agency),
        True: SurveyFactory(agency=agency, audience=Audience.EMPLOYEE),
    }
    for spec in specs:
        _build(agency, spec, dims, surveys)
    days = DAYS[first : first + length + 1]
    for day in days:
        rollup_day(agency=agency, day=day, now=NOW)
    report = ReportFilter(
        agency=agency,
        first_day=days[0],
        last_day=days[-1],
        channel=Channel.WEB if narrow == "channel" else "",
        team_id=team.pk if narrow == "team" else None,
        queue_id=queue.pk if narrow == "queue" else None,
    )
    got = figures(report)
    want = _direct(agency, report)
    assert (got.new, got.resolved, got.closed) == (want["new"], want["resolved"], want["closed"])
    assert (got.reopened, got.breaches) == (want["reopened"], want["breaches"])
    assert got.response_attainment == want["response_attainment"]
    assert got.resolution_attainment == want["resolution_attainment"]
    assert got.response_median_seconds == median(want["responses"])
    assert got.response_p90_seconds == percentile(want["responses"], 90)
    assert got.resolution_median_seconds == median(want["resolutions"])
    assert got.resolution_p90_seconds == percentile(want["resolutions"], 90)
    assert got.mean_wait_seconds == want["mean_wait_seconds"]
    assert (got.handled, got.mean_handle_seconds) == (want["handled"], want["mean_handle_seconds"])
    assert got.backlog == want["backlog"]
    assert got.ageing["aged_over_30_days"] == want["over_30"]
    assert _offered(report) == want["surveys_offered"]


def _offered(report: ReportFilter) -> int:
    """Citizen surveys offered in the report's range and groups, from the rollups."""
    rows = DailyRollup.objects.filter(
        agency=report.agency, day__gte=report.first_day, day__lte=report.last_day
    )
    if report.channel:
        rows = rows.filter(channel=report.channel)
    if report.team_id is not None:
        rows = rows.filter(team_id=report.team_id)
    if report.queue_id is not None:
        rows = rows.filter(queue_id=report.queue_id)
    return sum(rows.values_list("surveys_offered", flat=True))
