"""Survey invitations: written when a case closes, sent by the sweep, reminded once, expired."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.utils import translation
from django.utils.translation.template import templatize

from backoffice.celery import app as celery_app
from backoffice.models import AuditEvent, OutboundEmail, OutboundEmailStatus, Role, User
from cases import services as case_services
from cases.models import Case, CaseStatus, Channel, Customer, Service
from feedback import tasks
from feedback.links import LinkError, invitation_from_token
from feedback.models import (
    Audience,
    FeedbackPolicy,
    InvitationStatus,
    SkipReason,
    Survey,
    SurveyInvitation,
)
from feedback.services import dispatch

from ..backoffice.factories import AgencyFactory
from ..cases.factories import CaseFactory, CustomerFactory, ServiceFactory
from ..conftest import member
from .factories import (
    FeedbackPolicyFactory,
    SurveyFactory,
    SurveyInvitationFactory,
    SurveyServiceFactory,
)

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
TEMPLATES = Path(settings.BASE_DIR) / "templates" / "feedback" / "email"


@dataclass
class Desk:
    """An agency with a caseworker, one service and a citizen survey of that service."""

    service: Service
    survey: Survey
    caseworker: User

    @property
    def agency(self) -> Any:
        return self.service.agency


@pytest.fixture(autouse=True)
def clock() -> Iterator[None]:
    """The tests' present is T0 (and time goes on), whatever the date they run on."""
    with time_machine.travel(T0, tick=True):
        yield


def make_desk(agency: Any, *, delay_hours: int = 24) -> Desk:
    service = ServiceFactory(agency=agency, name="Pothole repair")
    survey = SurveyFactory(agency=agency, title="How did we do?", title_es="¿Cómo lo hicimos?")
    SurveyServiceFactory(survey=survey, service=service, delay_hours=delay_hours)
    return Desk(service=service, survey=survey, caseworker=member(agency, Role.CASEWORKER))


@pytest.fixture
def desk(agency: Any) -> Desk:
    return make_desk(agency)


@pytest.fixture
def celery_eager() -> Iterator[None]:
    """Run queued tasks in the test process instead of sending them to a broker."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = previous


def customer(desk: Desk, **fields: Any) -> Customer:
    return CustomerFactory.create(agency=desk.agency, **fields)


def open_case(desk: Desk, *, who: Customer | None, channel: str = Channel.PHONE) -> Case:
    return case_services.case_open(
        agency=desk.agency,
        service=desk.service,
        channel=channel,
        subject="Pothole on Elm Street",
        customer=who,
        actor=desk.caseworker,
    )


def close(desk: Desk, case: Case) -> Case:
    case = case_services.case_change_status(
        case=case, status=CaseStatus.RESOLVED, resolution="Filled it.", actor=desk.caseworker
    )
    return case_services.case_close(case=case, actor=desk.caseworker)


def closed_case(desk: Desk, *, who: Customer | None = None, **fields: Any) -> Case:
    return close(desk, open_case(desk, who=who if who is not None else customer(desk), **fields))


def invitations(case: Case) -> list[tuple[int, str, str]]:
    rows = SurveyInvitation.objects.filter(case=case).order_by("survey_id")
    return list(rows.values_list("survey_id", "status", "skip_reason"))


def sent_emails(kind: str = dispatch.INVITATION_KIND) -> Counter[str]:
    """How many outbox rows each invitation has, by invitation id."""
    return Counter(OutboundEmail.objects.filter(kind=kind).values_list("related_id", flat=True))


# Creation when a case closes ----------------------------------------------------------


def test_closing_a_case_invites_once_to_each_survey_of_its_service_and_channel(
    desk: Desk,
) -> None:
    FeedbackPolicyFactory(agency=desk.agency, fatigue_days=0)
    phone_only = SurveyFactory(agency=desk.agency, channels=[Channel.PHONE])
    SurveyServiceFactory(survey=phone_only, service=desk.service, delay_hours=2)
    web_only = SurveyFactory(agency=desk.agency, channels=[Channel.WEB])
    SurveyServiceFactory(survey=web_only, service=desk.service)
    other_service = SurveyFactory(agency=desk.agency)
    SurveyServiceFactory(survey=other_service)
    inactive = SurveyFactory(agency=desk.agency, is_active=False)
    SurveyServiceFactory(survey=inactive, service=desk.service)
    staff_pulse = SurveyFactory(agency=desk.agency, audience=Audience.EMPLOYEE)
    SurveyServiceFactory(survey=staff_pulse, service=desk.service)
    elsewhere = SurveyFactory(agency=AgencyFactory())
    SurveyServiceFactory(survey=elsewhere, service=desk.service)
    ana = customer(desk, preferred_language="es")

    with time_machine.travel(T0, tick=False):
        case = closed_case(desk, who=ana, channel=Channel.PHONE)

    rows = SurveyInvitation.objects.filter(case=case).order_by("survey_id")
    assert [(i.survey_id, i.status, i.due_at) for i in rows] == [
        (desk.survey.pk, InvitationStatus.PENDING, T0 + timedelta(hours=24)),
        (phone_only.pk, InvitationStatus.PENDING, T0 + timedelta(hours=2)),
    ]
    assert {(i.customer_id, i.agency_id, i.language) for i in rows} == {
        (ana.pk, desk.agency.pk, "es")
    }


def test_a_web_case_is_not_invited_to_a_phone_only_survey(desk: Desk) -> None:
    desk.survey.channels = [Channel.PHONE]
    desk.survey.save()

    case = closed_case(desk, channel=Channel.WEB)

    assert invitations(case) == []


def test_only_closing_invites_not_resolving(desk: Desk) -> None:
    case = case_services.case_change_status(
        case=open_case(desk, who=customer(desk)),
        status=CaseStatus.RESOLVED,
        resolution="Filled it.",
        actor=desk.caseworker,
    )

    assert invitations(case) == []
    case_services.case_close(case=case, actor=desk.caseworker)
    assert invitations(case) == [(desk.survey.pk, InvitationStatus.PENDING, "")]


def test_a_case_closed_reopened_and_closed_again_is_invited_once(desk: Desk) -> None:
    case = closed_case(desk)
    first = SurveyInvitation.objects.get(case=case)

    case = case_services.case_reopen(case=case, actor=desk.caseworker, reason="Still there")
    close(desk, case)

    assert list(SurveyInvitation.objects.filter(case=case)) == [first]


def test_a_close_that_rolls_back_writes_no_invitation(desk: Desk) -> None:
    case = case_services.case_change_status(
        case=open_case(desk, who=customer(desk)),
        status=CaseStatus.RESOLVED,
        resolution="Filled it.",
        actor=desk.caseworker,
    )

    def close_then_fail() -> None:
        with transaction.atomic():
            case_services.case_close(case=case, actor=desk.caseworker)
            assert SurveyInvitation.objects.filter(case=case).exists()
            raise RuntimeError("the close failed after the invitation was written")

    with pytest.raises(RuntimeError):
        close_then_fail()

    assert not SurveyInvitation.objects.filter(case=case).exists()
    case.refresh_from_db()
    assert case.status == CaseStatus.RESOLVED


def test_a_case_without_a_customer_writes_no_invitation(desk: Desk) -> None:
    case = close(desk, open_case(desk, who=None))

    assert case.status == CaseStatus.CLOSED
    assert invitations(case) == []


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"email": ""}, SkipReason.NO_ADDRESS),
        ({"survey_consent": False}, SkipReason.DECLINED),
    ],
)
def test_a_customer_who_cannot_be_asked_gets_a_skipped_invitation_with_the_reason(
    desk: Desk, fields: dict[str, Any], reason: str
) -> None:
    case = closed_case(desk, who=customer(desk, phone="555 0100", **fields))

    assert invitations(case) == [(desk.survey.pk, InvitationStatus.SKIPPED, reason)]


@pytest.mark.parametrize(
    ("earlier", "expected"),
    [
        (timedelta(days=30), (InvitationStatus.PENDING, "")),
        (timedelta(days=30) - timedelta(seconds=1), (InvitationStatus.SKIPPED, "fatigue")),
    ],
    ids=["exactly-30-days-ago", "one-second-less"],
)
def test_fatigue_allows_one_invitation_per_customer_every_30_days_by_default(
    desk: Desk, earlier: timedelta, expected: tuple[str, str]
) -> None:
    ana = customer(desk)
    other_survey = SurveyFactory(agency=desk.agency)
    SurveyServiceFactory(survey=other_survey, service=ServiceFactory(agency=desk.agency))
    with time_machine.travel(T0 - earlier, tick=False):
        first = close(desk, open_case(desk, who=ana))
    assert invitations(first)[0][1] == InvitationStatus.PENDING

    with time_machine.travel(T0, tick=False):
        second = closed_case(desk, who=ana)

    assert invitations(second) == [(desk.survey.pk, *expected)]


def test_fatigue_follows_the_agencys_policy_and_ignores_skipped_invitations(desk: Desk) -> None:
    FeedbackPolicyFactory(agency=desk.agency, fatigue_days=7)
    ana = customer(desk)
    with time_machine.travel(T0 - timedelta(days=8), tick=False):
        closed_case(desk, who=ana)
    with time_machine.travel(T0 - timedelta(days=2), tick=False):
        ana.survey_consent = False
        ana.save()
        declined = closed_case(desk, who=ana)
        ana.survey_consent = True
        ana.save()
    assert invitations(declined)[0][1:] == (InvitationStatus.SKIPPED, SkipReason.DECLINED)

    with time_machine.travel(T0, tick=False):
        case = closed_case(desk, who=ana)

    assert invitations(case) == [(desk.survey.pk, InvitationStatus.PENDING, "")]


def test_when_two_surveys_apply_the_customer_gets_only_the_first(desk: Desk) -> None:
    second = SurveyFactory(agency=desk.agency)
    SurveyServiceFactory(survey=second, service=desk.service)

    case = closed_case(desk)

    assert invitations(case) == [
        (desk.survey.pk, InvitationStatus.PENDING, ""),
        (second.pk, InvitationStatus.SKIPPED, SkipReason.FATIGUE),
    ]


# Sending -----------------------------------------------------------------------------


def due_invitation(desk: Desk, **customer_fields: Any) -> SurveyInvitation:
    with time_machine.travel(T0 - timedelta(days=1), tick=False):
        case = closed_case(desk, who=customer(desk, **customer_fields))
    return SurveyInvitation.objects.get(case=case)


def test_sending_writes_one_outbox_row_and_marks_the_invitation_sent(desk: Desk) -> None:
    invitation = due_invitation(desk)

    result = dispatch.invitations_send_due(now=T0)

    assert (result.sent, result.skipped) == (1, 0)
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT
    assert invitation.sent_at == T0
    assert invitation.expires_at == T0 + timedelta(days=14)
    email = OutboundEmail.objects.get(kind=dispatch.INVITATION_KIND)
    assert invitation.email == email
    assert (email.to, email.agency_id, email.status) == (
        invitation.customer.email,
        desk.agency.pk,
        OutboundEmailStatus.PENDING,
    )
    assert (email.related_type, email.related_id) == (
        "feedback.surveyinvitation",
        str(invitation.pk),
    )


def test_an_invitation_is_not_sent_before_it_is_due(desk: Desk) -> None:
    invitation = due_invitation(desk)

    result = dispatch.invitations_send_due(now=invitation.due_at - timedelta(seconds=1))

    assert result.sent == 0
    assert not OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND).exists()
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING


def test_the_email_carries_the_signed_links_the_reference_and_the_service_only(
    desk: Desk,
) -> None:
    invitation = due_invitation(desk, name="Ana Gómez Ruiz", phone="555 0199")
    dispatch.invitations_send_due(now=T0)
    email = OutboundEmail.objects.get(kind=dispatch.INVITATION_KIND)

    urls = re.findall(r"https?://\S+", email.body)
    assert len(urls) == 2
    answer, unsubscribe = urls
    assert answer.startswith(settings.SITE_URL + "/survey/")
    assert unsubscribe.startswith(settings.SITE_URL + "/survey/")
    assert unsubscribe.endswith("/unsubscribe/")
    token = answer.removeprefix(settings.SITE_URL + "/survey/").strip("/")
    assert invitation_from_token(token).pk == invitation.pk
    assert invitation.case.reference in email.subject
    assert "How did we do?" in email.subject
    assert invitation.case.reference in email.body
    assert "Pothole repair" in email.body
    for personal in ("Ana", "Gómez", "555", "Pothole on Elm Street"):
        assert personal not in email.body
        assert personal not in email.subject


def test_the_email_is_in_the_customers_language(desk: Desk) -> None:
    spanish = due_invitation(desk, preferred_language="es")
    english = due_invitation(desk, preferred_language="en")

    dispatch.invitations_send_due(now=T0)

    by_invitation = {
        int(e.related_id): e for e in OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    }
    es, en = by_invitation[spanish.pk], by_invitation[english.pk]
    # The title comes from the survey, the date's month name from Django's own catalogue:
    # both show the email was rendered with Spanish active, so the .po will apply to the rest.
    assert "¿Cómo lo hicimos?" in es.subject
    assert "18 de mayo de 2026" in es.body
    assert "How did we do?" in en.subject
    assert "May 18, 2026" in en.body
    assert "¿Cómo lo hicimos?" not in en.subject + en.body
    with translation.override("es"):
        assert desk.survey.title_in(translation.get_language()) in es.body


@pytest.mark.parametrize(
    "template", ["invitation.txt", "invitation_subject.txt", "reminder.txt", "reminder_subject.txt"]
)
def test_every_sentence_of_the_email_templates_is_marked_for_translation(template: str) -> None:
    source = (TEMPLATES / template).read_text()
    # What makemessages extracts: the translatable strings, as gettext calls.
    extracted = templatize(source, origin=template)
    prose = re.sub(r"{%.*?%}|{{.*?}}", "", source, flags=re.S)
    words = re.findall(r"[A-Za-z]{2,}", prose)
    assert words, "the template has no prose"
    # templatize blanks out (with X) every letter that is not inside a translate tag.
    assert [word for word in words if word not in extracted] == []
    assert "gettext(" in extracted


def test_two_sweeps_in_a_row_send_each_invitation_once(desk: Desk) -> None:
    due = [due_invitation(desk) for _ in range(5)]

    first = dispatch.invitations_send_due(now=T0, batch_size=2)
    again = dispatch.invitations_send_due(now=T0 + timedelta(minutes=1), batch_size=2)

    assert (first.sent, first.batches, again.sent) == (5, 3, 0)
    assert sent_emails() == Counter({str(invitation.pk): 1 for invitation in due})


def test_the_emails_go_out_after_the_commit_once_each(
    desk: Desk, celery_eager: None, django_capture_on_commit_callbacks: Any
) -> None:
    due = [due_invitation(desk) for _ in range(3)]

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        dispatch.invitations_send_due(now=T0)
    assert mail.outbox == []
    for callback in callbacks:
        callback()

    assert sorted(m.to[0] for m in mail.outbox) == sorted(i.customer.email for i in due)
    invited = OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND)
    assert set(invited.values_list("status", flat=True)) == {OutboundEmailStatus.SENT}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"survey_consent": False}, SkipReason.DECLINED),
        ({"email": "", "phone": "555 0100"}, SkipReason.NO_ADDRESS),
    ],
)
def test_a_customer_who_changed_since_the_close_is_skipped_at_send_time(
    desk: Desk, change: dict[str, Any], reason: str
) -> None:
    invitation = due_invitation(desk)
    Customer.objects.filter(pk=invitation.customer_id).update(**change)

    result = dispatch.invitations_send_due(now=T0)

    assert (result.sent, result.skipped) == (0, 1)
    invitation.refresh_from_db()
    assert (invitation.status, invitation.skip_reason, invitation.email) == (
        InvitationStatus.SKIPPED,
        reason,
        None,
    )
    assert not OutboundEmail.objects.filter(kind=dispatch.INVITATION_KIND).exists()


def test_a_survey_made_inactive_before_the_send_skips_its_invitation(desk: Desk) -> None:
    invitation = due_invitation(desk)
    desk.survey.is_active = False
    desk.survey.save()

    dispatch.invitations_send_due(now=T0)

    invitation.refresh_from_db()
    assert (invitation.status, invitation.skip_reason) == (
        InvitationStatus.SKIPPED,
        SkipReason.INACTIVE,
    )


def test_two_invitations_of_one_customer_due_together_send_only_one(desk: Desk) -> None:
    # Both pass the check at creation: cases closed at the same moment by two people.
    ana = customer(desk)
    with time_machine.travel(T0 - timedelta(days=1), tick=False):
        FeedbackPolicyFactory(agency=desk.agency, fatigue_days=0)
        cases = [closed_case(desk, who=ana) for _ in range(2)]
    desk.agency.feedback_policy.fatigue_days = 30
    desk.agency.feedback_policy.save()

    result = dispatch.invitations_send_due(now=T0)

    assert (result.sent, result.skipped) == (1, 1)
    statuses = sorted(invitations(cases[0]) + invitations(cases[1]), key=lambda row: row[1])
    assert [row[1:] for row in statuses] == [
        (InvitationStatus.SENT, ""),
        (InvitationStatus.SKIPPED, SkipReason.FATIGUE),
    ]


def test_an_invitation_sent_recently_by_another_case_skips_a_late_one(desk: Desk) -> None:
    late = due_invitation(desk)
    # Another survey with a long delay: created before the fatigue window, sent within it.
    slow = SurveyFactory(agency=desk.agency)
    SurveyInvitationFactory(
        survey=slow,
        case=CaseFactory(agency=desk.agency, customer=late.customer, status=CaseStatus.CLOSED),
        status=InvitationStatus.SENT,
        created_at=T0 - timedelta(days=40),
        sent_at=T0 - timedelta(days=10),
    )

    dispatch.invitations_send_due(now=T0)

    late.refresh_from_db()
    assert (late.status, late.skip_reason) == (InvitationStatus.SKIPPED, SkipReason.FATIGUE)


def test_an_invitation_whose_case_stays_reopened_is_given_up_after_thirty_days(
    desk: Desk,
) -> None:
    invitation = due_invitation(desk)
    case_services.case_reopen(case=invitation.case, actor=desk.caseworker, reason="Still there")
    due = invitation.due_at

    dispatch.invitations_expire(now=due + timedelta(days=30) - timedelta(seconds=1))
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING

    dispatch.invitations_expire(now=due + timedelta(days=30))
    invitation.refresh_from_db()
    assert (invitation.status, invitation.skip_reason) == (
        InvitationStatus.SKIPPED,
        SkipReason.NOT_CLOSED,
    )
    assert invitation.email is None


def test_an_invitation_whose_case_was_reopened_waits_for_the_case_to_close_again(
    desk: Desk,
) -> None:
    invitation = due_invitation(desk)
    case = case_services.case_reopen(
        case=invitation.case, actor=desk.caseworker, reason="Still there"
    )

    assert dispatch.invitations_send_due(now=T0).sent == 0
    close(desk, case)
    assert dispatch.invitations_send_due(now=T0).sent == 1

    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT


@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_the_same_time_send_each_invitation_once(agency: Any) -> None:
    desk = make_desk(agency)
    due = [due_invitation(desk) for _ in range(30)]
    start = threading.Barrier(2)
    results: list[dispatch.DispatchResult] = []
    errors: list[BaseException] = []

    def sweep() -> None:
        try:
            start.wait(timeout=10)
            results.append(dispatch.invitations_send_due(now=T0, batch_size=4))
        except BaseException as error:  # reported by the test thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert sum(result.sent for result in results) == len(due)
    assert sent_emails() == Counter({str(invitation.pk): 1 for invitation in due})
    assert set(SurveyInvitation.objects.values_list("status", flat=True)) == {InvitationStatus.SENT}


# Reminders and expiry ----------------------------------------------------------------


def sent(desk: Desk, **customer_fields: Any) -> SurveyInvitation:
    """An invitation sent at T0."""
    invitation = due_invitation(desk, **customer_fields)
    dispatch.invitations_send_due(now=T0)
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT
    return invitation


def test_an_unanswered_invitation_is_reminded_once_after_three_days(desk: Desk) -> None:
    invitation = sent(desk)

    early = dispatch.invitations_remind(now=T0 + timedelta(days=3) - timedelta(seconds=1))
    first = dispatch.invitations_remind(now=T0 + timedelta(days=3))
    again = dispatch.invitations_remind(now=T0 + timedelta(days=5))

    assert (early.reminded, first.reminded, again.reminded) == (0, 1, 0)
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.REMINDED
    assert invitation.reminded_at == T0 + timedelta(days=3)
    reminder = OutboundEmail.objects.get(kind=dispatch.REMINDER_KIND)
    assert invitation.reminder_email == reminder
    assert reminder.to == invitation.customer.email
    assert reminder.subject.startswith("Reminder: How did we do?")
    assert settings.SITE_URL + "/survey/" in reminder.body


def test_the_reminder_follows_the_agencys_policy_and_zero_sends_none(desk: Desk) -> None:
    FeedbackPolicyFactory(agency=desk.agency, reminder_after_days=5)
    other = make_desk(AgencyFactory())
    FeedbackPolicyFactory(agency=other.agency, reminder_after_days=0)
    ours, theirs = sent(desk), sent(other)

    assert dispatch.invitations_remind(now=T0 + timedelta(days=4)).reminded == 0
    assert dispatch.invitations_remind(now=T0 + timedelta(days=5)).reminded == 1
    assert dispatch.invitations_remind(now=T0 + timedelta(days=13)).reminded == 0

    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert (ours.status, theirs.status) == (InvitationStatus.REMINDED, InvitationStatus.SENT)


def test_no_reminder_after_the_link_expired_or_the_customer_declined(desk: Desk) -> None:
    FeedbackPolicyFactory(agency=desk.agency, expire_after_days=2)
    expired = sent(desk)
    FeedbackPolicy.objects.filter(agency=desk.agency).update(expire_after_days=14)
    declined = sent(desk)
    Customer.objects.filter(pk=declined.customer_id).update(survey_consent=False)

    assert dispatch.invitations_remind(now=T0 + timedelta(days=3)).reminded == 0
    assert not OutboundEmail.objects.filter(kind=dispatch.REMINDER_KIND).exists()
    assert expired.expires_at == T0 + timedelta(days=2)


def test_expiry_marks_sent_and_reminded_invitations_past_their_link_expired(
    desk: Desk,
) -> None:
    FeedbackPolicyFactory(agency=desk.agency, fatigue_days=0)
    reminded, unanswered, answered = sent(desk), sent(desk), sent(desk)
    dispatch.invitations_remind(now=T0 + timedelta(days=3))
    SurveyInvitation.objects.filter(pk__in=[unanswered.pk, answered.pk]).update(
        status=InvitationStatus.SENT, reminded_at=None
    )
    SurveyInvitation.objects.filter(pk=answered.pk).update(
        status=InvitationStatus.ANSWERED, answered_at=T0 + timedelta(days=1)
    )

    assert dispatch.invitations_expire(now=T0 + timedelta(days=14) - timedelta(seconds=1)) == 0
    assert dispatch.invitations_expire(now=T0 + timedelta(days=14)) == 2
    assert dispatch.invitations_expire(now=T0 + timedelta(days=15)) == 0

    statuses = dict(SurveyInvitation.objects.values_list("pk", "status"))
    assert statuses == {
        reminded.pk: InvitationStatus.EXPIRED,
        unanswered.pk: InvitationStatus.EXPIRED,
        answered.pk: InvitationStatus.ANSWERED,
    }
    assert reminded.email is not None
    token = re.findall(r"/survey/([^/]+)/", reminded.email.body)[0]
    with pytest.raises(LinkError) as refused:
        invitation_from_token(token)
    assert refused.value.reason == "expired"


def test_the_sweep_expires_sends_and_reminds_and_the_task_reports_the_counts(
    desk: Desk,
) -> None:
    later = T0 + timedelta(days=20)
    old = sent(desk)
    to_remind = sent(desk)
    SurveyInvitation.objects.filter(pk=to_remind.pk).update(
        sent_at=later - timedelta(days=4), expires_at=later + timedelta(days=10)
    )
    due = due_invitation(desk)
    SurveyInvitation.objects.filter(pk=due.pk).update(due_at=later)

    with time_machine.travel(later, tick=False):
        counts = tasks.feedback_sweep.apply().get()

    assert counts == {"expired": 1, "sent": 1, "skipped": 0, "reminded": 1, "batches": 2}
    assert dict(SurveyInvitation.objects.values_list("pk", "status")) == {
        old.pk: InvitationStatus.EXPIRED,
        to_remind.pk: InvitationStatus.REMINDED,
        due.pk: InvitationStatus.SENT,
    }


# Unsubscribing -----------------------------------------------------------------------


def test_unsubscribing_declines_surveys_and_skips_what_is_waiting_once(desk: Desk) -> None:
    FeedbackPolicyFactory(agency=desk.agency, fatigue_days=0)
    link_used = sent(desk)
    ana = link_used.customer
    waiting = closed_case(desk, who=ana)
    other = customer(desk)
    theirs = closed_case(desk, who=other)

    dispatch.customer_unsubscribe(invitation=link_used, now=T0)
    dispatch.customer_unsubscribe(invitation=link_used, now=T0)

    ana.refresh_from_db()
    assert ana.survey_consent is False
    assert invitations(waiting) == [(desk.survey.pk, InvitationStatus.SKIPPED, "declined")]
    assert invitations(theirs) == [(desk.survey.pk, InvitationStatus.PENDING, "")]
    link_used.refresh_from_db()
    assert link_used.status == InvitationStatus.SENT
    [event] = AuditEvent.objects.filter(action="feedback.unsubscribe")
    assert (event.object_type, event.object_id, event.agency_id, event.actor_id) == (
        "cases.customer",
        str(ana.pk),
        desk.agency.pk,
        None,
    )
    assert event.details["invitation"] == link_used.pk
    assert event.details["pending_skipped"] == 1
    # Later closes are skipped, and the sent invitation is not reminded.
    assert invitations(closed_case(desk, who=ana))[0][1:] == (
        InvitationStatus.SKIPPED,
        SkipReason.DECLINED,
    )
    assert dispatch.invitations_remind(now=T0 + timedelta(days=4)).reminded == 0
