"""Pages of the routing app: skill assessments, and a person's skills for their supervisor.

A person takes their agency's assessments and sees each result; supervisors, managers
and administrators see a person's levels, history and attempts, set a level and record
an observed practical assessment. Every change goes through a service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from backoffice.access import agency_ids_for, agency_or_404, has_role, role_required, staff_user
from backoffice.errors import DomainError, add_to_form
from backoffice.models import Agency, Membership, Role, User

from ..assessments import (
    LEVEL_CHOICES,
    assessment_submit,
    assessments_for,
    attempt_answers,
    local_text,
    observed_assessment_record,
    people_to_assess,
    person_skills,
    question_field,
    ready_assessments,
    retake_at,
)
from ..models import Assessment, AssessmentAttempt, AssessmentChoice, AssessmentQuestion, Skill
from ..services import SKILL_SETTERS, skill_level_set

EVERYONE = tuple(Role.values)
REMOVE = "remove"


# Taking an assessment ------------------------------------------------------------------------


@require_GET
@role_required(*EVERYONE)
def assessment_list(request: HttpRequest) -> HttpResponse:
    """The assessments of the current agency, with where the person stands in each."""
    agency = agency_or_404(request)
    user = staff_user(request)
    context: dict[str, Any] = {
        "agency": agency,
        "rows": assessments_for(user=user, agency=agency),
    }
    if has_role(user, agency, *SKILL_SETTERS):
        context["people"] = people_to_assess(user=user, agency=agency)
    return render(request, "routing/assessments/list.html", context)


@dataclass
class QuestionView:
    """One question as the form shows it: its choices, the answer picked and any error."""

    number: int
    question: AssessmentQuestion
    choices: list[AssessmentChoice]
    chosen: int | None
    error: str

    @property
    def field(self) -> str:
        return question_field(self.question.pk)

    @property
    def anchor(self) -> str:
        """The id of the first choice, where the error summary's link leads."""
        return f"question-{self.question.pk}-choice-{self.choices[0].pk}"


def _ready_assessment(request: HttpRequest, pk: int) -> Assessment:
    """An assessment the person may open: ready to take, in one of their agencies."""
    found = (
        ready_assessments().filter(pk=pk, agency__in=agency_ids_for(staff_user(request))).first()
    )
    if found is None:
        raise Http404
    return found


def _answers(request: HttpRequest, questions: list[AssessmentQuestion]) -> dict[int, int]:
    """The choices posted, by question; what is not a number counts as no answer."""
    answers = {}
    for question in questions:
        value = request.POST.get(question_field(question.pk), "")
        if value.isdigit():
            answers[question.pk] = int(value)
    return answers


def _question_views(
    questions: list[AssessmentQuestion], answers: dict[int, int], error: DomainError | None
) -> list[QuestionView]:
    errors = error.errors if error else {}
    return [
        QuestionView(
            number=number,
            question=question,
            choices=list(question.choices.all()),
            chosen=answers.get(question.pk),
            error=" ".join(errors.get(question_field(question.pk), [])),
        )
        for number, question in enumerate(questions, start=1)
    ]


@require_http_methods(["GET", "POST"])
@role_required(*EVERYONE)
def assessment_take(request: HttpRequest, pk: int) -> HttpResponse:
    """The questions as radio groups; a refused submission shows why with the answers kept."""
    assessment = _ready_assessment(request, pk)
    user = staff_user(request)
    questions = list(assessment.questions.prefetch_related("choices").order_by("order", "id"))
    answers: dict[int, int] = {}
    error: DomainError | None = None
    if request.method == "POST":
        answers = _answers(request, questions)
        try:
            attempt = assessment_submit(assessment=assessment, user=user, answers=answers)
        except DomainError as refused:
            error = refused
        else:
            messages.success(request, _("Your answers were submitted."))
            return redirect("assessment_result", pk=attempt.pk)
    again = retake_at(assessment=assessment, user=user)
    views = _question_views(questions, answers, error)
    context = {
        "assessment": assessment,
        "questions": views,
        "error": error,
        "summary": [(view.anchor, view.error) for view in views if view.error],
        "marks": sorted(assessment.marks().items()),
        "retake_at": again if again and again > timezone.now() else None,
        "retake_text": local_text(again, assessment.agency) if again else "",
    }
    return render(request, "routing/assessments/take.html", context, status=400 if error else 200)


@require_GET
@role_required(*EVERYONE)
def assessment_result(request: HttpRequest, pk: int) -> HttpResponse:
    """One attempt's score, the level it set and the answers: for the person who took it
    and the supervisors, managers and administrators of the agency; a 404 to anyone else."""
    user = staff_user(request)
    attempt = (
        AssessmentAttempt.objects.filter(pk=pk, assessment__agency__in=agency_ids_for(user))
        .select_related("assessment__skill", "assessment__agency", "user")
        .first()
    )
    if attempt is None:
        raise Http404
    supervising = has_role(user, attempt.assessment.agency, *SKILL_SETTERS)
    if attempt.user_id != user.pk and not supervising:
        raise Http404
    assessment = attempt.assessment
    reached = assessment.level_for(attempt.score)
    again = attempt.submitted_at + timedelta(hours=assessment.retake_after_hours)
    context = {
        "attempt": attempt,
        "assessment": assessment,
        "answers": attempt_answers(attempt),
        "reached": reached,
        "own": attempt.user_id == user.pk,
        "show_correct": supervising and attempt.user_id != user.pk,
        "lowest_mark": min(assessment.marks().values(), default=None),
        "retake_at": again if again > timezone.now() else None,
        "retake_text": local_text(again, assessment.agency),
    }
    return render(request, "routing/assessments/result.html", context)


# A person's skills, for their supervisor -----------------------------------------------------


class LevelForm(forms.Form):
    skill = forms.ModelChoiceField(
        label=gettext_lazy("Skill"),
        queryset=Skill.objects.none(),
        empty_label=gettext_lazy("Choose a skill"),
    )
    level = forms.ChoiceField(
        label=gettext_lazy("Level"),
        choices=[
            ("", gettext_lazy("Choose a level")),
            *[(str(value), label) for value, label in LEVEL_CHOICES],
            (REMOVE, gettext_lazy("No level: remove the skill")),
        ],
    )
    note = forms.CharField(
        label=gettext_lazy("Why"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("Kept in the level history."),
    )

    prefix = "level"

    def __init__(self, *args: Any, skills: QuerySet[Skill], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["skill"].queryset = skills  # type: ignore[attr-defined]


class ObservedForm(forms.Form):
    skill = forms.ModelChoiceField(
        label=gettext_lazy("Skill"),
        queryset=Skill.objects.none(),
        empty_label=gettext_lazy("Choose a skill"),
    )
    level = forms.TypedChoiceField(
        label=gettext_lazy("Level observed"),
        choices=[("", gettext_lazy("Choose a level")), *LEVEL_CHOICES],
        coerce=int,
    )
    notes = forms.CharField(
        label=gettext_lazy("What you observed"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text=gettext_lazy("The task, how it went, and why it shows this level."),
    )

    prefix = "observed"

    def __init__(self, *args: Any, skills: QuerySet[Skill], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["skill"].queryset = skills  # type: ignore[attr-defined]


def _person(agency: Agency, pk: int) -> User:
    """Someone who works in *agency*; anyone else is a 404."""
    person = User.objects.filter(
        pk=pk, pk__in=Membership.objects.filter(agency=agency).values("user_id")
    ).first()
    if person is None:
        raise Http404
    return person


def _skills(agency: Agency) -> QuerySet[Skill]:
    return Skill.objects.filter(agency=agency, is_active=True).order_by("name")


def _person_page(
    request: HttpRequest,
    agency: Agency,
    person: User,
    *,
    level_form: LevelForm | None = None,
    observed_form: ObservedForm | None = None,
) -> HttpResponse:
    skills = _skills(agency)
    context = {
        "agency": agency,
        "overview": person_skills(person=person, agency=agency),
        "level_form": level_form or LevelForm(skills=skills),
        "observed_form": observed_form or ObservedForm(skills=skills),
        "failed": level_form is not None or observed_form is not None,
    }
    status = 400 if context["failed"] else 200
    return render(request, "routing/assessments/person_skills.html", context, status=status)


@require_GET
@role_required(*SKILL_SETTERS)
def person_skills_page(request: HttpRequest, user_pk: int) -> HttpResponse:
    agency = agency_or_404(request)
    return _person_page(request, agency, _person(agency, user_pk))


@require_POST
@role_required(*SKILL_SETTERS)
def person_skill_level(request: HttpRequest, user_pk: int) -> HttpResponse:
    """Set (or remove) a person's level as their supervisor."""
    agency = agency_or_404(request)
    person = _person(agency, user_pk)
    form = LevelForm(request.POST, skills=_skills(agency))
    if form.is_valid():
        data = form.cleaned_data
        level = None if data["level"] == REMOVE else int(data["level"])
        try:
            skill_level_set(
                user=person,
                skill=data["skill"],
                level=level,
                actor=staff_user(request),
                note=data["note"],
            )
        except DomainError as error:
            add_to_form(form, error)
        else:
            messages.success(
                request,
                _("%(person)s's level in %(skill)s was saved.")
                % {"person": person.full_name, "skill": data["skill"].name},
            )
            return redirect("person_skills", user_pk=person.pk)
    return _person_page(request, agency, person, level_form=form)


@require_POST
@role_required(*SKILL_SETTERS)
def person_skill_observed(request: HttpRequest, user_pk: int) -> HttpResponse:
    """Record an observed practical assessment and the level it shows."""
    agency = agency_or_404(request)
    person = _person(agency, user_pk)
    form = ObservedForm(request.POST, skills=_skills(agency))
    if form.is_valid():
        data = form.cleaned_data
        try:
            observed_assessment_record(
                user=person,
                skill=data["skill"],
                level=data["level"],
                notes=data["notes"],
                actor=staff_user(request),
            )
        except DomainError as error:
            add_to_form(form, error)
        else:
            messages.success(
                request,
                _(
                    "The observed assessment was recorded: %(person)s is at level %(level)d in "
                    "%(skill)s."
                )
                % {"person": person.full_name, "level": data["level"], "skill": data["skill"].name},
            )
            return redirect("person_skills", user_pk=person.pk)
    return _person_page(request, agency, person, observed_form=form)


urlpatterns: list[URLPattern] = [
    path("assessments/", assessment_list, name="assessment_list"),
    path("assessments/<int:pk>/", assessment_take, name="assessment_take"),
    path("assessments/attempts/<int:pk>/", assessment_result, name="assessment_result"),
    path("people/<int:user_pk>/skills/", person_skills_page, name="person_skills"),
    path("people/<int:user_pk>/skills/level/", person_skill_level, name="person_skill_level"),
    path(
        "people/<int:user_pk>/skills/observed/",
        person_skill_observed,
        name="person_skill_observed",
    ),
]
