"""Creating an agency's survey from a ready-made template of the library."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from backoffice.access import has_role
from backoffice.errors import DomainError
from backoffice.models import Agency, Role, User
from backoffice.services import audit_record

from ..library import LIBRARY, QuestionSpec, SurveySpec, filled
from ..models import Choice, Question, Survey

CREATOR_ROLES = (Role.ADMINISTRATOR,)


def _fit(model: type[Survey | Question | Choice], field: str, text: str) -> str:
    """*text* cut to the column's length: a long agency name must not make the save fail."""
    limit = getattr(model._meta.get_field(field), "max_length", None)
    return text if limit is None or len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _free_name(agency: Agency, wanted: str) -> str:
    """*wanted*, or *wanted* with a number when the agency already has a survey of that name."""
    taken = set(
        Survey.objects.filter(agency=agency, name__startswith=wanted[:100]).values_list(
            "name", flat=True
        )
    )
    name, number = wanted, 1
    while name in taken:
        number += 1
        name = _fit(Survey, "name", f"{wanted} ({number})")
    return name


def _question(survey: Survey, position: int, spec: QuestionSpec, agency_name: str) -> Question:
    return Question(
        survey=survey,
        position=position,
        kind=spec.kind,
        measure=spec.measure,
        stage=spec.stage,
        text=_fit(Question, "text", filled(spec.text, agency_name)),
        text_es=_fit(Question, "text_es", filled(spec.text_es, agency_name)),
        help_text=_fit(Question, "help_text", filled(spec.help_text, agency_name)),
        help_text_es=_fit(Question, "help_text_es", filled(spec.help_text_es, agency_name)),
        required=spec.required,
    )


def _build(survey: Survey, spec: SurveySpec, agency_name: str) -> None:
    questions = Question.objects.bulk_create(
        [
            _question(survey, (number + 1) * 10, item, agency_name)
            for number, item in enumerate(spec.questions)
        ]
    )
    Choice.objects.bulk_create(
        [
            Choice(
                question=question,
                position=(number + 1) * 10,
                value=choice.value,
                label=choice.label,
                label_es=choice.label_es,
            )
            for question, item in zip(questions, spec.questions, strict=True)
            for number, choice in enumerate(item.choices)
        ]
    )


@transaction.atomic
def survey_from_template(
    *, agency: Agency, template: str, actor: User | None, name: str | None = None
) -> Survey:
    """Create a survey of *agency* from the library's *template*, with its questions and choices.

    - The template is one of the library's (A-11, CSAT, NPS, CES, pulse).
    - The actor administers the agency (``None`` is the system, e.g. the demo data).
    - ``{agency}`` in every title, question and hint becomes the agency's name, in English
      and in Spanish; a text too long for its column is shortened.
    - The survey is active and applies to no service yet: a citizen survey sends nothing
      until an administrator chooses its services. A name the agency already uses gets a
      number.
    - Audited as ``survey.create`` with the template.
    """
    spec = LIBRARY.get(template)
    if spec is None:
        raise DomainError(_("Choose one of the ready-made surveys."), field="template")
    if actor is not None and not has_role(actor, agency, *CREATOR_ROLES):
        raise DomainError(
            _("Only an administrator of the agency can create its surveys."), code="forbidden"
        )
    wanted = (name or "").strip() or spec.name
    survey = Survey.objects.create(
        agency=agency,
        name=_free_name(agency, _fit(Survey, "name", wanted)),
        audience=spec.audience,
        template=spec.template,
        title=_fit(Survey, "title", filled(spec.title, agency.name)),
        title_es=_fit(Survey, "title_es", filled(spec.title_es, agency.name)),
        intro=filled(spec.intro, agency.name),
        intro_es=filled(spec.intro_es, agency.name),
    )
    _build(survey, spec, agency.name)
    audit_record(
        action="survey.create",
        actor=actor,
        agency=agency,
        obj=survey,
        details={"template": spec.template, "questions": len(spec.questions)},
    )
    return survey
