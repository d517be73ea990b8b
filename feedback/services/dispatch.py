"""Survey invitations: written when a case closes, sent by a beat sweep, reminded once, expired.

Closing a case writes one :class:`SurveyInvitation` per citizen survey that applies to it,
in the closing transaction, so a rolled-back close invites nobody and the UNIQUE (case,
survey) keeps a case closed, reopened and closed again to one invitation per survey.

The sweep (:func:`feedback_sweep`, run by Celery beat every ``FEEDBACK_SWEEP_SECONDS``)
expires old links, sends the invitations that are due and sends one reminder. Sending
works in batches, each one transaction: the outbox rows and the invitations' new status
commit together, and the outbox sends the emails once that transaction has committed.
Candidates are claimed with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so overlapping
sweeps share the work; SQLite's single writer runs them one after the other. A sweep
killed midway rolls its batch back whole and the next sweep does it again.

An agency without a :class:`FeedbackPolicy` gets the model's defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Max, Q, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from backoffice import services as backoffice_services
from backoffice.models import OutboundEmail
from cases.models import Case, CaseStatus, Customer

from ..links import invitation_path, unsubscribe_path
from ..models import (
    Audience,
    FeedbackPolicy,
    InvitationStatus,
    SkipReason,
    SurveyInvitation,
    SurveyService,
)

SEND_BATCH = 200
# An invitation whose case was reopened waits this long past its due time for the case to
# close again; then the survey would no longer be about a recent experience.
STALE_AFTER = timedelta(days=30)
INVITATION_KIND = "feedback.invitation"
REMINDER_KIND = "feedback.reminder"
# Whatever was not skipped counts as an invitation for the fatigue rule, even expired.
INVITED = (
    InvitationStatus.PENDING,
    InvitationStatus.SENT,
    InvitationStatus.REMINDED,
    InvitationStatus.ANSWERED,
    InvitationStatus.EXPIRED,
)
WAITING_FOR_ANSWER = (InvitationStatus.SENT, InvitationStatus.REMINDED)


@dataclass
class DispatchResult:
    """What a run of the sweep did; each count is of invitations."""

    expired: int = 0
    sent: int = 0
    skipped: int = 0
    reminded: int = 0
    batches: int = 0


def policy_for(agency_id: int) -> FeedbackPolicy:
    """The agency's policy, or an unsaved one holding the defaults."""
    return FeedbackPolicy.objects.filter(agency_id=agency_id).first() or FeedbackPolicy(
        agency_id=agency_id
    )


def _policies(agency_ids: Iterable[int]) -> dict[int, FeedbackPolicy]:
    ids = set(agency_ids)
    found = {
        policy.agency_id: policy for policy in FeedbackPolicy.objects.filter(agency_id__in=ids)
    }
    return {pk: found.get(pk) or FeedbackPolicy(agency_id=pk) for pk in ids}


def _fatigue(policy: FeedbackPolicy) -> timedelta:
    return timedelta(days=policy.fatigue_days)


# Creation ----------------------------------------------------------------------------


def invitations_for_closed_case(*, case: Case, now: datetime) -> list[SurveyInvitation]:
    """Invite the case's customer to each active citizen survey that applies to the case.

    Called by ``case_change_status`` inside the transaction that closes the case, under
    the case's row lock. A survey applies when it belongs to the case's agency, lists the
    case's service, and lists the case's intake channel or no channel at all. Each
    invitation is due ``delay_hours`` (set per survey and service) after the close and is
    in the customer's preferred language.

    Rules, each recorded as a SKIPPED invitation with its reason so managers see why:

    - no email address: ``no_address``; the customer declined surveys: ``declined``;
    - fatigue: at most one invitation per customer every ``fatigue_days``. Another
      invitation (any survey, any status but skipped) created less than ``fatigue_days``
      ago skips this one; one created exactly ``fatigue_days`` ago no longer does. When
      several surveys apply at once, the first (lowest id) is the one invitation.

    A case without a customer writes nothing: an invitation needs a customer, and there is
    nobody to ask or to count as not asked.

    A case already invited to a survey (closed, reopened, closed again) is not invited
    again; the UNIQUE (case, survey) holds that even against a concurrent writer.
    """
    customer = case.customer
    if customer is None:
        return []
    already = set(SurveyInvitation.objects.filter(case=case).values_list("survey_id", flat=True))
    links = [
        link
        for link in SurveyService.objects.filter(
            service_id=case.service_id,
            survey__agency_id=case.agency_id,
            survey__audience=Audience.CUSTOMER,
            survey__is_active=True,
        )
        .select_related("survey")
        .order_by("survey_id")
        if link.survey_id not in already and link.survey.applies_to_channel(case.channel)
    ]
    if not links:
        return []
    policy = policy_for(case.agency_id)
    reason = _reason_not_to_invite(customer, policy, now)
    invitations = []
    for link in links:
        invitations.append(
            SurveyInvitation(
                survey=link.survey,
                case=case,
                customer=customer,
                agency_id=case.agency_id,
                language=customer.preferred_language or settings.LANGUAGE_CODE,
                status=InvitationStatus.SKIPPED if reason else InvitationStatus.PENDING,
                skip_reason=reason,
                created_at=now,
                due_at=now + timedelta(hours=link.delay_hours),
            )
        )
        if not reason and policy.fatigue_days:
            reason = SkipReason.FATIGUE
    SurveyInvitation.objects.bulk_create(invitations, ignore_conflicts=True)
    return list(
        SurveyInvitation.objects.filter(
            case=case, survey_id__in=[link.survey_id for link in links]
        ).order_by("survey_id")
    )


def _reason_not_to_invite(customer: Customer, policy: FeedbackPolicy, now: datetime) -> str:
    if not customer.email:
        return SkipReason.NO_ADDRESS
    if not customer.survey_consent:
        return SkipReason.DECLINED
    recent = SurveyInvitation.objects.filter(
        customer=customer, status__in=INVITED, created_at__gt=now - _fatigue(policy)
    )
    if policy.fatigue_days and recent.exists():
        return SkipReason.FATIGUE
    return ""


# Sending -----------------------------------------------------------------------------


def _claim(due: QuerySet[SurveyInvitation], batch_size: int) -> list[int]:
    if connection.features.has_select_for_update_skip_locked:
        due = due.select_for_update(skip_locked=True, of=("self",))
    return list(due.values_list("pk", flat=True)[:batch_size])


BatchStep = Callable[[datetime, int, DispatchResult], int]


def _batched(run: BatchStep, now: datetime | None, batch_size: int, result: DispatchResult) -> None:
    """Run one step batch by batch, each batch its own transaction, until one is short."""
    while True:
        with transaction.atomic():
            claimed = run(now or timezone.now(), batch_size, result)
        if claimed < batch_size:
            return


def invitations_send_due(
    *, now: datetime | None = None, batch_size: int = SEND_BATCH
) -> DispatchResult:
    """Send every pending invitation that is due, batch by batch.

    The rules are checked again at send time, because things change between the close and
    the send: a survey made inactive skips the invitation (``inactive``), so do an address
    removed (``no_address``), surveys declined (``declined``), and another invitation of
    the customer's sent less than ``fatigue_days`` ago (``fatigue``; two cases closed at
    the same moment can both pass the check at creation, and only one is sent).

    A sent invitation gets its outbox row, in the customer's language, in the same
    transaction as its status SENT; its link expires ``expire_after_days`` later. An
    invitation whose case was reopened waits until the case is closed again.
    """
    result = DispatchResult()
    _batched(_send_batch, now, batch_size, result)
    return result


def _send_batch(moment: datetime, batch_size: int, result: DispatchResult) -> int:
    ids = _claim(
        SurveyInvitation.objects.filter(
            status=InvitationStatus.PENDING, due_at__lte=moment, case__status=CaseStatus.CLOSED
        ).order_by("due_at", "pk"),
        batch_size,
    )
    if not ids:
        return 0
    invitations = list(
        SurveyInvitation.objects.filter(pk__in=ids)
        .select_related("survey", "case__service", "customer", "agency")
        .order_by("due_at", "pk")
    )
    policies = _policies(invitation.agency_id for invitation in invitations)
    last_sent = _last_sent(invitations, policies, moment)
    sending = []
    for invitation in invitations:
        policy = policies[invitation.agency_id]
        reason = _reason_not_to_send(invitation, last_sent, policy, moment)
        if reason:
            invitation.status, invitation.skip_reason = InvitationStatus.SKIPPED, reason
            result.skipped += 1
            continue
        invitation.status = InvitationStatus.SENT
        invitation.sent_at = moment
        invitation.expires_at = moment + timedelta(days=policy.expire_after_days)
        last_sent[invitation.customer_id] = moment
        sending.append(invitation)
    emails = _queue_emails([_email(invitation, kind=INVITATION_KIND) for invitation in sending])
    for invitation, email in zip(sending, emails, strict=True):
        invitation.email = email
    SurveyInvitation.objects.bulk_update(
        invitations, ["status", "skip_reason", "sent_at", "expires_at", "email"]
    )
    result.sent += len(sending)
    result.batches += 1
    return len(ids)


def _last_sent(
    invitations: list[SurveyInvitation], policies: dict[int, FeedbackPolicy], moment: datetime
) -> dict[int, datetime]:
    """When each customer of the batch was last sent another invitation, if recently."""
    longest = max(_fatigue(policy) for policy in policies.values())
    if not longest:
        return {}
    rows = (
        SurveyInvitation.objects.filter(
            customer_id__in={invitation.customer_id for invitation in invitations},
            sent_at__gt=moment - longest,
        )
        .exclude(pk__in=[invitation.pk for invitation in invitations])
        .values("customer_id")
        .annotate(last=Max("sent_at"))
    )
    return {row["customer_id"]: row["last"] for row in rows}


def _reason_not_to_send(
    invitation: SurveyInvitation,
    last_sent: dict[int, datetime],
    policy: FeedbackPolicy,
    moment: datetime,
) -> str:
    customer = invitation.customer
    if not invitation.survey.is_active:
        return SkipReason.INACTIVE
    if not customer.email:
        return SkipReason.NO_ADDRESS
    if not customer.survey_consent:
        return SkipReason.DECLINED
    last = last_sent.get(customer.pk)
    if last is not None and last > moment - _fatigue(policy):
        return SkipReason.FATIGUE
    return ""


# Reminders and expiry ----------------------------------------------------------------


def invitations_remind(
    *, now: datetime | None = None, batch_size: int = SEND_BATCH
) -> DispatchResult:
    """Send the one reminder of each invitation still unanswered ``reminder_after_days`` on.

    Only SENT invitations are reminded (a REMINDED one never again), only before their
    link expires, and never when the survey was made inactive or the customer has since
    declined surveys or has no address; an agency whose ``reminder_after_days`` is 0
    sends none. The reminder's outbox row commits with the status REMINDED.
    """
    result = DispatchResult()
    _batched(_remind_batch, now, batch_size, result)
    return result


def _reminders_due(moment: datetime) -> Q:
    """Sent long enough ago, by each agency's own ``reminder_after_days``."""
    due = Q(pk__in=[])
    default = FeedbackPolicy().reminder_after_days
    if default:
        due |= Q(
            agency__feedback_policy__isnull=True, sent_at__lte=moment - timedelta(days=default)
        )
    days_in_use = FeedbackPolicy.objects.filter(reminder_after_days__gt=0).values_list(
        "reminder_after_days", flat=True
    )
    for days in sorted(set(days_in_use)):
        due |= Q(
            agency__feedback_policy__reminder_after_days=days,
            sent_at__lte=moment - timedelta(days=days),
        )
    return due


def _remind_batch(moment: datetime, batch_size: int, result: DispatchResult) -> int:
    ids = _claim(
        SurveyInvitation.objects.filter(
            _reminders_due(moment),
            status=InvitationStatus.SENT,
            reminded_at__isnull=True,
            expires_at__gt=moment,
            survey__is_active=True,
            customer__survey_consent=True,
        )
        .exclude(customer__email="")
        .order_by("sent_at", "pk"),
        batch_size,
    )
    if not ids:
        return 0
    invitations = list(
        SurveyInvitation.objects.filter(pk__in=ids)
        .select_related("survey", "case__service", "customer", "agency")
        .order_by("sent_at", "pk")
    )
    emails = _queue_emails([_email(invitation, kind=REMINDER_KIND) for invitation in invitations])
    for invitation, email in zip(invitations, emails, strict=True):
        invitation.status = InvitationStatus.REMINDED
        invitation.reminded_at = moment
        invitation.reminder_email = email
    SurveyInvitation.objects.bulk_update(invitations, ["status", "reminded_at", "reminder_email"])
    result.reminded += len(invitations)
    result.batches += 1
    return len(ids)


def invitations_expire(*, now: datetime | None = None) -> int:
    """Mark EXPIRED every sent or reminded invitation whose link has expired, unanswered.

    One conditional UPDATE: an invitation answered meanwhile is no longer SENT or REMINDED
    and stays answered. Also gives up on invitations still waiting for a reopened case to
    close again ``STALE_AFTER`` past their due time (SKIPPED, ``not_closed``), so a case
    reopened and then cancelled leaves nothing pending for ever; these are not counted.
    """
    moment = now or timezone.now()
    SurveyInvitation.objects.filter(
        status=InvitationStatus.PENDING, due_at__lte=moment - STALE_AFTER
    ).exclude(case__status=CaseStatus.CLOSED).update(
        status=InvitationStatus.SKIPPED, skip_reason=SkipReason.NOT_CLOSED
    )
    return SurveyInvitation.objects.filter(
        status__in=WAITING_FOR_ANSWER, expires_at__lte=moment
    ).update(status=InvitationStatus.EXPIRED)


def feedback_sweep(*, now: datetime | None = None) -> DispatchResult:
    """Expire old links, send the invitations that are due, then the reminders.

    Run by beat every ``FEEDBACK_SWEEP_SECONDS``. Each step is safe to run twice or at
    the same time as another sweep; without *now* each batch uses the time it starts.
    """
    expired = invitations_expire(now=now)
    sent = invitations_send_due(now=now)
    reminded = invitations_remind(now=now)
    return DispatchResult(
        expired=expired,
        sent=sent.sent,
        skipped=sent.skipped,
        reminded=reminded.reminded,
        batches=sent.batches + reminded.batches,
    )


# Unsubscribing -----------------------------------------------------------------------


@transaction.atomic
def customer_unsubscribe(
    *, invitation: SurveyInvitation, now: datetime | None = None, request: HttpRequest | None = None
) -> Customer:
    """The customer an invitation went to declines all further surveys.

    Unsets ``survey_consent``, skips the customer's invitations still waiting to be sent
    (``declined``) and records an audit event with the invitation the link came from
    (*now* is taken for symmetry with the other services; the audit row keeps its own
    time). Invitations already sent stay answerable but get no reminder. Idempotent: a
    second use of the link changes nothing and records nothing more.
    """
    customer = Customer.objects.select_for_update().get(pk=invitation.customer_id)
    skipped = SurveyInvitation.objects.filter(
        customer=customer, status=InvitationStatus.PENDING
    ).update(status=InvitationStatus.SKIPPED, skip_reason=SkipReason.DECLINED)
    if not customer.survey_consent and not skipped:
        return customer
    was_consenting = customer.survey_consent
    if was_consenting:
        customer.survey_consent = False
        customer.save(update_fields=["survey_consent", "updated_at"])
    backoffice_services.audit_record(
        action="feedback.unsubscribe",
        request=request,
        agency=invitation.agency,
        obj=customer,
        details={
            "invitation": invitation.pk,
            "pending_skipped": skipped,
            "consent_was": was_consenting,
        },
    )
    return customer


# Email -------------------------------------------------------------------------------


def _email(invitation: SurveyInvitation, *, kind: str) -> OutboundEmail:
    """The invitation or reminder email, in the invitation's language.

    It names the survey, the case reference and the service, and carries the signed
    answer link and the unsubscribe link; nothing else about the customer or the case.
    """
    language = invitation.language or settings.LANGUAGE_CODE
    agency = invitation.agency
    template = "reminder" if kind == REMINDER_KIND else "invitation"
    with translation.override(language):
        expires = timezone.localtime(invitation.expires_at, agency.zone)
        context = {
            "agency": agency.name,
            "survey_title": invitation.survey.title_in(language),
            "reference": invitation.case.reference,
            "service": invitation.case.service.name,
            "answer_url": settings.SITE_URL + invitation_path(invitation),
            "unsubscribe_url": settings.SITE_URL + unsubscribe_path(invitation),
            "expires_on": formats.date_format(expires, "DATE_FORMAT"),
        }
        subject = render_to_string(f"feedback/email/{template}_subject.txt", context)
        body = render_to_string(f"feedback/email/{template}.txt", context)
    return OutboundEmail(
        agency=agency,
        to=invitation.customer.email,
        subject=" ".join(subject.split())[:250],
        body=body.strip() + "\n",
        kind=kind,
        related_type=SurveyInvitation._meta.label_lower,
        related_id=str(invitation.pk),
    )


def _queue_emails(emails: list[OutboundEmail]) -> list[OutboundEmail]:
    """Write outbox rows in the caller's transaction; one task sends them after the commit.

    As ``backoffice.services.notify`` does: a batch of 200 invitations is 200 rows and one
    broker message, and a lost message is sent again by ``email_requeue_stale``.
    """
    from backoffice.tasks import send_outbound_emails

    if not emails:
        return []
    created = OutboundEmail.objects.bulk_create(emails)
    ids = [email.pk for email in created]
    transaction.on_commit(lambda: send_outbound_emails.delay(ids), robust=True)
    return created
