"""Recording citizens' answers: from an emailed link, an office QR code, or staff by phone or mail.

Every answer is checked against its question (the scale's range, the question's own
choices, required questions, a cap on free text) before anything is written; a refusal
names the question it is about. The response keeps the survey's agency, the service, the
case's intake channel and team (an office's team and "in person" for QR answers), so
results compare channels and services.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import has_role
from backoffice.errors import ConflictError, DomainError
from backoffice.models import Role, Team, User
from backoffice.services import audit_record
from cases.models import Case, CaseStatus, Channel, Service

from ..models import (
    SCALES,
    Audience,
    CollectedVia,
    InvitationStatus,
    Office,
    Question,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
)

TEXT_LIMIT = 2000
LANGUAGES = ("en", "es")
STAFF_VIA = (CollectedVia.PHONE, CollectedVia.MAIL)
ANSWERABLE_CASE = (CaseStatus.RESOLVED, CaseStatus.CLOSED)
STAFF_ROLES = (Role.CASEWORKER, Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


def answer_field(question_id: int) -> str:
    """The name an answer goes by in forms and in refusals: ``q`` and the question's id."""
    return f"q{question_id}"


def case_surveys_query(case: Case) -> QuerySet[Survey]:
    """The active citizen surveys of the case's agency for its service (not yet its channel)."""
    return Survey.objects.filter(
        agency_id=case.agency_id,
        audience=Audience.CUSTOMER,
        is_active=True,
        service_links__service_id=case.service_id,
    ).order_by("name", "id")


def surveys_for_case(case: Case) -> list[Survey]:
    """The active citizen surveys of the case's agency that apply to its service and channel."""
    return [
        survey for survey in case_surveys_query(case) if survey.applies_to_channel(case.channel)
    ]


@dataclass(frozen=True)
class _Context:
    """What the response is about, worked out from how it was collected."""

    case: Case | None
    service_id: int | None
    channel: str
    team: Team | None
    invitation: SurveyInvitation | None = None


# Checking answers ---------------------------------------------------------------------------


def _is_blank(value: object) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _number(question: Question, value: object) -> int:
    low, high = SCALES[question.kind]
    message = _("Choose one of the points on the scale, from %(low)s to %(high)s.") % {
        "low": low,
        "high": high,
    }
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise DomainError(message)
    try:
        number = int(value)
    except ValueError as exc:
        raise DomainError(message) from exc
    if not low <= number <= high:
        raise DomainError(message)
    return number


def _choices(question: Question, value: object) -> list[str]:
    picked = [value] if isinstance(value, str) else value
    if not isinstance(picked, list | tuple) or not all(isinstance(v, str) for v in picked):
        raise DomainError(_("Choose from the answers listed."))
    if question.kind == QuestionKind.SINGLE and len(picked) != 1:
        raise DomainError(_("Choose one answer."))
    offered = [choice.value for choice in question.choices.all()]
    if any(v not in offered for v in picked):
        raise DomainError(_("Choose from the answers listed."))
    return [v for v in offered if v in picked]


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise DomainError(_("Write your answer as text."))
    text = value.strip()
    if len(text) > TEXT_LIMIT:
        raise DomainError(
            _("Keep your answer to %(limit)s characters or fewer (it has %(count)s).")
            % {"limit": TEXT_LIMIT, "count": len(text)}
        )
    return text


def _answer(question: Question, value: object) -> SurveyAnswer:
    """An unsaved answer to *question*, or DomainError saying what is wrong with *value*."""
    if question.kind in SCALES:
        return SurveyAnswer(question=question, number=_number(question, value))
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        return SurveyAnswer(question=question, choices=_choices(question, value))
    return SurveyAnswer(question=question, text=_text(value))


def check_answers(*, survey: Survey, answers: Mapping[int, object]) -> list[SurveyAnswer]:
    """The answers as unsaved rows, or one DomainError naming every question that is wrong.

    *answers* maps a question's id to a number (scales), a choice value or a list of
    them (choices), or text. A blank answer to an optional question is left out.
    """
    questions = list(survey.questions.prefetch_related("choices"))
    known = {question.pk for question in questions}
    if set(answers) - known:
        raise DomainError(_("Some answers are for questions that are not in this survey."))
    rows: list[SurveyAnswer] = []
    errors: dict[str, list[str]] = {}
    for question in questions:
        value = answers.get(question.pk)
        if isinstance(value, str) and question.kind == QuestionKind.TEXT:
            value = value.strip()
        if _is_blank(value):
            if question.required:
                errors[answer_field(question.pk)] = [_("Answer this question.")]
            continue
        try:
            rows.append(_answer(question, value))
        except DomainError as error:
            errors[answer_field(question.pk)] = [error.message]
    if errors:
        raise DomainError(_("Check the answers marked below."), errors=errors)
    return rows


# Where the answers came from ----------------------------------------------------------------


def _lock_invitation(invitation: SurveyInvitation, survey: Survey, now: datetime) -> _Context:
    locked = (
        # of=("self",): PostgreSQL refuses FOR UPDATE on the nullable side of the team's join.
        SurveyInvitation.objects.select_for_update(of=("self",))
        .select_related("case", "case__team")
        .get(pk=invitation.pk)
    )
    if locked.survey_id != survey.pk:
        raise DomainError(_("This link is for another survey."), code="invalid")
    if locked.status == InvitationStatus.ANSWERED:
        raise ConflictError(_("This survey has already been answered. Thank you."))
    if locked.status in (InvitationStatus.PENDING, InvitationStatus.SKIPPED):
        raise DomainError(_("This survey link is not valid."), code="invalid")
    open_statuses = (InvitationStatus.SENT, InvitationStatus.REMINDED)
    if locked.status not in open_statuses or (
        locked.expires_at is not None and locked.expires_at <= now
    ):
        raise DomainError(_("This survey link has expired."), code="expired")
    case = locked.case
    return _Context(
        case=case,
        service_id=case.service_id,
        channel=case.channel,
        team=case.team,
        invitation=locked,
    )


def _office_context(survey: Survey, office: Office | None, service: Service | None) -> _Context:
    if office is None or service is None:
        raise DomainError(_("An office answer needs the office and the service."))
    if not office.is_active or office.agency_id != survey.agency_id:
        raise DomainError(_("This office no longer collects answers."), code="invalid")
    if not survey.service_links.filter(service_id=service.pk).exists():
        raise DomainError(_("This survey does not cover that service."), code="invalid")
    return _Context(case=None, service_id=service.pk, channel=Channel.IN_PERSON, team=office.team)


def _staff_context(survey: Survey, case: Case | None, entered_by: User | None) -> _Context:
    """Staff enter a phone or mail answer: once per case and survey, never over an online one."""
    if case is None or entered_by is None:
        raise DomainError(_("Answers given by phone or mail need the case and who entered them."))
    case = Case.objects.select_for_update(of=("self",)).select_related("team").get(pk=case.pk)
    if not has_role(entered_by, case.agency, *STAFF_ROLES):
        raise DomainError(_("Your role in this agency does not allow this."), code="forbidden")
    if case.status not in ANSWERABLE_CASE:
        raise DomainError(
            _("Answers can be recorded once the case is resolved or closed."), code="invalid"
        )
    if survey.pk not in {s.pk for s in surveys_for_case(case)}:
        raise DomainError(_("This survey does not apply to this case."), field="survey")
    entered = SurveyResponse.objects.filter(case=case, survey=survey, collected_via__in=STAFF_VIA)
    if entered.exists():
        raise ConflictError(_("Answers to this survey were already recorded for this case."))
    invitation = (
        SurveyInvitation.objects.select_for_update().filter(case=case, survey=survey).first()
    )
    if invitation is not None and invitation.status == InvitationStatus.ANSWERED:
        raise ConflictError(_("The customer already answered this survey online."))
    return _Context(
        case=case,
        service_id=case.service_id,
        channel=case.channel,
        team=case.team,
        invitation=invitation,
    )


def _check_call(*, survey: Survey, collected_via: str, language: str) -> None:
    if survey.audience != Audience.CUSTOMER:
        raise DomainError(_("Staff pulse surveys are answered on their own page."))
    if not survey.is_active:
        raise DomainError(_("This survey is closed."), code="expired")
    if collected_via not in (CollectedVia.LINK, CollectedVia.QR, *STAFF_VIA):
        raise DomainError(_("Choose how the answers were given."), field="collected_via")
    if language not in LANGUAGES:
        raise DomainError(_("Choose English or Spanish."), field="language")


@transaction.atomic
def response_submit(
    *,
    survey: Survey,
    answers: Mapping[int, object],
    collected_via: str,
    language: str,
    invitation: SurveyInvitation | None = None,
    case: Case | None = None,
    office: Office | None = None,
    service: Service | None = None,
    entered_by: User | None = None,
    now: datetime | None = None,
) -> SurveyResponse:
    """Record one set of answers to a citizen survey.

    - Every answer fits its question; required questions are answered (field errors
      named ``q<question id>``).
    - From a link (``link``): the invitation is locked, must be sent or reminded, not
      expired, not answered; it is marked answered in the same transaction (single use).
    - From an office QR code (``qr``): anonymous, the office's team, channel in person;
      the office must be active and the survey must cover the service.
    - By staff (``phone`` or ``mail``): a staff member of the case's agency, a resolved or
      closed case the survey applies to, at most one staff entry per case and survey and
      none once the customer answered online; an open invitation is marked answered.
    """
    now = now or timezone.now()
    _check_call(survey=survey, collected_via=collected_via, language=language)
    if collected_via == CollectedVia.LINK:
        if invitation is None:
            raise DomainError(_("Answers from a link need the invitation."), code="invalid")
        context = _lock_invitation(invitation, survey, now)
    elif collected_via == CollectedVia.QR:
        context = _office_context(survey, office, service)
    else:
        context = _staff_context(survey, case, entered_by)
    rows = check_answers(survey=survey, answers=answers)
    response = SurveyResponse.objects.create(
        survey=survey,
        agency_id=survey.agency_id,
        invitation=context.invitation,
        case=context.case,
        service_id=context.service_id,
        channel=context.channel,
        team=context.team,
        office=office if collected_via == CollectedVia.QR else None,
        collected_via=collected_via,
        language=language,
        entered_by=entered_by if collected_via in STAFF_VIA else None,
        submitted_at=now,
    )
    for row in rows:
        row.response = response
    SurveyAnswer.objects.bulk_create(rows)
    if context.invitation is not None:
        _mark_answered(context.invitation, now)
    if collected_via in STAFF_VIA:
        _audit_staff_entry(response, entered_by)
    return response


def _mark_answered(invitation: SurveyInvitation, now: datetime) -> None:
    invitation.status = InvitationStatus.ANSWERED
    invitation.answered_at = now
    invitation.save(update_fields=["status", "answered_at"])


def _audit_staff_entry(response: SurveyResponse, entered_by: User | None) -> None:
    audit_record(
        action="survey.answers_entered",
        actor=entered_by,
        agency=response.agency,
        obj=response,
        details={
            "case": response.case_id,
            "survey": response.survey_id,
            "collected_via": response.collected_via,
        },
    )


def answered_by_case(case: Case, surveys: Iterable[Survey]) -> dict[int, SurveyResponse]:
    """The response already given to each of *surveys* about *case*, by survey id."""
    responses = (
        SurveyResponse.objects.filter(case=case, survey__in=list(surveys))
        .select_related("entered_by")
        .order_by("submitted_at", "id")
    )
    return {response.survey_id: response for response in responses}


def answer_values(answers: Mapping[str, Any], questions: Iterable[Question]) -> dict[int, object]:
    """Form data keyed by field name (``q<id>``) as the mapping :func:`response_submit` takes."""
    return {question.pk: answers.get(answer_field(question.pk)) for question in questions}
