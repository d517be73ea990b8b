"""The legal hold and the anonymised-case notice in a real browser, checked with axe."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from cases.models import Case, CaseStatus
from cases.services.retention import retention_run
from tests.backoffice.factories import PASSWORD
from tests.cases.factories import CaseFactory, CustomerFactory, ServiceFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def closed_case(agency: Any, days: int, **fields: Any) -> Case:
    service = ServiceFactory(agency=agency, name="Bulky waste collection", retention_days=30)
    closed = timezone.now() - timedelta(days=days)
    case: Case = CaseFactory.create(
        agency=agency,
        service=service,
        customer=CustomerFactory(agency=agency, name="Rowan Ellis"),
        subject="Sofa left on Elm Street",
        description="Rowan says it has been there a week.",
        status=CaseStatus.CLOSED,
        resolution="Collected.",
        resolved_at=closed,
        closed_at=closed,
        **fields,
    )
    return case


def test_a_supervisor_sets_a_legal_hold_after_confirming_it(
    page: Any, live_server: Any, agency: Any
) -> None:
    case = closed_case(agency, 10)
    supervisor = member(agency, Role.SUPERVISOR)
    sign_in(page, live_server.url, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/cases/{case.pk}/")

    page.locator("summary", has_text="Set a legal hold").click()
    page.get_by_label("Reason").fill("Insurance claim 2026/31")
    assert_accessible(page)
    page.get_by_role("button", name="Set the hold").click()
    page.get_by_text("Tick the box to confirm.").wait_for()
    assert_accessible(page)
    case.refresh_from_db()
    assert case.legal_hold is False

    # USWDS draws the box on the label; the input itself is moved out of view.
    page.locator("label", has_text="kept past its retention period until the hold").click()
    assert page.get_by_label("kept past its retention period until the hold").is_checked()
    page.get_by_role("button", name="Set the hold").click()
    page.get_by_text("Legal hold set.").wait_for()
    case.refresh_from_db()
    assert (case.legal_hold, case.legal_hold_reason) == (True, "Insurance claim 2026/31")
    assert "Legal hold set: Insurance claim 2026/31" in page.locator(".app-timeline").inner_text()
    assert_accessible(page)


def test_an_anonymised_case_shows_when_its_personal_data_was_removed(
    page: Any, live_server: Any, agency: Any
) -> None:
    case = closed_case(agency, 40)
    retention_run(agency=agency, dry_run=False)
    manager = member(agency, Role.MANAGER)
    sign_in(page, live_server.url, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{live_server.url}/cases/{case.pk}/")

    page.get_by_role("heading", name="Personal data removed").wait_for()
    text = page.locator("main").inner_text()
    assert "Rowan" not in text
    assert "Elm Street" not in text
    assert_accessible(page)
