"""Skill assessments: the score sets the level (with history and audit), retakes wait,
answers are checked question by question; supervisors record observed assessments; the
pages keep each agency's attempts to itself; the demo seeds them once."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from backoffice import demo as backoffice_demo
from backoffice.errors import DomainError
from backoffice.models import Agency, AuditEvent, Role
from routing.assessments import assessment_submit, observed_assessment_record, question_field
from routing.demo_assessments import seed_assessments
from routing.models import (
    Assessment,
    AssessmentAttempt,
    AssessmentChoice,
    ObservedAssessment,
    PersonSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)
from routing.services import skill_level_set

from ..conftest import member
from .factories_assessments import answers, make_assessment

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # 12:00 in Chicago (CDT)


@pytest.fixture
def assessment(agency: Any) -> Assessment:
    """Five questions; level 1 at 40%, level 2 at 60%, level 3 at 80%."""
    return make_assessment(agency=agency, title="Spanish for casework")


@pytest.fixture
def supervisor(agency: Any) -> Any:
    return member(agency, Role.SUPERVISOR, full_name="Sam Supervisor")


def _level(user: Any, skill: Skill) -> PersonSkill | None:
    return PersonSkill.objects.filter(user=user, skill=skill).first()


def _refusal(**kwargs: Any) -> DomainError:
    with pytest.raises(DomainError) as refused:
        assessment_submit(**kwargs)
    return refused.value


# Taking an assessment -----------------------------------------------------------------------


class TestSubmit:
    def test_a_score_reaching_a_mark_sets_the_level_with_history_and_audit(
        self, assessment: Assessment, caseworker: Any
    ) -> None:
        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=4), now=NOON
        )

        assert (attempt.correct, attempt.questions, attempt.score) == (4, 5, 80)
        assert (attempt.level_before, attempt.level_awarded) == (None, 3)
        assert attempt.submitted_at == NOON
        level = _level(caseworker, assessment.skill)
        assert level is not None
        assert (level.level, level.source) == (3, SkillSource.ASSESSMENT)
        [change] = SkillLevelChange.objects.filter(user=caseworker)
        assert (change.level_before, change.level_after) == (None, 3)
        assert change.source == SkillSource.ASSESSMENT
        assert f"attempt {attempt.pk}" in change.note
        assert "Spanish for casework" in change.note
        [audit] = AuditEvent.objects.filter(action="assessment.attempt")
        assert (audit.actor, audit.agency, audit.object_id) == (
            caseworker,
            assessment.agency,
            str(attempt.pk),
        )
        assert audit.details["score"] == 80
        assert audit.details["level"] == [None, 3]
        assert AuditEvent.objects.filter(action="skill.level", object_id=str(assessment.skill_id))

    def test_the_score_is_the_percent_right_rounded_down(
        self, agency: Any, caseworker: Any
    ) -> None:
        three = make_assessment(agency=agency, questions=3)

        attempt = assessment_submit(
            assessment=three, user=caseworker, answers=answers(three, right=2)
        )

        assert attempt.score == 66  # two thirds: 66.67 rounded down
        assert attempt.level_awarded == 2

    def test_below_every_mark_the_attempt_is_kept_and_the_level_unchanged(
        self, assessment: Assessment, caseworker: Any, supervisor: Any
    ) -> None:
        skill_level_set(user=caseworker, skill=assessment.skill, level=2, actor=supervisor)

        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=1)
        )

        assert (attempt.score, attempt.level_before, attempt.level_awarded) == (20, 2, None)
        level = _level(caseworker, assessment.skill)
        assert level is not None
        assert (level.level, level.source) == (2, SkillSource.SUPERVISOR)
        assert SkillLevelChange.objects.filter(user=caseworker).count() == 1
        assert AssessmentAttempt.objects.filter(user=caseworker).count() == 1
        [audit] = AuditEvent.objects.filter(action="assessment.attempt")
        assert audit.details["level"] == [2, 2]

    def test_an_assessment_never_lowers_a_higher_level(
        self, assessment: Assessment, caseworker: Any, supervisor: Any
    ) -> None:
        skill_level_set(user=caseworker, skill=assessment.skill, level=5, actor=supervisor)

        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=5)
        )

        assert (attempt.score, attempt.level_before, attempt.level_awarded) == (100, 5, None)
        level = _level(caseworker, assessment.skill)
        assert level is not None
        assert level.level == 5

    def test_reaching_the_level_already_held_confirms_it_without_a_history_row(
        self, assessment: Assessment, caseworker: Any, supervisor: Any
    ) -> None:
        skill_level_set(user=caseworker, skill=assessment.skill, level=3, actor=supervisor)

        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=4)
        )

        assert (attempt.level_before, attempt.level_awarded) == (3, 3)
        assert SkillLevelChange.objects.filter(user=caseworker).count() == 1

    def test_a_retake_waits_for_the_window_and_says_when_in_the_agencys_time(
        self, assessment: Assessment, caseworker: Any
    ) -> None:
        assessment.retake_after_hours = 24
        assessment.save()
        first = answers(assessment, right=2)
        assessment_submit(assessment=assessment, user=caseworker, answers=first, now=NOON)

        refused = _refusal(
            assessment=assessment,
            user=caseworker,
            answers=answers(assessment, right=5),
            now=NOON + timedelta(hours=23, minutes=59),
        )
        again = assessment_submit(
            assessment=assessment,
            user=caseworker,
            answers=answers(assessment, right=5),
            now=NOON + timedelta(hours=24),
        )

        assert refused.code == "conflict"
        assert "again from" in refused.message
        assert "Wed 2026-03-11 12:00 CDT" in refused.message
        assert again.level_awarded == 3
        assert AssessmentAttempt.objects.filter(user=caseworker).count() == 2

    def test_every_unanswered_question_is_named_and_nothing_is_saved(
        self, assessment: Assessment, caseworker: Any
    ) -> None:
        given = answers(assessment, right=5)
        questions = list(assessment.questions.order_by("order"))
        del given[questions[1].pk]
        del given[questions[3].pk]

        refused = _refusal(assessment=assessment, user=caseworker, answers=given)

        assert set(refused.errors) == {
            question_field(questions[1].pk),
            question_field(questions[3].pk),
        }
        assert refused.errors[question_field(questions[1].pk)] == [
            "Choose an answer to question 2."
        ]
        assert refused.message == "2 questions are not answered."
        assert not AssessmentAttempt.objects.exists()
        assert not PersonSkill.objects.exists()

    def test_a_choice_of_another_question_is_refused_on_its_question(
        self, assessment: Assessment, caseworker: Any, other_agency: Any
    ) -> None:
        given = answers(assessment, right=5)
        first, second = list(assessment.questions.order_by("order"))[:2]
        given[first.pk] = given[second.pk]

        refused = _refusal(assessment=assessment, user=caseworker, answers=given)

        assert refused.errors == {
            question_field(first.pk): ["Choose one of the answers given for question 1."]
        }
        assert not AssessmentAttempt.objects.exists()

    def test_someone_of_another_agency_cannot_take_it(
        self, assessment: Assessment, other_agency: Any
    ) -> None:
        outsider = member(other_agency, Role.CASEWORKER)

        refused = _refusal(
            assessment=assessment, user=outsider, answers=answers(assessment, right=5)
        )

        assert refused.code == "forbidden"
        assert not AssessmentAttempt.objects.exists()

    def test_a_closed_assessment_cannot_be_taken(
        self, assessment: Assessment, caseworker: Any
    ) -> None:
        assessment.is_active = False
        assessment.save()

        refused = _refusal(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=5)
        )

        assert refused.message == "This assessment is closed."

    @pytest.mark.parametrize("problem", ["no questions", "no correct choice", "one choice"])
    def test_an_assessment_with_incomplete_questions_cannot_be_taken(
        self, agency: Any, caseworker: Any, problem: str
    ) -> None:
        assessment = make_assessment(agency=agency, questions=0 if problem == "no questions" else 2)
        question = assessment.questions.first()
        if problem == "no correct choice":
            AssessmentChoice.objects.filter(question=question).update(is_correct=False)
        elif problem == "one choice":
            AssessmentChoice.objects.filter(question=question, is_correct=False).delete()

        refused = _refusal(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=2)
        )

        assert refused.message == "This assessment is not ready to take yet."
        assert not AssessmentAttempt.objects.exists()


# Observed practical assessments --------------------------------------------------------------


class TestObserved:
    def test_a_supervisor_records_an_observation_that_sets_the_level(
        self, agency: Any, caseworker: Any, supervisor: Any
    ) -> None:
        skill = make_assessment(agency=agency).skill
        skill_level_set(user=caseworker, skill=skill, level=2, actor=supervisor)

        observation = observed_assessment_record(
            user=caseworker,
            skill=skill,
            level=4,
            notes="  Calmed an upset caller and explained the appeal in Spanish.  ",
            actor=supervisor,
        )

        assert (observation.level_before, observation.level) == (2, 4)
        assert observation.notes == "Calmed an upset caller and explained the appeal in Spanish."
        assert observation.observed_by == supervisor
        level = _level(caseworker, skill)
        assert level is not None
        assert (level.level, level.source) == (4, SkillSource.OBSERVED)
        change = SkillLevelChange.objects.filter(user=caseworker).first()
        assert change is not None
        assert (change.level_after, change.source, change.changed_by) == (
            4,
            SkillSource.OBSERVED,
            supervisor,
        )
        assert "Calmed an upset caller" in change.note
        [audit] = AuditEvent.objects.filter(action="assessment.observed")
        assert (audit.actor, audit.agency, audit.details["level"]) == (supervisor, agency, [2, 4])

    def test_a_caseworker_cannot_record_an_observation(self, agency: Any, caseworker: Any) -> None:
        skill = make_assessment(agency=agency).skill
        colleague = member(agency, Role.CASEWORKER)

        with pytest.raises(DomainError) as refused:
            observed_assessment_record(
                user=colleague, skill=skill, level=5, notes="Great work.", actor=caseworker
            )

        assert refused.value.code == "forbidden"
        assert not ObservedAssessment.objects.exists()
        assert not PersonSkill.objects.exists()

    @pytest.mark.parametrize(
        ("change", "field"),
        [({"notes": "   "}, "notes"), ({"level": 6}, "level"), ({"user": "self"}, "user")],
    )
    def test_an_observation_needs_notes_a_level_and_someone_else(
        self, agency: Any, caseworker: Any, supervisor: Any, change: dict[str, Any], field: str
    ) -> None:
        skill = make_assessment(agency=agency).skill
        values: dict[str, Any] = {"user": caseworker, "level": 3, "notes": "Handled a visit."}
        values.update(change)
        if values["user"] == "self":
            values["user"] = supervisor

        with pytest.raises(DomainError) as refused:
            observed_assessment_record(skill=skill, actor=supervisor, **values)

        assert refused.value.field == field
        assert not ObservedAssessment.objects.exists()

    def test_a_person_of_another_agency_cannot_be_observed(
        self, agency: Any, other_agency: Any, supervisor: Any
    ) -> None:
        skill = make_assessment(agency=agency).skill

        with pytest.raises(DomainError) as refused:
            observed_assessment_record(
                user=member(other_agency, Role.CASEWORKER),
                skill=skill,
                level=3,
                notes="Handled a visit.",
                actor=supervisor,
            )

        assert refused.value.field == "user"


# Pages ----------------------------------------------------------------------------------------


LIST = "/routing/assessments/"


def _take(assessment: Assessment) -> str:
    return f"/routing/assessments/{assessment.pk}/"


def _result(attempt: AssessmentAttempt) -> str:
    return f"/routing/assessments/attempts/{attempt.pk}/"


def _skills_page(person: Any) -> str:
    return f"/routing/people/{person.pk}/skills/"


def _posted(assessment: Assessment, given: dict[int, int]) -> dict[str, str]:
    return {question_field(pk): str(choice) for pk, choice in given.items()}


class TestTakingPages:
    def test_the_list_shows_the_agencys_open_assessments_with_level_and_last_attempt(
        self,
        agency: Any,
        other_agency: Any,
        assessment: Assessment,
        caseworker: Any,
        client_for: Any,
        django_assert_max_num_queries: Any,
    ) -> None:
        make_assessment(agency=other_agency, title="Foreign assessment")
        make_assessment(agency=agency, title="Closed assessment", is_active=False)
        make_assessment(agency=agency, title="Empty assessment", questions=0)
        make_assessment(agency=agency, title="Food premises basics")
        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=3)
        )
        client = client_for(caseworker)

        with django_assert_max_num_queries(20):
            response = client.get(LIST)

        page = response.content.decode()
        titles = {row.assessment.title for row in response.context["rows"]}
        assert titles == {assessment.title, "Food premises basics"}
        for absent in ("Foreign assessment", "Closed assessment", "Empty assessment"):
            assert absent not in page
        assert _result(attempt) in page
        assert "60%, level 2" in page
        assert "Again from" in page  # taken just now: the retake waits a day
        assert _take(assessment) not in page
        assert "Skills of" not in page  # the people list is for supervisors

    def test_the_take_page_shows_each_question_as_a_radio_group(
        self, assessment: Assessment, caseworker: Any, client_for: Any
    ) -> None:
        response = client_for(caseworker).get(_take(assessment))

        page = response.content.decode()
        assert response.status_code == 200
        assert page.count('<fieldset class="usa-fieldset"') == 5
        first = assessment.questions.order_by("order").first()
        assert first is not None
        assert f"Question 1: {first.text}</legend>" in page
        for choice in first.choices.all():
            assert f'name="{question_field(first.pk)}" value="{choice.pk}"' in page
        assert "40% or more" in page

    def test_submitting_shows_the_result_with_score_and_level(
        self, assessment: Assessment, caseworker: Any, client_for: Any
    ) -> None:
        client = client_for(caseworker)

        response = client.post(_take(assessment), _posted(assessment, answers(assessment, right=4)))

        attempt = AssessmentAttempt.objects.get(user=caseworker)
        assert response.status_code == 302
        assert response["Location"] == _result(attempt)
        result = client.get(_result(attempt)).content.decode()
        assert "4 of 5 right: 80%" in result
        assert "Passed at level 3." in result
        assert f"The level in {assessment.skill.name} is now 3." in result
        assert result.count(">Right<") == 4
        assert result.count(">Wrong<") == 1
        assert "Right answer" not in result  # the taker sees which were right, not the key
        assert "You can take it again from" in result

    def test_missing_answers_are_listed_on_top_and_the_chosen_ones_kept(
        self, assessment: Assessment, caseworker: Any, client_for: Any
    ) -> None:
        given = answers(assessment, right=5)
        questions = list(assessment.questions.order_by("order").prefetch_related("choices"))
        missing = questions[2]
        del given[missing.pk]

        response = client_for(caseworker).post(_take(assessment), _posted(assessment, given))

        page = response.content.decode()
        assert response.status_code == 400
        first_choice = missing.choices.order_by("order", "id").first()
        assert first_choice is not None
        anchor = f"question-{missing.pk}-choice-{first_choice.pk}"
        assert f'<a href="#{anchor}">Choose an answer to question 3.</a>' in page
        assert f'id="{anchor}"' in page
        assert f'aria-describedby="{question_field(missing.pk)}-error"' in page
        assert page.index('id="error-summary"') < page.index(f'action="{_take(assessment)}"')
        for pk, choice in given.items():
            assert f'name="{question_field(pk)}" value="{choice}" checked' in page
        assert not AssessmentAttempt.objects.exists()

    def test_junk_in_an_answer_counts_as_no_answer(
        self, assessment: Assessment, caseworker: Any, client_for: Any
    ) -> None:
        posted = _posted(assessment, answers(assessment, right=5))
        first = assessment.questions.order_by("order").first()
        assert first is not None
        posted[question_field(first.pk)] = "1 OR 1=1"

        response = client_for(caseworker).post(_take(assessment), posted)

        assert response.status_code == 400
        assert "Choose an answer to question 1." in response.content.decode()

    def test_the_take_page_during_the_retake_window_says_when_and_has_no_form(
        self, assessment: Assessment, caseworker: Any, client_for: Any
    ) -> None:
        assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=1)
        )
        client = client_for(caseworker)

        shown = client.get(_take(assessment)).content.decode()
        posted = client.post(_take(assessment), _posted(assessment, answers(assessment, right=5)))

        assert "You can take it again from" in shown
        assert '<form method="post" action="/routing/assessments/' not in shown
        assert posted.status_code == 400
        assert "You can take it again from" in posted.content.decode()
        assert AssessmentAttempt.objects.count() == 1

    def test_another_agencys_or_a_closed_assessment_is_not_found(
        self, agency: Any, other_agency: Any, caseworker: Any, client_for: Any
    ) -> None:
        foreign = make_assessment(agency=other_agency)
        closed = make_assessment(agency=agency, is_active=False)
        client = client_for(caseworker)

        for target in (foreign, closed):
            assert client.get(_take(target)).status_code == 404
            posted = client.post(_take(target), _posted(target, answers(target, right=5)))
            assert posted.status_code == 404
        assert not AssessmentAttempt.objects.exists()

    def test_a_result_is_seen_by_the_taker_and_the_agencys_supervisors_only(
        self,
        agency: Any,
        other_agency: Any,
        assessment: Assessment,
        caseworker: Any,
        supervisor: Any,
        client_for: Any,
    ) -> None:
        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=2)
        )
        colleague = member(agency, Role.CASEWORKER)
        foreign_supervisor = member(other_agency, Role.SUPERVISOR)

        assert client_for(colleague).get(_result(attempt)).status_code == 404
        assert client_for(foreign_supervisor).get(_result(attempt)).status_code == 404
        seen = client_for(supervisor).get(_result(attempt))
        assert seen.status_code == 200
        page = seen.content.decode()
        assert f"Taken by {caseworker.full_name}." in page
        assert "Right answer" in page  # supervisors see the key
        assert "Not passed." not in page

    def test_a_result_below_every_mark_says_not_passed(
        self, assessment: Assessment, caseworker: Any, client_for: Any
    ) -> None:
        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=1)
        )

        page = client_for(caseworker).get(_result(attempt)).content.decode()

        assert "Not passed." in page
        assert "The lowest pass mark is 40%." in page


class TestPersonSkillsPage:
    def test_a_supervisor_sees_levels_history_attempts_and_observations(
        self,
        agency: Any,
        assessment: Assessment,
        caseworker: Any,
        supervisor: Any,
        client_for: Any,
    ) -> None:
        attempt = assessment_submit(
            assessment=assessment, user=caseworker, answers=answers(assessment, right=3)
        )
        observed_assessment_record(
            user=caseworker,
            skill=assessment.skill,
            level=4,
            notes="Explained a permit refusal in Spanish.",
            actor=supervisor,
        )

        response = client_for(supervisor).get(_skills_page(caseworker))

        page = response.content.decode()
        assert response.status_code == 200
        assert f"Skills of {caseworker.full_name}" in page
        assert "Observed practical assessment" in page  # the current level's source
        assert "2 → 4" in page
        assert "— → 2" in page
        assert _result(attempt) in page
        assert "Explained a permit refusal in Spanish." in page
        assert page.count("Sam Supervisor") >= 2  # changed by, observed by

    def test_caseworkers_are_refused_and_other_agencies_people_not_found(
        self, other_agency: Any, caseworker: Any, supervisor: Any, client_for: Any
    ) -> None:
        outsider = member(other_agency, Role.CASEWORKER)

        assert client_for(caseworker).get(_skills_page(supervisor)).status_code == 403
        assert (
            client_for(caseworker).post(f"{_skills_page(supervisor)}level/", {}).status_code == 403
        )
        assert client_for(supervisor).get(_skills_page(outsider)).status_code == 404
        assert (
            client_for(supervisor).post(f"{_skills_page(outsider)}observed/", {}).status_code == 404
        )

    def test_a_supervisor_sets_a_level_and_removes_it(
        self, agency: Any, caseworker: Any, supervisor: Any, client_for: Any
    ) -> None:
        skill = make_assessment(agency=agency).skill
        client = client_for(supervisor)
        url = f"{_skills_page(caseworker)}level/"

        set_ = client.post(
            url, {"level-skill": skill.pk, "level-level": "4", "level-note": "Mentor"}
        )
        level = _level(caseworker, skill)
        removed = client.post(url, {"level-skill": skill.pk, "level-level": "remove"})

        assert set_.status_code == 302
        assert level is not None
        assert (level.level, level.source) == (4, SkillSource.SUPERVISOR)
        assert removed.status_code == 302
        assert _level(caseworker, skill) is None
        notes = list(SkillLevelChange.objects.order_by("id").values_list("note", "level_after"))
        assert notes == [("Mentor", 4), ("", None)]

    def test_an_observation_without_notes_is_shown_again_with_what_was_chosen(
        self, agency: Any, caseworker: Any, supervisor: Any, client_for: Any
    ) -> None:
        skill = make_assessment(agency=agency).skill
        url = f"{_skills_page(caseworker)}observed/"

        response = client_for(supervisor).post(
            url, {"observed-skill": skill.pk, "observed-level": "4", "observed-notes": " "}
        )

        page = response.content.decode()
        assert response.status_code == 400
        assert "The observed assessment was not recorded" in page
        assert 'id="observed-notes_error"' in page or 'id="id_observed-notes_error"' in page
        assert re.search(rf'<option value="{skill.pk}" selected\s*>{skill.name}<', page)
        assert re.search(r'<option value="4" selected\s*>Level 4<', page)
        assert not ObservedAssessment.objects.exists()

    def test_observing_yourself_is_refused_on_the_form(
        self, agency: Any, supervisor: Any, client_for: Any
    ) -> None:
        skill = make_assessment(agency=agency).skill

        response = client_for(supervisor).post(
            f"{_skills_page(supervisor)}observed/",
            {"observed-skill": skill.pk, "observed-level": "5", "observed-notes": "Me."},
        )

        assert response.status_code == 400
        assert "Someone else observes your practical assessment." in response.content.decode()

    def test_a_recorded_observation_redirects_to_the_page(
        self, agency: Any, caseworker: Any, supervisor: Any, client_for: Any
    ) -> None:
        skill = make_assessment(agency=agency).skill

        response = client_for(supervisor).post(
            f"{_skills_page(caseworker)}observed/",
            {
                "observed-skill": skill.pk,
                "observed-level": "3",
                "observed-notes": "Ran the counter alone.",
            },
        )

        assert response.status_code == 302
        assert response["Location"] == _skills_page(caseworker)
        assert ObservedAssessment.objects.get().level == 3

    def test_supervisors_find_their_teams_people_on_the_assessments_page(
        self, agency: Any, supervisor: Any, client_for: Any
    ) -> None:
        team = supervisor.memberships.get().team
        mine = member(agency, Role.CASEWORKER, full_name="Tess Teammate")
        mine.memberships.update(team=team)
        elsewhere = member(agency, Role.CASEWORKER, full_name="Otto Elsewhere")

        page = client_for(supervisor).get(LIST).content.decode()

        assert _skills_page(mine) in page
        assert _skills_page(elsewhere) not in page


# Demo -----------------------------------------------------------------------------------------


def test_the_demo_seeds_assessments_with_attempts_behind_earned_levels_once() -> None:
    backoffice_demo.seed(cases_per_agency=10)
    agencies = list(Agency.objects.filter(slug__in=["riverton-licensing", "state-shared-services"]))
    for agency in agencies:
        seed_assessments(agency=agency)
    counts = (
        Assessment.objects.count(),
        AssessmentAttempt.objects.count(),
        ObservedAssessment.objects.count(),
        SkillLevelChange.objects.count(),
    )

    for agency in agencies:
        seed_assessments(agency=agency)

    assert counts == (
        Assessment.objects.count(),
        AssessmentAttempt.objects.count(),
        ObservedAssessment.objects.count(),
        SkillLevelChange.objects.count(),
    )
    for agency in agencies:
        assessments = Assessment.objects.filter(agency=agency)
        assert 2 <= assessments.count() <= 3
        for assessment in assessments:
            assert 5 <= assessment.questions.count() <= 8
            assert assessment.marks()
    # Every level earned in an assessment has the attempt that earned it.
    earned = SkillLevelChange.objects.filter(source=SkillSource.ASSESSMENT)
    assert earned.exists()
    for change in earned:
        attempt = AssessmentAttempt.objects.filter(
            user=change.user_id,
            assessment__skill=change.skill_id,
            level_awarded=change.level_after,
        ).first()
        assert attempt is not None, change
        assert attempt.assessment.level_for(attempt.score) == change.level_after
    # A recent attempt that did not pass, and one below a level already held.
    assert AssessmentAttempt.objects.filter(level_awarded__isnull=True, score__lt=40).exists()
    assert AssessmentAttempt.objects.filter(
        level_awarded__isnull=True, level_before__gt=3, score__gte=75
    ).exists()
    # Every observed level has its observation.
    for change in SkillLevelChange.objects.filter(source=SkillSource.OBSERVED):
        assert ObservedAssessment.objects.filter(
            user=change.user_id, skill=change.skill_id, level=change.level_after
        ).exists()
