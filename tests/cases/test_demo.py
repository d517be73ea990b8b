"""The case demo data: varied, believable in time, with service-level clocks that follow each
case's history, sends no email, and is safe to load twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db.models import F
from django.utils import timezone

from backoffice import demo as backoffice_demo
from backoffice.models import Agency, Notification, OutboundEmail, OutboundEmailStatus
from cases import demo as cases_demo
from cases import sla
from cases.models import (
    PAUSABLE_STATUSES,
    AttributeDatatype,
    Case,
    CaseEvent,
    CaseStatus,
    Customer,
    CustomerKind,
    Escalation,
    EscalationLevel,
    EventKind,
    Service,
    ServiceAttribute,
    SlaBasis,
    SlaPolicy,
    SlaState,
)
from cases.models.case import OPEN_STATUSES
from cases.services.sla import Calendars

pytestmark = pytest.mark.django_db

SIZE = 40


@pytest.fixture
def seeded() -> None:
    backoffice_demo.seed(cases_per_agency=SIZE)


def _counts() -> tuple[int, ...]:
    return (
        Case.objects.count(),
        CaseEvent.objects.count(),
        Service.objects.count(),
        ServiceAttribute.objects.count(),
        Customer.objects.count(),
        OutboundEmail.objects.count(),
        SlaPolicy.objects.count(),
        Escalation.objects.count(),
        Notification.objects.count(),
    )


def test_seeding_twice_adds_nothing_the_second_time(seeded: None) -> None:
    before = _counts()

    assert cases_demo.seed(cases_per_agency=SIZE) == 0
    backoffice_demo.seed(cases_per_agency=SIZE)

    assert _counts() == before
    assert Case.objects.count() == 2 * SIZE


def test_both_agencies_have_services_and_cases_in_several_statuses_and_channels(
    seeded: None,
) -> None:
    for slug, prefix in (("riverton-licensing", "LIC"), ("state-shared-services", "SSC")):
        agency = Agency.objects.get(slug=slug)
        cases = Case.objects.filter(agency=agency)
        assert agency.case_prefix == prefix
        assert Service.objects.filter(agency=agency, default_team__agency=agency).count() >= 3
        assert cases.count() == SIZE
        assert len(set(cases.values_list("status", flat=True))) >= 4, slug
        assert len(set(cases.values_list("channel", flat=True))) >= 2, slug
        assert all(
            ref.startswith(f"{prefix}-") for ref in cases.values_list("reference", flat=True)
        )
        assert CaseEvent.objects.filter(case__agency=agency).count() > cases.count()


def test_the_catalogue_asks_open311_questions_and_serves_other_agencies(seeded: None) -> None:
    repair = Service.objects.get(agency__slug="riverton-licensing", code="street-repair")
    attributes = {a.code: a for a in repair.attributes.all()}
    assert attributes["location"].required
    assert attributes["pothole_size"].datatype == AttributeDatatype.SINGLE_CHOICE
    assert attributes["pothole_size"].choice_keys() == ["small", "medium", "large"]

    shared = Agency.objects.get(slug="state-shared-services")
    assert not Service.objects.filter(agency=shared, for_organisations=False).exists()
    kinds = set(Customer.objects.filter(agency=shared).values_list("kind", flat=True))
    assert kinds == {CustomerKind.ORGANISATION}
    assert Customer.objects.filter(agency=shared, name="Department of Transportation").exists()


def test_every_case_reference_is_unique(seeded: None) -> None:
    references = list(Case.objects.values_list("reference", flat=True))

    assert len(references) == len(set(references)) == 2 * SIZE


def test_history_spreads_back_in_time_in_a_consistent_order(seeded: None) -> None:
    now = timezone.now()
    oldest = Case.objects.order_by("created_at").first()

    assert oldest is not None
    assert oldest.created_at < now - timedelta(days=20)
    assert not CaseEvent.objects.filter(occurred_at__gt=now).exists()
    assert not CaseEvent.objects.filter(occurred_at__lt=F("case__created_at")).exists()
    assert not Case.objects.filter(updated_at__lt=F("created_at")).exists()
    assert not Case.objects.filter(closed_at__lt=F("resolved_at")).exists()
    assert not Case.objects.filter(status=CaseStatus.CLOSED, closed_at__isnull=True).exists()


def test_no_demo_customer_is_emailed(seeded: None) -> None:
    emails = OutboundEmail.objects.all()

    assert emails.exists()
    assert emails.filter(related_type="backoffice.notification").exists()
    assert not emails.exclude(status=OutboundEmailStatus.SENT).exists()


# Service levels -------------------------------------------------------------------------------


def test_each_agency_has_its_policies_and_every_case_runs_a_clock(seeded: None) -> None:
    for spec in cases_demo.AGENCIES:
        policies = SlaPolicy.objects.filter(agency__slug=spec.slug)
        assert {p.name for p in policies} == {p.name for p in spec.policies}
        assert policies.filter(service=None, priority=None).exists(), spec.slug
        assert not Case.objects.filter(agency__slug=spec.slug, sla_policy=None).exists()
    hazards = SlaPolicy.objects.get(service__code="street-repair", priority__isnull=False)
    assert hazards.basis == SlaBasis.CALENDAR
    assert hazards.escalation_team is not None
    assert hazards.escalation_team.name == "Inspections"
    assert Case.objects.filter(sla_policy=hazards).exists()  # loose covers are urgent


def test_every_service_level_state_occurs(seeded: None) -> None:
    states = set(Case.objects.values_list("sla_state", flat=True))

    assert {
        SlaState.ON_TRACK,
        SlaState.AT_RISK,
        SlaState.BREACHED,
        SlaState.MET,
        SlaState.MISSED,
    } <= states
    assert Case.objects.filter(sla_paused_at__isnull=False).exists()
    unfinished = Case.objects.filter(status__in=[CaseStatus.CANCELLED, CaseStatus.DUPLICATE])
    assert set(unfinished.values_list("sla_state", flat=True)) == {SlaState.NONE}


def test_paused_clocks_stopped_when_the_case_began_waiting(seeded: None) -> None:
    waiting = Case.objects.filter(status__in=PAUSABLE_STATUSES)

    assert waiting.exists()
    assert set(Case.objects.filter(sla_paused_at__isnull=False)) == set(waiting)
    for case in waiting:
        last = case.events.filter(kind=EventKind.STATUS).order_by("occurred_at").last()
        assert last is not None
        assert last.data["status"][1] == case.status
        assert case.sla_paused_at == last.occurred_at, case.reference
        assert case.sla_next_check_at is None


def test_due_times_and_outcomes_follow_each_cases_back_dated_history(seeded: None) -> None:
    calendars = Calendars()
    finished = 0
    cases = Case.objects.filter(sla_policy__isnull=False).select_related("agency", "sla_policy")
    for case in cases:
        policy, cal = case.sla_policy, calendars(case.agency)
        assert policy is not None
        assert policy.resolution_target is not None
        reopened = case.events.filter(kind=EventKind.REOPENED).order_by("occurred_at").last()
        started = reopened.occurred_at if reopened else case.created_at
        paused = sla.paused_time(case, policy)
        due = sla.clock_add(policy, cal, started, policy.resolution_target + paused)
        assert case.sla_started_at == started, case.reference
        assert case.resolution_due_at == due, case.reference
        if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            finished += 1
            assert case.resolved_at is not None
            met = case.resolved_at <= due
            assert case.sla_state == (SlaState.MET if met else SlaState.MISSED), case.reference
    assert finished


def test_open_breached_cases_were_escalated_within_their_history(seeded: None) -> None:
    now = timezone.now()
    breached = Case.objects.filter(status__in=OPEN_STATUSES, sla_state=SlaState.BREACHED)

    assert breached.exists()
    for case in breached:
        assert case.escalations.filter(
            level=EscalationLevel.BREACH, round=case.sla_round
        ).exists(), case.reference
    for escalation in Escalation.objects.select_related("case"):
        assert escalation.case.created_at <= escalation.threshold_at <= escalation.escalated_at
        assert escalation.escalated_at <= now
    assert CaseEvent.objects.filter(kind=EventKind.SLA).count() == Escalation.objects.count() > 0
    assert Notification.objects.filter(kind=f"sla.level{EscalationLevel.BREACH}").exists()
    assert not Case.objects.filter(sla_next_check_at__lte=now).exists()  # nothing left overdue
