"""Supervisor tools: transfer a case to a person or a queue, take it back, snooze it.

Each records on the case's timeline who did what and why;
changing a case's priority is :func:`cases.services.case_update`, and setting someone's
presence is :func:`routing.presence.presence_set`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import has_role
from backoffice.errors import DomainError
from backoffice.models import Role, User
from cases.models import Case, CaseEvent, EventKind
from cases.services import case_assign

from .models import Offer, OfferStatus, Presence, Queue
from .presence import presence_of
from .work import duration_text, line_up, load_of, requeue, workload_changed

SUPERVISOR_ROLES = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
WORK_ROLES = (Role.CASEWORKER, *SUPERVISOR_ROLES)
LONGEST_SNOOZE = timedelta(days=30)


def _require_supervisor(actor: User, case: Case) -> None:
    if not has_role(actor, case.agency, *SUPERVISOR_ROLES):
        raise DomainError(
            _("Only supervisors and managers of this agency do this."), code="forbidden"
        )


def _locked(case: Case) -> Case:
    return (
        Case.objects.select_for_update(of=("self",))
        .select_related("agency", "queue", "assignee")
        .get(pk=case.pk)
    )


@transaction.atomic
def case_transfer_to_person(*, case: Case, user: User, actor: User, reason: str = "") -> Case:
    """Give the case to *user*, within their capacity; the timeline says why."""
    case = _locked(case)
    _require_supervisor(actor, case)
    if case.assignee_id == user.pk:
        raise DomainError(_("%(name)s already has this case.") % {"name": user.full_name})
    presence_of(user)
    presence = Presence.objects.select_for_update().get(user=user)
    if load_of(user) >= presence.capacity:
        raise DomainError(
            _("%(name)s is at capacity (%(count)d cases in progress).")
            % {"name": user.full_name, "count": presence.capacity},
            field="assignee",
        )
    return case_assign(case=case, assignee=user, actor=actor, reason=reason)


@transaction.atomic
def case_transfer_to_queue(*, case: Case, queue: Queue, actor: User, reason: str = "") -> Case:
    """Move the case to another queue, waiting there (whoever held it no longer does)."""
    case = _locked(case)
    _require_supervisor(actor, case)
    if queue.agency_id != case.agency_id or not queue.is_active:
        raise DomainError(_("Choose an active queue of this agency."), field="queue")
    if not case.is_open:
        raise DomainError(
            _("A case that is %(status)s cannot be transferred.")
            % {"status": case.get_status_display().lower()}
        )
    if case.queue_id == queue.pk and case.assignee_id is None:
        raise DomainError(_("The case is already waiting in %(queue)s.") % {"queue": queue.name})
    now = timezone.now()
    before = {"queue": case.queue_id, "assignee": case.assignee_id, "team": case.team_id}
    holder = case.assignee
    case.queue, case.team_id, case.assignee = queue, queue.team_id, None
    requeue(case, now=now)
    case.updated_at = now
    case.save(update_fields=["queue", "team", "assignee", "queued_at", "route_key", "updated_at"])
    Offer.objects.filter(case=case, status=OfferStatus.PENDING).update(
        status=OfferStatus.WITHDRAWN, answered_at=now
    )
    workload_changed(holder, now=now)
    summary = _("Transferred to the queue %(queue)s") % {"queue": queue.name}
    reason = (reason or "").strip()
    CaseEvent.objects.create(
        case=case,
        kind=EventKind.ROUTED,
        actor=actor,
        occurred_at=now,
        summary=(f"{summary}: {reason}" if reason else summary)[:300],
        data={
            "queue": [before["queue"], queue.pk],
            "assignee": [before["assignee"], None],
            "team": [before["team"], queue.team_id],
            "reason": reason,
        },
    )
    return case


@transaction.atomic
def case_take_back(*, case: Case, actor: User, reason: str = "") -> Case:
    """Take a case from the person who holds it, back into its queue (at the back of the line).

    The timeline says whom it was taken from and why; the holder's capacity frees up.
    """
    case = _locked(case)
    _require_supervisor(actor, case)
    holder = case.assignee
    if holder is None:
        raise DomainError(_("Nobody holds this case."), code="conflict")
    if not case.is_open:
        raise DomainError(
            _("A case that is %(status)s cannot be taken back.")
            % {"status": case.get_status_display().lower()}
        )
    now = timezone.now()
    case.assignee = None
    requeue(case, now=now)
    case.updated_at = now
    case.save(update_fields=["assignee", "queued_at", "route_key", "updated_at"])
    workload_changed(holder, now=now)
    summary = _("Taken back from %(name)s") % {"name": holder.full_name}
    if case.queue is not None:
        summary = _("Taken back from %(name)s, back in %(queue)s") % {
            "name": holder.full_name,
            "queue": case.queue.name,
        }
    reason = (reason or "").strip()
    CaseEvent.objects.create(
        case=case,
        kind=EventKind.UNASSIGNED,
        actor=actor,
        occurred_at=now,
        summary=(f"{summary}: {reason}" if reason else summary)[:300],
        data={"assignee": [holder.pk, None]},
    )
    return case


@transaction.atomic
def case_snooze(
    *,
    case: Case,
    until: datetime | None,
    actor: User,
    reason: str = "",
    now: datetime | None = None,
) -> Case:
    """Keep a waiting case from being given out before *until* (None: wake it now).

    Caseworkers and supervisors of the agency snooze, for up to 30 days; the case keeps
    its place in line and comes back by itself.
    """
    case = _locked(case)
    if not has_role(actor, case.agency, *WORK_ROLES):
        raise DomainError(_("Your role in this agency does not allow this."), code="forbidden")
    now = now or timezone.now()
    if until is not None:
        if until <= now:
            raise DomainError(_("Choose a time in the future."), field="until")
        if until - now > LONGEST_SNOOZE:
            raise DomainError(_("A case can be snoozed for 30 days at most."), field="until")
        if not case.is_open:
            raise DomainError(_("Only an open case can be snoozed."))
    elif case.snoozed_until is None:
        raise DomainError(_("The case is not snoozed."), code="conflict")
    before = case.snoozed_until
    case.snoozed_until = until
    case.updated_at = now
    case.save(update_fields=["snoozed_until", "updated_at"])
    Offer.objects.filter(case=case, status=OfferStatus.PENDING).update(
        status=OfferStatus.WITHDRAWN, answered_at=now
    )
    line_up(case)
    reason = (reason or "").strip()
    if until is None:
        summary = _("Snooze ended")
    else:
        local = until.astimezone(case.agency.zone)
        summary = _("Snoozed for %(span)s, until %(until)s") % {
            "span": duration_text(until - now),
            "until": f"{local:%a %d %b %H:%M}",
        }
    CaseEvent.objects.create(
        case=case,
        kind=EventKind.SNOOZED,
        actor=actor,
        occurred_at=now,
        summary=(f"{summary}: {reason}" if reason else summary)[:300],
        data={
            "snoozed_until": [
                before.isoformat() if before else None,
                until.isoformat() if until else None,
            ],
            "reason": reason,
        },
    )
    return case
