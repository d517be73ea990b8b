"""The case demo data: varied, believable in time, sends no email, and safe to load twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db.models import F
from django.utils import timezone

from backoffice import demo as backoffice_demo
from backoffice.models import Agency, OutboundEmail, OutboundEmailStatus
from cases import demo as cases_demo
from cases.models import (
    AttributeDatatype,
    Case,
    CaseEvent,
    CaseStatus,
    Customer,
    CustomerKind,
    Service,
    ServiceAttribute,
)

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
    assert not emails.exclude(status=OutboundEmailStatus.SENT).exists()
