"""A citizen answers a survey from the emailed link in Spanish, with the keyboard only.

Nothing is clicked: focus moves with Tab, radios with the arrow keys, choices are ticked
with Space, the comment is typed and Enter sends. axe finds no WCAG 2.2 A or AA violation
on the survey page (also with its error summary shown) and on the thank-you page.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from backoffice.models import Role
from cases.models import CaseStatus
from feedback.links import invitation_path
from feedback.models import InvitationStatus, SurveyResponse
from feedback.services.responses import answer_field
from tests.backoffice.factories import PASSWORD
from tests.cases.factories import CaseFactory
from tests.feedback.factories import OfficeFactory, a11_like_survey, sent_invitation

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = "document.activeElement"


def tab_to(page: Any, selector: str, *, backwards: bool = False, limit: int = 40) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches *selector*."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        if page.evaluate(f"{FOCUSED} && {FOCUSED}.matches({selector!r})"):
            return
        page.keyboard.press(key)
    raise AssertionError(f"Tab never reached {selector}")


def focused_name(page: Any) -> str:
    return str(page.evaluate(f"{FOCUSED}.name || {FOCUSED}.id || ''"))


def test_a_citizen_answers_in_spanish_with_the_keyboard_only(
    page: Any, live_server: Any, agency: Any
) -> None:
    survey = a11_like_survey(agency=agency, required=True)
    invitation = sent_invitation(survey, language="en")
    trust, satisfaction, ease, went_well, comment = (
        survey.questions.get(measure=m)
        for m in ("trust", "satisfaction", "ease", "went_well", "comment")
    )

    page.goto(f"{live_server.url}{invitation_path(invitation)}")
    page.get_by_role("heading", level=1, name="How did we do?").wait_for()
    assert page.get_attribute("html", "lang") == "en"
    assert_accessible(page)

    # Switch to Spanish from the header's language switch.
    tab_to(page, "button[name=switch_language]")
    page.keyboard.press("Enter")
    page.get_by_role("heading", level=1, name="¿Cómo lo hicimos?").wait_for()
    assert page.get_attribute("html", "lang") == "es"

    # Sending without the required answer shows the error summary, focused, in Spanish.
    tab_to(page, "form#survey-form button[type=submit]:not([name])")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Hay un problema con sus respuestas").wait_for()
    assert page.evaluate(f"{FOCUSED}.id") == "error-summary"
    assert page.title().startswith("Error:")
    assert_accessible(page)
    assert SurveyResponse.objects.count() == 0

    # Trust: Space picks the first point, three arrows down move to "De acuerdo" (4).
    tab_to(page, f"input[name={answer_field(trust.pk)}]")
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    assert page.is_checked(f"#id_{answer_field(trust.pk)}_3")
    # Satisfaction: Tab to the next group, Space, then four arrows to "Totalmente de acuerdo".
    page.keyboard.press("Tab")
    assert focused_name(page) == answer_field(satisfaction.pk)
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    # Ease: Space then one arrow to "En desacuerdo" (2).
    page.keyboard.press("Tab")
    assert focused_name(page) == answer_field(ease.pk)
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    # What went well: each checkbox is its own tab stop; Space ticks the first and the third.
    page.keyboard.press("Tab")
    assert focused_name(page) == answer_field(went_well.pk)
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    # The comment is typed; Tab reaches the send button and Enter sends.
    page.keyboard.press("Tab")
    assert focused_name(page) == answer_field(comment.pk)
    page.keyboard.type("Todo muy claro, gracias.")
    page.keyboard.press("Tab")
    assert page.evaluate(f"{FOCUSED}.textContent.trim()") == "Enviar mis respuestas"
    page.keyboard.press("Enter")

    page.get_by_role("heading", name="Gracias por sus respuestas").wait_for()
    assert page.get_attribute("html", "lang") == "es"
    assert_accessible(page)

    response = SurveyResponse.objects.get()
    numbers = dict(response.answers.values_list("question_id", "number"))
    assert (numbers[trust.pk], numbers[satisfaction.pk], numbers[ease.pk]) == (4, 5, 2)
    assert response.answers.get(question=went_well).choices == ["quick", "helpful"]
    assert response.answers.get(question=comment).text == "Todo muy claro, gracias."
    assert response.language == "es"
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ANSWERED


def test_on_a_phone_enter_on_an_answer_sends_it_rather_than_switching_language(
    page: Any, live_server: Any, agency: Any
) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey, language="es")
    trust = survey.questions.get(measure="trust")

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}{invitation_path(invitation)}")
    # Made for phones: nothing is wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    tab_to(page, f"input[name={answer_field(trust.pk)}]")
    page.keyboard.press("Space")
    page.keyboard.press("Enter")

    page.get_by_role("heading", name="Gracias por sus respuestas").wait_for()
    assert SurveyResponse.objects.get().answers.get().number == 1


def test_staff_record_phone_answers_and_print_office_codes_on_accessible_pages(
    page: Any, live_server: Any, agency: Any
) -> None:
    supervisor = member(agency, Role.SUPERVISOR)
    survey = a11_like_survey(agency=agency)
    OfficeFactory(agency=agency, name="Downtown counter")
    case = CaseFactory(
        agency=agency, service=survey.service_links.get().service, status=CaseStatus.CLOSED
    )
    sign_in(page, live_server.url, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    page.goto(f"{live_server.url}{reverse('case_detail', args=[case.pk])}")
    page.get_by_role("link", name="Record survey answers").click()
    page.get_by_role("link", name=f"Record answers ({survey.name})").click()
    page.get_by_role("button", name="Record the answers").click()
    page.get_by_text("Choose how the customer answered.").first.wait_for()
    assert_accessible(page)
    # USWDS hides the input and shows its label: a person clicks the label.
    page.locator("label", has_text="By phone").click()
    trust = survey.questions.get(measure="trust")
    page.locator(f"label[for=id_{answer_field(trust.pk)}_3]").click()
    page.get_by_role("button", name="Record the answers").click()
    page.get_by_text("Survey answers recorded.").wait_for()
    assert SurveyResponse.objects.get().answers.get().number == 4

    page.goto(f"{live_server.url}{reverse('survey_offices')}")
    page.get_by_role("heading", name="Downtown counter").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name="Print a poster").first.click()
    page.get_by_role("img", name="QR code:").wait_for()
    assert_accessible(page)
