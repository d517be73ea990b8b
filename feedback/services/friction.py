"""Every write of friction reports: raising one, "me too" votes, and triage by managers.

A friction report is something in staff's own tools or processes that gets in the way
of good service. Any member of staff raises one, from a case page or from anywhere;
colleagues add a "me too" once each; managers and administrators triage it like a small
case (status and a response to staff), each change audited and the reporter notified
in the app.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import has_role
from backoffice.errors import ConflictError, DomainError
from backoffice.models import Agency, Membership, Notification, Role, User
from backoffice.services import audit_record, notify
from cases.models import Case, Service

from ..models import FRICTION_OPEN, FrictionReport, FrictionStatus, FrictionVote, Stage

# Triage decides what changes in the agency's tools and processes: a management call.
TRIAGE_ROLES = (Role.MANAGER, Role.ADMINISTRATOR)
TITLE_LIMIT = 200
DETAILS_LIMIT = 5000
RESPONSE_LIMIT = 5000


def _require_staff(actor: User, agency: Agency) -> None:
    if not Membership.objects.filter(user=actor, agency=agency).exists():
        raise DomainError(_("Only staff of this agency can do this."), code="forbidden")


def can_triage(user: User, agency: Agency) -> bool:
    return has_role(user, agency, *TRIAGE_ROLES)


@transaction.atomic
def friction_raise(
    *,
    agency: Agency,
    actor: User,
    title: str,
    description: str = "",
    service: Service | None = None,
    stage: str = "",
    case: Case | None = None,
) -> FrictionReport:
    """Raise a friction report in *agency*.

    The actor works in the agency; the title says what gets in the way (200 characters
    at most); the service and the case, if given, belong to the agency; the stage is one
    of the blueprint's stages or none. A report raised from a case takes the case's
    service unless another one is chosen.
    """
    _require_staff(actor, agency)
    errors: dict[str, list[str]] = {}
    title = " ".join((title or "").split())
    description = (description or "").strip()
    if not title:
        errors["title"] = [_("Say in a few words what gets in the way.")]
    elif len(title) > TITLE_LIMIT:
        errors["title"] = [_("Keep the title to %(limit)d characters.") % {"limit": TITLE_LIMIT}]
    if len(description) > DETAILS_LIMIT:
        errors["description"] = [
            _("Keep the details to %(limit)d characters.") % {"limit": DETAILS_LIMIT}
        ]
    if service is not None and service.agency_id != agency.pk:
        errors["service"] = [_("Choose one of this agency's services.")]
    if stage and stage not in Stage.values:
        errors["stage"] = [_("Choose one of the listed stages.")]
    if case is not None and case.agency_id != agency.pk:
        errors["case_reference"] = [_("No case of this agency has that reference.")]
    if errors:
        raise DomainError(_("The report was not saved."), errors=errors)
    now = timezone.now()
    report = FrictionReport.objects.create(
        agency=agency,
        raised_by=actor,
        title=title,
        description=description,
        service=service if service is not None else (case.service if case else None),
        stage=stage,
        case=case,
        created_at=now,
        updated_at=now,
    )
    audit_record(
        action="friction.raise",
        actor=actor,
        agency=agency,
        obj=report,
        details={
            "service": report.service_id,
            "stage": stage,
            "case": case.reference if case else None,
        },
    )
    return report


@transaction.atomic
def friction_vote(*, report: FrictionReport, actor: User, agree: bool = True) -> FrictionReport:
    """Add (``agree``) or take back the actor's "me too" on a report.

    Each colleague counts once: the vote is a row UNIQUE per report and person, and
    ``votes`` moves by one only when a row was really added or removed, with an F()
    update, so double clicks and concurrent requests keep the count equal to the rows.
    Asking for the state the vote is already in changes nothing. The person who raised
    the report does not vote on it, and a closed report takes no new votes.
    """
    _require_staff(actor, report.agency)
    if report.raised_by_id == actor.pk:
        raise DomainError(_("You raised this report: it already counts for you."))
    if agree:
        status = FrictionReport.objects.filter(pk=report.pk).values_list("status", flat=True)
        if status.first() not in FRICTION_OPEN:
            raise ConflictError(_("This report is closed and takes no more votes."))
        try:
            with transaction.atomic():
                FrictionVote.objects.create(report=report, user=actor)
        except IntegrityError:
            changed = False
        else:
            changed = True
            FrictionReport.objects.filter(pk=report.pk).update(votes=F("votes") + 1)
    else:
        deleted, _rows = FrictionVote.objects.filter(report=report, user=actor).delete()
        changed = bool(deleted)
        if changed:
            FrictionReport.objects.filter(pk=report.pk, votes__gt=0).update(votes=F("votes") - 1)
    if changed:
        audit_record(
            action="friction.vote" if agree else "friction.unvote",
            actor=actor,
            agency=report.agency,
            obj=report,
        )
    report.refresh_from_db(fields=["votes"])
    return report


@transaction.atomic
def friction_triage(
    *,
    report: FrictionReport,
    actor: User,
    status: str,
    response: str,
    now: datetime | None = None,
) -> FrictionReport:
    """Set a report's status and the response staff see, as a manager or administrator.

    A report that will not change says why (a response is required to decline). A new
    or changed response records who wrote it and when. Every change is audited with
    before and after, and the person who raised the report is notified in the app.
    """
    now = now or timezone.now()
    if not can_triage(actor, report.agency):
        raise DomainError(
            _("Only managers and administrators triage friction reports."), code="forbidden"
        )
    report = FrictionReport.objects.select_for_update().select_related("agency").get(pk=report.pk)
    response = (response or "").strip()
    if status not in FrictionStatus.values:
        raise DomainError(_("Choose one of the listed statuses."), field="status")
    if len(response) > RESPONSE_LIMIT:
        raise DomainError(
            _("Keep the response to %(limit)d characters.") % {"limit": RESPONSE_LIMIT},
            field="response",
        )
    if status == FrictionStatus.DECLINED and not response:
        raise DomainError(
            _("Say why this will not change: the people who raised it will read it."),
            field="response",
        )
    changes = {
        name: [getattr(report, name), value]
        for name, value in (("status", status), ("response", response))
        if getattr(report, name) != value
    }
    if not changes:
        raise DomainError(_("Change the status or the response first."), field="status")
    report.status = status
    report.updated_at = now
    fields = ["status", "updated_at"]
    if "response" in changes:
        report.response = response
        report.responded_by = actor
        report.responded_at = now
        fields += ["response", "responded_by", "responded_at"]
    report.save(update_fields=fields)
    audit_record(
        action="friction.triage", actor=actor, agency=report.agency, obj=report, details=changes
    )
    _notify_reporter(report, actor=actor, now=now)
    return report


def _notify_reporter(report: FrictionReport, *, actor: User, now: datetime) -> None:
    if report.raised_by_id == actor.pk:
        return
    title = _("Your friction report “%(title)s” is now: %(status)s") % {
        "title": report.title[:80],
        "status": report.get_status_display(),
    }
    notify(
        notifications=[
            Notification(
                user_id=report.raised_by_id,
                agency_id=report.agency_id,
                kind="friction.triage",
                title=title[:200],
                body=report.response,
                link=reverse("friction_detail", args=[report.pk]),
                created_at=now,
            )
        ],
        email=False,
    )
