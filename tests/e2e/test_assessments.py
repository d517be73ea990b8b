"""Skill assessments in a real browser: a caseworker takes one, fixes the questions they
missed, sees the result and their new level; their supervisor records an observed
practical assessment. Every page passes axe with the WCAG 2.2 A and AA rules."""

from __future__ import annotations

import re
from typing import Any

import pytest

from backoffice.models import Role
from routing.models import AssessmentAttempt, ObservedAssessment, PersonSkill, Skill, SkillSource
from tests.backoffice.factories import PASSWORD

from ..conftest import member
from ..routing.factories_assessments import make_assessment
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _choose(page: Any, answer: str) -> None:
    """Pick a radio answer as a person does: USWDS hides the input and shows its label."""
    page.locator("label", has_text=answer).click()
    assert page.get_by_label(answer).is_checked()


def test_a_caseworker_takes_an_assessment_and_sees_their_new_level(
    page: Any, live_server: Any, agency: Any
) -> None:
    spanish = Skill.objects.create(agency=agency, code="spanish", name="Spanish")
    make_assessment(
        agency=agency,
        skill=spanish,
        title="Spanish for casework",
        instructions="Pick one answer for each question.",
    )
    caseworker = member(agency, Role.CASEWORKER, full_name="Casey Worker")
    base = live_server.url
    sign_in(page, base, caseworker.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{base}/routing/assessments/")
    row = page.get_by_role("row", name="Spanish for casework")
    assert "None yet" in row.inner_text()
    assert "Not taken yet" in row.inner_text()
    assert_accessible(page)

    page.get_by_role("link", name=re.compile(r"^Take it\W+Spanish for casework$")).click()
    page.get_by_role("heading", name="Spanish for casework", level=1).wait_for()
    assert_accessible(page)
    for number in (1, 2, 3):
        _choose(page, f"Right ({number})")
    page.get_by_role("button", name="Submit my answers").click()

    summary = page.get_by_role("alert")
    summary.get_by_text("Your answers were not submitted").wait_for()
    assert "Choose an answer to question 4." in summary.inner_text()
    assert "Choose an answer to question 5." in summary.inner_text()
    for number in (1, 2, 3):
        assert page.get_by_label(f"Right ({number})").is_checked()
    assert_accessible(page)

    summary.get_by_role("link", name="Choose an answer to question 4.").click()
    page.wait_for_url("**#question-*-choice-*")
    _choose(page, "Right (4)")
    _choose(page, "Wrong B (5)")
    page.get_by_role("button", name="Submit my answers").click()

    page.get_by_role("heading", name="4 of 5 right: 80%").wait_for()
    page.get_by_text("Passed at level 3.").wait_for()
    assert "The level in Spanish is now 3." in page.locator("main").inner_text()
    answers = page.get_by_role("table")
    assert answers.get_by_role("cell", name="Wrong", exact=True).count() == 1
    assert_accessible(page)

    level = PersonSkill.objects.get(user=caseworker, skill=spanish)
    assert (level.level, level.source) == (3, SkillSource.ASSESSMENT)
    assert AssessmentAttempt.objects.get(user=caseworker).score == 80

    page.get_by_role("link", name="Skill assessments").click()
    row = page.get_by_role("row", name="Spanish for casework")
    assert "Level 3" in row.inner_text()
    assert "80%, level 3" in row.inner_text()
    assert "Again from" in row.inner_text()
    assert_accessible(page)


def test_a_supervisor_records_an_observed_practical_assessment(
    page: Any, live_server: Any, agency: Any
) -> None:
    spanish = Skill.objects.create(agency=agency, code="spanish", name="Spanish")
    supervisor = member(agency, Role.SUPERVISOR, full_name="Sam Supervisor")
    caseworker = member(agency, Role.CASEWORKER, full_name="Casey Worker")
    caseworker.memberships.update(team=supervisor.memberships.get().team)
    base = live_server.url
    sign_in(page, base, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{base}/routing/assessments/")
    page.get_by_role("link", name="Skills of Casey Worker").click()
    page.get_by_role("heading", name="Skills of Casey Worker", level=1).wait_for()
    assert "No levels yet." in page.locator("main").inner_text()
    assert_accessible(page)

    form = page.locator("form", has=page.get_by_role("button", name="Record the observation"))
    form.get_by_label("Skill").select_option(label="Spanish")
    form.get_by_label("Level observed").select_option(label="Level 4")
    form.get_by_role("button", name="Record the observation").click()

    page.get_by_text("The observed assessment was not recorded").wait_for()
    assert form.get_by_label("Level observed").input_value() == "4"
    assert_accessible(page)

    form.get_by_label("What you observed").fill(
        "Explained a permit refusal to a Spanish-speaking visitor, calmly and accurately."
    )
    form.get_by_role("button", name="Record the observation").click()

    page.get_by_text("The observed assessment was recorded").wait_for()
    levels = page.get_by_role("table").first
    assert "Observed practical assessment" in levels.inner_text()
    assert "Explained a permit refusal" in page.locator("main").inner_text()
    assert_accessible(page)
    observation = ObservedAssessment.objects.get(user=caseworker)
    assert (observation.skill, observation.level, observation.observed_by) == (
        spanish,
        4,
        supervisor,
    )
