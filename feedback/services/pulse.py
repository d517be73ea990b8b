"""Every write of employee pulse surveys: opening and closing rounds, and anonymous answers.

A round sends one employee survey to an agency's staff for a while. An answer is stored
so that nobody can tell who gave it: the ``SurveyResponse`` keeps the round, the
person's team and the day, never the person; a separate ``PulseParticipation`` row
(UNIQUE per round and person, not linked to the response) records only that they
answered, so a second answer is refused even when two arrive at once.

No audit row names the person who answered: its time and the response's id would tie
them to their answers. The participation row is the only record that they took part.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, time
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from backoffice.access import has_role
from backoffice.errors import ConflictError, DomainError
from backoffice.models import Agency, Membership, Role, User
from backoffice.services import audit_record

from ..models import (
    CHOICE_KINDS,
    SCALES,
    Audience,
    CollectedVia,
    PulseParticipation,
    PulseRound,
    Question,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyResponse,
)

ROUND_ROLES = (Role.MANAGER, Role.ADMINISTRATOR)
TEXT_LIMIT = 2000


def question_field(question_pk: int) -> str:
    """The name under which a question's answer is posted and its errors are reported."""
    return f"question_{question_pk}"


def round_state(pulse_round: PulseRound, now: datetime | None = None) -> str:
    """``scheduled``, ``open`` or ``closed``: a round is open from opens_at until closes_at."""
    now = now or timezone.now()
    if now < pulse_round.opens_at:
        return "scheduled"
    return "open" if now < pulse_round.closes_at else "closed"


def _require_round_role(actor: User, agency: Agency) -> None:
    if not has_role(actor, agency, *ROUND_ROLES):
        raise DomainError(
            _("Only managers and administrators of this agency run pulse surveys."),
            code="forbidden",
        )


@transaction.atomic
def pulse_round_open(
    *,
    survey: Survey,
    opens_at: datetime,
    closes_at: datetime,
    actor: User,
    now: datetime | None = None,
) -> PulseRound:
    """Open a round of an employee survey to the staff of the survey's agency.

    The actor manages or administers that agency; the survey is an active employee
    survey with questions; the round closes after it opens and in the future; a survey
    has at most one round at any moment (rounds of one survey never overlap, checked
    with the survey row locked so two managers cannot both open one).
    """
    now = now or timezone.now()
    _require_round_role(actor, survey.agency)
    survey = Survey.objects.select_for_update().select_related("agency").get(pk=survey.pk)
    if survey.audience != Audience.EMPLOYEE:
        raise DomainError(_("Only employee surveys are sent as pulse rounds."), field="survey")
    if not survey.is_active:
        raise DomainError(_("This survey is not active."), field="survey")
    if not survey.questions.exists():
        raise DomainError(_("This survey has no questions yet."), field="survey")
    if closes_at <= opens_at:
        raise DomainError(_("The round must close after it opens."), field="closes_at")
    if closes_at <= now:
        raise DomainError(_("The closing time has already passed."), field="closes_at")
    overlapping = PulseRound.objects.filter(
        survey=survey, opens_at__lt=closes_at, closes_at__gt=opens_at
    ).first()
    if overlapping is not None:
        raise DomainError(
            _("This survey already has a round from %(opens)s to %(closes)s; close it first.")
            % {
                "opens": _local(overlapping.opens_at, survey.agency),
                "closes": _local(overlapping.closes_at, survey.agency),
            },
            field="opens_at",
        )
    pulse_round = PulseRound.objects.create(
        survey=survey,
        agency=survey.agency,
        opens_at=opens_at,
        closes_at=closes_at,
        created_by=actor,
    )
    audit_round(pulse_round, action="pulse.round_open", actor=actor)
    return pulse_round


@transaction.atomic
def pulse_round_close(
    *, pulse_round: PulseRound, actor: User, now: datetime | None = None
) -> PulseRound:
    """Close a round now. A round that has not opened yet is closed at its opening time,
    so it never opens; a closed round cannot be closed again."""
    now = now or timezone.now()
    _require_round_role(actor, pulse_round.agency)
    pulse_round = PulseRound.objects.select_for_update().get(pk=pulse_round.pk)
    if pulse_round.closes_at <= now:
        raise ConflictError(_("This round is already closed."))
    pulse_round.closes_at = max(now, pulse_round.opens_at)
    pulse_round.save(update_fields=["closes_at"])
    audit_round(pulse_round, action="pulse.round_close", actor=actor)
    return pulse_round


def audit_round(pulse_round: PulseRound, *, action: str, actor: User) -> None:
    audit_record(
        action=action,
        actor=actor,
        agency=pulse_round.agency,
        obj=pulse_round,
        details={
            "survey": pulse_round.survey_id,
            "opens_at": pulse_round.opens_at.isoformat(),
            "closes_at": pulse_round.closes_at.isoformat(),
        },
    )


def _local(moment: datetime, agency: Agency) -> str:
    return timezone.localtime(moment, agency.zone).strftime("%Y-%m-%d %H:%M")


def staff_team_id(user: User, agency: Agency) -> int | None:
    """The team a person's answers count for: their first membership with a team, or none."""
    return (
        Membership.objects.filter(user=user, agency=agency, team__isnull=False)
        .order_by("pk")
        .values_list("team_id", flat=True)
        .first()
    )


def start_of_day(moment: datetime, agency: Agency) -> datetime:
    """Midnight of *moment*'s day in the agency's time zone: the time of day is not kept."""
    local = timezone.localtime(moment, agency.zone)
    return datetime.combine(local.date(), time.min, tzinfo=agency.zone)


@transaction.atomic
def pulse_answer(
    *,
    pulse_round: PulseRound,
    user: User,
    answers: Mapping[int, Any],
    now: datetime | None = None,
) -> SurveyResponse:
    """Record one person's anonymous answers to an open round.

    The person works in the round's agency (holds a membership there); the round is
    open now; they have not answered it yet (a PulseParticipation row, UNIQUE per round
    and person, so a second answer is refused even when two arrive at once); the
    answers are valid for the survey's questions (see ``validate_answers``). The
    response keeps the round, the person's team (or none) and the day, collected via
    pulse; it never keeps the person.
    """
    now = now or timezone.now()
    agency = pulse_round.agency
    if not Membership.objects.filter(user=user, agency=agency).exists():
        raise DomainError(_("Only staff of this agency answer its pulse survey."), code="forbidden")
    if round_state(pulse_round, now) != "open":
        raise ConflictError(_("This pulse survey is not open for answers."))
    if PulseParticipation.objects.filter(round=pulse_round, user=user).exists():
        raise ConflictError(_("You have already answered this pulse survey. Thank you."))
    questions = list(pulse_round.survey.questions.prefetch_related("choices"))
    cleaned = validate_answers(questions, answers)
    try:
        with transaction.atomic():
            PulseParticipation.objects.create(round=pulse_round, user=user)
    except IntegrityError as exc:
        # Another request of the same person got there first (the UNIQUE waited for it).
        raise ConflictError(_("You have already answered this pulse survey. Thank you.")) from exc
    response = SurveyResponse.objects.create(
        survey_id=pulse_round.survey_id,
        agency=agency,
        pulse_round=pulse_round,
        team_id=staff_team_id(user, agency),
        collected_via=CollectedVia.PULSE,
        language=_language(),
        submitted_at=start_of_day(now, agency),
    )
    SurveyAnswer.objects.bulk_create(
        SurveyAnswer(response=response, question=question, **fields) for question, fields in cleaned
    )
    return response


def _language() -> str:
    return (get_language() or "en")[:8]


def validate_answers(
    questions: Iterable[Question], answers: Mapping[int, Any]
) -> list[tuple[Question, dict[str, Any]]]:
    """Check each answer against its question; return the fields of each answer to keep.

    Agreement 1-5, thumbs 0-1, likelihood 0-10 and effort 1-7 take a whole number in
    range; single choice one of the question's values; multiple choice some of them;
    free text up to 2000 characters. Required questions need an answer and at least one
    question must be answered. Every problem is reported on its own question.
    """
    by_pk = {question.pk: question for question in questions}
    errors: dict[str, list[str]] = {}
    unknown = set(answers) - set(by_pk)
    if unknown:
        raise DomainError(_("Some answers are for questions that are not in this survey."))
    kept: list[tuple[Question, dict[str, Any]]] = []
    for pk, question in by_pk.items():
        value = answers.get(pk)
        if _is_blank(value):
            if question.required:
                errors[question_field(pk)] = [_("Answer this question.")]
            continue
        try:
            kept.append((question, _answer_fields(question, value)))
        except DomainError as error:
            errors[question_field(pk)] = [error.message]
    if errors:
        raise DomainError(_("Some answers need correcting."), errors=errors)
    if not kept:
        raise DomainError(_("Answer at least one question."))
    return kept


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _answer_fields(question: Question, value: Any) -> dict[str, Any]:
    kind = question.kind
    if kind in SCALES:
        low, high = SCALES[kind]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise DomainError(
                _("Choose a whole number from %(low)d to %(high)d.") % {"low": low, "high": high}
            )
        return {"number": value}
    if kind in CHOICE_KINDS:
        return {"choices": _choice_values(question, value)}
    if kind == QuestionKind.TEXT:
        if not isinstance(value, str):
            raise DomainError(_("Write your answer as text."))
        text = value.strip()
        if len(text) > TEXT_LIMIT:
            raise DomainError(
                _("Keep your answer to %(limit)d characters or fewer (it has %(count)d).")
                % {"limit": TEXT_LIMIT, "count": len(text)}
            )
        return {"text": text}
    raise DomainError(_("This question cannot be answered."))


def _choice_values(question: Question, value: Any) -> list[str]:
    offered = [choice.value for choice in question.choices.all()]
    values = [value] if isinstance(value, str) else list(value)
    if question.kind == QuestionKind.SINGLE and len(values) != 1:
        raise DomainError(_("Choose one answer."))
    if any(not isinstance(item, str) or item not in offered for item in values):
        raise DomainError(_("Choose from the answers listed."))
    # Keep the order the choices are offered in, once each.
    return [item for item in offered if item in values]
