"""The benchmark data generator (bench.generate): a believable office, whose report
rollups, built by the project's own backfill, agree with counts taken straight from the
generated cases."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from backoffice.models import Agency
from backoffice.reports.figures import ReportFilter, figures
from backoffice.reports.rollups import day_bounds, local_day
from bench import generate
from cases.models import Case, CaseEvent, Escalation, EscalationLevel, EventKind
from cases.models.case import OPEN_STATUSES
from feedback.models import SurveyAnswer, SurveyInvitation, SurveyResponse
from routing.models import Pickup, PresenceLog

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

CASES = 2_000
DAYS = 120


@pytest.fixture
def generated() -> generate.Generated:
    return generate.generate(cases=CASES, seed=7, progress=lambda _line: None, presence_days=14)


def test_the_generated_office_has_the_status_mix_and_timelines_of_a_real_one(
    generated: generate.Generated,
) -> None:
    cases = Case.objects.filter(agency__slug__startswith=generate.BENCH_SLUG)
    assert cases.count() == CASES == generated.counts["cases"]
    assert [a.cases.count() for a in Agency.objects.order_by("pk")] == generate.shares(CASES)
    statuses = Counter(cases.values_list("status", flat=True))
    open_cases = sum(statuses[status] for status in OPEN_STATUSES)
    assert statuses["closed"] > 0.8 * CASES
    assert 0 < open_cases < 0.1 * CASES
    assert statuses["cancelled"] > 0
    assert statuses["duplicate"] > 0
    first, last = min(cases.values_list("created_at", flat=True)), timezone.now()
    assert last - first > timedelta(days=365 * 3 - 10)
    # Every case was opened and routed; every picked-up case has its pickup and assignment.
    assert CaseEvent.objects.filter(kind=EventKind.OPENED).count() == CASES
    assert CaseEvent.objects.filter(kind=EventKind.ROUTED).count() == CASES
    picked = Pickup.objects.count()
    assert picked == CaseEvent.objects.filter(kind=EventKind.ASSIGNED).count() > 0.9 * CASES
    assert cases.filter(assignee__isnull=False).count() == picked
    assert CaseEvent.objects.filter(kind=EventKind.NOTE).exists()
    assert CaseEvent.objects.filter(kind=EventKind.REOPENED).exists()
    assert Escalation.objects.filter(level=EscalationLevel.BREACH).exists()
    assert set(cases.values_list("sla_state", flat=True)) >= {"met", "missed"}
    answered = SurveyInvitation.objects.filter(status="answered").count()
    assert answered == SurveyResponse.objects.count() > 0
    assert SurveyAnswer.objects.count() > SurveyResponse.objects.count()
    assert PresenceLog.objects.exists()
    assert generated.counts["events"] == CaseEvent.objects.count()


def test_rollups_backfilled_over_generated_cases_equal_direct_counts(
    generated: generate.Generated,
) -> None:
    agency = Agency.objects.get(slug=generate.AGENCIES[0].slug)
    today = local_day(agency, timezone.now())
    since = today - timedelta(days=DAYS - 1)
    call_command("reports_backfill", "--agency", agency.slug, "--since", since.isoformat())

    got = figures(ReportFilter(agency=agency, first_day=since, last_day=today))

    start, end = day_bounds(agency, since)[0], day_bounds(agency, today)[1]
    cases = Case.objects.filter(agency=agency)

    def within(field: str) -> int:
        return cases.filter(**{f"{field}__gte": start, f"{field}__lt": end}).count()

    assert got.new == within("created_at") > 50
    assert got.resolved == within("resolved_at")
    assert got.closed == within("closed_at")
    assert got.first_responses == within("first_response_at")
    assert (
        got.reopened
        == CaseEvent.objects.filter(
            case__agency=agency,
            kind=EventKind.REOPENED,
            occurred_at__gte=start,
            occurred_at__lt=end,
        ).count()
    )
    assert (
        got.breaches
        == Escalation.objects.filter(
            case__agency=agency,
            level=EscalationLevel.BREACH,
            escalated_at__gte=start,
            escalated_at__lt=end,
        ).count()
    )
    # Every generated change lies before now, so the backlog now is the open cases.
    assert got.backlog == cases.filter(status__in=OPEN_STATUSES).count() > 0
    pickups = Pickup.objects.filter(agency=agency, picked_at__gte=start, picked_at__lt=end)
    waited = sum((p.waited for p in pickups), timedelta(0))
    assert got.mean_wait_seconds == pytest.approx(waited.total_seconds() / pickups.count())
