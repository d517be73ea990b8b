"""Staff pages of the citizen surveys: recording phone and mail answers, and the office codes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from backoffice.models import Role
from cases.models import CaseStatus, Channel
from feedback.links import invitation_path
from feedback.models import CollectedVia, InvitationStatus, SurveyResponse
from feedback.services.responses import answer_field

from ..backoffice.factories import TeamFactory
from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from .factories import OfficeFactory, a11_like_survey, sent_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(agency: Any) -> Any:
    return a11_like_survey(agency=agency)


@pytest.fixture
def case(survey: Any) -> Any:
    service = survey.service_links.get().service
    return CaseFactory(agency=survey.agency, service=service, status=CaseStatus.CLOSED)


def _record_url(case: Any, survey: Any) -> str:
    return reverse("case_survey_record", args=[case.pk, survey.pk])


def _answers(survey: Any, via: str = CollectedVia.PHONE) -> dict[str, object]:
    trust = survey.questions.get(measure="trust")
    went_well = survey.questions.get(measure="went_well")
    return {
        "collected_via": via,
        answer_field(trust.pk): "2",
        answer_field(went_well.pk): ["clear"],
    }


# The case page ---------------------------------------------------------------------------------


def test_a_closed_case_links_to_recording_survey_answers(
    client_for: Any, caseworker: Any, case: Any, survey: Any
) -> None:
    html = client_for(caseworker).get(reverse("case_detail", args=[case.pk])).content.decode()
    assert "Customer surveys" in html
    assert f"{survey.name}:" in html
    assert reverse("case_surveys", args=[case.pk]) in html


@pytest.mark.parametrize("status", [CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.CANCELLED])
def test_an_unfinished_case_shows_no_survey_panel(
    client_for: Any, caseworker: Any, case: Any, status: str
) -> None:
    case.status = status
    case.save()
    html = client_for(caseworker).get(reverse("case_detail", args=[case.pk])).content.decode()
    assert reverse("case_surveys", args=[case.pk]) not in html


def test_a_case_no_survey_applies_to_shows_no_survey_panel(
    client_for: Any, caseworker: Any, agency: Any, survey: Any
) -> None:
    other_service = CaseFactory(
        agency=agency, service=ServiceFactory(agency=agency), status=CaseStatus.RESOLVED
    )
    web_only = CaseFactory(
        agency=agency,
        service=survey.service_links.get().service,
        status=CaseStatus.RESOLVED,
        channel=Channel.PHONE,
    )
    survey.channels = [Channel.WEB]
    survey.save()
    client = client_for(caseworker)
    for case in (other_service, web_only):
        html = client.get(reverse("case_detail", args=[case.pk])).content.decode()
        assert reverse("case_surveys", args=[case.pk]) not in html


# Recording answers ---------------------------------------------------------------------------


def test_the_surveys_page_shows_what_was_answered_and_offers_the_rest(
    client_for: Any, caseworker: Any, agency: Any, survey: Any
) -> None:
    answered = sent_invitation(survey)
    waiting = sent_invitation(survey)
    assert Client().post(invitation_path(answered), {"language": "en"}).status_code == 302
    client = client_for(caseworker)
    html = client.get(reverse("case_surveys", args=[answered.case.pk])).content.decode()
    assert "Answered (emailed link)" in html
    assert _record_url(answered.case, survey) not in html
    html = client.get(reverse("case_surveys", args=[waiting.case.pk])).content.decode()
    assert "Not answered; invitation sent" in html
    assert _record_url(waiting.case, survey) in html


def test_staff_record_phone_answers_from_the_case(
    client_for: Any, caseworker: Any, case: Any, survey: Any
) -> None:
    client = client_for(caseworker)
    page = client.get(_record_url(case, survey))
    assert page.status_code == 200
    html = page.content.decode()
    assert "How did the customer answer?" in html
    assert survey.questions.get(measure="trust").text in html
    assert '<html lang="en"' in html

    response = client.post(_record_url(case, survey), _answers(survey))
    assert response.status_code == 302
    assert response["Location"] == reverse("case_detail", args=[case.pk])
    recorded = SurveyResponse.objects.get()
    assert (recorded.case, recorded.entered_by) == (case, caseworker)
    assert (recorded.collected_via, recorded.language) == (CollectedVia.PHONE, "en")
    assert recorded.answers.get(question__measure="went_well").choices == ["clear"]

    listing = client.get(reverse("case_surveys", args=[case.pk])).content.decode()
    assert "Answered (by phone, entered by staff)" in listing
    assert f"entered by {caseworker.full_name}" in listing


def test_a_second_recording_is_not_offered_and_not_recorded(
    client_for: Any, caseworker: Any, case: Any, survey: Any
) -> None:
    client = client_for(caseworker)
    client.post(_record_url(case, survey), _answers(survey))
    again = client.post(_record_url(case, survey), _answers(survey, CollectedVia.MAIL))
    assert again.status_code == 302
    assert again["Location"] == reverse("case_surveys", args=[case.pk])
    assert SurveyResponse.objects.count() == 1


def test_recording_needs_the_channel_and_shows_errors_on_the_page(
    client_for: Any, caseworker: Any, case: Any, survey: Any
) -> None:
    data = _answers(survey)
    del data["collected_via"]
    data[answer_field(survey.questions.get(measure="ease").pk)] = "7"
    response = client_for(caseworker).post(_record_url(case, survey), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose how the customer answered." in html
    assert "Choose from the answers listed." in html
    assert re.findall(r'<a href="#(id_[a-z_0-9]+)">', html)[:2] == [
        "id_collected_via_0",
        f"id_{answer_field(survey.questions.get(measure='ease').pk)}_0",
    ]
    assert 'value="2" checked' in html  # what was typed in is kept
    assert SurveyResponse.objects.count() == 0


def test_recording_for_an_open_case_is_refused(
    client_for: Any, caseworker: Any, case: Any, survey: Any
) -> None:
    case.status = CaseStatus.IN_PROGRESS
    case.save()
    response = client_for(caseworker).post(_record_url(case, survey), _answers(survey))
    assert response.status_code == 302
    assert SurveyResponse.objects.count() == 0


def test_recording_after_an_online_answer_is_refused(
    client_for: Any, caseworker: Any, survey: Any
) -> None:
    invitation = sent_invitation(survey)
    invitation.status = InvitationStatus.ANSWERED
    invitation.save()
    response = client_for(caseworker).post(_record_url(invitation.case, survey), _answers(survey))
    assert response.status_code == 302
    assert SurveyResponse.objects.count() == 0


def test_another_agencys_case_is_not_found(
    client_for: Any, other_agency: Any, case: Any, survey: Any
) -> None:
    stranger = member(other_agency, Role.ADMINISTRATOR)
    client = client_for(stranger)
    assert client.get(reverse("case_surveys", args=[case.pk])).status_code == 404
    assert client.get(_record_url(case, survey)).status_code == 404
    assert client.post(_record_url(case, survey), _answers(survey)).status_code == 404
    assert SurveyResponse.objects.count() == 0


def test_a_survey_that_does_not_apply_to_the_case_is_not_found(
    client_for: Any, caseworker: Any, case: Any, agency: Any
) -> None:
    elsewhere = a11_like_survey(agency=agency)
    response = client_for(caseworker).post(_record_url(case, elsewhere), _answers(elsewhere))
    assert response.status_code == 404
    assert SurveyResponse.objects.count() == 0


def test_recording_needs_a_log_in(client: Any, case: Any, survey: Any) -> None:
    response = client.post(_record_url(case, survey), _answers(survey))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert SurveyResponse.objects.count() == 0


# Office codes ---------------------------------------------------------------------------------


@pytest.fixture
def office(agency: Any) -> Any:
    return OfficeFactory(agency=agency, name="Downtown counter", team=TeamFactory(agency=agency))


def test_supervisors_see_a_qr_code_and_link_per_office_and_service(
    client_for: Any, agency: Any, survey: Any, office: Any
) -> None:
    second = ServiceFactory(agency=agency, name="Parking permits")
    survey.service_links.create(service=second)
    OfficeFactory(agency=agency, name="Closed annex", is_active=False)
    supervisor = member(agency, Role.SUPERVISOR)
    html = client_for(supervisor).get(reverse("survey_offices")).content.decode()
    assert "Downtown counter" in html
    assert "Closed annex" not in html
    assert html.count('<svg role="img"') == 2
    assert html.count("<title>QR code:") == 2
    office_links = re.findall(r'<a href="(http://testserver/survey/office/[^"]+)">', html)
    assert len(office_links) == 2
    poster = reverse("survey_office_poster", args=[office.pk, survey.pk, second.pk])
    assert poster in html


def test_the_printed_link_opens_the_survey_for_that_office(
    client_for: Any, agency: Any, survey: Any, office: Any
) -> None:
    administrator = member(agency, Role.ADMINISTRATOR)
    service = survey.service_links.get().service
    poster = client_for(administrator).get(
        reverse("survey_office_poster", args=[office.pk, survey.pk, service.pk])
    )
    assert poster.status_code == 200
    html = poster.content.decode()
    assert '<svg role="img"' in html
    url = re.search(r"(http://testserver/survey/office/[^<\s]+)", html)
    assert url is not None
    citizen = Client()
    path = url.group(1).removeprefix("http://testserver")
    assert citizen.get(path).status_code == 200
    assert citizen.post(path, {"language": "en"}).status_code == 302
    assert SurveyResponse.objects.get().office == office


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.MANAGER])
def test_office_codes_are_for_supervisors_and_administrators(
    client_for: Any, agency: Any, office: Any, survey: Any, role: str
) -> None:
    client = client_for(member(agency, role))
    assert client.get(reverse("survey_offices")).status_code == 403
    service = survey.service_links.get().service
    poster = reverse("survey_office_poster", args=[office.pk, survey.pk, service.pk])
    assert client.get(poster).status_code == 403


def test_another_agencys_office_has_no_poster(
    client_for: Any, other_agency: Any, office: Any, survey: Any
) -> None:
    stranger = member(other_agency, Role.ADMINISTRATOR)
    client = client_for(stranger)
    assert "Downtown counter" not in client.get(reverse("survey_offices")).content.decode()
    service = survey.service_links.get().service
    poster = reverse("survey_office_poster", args=[office.pk, survey.pk, service.pk])
    assert client.get(poster).status_code == 404


def test_the_case_survey_panel_costs_the_same_with_more_surveys(
    client_for: Any,
    caseworker: Any,
    case: Any,
    survey: Any,
    django_assert_max_num_queries: Any,
) -> None:
    client = client_for(caseworker)
    url = reverse("case_detail", args=[case.pk])
    with django_assert_max_num_queries(60) as one:
        assert client.get(url).status_code == 200
    for _ in range(4):
        a11_like_survey(agency=case.agency, service=case.service)
    with django_assert_max_num_queries(len(one.captured_queries)):
        html = client.get(url).content.decode()
    assert html.count("not answered") == 5


def test_the_office_codes_page_costs_the_same_with_more_offices(
    client_for: Any, agency: Any, survey: Any, office: Any, django_assert_max_num_queries: Any
) -> None:
    client = client_for(member(agency, Role.SUPERVISOR))
    with django_assert_max_num_queries(30) as one:
        assert client.get(reverse("survey_offices")).status_code == 200
    for _ in range(5):
        OfficeFactory(agency=agency, team=TeamFactory(agency=agency))
    with django_assert_max_num_queries(len(one.captured_queries)):
        html = client.get(reverse("survey_offices")).content.decode()
    assert html.count('<svg role="img"') == 6


def test_the_case_survey_rows_come_in_one_query(
    survey: Any, django_assert_num_queries: Any
) -> None:
    from feedback.views.staff import case_survey_rows

    invitation = sent_invitation(survey)
    assert Client().post(invitation_path(invitation), {"language": "en"}).status_code == 302

    with django_assert_num_queries(1):
        rows = case_survey_rows(invitation.case)

    assert [(row.survey, row.invitation) for row in rows] == [(survey, invitation)]
    assert rows[0].response == SurveyResponse.objects.get(invitation=invitation)
    assert rows[0].answered_online
    assert not rows[0].can_record
