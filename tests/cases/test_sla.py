"""Service levels: choosing the policy, the case clock, and the escalation sweep.

Times are fixed with time-machine and read in the agency's zone (America/Chicago,
Illinois holidays). With no calendar of its own the agency is open Monday to
Friday, 09:00-17:00. Expected due times are worked out by hand in the comments.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Notification, OutboundEmail, Role
from cases import services
from cases.models import (
    Case,
    CaseStatus,
    Channel,
    Escalation,
    EventKind,
    Priority,
    SlaBasis,
    SlaPolicy,
    SlaState,
    SlaTarget,
)
from cases.services import sla as sla_services

from ..backoffice.factories import MembershipFactory, TeamFactory, UserFactory
from ..conftest import member
from ..routing.factories import QueueFactory
from .factories import CustomerFactory, ServiceFactory, SlaPolicyFactory

CHICAGO = ZoneInfo("America/Chicago")
HOUR = timedelta(hours=1)


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CHICAGO)


class Clock:
    """Moves the time the services see; every step goes forward."""

    def __init__(self, start: datetime) -> None:
        self._traveller = time_machine.travel(start, tick=False)
        self.now = start

    def __enter__(self) -> Clock:
        self._shift = self._traveller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._traveller.stop()

    def to(self, moment: datetime) -> datetime:
        self._shift.move_to(moment)
        self.now = moment
        return moment


@pytest.fixture
def clock() -> Iterator[Clock]:
    # Monday 30 November 2026, 10:00 in Chicago.
    with Clock(local(2026, 11, 30, 10)) as running:
        yield running


@pytest.fixture
def office(agency: Any) -> dict[str, Any]:
    team = TeamFactory(agency=agency, name="Streets")
    escalations = TeamFactory(agency=agency, name="Escalations")
    people = {
        "team": team,
        "escalation_team": escalations,
        "caseworker": UserFactory(full_name="Casey Worker"),
        "supervisor": UserFactory(full_name="Sam Supervisor"),
        "manager": UserFactory(full_name="Morgan Manager"),
        "other_supervisor": UserFactory(full_name="Olive Otherteam"),
    }
    MembershipFactory(user=people["caseworker"], agency=agency, team=team, role=Role.CASEWORKER)
    MembershipFactory(user=people["supervisor"], agency=agency, team=team, role=Role.SUPERVISOR)
    MembershipFactory(user=people["manager"], agency=agency, role=Role.MANAGER)
    MembershipFactory(
        user=people["other_supervisor"], agency=agency, team=escalations, role=Role.SUPERVISOR
    )
    people["service"] = ServiceFactory(agency=agency, name="Pothole", default_team=team)
    people["policy"] = SlaPolicyFactory(
        agency=agency,
        name="Standard",
        response_target=8 * HOUR,
        resolution_target=40 * HOUR,
        escalate_after=8 * HOUR,
        escalation_team=escalations,
    )
    return people


def open_case(office: dict[str, Any], **fields: Any) -> Case:
    fields.setdefault("customer", CustomerFactory(agency=office["service"].agency))
    return services.case_open(
        agency=office["service"].agency,
        service=office["service"],
        channel=Channel.PHONE,
        subject="Pothole on Main Street",
        actor=office["caseworker"],
        **fields,
    )


def working(office: dict[str, Any]) -> Case:
    case = open_case(office)
    return services.case_change_status(
        case=case, status=CaseStatus.IN_PROGRESS, actor=office["caseworker"]
    )


def fresh(case: Case) -> Case:
    return Case.objects.get(pk=case.pk)


# Choosing the policy ---------------------------------------------------------------------


class TestPolicyChoice:
    def test_the_most_specific_active_policy_applies(self, agency: Any, service: Any) -> None:
        default = SlaPolicyFactory(agency=agency, name="Default")
        urgent = SlaPolicyFactory(agency=agency, name="Urgent", priority=Priority.URGENT)
        for_service = SlaPolicyFactory(agency=agency, name="Service", service=service)
        exact = SlaPolicyFactory(
            agency=agency, name="Exact", service=service, priority=Priority.URGENT
        )
        other_service = ServiceFactory(agency=agency)
        case = Case(agency=agency, service=service, priority=Priority.URGENT)
        assert sla_services.policy_for(case) == exact
        exact.is_active = False
        exact.save()
        assert sla_services.policy_for(case) == for_service
        assert sla_services.policy_for(Case(agency=agency, service=other_service, priority=4)) == (
            urgent
        )
        assert sla_services.policy_for(Case(agency=agency, service=other_service, priority=2)) == (
            default
        )

    def test_another_agencys_policy_never_applies(
        self, agency: Any, other_agency: Any, service: Any
    ) -> None:
        SlaPolicyFactory(agency=other_agency)
        assert sla_services.policy_for(Case(agency=agency, service=service, priority=2)) is None

    def test_a_case_without_a_policy_has_no_clock(self, agency: Any, service: Any) -> None:
        case = services.case_open(
            agency=agency,
            service=service,
            channel=Channel.PHONE,
            subject="No promise made",
            actor=member(agency, Role.CASEWORKER),
        )
        case = fresh(case)
        assert case.sla_policy is None
        assert case.sla_state == SlaState.NONE
        assert case.response_due_at is None
        assert case.sla_next_check_at is None


class TestPolicySave:
    def test_an_administrator_saves_a_policy_and_it_is_audited(self, agency: Any) -> None:
        admin = member(agency, Role.ADMINISTRATOR)
        policy = SlaPolicy(agency=agency, name="Default", resolution_target=40 * HOUR)
        sla_services.sla_policy_save(policy=policy, actor=admin)
        assert AuditEvent.objects.filter(action="sla_policy.create", actor=admin).exists()
        policy.warning_percent = 80
        sla_services.sla_policy_save(policy=policy, actor=admin)
        change = AuditEvent.objects.get(action="sla_policy.update")
        assert change.details == {"fields": ["warning_percent"]}

    def test_a_caseworker_cannot_change_policies(self, agency: Any) -> None:
        policy = SlaPolicy(agency=agency, name="Default", resolution_target=40 * HOUR)
        with pytest.raises(DomainError):
            sla_services.sla_policy_save(policy=policy, actor=member(agency, Role.CASEWORKER))
        assert not SlaPolicy.objects.exists()

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"response_target": None, "resolution_target": None}, "resolution_target"),
            ({"response_target": 50 * HOUR}, "response_target"),
            ({"resolution_target": timedelta(0)}, "resolution_target"),
            ({"pause_statuses": ["in_progress"]}, "pause_statuses"),
            ({"warning_percent": 100}, "warning_percent"),
        ],
    )
    def test_an_unworkable_policy_is_refused_with_the_field(
        self, agency: Any, fields: dict[str, Any], field: str
    ) -> None:
        values = {"response_target": 8 * HOUR, "resolution_target": 40 * HOUR, **fields}
        policy = SlaPolicy(agency=agency, name="Broken", **values)
        with pytest.raises(ValidationError) as error:
            sla_services.sla_policy_save(policy=policy, actor=member(agency, Role.ADMINISTRATOR))
        assert field in error.value.message_dict

    def test_a_policy_names_only_its_own_agencys_service_and_team(
        self, agency: Any, other_agency: Any
    ) -> None:
        policy = SlaPolicy(
            agency=agency,
            name="Crossed",
            resolution_target=40 * HOUR,
            service=ServiceFactory(agency=other_agency),
            escalation_team=TeamFactory(agency=other_agency),
        )
        with pytest.raises(ValidationError) as error:
            sla_services.sla_policy_save(policy=policy, actor=member(agency, Role.ADMINISTRATOR))
        assert {"service", "escalation_team"} <= set(error.value.message_dict)

    def test_one_default_policy_per_agency(self, agency: Any) -> None:
        SlaPolicyFactory(agency=agency)
        with pytest.raises(ValidationError):
            sla_services.sla_policy_save(
                policy=SlaPolicy(agency=agency, name="Second", resolution_target=HOUR),
                actor=member(agency, Role.ADMINISTRATOR),
            )


# The clock -----------------------------------------------------------------------------


class TestClock:
    def test_opening_sets_due_times_in_business_hours(self, clock: Clock, office: Any) -> None:
        case = fresh(open_case(office))
        assert case.sla_policy == office["policy"]
        # 8 business hours from Monday 10:00: 7 on Monday, 1 on Tuesday.
        assert case.response_due_at == local(2026, 12, 1, 10)
        # 40 business hours: five full days, Monday 10:00 to the next Monday 10:00.
        assert case.resolution_due_at == local(2026, 12, 7, 10)
        assert case.sla_state == SlaState.ON_TRACK
        # The first rung: 75% of the response target, 6 business hours, Monday 16:00.
        assert case.sla_next_check_at == local(2026, 11, 30, 16)

    def test_a_public_holiday_does_not_count(self, office: Any) -> None:
        # Wednesday before Thanksgiving, 15:00: two hours on Wednesday, Thursday is a
        # holiday, six more hours on Friday.
        with Clock(local(2026, 11, 25, 15)):
            case = fresh(open_case(office))
        assert case.response_due_at == local(2026, 11, 27, 15)

    def test_calendar_time_counts_around_the_clock(self, clock: Clock, office: Any) -> None:
        policy = office["policy"]
        policy.basis = SlaBasis.CALENDAR
        policy.save()
        case = fresh(open_case(office))
        assert case.response_due_at == clock.now + 8 * HOUR
        assert case.resolution_due_at == clock.now + 40 * HOUR

    def test_waiting_on_the_customer_pauses_the_clock_and_shifts_the_due_time(
        self, clock: Clock, office: Any
    ) -> None:
        worker = office["caseworker"]
        case = working(office)
        services.case_message_customer(case=case, subject="", body="Looking at it", actor=worker)
        clock.to(local(2026, 11, 30, 12))
        services.case_change_status(case=case, status=CaseStatus.WAITING_CUSTOMER, actor=worker)
        paused = fresh(case)
        assert paused.sla_paused_at == local(2026, 11, 30, 12)
        assert paused.resolution_due_at == local(2026, 12, 7, 10)
        assert paused.sla_next_check_at is None

        # Long after the due time, the sweep leaves a paused case alone.
        clock.to(local(2026, 12, 8, 12))
        assert sla_services.sla_sweep().checked == 0
        assert fresh(case).sla_state == SlaState.ON_TRACK

        # Back to work on Wednesday 9 December 12:00. Paused business time: Monday 12-17
        # (5 h), then six full days to Tuesday 8 December (48 h), Wednesday 9-12 (3 h):
        # 56 h. The resolution is due 40 + 56 = 96 business hours after Monday 10:00.
        clock.to(local(2026, 12, 9, 12))
        services.case_change_status(case=case, status=CaseStatus.IN_PROGRESS, actor=worker)
        resumed = fresh(case)
        assert resumed.sla_paused_at is None
        assert resumed.sla_paused_business == 56 * HOUR
        assert resumed.sla_paused_calendar == local(2026, 12, 9, 12) - local(2026, 11, 30, 12)
        # 96 h from Monday 30 Nov 10:00 = 12 business days: Wednesday 16 Dec 10:00.
        assert resumed.resolution_due_at == local(2026, 12, 16, 10)
        assert resumed.sla_state == SlaState.ON_TRACK

    def test_a_policy_without_pausing_statuses_keeps_counting(
        self, clock: Clock, office: Any
    ) -> None:
        policy = office["policy"]
        policy.pause_statuses = []
        policy.save()
        case = working(office)
        services.case_change_status(
            case=case, status=CaseStatus.WAITING_CUSTOMER, actor=office["caseworker"]
        )
        assert fresh(case).sla_paused_at is None
        assert fresh(case).sla_next_check_at == local(2026, 11, 30, 16)

    def test_a_priority_change_recomputes_from_the_opening(self, clock: Clock, office: Any) -> None:
        urgent = SlaPolicyFactory(
            agency=office["service"].agency,
            name="Urgent",
            priority=Priority.URGENT,
            basis=SlaBasis.CALENDAR,
            response_target=2 * HOUR,
            resolution_target=24 * HOUR,
        )
        case = open_case(office)
        clock.to(local(2026, 11, 30, 11))
        services.case_update(case=case, priority=Priority.URGENT, actor=office["caseworker"])
        case = fresh(case)
        assert case.sla_policy == urgent
        assert case.response_due_at == local(2026, 11, 30, 12)
        assert case.resolution_due_at == local(2026, 12, 1, 10)
        # 75% of two hours after 10:00.
        assert case.sla_next_check_at == local(2026, 11, 30, 11, 30)

    def test_the_first_response_stops_its_target_on_time_or_late(
        self, clock: Clock, office: Any
    ) -> None:
        worker = office["caseworker"]
        on_time = open_case(office)
        late = open_case(office)
        clock.to(local(2026, 11, 30, 11))
        services.case_message_customer(case=on_time, subject="", body="On it", actor=worker)
        assert fresh(on_time).sla_state == SlaState.ON_TRACK
        # The response target gone, the next rung is the resolution warning:
        # 30 business hours from Monday 10:00 (7 + 8 + 8 + 7) is Thursday 3 December 16:00.
        assert fresh(on_time).sla_next_check_at == local(2026, 12, 3, 16)

        clock.to(local(2026, 12, 1, 11))
        services.case_log_contact(
            case=late, direction="out", channel=Channel.PHONE, body="Called", actor=worker
        )
        late = fresh(late)
        assert late.first_response_at == local(2026, 12, 1, 11)
        assert late.sla_state == SlaState.BREACHED

    def test_resolving_in_time_is_met_and_late_is_missed(self, clock: Clock, office: Any) -> None:
        worker = office["caseworker"]
        quick, slow = open_case(office), open_case(office)
        clock.to(local(2026, 12, 4, 12))
        services.case_change_status(
            case=quick, status=CaseStatus.RESOLVED, resolution="Filled", actor=worker
        )
        clock.to(local(2026, 12, 8, 12))
        services.case_change_status(
            case=slow, status=CaseStatus.RESOLVED, resolution="Filled", actor=worker
        )
        assert fresh(quick).sla_state == SlaState.MET
        assert fresh(slow).sla_state == SlaState.MISSED
        assert fresh(quick).sla_next_check_at is None
        services.case_close(case=quick, actor=worker)
        assert fresh(quick).sla_state == SlaState.MET

    def test_resolving_while_paused_counts_the_pause(self, clock: Clock, office: Any) -> None:
        worker = office["caseworker"]
        case = working(office)
        clock.to(local(2026, 12, 1, 9))
        services.case_change_status(case=case, status=CaseStatus.WAITING_CUSTOMER, actor=worker)
        # Without the pause the case would be late on Tuesday the 8th; waiting from
        # Tuesday the 1st keeps it in time.
        clock.to(local(2026, 12, 8, 12))
        services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Customer replied", actor=worker
        )
        assert fresh(case).sla_state == SlaState.MET

    def test_a_cancelled_case_is_not_measured(self, clock: Clock, office: Any) -> None:
        case = open_case(office)
        services.case_change_status(
            case=case, status=CaseStatus.CANCELLED, actor=office["caseworker"]
        )
        assert fresh(case).sla_state == SlaState.NONE
        assert fresh(case).sla_next_check_at is None

    def test_reopening_starts_a_new_resolution_target(self, clock: Clock, office: Any) -> None:
        worker = office["caseworker"]
        case = open_case(office)
        services.case_message_customer(case=case, subject="", body="On it", actor=worker)
        clock.to(local(2026, 12, 8, 12))
        services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Filled", actor=worker
        )
        sla_services.sla_sweep()
        clock.to(local(2026, 12, 9, 10))
        services.case_reopen(case=case, actor=worker, reason="Hole is back")
        case = fresh(case)
        assert case.sla_round == 2
        assert case.sla_started_at == local(2026, 12, 9, 10)
        assert case.resolution_due_at == local(2026, 12, 16, 10)
        assert case.sla_state == SlaState.ON_TRACK


# The sweep ---------------------------------------------------------------------------------


def notified(case: Case, level: int) -> set[str]:
    return set(
        Notification.objects.filter(
            kind=f"sla.level{level}", link=f"/cases/{case.pk}/"
        ).values_list("user__full_name", flat=True)
    )


class TestSweep:
    def test_the_ladder_is_climbed_once_per_rung(self, clock: Clock, office: Any) -> None:
        case = open_case(office)
        services.case_assign(case=case, assignee=office["caseworker"], actor=office["caseworker"])

        clock.to(local(2026, 11, 30, 16))
        first = sla_services.sla_sweep()
        assert (first.checked, first.escalations, first.notifications) == (1, 1, 1)
        assert notified(case, 1) == {"Casey Worker"}
        assert fresh(case).sla_state == SlaState.AT_RISK
        assert fresh(case).sla_next_check_at == local(2026, 12, 1, 10)
        assert sla_services.sla_sweep().checked == 0

        clock.to(local(2026, 12, 1, 10))
        sla_services.sla_sweep()
        case = fresh(case)
        assert notified(case, 2) == {"Sam Supervisor"}
        assert case.sla_state == SlaState.BREACHED
        assert case.priority == Priority.HIGH
        # Level 3 of the response: 8 business hours after Tuesday 10:00.
        assert case.sla_next_check_at == local(2026, 12, 2, 10)

        clock.to(local(2026, 12, 2, 10))
        sla_services.sla_sweep()
        case = fresh(case)
        assert notified(case, 3) == {"Morgan Manager"}
        assert case.team == office["escalation_team"]
        assert case.assignee is None
        levels = Escalation.objects.filter(case=case).values_list("target", "level")
        assert sorted(levels) == [
            (SlaTarget.RESPONSE, 1),
            (SlaTarget.RESPONSE, 2),
            (SlaTarget.RESPONSE, 3),
        ]
        assert case.events.filter(kind=EventKind.SLA).count() == 3
        assert OutboundEmail.objects.filter(kind__startswith="sla.").count() == 3

    def test_level_three_moves_the_case_unassigned_to_the_escalation_queue(
        self, clock: Clock, office: Any
    ) -> None:
        queue = QueueFactory(
            agency=office["service"].agency, team=office["escalation_team"], name="Escalated"
        )
        policy = office["policy"]
        policy.escalation_queue = queue
        policy.save()
        case = open_case(office)
        services.case_assign(case=case, assignee=office["caseworker"], actor=office["caseworker"])
        clock.to(local(2026, 12, 2, 10))
        sla_services.sla_sweep()
        case = fresh(case)
        assert case.queue == queue
        assert case.queued_at == clock.now
        assert case.team == office["escalation_team"]
        assert case.assignee is None
        level3 = Escalation.objects.get(case=case, level=3)
        assert level3.actions["queue"] == [None, queue.pk]
        event = case.events.get(kind=EventKind.SLA, data__level=3)
        assert "moved to the queue Escalated" in event.summary

    def test_a_late_sweep_reaches_every_rung_passed_at_once(
        self, clock: Clock, office: Any
    ) -> None:
        case = open_case(office)
        clock.to(local(2026, 12, 3, 10))
        result = sla_services.sla_sweep()
        assert result.escalations == 3
        assert fresh(case).priority == Priority.HIGH
        assert sla_services.sla_sweep().escalations == 0
        # An unassigned case's warning goes to the team's supervisors.
        assert notified(case, 1) == {"Sam Supervisor"}

    def test_a_swept_case_never_escalates_twice_even_when_checked_again(
        self, clock: Clock, office: Any
    ) -> None:
        case = open_case(office)
        clock.to(local(2026, 12, 3, 10))
        sla_services.sla_sweep()
        # Force another look, as a crashed sweep that committed would leave it.
        Case.objects.filter(pk=case.pk).update(sla_next_check_at=clock.now - HOUR)
        assert sla_services.sla_sweep().escalations == 0
        assert Escalation.objects.filter(case=case).count() == 3

    def test_policy_switches_limit_the_ladder(self, clock: Clock, office: Any) -> None:
        policy = office["policy"]
        policy.raise_priority_at_breach = False
        policy.notify_assignee_at_warning = False
        policy.escalate_after = None
        policy.save()
        case = open_case(office)
        clock.to(local(2026, 12, 3, 10))
        assert sla_services.sla_sweep().escalations == 2
        case = fresh(case)
        assert case.priority == Priority.NORMAL
        assert notified(case, 1) == set()
        assert notified(case, 2) == {"Sam Supervisor"}

    def test_the_sweep_works_in_batches(self, clock: Clock, office: Any) -> None:
        cases = [open_case(office) for _ in range(5)]
        clock.to(local(2026, 11, 30, 16))
        result = sla_services.sla_sweep(batch_size=2)
        assert (result.checked, result.batches) == (5, 3)
        assert Escalation.objects.filter(case__in=cases, level=1).count() == 5

    def test_a_reopened_case_climbs_a_new_ladder(self, clock: Clock, office: Any) -> None:
        worker = office["caseworker"]
        case = open_case(office)
        services.case_message_customer(case=case, subject="", body="On it", actor=worker)
        clock.to(local(2026, 12, 7, 10))
        sla_services.sla_sweep()
        services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Filled", actor=worker
        )
        clock.to(local(2026, 12, 8, 9))
        services.case_reopen(case=case, actor=worker, reason="Hole is back")
        clock.to(local(2026, 12, 16, 9))
        sla_services.sla_sweep()
        rounds = sorted(
            Escalation.objects.filter(case=case, level=2).values_list("round", flat=True)
        )
        assert rounds == [1, 2]
