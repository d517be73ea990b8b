"""The managers' dashboard in a real browser: a manager filters it by channel, the charts
are drawn beside their tables, the CSV downloads the filtered figures, and axe finds no
WCAG 2.2 A or AA violation."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from backoffice.reports.rollups import local_day, rollup_day
from cases.models import Channel
from tests.backoffice.factories import PASSWORD, AgencyFactory
from tests.cases.factories import CaseFactory, ServiceFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_manager_filters_the_dashboard_by_channel_and_downloads_it(
    page: Any, live_server: Any
) -> None:
    agency: Any = AgencyFactory(time_zone="America/Chicago")
    service = ServiceFactory(agency=agency, name="Building permits")
    opened = timezone.now() - timedelta(days=3)
    for channel in (Channel.PHONE, Channel.PHONE, Channel.WEB):
        CaseFactory(
            agency=agency, service=service, customer=None, channel=channel, created_at=opened
        )
    rollup_day(agency=agency, day=local_day(agency, opened), now=timezone.now())
    manager = member(agency, Role.MANAGER, full_name="Mo Manager")

    sign_in(page, live_server.url, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/reports/")
    page.get_by_role("heading", level=1, name="Reports").wait_for()
    assert page.locator('[data-figure="new"]').inner_text() == "3"
    page.locator("[data-chart-for='table-trend'] canvas").wait_for()
    assert page.get_by_role("table", name="Cases opened, resolved and closed each day").is_visible()
    assert_accessible(page)

    page.get_by_label("Channel", exact=True).select_option(Channel.WEB)
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**channel=web**")
    assert page.locator('[data-figure="new"]').inner_text() == "1"
    page.locator("[data-chart-for='table-channels'] canvas").wait_for()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the headline figures as CSV").click()
    download = download_info.value
    assert download.suggested_filename.startswith(f"{agency.slug}-dashboard-summary-")
    text = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["measure", "value"]
    assert dict((row[0], row[1]) for row in rows[1:])["new"] == "1"
