"""Recording answers: every answer fits its question, and each way in keeps its own rules."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Role
from cases.models import CaseStatus, Channel
from feedback.models import (
    CollectedVia,
    InvitationStatus,
    QuestionKind,
    SurveyAnswer,
    SurveyResponse,
)
from feedback.services.responses import TEXT_LIMIT, answer_field, response_submit

from ..backoffice.factories import TeamFactory
from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from .factories import (
    ChoiceFactory,
    OfficeFactory,
    QuestionFactory,
    SurveyFactory,
    SurveyServiceFactory,
    a11_like_survey,
    sent_invitation,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_kind(agency: Any) -> Any:
    """A survey with one question of every kind, the single choice required."""
    survey = SurveyFactory(agency=agency)
    SurveyServiceFactory(survey=survey)
    questions = {
        kind: QuestionFactory(survey=survey, kind=kind, required=kind == QuestionKind.SINGLE)
        for kind in QuestionKind.values
    }
    for kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        for value in ("red", "green", "blue"):
            ChoiceFactory(question=questions[kind], value=value, label=value.title())
    survey.by_kind = questions
    return survey


def _submit_link(survey: Any, invitation: Any, answers: dict[int, object], **extra: Any) -> Any:
    return response_submit(
        survey=survey,
        answers=answers,
        collected_via=CollectedVia.LINK,
        language=extra.pop("language", "en"),
        invitation=invitation,
        **extra,
    )


def _ids(survey: Any, **by_kind: object) -> dict[int, object]:
    return {survey.by_kind[kind].pk: value for kind, value in by_kind.items()}


def _refusal(survey: Any, invitation: Any, answers: dict[int, object]) -> dict[str, list[str]]:
    with pytest.raises(DomainError) as caught:
        _submit_link(survey, invitation, answers)
    assert SurveyResponse.objects.count() == 0
    return caught.value.errors


def test_every_kind_of_answer_is_stored_in_its_column(every_kind: Any) -> None:
    invitation = sent_invitation(every_kind)
    answers = _ids(
        every_kind,
        agreement=4,
        thumbs="0",
        nps=10,
        effort="1",
        single="green",
        multiple=["blue", "red"],
        text="  Quick and kind.  ",
    )
    response = _submit_link(every_kind, invitation, answers)
    stored = {a.question.kind: a for a in response.answers.select_related("question")}
    assert stored["agreement"].number == 4
    assert stored["thumbs"].number == 0
    assert stored["nps"].number == 10
    assert stored["effort"].number == 1
    assert stored["single"].choices == ["green"]
    # Kept in the question's own order, whatever order they were ticked in.
    assert stored["multiple"].choices == ["red", "blue"]
    assert stored["text"].text == "Quick and kind."


def test_blank_optional_questions_are_left_out(every_kind: Any) -> None:
    invitation = sent_invitation(every_kind)
    response = _submit_link(
        every_kind, invitation, _ids(every_kind, single="red", text="   ", multiple=[])
    )
    assert [a.question.kind for a in response.answers.all()] == ["single"]


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("agreement", 0),
        ("agreement", 6),
        ("agreement", "five"),
        ("agreement", True),
        ("agreement", 3.5),
        ("thumbs", 2),
        ("nps", -1),
        ("nps", 11),
        ("effort", 0),
        ("effort", 8),
        ("multiple", ["red", "purple"]),
        ("multiple", "purple"),
        ("multiple", [1]),
        ("text", "x" * (TEXT_LIMIT + 1)),
        ("text", 12),
    ],
)
def test_an_answer_that_does_not_fit_its_question_is_refused_by_name(
    every_kind: Any, kind: str, value: object
) -> None:
    invitation = sent_invitation(every_kind)
    errors = _refusal(every_kind, invitation, _ids(every_kind, single="red", **{kind: value}))
    assert list(errors) == [answer_field(every_kind.by_kind[kind].pk)]
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT


@pytest.mark.parametrize("value", ["purple", ["red", "green"], ""])
def test_a_single_choice_takes_exactly_one_offered_value(every_kind: Any, value: object) -> None:
    invitation = sent_invitation(every_kind)
    errors = _refusal(every_kind, invitation, _ids(every_kind, single=value))
    assert list(errors) == [answer_field(every_kind.by_kind["single"].pk)]


def test_a_text_of_exactly_the_limit_is_accepted(every_kind: Any) -> None:
    invitation = sent_invitation(every_kind)
    response = _submit_link(
        every_kind, invitation, _ids(every_kind, single="red", text="y" * TEXT_LIMIT)
    )
    assert len(response.answers.get(question__kind="text").text) == TEXT_LIMIT


def test_a_missing_required_answer_and_a_bad_one_are_both_named(every_kind: Any) -> None:
    invitation = sent_invitation(every_kind)
    errors = _refusal(every_kind, invitation, _ids(every_kind, nps=12))
    assert set(errors) == {
        answer_field(every_kind.by_kind["single"].pk),
        answer_field(every_kind.by_kind["nps"].pk),
    }
    assert errors[answer_field(every_kind.by_kind["single"].pk)] == ["Answer this question."]


def test_answers_to_questions_of_another_survey_are_refused(every_kind: Any) -> None:
    invitation = sent_invitation(every_kind)
    stranger = QuestionFactory()
    with pytest.raises(DomainError, match="not in this survey"):
        _submit_link(every_kind, invitation, {**_ids(every_kind, single="red"), stranger.pk: 3})
    assert SurveyAnswer.objects.count() == 0


# From an emailed link -----------------------------------------------------------------------


def test_a_link_answer_keeps_case_service_channel_team_and_marks_the_invitation(
    agency: Any,
) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey, channel=Channel.WEB)
    case = invitation.case
    now = timezone.now()
    trust = survey.questions.get(measure="trust")
    response = _submit_link(survey, invitation, {trust.pk: 5}, language="es", now=now)
    assert (response.agency, response.case, response.service) == (agency, case, case.service)
    assert (response.channel, response.team, response.office) == (Channel.WEB, case.team, None)
    assert (response.collected_via, response.language) == (CollectedVia.LINK, "es")
    assert response.submitted_at == now
    assert response.entered_by is None
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ANSWERED
    assert invitation.answered_at == now
    assert invitation.response == response


def test_a_link_answers_once(agency: Any) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    _submit_link(survey, invitation, {})
    with pytest.raises(DomainError, match="already been answered") as caught:
        _submit_link(survey, invitation, {})
    assert caught.value.code == "conflict"
    assert SurveyResponse.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"expires_at": timezone.now() - timedelta(minutes=1)}, "expired"),
        ({"status": InvitationStatus.EXPIRED}, "expired"),
        ({"status": InvitationStatus.PENDING}, "invalid"),
        ({"status": InvitationStatus.SKIPPED}, "invalid"),
    ],
)
def test_a_link_that_is_expired_or_never_sent_records_nothing(
    agency: Any, change: dict[str, object], code: str
) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    type(invitation).objects.filter(pk=invitation.pk).update(**change)
    with pytest.raises(DomainError) as caught:
        _submit_link(survey, invitation, {})
    assert caught.value.code == code
    assert SurveyResponse.objects.count() == 0
    invitation.refresh_from_db()
    assert invitation.answered_at is None


def test_an_inactive_survey_takes_no_answers(agency: Any) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    survey.is_active = False
    survey.save()
    with pytest.raises(DomainError, match="closed"):
        _submit_link(survey, invitation, {})
    assert SurveyResponse.objects.count() == 0


def test_an_invitation_answers_only_its_own_survey(agency: Any) -> None:
    survey = a11_like_survey(agency=agency)
    other = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    with pytest.raises(DomainError, match="another survey"):
        _submit_link(other, invitation, {})
    assert SurveyResponse.objects.count() == 0


def test_a_language_other_than_english_or_spanish_is_refused(agency: Any) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    with pytest.raises(DomainError) as caught:
        _submit_link(survey, invitation, {}, language="fr")
    assert list(caught.value.errors) == ["language"]


# From an office QR code ---------------------------------------------------------------------


def _submit_qr(survey: Any, **where: Any) -> Any:
    return response_submit(
        survey=survey, answers={}, collected_via=CollectedVia.QR, language="en", **where
    )


def test_an_office_answer_is_anonymous_in_person_and_counts_for_the_office_team(
    agency: Any,
) -> None:
    survey = a11_like_survey(agency=agency)
    service = survey.service_links.get().service
    office = OfficeFactory(agency=agency, team=TeamFactory(agency=agency))
    response = _submit_qr(survey, office=office, service=service)
    assert (response.office, response.service, response.team) == (office, service, office.team)
    assert (response.channel, response.collected_via) == (Channel.IN_PERSON, CollectedVia.QR)
    assert response.case is None
    assert response.invitation is None


def test_an_office_answer_needs_an_active_office_of_the_agency_and_a_covered_service(
    agency: Any, other_agency: Any
) -> None:
    survey = a11_like_survey(agency=agency)
    service = survey.service_links.get().service
    with pytest.raises(DomainError, match="no longer collects"):
        _submit_qr(survey, office=OfficeFactory(agency=other_agency), service=service)
    with pytest.raises(DomainError, match="no longer collects"):
        _submit_qr(survey, office=OfficeFactory(agency=agency, is_active=False), service=service)
    with pytest.raises(DomainError, match="does not cover"):
        _submit_qr(
            survey, office=OfficeFactory(agency=agency), service=ServiceFactory(agency=agency)
        )
    with pytest.raises(DomainError, match="needs the office"):
        _submit_qr(survey, service=service)
    assert SurveyResponse.objects.count() == 0


# Entered by staff ---------------------------------------------------------------------------


def _enter(survey: Any, case: Any, user: Any, via: str = CollectedVia.PHONE) -> Any:
    trust = survey.questions.get(measure="trust")
    return response_submit(
        survey=survey,
        answers={trust.pk: 2},
        collected_via=via,
        language="en",
        case=case,
        entered_by=user,
    )


@pytest.fixture
def finished_case(agency: Any) -> Any:
    survey = a11_like_survey(agency=agency)
    service = survey.service_links.get().service
    case = CaseFactory(
        agency=agency, service=service, status=CaseStatus.RESOLVED, channel=Channel.MAIL
    )
    case.survey = survey
    return case


def test_staff_record_a_phone_answer_with_who_entered_it_and_an_audit_row(
    finished_case: Any, caseworker: Any
) -> None:
    response = _enter(finished_case.survey, finished_case, caseworker)
    assert (response.collected_via, response.entered_by) == (CollectedVia.PHONE, caseworker)
    assert (response.case, response.channel) == (finished_case, Channel.MAIL)
    assert response.answers.get().number == 2
    event = AuditEvent.objects.get(action="survey.answers_entered")
    assert (event.actor, event.object_id) == (caseworker, str(response.pk))


def test_staff_record_once_per_case_and_survey(finished_case: Any, caseworker: Any) -> None:
    _enter(finished_case.survey, finished_case, caseworker)
    with pytest.raises(DomainError, match="already recorded"):
        _enter(finished_case.survey, finished_case, caseworker, via=CollectedVia.MAIL)
    assert SurveyResponse.objects.count() == 1


def test_staff_cannot_record_over_an_online_answer(agency: Any, caseworker: Any) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    _submit_link(survey, invitation, {})
    with pytest.raises(DomainError, match="already answered this survey online"):
        _enter(survey, invitation.case, caseworker)
    assert SurveyResponse.objects.count() == 1


def test_a_staff_entry_uses_up_the_emailed_link(agency: Any, caseworker: Any) -> None:
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    response = _enter(survey, invitation.case, caseworker)
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ANSWERED
    assert invitation.response == response
    with pytest.raises(DomainError, match="already been answered"):
        _submit_link(survey, invitation, {})


@pytest.mark.parametrize("status", [CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.CANCELLED])
def test_staff_record_only_for_resolved_or_closed_cases(
    finished_case: Any, caseworker: Any, status: str
) -> None:
    finished_case.status = status
    finished_case.save()
    with pytest.raises(DomainError, match="resolved or closed"):
        _enter(finished_case.survey, finished_case, caseworker)
    assert SurveyResponse.objects.count() == 0


def test_staff_of_another_agency_cannot_record(finished_case: Any, other_agency: Any) -> None:
    stranger = member(other_agency, Role.ADMINISTRATOR)
    with pytest.raises(DomainError, match="does not allow"):
        _enter(finished_case.survey, finished_case, stranger)
    assert SurveyResponse.objects.count() == 0


def test_staff_record_only_surveys_that_apply_to_the_case(
    finished_case: Any, caseworker: Any
) -> None:
    elsewhere = a11_like_survey(agency=finished_case.agency)  # covers another service
    with pytest.raises(DomainError, match="does not apply"):
        _enter(elsewhere, finished_case, caseworker)
    web_only = finished_case.survey
    web_only.channels = [Channel.WEB]
    web_only.save()
    with pytest.raises(DomainError, match="does not apply"):
        _enter(web_only, finished_case, caseworker)
    assert SurveyResponse.objects.count() == 0


def test_staff_entry_needs_the_case_and_the_person(finished_case: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError, match="need the case"):
        response_submit(
            survey=finished_case.survey,
            answers={},
            collected_via=CollectedVia.PHONE,
            language="en",
            case=finished_case,
        )
    assert SurveyResponse.objects.count() == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_second_submission_waits_for_the_first_and_is_refused(agency: Any) -> None:
    """The first submission holds its transaction open; the second, arriving meanwhile,
    waits on the invitation's row lock and then finds it answered."""
    survey = a11_like_survey(agency=agency)
    invitation = sent_invitation(survey)
    first_recorded, let_first_commit = threading.Event(), threading.Event()
    outcomes: list[str] = []

    def first() -> None:
        try:
            with transaction.atomic():
                _submit_link(survey, invitation, {})
                outcomes.append("recorded")
                first_recorded.set()
                let_first_commit.wait(timeout=10)
        finally:
            connection.close()

    def second() -> None:
        first_recorded.wait(timeout=10)
        try:
            _submit_link(survey, invitation, {})
            outcomes.append("recorded")
        except DomainError as error:
            outcomes.append(error.code)
        except IntegrityError:
            outcomes.append("integrity error")
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_recorded.wait(timeout=10)
    time.sleep(0.5)  # the second is now waiting on the lock
    let_first_commit.set()
    for thread in threads:
        thread.join(timeout=20)
    assert outcomes == ["recorded", "conflict"]
    assert SurveyResponse.objects.count() == 1
