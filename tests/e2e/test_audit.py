"""An agency administrator reads and filters the audit log in a real browser; axe finds nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backoffice import services
from backoffice.models import AuditEvent, Role
from tests.backoffice.factories import PASSWORD

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _no_second_factor(settings: Any) -> None:
    # Administrators give a second factor before any page (tested with the accounts); these
    # tests are about what the audit log shows and records once they are in.
    settings.OTP_REQUIRED_FOR_ADMINS = False


def test_an_administrator_filters_the_audit_log_and_downloads_it(
    page: Any, live_server: Any, agency: Any, other_agency: Any
) -> None:
    administrator = member(agency, Role.ADMINISTRATOR, is_staff=True)
    caseworker = member(agency, Role.CASEWORKER, email="cw@agency.example")
    services.audit_record(action="team.update", actor=administrator, agency=agency, obj=agency)
    services.audit_record(
        action="access.denied",
        actor=caseworker,
        agency=agency,
        outcome="denied",
        details={"path": "/audit/"},
    )
    services.audit_record(action="team.delete", agency=other_agency)

    sign_in(page, live_server.url, administrator.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.get_by_role("button", name="Administration").click()
    page.get_by_role("link", name="Audit log", exact=True).click()
    page.get_by_role("heading", name="Audit log", level=1).wait_for()
    table = page.get_by_role("table", name="Audit events, newest first")
    assert "team.update" in table.inner_text()
    assert "team.delete" not in table.inner_text()
    assert_accessible(page)

    page.get_by_label("Kind of event").select_option(label="Access refused")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/audit/?*group=denied*")
    rows = page.get_by_role("table", name="Audit events, newest first").inner_text()
    assert "access.denied" in rows
    assert "cw@agency.example" in rows
    assert "team.update" not in rows
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download these events as CSV").click()
    saved = download.value.path()
    text = Path(saved).read_text(encoding="utf-8")
    assert "access.denied" in text
    assert "team.update" not in text
    assert AuditEvent.objects.filter(action="audit.export", actor=administrator).exists()

    page.get_by_label("IP address").fill("not an address")
    page.get_by_role("button", name="Filter").click()
    page.get_by_text("Enter an IPv4 or IPv6 address").first.wait_for()
    assert_accessible(page)

    page.get_by_role("link", name="Clear the filters").click()
    page.get_by_label("Actor email contains").fill("nobody-at-all")
    page.get_by_role("button", name="Filter").click()
    page.get_by_text("No audit events match these filters.").wait_for()
    assert_accessible(page)
