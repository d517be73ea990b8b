"""The employee side of feedback in a real browser: a caseworker raises friction from a case
page and answers a pulse survey; a manager reads a round's results. Every page passes axe
with the WCAG 2.2 A and AA rules."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from feedback.models import (
    FrictionReport,
    Measure,
    PulseParticipation,
    PulseRound,
    Stage,
    SurveyResponse,
)
from feedback.services.pulse import pulse_answer, pulse_round_close, pulse_round_open
from tests.backoffice.factories import PASSWORD, MembershipFactory, TeamFactory, UserFactory
from tests.cases.factories import CaseFactory, ServiceFactory

from ..conftest import member
from ..feedback.factories import pulse_survey
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_round(agency: Any, manager: Any) -> PulseRound:
    now = timezone.now()
    return pulse_round_open(
        survey=pulse_survey(agency, title="How is work going?"),
        opens_at=now - timedelta(hours=1),
        closes_at=now + timedelta(days=7),
        actor=manager,
    )


def test_a_caseworker_raises_friction_from_a_case_page(
    page: Any, live_server: Any, agency: Any
) -> None:
    service = ServiceFactory(agency=agency, name="Liquor licence")
    case = CaseFactory(agency=agency, service=service, subject="Licence renewal")
    caseworker = member(agency, Role.CASEWORKER, full_name="Casey Worker")
    base = live_server.url
    sign_in(page, base, caseworker.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{base}/cases/{case.pk}/")
    page.get_by_role("link", name="Report friction on this case").click()
    page.get_by_role("heading", name="Report friction", level=1).wait_for()
    assert page.get_by_label("Case reference").input_value() == case.reference
    assert page.get_by_label("Service").locator("option:checked").inner_text() == "Liquor licence"
    assert_accessible(page)

    page.get_by_role("button", name="Save the report").click()
    summary = page.get_by_role("alert")
    summary.get_by_text("The report was not saved").wait_for()
    assert_accessible(page)
    summary.get_by_role("link", name="What gets in the way?: Say in a few words").click()
    assert page.evaluate("document.activeElement.id") == "id_title"
    page.keyboard.type("The renewal form asks for the address we already hold")
    page.get_by_label("Details").fill("Every renewal, the applicant's address is typed again.")
    page.get_by_label("Stage").select_option(Stage.INTAKE.value)
    page.get_by_role("button", name="Save the report").click()

    page.get_by_role(
        "heading", name="The renewal form asks for the address we already hold"
    ).wait_for()
    report = FrictionReport.objects.get()
    assert (report.case_id, report.service_id, report.raised_by_id) == (
        case.pk,
        service.pk,
        caseworker.pk,
    )
    assert_accessible(page)

    nav = page.get_by_role("navigation", name="Primary navigation")
    nav.get_by_role("button", name="Feedback").click()
    nav.get_by_role("link", name="Friction reports").click()
    page.get_by_role("heading", name="Friction reports", level=1).wait_for()
    row = page.get_by_role("row", name="The renewal form asks for the address")
    assert "Your report" in row.inner_text()
    assert_accessible(page)


def test_a_caseworker_answers_a_pulse_survey_once_with_the_keyboard(
    page: Any, live_server: Any, agency: Any
) -> None:
    pulse_round = open_round(agency, member(agency, Role.MANAGER))
    caseworker = member(agency, Role.CASEWORKER)
    questions = {q.measure: q for q in pulse_round.survey.questions.all()}
    base = live_server.url
    sign_in(page, base, caseworker.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{base}/feedback/pulse/")
    page.get_by_text("Pulse survey — 2 minutes, anonymous").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"^Answer now\W+How is work going\?$")).click()
    page.get_by_role("heading", name="How is work going?", level=1).wait_for()
    assert_accessible(page)

    workload = page.get_by_role("group", name="My workload is manageable.")
    workload.get_by_label("Agree", exact=True).focus()
    page.keyboard.press("Space")
    assert workload.get_by_label("Agree", exact=True).is_checked()
    enps = page.get_by_role("group", name="How likely are you to recommend working here?")
    enps.get_by_label("9", exact=True).focus()
    page.keyboard.press("Space")
    page.get_by_label("Anything else?").fill("More quiet rooms, please.")
    page.get_by_role("button", name="Send my answers").focus()
    page.keyboard.press("Enter")

    page.get_by_role("heading", name="Thank you").wait_for()
    assert_accessible(page)
    response = SurveyResponse.objects.get(pulse_round=pulse_round)
    answers = {a.question_id: (a.number, a.text) for a in response.answers.all()}
    assert answers[questions[Measure.WORKLOAD].pk] == (4, "")
    assert answers[questions[Measure.ENPS].pk] == (9, "")
    assert PulseParticipation.objects.filter(round=pulse_round, user=caseworker).exists()

    page.goto(f"{base}/feedback/pulse/{pulse_round.pk}/")
    page.get_by_role("heading", name="You have already answered").wait_for()
    assert SurveyResponse.objects.filter(pulse_round=pulse_round).count() == 1


def test_a_manager_reads_a_rounds_results_with_small_teams_hidden(
    page: Any, live_server: Any, agency: Any
) -> None:
    manager = member(agency, Role.MANAGER, full_name="Morgan Manager")
    pulse_round = open_round(agency, manager)
    questions = {q.measure: q for q in pulse_round.survey.questions.all()}
    for name, size in (("Licensing", 5), ("Permits", 3), ("Parks", 2)):
        team = TeamFactory(agency=agency, name=name)
        for index in range(size):
            person = UserFactory()
            MembershipFactory(user=person, agency=agency, team=team, role=Role.CASEWORKER)
            pulse_answer(
                pulse_round=pulse_round,
                user=person,
                answers={
                    questions[Measure.WORKLOAD].pk: 1 + index % 5,
                    questions[Measure.ENPS].pk: 10 - index,
                    questions[Measure.COMMENT].pk: f"Comment number {index} of {name}",
                },
            )
    base = live_server.url
    sign_in(page, base, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{base}/feedback/pulse/rounds/{pulse_round.pk}/results/")
    page.get_by_text("Results are shown when the round closes").wait_for()
    pulse_round_close(pulse_round=pulse_round, actor=manager)

    page.goto(f"{base}/feedback/pulse/rounds/")
    page.get_by_role("heading", name="Pulse rounds", level=1).wait_for()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"^Results\W+Staff pulse")).click()
    page.get_by_role("heading", name="Results: Staff pulse").wait_for()
    groups = page.get_by_role("table", name="Who answered")
    assert groups.get_by_role("row", name="Licensing").inner_text().split("\t")[-1] == "5"
    assert "fewer than 5 respondents" in groups.get_by_role("row", name="Parks").inner_text()
    assert "Other teams, combined" in groups.inner_text()
    assert page.get_by_text("Comment number 0 of Parks").is_visible()
    assert_accessible(page)

    page.goto(f"{base}/feedback/pulse/rounds/new/")
    page.get_by_role("heading", name="Open a pulse round").wait_for()
    assert_accessible(page)
