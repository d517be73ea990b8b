"""The public privacy notice and a supervisor's subject-access copy in a real browser: both
pass axe with the WCAG 2.2 A and AA rules, and the copy downloads as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backoffice.models import AuditEvent, Role
from cases.models import CustomerMessage, MessageDirection
from tests.backoffice.factories import PASSWORD
from tests.cases.factories import (
    CaseFactory,
    CaseNoteFactory,
    CustomerFactory,
    ServiceAttributeFactory,
    ServiceFactory,
)
from tests.feedback.factories import OfficeFactory, SurveyFactory, SurveyServiceFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_anyone_reads_an_agency_privacy_notice(page: Any, live_server: Any, agency: Any) -> None:
    permits = ServiceFactory(
        agency=agency,
        name="Parking permit",
        privacy_purpose="To issue your permit, as the parking bylaw requires.",
        retention_days=3 * 365,
    )
    ServiceAttributeFactory(service=permits, label="Vehicle registration")
    SurveyServiceFactory(survey=SurveyFactory(agency=agency), service=permits)
    ServiceFactory(agency=agency, name="Pothole report", retention_days=400)
    OfficeFactory(agency=agency, name="Town hall desk", address="1 Main Street")

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("link", name="privacy notices").click()
    page.get_by_role("heading", name="Privacy notices", level=1).wait_for()
    assert_accessible(page)

    page.get_by_role("link", name=agency.name).click()
    page.get_by_role("heading", name=f"Privacy notice of {agency.name}").wait_for()
    page.get_by_role("heading", name="Parking permit", level=3).wait_for()
    page.get_by_text("3 years after your request is closed").wait_for()
    page.get_by_text("1 year, 1 month and 5 days after your request is closed").wait_for()
    page.get_by_text("Vehicle registration").wait_for()
    assert_accessible(page)


def test_a_supervisor_prints_and_downloads_a_subject_access_copy(
    page: Any, live_server: Any, agency: Any, tmp_path: Path
) -> None:
    supervisor = member(agency, Role.SUPERVISOR, full_name="Sam Supervisor")
    customer = CustomerFactory(agency=agency, name="Jordan Avery", email="jordan@example.org")
    service = ServiceFactory(agency=agency, name="Street repair report")
    case = CaseFactory(agency=agency, service=service, customer=customer, subject="Deep pothole")
    CaseNoteFactory(case=case, author=supervisor, body="Called back, crew booked.")
    CustomerMessage.objects.create(
        case=case,
        direction=MessageDirection.OUTBOUND,
        channel="email",
        subject="Your report",
        body="A crew will inspect the road this week.",
        author=supervisor,
    )

    sign_in(page, live_server.url, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/customers/{customer.pk}/")
    page.get_by_role("link", name="View printable copy").click()
    page.get_by_role("heading", name="Personal data held about Jordan Avery").wait_for()
    page.get_by_role("heading", name="Case", exact=False).first.wait_for()
    page.get_by_text("Called back, crew booked.").wait_for()
    # The print button is shown by the static script, so it proves the script ran.
    page.get_by_role("button", name="Print").wait_for()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download as JSON").click()
    target = tmp_path / "copy.json"
    download_info.value.save_as(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [c["reference"] for c in document["cases"]] == [case.reference]
    assert document["cases"][0]["notes"][0]["internal"] is True

    formats = list(
        AuditEvent.objects.filter(action="customer.export", actor=supervisor)
        .order_by("id")
        .values_list("details__format", flat=True)
    )
    assert formats == ["html", "json"]
