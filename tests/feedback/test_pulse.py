"""Employee pulse surveys: anonymous answers, once per person, and results that never show
(or let anyone subtract their way to) a group smaller than the minimum."""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connections
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from backoffice.errors import ConflictError, DomainError
from backoffice.models import AuditEvent, Role, User
from feedback.models import (
    Audience,
    Measure,
    PulseParticipation,
    PulseRound,
    Question,
    QuestionKind,
    SurveyAnswer,
    SurveyResponse,
)
from feedback.pulse_results import protect, round_results
from feedback.services.pulse import (
    TEXT_LIMIT,
    pulse_answer,
    pulse_round_close,
    pulse_round_open,
    question_field,
)

from ..backoffice.factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory
from ..conftest import member
from .factories import ChoiceFactory, QuestionFactory, SurveyFactory, pulse_survey

pytestmark = pytest.mark.django_db

HOUR = timedelta(hours=1)


@pytest.fixture
def manager(agency: Any) -> User:
    return member(agency, Role.MANAGER)


@pytest.fixture
def survey(agency: Any) -> Any:
    return pulse_survey(agency)


@pytest.fixture
def pulse_round(survey: Any, manager: User) -> PulseRound:
    now = timezone.now()
    return pulse_round_open(
        survey=survey, opens_at=now - HOUR, closes_at=now + timedelta(days=7), actor=manager
    )


def by_measure(survey: Any) -> dict[str, Question]:
    return {question.measure: question for question in survey.questions.all()}


def answers(
    survey: Any,
    *,
    workload: int | None = 4,
    tools: int | None = 3,
    support: int | None = 5,
    enps: int | None = 9,
    comment: str = "",
) -> dict[int, Any]:
    questions = by_measure(survey)
    given_values = {
        Measure.WORKLOAD: workload,
        Measure.TOOLS: tools,
        Measure.SUPPORT: support,
        Measure.ENPS: enps,
        Measure.COMMENT: comment,
    }
    return {
        questions[measure].pk: value
        for measure, value in given_values.items()
        if value not in (None, "") and measure in questions
    }


def staff_of(agency: Any, count: int, *, team: Any = None) -> list[Any]:
    """*count* caseworkers of *team* (or, without one, managers with no team)."""
    people = []
    for _ in range(count):
        user = UserFactory()
        role = Role.CASEWORKER if team is not None else Role.MANAGER
        MembershipFactory(user=user, agency=agency, team=team, role=role)
        people.append(user)
    return people


def close(pulse_round: PulseRound, manager: User) -> PulseRound:
    return pulse_round_close(pulse_round=pulse_round, actor=manager)


# Answers ---------------------------------------------------------------------------------------


def test_an_answer_keeps_the_round_the_team_and_the_day_but_never_the_person(
    agency: Any, survey: Any, pulse_round: PulseRound
) -> None:
    team = TeamFactory(agency=agency, name="Licensing")
    (person,) = staff_of(agency, 1, team=team)
    moment = datetime(2026, 3, 10, 15, 47, 12, tzinfo=agency.zone)
    PulseRound.objects.filter(pk=pulse_round.pk).update(
        opens_at=moment - HOUR, closes_at=moment + HOUR
    )
    pulse_round.refresh_from_db()

    response = pulse_answer(
        pulse_round=pulse_round,
        user=person,
        answers=answers(survey, comment="Too many forms"),
        now=moment,
    )

    response.refresh_from_db()
    assert response.pulse_round_id == pulse_round.pk
    assert response.team_id == team.pk
    assert response.collected_via == "pulse"
    assert response.agency_id == agency.pk
    # Midnight of the day in the agency's time zone: the time of day is gone.
    assert timezone.localtime(response.submitted_at, agency.zone) == datetime(
        2026, 3, 10, 0, 0, tzinfo=agency.zone
    )
    assert (response.case_id, response.invitation_id, response.entered_by_id) == (None, None, None)
    stored = {a.question.measure: (a.number, a.text) for a in response.answers.all()}
    assert stored[Measure.WORKLOAD] == (4, "")
    assert stored[Measure.COMMENT] == (None, "Too many forms")
    assert PulseParticipation.objects.filter(round=pulse_round, user=person).count() == 1


def test_no_column_of_a_pulse_response_or_its_answers_links_a_person(
    agency: Any, survey: Any, pulse_round: PulseRound
) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    audit_before = AuditEvent.objects.count()

    response = pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey))

    rows = [(SurveyResponse, response), *((SurveyAnswer, a) for a in response.answers.all())]
    for model, row in rows:
        people_columns = [
            field
            for field in model._meta.concrete_fields
            if field.is_relation and field.related_model is User
        ]
        # Only the staff member who typed in a phone answer could be named: never here.
        assert [f.name for f in people_columns] == (
            ["entered_by"] if model is SurveyResponse else []
        )
        assert all(getattr(row, f.attname) is None for f in people_columns)
    # The participation row says only that the person took part, not what they said.
    participation_links = {
        f.related_model for f in PulseParticipation._meta.concrete_fields if f.is_relation
    }
    assert participation_links == {PulseRound, User}
    # And no audit row records the moment someone answered.
    assert AuditEvent.objects.count() == audit_before


def test_someone_without_a_team_counts_under_no_team(
    agency: Any, survey: Any, pulse_round: PulseRound, manager: User
) -> None:
    response = pulse_answer(pulse_round=pulse_round, user=manager, answers=answers(survey))

    assert response.team_id is None


def test_a_second_answer_from_the_same_person_is_refused_and_changes_nothing(
    agency: Any, survey: Any, pulse_round: PulseRound
) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey))

    with pytest.raises(ConflictError, match="already answered"):
        pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey, tools=1))

    assert SurveyResponse.objects.filter(pulse_round=pulse_round).count() == 1
    assert SurveyAnswer.objects.filter(response__pulse_round=pulse_round, number=1).count() == 0


@pytest.mark.django_db(transaction=True)
def test_two_answers_sent_at_once_by_one_person_keep_exactly_one() -> None:
    agency = AgencyFactory()
    survey = pulse_survey(agency)
    manager = member(agency, Role.MANAGER)
    now = timezone.now()
    pulse_round = pulse_round_open(
        survey=survey, opens_at=now - HOUR, closes_at=now + HOUR, actor=manager
    )
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    start = threading.Barrier(4)
    outcomes: list[str] = []

    def send() -> None:
        try:
            start.wait(timeout=30)
            pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey))
            outcomes.append("kept")
        except ConflictError:
            outcomes.append("refused")
        except BaseException as error:  # reported below, not lost in the thread
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["kept", "refused", "refused", "refused"]
    assert SurveyResponse.objects.filter(pulse_round=pulse_round).count() == 1
    assert PulseParticipation.objects.filter(round=pulse_round).count() == 1
    assert SurveyAnswer.objects.filter(response__pulse_round=pulse_round).count() == 4


@pytest.mark.parametrize(
    ("measure", "value", "message"),
    [
        (Measure.WORKLOAD, 6, "Choose a whole number from 1 to 5."),
        (Measure.WORKLOAD, 0, "Choose a whole number from 1 to 5."),
        (Measure.WORKLOAD, "4", "Choose a whole number from 1 to 5."),
        (Measure.ENPS, 11, "Choose a whole number from 0 to 10."),
        (Measure.ENPS, -1, "Choose a whole number from 0 to 10."),
        (Measure.COMMENT, "x" * (TEXT_LIMIT + 1), "Keep your answer to 2000 characters"),
    ],
)
def test_answers_are_checked_like_any_survey_and_nothing_is_kept_when_refused(
    agency: Any, survey: Any, pulse_round: PulseRound, measure: str, value: Any, message: str
) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    question = by_measure(survey)[measure]
    given_answers = {**answers(survey), question.pk: value}

    with pytest.raises(DomainError) as refused:
        pulse_answer(pulse_round=pulse_round, user=person, answers=given_answers)

    assert message in refused.value.errors[question_field(question.pk)][0]
    assert not PulseParticipation.objects.filter(round=pulse_round).exists()
    assert not SurveyResponse.objects.filter(pulse_round=pulse_round).exists()


def test_choices_must_be_the_questions_own_and_required_questions_answered(
    agency: Any, survey: Any, pulse_round: PulseRound
) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    single = QuestionFactory(survey=survey, kind=QuestionKind.SINGLE, required=True, position=9)
    ChoiceFactory(question=single, value="remote")
    ChoiceFactory(question=single, value="office")
    many = QuestionFactory(survey=survey, kind=QuestionKind.MULTIPLE, position=10)
    ChoiceFactory(question=many, value="email")
    ChoiceFactory(question=many, value="phone")

    with pytest.raises(DomainError) as refused:
        pulse_answer(
            pulse_round=pulse_round,
            user=person,
            answers={**answers(survey), many.pk: ["email", "fax"]},
        )
    assert refused.value.errors == {
        question_field(single.pk): ["Answer this question."],
        question_field(many.pk): ["Choose from the answers listed."],
    }

    response = pulse_answer(
        pulse_round=pulse_round,
        user=person,
        answers={**answers(survey), single.pk: "office", many.pk: ["phone", "email"]},
    )
    kept = {a.question_id: a.choices for a in response.answers.all()}
    assert kept[single.pk] == ["office"]
    assert kept[many.pk] == ["email", "phone"]


def test_an_empty_answer_is_refused(agency: Any, pulse_round: PulseRound) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))

    with pytest.raises(DomainError, match="Answer at least one question"):
        pulse_answer(pulse_round=pulse_round, user=person, answers={})


def test_only_staff_of_the_rounds_agency_answer(
    survey: Any, pulse_round: PulseRound, other_agency: Any
) -> None:
    outsider = member(other_agency, Role.CASEWORKER)

    with pytest.raises(DomainError) as refused:
        pulse_answer(pulse_round=pulse_round, user=outsider, answers=answers(survey))

    assert refused.value.code == "forbidden"
    assert not SurveyResponse.objects.filter(pulse_round=pulse_round).exists()


def test_a_round_takes_answers_only_while_it_is_open(
    agency: Any, survey: Any, pulse_round: PulseRound
) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))

    with pytest.raises(ConflictError, match="not open"):
        pulse_answer(
            pulse_round=pulse_round,
            user=person,
            answers=answers(survey),
            now=pulse_round.opens_at - timedelta(seconds=1),
        )
    with pytest.raises(ConflictError, match="not open"):
        pulse_answer(
            pulse_round=pulse_round,
            user=person,
            answers=answers(survey),
            now=pulse_round.closes_at,
        )
    assert not PulseParticipation.objects.exists()


# Rounds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.SUPERVISOR])
def test_only_managers_and_administrators_open_rounds(agency: Any, survey: Any, role: str) -> None:
    now = timezone.now()
    with pytest.raises(DomainError) as refused:
        pulse_round_open(
            survey=survey, opens_at=now, closes_at=now + HOUR, actor=member(agency, role)
        )
    assert refused.value.code == "forbidden"

    opened = pulse_round_open(
        survey=survey, opens_at=now, closes_at=now + HOUR, actor=member(agency, Role.ADMINISTRATOR)
    )
    assert opened.agency_id == agency.pk


def test_a_manager_of_another_agency_cannot_open_a_round(survey: Any, other_agency: Any) -> None:
    now = timezone.now()
    with pytest.raises(DomainError):
        pulse_round_open(
            survey=survey,
            opens_at=now,
            closes_at=now + HOUR,
            actor=member(other_agency, Role.MANAGER),
        )
    assert not PulseRound.objects.exists()


def test_only_an_employee_survey_with_questions_is_sent_as_a_round(
    agency: Any, manager: User
) -> None:
    now = timezone.now()
    citizens = SurveyFactory(agency=agency, audience=Audience.CUSTOMER)
    QuestionFactory(survey=citizens)
    empty = SurveyFactory(agency=agency, audience=Audience.EMPLOYEE)

    with pytest.raises(DomainError, match="Only employee surveys") as refused:
        pulse_round_open(survey=citizens, opens_at=now, closes_at=now + HOUR, actor=manager)
    assert refused.value.field == "survey"
    with pytest.raises(DomainError, match="no questions"):
        pulse_round_open(survey=empty, opens_at=now, closes_at=now + HOUR, actor=manager)


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [
        (timedelta(0), timedelta(0), "must close after it opens"),
        (HOUR, timedelta(0), "must close after it opens"),
        (-2 * HOUR, -HOUR, "already passed"),
    ],
)
def test_a_round_closes_after_it_opens_and_in_the_future(
    survey: Any, manager: User, opens: timedelta, closes: timedelta, message: str
) -> None:
    now = timezone.now()
    with pytest.raises(DomainError, match=message) as refused:
        pulse_round_open(
            survey=survey, opens_at=now + opens, closes_at=now + closes, actor=manager, now=now
        )
    assert refused.value.field == "closes_at"


def test_a_survey_has_at_most_one_round_at_a_time(
    survey: Any, manager: User, pulse_round: PulseRound
) -> None:
    with pytest.raises(DomainError, match="already has a round"):
        pulse_round_open(
            survey=survey,
            opens_at=pulse_round.closes_at - HOUR,
            closes_at=pulse_round.closes_at + HOUR,
            actor=manager,
        )
    # One that starts as the other ends does not overlap.
    later = pulse_round_open(
        survey=survey,
        opens_at=pulse_round.closes_at,
        closes_at=pulse_round.closes_at + HOUR,
        actor=manager,
    )
    # Another survey is not affected.
    other = pulse_round_open(
        survey=pulse_survey(survey.agency, name="Second pulse"),
        opens_at=pulse_round.opens_at,
        closes_at=pulse_round.closes_at,
        actor=manager,
    )
    assert {later.survey_id, other.survey_id} == {survey.pk, other.survey_id}


def test_closing_a_round_ends_it_now_is_audited_and_cannot_be_repeated(
    agency: Any, survey: Any, manager: User, pulse_round: PulseRound
) -> None:
    before = timezone.now()
    closed = close(pulse_round, manager)

    assert before <= closed.closes_at <= timezone.now()
    assert list(
        AuditEvent.objects.filter(agency=agency, action__startswith="pulse.").values_list(
            "action", flat=True
        )
    ) == ["pulse.round_close", "pulse.round_open"]
    with pytest.raises(ConflictError, match="already closed"):
        close(closed, manager)
    # Once closed, the survey may run another round.
    now = timezone.now()
    pulse_round_open(survey=survey, opens_at=now, closes_at=now + HOUR, actor=manager)


def test_closing_a_round_that_has_not_opened_means_it_never_opens(
    survey: Any, manager: User
) -> None:
    now = timezone.now()
    scheduled = pulse_round_open(
        survey=survey, opens_at=now + HOUR, closes_at=now + 2 * HOUR, actor=manager
    )

    closed = close(scheduled, manager)

    assert closed.closes_at == closed.opens_at


def test_a_caseworker_cannot_close_a_round(agency: Any, pulse_round: PulseRound) -> None:
    with pytest.raises(DomainError):
        close(pulse_round, member(agency, Role.CASEWORKER))
    pulse_round.refresh_from_db()
    assert pulse_round.closes_at > timezone.now()


# Results ---------------------------------------------------------------------------------------


def answered_round(
    agency: Any, manager: User, teams: dict[str, int], *, comments: bool = False
) -> PulseRound:
    """A closed round answered by teams of the given sizes ("" for people without a team)."""
    survey = pulse_survey(agency, name=f"Pulse {PulseRound.objects.count()}")
    now = timezone.now()
    pulse_round = pulse_round_open(
        survey=survey, opens_at=now - HOUR, closes_at=now + HOUR, actor=manager
    )
    for name, size in teams.items():
        team = TeamFactory(agency=agency, name=name) if name else None
        for index, person in enumerate(staff_of(agency, size, team=team)):
            comment = f"Comment {index} from {name or 'nobody'}" if comments else ""
            pulse_answer(
                pulse_round=pulse_round,
                user=person,
                answers=answers(survey, workload=1 + index % 5, enps=index % 11, comment=comment),
            )
    return close(pulse_round, manager)


def group_view(results: Any) -> dict[str, Any]:
    """Each group's respondents as shown, or its note when hidden."""
    return {row.label: row.respondents if row.shown else row.note for row in results.groups}


def question_view(results: Any, measure: str) -> dict[str, Any]:
    (item,) = [q for q in results.questions if q.question.measure == measure]
    return {row.label: row.answers if row.shown else row.note for row in item.rows}


def test_with_four_respondents_nothing_is_shown(agency: Any, manager: User) -> None:
    results = round_results(pulse_round=answered_round(agency, manager, {"Licensing": 4}))

    assert results.respondents == 4
    assert not results.shown
    assert results.questions == []
    assert results.groups == []
    assert "Fewer than 5 people answered" in results.note


def test_with_five_respondents_in_one_team_the_agency_and_the_team_are_shown(
    agency: Any, manager: User
) -> None:
    results = round_results(pulse_round=answered_round(agency, manager, {"Licensing": 5}))

    assert results.shown
    assert group_view(results) == {"Whole agency": 5, "Licensing": 5}
    assert question_view(results, Measure.WORKLOAD) == {"Whole agency": 5, "Licensing": 5}


def test_a_team_of_four_is_hidden_while_its_answers_count_for_the_agency(
    agency: Any, manager: User
) -> None:
    results = round_results(
        pulse_round=answered_round(agency, manager, {"Licensing": 5, "Permits": 4, "Parks": 1})
    )

    assert group_view(results) == {
        "Whole agency": 10,
        "Licensing": 5,
        "Other teams, combined": 5,
        "Parks": "fewer than 5 respondents: not shown",
        "Permits": "fewer than 5 respondents: not shown",
    }
    assert question_view(results, Measure.ENPS) == {
        "Whole agency": 10,
        "Licensing": 5,
        "Other teams, combined": 5,
        "Parks": "fewer than 5 answers: not shown",
        "Permits": "fewer than 5 answers: not shown",
    }


def test_a_single_small_team_cannot_be_found_by_subtracting_the_others_from_the_total(
    agency: Any, manager: User
) -> None:
    # Agency 10 minus Licensing 6 would give Permits' 4: Licensing is hidden as well.
    results = round_results(
        pulse_round=answered_round(agency, manager, {"Licensing": 6, "Permits": 4})
    )

    assert group_view(results) == {
        "Whole agency": 10,
        "Licensing": "not shown, so that smaller teams cannot be worked out from the total",
        "Permits": "fewer than 5 respondents: not shown",
    }
    rows = question_view(results, Measure.WORKLOAD)
    assert rows["Whole agency"] == 10
    assert not any(
        isinstance(value, int) for label, value in rows.items() if label != "Whole agency"
    )


def test_people_without_a_team_are_a_group_that_subtraction_cannot_reveal(
    agency: Any, manager: User
) -> None:
    results = round_results(
        pulse_round=answered_round(agency, manager, {"Licensing": 5, "Permits": 5, "": 2})
    )

    shown = group_view(results)
    assert shown["No team"] == "fewer than 5 respondents: not shown"
    teams_shown = [
        count
        for label, count in shown.items()
        if isinstance(count, int) and label not in ("Whole agency", "Other teams, combined")
    ]
    assert teams_shown == [5]
    assert shown["Other teams, combined"] == 12 - 5


def test_a_team_with_fewer_than_five_answers_to_one_question_is_hidden_for_it(
    agency: Any, manager: User
) -> None:
    survey = pulse_survey(agency)
    now = timezone.now()
    pulse_round = pulse_round_open(
        survey=survey, opens_at=now - HOUR, closes_at=now + HOUR, actor=manager
    )
    licensing, permits = (
        TeamFactory(agency=agency, name="Licensing"),
        TeamFactory(agency=agency, name="Permits"),
    )
    for index, person in enumerate(staff_of(agency, 6, team=licensing)):
        tools = 4 if index < 4 else None  # two people skip the tools question
        pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey, tools=tools))
    for person in staff_of(agency, 6, team=permits):
        pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey, tools=2))
    results = round_results(pulse_round=close(pulse_round, manager))

    assert group_view(results) == {"Whole agency": 12, "Licensing": 6, "Permits": 6}
    assert question_view(results, Measure.TOOLS) == {
        "Whole agency": 10,
        "Licensing": "fewer than 5 answers: not shown",
        "Permits": "not shown, so that smaller teams cannot be worked out from the total",
    }
    assert question_view(results, Measure.WORKLOAD) == {
        "Whole agency": 12,
        "Licensing": 6,
        "Permits": 6,
    }


def test_the_minimum_group_comes_from_the_settings(
    agency: Any, manager: User, settings: Any
) -> None:
    settings.FEEDBACK_PULSE_MIN_GROUP = 3
    results = round_results(pulse_round=answered_round(agency, manager, {"Licensing": 3}))

    assert results.shown
    assert group_view(results) == {"Whole agency": 3, "Licensing": 3}


@given(
    counts=st.dictionaries(st.integers(0, 30), st.integers(0, 40), max_size=8),
    minimum=st.integers(1, 10),
    forced=st.sets(st.integers(0, 30), max_size=3),
)
def test_no_group_below_the_minimum_is_shown_or_left_to_subtraction(
    counts: dict[int, int], minimum: int, forced: set[int]
) -> None:
    cells = protect(counts, minimum=minimum, hidden=forced)
    total = sum(counts.values())

    if total < minimum:
        assert cells.shown == []
        assert not cells.rest_shown
        return
    assert all(counts[key] >= minimum for key in cells.shown)
    assert not set(cells.shown) & forced
    assert set(cells.shown) | set(cells.hidden) == set(counts)
    # What the total minus the groups shown reveals is nothing or a group large enough.
    assert cells.rest == 0 or cells.rest >= minimum


def test_means_distributions_and_enps_are_computed_for_the_agency(
    agency: Any, manager: User
) -> None:
    survey = pulse_survey(agency)
    now = timezone.now()
    pulse_round = pulse_round_open(
        survey=survey, opens_at=now - HOUR, closes_at=now + HOUR, actor=manager
    )
    people = staff_of(agency, 5, team=TeamFactory(agency=agency))
    for person, workload, enps in zip(people, [5, 4, 4, 2, 1], [10, 9, 9, 8, 3], strict=True):
        pulse_answer(
            pulse_round=pulse_round,
            user=person,
            answers=answers(survey, workload=workload, enps=enps),
        )
    results = round_results(pulse_round=close(pulse_round, manager))

    workload_result = next(q for q in results.questions if q.question.measure == Measure.WORKLOAD)
    agency_row = workload_result.rows[0]
    assert agency_row.mean == 3.2
    assert [bar.count for bar in agency_row.bars] == [1, 1, 0, 2, 1]
    assert [bar.percent for bar in agency_row.bars] == [20, 20, 0, 40, 20]
    assert agency_row.enps is None
    enps_row = next(q for q in results.questions if q.question.measure == Measure.ENPS).rows[0]
    # 3 promoters (9-10) and 1 detractor (0-6) of 5: 60% - 20%.
    assert enps_row.enps == 40
    assert enps_row.mean == 7.8


def test_nothing_is_shown_while_the_round_is_open(
    agency: Any, survey: Any, pulse_round: PulseRound
) -> None:
    for person in staff_of(agency, 6, team=TeamFactory(agency=agency)):
        pulse_answer(pulse_round=pulse_round, user=person, answers=answers(survey))

    results = round_results(pulse_round=pulse_round)

    assert results.state == "open"
    assert not results.shown
    assert results.questions == []
    assert "when the round closes" in results.note


def test_comments_are_shown_for_the_agency_only_in_random_order(agency: Any, manager: User) -> None:
    pulse_round = answered_round(agency, manager, {"Licensing": 6}, comments=True)
    written = [f"Comment {index} from Licensing" for index in range(6)]

    orders = []
    for _ in range(6):
        results = round_results(pulse_round=pulse_round)
        (comment,) = [q for q in results.questions if q.is_text]
        assert sorted(comment.comments) == sorted(written)
        orders.append(tuple(comment.comments))

    assert len(set(orders)) > 1, "comments came out in the same order every time"
    assert all(isinstance(text, str) for text in comment.comments)


def test_comments_are_not_shown_below_five_people(agency: Any, manager: User) -> None:
    results = round_results(
        pulse_round=answered_round(agency, manager, {"Licensing": 4}, comments=True)
    )

    assert all(not q.comments for q in results.questions)


# Pages -----------------------------------------------------------------------------------------


def test_a_caseworker_sees_the_open_round_answers_it_and_is_thanked_once(
    agency: Any, survey: Any, pulse_round: PulseRound, client_for: Any
) -> None:
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    client = client_for(person)
    home = client.get(reverse("pulse_home"))
    assert "Pulse survey — 2 minutes, anonymous" in home.content.decode()

    page = client.get(reverse("pulse_answer", args=[pulse_round.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "<legend" in html
    assert "My workload is manageable." in html

    questions = by_measure(survey)
    data = {
        question_field(questions[Measure.WORKLOAD].pk): "4",
        question_field(questions[Measure.ENPS].pk): "10",
        question_field(questions[Measure.COMMENT].pk): "More quiet rooms",
    }
    sent = client.post(reverse("pulse_answer", args=[pulse_round.pk]), data)
    assert sent.status_code == 302
    assert sent["Location"] == reverse("pulse_thanks", args=[pulse_round.pk])
    assert "Thank you" in client.get(sent["Location"]).content.decode()

    again = client.post(reverse("pulse_answer", args=[pulse_round.pk]), data)
    assert "You have already answered" in again.content.decode()
    assert SurveyResponse.objects.filter(pulse_round=pulse_round).count() == 1
    assert (
        "No pulse survey is waiting for you" in client.get(reverse("pulse_home")).content.decode()
    )


def test_a_refused_answer_is_shown_again_with_an_error_summary_and_the_answers_kept(
    agency: Any, survey: Any, pulse_round: PulseRound, client_for: Any
) -> None:
    questions = by_measure(survey)
    Question.objects.filter(pk=questions[Measure.TOOLS].pk).update(required=True)
    (person,) = staff_of(agency, 1, team=TeamFactory(agency=agency))
    workload = question_field(questions[Measure.WORKLOAD].pk)
    tools = question_field(questions[Measure.TOOLS].pk)

    page = client_for(person).post(reverse("pulse_answer", args=[pulse_round.pk]), {workload: "2"})

    assert page.status_code == 400
    html = page.content.decode()
    assert "Your answers were not sent" in html
    assert f'href="#id_{tools}_0"' in html
    assert "My tools help me do my job.: Answer this question." in html
    assert re.search(rf'name="{workload}"[^>]*value="2"[^>]*checked', html)
    assert not PulseParticipation.objects.exists()


def test_a_manager_opens_a_round_with_times_in_the_agency_time_zone(
    agency: Any, survey: Any, manager: User, client_for: Any
) -> None:
    next_year = timezone.now().year + 1
    sent = client_for(manager).post(
        reverse("pulse_round_new"),
        {
            "survey": survey.pk,
            "opens_at": f"{next_year}-01-10T09:00",
            "closes_at": f"{next_year}-01-17T17:00",
        },
    )

    assert sent.status_code == 302
    opened = PulseRound.objects.get(survey=survey)
    assert timezone.localtime(opened.opens_at, agency.zone).replace(tzinfo=None) == datetime(
        next_year, 1, 10, 9, 0
    )


def test_the_round_form_shows_the_services_refusal_on_its_field(
    survey: Any, manager: User, client_for: Any
) -> None:
    page = client_for(manager).post(
        reverse("pulse_round_new"),
        {"survey": survey.pk, "opens_at": "2030-01-10T09:00", "closes_at": "2030-01-09T09:00"},
    )

    assert page.status_code == 400
    assert "The round must close after it opens." in page.content.decode()


def test_caseworkers_cannot_run_rounds_or_read_results(
    agency: Any, pulse_round: PulseRound, client_for: Any
) -> None:
    client = client_for(member(agency, Role.CASEWORKER))

    assert client.get(reverse("pulse_rounds")).status_code == 403
    assert client.get(reverse("pulse_round_new")).status_code == 403
    assert client.get(reverse("pulse_results", args=[pulse_round.pk])).status_code == 403
    assert client.post(reverse("pulse_round_close", args=[pulse_round.pk])).status_code == 403


def test_a_round_of_another_agency_is_a_404(
    pulse_round: PulseRound, other_agency: Any, client_for: Any
) -> None:
    outsider_manager = client_for(member(other_agency, Role.MANAGER))

    assert outsider_manager.get(reverse("pulse_answer", args=[pulse_round.pk])).status_code == 404
    assert outsider_manager.get(reverse("pulse_results", args=[pulse_round.pk])).status_code == 404
    assert (
        outsider_manager.post(reverse("pulse_round_close", args=[pulse_round.pk])).status_code
        == 404
    )


def test_the_results_page_names_what_is_hidden_and_why(
    agency: Any, manager: User, client_for: Any
) -> None:
    pulse_round = answered_round(
        agency, manager, {"Licensing": 5, "Permits": 4, "Parks": 1}, comments=True
    )

    page = client_for(manager).get(reverse("pulse_results", args=[pulse_round.pk]))

    html = page.content.decode()
    assert page.status_code == 200
    assert "fewer than 5 answers: not shown" in html
    assert "Other teams, combined" in html
    assert "Comment 0 from Parks" in html  # counted, and shown, for the whole agency
    assert "eNPS" in html
