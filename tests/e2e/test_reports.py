"""The managers' dashboard in a real browser: a manager filters it by channel, the charts
are drawn beside their tables, the CSV downloads the filtered figures, the manager goes
on to a service's blueprint, and axe finds no WCAG 2.2 A or AA violation."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from backoffice.reports.rollups import local_day, rollup_agency_day
from cases.models import Channel
from cases.services import intake
from tests.backoffice.factories import PASSWORD, AgencyFactory, TeamFactory
from tests.cases.factories import ServiceFactory
from tests.routing.factories import QueueFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_manager_filters_the_dashboard_by_channel_downloads_it_and_opens_a_blueprint(
    page: Any, live_server: Any
) -> None:
    agency: Any = AgencyFactory(time_zone="America/Chicago")
    service = ServiceFactory(agency=agency, name="Building permits")
    team = TeamFactory(agency=agency)
    QueueFactory(agency=agency, team=team)
    clerk = member(agency, Role.CASEWORKER, full_name="Cal Clerk")
    for channel in (Channel.PHONE, Channel.PHONE, Channel.WEB):
        # Opened through intake, so each is routed to the team's queue: its intake ends.
        intake.case_open(
            agency=agency,
            service=service,
            channel=channel,
            subject="Porch extension",
            team=team,
            actor=clerk,
        )
    now = timezone.now()
    rollup_agency_day(agency=agency, day=local_day(agency, now), now=now)
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

    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Service blueprints").click()
    page.get_by_role("link", name="Building permits").click()
    page.get_by_role("heading", level=1, name="Service blueprint: Building permits").wait_for()
    table = page.get_by_role("table", name="Building permits: each stage's", exact=False)
    intakes = table.get_by_role("row", name="Volume (stretches ended)").locator("td").first
    assert intakes.inner_text() == "3"  # the three cases' intakes ended on their day
    assert_accessible(page)
