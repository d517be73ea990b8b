"""The lifecycle of a case: details, status, reopening, assignment and bulk changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from backoffice.errors import ConflictError, DomainError
from backoffice.models import Agency, Membership, User
from feedback.services import dispatch as feedback_dispatch
from routing import work as routing_work

from ..attributes import clean_attributes
from ..models import (
    Case,
    CaseStatus,
    EventKind,
    Priority,
)
from ..models.case import OPEN_STATUSES, REOPENABLE, TRANSITIONS
from ._common import (
    BULK_ROLES,
    WORK_ROLES,
    _event,
    _json,
    _locked,
    _notify_customer,
    _require_worker,
)
from .intake import _location
from .sla import sla_priority_changed, sla_reopened, sla_status_changed

EDITABLE = ("subject", "description", "priority", "address", "latitude", "longitude", "attributes")


@transaction.atomic
def case_update(*, case: Case, actor: User | None, **fields: Any) -> Case:
    """Change a case's details (not its status or assignee), recording before and after."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise DomainError(
            _("These details cannot be changed here: %s") % ", ".join(sorted(unknown))
        )
    if not case.is_open:
        raise DomainError(
            _("A case that is %(status)s cannot be edited; reopen it first.")
            % {"status": case.get_status_display().lower()}
        )
    if "subject" in fields and not (fields["subject"] or "").strip():
        raise DomainError(_("Enter a short subject for the case."), field="subject")
    if "priority" in fields and fields["priority"] not in Priority.values:
        raise DomainError(_("Choose one of the listed priorities."), field="priority")
    if "attributes" in fields:
        fields["attributes"] = clean_attributes(service=case.service, values=fields["attributes"])
    if "latitude" in fields or "longitude" in fields:
        fields["latitude"], fields["longitude"] = _location(
            fields.get("latitude", case.latitude), fields.get("longitude", case.longitude)
        )
    changes = {
        name: [_json(getattr(case, name)), _json(value)]
        for name, value in fields.items()
        if getattr(case, name) != value
    }
    if not changes:
        return case
    for name, value in fields.items():
        setattr(case, name, value)
    case.save(update_fields=[*fields, "updated_at"])
    if "priority" in changes:
        sla_priority_changed(case, now=timezone.now())
        routing_work.line_up(case)
    _event(
        case,
        kind=EventKind.UPDATED,
        actor=actor,
        summary=_("Changed %(fields)s") % {"fields": ", ".join(sorted(changes))},
        data=changes,
    )
    return case


@transaction.atomic
def case_change_status(
    *,
    case: Case,
    status: str,
    actor: User | None,
    resolution: str = "",
    duplicate_of: Case | None = None,
) -> Case:
    """Move a case along its lifecycle; anything not allowed is refused with the reason.

    Resolving needs a resolution, marking a duplicate needs the original (another
    case of the same agency). Resolving sends the customer a notice on commit.
    """
    case = _locked(case)
    _require_worker(actor, case.agency)
    if status not in CaseStatus.values:
        raise DomainError(_("Choose one of the listed statuses."), field="status")
    if status == case.status:
        raise ConflictError(
            _("The case is already %(status)s.") % {"status": case.get_status_display().lower()}
        )
    if status not in TRANSITIONS[case.status]:
        raise DomainError(
            _("A case that is %(current)s cannot become %(target)s.")
            % {
                "current": case.get_status_display().lower(),
                "target": CaseStatus(status).label.lower(),
            },
            field="status",
        )
    now = timezone.now()
    before = case.status
    data: dict[str, Any] = {"status": [before, status]}
    if status == CaseStatus.RESOLVED:
        resolution = (resolution or "").strip()
        if not resolution:
            raise DomainError(_("Say how the case was resolved."), field="resolution")
        case.resolution, case.resolved_at = resolution, now
        data["resolution"] = resolution
    if status == CaseStatus.DUPLICATE:
        _check_duplicate(case, duplicate_of)
        case.duplicate_of = duplicate_of
        data["duplicate_of"] = duplicate_of.reference if duplicate_of else None
    if status == CaseStatus.CLOSED:
        case.closed_at = now
    case.status = status
    case.save(
        update_fields=[
            "status",
            "resolution",
            "resolved_at",
            "closed_at",
            "duplicate_of",
            "updated_at",
        ]
    )
    sla_status_changed(case, now=now)
    routing_work.line_up(case)
    routing_work.workload_changed(case.assignee, now=now)
    _event(
        case,
        kind=EventKind.STATUS,
        actor=actor,
        summary=_("Status: %(before)s → %(after)s")
        % {"before": CaseStatus(before).label, "after": CaseStatus(status).label},
        data=data,
        public=True,
    )
    if status == CaseStatus.RESOLVED:
        _resolution_notice(case)
    if status == CaseStatus.CLOSED:
        feedback_dispatch.invitations_for_closed_case(case=case, now=now)
    return case


def _check_duplicate(case: Case, original: Case | None) -> None:
    if original is None:
        raise DomainError(_("Name the case this one duplicates."), field="duplicate_of")
    if original.pk == case.pk:
        raise DomainError(_("A case cannot duplicate itself."), field="duplicate_of")
    if original.agency_id != case.agency_id:
        raise DomainError(_("Choose a case of this agency."), field="duplicate_of")


def _resolution_notice(case: Case) -> None:
    language = case.customer.preferred_language if case.customer else "en"
    with translation.override(language):
        subject = _("Your request %(reference)s is resolved") % {"reference": case.reference}
        body = _(
            "Your request “%(subject)s” (%(reference)s) is resolved.\n\n%(resolution)s\n\n"
            "If something is still not right, reply quoting the reference and we will reopen it.\n"
        ) % {"subject": case.subject, "reference": case.reference, "resolution": case.resolution}
    _notify_customer(case, kind="case.resolution", subject=subject, body=body)
    _event(
        case, kind=EventKind.NOTICE, actor=None, summary=_("Resolution notice sent"), public=True
    )


@transaction.atomic
def case_close(*, case: Case, actor: User | None) -> Case:
    """Close a resolved case."""
    return case_change_status(case=case, status=CaseStatus.CLOSED, actor=actor)


@transaction.atomic
def case_reopen(*, case: Case, actor: User | None, reason: str) -> Case:
    """Reopen a resolved or closed case within its service's reopen window."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    if case.status not in REOPENABLE:
        raise DomainError(
            _("Only a resolved or closed case can be reopened; this one is %(status)s.")
            % {"status": case.get_status_display().lower()}
        )
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Say why the case is reopened."), field="reason")
    finished = case.closed_at or case.resolved_at or case.updated_at
    window = timedelta(days=case.service.reopen_window_days)
    if timezone.now() - finished > window:
        raise DomainError(
            _("The reopen window of %(days)s days has passed; open a new case and link it.")
            % {"days": case.service.reopen_window_days}
        )
    before = case.status
    case.status, case.resolved_at, case.closed_at = CaseStatus.OPEN, None, None
    case.save(update_fields=["status", "resolved_at", "closed_at", "updated_at"])
    sla_reopened(case, now=timezone.now())
    routing_work.line_up(case)
    routing_work.workload_changed(case.assignee, now=timezone.now())
    _event(
        case,
        kind=EventKind.REOPENED,
        actor=actor,
        summary=_("Reopened: %(reason)s") % {"reason": reason},
        data={"status": [before, CaseStatus.OPEN], "reason": reason},
        public=True,
    )
    return case


def _with_reason(summary: str, reason: str) -> str:
    reason = (reason or "").strip()
    return f"{summary}: {reason}" if reason else summary


def _check_assignee(case: Case, assignee: User) -> None:
    if not assignee.is_active:
        raise DomainError(_("This person's account is inactive."), field="assignee")
    member = Membership.objects.filter(
        user=assignee, agency_id=case.agency_id, role__in=WORK_ROLES
    ).exists()
    if not member:
        raise DomainError(_("Choose someone who works in this agency."), field="assignee")


@transaction.atomic
def case_assign(*, case: Case, assignee: User, actor: User | None, reason: str = "") -> Case:
    """Give an open case to a member of its agency; a new case becomes open.

    A case that was waiting in a queue leaves it (its wait is recorded as a pickup).
    """
    case = _locked(case)
    _require_worker(actor, case.agency)
    if not case.is_open:
        raise DomainError(
            _("A case that is %(status)s cannot be assigned.")
            % {"status": case.get_status_display().lower()}
        )
    _check_assignee(case, assignee)
    if case.assignee_id == assignee.pk:
        return case
    before = case.assignee
    waiting_since = case.queued_at if case.route_key is not None else None
    case.assignee = assignee
    if case.status == CaseStatus.NEW:
        case.status = CaseStatus.OPEN
    case.route_key = None
    case.save(update_fields=["assignee", "status", "route_key", "updated_at"])
    now = timezone.now()
    if waiting_since is not None:
        method = "taken" if actor is not None and actor.pk == assignee.pk else "assigned"
        routing_work.picked_up(case, user=assignee, method=method, queued_at=waiting_since, now=now)
    routing_work.workload_changed(assignee, now=now)
    routing_work.workload_changed(before, now=now)
    _event(
        case,
        kind=EventKind.ASSIGNED,
        actor=actor,
        summary=_with_reason(_("Assigned to %(name)s") % {"name": assignee.full_name}, reason),
        data={"assignee": [before.pk if before else None, assignee.pk]},
    )
    return case


@transaction.atomic
def case_unassign(*, case: Case, actor: User | None, reason: str = "") -> Case:
    """Put a case back in its queue with nobody holding it, at the back of the line."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    if case.assignee_id is None:
        raise ConflictError(_("Nobody holds this case."))
    before = case.assignee
    case.assignee = None
    now = timezone.now()
    routing_work.requeue(case, now=now)
    case.save(update_fields=["assignee", "queued_at", "route_key", "updated_at"])
    routing_work.workload_changed(before, now=now)
    _event(
        case,
        kind=EventKind.UNASSIGNED,
        actor=actor,
        summary=_with_reason(
            _("Unassigned")
            if case.queue is None
            else _("Unassigned: back in %(queue)s") % {"queue": case.queue.name},
            reason,
        ),
        data={"assignee": [before.pk if before else None, None]},
    )
    return case


@dataclass
class BulkResult:
    done: list[Case] = field(default_factory=list)
    refused: list[tuple[Case, str]] = field(default_factory=list)


def _require_bulk_worker(actor: User, cases: Iterable[Case]) -> list[Case]:
    # Checked for every agency before the first change, so a refusal changes nothing.
    cases = list(cases)
    for agency in Agency.objects.filter(pk__in={case.agency_id for case in cases}):
        _require_worker(actor, agency, BULK_ROLES)
    return cases


def bulk_assign(*, cases: Iterable[Case], assignee: User, actor: User) -> BulkResult:
    """Assign each case in its own transaction; refusals are reported, not fatal."""
    result = BulkResult()
    for case in _require_bulk_worker(actor, cases):
        try:
            result.done.append(case_assign(case=case, assignee=assignee, actor=actor))
        except DomainError as error:
            result.refused.append((case, error.message))
    return result


def bulk_close(*, cases: Iterable[Case], resolution: str, actor: User) -> BulkResult:
    """Resolve (with the given resolution) and close each case; refusals are reported."""
    result = BulkResult()
    for case in _require_bulk_worker(actor, cases):
        try:
            with transaction.atomic():
                case = _locked(case)
                if case.status in OPEN_STATUSES:
                    case = case_change_status(
                        case=case, status=CaseStatus.RESOLVED, resolution=resolution, actor=actor
                    )
                result.done.append(case_close(case=case, actor=actor))
        except DomainError as error:
            result.refused.append((case, error.message))
    return result
