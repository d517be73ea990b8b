"""Ready-made surveys: each template builds its questions with the right kinds and measures, in
English and Spanish, with the agency's name filled in; creating one is audited and reserved to
the agency's administrators."""

from __future__ import annotations

from typing import Any

import pytest

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Role
from feedback.library import LIBRARY
from feedback.models import (
    SCALES,
    Audience,
    Choice,
    Measure,
    Question,
    QuestionKind,
    Survey,
    SurveyTemplate,
)
from feedback.services.library import survey_from_template

from ..backoffice.factories import AgencyFactory
from ..conftest import member

pytestmark = pytest.mark.django_db

M = Measure
K = QuestionKind
READY_MADE = [SurveyTemplate.A11, SurveyTemplate.CSAT, SurveyTemplate.NPS, SurveyTemplate.CES]

EXPECTED: dict[str, list[tuple[str, str]]] = {
    SurveyTemplate.A11: [
        (K.AGREEMENT, M.SATISFACTION),
        (K.AGREEMENT, M.TRUST),
        (K.AGREEMENT, M.EFFECTIVENESS),
        (K.AGREEMENT, M.EASE),
        (K.AGREEMENT, M.EFFICIENCY),
        (K.AGREEMENT, M.TRANSPARENCY),
        (K.AGREEMENT, M.HELPFULNESS),
        (K.MULTIPLE, M.WENT_WELL),
        (K.MULTIPLE, M.COULD_BE_BETTER),
        (K.TEXT, M.COMMENT),
    ],
    SurveyTemplate.CSAT: [(K.AGREEMENT, M.CSAT), (K.TEXT, M.COMMENT)],
    SurveyTemplate.NPS: [(K.NPS, M.NPS), (K.TEXT, M.COMMENT)],
    SurveyTemplate.CES: [(K.EFFORT, M.CES), (K.TEXT, M.COMMENT)],
    SurveyTemplate.PULSE: [
        (K.AGREEMENT, M.WORKLOAD),
        (K.AGREEMENT, M.TOOLS),
        (K.AGREEMENT, M.SUPPORT),
        (K.NPS, M.ENPS),
        (K.TEXT, M.COMMENT),
    ],
}


@pytest.fixture
def riverton(db: None) -> Any:
    return AgencyFactory(name="City of Riverton")


def _build(agency: Any, template: str, **kwargs: Any) -> Survey:
    return survey_from_template(agency=agency, template=template, actor=None, **kwargs)


def _questions(survey: Survey) -> list[Question]:
    return list(survey.questions.order_by("position", "id"))


def _texts(survey: Survey) -> list[str]:
    """Every text of the survey a person reads, in both languages."""
    texts = [survey.title, survey.title_es, survey.intro, survey.intro_es]
    for question in _questions(survey):
        texts += [question.text, question.text_es, question.help_text, question.help_text_es]
    for choice in Choice.objects.filter(question__survey=survey):
        texts += [choice.label, choice.label_es]
    return texts


def test_the_library_offers_every_template_but_custom() -> None:
    assert set(LIBRARY) == set(SurveyTemplate.values) - {SurveyTemplate.CUSTOM}


@pytest.mark.parametrize("template", list(EXPECTED))
def test_each_template_builds_its_questions_with_their_kinds_and_measures(
    template: str, riverton: Any
) -> None:
    survey = _build(riverton, template)

    assert survey.template == template
    assert survey.agency == riverton
    assert survey.is_active
    assert [(q.kind, q.measure) for q in _questions(survey)] == EXPECTED[template]
    audience = Audience.EMPLOYEE if template == SurveyTemplate.PULSE else Audience.CUSTOMER
    assert survey.audience == audience
    positions = [q.position for q in _questions(survey)]
    assert positions == sorted(set(positions))


@pytest.mark.parametrize("template", list(EXPECTED))
def test_every_numeric_question_is_on_a_known_scale_and_every_choice_question_has_choices(
    template: str, riverton: Any
) -> None:
    for question in _questions(_build(riverton, template)):
        if question.kind in (K.SINGLE, K.MULTIPLE):
            assert question.choices.count() >= 2, question.text
        elif question.kind != K.TEXT:
            assert question.kind in SCALES, question.text


@pytest.mark.parametrize("template", list(EXPECTED))
def test_every_question_choice_and_title_has_its_spanish_text(template: str, riverton: Any) -> None:
    survey = _build(riverton, template)

    assert survey.title_es
    assert survey.title_es != survey.title
    assert survey.intro_es
    assert survey.intro_es != survey.intro
    for question in _questions(survey):
        assert question.text_es, question.text
        assert question.text_es != question.text
        assert bool(question.help_text_es) == bool(question.help_text), question.text
        assert question.text_in("es") == question.text_es
        for choice in question.choices.all():
            assert choice.label_es, choice.label
            assert choice.label_in("es") == choice.label_es
    # Spanish that reads as Spanish: accents and opening question marks where they belong.
    spanish = " ".join([survey.title_es] + [q.text_es for q in _questions(survey)])
    assert any(mark in spanish for mark in "¿áéíóúñ")


@pytest.mark.parametrize("template", list(EXPECTED))
def test_the_agencys_name_fills_every_placeholder_in_both_languages(
    template: str, riverton: Any
) -> None:
    survey = _build(riverton, template)

    texts = _texts(survey)
    assert not [text for text in texts if "{agency}" in text or "{" in text]
    assert "City of Riverton" in survey.title
    assert "City of Riverton" in survey.title_es


def test_the_a11_survey_uses_the_federal_wording_for_trust_and_its_drivers(riverton: Any) -> None:
    questions = {q.measure: q for q in _questions(_build(riverton, SurveyTemplate.A11))}

    assert questions[M.TRUST].text == "This interaction increased my trust in City of Riverton."
    assert questions[M.TRUST].text_es == (
        "Esta interacción aumentó mi confianza en City of Riverton."
    )
    assert questions[M.SATISFACTION].text == (
        "I am satisfied with the service I received from City of Riverton."
    )
    assert questions[M.EFFECTIVENESS].text == "My need was addressed."
    assert questions[M.EASE].text == "It was easy to complete what I needed to do."
    went_well = [c.label for c in questions[M.WENT_WELL].choices.all()]
    could_be_better = [c.label for c in questions[M.COULD_BE_BETTER].choices.all()]
    assert went_well == [
        "Easy to complete",
        "Process was fast",
        "Clear information",
        "Helpful employee(s)",
        "Got what I needed",
        "Other",
    ]
    assert could_be_better[-1] == "Other"
    assert len(could_be_better) == len(went_well)
    assert not any(q.required for q in questions.values())  # every A-11 answer is optional


def test_the_score_questions_of_csat_nps_and_ces_are_required_and_their_reasons_optional(
    riverton: Any,
) -> None:
    for template in (SurveyTemplate.CSAT, SurveyTemplate.NPS, SurveyTemplate.CES):
        score, reason = _questions(_build(riverton, template))
        assert score.required
        assert not reason.required
        assert score.help_text
        assert score.help_text_es


def test_the_nps_and_ces_questions_name_the_agency(riverton: Any) -> None:
    nps = _questions(_build(riverton, SurveyTemplate.NPS))[0]
    ces = _questions(_build(riverton, SurveyTemplate.CES))[0]

    assert nps.text == "How likely are you to recommend City of Riverton to a friend or colleague?"
    assert ces.text == "City of Riverton made it easy for me to handle my request."
    assert ces.text_es == "City of Riverton me facilitó la gestión de mi solicitud."


def test_a_name_given_is_used_and_a_name_already_taken_gets_a_number(riverton: Any) -> None:
    first = _build(riverton, SurveyTemplate.A11, name="After permits")
    second = _build(riverton, SurveyTemplate.A11, name="After permits")
    default = _build(riverton, SurveyTemplate.CSAT, name="  ")

    assert first.name == "After permits"
    assert second.name == "After permits (2)"
    assert default.name == LIBRARY[SurveyTemplate.CSAT].name


def test_a_very_long_agency_name_is_shortened_to_fit_not_refused(db: None) -> None:
    agency = AgencyFactory(name="Department of " + "Very Long Names and " * 8 + "Permits")

    survey = _build(agency, SurveyTemplate.A11)

    assert len(survey.title) <= 200
    assert survey.title.endswith("…")
    for question in _questions(survey):
        assert len(question.text) <= 300


def test_a_new_citizen_survey_applies_to_no_service_until_an_administrator_chooses(
    riverton: Any,
) -> None:
    survey = _build(riverton, SurveyTemplate.A11)

    assert not survey.service_links.exists()
    assert survey.channels == []


def test_creating_is_audited_with_the_template_and_the_administrator(riverton: Any) -> None:
    administrator = member(riverton, Role.ADMINISTRATOR)

    survey = survey_from_template(agency=riverton, template=SurveyTemplate.NPS, actor=administrator)

    event = AuditEvent.objects.get(action="survey.create")
    assert event.actor == administrator
    assert event.agency == riverton
    assert event.object_id == str(survey.pk)
    assert event.details == {"template": "nps", "questions": 2}


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.SUPERVISOR, Role.MANAGER])
def test_only_an_administrator_of_the_agency_may_create_a_survey(role: str, riverton: Any) -> None:
    outsider = member(AgencyFactory(), Role.ADMINISTRATOR)

    for actor in (member(riverton, role), outsider):
        with pytest.raises(DomainError):
            survey_from_template(agency=riverton, template=SurveyTemplate.CSAT, actor=actor)

    assert not Survey.objects.exists()
    assert not AuditEvent.objects.filter(action="survey.create").exists()


def test_an_unknown_template_is_refused_and_nothing_is_written(riverton: Any) -> None:
    with pytest.raises(DomainError) as refused:
        _build(riverton, SurveyTemplate.CUSTOM)

    assert refused.value.field == "template"
    assert not Survey.objects.exists()
    assert not Question.objects.exists()
