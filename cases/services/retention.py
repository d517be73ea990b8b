"""Retention: anonymising cases and customers past their service's retention period.

A case is *due* when it ended longer ago than its service's ``retention_days``, is not
anonymised yet and is not under legal hold. It ended when it was closed (``closed_at``);
a case that ends without being closed ends at its resolution (resolved, never closed)
or at its last change (cancelled, duplicate), so those are not kept for ever.

Anonymising a case removes what identifies or describes a person and keeps what the
statistics count:

- gone: the subject (replaced by a neutral text), description, resolution, location,
  media link and intake answers (all of them: free-text answers may name anyone, and a
  choice answer alone says little once the rest is gone); note bodies; the subjects and
  bodies of messages and outbox emails to or from the customer; attachments (the stored
  file and its row); free text in timeline events (notes, messages, file names, reasons,
  resolutions and the before/after values of changed details); the body of staff
  notifications quoting the subject; the free-text comments of the case's survey
  responses. On PostgreSQL the search vector follows the subject and description by
  trigger.
- kept: the reference, agency, service, channel, status, priority, team, queue,
  assignee, every timestamp and service-level field, escalations, pickups, survey
  scores and choices, and each timeline event's kind, time, actor and structural data
  (status, queue, assignee moves), so reports and the service blueprint count the same.

A customer is anonymised once none of their cases keeps personal data; a customer
without cases once they were last changed longer ago than the agency's longest
retention period.

Each batch is one transaction: the cases are locked and checked again, so a case put
on hold or reopened meanwhile is left alone, and a run stopped midway leaves each
batch either done or untouched. A second run finds nothing to do.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.errors import ConflictError, DomainError
from backoffice.models import (
    Agency,
    AuditOutcome,
    Notification,
    OutboundEmail,
    OutboundEmailStatus,
    Role,
    User,
)
from feedback.models import SurveyAnswer, SurveyInvitation

from ..models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    CaseStatus,
    Customer,
    CustomerMessage,
    EventKind,
    RetentionRun,
    Service,
)
from ..models.service import DEFAULT_RETENTION_DAYS
from ._common import BULK_ROLES, _event, _locked, _require_worker

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# Statuses in which a case has ended without being closed, and the time it ended.
ENDED_UNCLOSED = {
    CaseStatus.RESOLVED: "resolved_at",
    CaseStatus.CANCELLED: "updated_at",
    CaseStatus.DUPLICATE: "updated_at",
}
# Timeline events whose summary quotes what someone wrote: the summary becomes the kind's name.
FREE_TEXT_SUMMARIES = frozenset(
    {EventKind.NOTE, EventKind.MESSAGE_OUT, EventKind.MESSAGE_IN, EventKind.ATTACHMENT}
)
# Keys of event data that hold free text; the other keys are ids, statuses and times.
FREE_TEXT_DATA = ("reason", "resolution")
# Details of a case whose before/after values an UPDATED event forgets (priority stays).
PERSONAL_DETAILS = (
    "subject",
    "description",
    "address",
    "latitude",
    "longitude",
    "media_url",
    "attributes",
    "resolution",
)


# What is due ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServicePlan:
    """One service's cases past retention: due now, and kept because of a legal hold."""

    service: Service
    cutoff: datetime
    due: int
    held: int


@dataclass(frozen=True)
class RetentionPlan:
    agency: Agency
    now: datetime
    services: list[ServicePlan]
    customers_without_cases: int

    @property
    def due(self) -> int:
        return sum(line.due for line in self.services)

    @property
    def held(self) -> int:
        return sum(line.held for line in self.services)


def _cutoff(service: Service, now: datetime) -> datetime:
    return now - timedelta(days=service.retention_days)


def _ended_before(cutoff: datetime) -> list[tuple[Q, str]]:
    """The conditions of "ended before *cutoff*", each with the column its walk follows.

    Closed cases first (served by the partial index ``case_retention_due``), then cases
    that ended without closing.
    """
    ended = Q()
    for status, column in ENDED_UNCLOSED.items():
        ended |= Q(status=status, **{f"{column}__lt": cutoff})
    return [
        (Q(closed_at__isnull=False, closed_at__lt=cutoff), "closed_at"),
        (Q(closed_at__isnull=True) & ended, "pk"),
    ]


def _past_retention(service: Service, cutoff: datetime) -> Iterator[tuple[QuerySet[Case], str]]:
    """The service's cases past retention and not yet anonymised, on hold or not."""
    base = Case.objects.filter(service=service, anonymised_at__isnull=True)
    for condition, order in _ended_before(cutoff):
        yield base.filter(condition), order


def retention_plan(*, agency: Agency, now: datetime | None = None) -> RetentionPlan:
    """What a run would do now: per service, the cases due and those kept for legal hold."""
    now = now or timezone.now()
    lines = []
    for service in Service.objects.filter(agency=agency).order_by("name", "pk"):
        cutoff = _cutoff(service, now)
        due = held = 0
        for cases, _order in _past_retention(service, cutoff):
            due += cases.filter(legal_hold=False).count()
            held += cases.filter(legal_hold=True).count()
        lines.append(ServicePlan(service=service, cutoff=cutoff, due=due, held=held))
    return RetentionPlan(
        agency=agency,
        now=now,
        services=lines,
        customers_without_cases=_caseless_customers(agency, now).count(),
    )


def _caseless_customers(agency: Agency, now: datetime) -> QuerySet[Customer]:
    longest = Service.objects.filter(agency=agency).aggregate(days=Max("retention_days"))["days"]
    cutoff = now - timedelta(days=longest or DEFAULT_RETENTION_DAYS)
    return Customer.objects.filter(
        agency=agency, anonymised_at__isnull=True, cases__isnull=True, updated_at__lt=cutoff
    )


# Running ----------------------------------------------------------------------------------


@dataclass
class _Report:
    """What a run did (or, dry, would do); becomes the RetentionRun's counts and details."""

    services: dict[int, dict[str, Any]] = field(default_factory=dict)
    customers: int = 0
    attachments: int = 0
    held: int = 0
    batches: int = 0

    def line(self, service: Service, cutoff: datetime) -> dict[str, Any]:
        return self.services.setdefault(
            service.pk,
            {
                "service": service.pk,
                "code": service.code,
                "name": service.name,
                "retention_days": service.retention_days,
                "cutoff": cutoff.isoformat(),
                "cases": 0,
                "on_hold": 0,
                "references": [],
                "held_references": [],
            },
        )

    @property
    def cases(self) -> int:
        return sum(line["cases"] for line in self.services.values())

    def save_to(self, run: RetentionRun, *, finished: datetime | None = None) -> None:
        run.cases_anonymised = self.cases
        run.customers_anonymised = self.customers
        run.attachments_removed = self.attachments
        run.cases_on_hold = self.held
        run.details = {
            "services": [
                line for line in self.services.values() if line["cases"] or line["on_hold"]
            ],
            "batches": self.batches,
            "complete": finished is not None,
        }
        run.finished_at = finished
        run.save()


def retention_run(
    *,
    agency: Agency,
    dry_run: bool,
    actor: User | None = None,
    now: datetime | None = None,
    batch_size: int = BATCH_SIZE,
) -> RetentionRun:
    """Anonymise the agency's cases and customers past retention, or (dry) report what would be.

    Records a RetentionRun (written at the start and after every batch, so a run that
    stops midway shows what it finished) and an audit event. *actor*, when given, must
    administer the agency; the scheduled job runs without one.
    """
    if actor is not None:
        _require_worker(actor, agency, (Role.ADMINISTRATOR,))
    now = now or timezone.now()
    run = RetentionRun.objects.create(
        agency=agency, started_at=timezone.now(), dry_run=dry_run, requested_by=actor
    )
    report = _Report()
    try:
        if dry_run:
            _dry_run(agency, now, report, batch_size)
        else:
            for service in Service.objects.filter(agency=agency).order_by("name", "pk"):
                _run_service(service, run, report, now, batch_size)
            _run_caseless(agency, run, report, now, batch_size)
    except Exception as error:
        # The batches committed so far stay done and are in the run's counts; the next run
        # carries on from there.
        _audit(run, actor, outcome=AuditOutcome.FAILURE, error=repr(error)[:300])
        raise
    report.save_to(run, finished=timezone.now())
    _audit(run, actor, outcome=AuditOutcome.SUCCESS)
    logger.info(
        "retention %s for agency %s: %s cases, %s customers, %s attachments, %s on hold",
        "dry run" if dry_run else "run",
        agency.pk,
        run.cases_anonymised,
        run.customers_anonymised,
        run.attachments_removed,
        run.cases_on_hold,
    )
    return run


def retention_scheduled(*, agency: Agency, now: datetime | None = None) -> RetentionRun:
    """The daily job's run for one agency: a dry run first, the real runs after the review time.

    An agency whose first finished dry run is younger than ``RETENTION_REVIEW_DAYS`` (or that
    has none: then this records it) is only previewed, so its administrators see what the job
    will anonymise, and can set legal holds or lengthen a service's retention, before anything
    is removed.
    """
    now = now or timezone.now()
    first_preview = (
        RetentionRun.objects.filter(agency=agency, dry_run=True, finished_at__isnull=False)
        .order_by("started_at")
        .values_list("started_at", flat=True)
        .first()
    )
    review = timedelta(days=settings.RETENTION_REVIEW_DAYS)
    if first_preview is None or first_preview > now - review:
        return retention_run(agency=agency, dry_run=True, now=now)
    return retention_run(agency=agency, dry_run=False, now=now)


def _audit(run: RetentionRun, actor: User | None, *, outcome: str, error: str = "") -> None:
    run.refresh_from_db()
    details: dict[str, Any] = {
        "cases": run.cases_anonymised,
        "customers": run.customers_anonymised,
        "attachments": run.attachments_removed,
        "on_hold": run.cases_on_hold,
    }
    if error:
        details["error"] = error
    backoffice_services.audit_record(
        action="retention.dry_run" if run.dry_run else "retention.run",
        actor=actor,
        agency=run.agency,
        obj=run,
        outcome=outcome,
        details=details,
    )


def _batches(cases: QuerySet[Case], order: str, size: int) -> Iterator[list[int]]:
    """The ids of *cases* in batches, walked by (*order*, id) so the walk always ends."""
    columns = ("pk",) if order == "pk" else (order, "pk")
    after: tuple[Any, ...] | None = None
    while True:
        page = cases.order_by(*columns)
        if after is not None:
            if order == "pk":
                page = page.filter(pk__gt=after[0])
            else:
                page = page.filter(
                    Q(**{f"{order}__gt": after[0]}) | Q(**{order: after[0], "pk__gt": after[1]})
                )
        rows = list(page.values_list(*columns)[:size])
        if not rows:
            return
        yield [row[-1] for row in rows]
        after = rows[-1]


def _held(report: _Report, service: Service, cutoff: datetime, cases: QuerySet[Case]) -> None:
    line = report.line(service, cutoff)
    references = list(
        cases.filter(legal_hold=True).order_by("pk").values_list("reference", flat=True)
    )
    line["on_hold"] += len(references)
    line["held_references"] += references
    report.held += len(references)


def _dry_run(agency: Agency, now: datetime, report: _Report, batch_size: int) -> None:
    due_customers: dict[int, set[int]] = defaultdict(set)
    due_cases: set[int] = set()
    for service in Service.objects.filter(agency=agency).order_by("name", "pk"):
        cutoff = _cutoff(service, now)
        for cases, order in _past_retention(service, cutoff):
            _held(report, service, cutoff, cases)
            for ids in _batches(cases.filter(legal_hold=False), order, batch_size):
                rows = Case.objects.filter(pk__in=ids).order_by("pk")
                line = report.line(service, cutoff)
                for pk, reference, customer_id in rows.values_list(
                    "pk", "reference", "customer_id"
                ):
                    line["cases"] += 1
                    line["references"].append(reference)
                    due_cases.add(pk)
                    if customer_id is not None:
                        due_customers[customer_id].add(pk)
                report.attachments += CaseAttachment.objects.filter(case_id__in=ids).count()
                report.batches += 1
    # A customer would go once none of their other cases keeps personal data.
    customer_ids = list(due_customers)
    for start in range(0, len(customer_ids), batch_size):
        chunk = customer_ids[start : start + batch_size]
        kept = set(
            Case.objects.filter(customer_id__in=chunk, anonymised_at__isnull=True)
            .exclude(pk__in=[pk for c in chunk for pk in due_customers[c]])
            .values_list("customer_id", flat=True)
        )
        report.customers += len(set(chunk) - kept)
    report.customers += _caseless_customers(agency, now).count()


def _run_service(
    service: Service, run: RetentionRun, report: _Report, now: datetime, batch_size: int
) -> None:
    cutoff = _cutoff(service, now)
    for cases, order in _past_retention(service, cutoff):
        _held(report, service, cutoff, cases)
        for ids in _batches(cases.filter(legal_hold=False), order, batch_size):
            with transaction.atomic():
                _anonymise_batch(ids, service, cutoff, report, now)
                report.batches += 1
                report.save_to(run)


def _anonymise_batch(
    ids: list[int], service: Service, cutoff: datetime, report: _Report, now: datetime
) -> None:
    cases = _still_due(ids, service, cutoff)
    if not cases:
        return
    files = _anonymise_cases([case.pk for case in cases])
    report.attachments += len(files)
    line = report.line(service, cutoff)
    line["cases"] += len(cases)
    line["references"] += [case.reference for case in cases]
    customer_ids = {case.customer_id for case in cases if case.customer_id is not None}
    report.customers += _anonymise_customers_done_with(customer_ids)
    # Last, once every row of the batch is written: a failure here rolls the batch back and
    # the next run does it again (a file already gone is no error). Deleting the files after
    # the commit instead could leave them behind with nothing pointing at them.
    _delete_files(files)


def _still_due(ids: list[int], service: Service, cutoff: datetime) -> list[Case]:
    """The cases of *ids* still due, locked: a hold set, a reopening or another run since
    the ids were read leaves a case out."""
    due = Q()
    for condition, _order in _ended_before(cutoff):
        due |= condition
    return list(
        Case.objects.select_for_update(of=("self",))
        .filter(due, pk__in=ids, service=service, anonymised_at__isnull=True, legal_hold=False)
        .order_by("pk")
        .only("pk", "reference", "customer_id")
    )


def _anonymise_cases(case_ids: list[int]) -> list[str]:
    """Remove the personal data of the cases *case_ids*; returns the attachment files to delete."""
    moment = timezone.now()
    Case.objects.filter(pk__in=case_ids).update(
        subject=_("Anonymised case"),
        description="",
        resolution="",
        address="",
        latitude=None,
        longitude=None,
        media_url="",
        attributes={},
        anonymised_at=moment,
    )
    CaseNote.objects.filter(case_id__in=case_ids).update(body="")
    CustomerMessage.objects.filter(case_id__in=case_ids).update(subject="", body="")
    _anonymise_emails(case_ids)
    _anonymise_events(case_ids)
    links = [reverse("case_detail", args=[pk]) for pk in case_ids]
    Notification.objects.filter(link__in=links).exclude(body="").update(body="")
    SurveyAnswer.objects.filter(response__case_id__in=case_ids).exclude(text="").update(text="")
    attachments = CaseAttachment.objects.filter(case_id__in=case_ids)
    files = [name for name in attachments.values_list("file", flat=True) if name]
    attachments.delete()
    return files


def _anonymise_emails(case_ids: list[int]) -> None:
    """The outbox rows about the cases: acknowledgements, notices, messages, survey invitations."""
    # Each source of ids reads its own index; one OR of them would scan the whole outbox.
    invitations = SurveyInvitation.objects.filter(case_id__in=case_ids)
    ids = set(
        OutboundEmail.objects.filter(
            related_type=Case._meta.label_lower, related_id__in=[str(pk) for pk in case_ids]
        ).values_list("pk", flat=True)
    )
    ids.update(
        CustomerMessage.objects.filter(case_id__in=case_ids).values_list(
            "outbound_email", flat=True
        )
    )
    for email, reminder in invitations.values_list("email", "reminder_email"):
        ids.update((email, reminder))
    ids.discard(None)
    emails = OutboundEmail.objects.filter(pk__in=ids)
    # One still waiting would go to nobody: it is withdrawn, not sent.
    emails.filter(status=OutboundEmailStatus.PENDING).update(
        status=OutboundEmailStatus.FAILED,
        last_error=_("Withdrawn: the case's personal data was removed."),
    )
    emails.update(to="", subject="", body="")


def _anonymise_events(case_ids: list[int]) -> None:
    changed = []
    events = CaseEvent.objects.filter(case_id__in=case_ids).only("pk", "kind", "summary", "data")
    for event in events.iterator(chunk_size=2000):
        summary, data = scrubbed_event(event.kind, event.summary, event.data)
        if summary != event.summary or data != event.data:
            event.summary, event.data = summary, data
            changed.append(event)
    CaseEvent.objects.bulk_update(changed, ["summary", "data"], batch_size=500)


def scrubbed_event(kind: str, summary: str, data: Any) -> tuple[str, Any]:
    """An event's summary and data without free text; its kind, ids and statuses stay.

    A summary that quotes what someone wrote becomes the kind's name; a reason appended
    to a summary ("Transferred to the queue X: <reason>") is cut off.
    """
    label = str(EventKind(kind).label) if kind in EventKind.values else summary
    if not isinstance(data, dict):
        return (label if kind in FREE_TEXT_SUMMARIES else summary), data
    data = dict(data)
    reason = data.get("reason")
    if kind in FREE_TEXT_SUMMARIES:
        summary = label
    elif isinstance(reason, str) and reason.strip():
        suffix = f": {reason.strip()}"
        summary = summary.removesuffix(suffix) if summary.endswith(suffix) else label
    for key in FREE_TEXT_DATA:
        if data.get(key):
            data[key] = ""
    if kind == EventKind.UPDATED:
        for key in PERSONAL_DETAILS:
            if key in data:
                data[key] = [None, None]
    return summary, data


def _anonymise_customers_done_with(customer_ids: set[int]) -> int:
    """Anonymise those of *customer_ids* none of whose cases keeps personal data."""
    if not customer_ids:
        return 0
    # Locked first: a case being opened for one of them waits, or is seen below.
    locked = list(
        Customer.objects.select_for_update()
        .filter(pk__in=customer_ids, anonymised_at__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    kept = set(
        Case.objects.filter(customer_id__in=locked, anonymised_at__isnull=True).values_list(
            "customer_id", flat=True
        )
    )
    return _anonymise_customers([pk for pk in locked if pk not in kept])


def _anonymise_customers(customer_ids: list[int]) -> int:
    if not customer_ids:
        return 0
    moment = timezone.now()
    return Customer.objects.filter(pk__in=customer_ids, anonymised_at__isnull=True).update(
        name=_("Anonymised customer"),
        organisation="",
        email="",
        phone="",
        phone_normalised="",
        address="",
        survey_consent=False,
        anonymised_at=moment,
        updated_at=moment,
    )


def _delete_files(names: list[str]) -> None:
    storage = CaseAttachment._meta.get_field("file").storage
    still_used = set(CaseAttachment.objects.filter(file__in=names).values_list("file", flat=True))
    for name in names:
        if name not in still_used:
            storage.delete(name)


def _run_caseless(
    agency: Agency, run: RetentionRun, report: _Report, now: datetime, batch_size: int
) -> None:
    """Customers without any case, last changed longer ago than the longest retention."""
    after = 0
    while True:
        ids = list(
            _caseless_customers(agency, now)
            .filter(pk__gt=after)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return
        after = ids[-1]
        with transaction.atomic():
            # of=("self",): PostgreSQL locks no row of the outer join that finds no case.
            locked = list(
                _caseless_customers(agency, now)
                .select_for_update(of=("self",))
                .filter(pk__in=ids)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            report.customers += _anonymise_customers(locked)
            report.batches += 1
            report.save_to(run)


# Legal hold -------------------------------------------------------------------------------


@transaction.atomic
def case_set_legal_hold(*, case: Case, hold: bool, reason: str, actor: User) -> Case:
    """Set or lift a case's legal hold (supervisors, managers and administrators).

    A case on hold keeps its personal data past its retention period. Setting and
    lifting both need a reason, recorded on the timeline and in the audit log. A case
    already anonymised has nothing left to hold.
    """
    case = _locked(case)
    _require_worker(actor, case.agency, BULK_ROLES)
    reason = (reason or "").strip()
    if not reason:
        message = _("Say why the hold is set.") if hold else _("Say why the hold is lifted.")
        raise DomainError(message, field="reason")
    if case.legal_hold == hold:
        raise ConflictError(
            _("The case is already on legal hold.") if hold else _("The case is not on legal hold.")
        )
    if hold and case.anonymised_at is not None:
        raise DomainError(
            _("This case's personal data was already removed; there is nothing left to hold.")
        )
    before = case.legal_hold
    case.legal_hold = hold
    case.legal_hold_reason = reason[:200] if hold else ""
    case.save(update_fields=["legal_hold", "legal_hold_reason"])
    summary = _("Legal hold set") if hold else _("Legal hold lifted")
    _event(
        case,
        kind=EventKind.UPDATED,
        actor=actor,
        summary=f"{summary}: {reason}",
        data={"legal_hold": [before, hold], "reason": reason},
    )
    backoffice_services.audit_record(
        action="case.legal_hold" if hold else "case.legal_hold_lifted",
        actor=actor,
        agency=case.agency,
        obj=case,
        details={"reference": case.reference, "reason": reason},
    )
    return case
