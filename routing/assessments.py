"""Skill assessments: a person takes an agency's test and the score sets their level; a
supervisor records a practical assessment they watched. Also the reads the assessment
pages and the person's skills page need.

Levels change only through :func:`routing.services.skill_level_set`, so every change is
kept in the level history and the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from backoffice.access import has_role
from backoffice.errors import DomainError
from backoffice.models import Agency, Membership, Role, User
from backoffice.services import audit_record

from .models import (
    Assessment,
    AssessmentAttempt,
    AssessmentChoice,
    AssessmentQuestion,
    ObservedAssessment,
    PersonSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)
from .services import SKILL_SETTERS, skill_level_set

LEVEL_CHOICES = [
    (1, gettext_lazy("Level 1 (novice)")),
    (2, gettext_lazy("Level 2")),
    (3, gettext_lazy("Level 3")),
    (4, gettext_lazy("Level 4")),
    (5, gettext_lazy("Level 5 (expert)")),
]
WORKING_ROLES = (Role.CASEWORKER, Role.SUPERVISOR)


def question_field(question_id: int) -> str:
    """The name of a question's answer on the form, and of its error."""
    return f"question_{question_id}"


def local_text(moment: datetime, agency: Agency) -> str:
    """A time as the agency's staff read it, with the zone's abbreviation."""
    local = moment.astimezone(agency.zone)
    return f"{date_format(local, 'D Y-m-d H:i')} {local.tzname()}"


# Readiness -----------------------------------------------------------------------------------


def _incomplete_questions(assessment_ref: OuterRef | int) -> QuerySet[AssessmentQuestion]:
    """Questions without two choices and exactly one correct one."""
    return (
        AssessmentQuestion.objects.filter(assessment=assessment_ref)
        .annotate(
            choice_total=Count("choices"),
            correct_total=Count("choices", filter=Q(choices__is_correct=True)),
        )
        .filter(Q(choice_total__lt=2) | ~Q(correct_total=1))
    )


def ready_assessments() -> QuerySet[Assessment]:
    """Assessments open to take: active, of an active skill, with questions that each
    have at least two choices and exactly one correct one."""
    return (
        Assessment.objects.filter(is_active=True, skill__is_active=True)
        .filter(Exists(AssessmentQuestion.objects.filter(assessment=OuterRef("pk"))))
        .exclude(Exists(_incomplete_questions(OuterRef("pk"))))
        .select_related("skill", "agency")
    )


def question_problems(question: AssessmentQuestion) -> list[str]:
    """What keeps a question from being asked (empty when it is complete)."""
    choices = list(question.choices.all())
    problems = []
    if len(choices) < 2:
        problems.append(_("It needs at least two choices."))
    if sum(1 for choice in choices if choice.is_correct) != 1:
        problems.append(_("Exactly one choice must be correct."))
    return problems


# Taking an assessment ------------------------------------------------------------------------


def retake_at(*, assessment: Assessment, user: User) -> datetime | None:
    """When *user* may take *assessment* again, or None if they may take it now or never took it."""
    last = (
        AssessmentAttempt.objects.filter(assessment=assessment, user=user)
        .order_by("-submitted_at")
        .values_list("submitted_at", flat=True)
        .first()
    )
    return last + timedelta(hours=assessment.retake_after_hours) if last else None


def _check_can_take(assessment: Assessment, user: User, now: datetime) -> None:
    if not Membership.objects.filter(user=user, agency=assessment.agency_id).exists():
        raise DomainError(
            _("Only people who work in this agency take its assessments."), code="forbidden"
        )
    if not assessment.is_active or not assessment.skill.is_active:
        raise DomainError(_("This assessment is closed."), code="conflict")
    again = retake_at(assessment=assessment, user=user)
    if again is not None and now < again:
        raise DomainError(
            _("You took this assessment recently. You can take it again from %(when)s.")
            % {"when": local_text(again, assessment.agency)},
            code="conflict",
        )


def _questions(assessment: Assessment) -> list[AssessmentQuestion]:
    questions = list(
        assessment.questions.prefetch_related(
            Prefetch("choices", queryset=AssessmentChoice.objects.order_by("order", "id"))
        ).order_by("order", "id")
    )
    if not questions or any(question_problems(question) for question in questions):
        raise DomainError(_("This assessment is not ready to take yet."), code="conflict")
    return questions


def _marked(
    questions: list[AssessmentQuestion], answers: dict[int, int]
) -> tuple[dict[str, int], int]:
    """The answers kept for the attempt and how many are right; refused if any is missing
    or is not one of its question's own choices."""
    errors: dict[str, list[str]] = {}
    kept: dict[str, int] = {}
    right = 0
    for number, question in enumerate(questions, start=1):
        chosen = answers.get(question.pk)
        choices = {choice.pk: choice for choice in question.choices.all()}
        if chosen is None:
            errors[question_field(question.pk)] = [
                _("Choose an answer to question %(number)d.") % {"number": number}
            ]
        elif chosen not in choices:
            errors[question_field(question.pk)] = [
                _("Choose one of the answers given for question %(number)d.") % {"number": number}
            ]
        else:
            kept[str(question.pk)] = chosen
            right += choices[chosen].is_correct
    if errors:
        raise DomainError(
            ngettext(
                "%(count)d question is not answered.",
                "%(count)d questions are not answered.",
                len(errors),
            )
            % {"count": len(errors)},
            errors=errors,
        )
    return kept, right


@transaction.atomic
def assessment_submit(
    *,
    assessment: Assessment,
    user: User,
    answers: dict[int, int],
    now: datetime | None = None,
) -> AssessmentAttempt:
    """Mark one attempt at an assessment and set the level the score reaches.

    The person works in the assessment's agency; the assessment is open and ready; they
    last took it at least ``retake_after_hours`` ago; every question is answered with one
    of its own choices (each missing or foreign answer is reported on its question). The
    score is the percent of right answers, rounded down. When it reaches a pass mark the
    highest level reached becomes the person's level (source: assessment), kept in the
    history and the audit log; an assessment never lowers a level the person already
    holds above it. Below every mark the attempt is kept and the level is unchanged.
    """
    now = now or timezone.now()
    # One attempt at a time per person: a double submit waits here and then meets the
    # retake window.
    User.objects.select_for_update().filter(pk=user.pk).first()
    _check_can_take(assessment, user, now)
    questions = _questions(assessment)
    kept, right = _marked(questions, answers)
    score = right * 100 // len(questions)
    current = PersonSkill.objects.filter(user=user, skill=assessment.skill_id).first()
    before = current.level if current else None
    reached = assessment.level_for(score)
    awarded = reached if reached is not None and (before is None or reached >= before) else None
    attempt = AssessmentAttempt.objects.create(
        assessment=assessment,
        user=user,
        submitted_at=now,
        answers=kept,
        correct=right,
        questions=len(questions),
        score=score,
        level_before=before,
        level_awarded=awarded,
    )
    if awarded is not None:
        # The person cannot set their own level: the assessment does, with no actor;
        # the audit row below names who earned it.
        skill_level_set(
            user=user,
            skill=assessment.skill,
            level=awarded,
            source=SkillSource.ASSESSMENT,
            actor=None,
            note=_("Assessment “%(title)s”, attempt %(attempt)d: %(score)d%%")
            % {"title": assessment.title, "attempt": attempt.pk, "score": score},
        )
    audit_record(
        action="assessment.attempt",
        actor=user,
        agency=assessment.agency,
        obj=attempt,
        details={
            "assessment": assessment.pk,
            "skill": assessment.skill.code,
            "score": score,
            "level": [before, awarded if awarded is not None else before],
        },
    )
    return attempt


# Observed practical assessments -------------------------------------------------------------


@transaction.atomic
def observed_assessment_record(
    *,
    user: User,
    skill: Skill,
    level: int,
    notes: str,
    actor: User,
    now: datetime | None = None,
) -> ObservedAssessment:
    """Record a practical assessment a supervisor watched, and set the level observed.

    Supervisors, managers and administrators of the skill's agency record them, for
    someone else who works there; what was observed is required. The level (1-5) becomes
    the person's level with the source "observed", in the history and the audit log.
    """
    if not has_role(actor, skill.agency, *SKILL_SETTERS):
        raise DomainError(
            _("Only supervisors and managers record observed assessments."), code="forbidden"
        )
    if user.pk == actor.pk:
        raise DomainError(_("Someone else observes your practical assessment."), field="user")
    if not Membership.objects.filter(user=user, agency=skill.agency_id).exists():
        raise DomainError(_("Choose someone who works in this agency."), field="user")
    if not 1 <= level <= 5:
        raise DomainError(_("A level is from 1 (novice) to 5 (expert)."), field="level")
    notes = notes.strip()
    if not notes:
        raise DomainError(_("Say what you observed."), field="notes")
    current = PersonSkill.objects.filter(user=user, skill=skill).first()
    observation = ObservedAssessment.objects.create(
        user=user,
        skill=skill,
        level=level,
        level_before=current.level if current else None,
        observed_by=actor,
        observed_at=now or timezone.now(),
        notes=notes,
    )
    skill_level_set(
        user=user,
        skill=skill,
        level=level,
        source=SkillSource.OBSERVED,
        actor=actor,
        note=(_("Observed: %(notes)s") % {"notes": notes})[:300],
    )
    audit_record(
        action="assessment.observed",
        actor=actor,
        agency=skill.agency,
        obj=observation,
        details={"user": user.pk, "skill": skill.code, "level": [observation.level_before, level]},
    )
    return observation


# Reads for the pages -------------------------------------------------------------------------


@dataclass
class AssessmentRow:
    """One assessment on a person's list: their level in its skill and their last attempt."""

    assessment: Assessment
    level: int | None
    last: AssessmentAttempt | None
    retake_at: datetime | None

    @property
    def can_take(self) -> bool:
        return self.retake_at is None or self.retake_at <= timezone.now()

    @property
    def outcome(self) -> str:
        return attempt_outcome(self.last) if self.last else ""


def attempt_outcome(attempt: AssessmentAttempt) -> str:
    """An attempt's result in a few words: the level it set, kept or "not passed"."""
    if attempt.level_awarded is not None:
        return _("level %(level)d") % {"level": attempt.level_awarded}
    if attempt.assessment.level_for(attempt.score) is not None:
        return _("level %(level)d kept") % {"level": attempt.level_before}
    return _("not passed")


def assessments_for(*, user: User, agency: Agency) -> list[AssessmentRow]:
    """The assessments *user* can take in *agency*, with where they stand in each."""
    assessments = list(ready_assessments().filter(agency=agency).order_by("skill__name", "title"))
    levels = dict(
        PersonSkill.objects.filter(user=user, skill__agency=agency).values_list("skill_id", "level")
    )
    by_pk = {assessment.pk: assessment for assessment in assessments}
    last: dict[int, AssessmentAttempt] = {}
    attempts = AssessmentAttempt.objects.filter(user=user, assessment__in=assessments)
    for attempt in attempts.order_by("submitted_at", "id"):
        attempt.assessment = by_pk[attempt.assessment_id]
        last[attempt.assessment_id] = attempt
    rows = []
    for assessment in assessments:
        latest = last.get(assessment.pk)
        again = (
            latest.submitted_at + timedelta(hours=assessment.retake_after_hours) if latest else None
        )
        rows.append(AssessmentRow(assessment, levels.get(assessment.skill_id), latest, again))
    return rows


@dataclass
class AnswerRow:
    number: int
    question: str
    chosen: str
    right: bool
    correct: str


def attempt_answers(attempt: AssessmentAttempt) -> list[AnswerRow]:
    """Each question of the attempt (as it is now) with the answer given and whether it
    was right; questions added since the attempt are left out."""
    questions = (
        attempt.assessment.questions.filter(pk__in=[int(key) for key in attempt.answers])
        .prefetch_related("choices")
        .order_by("order", "id")
    )
    rows = []
    for number, question in enumerate(questions, start=1):
        choices = {choice.pk: choice for choice in question.choices.all()}
        chosen = choices.get(attempt.answers.get(str(question.pk)))
        correct = next((choice.text for choice in choices.values() if choice.is_correct), "")
        rows.append(
            AnswerRow(
                number=number,
                question=question.text,
                chosen=chosen.text if chosen else _("(a choice removed since)"),
                right=bool(chosen and chosen.is_correct),
                correct=correct,
            )
        )
    return rows


@dataclass
class PersonSkills:
    """Everything the person's skills page shows, for one agency."""

    person: User
    levels: list[PersonSkill] = field(default_factory=list)
    history: list[SkillLevelChange] = field(default_factory=list)
    attempts: list[AssessmentAttempt] = field(default_factory=list)
    observations: list[ObservedAssessment] = field(default_factory=list)


HISTORY_SHOWN = 50


def person_skills(*, person: User, agency: Agency) -> PersonSkills:
    """A person's levels in *agency*'s skills, their latest history, attempts and observations."""
    return PersonSkills(
        person=person,
        levels=list(
            PersonSkill.objects.filter(user=person, skill__agency=agency)
            .select_related("skill")
            .order_by("skill__name")
        ),
        history=list(
            SkillLevelChange.objects.filter(user=person, skill__agency=agency).select_related(
                "skill", "changed_by"
            )[:HISTORY_SHOWN]
        ),
        attempts=list(
            AssessmentAttempt.objects.filter(user=person, assessment__agency=agency).select_related(
                "assessment__skill"
            )[:HISTORY_SHOWN]
        ),
        observations=list(
            ObservedAssessment.objects.filter(user=person, skill__agency=agency).select_related(
                "skill", "observed_by"
            )[:HISTORY_SHOWN]
        ),
    )


def people_to_assess(*, user: User, agency: Agency) -> QuerySet[User]:
    """The caseworkers and supervisors whose skills *user* looks after in *agency*: those of
    the teams they supervise (every team for managers and administrators)."""
    memberships = Membership.objects.filter(agency=agency, role__in=WORKING_ROLES)
    if not has_role(user, agency, Role.MANAGER, Role.ADMINISTRATOR):
        supervised = Membership.objects.filter(
            user=user, agency=agency, role=Role.SUPERVISOR, team__isnull=False
        ).values("team_id")
        memberships = memberships.filter(team__in=supervised)
    return (
        User.objects.filter(pk__in=memberships.values("user_id"), is_active=True)
        .exclude(pk=user.pk)
        .order_by("full_name", "email")
    )
