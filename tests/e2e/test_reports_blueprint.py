"""The service blueprint in a real browser: a manager opens the blueprints from the header's
Reports menu, opens one service, reads its stages side by side, finds no WCAG 2.2 A or AA
violation with axe, and downloads the same table as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from backoffice.reports.rollups import local_day
from backoffice.reports.stages import rollup_stages
from cases.models import CaseStatus, Channel
from cases.services import intake, lifecycle
from tests.backoffice.factories import PASSWORD, AgencyFactory, TeamFactory
from tests.cases.factories import ServiceFactory
from tests.feedback.factories import FrictionReportFactory
from tests.routing.factories import QueueFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_manager_opens_a_service_blueprint_and_downloads_it(page: Any, live_server: Any) -> None:
    agency: Any = AgencyFactory(time_zone="America/Chicago")
    service = ServiceFactory(agency=agency, name="Building permits")
    ServiceFactory(agency=agency, name="Dog licences")
    team = TeamFactory(agency=agency)
    QueueFactory(agency=agency, team=team)
    worker = member(agency, Role.CASEWORKER, full_name="Wendy Worker")
    # Opened into the queue, taken and resolved: one intake, one triage, one work stretch.
    case = intake.case_open(
        agency=agency,
        service=service,
        channel=Channel.PHONE,
        subject="Porch extension",
        team=team,
        actor=worker,
    )
    case = lifecycle.case_assign(case=case, assignee=worker, actor=worker)
    lifecycle.case_change_status(
        case=case, status=CaseStatus.RESOLVED, actor=worker, resolution="Permit issued"
    )
    rollup_stages(agency=agency, day=local_day(agency, timezone.now()), now=timezone.now())
    FrictionReportFactory(
        agency=agency, service=service, stage="work", title="Two logins to issue a permit"
    )
    manager = member(agency, Role.MANAGER, full_name="Mo Manager")

    sign_in(page, live_server.url, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Service blueprints").click()
    page.get_by_role("heading", level=1, name="Service blueprints").wait_for()
    assert_accessible(page)

    page.get_by_role("link", name="Building permits").click()
    page.get_by_role("heading", level=1, name="Service blueprint: Building permits").wait_for()
    table = page.get_by_role("table", name="Building permits: each stage's", exact=False)
    volume = table.get_by_role("row", name="Volume (stretches ended)")
    assert volume.locator("td").all_inner_texts() == ["1", "1", "1", "0", "0", "0"]
    assert table.get_by_role("link", name="Two logins to issue a permit").is_visible()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the blueprint as CSV").click()
    download = download_info.value
    assert download.suggested_filename.startswith(f"{agency.slug}-blueprint-{service.pk}-")
    text = Path(download.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["measure", "intake", "triage", "work", "waiting", "resolution", "follow_up"]
    assert dict((row[0], row[1:]) for row in rows[1:])["stretches"] == [
        "1",
        "1",
        "1",
        "0",
        "0",
        "0",
    ]
