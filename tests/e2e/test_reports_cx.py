"""The quarterly customer-experience report in a real browser: a manager picks a quarter
and a channel, reads the service's row, downloads the CSV of the same figures, and axe
finds no WCAG 2.2 A or AA violation."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from backoffice.reports.rollups import rollup_day
from cases.models import Channel
from feedback.models import InvitationStatus, Measure, QuestionKind, SurveyAnswer, SurveyResponse
from feedback.selectors import Quarter
from tests.backoffice.factories import PASSWORD, AgencyFactory
from tests.cases.factories import CaseFactory, ServiceFactory
from tests.feedback.factories import QuestionFactory, SurveyFactory, SurveyInvitationFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TRUST = "This interaction increased my trust in the agency."


def test_a_manager_picks_a_quarter_and_a_channel_and_downloads_the_report(
    page: Any, live_server: Any, settings: Any
) -> None:
    settings.FEEDBACK_PUBLIC_MIN_RESPONSES = 3
    agency: Any = AgencyFactory(time_zone="America/Chicago")
    service = ServiceFactory(agency=agency, name="Building permits")
    # The middle of the last complete quarter, at noon in the agency's time zone.
    quarter = Quarter.of(timezone.localdate(timezone=agency.zone)).previous()
    day = quarter.first_day + timedelta(days=40)
    noon = datetime.combine(day, time(12), tzinfo=agency.zone)
    survey: Any = SurveyFactory(agency=agency)
    trust = QuestionFactory(
        survey=survey, kind=QuestionKind.AGREEMENT, measure=Measure.TRUST, text=TRUST
    )
    invitations = []
    for channel in (Channel.PHONE, Channel.PHONE, Channel.WEB, Channel.WEB):
        case = CaseFactory(
            agency=agency, service=service, channel=channel, created_at=noon, updated_at=noon
        )
        invitations.append(
            SurveyInvitationFactory(
                survey=survey, case=case, status=InvitationStatus.SENT, sent_at=noon, due_at=noon
            )
        )
    # One web answer comes through its invitation, two were given without one.
    for number, invitation in zip((5, 4, 2), (invitations[2], None, None), strict=True):
        response = SurveyResponse.objects.create(
            survey=survey,
            agency=agency,
            invitation=invitation,
            service=service,
            channel=Channel.WEB,
            submitted_at=noon,
        )
        SurveyAnswer.objects.create(response=response, question=trust, number=number)
    rollup_day(agency=agency, day=day, now=timezone.now())
    manager = member(agency, Role.MANAGER, full_name="Mo Manager")

    sign_in(page, live_server.url, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Customer experience (quarterly)").click()
    page.get_by_role("heading", level=1, name="Customer experience (quarterly)").wait_for()
    assert_accessible(page)

    page.get_by_label("Quarter").select_option(quarter.slug)
    page.get_by_label("Channel", exact=True).select_option(Channel.WEB)
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**channel=web**")
    table = page.get_by_role("table", name=f"by service and channel, {quarter.label}")
    rows = table.locator("tbody tr")
    assert rows.count() == 1
    assert rows.first.get_by_role("rowheader").inner_text() == "Building permits"
    cells = [cell.strip() for cell in rows.first.locator("td").all_inner_texts()]
    assert cells == ["Web form", "2", "2", "3", "1", "50.0 %"]
    questions = page.get_by_role("table", name="Answers and score of each question")
    assert questions.get_by_role("row", name=TRUST).locator("td").all_inner_texts() == [
        "Trust",
        "3",
        "66.7 % agree",
    ]
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=f"Download {quarter.label} as CSV").click()
    download = download_info.value
    assert download.suggested_filename == f"{agency.slug}-cx-{quarter.slug}.csv"
    lines = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert lines[1:] == [
        [
            *[quarter.slug, "Building permits", "Web form", "2", "2", "3", "1", "50.0"],
            *[TRUST, "trust", "3", "66.7", "percent_agreeing", ""],
        ]
    ]
