"""The feedback admin: surveys, policies and offices scoped to the agencies one administers and
audited; ready-made surveys added from a template; invitations, responses, pulse rounds and
friction visible but never changed; comments never listed and masked when shown."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from backoffice.models import AuditEvent, Role
from cases.models import CaseStatus, Channel
from feedback.models import (
    CollectedVia,
    FeedbackPolicy,
    FrictionReport,
    FrictionStatus,
    Measure,
    Office,
    PulseRound,
    Question,
    Survey,
    SurveyInvitation,
    SurveyResponse,
    SurveyService,
    SurveyTemplate,
)
from feedback.services.library import survey_from_template

from ..admin_helpers import assert_shown_but_never_changed, change_url
from ..backoffice.factories import AgencyFactory, TeamFactory, UserFactory
from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from .factories import (
    FeedbackPolicyFactory,
    FrictionReportFactory,
    OfficeFactory,
    PulseRoundFactory,
    SurveyAnswerFactory,
    SurveyInvitationFactory,
    SurveyResponseFactory,
)

pytestmark = pytest.mark.django_db

SURVEYS = "/admin/feedback/survey/"
QUESTIONS = "/admin/feedback/question/"
POLICIES = "/admin/feedback/feedbackpolicy/"
OFFICES = "/admin/feedback/office/"
INVITATIONS = "/admin/feedback/surveyinvitation/"
RESPONSES = "/admin/feedback/surveyresponse/"
ROUNDS = "/admin/feedback/pulseround/"
FRICTION = "/admin/feedback/frictionreport/"
FROM_TEMPLATE = f"{SURVEYS}from-template/"
EDITABLE = (SURVEYS, QUESTIONS, POLICIES, OFFICES)
READ_ONLY = (INVITATIONS, RESPONSES, ROUNDS, FRICTION)
COMMENT = "Please call me back on (217) 555-0142 about the permit."


@pytest.fixture
def mine(db: None) -> Any:
    return AgencyFactory(name="Ownagency Licensing")


@pytest.fixture
def theirs(db: None) -> Any:
    return AgencyFactory(name="Otheragency Services")


@pytest.fixture
def admin_client(mine: Any, client_for: Any) -> Client:
    return client_for(member(mine, Role.ADMINISTRATOR, is_staff=True))


@pytest.fixture
def superuser_client(client_for: Any) -> Client:
    return client_for(UserFactory(is_staff=True, is_superuser=True))


def _world(agency: Any, label: str) -> dict[str, Any]:
    """One of each feedback object in *agency*, named with *label* so pages can be searched."""
    service = ServiceFactory(agency=agency, name=f"{label} permits")
    survey = survey_from_template(
        agency=agency, template=SurveyTemplate.A11, actor=None, name=f"{label} survey"
    )
    SurveyService.objects.create(survey=survey, service=service, delay_hours=24)
    case = CaseFactory(agency=agency, service=service, status=CaseStatus.CLOSED)
    invitation = SurveyInvitationFactory(survey=survey, case=case)
    response = SurveyResponseFactory(
        survey=survey, service=service, channel=Channel.WEB, case=case, invitation=invitation
    )
    comment = survey.questions.get(measure=Measure.COMMENT)
    SurveyAnswerFactory(response=response, question=comment, text=COMMENT)
    pulse = survey_from_template(
        agency=agency, template=SurveyTemplate.PULSE, actor=None, name=f"{label} pulse"
    )
    return {
        SURVEYS: survey,
        QUESTIONS: survey.questions.get(measure=Measure.TRUST),
        POLICIES: FeedbackPolicyFactory(agency=agency),
        OFFICES: OfficeFactory(agency=agency, name=f"{label} office"),
        INVITATIONS: invitation,
        RESPONSES: response,
        ROUNDS: PulseRoundFactory(survey=pulse, agency=agency),
        FRICTION: FrictionReportFactory(agency=agency, title=f"{label} friction"),
    }


@pytest.fixture
def worlds(mine: Any, theirs: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    return _world(mine, "Ownagency"), _world(theirs, "Otheragency")


def _add_row(data: dict[str, Any], prefix: str, **fields: Any) -> None:
    """Add a row to an inline, as the page's "Add another" does."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = index + 1
    for name, value in fields.items():
        data[f"{prefix}-{index}-{name}"] = value


def _form_data(response: Any) -> dict[str, Any]:
    """What the change page would post back unchanged: the form and its inlines."""
    assert response.status_code == 200, response.status_code
    forms = [response.context["adminform"].form]
    data: dict[str, Any] = {}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms.extend(formset.forms)
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    return data


# Isolation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [*EDITABLE, *READ_ONLY])
def test_an_administrator_lists_and_opens_only_their_agencys_rows(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, others = worlds

    listing = admin_client.get(url)

    assert listing.status_code == 200
    assert ours[url].pk in [row.pk for row in listing.context["cl"].result_list]
    assert others[url].pk not in [row.pk for row in listing.context["cl"].result_list]
    assert "Otheragency" not in listing.content.decode()  # neither rows nor filter choices
    assert admin_client.get(change_url(url, ours[url])).status_code == 200
    assert admin_client.get(change_url(url, others[url])).status_code in (302, 404)


@pytest.mark.parametrize("url", EDITABLE)
def test_another_agencys_row_cannot_be_changed_by_posting_to_it(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    _ours, others = worlds
    target = others[url]

    response = admin_client.post(
        change_url(url, target), {"name": "Taken over", "text": "Taken over", "fatigue_days": "1"}
    )

    assert response.status_code in (302, 403, 404)
    target.refresh_from_db()
    assert "Taken over" not in (getattr(target, "name", ""), getattr(target, "text", ""))
    assert getattr(target, "fatigue_days", 30) == 30
    assert not AuditEvent.objects.filter(action__endswith=".update").exists()


@pytest.mark.parametrize("url", [*EDITABLE, *READ_ONLY])
def test_a_caseworker_has_no_access_to_the_feedback_admin(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], mine: Any, client_for: Any
) -> None:
    ours, _others = worlds
    client = client_for(member(mine, Role.CASEWORKER, is_staff=True))

    assert client.get(url).status_code == 403
    assert client.get(change_url(url, ours[url])).status_code in (302, 403)
    assert client.get(FROM_TEMPLATE).status_code == 403
    assert "feedback" not in client.get("/admin/").content.decode().lower()


@pytest.mark.parametrize("url", [*EDITABLE, *READ_ONLY])
def test_a_platform_administrator_sees_every_agency(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], superuser_client: Client
) -> None:
    ours, others = worlds

    listing = superuser_client.get(url)

    assert {ours[url].pk, others[url].pk} <= {row.pk for row in listing.context["cl"].result_list}
    assert superuser_client.get(change_url(url, others[url])).status_code == 200


# Read-only records --------------------------------------------------------------------------


@pytest.mark.parametrize("url", READ_ONLY)
def test_invitations_responses_rounds_and_friction_cannot_be_added_changed_or_deleted(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds

    assert_shown_but_never_changed(
        admin_client, url, ours[url], {"status": "fixed", "language": "es"}
    )

    assert FrictionReport.objects.get(pk=ours[FRICTION].pk).status == FrictionStatus.NEW
    assert SurveyResponse.objects.get(pk=ours[RESPONSES].pk).language == "en"


def test_invitations_filter_by_status_and_reason_not_sent(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds
    skipped = SurveyInvitationFactory(
        survey=ours[SURVEYS],
        case=CaseFactory(agency=ours[SURVEYS].agency),
        status="skipped",
        skip_reason="fatigue",
    )

    listing = admin_client.get(INVITATIONS, {"skip_reason": "fatigue"})
    pending = admin_client.get(INVITATIONS, {"status__exact": "pending"})

    assert [row.pk for row in listing.context["cl"].result_list] == [skipped.pk]
    assert [row.pk for row in pending.context["cl"].result_list] == [ours[INVITATIONS].pk]


def test_comments_are_never_listed_and_shown_masked_with_the_look_audited(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds
    response = ours[RESPONSES]

    listing = admin_client.get(RESPONSES).content.decode()
    detail = admin_client.get(change_url(RESPONSES, response)).content.decode()

    assert "555-0142" not in listing
    assert "call me back" not in listing
    assert "Please call me back on" in detail
    assert "555-0142" not in detail
    looked = AuditEvent.objects.get(action="survey_response.view")
    assert looked.object_id == str(response.pk)
    assert looked.agency == response.agency


def test_staff_pulse_answers_are_not_shown_among_the_responses(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds
    pulse_round = ours[ROUNDS]
    answer = SurveyResponseFactory(
        survey=pulse_round.survey, pulse_round=pulse_round, collected_via=CollectedVia.PULSE
    )

    listing = admin_client.get(RESPONSES)

    assert answer.pk not in [row.pk for row in listing.context["cl"].result_list]
    assert admin_client.get(change_url(RESPONSES, answer)).status_code in (302, 404)


def test_a_pulse_round_shows_how_many_answered_and_nothing_of_what(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds
    pulse_round: PulseRound = ours[ROUNDS]
    for user in UserFactory.create_batch(3):
        pulse_round.participations.create(user=user)

    listing = admin_client.get(ROUNDS)

    assert listing.context["cl"].result_list[0].answer_total == 3


# Add from a template ------------------------------------------------------------------------


def test_the_survey_list_links_to_adding_from_a_template(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    assert FROM_TEMPLATE in admin_client.get(SURVEYS).content.decode()


def test_the_template_page_lists_every_ready_made_survey(admin_client: Client) -> None:
    page = admin_client.get(FROM_TEMPLATE)

    assert page.status_code == 200
    content = page.content.decode()
    for label in ("A-11", "CSAT", "NPS", "CES", "Staff pulse"):
        assert label in content


def test_adding_from_a_template_creates_the_survey_and_opens_it(
    mine: Any, admin_client: Client
) -> None:
    response = admin_client.post(
        FROM_TEMPLATE, {"agency": mine.pk, "template": SurveyTemplate.A11, "name": ""}
    )

    survey = Survey.objects.get(agency=mine)
    assert response.status_code == 302
    assert response["Location"] == change_url(SURVEYS, survey)
    assert survey.template == SurveyTemplate.A11
    assert survey.questions.count() == 10
    assert "Ownagency Licensing" in survey.title
    event = AuditEvent.objects.get(action="survey.create")
    assert event.actor is not None
    assert event.actor.email.startswith("person")


def test_a_survey_cannot_be_added_from_a_template_for_another_agency(
    theirs: Any, admin_client: Client
) -> None:
    response = admin_client.post(
        FROM_TEMPLATE, {"agency": theirs.pk, "template": SurveyTemplate.CSAT}
    )

    assert response.status_code == 200
    assert "agency" in response.context["form"].errors
    assert not Survey.objects.exists()


def test_an_unknown_template_is_refused_on_the_form(mine: Any, admin_client: Client) -> None:
    response = admin_client.post(FROM_TEMPLATE, {"agency": mine.pk, "template": "custom"})

    assert response.status_code == 200
    assert "template" in response.context["form"].errors
    assert not Survey.objects.exists()


# Surveys, their services and questions ------------------------------------------------------


def test_channels_and_services_are_saved_from_the_survey_page_and_audited(
    mine: Any, admin_client: Client
) -> None:
    survey = survey_from_template(agency=mine, template=SurveyTemplate.CSAT, actor=None)
    service = ServiceFactory(agency=mine)
    data = _form_data(admin_client.get(change_url(SURVEYS, survey)))
    data["channels"] = [Channel.WEB, Channel.EMAIL]
    _add_row(data, "service_links", service=service.pk, delay_hours="6")

    response = admin_client.post(change_url(SURVEYS, survey), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    survey.refresh_from_db()
    assert survey.channels == [Channel.WEB, Channel.EMAIL]
    assert list(survey.service_links.values_list("service", "delay_hours")) == [(service.pk, 6)]
    assert AuditEvent.objects.get(action="survey.update").details == {"fields": ["channels"]}
    assert AuditEvent.objects.filter(action="survey.services").exists()


def test_a_survey_cannot_apply_to_another_agencys_service(
    mine: Any, theirs: Any, admin_client: Client
) -> None:
    survey = survey_from_template(agency=mine, template=SurveyTemplate.CSAT, actor=None)
    data = _form_data(admin_client.get(change_url(SURVEYS, survey)))
    _add_row(data, "service_links", service=ServiceFactory(agency=theirs).pk, delay_hours="6")

    response = admin_client.post(change_url(SURVEYS, survey), data)

    assert response.status_code == 200
    assert not SurveyService.objects.exists()


def test_a_custom_survey_added_in_the_admin_is_custom_and_audited(
    mine: Any, admin_client: Client
) -> None:
    page = admin_client.get(f"{SURVEYS}add/")
    data = _form_data(page)
    data.update(
        agency=mine.pk,
        name="Counter exit poll",
        audience="customer",
        title="How was your visit?",
        title_es="¿Cómo fue su visita?",
        is_active="on",
    )
    data["questions-TOTAL_FORMS"] = 0  # the page's blank rows, left blank
    _add_row(
        data,
        "questions",
        position="1",
        kind="thumbs",
        text="Did we help you today?",
        text_es="¿Le ayudamos hoy?",
    )

    response = admin_client.post(f"{SURVEYS}add/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    survey = Survey.objects.get(name="Counter exit poll")
    assert survey.template == SurveyTemplate.CUSTOM
    assert [q.text for q in survey.questions.all()] == ["Did we help you today?"]
    assert AuditEvent.objects.filter(action="survey.create", object_id=str(survey.pk)).exists()
    assert AuditEvent.objects.filter(action="survey.questions").exists()


def test_once_answered_a_surveys_questions_keep_their_kind_and_cannot_be_removed(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds
    survey, question = ours[SURVEYS], ours[QUESTIONS]
    SurveyAnswerFactory(response=ours[RESPONSES], question=question, number=4)

    page = admin_client.get(change_url(SURVEYS, survey))
    inline = next(i for i in page.context["inline_admin_formsets"] if i.formset.model is Question)
    deleted = admin_client.post(f"{QUESTIONS}{question.pk}/delete/", {"post": "yes"})

    assert not inline.formset.can_delete
    assert "kind" not in inline.formset.forms[0].fields
    assert deleted.status_code == 403
    assert Question.objects.filter(pk=question.pk).exists()


def test_a_survey_with_invitations_or_answers_cannot_be_deleted_but_a_new_one_can(
    worlds: tuple[dict[str, Any], dict[str, Any]], mine: Any, admin_client: Client
) -> None:
    ours, _others = worlds
    unused = survey_from_template(agency=mine, template=SurveyTemplate.NPS, actor=None)

    refused = admin_client.post(f"{SURVEYS}{ours[SURVEYS].pk}/delete/", {"post": "yes"})
    removed = admin_client.post(f"{SURVEYS}{unused.pk}/delete/", {"post": "yes"})

    assert refused.status_code == 403
    assert Survey.objects.filter(pk=ours[SURVEYS].pk).exists()
    assert removed.status_code == 302
    assert not Survey.objects.filter(pk=unused.pk).exists()
    assert AuditEvent.objects.filter(action="survey.delete", object_id=str(unused.pk)).exists()


def test_questions_deleted_together_are_each_audited_with_their_survey(
    mine: Any, admin_client: Client
) -> None:
    survey = survey_from_template(agency=mine, template=SurveyTemplate.NPS, actor=None)
    questions = list(survey.questions.all())

    response = admin_client.post(
        QUESTIONS,
        {"action": "delete_selected", "_selected_action": [q.pk for q in questions], "post": "yes"},
    )

    assert response.status_code == 302
    assert not survey.questions.exists()
    audits = AuditEvent.objects.filter(action="survey_question.delete")
    assert {a.object_id for a in audits} == {str(q.pk) for q in questions}
    assert {(a.agency_id, a.details["survey"]) for a in audits} == {(mine.pk, survey.pk)}


def test_a_choice_added_to_a_question_is_saved_and_audited(mine: Any, admin_client: Client) -> None:
    survey = survey_from_template(agency=mine, template=SurveyTemplate.A11, actor=None)
    question = survey.questions.get(measure=Measure.WENT_WELL)
    data = _form_data(admin_client.get(change_url(QUESTIONS, question)))
    _add_row(
        data,
        "choices",
        position="99",
        value="polite",
        label="Polite staff",
        label_es="Personal amable",
    )

    response = admin_client.post(change_url(QUESTIONS, question), data)

    assert response.status_code == 302
    assert response["Location"] == change_url(SURVEYS, survey)
    assert question.choices.filter(value="polite", label_es="Personal amable").exists()
    assert AuditEvent.objects.filter(action="survey_question.choices").exists()


# Policies and offices -----------------------------------------------------------------------


def test_a_feedback_policy_is_added_for_ones_own_agency_and_audited(
    mine: Any, theirs: Any, admin_client: Client
) -> None:
    form = {"fatigue_days": "14", "reminder_after_days": "2", "expire_after_days": "10"}

    foreign = admin_client.post(f"{POLICIES}add/", {"agency": theirs.pk, **form})
    added = admin_client.post(f"{POLICIES}add/", {"agency": mine.pk, **form})

    assert foreign.status_code == 200
    assert added.status_code == 302
    assert list(FeedbackPolicy.objects.values_list("agency", "fatigue_days")) == [(mine.pk, 14)]
    assert AuditEvent.objects.filter(action="feedback_policy.create").count() == 1


def test_an_office_is_served_by_a_team_of_its_own_agency_and_never_deleted(
    mine: Any, theirs: Any, admin_client: Client
) -> None:
    own_team, foreign_team = TeamFactory(agency=mine), TeamFactory(agency=theirs)
    form = {"agency": mine.pk, "name": "Permit Center", "address": "", "is_active": "on"}

    refused = admin_client.post(f"{OFFICES}add/", {**form, "team": foreign_team.pk})
    added = admin_client.post(f"{OFFICES}add/", {**form, "team": own_team.pk})
    office = Office.objects.get()
    deleted = admin_client.post(f"{OFFICES}{office.pk}/delete/", {"post": "yes"})

    assert refused.status_code == 200
    assert added.status_code == 302
    assert office.team == own_team
    assert AuditEvent.objects.filter(action="office.create").exists()
    assert deleted.status_code == 403
    assert Office.objects.filter(pk=office.pk).exists()


def test_an_invitation_is_listed_with_its_case_reference(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds
    invitation: SurveyInvitation = ours[INVITATIONS]

    assert invitation.case.reference in admin_client.get(INVITATIONS).content.decode()


def test_friction_and_pulse_rounds_link_to_the_pages_where_they_are_handled(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Client
) -> None:
    ours, _others = worlds

    friction = admin_client.get(change_url(FRICTION, ours[FRICTION])).content.decode()
    pulse = admin_client.get(change_url(ROUNDS, ours[ROUNDS])).content.decode()

    assert f'href="/feedback/friction/{ours[FRICTION].pk}/"' in friction
    assert f'href="/feedback/pulse/rounds/{ours[ROUNDS].pk}/results/"' in pulse


def test_a_measure_that_does_not_fit_the_questions_kind_is_refused(
    mine: Any, admin_client: Client
) -> None:
    survey = survey_from_template(agency=mine, template=SurveyTemplate.CSAT, actor=None)
    data = _form_data(admin_client.get(change_url(SURVEYS, survey)))
    _add_row(data, "questions", position="30", kind="text", measure="trust", text="Trust us?")

    response = admin_client.post(change_url(SURVEYS, survey), data)

    assert response.status_code == 200
    inline = next(
        i for i in response.context["inline_admin_formsets"] if i.formset.model is Question
    )
    assert "measure" in inline.formset.errors[-1]
    assert survey.questions.count() == 2


def test_a_platform_administrator_cannot_give_an_office_another_agencys_team(
    mine: Any, theirs: Any, superuser_client: Client
) -> None:
    form = {"agency": mine.pk, "name": "Permit Center", "address": "", "is_active": "on"}

    response = superuser_client.post(
        f"{OFFICES}add/", {**form, "team": TeamFactory(agency=theirs).pk}
    )

    assert response.status_code == 200
    assert "team" in response.context["adminform"].form.errors
    assert not Office.objects.exists()
