"""Factories for surveys, invitations, responses and friction reports."""

from __future__ import annotations

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from feedback.models import (
    Audience,
    Choice,
    FeedbackPolicy,
    FrictionReport,
    Office,
    Question,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
    SurveyService,
)

from ..backoffice.factories import AgencyFactory, UserFactory
from ..cases.factories import CaseFactory


class SurveyFactory(DjangoModelFactory[Survey]):
    class Meta:
        model = Survey

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Survey number {n}")
    audience = Audience.CUSTOMER
    title = "How did we do?"
    title_es = "¿Cómo lo hicimos?"


class SurveyServiceFactory(DjangoModelFactory[SurveyService]):
    class Meta:
        model = SurveyService

    survey = factory.SubFactory(SurveyFactory)
    service = factory.SubFactory(
        "tests.cases.factories.ServiceFactory", agency=factory.SelfAttribute("..survey.agency")
    )
    delay_hours = 24


class QuestionFactory(DjangoModelFactory[Question]):
    class Meta:
        model = Question

    survey = factory.SubFactory(SurveyFactory)
    position = factory.Sequence(lambda n: n)
    kind = QuestionKind.AGREEMENT
    text = factory.Sequence(lambda n: f"Question number {n}")
    text_es = factory.Sequence(lambda n: f"Pregunta número {n}")


class ChoiceFactory(DjangoModelFactory[Choice]):
    class Meta:
        model = Choice

    question = factory.SubFactory(QuestionFactory, kind=QuestionKind.SINGLE)
    position = factory.Sequence(lambda n: n)
    value = factory.Sequence(lambda n: f"choice-{n}")
    label = factory.Sequence(lambda n: f"Choice {n}")
    label_es = factory.Sequence(lambda n: f"Opción {n}")


class SurveyInvitationFactory(DjangoModelFactory[SurveyInvitation]):
    class Meta:
        model = SurveyInvitation

    survey = factory.SubFactory(SurveyFactory)
    agency = factory.SelfAttribute("survey.agency")
    case = factory.SubFactory(CaseFactory, agency=factory.SelfAttribute("..survey.agency"))
    customer = factory.SelfAttribute("case.customer")
    due_at = factory.LazyFunction(timezone.now)
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))


class SurveyResponseFactory(DjangoModelFactory[SurveyResponse]):
    class Meta:
        model = SurveyResponse

    survey = factory.SubFactory(SurveyFactory)
    agency = factory.SelfAttribute("survey.agency")


class SurveyAnswerFactory(DjangoModelFactory[SurveyAnswer]):
    class Meta:
        model = SurveyAnswer

    response = factory.SubFactory(SurveyResponseFactory)
    question = factory.SubFactory(
        QuestionFactory, survey=factory.SelfAttribute("..response.survey")
    )


class OfficeFactory(DjangoModelFactory[Office]):
    class Meta:
        model = Office

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Office number {n}")


class FrictionReportFactory(DjangoModelFactory[FrictionReport]):
    class Meta:
        model = FrictionReport

    agency = factory.SubFactory(AgencyFactory)
    raised_by = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"The form asks twice, number {n}")


def a11_like_survey(
    *, agency: object = None, service: object = None, required: bool = False, **fields: object
) -> Survey:
    """An A-11-like citizen survey covering one service: three agreement drivers (trust,
    satisfaction, ease), a multiple choice of what went well and a comment, in both languages.
    *required* makes the trust question required."""
    from typing import cast

    from feedback.models import Measure

    survey = cast(Survey, SurveyFactory(agency=agency or AgencyFactory(), **fields))
    SurveyServiceFactory(survey=survey, **({"service": service} if service else {}))
    drivers = [
        (
            Measure.TRUST,
            "This interaction increased my trust in the agency.",
            "Esta interacción aumentó mi confianza en la agencia.",
        ),
        (
            Measure.SATISFACTION,
            "I am satisfied with the service I received.",
            "Estoy satisfecho con el servicio que recibí.",
        ),
        (
            Measure.EASE,
            "It was easy to complete what I needed to do.",
            "Fue fácil completar lo que necesitaba hacer.",
        ),
    ]
    for position, (measure, text, text_es) in enumerate(drivers, start=1):
        QuestionFactory(
            survey=survey,
            position=position,
            kind=QuestionKind.AGREEMENT,
            measure=measure,
            text=text,
            text_es=text_es,
            required=required and measure == Measure.TRUST,
        )
    went_well = QuestionFactory(
        survey=survey,
        position=10,
        kind=QuestionKind.MULTIPLE,
        measure=Measure.WENT_WELL,
        text="What went well?",
        text_es="¿Qué salió bien?",
        help_text="Choose all that apply.",
        help_text_es="Elija todas las que correspondan.",
    )
    for position, (value, label, label_es) in enumerate(
        [
            ("quick", "It was quick", "Fue rápido"),
            ("clear", "The information was clear", "La información era clara"),
            ("helpful", "Staff were helpful", "El personal fue amable"),
        ]
    ):
        ChoiceFactory(
            question=went_well, position=position, value=value, label=label, label_es=label_es
        )
    QuestionFactory(
        survey=survey,
        position=20,
        kind=QuestionKind.TEXT,
        measure=Measure.COMMENT,
        text="Anything else you would like to tell us?",
        text_es="¿Algo más que quiera decirnos?",
    )
    return survey


def sent_invitation(
    survey: Survey, *, language: str = "en", **case_fields: object
) -> SurveyInvitation:
    """A sent, unanswered invitation to *survey* about a closed case of its first service."""
    from typing import cast

    from cases.models import CaseStatus

    from ..backoffice.factories import TeamFactory

    link = survey.service_links.select_related("service").first()
    case_fields.setdefault("status", CaseStatus.CLOSED)
    case_fields.setdefault("team", TeamFactory(agency=survey.agency))
    case = CaseFactory(agency=survey.agency, service=link.service if link else None, **case_fields)
    invitation = SurveyInvitationFactory(
        survey=survey,
        case=case,
        language=language,
        status="sent",
        sent_at=timezone.now() - timedelta(days=1),
    )
    return cast(SurveyInvitation, invitation)


class FeedbackPolicyFactory(DjangoModelFactory[FeedbackPolicy]):
    class Meta:
        model = FeedbackPolicy

    agency = factory.SubFactory(AgencyFactory)


# Pulse surveys ------------------------------------------------------------------------------

from typing import cast  # noqa: E402

from feedback.models import Measure, PulseRound, SurveyTemplate  # noqa: E402


def pulse_survey(agency: object, *, comment: bool = True, **fields: object) -> Survey:
    """An employee pulse survey: workload, tools and support (1-5), eNPS (0-10), a comment."""
    fields.setdefault("name", "Staff pulse")
    fields.setdefault("title", "How is work going?")
    survey = cast(
        Survey,
        SurveyFactory(
            agency=agency, audience=Audience.EMPLOYEE, template=SurveyTemplate.PULSE, **fields
        ),
    )
    specs = [
        (QuestionKind.AGREEMENT, Measure.WORKLOAD, "My workload is manageable."),
        (QuestionKind.AGREEMENT, Measure.TOOLS, "My tools help me do my job."),
        (QuestionKind.AGREEMENT, Measure.SUPPORT, "I get the support I need."),
        (QuestionKind.NPS, Measure.ENPS, "How likely are you to recommend working here?"),
    ]
    if comment:
        specs.append((QuestionKind.TEXT, Measure.COMMENT, "Anything else?"))
    for position, (kind, measure, text) in enumerate(specs):
        QuestionFactory(survey=survey, position=position, kind=kind, measure=measure, text=text)
    return survey


class PulseRoundFactory(DjangoModelFactory[PulseRound]):
    """An open round (opened an hour ago, closing in a week) of a pulse survey."""

    class Meta:
        model = PulseRound

    survey = factory.LazyAttribute(lambda o: pulse_survey(o.agency))
    agency = factory.SubFactory(AgencyFactory)
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    created_by = factory.SubFactory(UserFactory)
