"""The citizen's survey pages: every state of a link has its page, and only a good one records.

No log-in: the client is anonymous throughout.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from backoffice.models import AuditEvent
from cases.models import Channel
from feedback import links
from feedback.models import (
    CollectedVia,
    InvitationStatus,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
)
from feedback.services.responses import TEXT_LIMIT, answer_field
from feedback.views.public import THROTTLE_COOKIE

from ..backoffice.factories import TeamFactory
from .factories import OfficeFactory, a11_like_survey, sent_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(agency: Any) -> Any:
    return a11_like_survey(agency=agency, required=True)


@pytest.fixture
def invitation(survey: Any) -> Any:
    return sent_invitation(survey)


def _q(survey: Any, measure: str) -> Any:
    return survey.questions.get(measure=measure)


def _answers(survey: Any) -> dict[str, object]:
    return {
        answer_field(_q(survey, "trust").pk): "4",
        answer_field(_q(survey, "satisfaction").pk): "5",
        answer_field(_q(survey, "went_well").pk): ["quick", "helpful"],
        answer_field(_q(survey, "comment").pk): "The clerk explained everything.",
        "language": "en",
    }


def _url(invitation: Any) -> str:
    return links.invitation_path(invitation)


def _nothing_recorded() -> None:
    assert SurveyResponse.objects.count() == 0
    assert SurveyAnswer.objects.count() == 0


# A good link ----------------------------------------------------------------------------------


def test_the_link_opens_the_survey_in_the_invitations_language(survey: Any) -> None:
    invitation = sent_invitation(survey, language="es")
    response = Client().get(_url(invitation))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert response.headers["Content-Language"] == "es"
    assert "¿Cómo lo hicimos?" in html
    assert "Esta interacción aumentó mi confianza en la agencia." in html
    assert "Totalmente de acuerdo" in html
    assert "Enviar mis respuestas" in html
    assert survey.agency.name in html
    # The switch offers the other language, marked as such for screen readers.
    assert 'lang="en"' in html
    assert ">English<" in html


def test_the_page_groups_each_question_in_a_fieldset_with_a_legend(
    survey: Any, invitation: Any
) -> None:
    html = Client().get(_url(invitation)).content.decode()
    assert html.count("<fieldset") == 4  # three agreement questions and the multiple choice
    assert html.count("<legend") == 4
    trust = _q(survey, "trust")
    assert re.search(rf"<legend[^>]*>{re.escape(trust.text)} <span[^>]*>\(required\)", html)
    comment_id = f"id_{answer_field(_q(survey, 'comment').pk)}"
    assert f'<label class="usa-label app-question__legend" for="{comment_id}">' in html
    assert 'type="checkbox"' in html
    assert "Strongly disagree" in html
    assert "Strongly agree" in html


def test_good_answers_are_recorded_and_the_citizen_sees_thanks(
    survey: Any, invitation: Any
) -> None:
    client = Client()
    response = client.post(_url(invitation), _answers(survey))
    assert response.status_code == 302
    assert re.fullmatch(r"/survey/[^/]+/thanks/\?lang=en", response["Location"])
    recorded = SurveyResponse.objects.get()
    assert (recorded.invitation, recorded.case) == (invitation, invitation.case)
    assert (recorded.collected_via, recorded.language) == (CollectedVia.LINK, "en")
    numbers = dict(recorded.answers.values_list("question__measure", "number"))
    assert (numbers["trust"], numbers["satisfaction"]) == (4, 5)
    assert "ease" not in numbers  # left blank, optional
    assert recorded.answers.get(question__measure="went_well").choices == ["quick", "helpful"]
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ANSWERED

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Thank you for your answers" in page.content.decode()


def test_the_thanks_page_of_an_unanswered_link_goes_back_to_the_survey(invitation: Any) -> None:
    token = links.invitation_token(invitation)
    response = Client().get(reverse("survey_thanks", args=[token]))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('survey_answer', args=[token])}?lang=en"
    assert Client().get(response["Location"]).status_code == 200


# Links that cannot be used record nothing -----------------------------------------------------


def test_a_reused_link_says_it_was_answered_and_records_nothing_more(
    survey: Any, invitation: Any
) -> None:
    client = Client()
    assert client.post(_url(invitation), _answers(survey)).status_code == 302
    again = client.post(_url(invitation), _answers(survey))
    assert again.status_code == 409
    assert "This survey has already been answered" in again.content.decode()
    assert SurveyResponse.objects.count() == 1
    assert client.get(_url(invitation)).status_code == 409


def _tampered(invitation: Any) -> str:
    token = links.invitation_token(invitation)
    return reverse("survey_answer", args=[token[:-3] + ("AAA" if token[-3:] != "AAA" else "BBB")])


def _unknown_nonce(invitation: Any) -> str:
    token = signing.dumps([invitation.pk, "not-the-nonce"], salt=links.INVITATION_SALT)
    return reverse("survey_answer", args=[token])


def _other_salt(invitation: Any) -> str:
    token = signing.dumps([invitation.pk, invitation.nonce], salt="feedback.office")
    return reverse("survey_answer", args=[token])


@pytest.mark.parametrize("make_url", [_tampered, _unknown_nonce, _other_salt])
def test_a_tampered_or_unknown_link_is_not_valid_and_records_nothing(
    survey: Any, invitation: Any, make_url: Any
) -> None:
    url = make_url(invitation)
    client = Client()
    page = client.get(url)
    assert page.status_code == 404
    assert "This survey link is not valid" in page.content.decode()
    assert client.post(url, _answers(survey)).status_code == 404
    _nothing_recorded()
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT


@pytest.mark.parametrize(
    "change",
    [
        {"expires_at": timezone.now() - timedelta(seconds=1)},
        {"status": InvitationStatus.EXPIRED},
    ],
    ids=["past-its-date", "expired-by-the-sweep"],
)
def test_an_expired_link_says_so_and_records_nothing(
    survey: Any, invitation: Any, change: dict[str, object]
) -> None:
    SurveyInvitation.objects.filter(pk=invitation.pk).update(**change)
    client = Client()
    page = client.get(_url(invitation))
    assert page.status_code == 410
    assert "This survey link has expired" in page.content.decode()
    assert client.post(_url(invitation), _answers(survey)).status_code == 410
    _nothing_recorded()


def test_a_link_to_a_survey_no_longer_active_has_expired_and_records_nothing(
    survey: Any, invitation: Any
) -> None:
    survey.is_active = False
    survey.save()
    assert Client().post(_url(invitation), _answers(survey)).status_code == 410
    _nothing_recorded()


def test_a_link_never_sent_is_not_valid(survey: Any, invitation: Any) -> None:
    SurveyInvitation.objects.filter(pk=invitation.pk).update(status=InvitationStatus.PENDING)
    assert Client().post(_url(invitation), _answers(survey)).status_code == 404
    _nothing_recorded()


def test_the_expired_page_is_in_the_invitations_language(survey: Any) -> None:
    invitation = sent_invitation(survey, language="es")
    SurveyInvitation.objects.filter(pk=invitation.pk).update(status=InvitationStatus.EXPIRED)
    html = Client().get(_url(invitation)).content.decode()
    assert '<html lang="es">' in html
    assert "Este enlace de la encuesta ha vencido" in html


def test_a_link_that_expires_while_the_page_is_open_records_nothing(
    survey: Any, invitation: Any
) -> None:
    client = Client()
    assert client.get(_url(invitation)).status_code == 200
    SurveyInvitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert client.post(_url(invitation), _answers(survey)).status_code == 410
    _nothing_recorded()


# Validation -----------------------------------------------------------------------------------


def test_errors_are_summarised_tied_to_their_question_and_the_answers_kept(
    survey: Any, invitation: Any
) -> None:
    trust, comment = _q(survey, "trust"), _q(survey, "comment")
    data = _answers(survey)
    del data[answer_field(trust.pk)]
    data[answer_field(comment.pk)] = "z" * (TEXT_LIMIT + 1)
    response = Client().post(_url(invitation), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Error:" in html
    assert "There is a problem with your answers" in html
    # The summary links to the first input of each question, in page order.
    trust_id, comment_id = f"id_{answer_field(trust.pk)}", f"id_{answer_field(comment.pk)}"
    links_in_summary = re.findall(r'<a href="#(id_q\d+(?:_0)?)">', html)
    assert links_in_summary == [f"{trust_id}_0", comment_id]
    assert f'id="{trust_id}_0"' in html
    assert f'aria-describedby="{trust_id}_error"' in html
    assert f'id="{trust_id}_error"' in html
    assert "Answer this question." in html
    assert f'aria-describedby="{comment_id}_hint {comment_id}_error"' in html
    assert "Keep your answer to 2000 characters or fewer." in html
    # What was given is shown again.
    satisfaction = f"id_{answer_field(_q(survey, 'satisfaction').pk)}"
    assert re.search(rf'id="{satisfaction}_4" name="q\d+" value="5" checked', html)
    assert re.search(r'value="quick" checked', html)
    assert re.search(r'value="helpful" checked', html)
    assert not re.search(r'value="clear" checked', html)
    _nothing_recorded()


def test_a_value_not_offered_is_refused_on_the_page(survey: Any, invitation: Any) -> None:
    data = _answers(survey)
    data[answer_field(_q(survey, "trust").pk)] = "9"
    data[answer_field(_q(survey, "went_well").pk)] = ["quick", "bribes"]
    response = Client().post(_url(invitation), data)
    assert response.status_code == 400
    assert response.content.decode().count("Choose from the answers listed.") == 4  # summary, field
    _nothing_recorded()


def test_validation_messages_are_in_spanish_on_a_spanish_page(survey: Any) -> None:
    invitation = sent_invitation(survey, language="es")
    data = {**_answers(survey), "language": "es"}
    del data[answer_field(_q(survey, "trust").pk)]
    html = Client().post(_url(invitation), data).content.decode()
    assert "Hay un problema con sus respuestas" in html
    assert "Responda esta pregunta." in html
    _nothing_recorded()


# Switching language ---------------------------------------------------------------------------


def test_the_language_switch_keeps_the_answers_and_records_nothing(
    survey: Any, invitation: Any
) -> None:
    data = {**_answers(survey), "switch_language": "es"}
    response = Client().post(_url(invitation), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Esta interacción aumentó mi confianza en la agencia." in html
    assert "Hay un problema" not in html
    assert 'name="language" value="es"' in html
    assert re.search(r'value="4" checked', html)
    assert re.search(r'value="helpful" checked', html)
    assert "The clerk explained everything." in html
    _nothing_recorded()


def test_answers_sent_after_switching_are_recorded_in_that_language(
    survey: Any, invitation: Any
) -> None:
    response = Client().post(_url(invitation), {**_answers(survey), "language": "es"})
    assert response["Location"].endswith("?lang=es")
    assert SurveyResponse.objects.get().language == "es"


@pytest.mark.parametrize(("asked", "shown"), [("es", "es"), ("en", "en"), ("fr", "en"), ("", "en")])
def test_lang_in_the_address_picks_english_or_spanish(
    invitation: Any, asked: str, shown: str
) -> None:
    html = Client().get(f"{_url(invitation)}?lang={asked}").content.decode()
    assert f'<html lang="{shown}">' in html


# Office QR links ------------------------------------------------------------------------------


@pytest.fixture
def office(agency: Any) -> Any:
    return OfficeFactory(agency=agency, team=TeamFactory(agency=agency))


def _office_url(survey: Any, office: Any) -> str:
    service_id = survey.service_links.get().service_id
    return links.office_path(office=office, survey=survey, service_id=service_id)


def test_an_office_link_records_anonymous_in_person_answers(survey: Any, office: Any) -> None:
    client = Client()
    url = _office_url(survey, office)
    assert client.get(url).status_code == 200
    response = client.post(url, _answers(survey))
    assert response.status_code == 302
    recorded = SurveyResponse.objects.get()
    assert (recorded.office, recorded.team, recorded.channel) == (
        office,
        office.team,
        Channel.IN_PERSON,
    )
    assert (recorded.collected_via, recorded.case, recorded.invitation) == (
        CollectedVia.QR,
        None,
        None,
    )
    assert recorded.service == survey.service_links.get().service
    assert "Thank you for your answers" in client.get(response["Location"]).content.decode()


def test_an_office_link_follows_the_browsers_language(survey: Any, office: Any) -> None:
    html = Client(HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9").get(_office_url(survey, office))
    assert '<html lang="es">' in html.content.decode()


def test_one_browser_cannot_flood_an_office_with_answers(survey: Any, office: Any) -> None:
    client = Client()
    url = _office_url(survey, office)
    assert client.post(url, _answers(survey)).status_code == 302
    again = client.post(url, _answers(survey))
    assert again.status_code == 429
    assert "You answered a moment ago" in again.content.decode()
    assert SurveyResponse.objects.count() == 1
    # A forged cookie does not stop anyone; another phone answers at once.
    client.cookies[THROTTLE_COOKIE] = "1"
    assert client.post(url, _answers(survey)).status_code == 302
    assert Client().post(url, _answers(survey)).status_code == 302
    assert SurveyResponse.objects.count() == 3


def test_an_office_link_of_an_inactive_office_or_uncovered_service_is_not_valid(
    survey: Any, office: Any
) -> None:
    url = _office_url(survey, office)
    office.is_active = False
    office.save()
    assert Client().post(url, _answers(survey)).status_code == 404
    office.is_active = True
    office.save()
    survey.service_links.all().delete()
    assert Client().post(url, _answers(survey)).status_code == 404
    tampered = url.replace("/office/", "/office/x")
    assert Client().get(tampered).status_code == 404
    _nothing_recorded()


# Unsubscribing --------------------------------------------------------------------------------


def test_unsubscribing_asks_first_then_stops_surveys(invitation: Any) -> None:
    client = Client()
    url = links.unsubscribe_path(invitation)
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Yes, stop sending me surveys" in confirm.content.decode()
    customer = invitation.customer
    customer.refresh_from_db()
    assert customer.survey_consent is True

    done = client.post(url, {"language": "en"})
    assert done.status_code == 302
    customer.refresh_from_db()
    assert customer.survey_consent is False
    assert AuditEvent.objects.filter(action="feedback.unsubscribe").count() == 1
    assert "You will not receive more surveys" in client.get(done["Location"]).content.decode()


def test_unsubscribing_works_after_answering_but_not_with_a_tampered_link(
    survey: Any, invitation: Any
) -> None:
    client = Client()
    client.post(_url(invitation), _answers(survey))
    url = links.unsubscribe_path(invitation)
    assert client.get(url).status_code == 200
    tampered = url.replace("/unsubscribe/", "x/unsubscribe/")
    assert client.post(tampered).status_code == 404
    invitation.customer.refresh_from_db()
    assert invitation.customer.survey_consent is True
