"""The public satisfaction page and the managers' feedback results in a real browser: both
pass axe with the WCAG 2.2 A and AA rules, and their CSV links download the figures."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from cases.models import Channel
from tests.backoffice.factories import PASSWORD, TeamFactory
from tests.cases.factories import CaseFactory, CustomerFactory, ServiceFactory
from tests.feedback.test_results import Questionnaire

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _results(agency: Any) -> None:
    """Two services on three channels this month: one group too small to publish."""
    survey = Questionnaire(agency)
    recently = timezone.now() - timedelta(days=2)
    permits = ServiceFactory(agency=agency, name="Building permits")
    licences = ServiceFactory(agency=agency, name="Dog licences")
    team = TeamFactory(agency=agency, name="Front desk")
    survey.agree(12, 9, service=permits, channel=Channel.WEB, team=team, at=recently)
    survey.agree(20, 18, service=permits, channel=Channel.PHONE, team=team, at=recently)
    survey.agree(4, 4, service=licences, channel=Channel.IN_PERSON, at=recently)
    responses = survey.agree(10, 6, service=licences, channel=Channel.WEB, at=recently)
    for each in responses:
        survey.pick(each, survey.fast)
    customer = CustomerFactory(agency=agency, name="Rosa Delgado")
    case: Any = CaseFactory(agency=agency, customer=customer, service=licences)
    first = responses[0]
    first.case = case
    first.save(update_fields=["case"])
    survey.write(first, "Rosa Delgado here, call me on 312-555-0100 please.")


def _download(page: Any, link_name: str) -> list[list[str]]:
    with page.expect_download() as download_info:
        page.get_by_role("link", name=link_name).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    text = Path(download.path()).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_the_public_results_page_is_accessible_and_its_csv_downloads(
    page: Any, live_server: Any, agency: Any
) -> None:
    _results(agency)

    page.goto(f"{live_server.url}/satisfaction/")
    assert_accessible(page)
    page.get_by_role("link", name=agency.name).click()
    page.get_by_role("heading", level=1, name=f"Satisfaction and trust: {agency.name}").wait_for()
    assert page.get_by_role("cell", name="Not published: fewer than 10 responses").count() == 2
    assert_accessible(page)

    rows = _download(page, "Download these figures as CSV")

    assert rows[0][:5] == ["quarter", "first_day", "last_day", "service", "channel"]
    published = {(row[3], row[4]): row[5:] for row in rows[1:]}
    assert published[("Building permits", "Web form")] == ["75.0", "12", "75.0", "12"]
    assert published[("Dog licences", "In person")] == ["", "fewer than 10", "", "fewer than 10"]


def test_the_managers_results_page_is_accessible_and_its_csv_downloads(
    page: Any, live_server: Any, agency: Any
) -> None:
    _results(agency)
    manager = member(agency, Role.MANAGER, full_name="Mo Manager")

    sign_in(page, live_server.url, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/feedback/results/")
    page.get_by_role("heading", level=1, name="Feedback results").wait_for()
    comments = page.locator("[data-comment]")
    assert comments.count() == 1
    assert "[name] here, call me on [phone] please." in comments.inner_text()
    assert_accessible(page)

    page.get_by_label("Channel", exact=True).select_option(Channel.WEB)
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**channel=web**")
    assert_accessible(page)
    rows = _download(page, "Download by service as CSV")

    assert rows[0][:2] == ["service", "responses"]
    by_service = {row[0]: row for row in rows[1:]}
    assert set(by_service) == {"Building permits", "Dog licences"}
    assert by_service["Building permits"][1] == "12"
    assert by_service["Dog licences"][1] == "10"
