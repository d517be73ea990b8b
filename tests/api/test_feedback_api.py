"""The feedback API: citizens' survey responses, read only, for supervisors and up.

Free text is personal data: supervisors read it masked; managers and administrators
read it in full and each such read is audited. Caseworkers are refused; staff pulse
answers are never listed; another agency's key sees nothing of this one.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from backoffice.models import AuditEvent, Role
from feedback.models import Measure, QuestionKind, Survey, SurveyResponse
from feedback.services.responses import response_submit

from ..cases.factories import CustomerFactory, ServiceFactory
from ..conftest import member
from ..feedback.factories import (
    SurveyResponseFactory,
    a11_like_survey,
    pulse_survey,
    sent_invitation,
)
from .conftest import error_of

pytestmark = pytest.mark.django_db

COMMENT = "Ana Ruiz was great. Call me on 312-555-0199 or write to ana@example.org."


@pytest.fixture
def service(agency: Any) -> Any:
    return ServiceFactory(agency=agency, code="pothole", name="Pothole")


@pytest.fixture
def survey(agency: Any, service: Any) -> Survey:
    return a11_like_survey(agency=agency, service=service, name="After a case")


def answer(
    survey: Survey,
    *,
    comment: str = COMMENT,
    trust: int = 5,
    channel: str = "phone",
    when: datetime | None = None,
    name: str = "Ana Ruiz",
) -> SurveyResponse:
    """A citizen's answers through the emailed link, about a closed case of theirs."""
    customer = CustomerFactory(agency=survey.agency, name=name)
    invitation = sent_invitation(survey, customer=customer, channel=channel)
    questions = {q.measure: q for q in survey.questions.all()}
    answers: dict[int, object] = {questions[Measure.TRUST].pk: trust}
    if comment:
        answers[questions[Measure.COMMENT].pk] = comment
    return response_submit(
        survey=survey,
        answers=answers,
        collected_via="link",
        language="en",
        invitation=invitation,
        now=when,
    )


def key_for(api_client_for: Any, make_key: Any, agency: Any, role: str) -> APIClient:
    client: APIClient = api_client_for(make_key(agency, owner=member(agency, role)))
    return client


def results(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.content
    rows: list[dict[str, Any]] = response.json()["results"]
    return rows


def comment_of(row: dict[str, Any]) -> dict[str, Any]:
    [found] = [a for a in row["answers"] if a["question"]["kind"] == QuestionKind.TEXT]
    return found


def test_a_manager_reads_responses_in_full_and_the_read_is_audited(
    api_client_for: Any, read_key: Any, survey: Survey, agency: Any
) -> None:
    response = answer(survey)

    rows = results(api_client_for(read_key).get("/api/v1/survey-responses/"))

    [row] = rows
    assert response.case is not None
    assert row["id"] == response.pk
    assert row["survey"] == {"id": survey.pk, "name": "After a case"}
    assert row["service"]["code"] == "pothole"
    assert row["channel"] == "phone"
    assert row["case"] == response.case.reference
    assert row["collected_via"] == "link"
    comment = comment_of(row)
    assert (comment["text"], comment["text_masked"]) == (COMMENT, False)
    trust = next(a for a in row["answers"] if a["question"]["measure"] == Measure.TRUST)
    assert trust["number"] == 5
    [read] = AuditEvent.objects.filter(action="feedback.comments.read")
    assert read.agency == agency
    assert read.details["answers"] == [response.answers.get(question__kind="text").pk]
    assert read.details["unmasked"] is True


def test_an_administrator_also_reads_in_full(
    api_client_for: Any, make_key: Any, survey: Survey, agency: Any
) -> None:
    answer(survey)
    admin = key_for(api_client_for, make_key, agency, Role.ADMINISTRATOR)

    [row] = results(admin.get("/api/v1/survey-responses/"))

    assert comment_of(row)["text"] == COMMENT


def test_a_supervisor_reads_free_text_masked_and_no_personal_data_read_is_recorded(
    api_client_for: Any, make_key: Any, survey: Survey, agency: Any
) -> None:
    response = answer(survey)
    supervisor = key_for(api_client_for, make_key, agency, Role.SUPERVISOR)

    [row] = results(supervisor.get("/api/v1/survey-responses/"))
    detail = supervisor.get(f"/api/v1/survey-responses/{response.pk}/")

    comment = comment_of(row)
    assert comment["text_masked"] is True
    for secret in ("Ana", "Ruiz", "312-555-0199", "ana@example.org"):
        assert secret not in comment["text"]
        assert secret not in detail.content.decode()
    assert "[email]" in comment["text"]
    assert "[phone]" in comment["text"]
    assert "[name]" in comment["text"]
    assert not AuditEvent.objects.filter(action="feedback.comments.read").exists()


def test_a_caseworker_is_refused(
    api_client_for: Any, make_key: Any, survey: Survey, agency: Any
) -> None:
    response = answer(survey)
    caseworker = key_for(api_client_for, make_key, agency, Role.CASEWORKER)

    listed = caseworker.get("/api/v1/survey-responses/")
    read = caseworker.get(f"/api/v1/survey-responses/{response.pk}/")
    unknown = caseworker.get("/api/v1/survey-responses/999999/")

    assert listed.status_code == read.status_code == unknown.status_code == 403
    error_of(listed)
    assert AuditEvent.objects.filter(action="access.denied").count() == 3
    assert COMMENT not in read.content.decode()


def test_a_response_reads_with_every_answer_in_question_order(
    api_client_for: Any, read_key: Any, survey: Survey
) -> None:
    response = answer(survey, trust=2)

    read = api_client_for(read_key).get(f"/api/v1/survey-responses/{response.pk}/")

    assert read.status_code == 200, read.content
    kinds = [a["question"]["kind"] for a in read.json()["answers"]]
    assert kinds == [QuestionKind.AGREEMENT, QuestionKind.TEXT]
    assert read.json()["answers"][0]["number"] == 2
    assert AuditEvent.objects.filter(action="feedback.comments.read").count() == 1


def test_a_response_without_free_text_records_no_personal_data_read(
    api_client_for: Any, read_key: Any, survey: Survey
) -> None:
    response = answer(survey, comment="")

    api_client_for(read_key).get(f"/api/v1/survey-responses/{response.pk}/")
    api_client_for(read_key).get("/api/v1/survey-responses/")

    assert not AuditEvent.objects.filter(action="feedback.comments.read").exists()


def test_staff_pulse_answers_are_never_listed_or_read_one_by_one(
    api_client_for: Any, read_key: Any, agency: Any
) -> None:
    pulse = SurveyResponseFactory(survey=pulse_survey(agency), collected_via="pulse")

    client = api_client_for(read_key)

    assert results(client.get("/api/v1/survey-responses/")) == []
    assert client.get(f"/api/v1/survey-responses/{pulse.pk}/").status_code == 404


def test_responses_filter_by_survey_service_channel_and_time(
    api_client_for: Any, read_key: Any, survey: Survey, agency: Any
) -> None:
    now = timezone.now()
    old = answer(survey, channel="phone", when=now - timedelta(days=20))
    web = answer(survey, channel="web", when=now - timedelta(days=2))
    other_survey = a11_like_survey(
        agency=agency, service=ServiceFactory(agency=agency, code="permits")
    )
    permits = answer(other_survey, channel="web", when=now - timedelta(days=1))
    client = api_client_for(read_key)

    def ids(**params: Any) -> list[int]:
        return [row["id"] for row in results(client.get("/api/v1/survey-responses/", params))]

    assert ids() == [permits.pk, web.pk, old.pk]
    assert ids(survey=survey.pk) == [web.pk, old.pk]
    assert ids(service="permits") == [permits.pk]
    assert ids(channel="web") == [permits.pk, web.pk]
    week_ago = (now - timedelta(days=7)).isoformat()
    assert ids(submitted_after=week_ago) == [permits.pk, web.pk]
    assert ids(submitted_before=week_ago) == [old.pk]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"survey": "after"}, "survey"),
        ({"survey": "99999999999999999999999"}, "survey"),
        ({"channel": "fax"}, "channel"),
        ({"submitted_after": "yesterday"}, "submitted_after"),
        ({"submitted_before": "2026-13-01"}, "submitted_before"),
        ({"cursor": "cD1ub3QtYS1kYXRl"}, "cursor"),
    ],
)
def test_a_bad_filter_is_a_field_error(
    api_client_for: Any, read_key: Any, survey: Survey, params: dict[str, Any], field: str
) -> None:
    answer(survey)

    response = api_client_for(read_key).get("/api/v1/survey-responses/", params)

    assert response.status_code == 400, response.content
    assert field in error_of(response)["fields"]


def test_responses_are_read_only(
    api_client_for: Any, read_key: Any, write_key: Any, survey: Survey
) -> None:
    response = answer(survey)

    with_read_key = api_client_for(read_key).post("/api/v1/survey-responses/", {}, format="json")
    with_write_key = api_client_for(write_key).delete(f"/api/v1/survey-responses/{response.pk}/")

    assert with_read_key.status_code == 403
    assert with_write_key.status_code == 405
    error_of(with_write_key)
    assert SurveyResponse.objects.filter(pk=response.pk).exists()


@pytest.mark.parametrize("count", [2, 20])
def test_the_list_costs_the_same_few_queries_whatever_the_responses(
    api_client_for: Any,
    read_key: Any,
    survey: Survey,
    django_assert_max_num_queries: Any,
    count: int,
) -> None:
    for n in range(count):
        answer(survey, name=f"Person {n}")
    client = api_client_for(read_key)

    # The key, its owner's roles, the last use, the role checks, the page, its answers
    # and the audit row.
    with django_assert_max_num_queries(9):
        rows = results(client.get("/api/v1/survey-responses/"))

    assert len(rows) == count
    assert all(len(row["answers"]) == 2 for row in rows)


ISOLATION = [
    ("/api/v1/survey-responses/", "empty"),
    ("/api/v1/survey-responses/?survey={survey}", "empty"),
    ("/api/v1/survey-responses/{response}/", 404),
]


@pytest.mark.parametrize(("path", "expected"), ISOLATION)
def test_a_key_of_another_agency_reads_nothing_of_this_one(
    api_client_for: Any,
    make_key: Any,
    other_agency: Any,
    survey: Survey,
    path: str,
    expected: Any,
) -> None:
    response = answer(survey)
    outsider = key_for(api_client_for, make_key, other_agency, Role.MANAGER)
    url = path.format(survey=survey.pk, response=response.pk)

    answered = outsider.get(url)

    if expected == "empty":
        assert results(answered) == []
    else:
        assert answered.status_code == expected
        error_of(answered)
    assert "Ruiz" not in answered.content.decode()
    assert not AuditEvent.objects.filter(action="feedback.comments.read").exists()


@pytest.mark.parametrize(("path", "expected"), ISOLATION)
def test_the_isolation_paths_answer_this_agencys_own_key(
    api_client_for: Any, read_key: Any, survey: Survey, path: str, expected: Any
) -> None:
    response = answer(survey)

    answered = api_client_for(read_key).get(path.format(survey=survey.pk, response=response.pk))

    assert answered.status_code == 200
    assert "Ruiz" in answered.content.decode()
