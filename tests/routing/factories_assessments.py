"""Factories for skill assessments: an assessment built with one call has questions, each
with one right and two wrong choices, and pass marks for levels 1 to 3."""

from __future__ import annotations

from typing import Any

import factory
from factory.django import DjangoModelFactory

from routing.models import Assessment, AssessmentChoice, AssessmentQuestion

from ..backoffice.factories import AgencyFactory
from .factories import SkillFactory


class AssessmentFactory(DjangoModelFactory[Assessment]):
    """Five questions unless told otherwise (``questions=0`` for none); marks 40/60/80%."""

    class Meta:
        model = Assessment
        skip_postgeneration_save = True

    agency = factory.SubFactory(AgencyFactory)
    skill = factory.SubFactory(SkillFactory, agency=factory.SelfAttribute("..agency"))
    title = factory.Sequence(lambda n: f"Assessment {n}")
    level_1_mark = 40
    level_2_mark = 60
    level_3_mark = 80

    @factory.post_generation
    def questions(obj: Assessment, create: bool, extracted: int | None, **kwargs: Any) -> None:  # noqa: N805
        if create:
            for number in range(1, (5 if extracted is None else extracted) + 1):
                question_add(obj, f"Question {number} of {obj.title}?", order=number)


def question_add(assessment: Assessment, text: str, *, order: int = 1) -> AssessmentQuestion:
    """A question whose second choice is the right one."""
    question = AssessmentQuestion.objects.create(assessment=assessment, text=text, order=order)
    AssessmentChoice.objects.bulk_create(
        [
            AssessmentChoice(question=question, order=1, text=f"Wrong A ({order})"),
            AssessmentChoice(question=question, order=2, text=f"Right ({order})", is_correct=True),
            AssessmentChoice(question=question, order=3, text=f"Wrong B ({order})"),
        ]
    )
    return question


def answers(assessment: Assessment, *, right: int) -> dict[int, int]:
    """Answers to every question: the first *right* of them right, the others wrong."""
    chosen = {}
    questions = assessment.questions.prefetch_related("choices").order_by("order", "id")
    for number, question in enumerate(questions):
        choices = list(question.choices.all())
        # Incomplete questions (no right or no wrong choice) get their first choice.
        correct = next((choice for choice in choices if choice.is_correct), choices[0])
        wrong = next((choice for choice in choices if not choice.is_correct), choices[0])
        chosen[question.pk] = (correct if number < right else wrong).pk
    return chosen


def make_assessment(**fields: Any) -> Assessment:
    """An assessment, typed as one (factory calls are typed as the factory)."""
    assessment: Assessment = AssessmentFactory.create(**fields)
    return assessment
