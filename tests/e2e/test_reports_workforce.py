"""The workforce page in a real browser: it passes axe with the WCAG 2.2 A and AA rules as
first shown, with a field error, and after choosing a service; and the 15-minute export
downloads a queue's day as CSV."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from tests.backoffice.factories import PASSWORD, UserFactory
from tests.cases.factories import CaseFactory, ServiceFactory
from tests.routing.factories import QueueFactory, RoutingRuleFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_workforce_page_is_accessible_and_its_interval_export_downloads(
    page: Any, live_server: Any, agency: Any
) -> None:
    permits = ServiceFactory(agency=agency, name="Building permits")
    queue = QueueFactory(agency=agency, name="Permits desk")
    RoutingRuleFactory(agency=agency, service=permits, queue=queue)
    queue.members.add(UserFactory())
    for weeks_back in range(1, 5):
        CaseFactory.create_batch(
            3,
            agency=agency,
            service=permits,
            created_at=timezone.now() - timedelta(weeks=weeks_back),
        )
    manager = member(agency, Role.MANAGER, full_name="Mo Manager")

    sign_in(page, live_server.url, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/reports/workforce/")
    page.get_by_role("heading", level=1, name="Workforce forecast").wait_for()
    assert page.locator('table[data-table="weeks"] tbody tr').count() == 8
    assert_accessible(page)

    page.get_by_label("Weeks ahead").fill("40")
    page.get_by_role("button", name="Show the forecast").click()
    page.get_by_text("Ensure this value is less than or equal to 26.").wait_for()
    assert page.locator('table[data-table="weeks"]').count() == 0
    assert_accessible(page)

    page.get_by_label("Service").select_option(label="Building permits")
    page.get_by_label("Weeks ahead").fill("3")
    page.get_by_role("button", name="Show the forecast").click()
    page.wait_for_url("**weeks_ahead=3**")
    assert page.locator('table[data-table="weeks"] tbody tr').count() == 3
    assert "this service's queues (Permits desk)" in page.locator("[data-summary]").inner_text()
    assert_accessible(page)

    page.get_by_label("Queue").select_option(label="Permits desk")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["queue", "interval_start", "interval_end", "offered"]
    assert {row[0] for row in rows[1:]} == {"Permits desk"}
    assert len(rows) - 1 in (92, 96, 100)  # a day is 92 or 100 quarter hours when clocks change
