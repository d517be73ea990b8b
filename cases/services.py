"""Every write to services, customers and cases.

Each function takes keyword arguments and the acting user, runs in one
transaction, writes the case's timeline event in it, and sends email only on
commit (through the outbox).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import IO, Any

from django.core.files.base import File
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.access import has_role
from backoffice.errors import ConflictError, DomainError
from backoffice.models import Agency, Membership, Role, Team, User

from .attributes import clean_attributes
from .calendar import holidays_of
from .files import check_upload
from .models import (
    AttributeDatatype,
    BusinessCalendar,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseLink,
    CaseNote,
    CaseStatus,
    Channel,
    Closure,
    Customer,
    CustomerKind,
    CustomerMessage,
    EventKind,
    MessageDirection,
    OpeningHours,
    Priority,
    ReferenceSequence,
    Service,
    ServiceAttribute,
    Weekday,
)
from .models.case import OPEN_STATUSES, REOPENABLE, TRANSITIONS

WORK_ROLES = (Role.CASEWORKER, Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
BULK_ROLES = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


# Helpers ---------------------------------------------------------------------------


def normalise_phone(phone: str) -> str:
    digits = re.sub(r"[^\d+]", "", phone or "")
    return digits[-10:] if len(digits) >= 10 else digits


def _event(
    case: Case,
    *,
    kind: str,
    actor: User | None,
    summary: str,
    data: dict[str, Any] | None = None,
    public: bool = False,
) -> CaseEvent:
    now = timezone.now()
    Case.objects.filter(pk=case.pk).update(updated_at=now)
    case.updated_at = now
    return CaseEvent.objects.create(
        case=case,
        kind=kind,
        actor=actor,
        occurred_at=now,
        summary=summary[:300],
        data=data or {},
        public=public,
    )


def _require_worker(actor: User | None, agency: Agency, roles: Iterable[str] = WORK_ROLES) -> None:
    if actor is not None and not has_role(actor, agency, *roles):
        raise DomainError(_("Your role in this agency does not allow this."), code="forbidden")


def _locked(case: Case) -> Case:
    """Reload the case under a row lock so concurrent changes apply one after the other."""
    # of=("self",): only the case row is locked, and PostgreSQL refuses FOR UPDATE on the
    # nullable side of the outer join that select_related makes for the customer.
    return (
        Case.objects.select_for_update(of=("self",))
        .select_related("agency", "service", "customer")
        .get(pk=case.pk)
    )


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "pk"):
        return value.pk
    return value


def _notify_customer(case: Case, *, kind: str, subject: str, body: str) -> None:
    customer = case.customer
    if customer is None or not customer.email:
        return
    backoffice_services.email_queue(
        to=customer.email,
        subject=subject,
        body=body,
        kind=kind,
        agency=case.agency,
        related=case,
    )


# References ------------------------------------------------------------------------


def next_reference(*, agency: Agency, year: int) -> str:
    """The next case reference of an agency and year, e.g. LIC-2026-000123.

    The counter row is incremented by one UPDATE, which holds its row lock until
    the caller's transaction ends, so two intakes can never get the same number.
    """
    sequences = ReferenceSequence.objects.filter(agency=agency, year=year)
    if not sequences.update(last_value=F("last_value") + 1):
        try:
            with transaction.atomic():
                ReferenceSequence.objects.create(agency=agency, year=year, last_value=1)
        except IntegrityError:
            sequences.update(last_value=F("last_value") + 1)
    value = sequences.values_list("last_value", flat=True).get()
    return f"{agency.case_prefix}-{year}-{value:06d}"


# Customers ---------------------------------------------------------------------------


@transaction.atomic
def customer_find_or_create(
    *,
    agency: Agency,
    name: str,
    email: str = "",
    phone: str = "",
    kind: str = CustomerKind.PERSON,
    organisation: str = "",
    address: str = "",
    preferred_language: str = "en",
    preferred_channel: str | None = None,
    actor: User | None,
) -> Customer:
    """Find the agency's customer by email, then by phone; create one only if neither matches.

    A match is reused, never duplicated: contact details it lacks are filled in,
    details it has are not overwritten.
    """
    _require_worker(actor, agency)
    email = (email or "").strip().lower()
    phone = (phone or "").strip()
    name = (name or "").strip()
    if not (email or phone or address):
        raise DomainError(
            _("Give at least an email address, a phone number or a postal address."),
            field="email",
        )
    customer = None
    if email:
        customer = Customer.objects.filter(agency=agency, email__iexact=email).first()
    if customer is None and phone:
        customer = Customer.objects.filter(
            agency=agency, phone_normalised=normalise_phone(phone)
        ).first()
    if customer is not None:
        return _customer_fill_in(customer, email=email, phone=phone, address=address, actor=actor)
    if not name:
        raise DomainError(_("Enter the customer's name."), field="name")
    customer = Customer(
        agency=agency,
        kind=kind,
        name=name,
        organisation=organisation,
        email=email,
        phone=phone,
        phone_normalised=normalise_phone(phone),
        address=address,
        preferred_language=preferred_language,
        preferred_channel=preferred_channel or (Channel.EMAIL if email else Channel.PHONE),
    )
    customer.full_clean()
    customer.save()
    backoffice_services.audit_record(
        action="customer.create", actor=actor, agency=agency, obj=customer
    )
    return customer


def _customer_fill_in(
    customer: Customer, *, email: str, phone: str, address: str, actor: User | None
) -> Customer:
    changed: dict[str, str] = {}
    if email and not customer.email:
        changed["email"] = email
    if phone and not customer.phone:
        changed["phone"] = phone
    if address and not customer.address:
        changed["address"] = address
    if changed:
        for name, value in changed.items():
            setattr(customer, name, value)
        customer.phone_normalised = normalise_phone(customer.phone)
        customer.save()
        backoffice_services.audit_record(
            action="customer.update",
            actor=actor,
            agency=customer.agency,
            obj=customer,
            details={"filled_in": sorted(changed)},
        )
    return customer


@transaction.atomic
def customer_update(*, customer: Customer, actor: User | None, **fields: Any) -> Customer:
    """Change a customer's details; an email address stays unique in the agency."""
    _require_worker(actor, customer.agency)
    email = fields.get("email")
    if email:
        fields["email"] = email = email.strip().lower()
        clash = Customer.objects.filter(agency=customer.agency, email__iexact=email).exclude(
            pk=customer.pk
        )
        if clash.exists():
            raise DomainError(
                _("Another customer of this agency already has this email address."),
                field="email",
            )
    before = {name: getattr(customer, name) for name in fields}
    for name, value in fields.items():
        setattr(customer, name, value)
    customer.phone_normalised = normalise_phone(customer.phone)
    customer.full_clean()
    customer.save()
    changes = {k: [before[k], v] for k, v in fields.items() if before[k] != v}
    if changes:
        backoffice_services.audit_record(
            action="customer.update",
            actor=actor,
            agency=customer.agency,
            obj=customer,
            details={"fields": sorted(changes)},
        )
    return customer


# Intake -------------------------------------------------------------------------------


def _validate_intake(*, agency: Agency, service: Service, channel: str, team: Team | None) -> None:
    if service.agency_id != agency.pk:
        raise DomainError(_("Choose a service of this agency."), field="service")
    if not service.is_active:
        raise DomainError(_("This service no longer takes new requests."), field="service")
    if channel not in Channel.values:
        raise DomainError(_("Choose one of the listed channels."), field="channel")
    if service.channels and channel not in service.channels:
        raise DomainError(
            _("%(service)s is not offered by %(channel)s.")
            % {"service": service.name, "channel": Channel(channel).label},
            field="channel",
        )
    if team is not None and team.agency_id != agency.pk:
        raise DomainError(_("Choose a team of this agency."), field="team")


def _location(latitude: Any, longitude: Any) -> tuple[Decimal | None, Decimal | None]:
    if latitude in (None, "") and longitude in (None, ""):
        return None, None
    try:
        lat, lon = Decimal(str(latitude)), Decimal(str(longitude))
    except ArithmeticError as exc:
        raise DomainError(_("Latitude and longitude must be numbers."), field="latitude") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DomainError(
            _("Latitude must be within ±90 and longitude within ±180."), field="latitude"
        )
    return lat.quantize(Decimal("0.000001")), lon.quantize(Decimal("0.000001"))


@transaction.atomic
def case_open(
    *,
    agency: Agency,
    service: Service,
    channel: str,
    subject: str,
    description: str = "",
    customer: Customer | None = None,
    attributes: dict[str, Any] | None = None,
    address: str = "",
    latitude: Any = None,
    longitude: Any = None,
    priority: int | None = None,
    team: Team | None = None,
    actor: User | None,
) -> Case:
    """Take in a request on any channel. The one way a case is created.

    Validates the service (this agency's, active, offered on the channel) and its
    intake answers, numbers the case, records the first timeline event, and on
    commit acknowledges the request to the customer with its reference.
    """
    _require_worker(actor, agency)
    _validate_intake(agency=agency, service=service, channel=channel, team=team)
    if customer is not None and customer.agency_id != agency.pk:
        raise DomainError(_("Choose a customer of this agency."), field="customer")
    subject = (subject or "").strip()
    if not subject:
        raise DomainError(_("Enter a short subject for the case."), field="subject")
    if priority is not None and priority not in Priority.values:
        raise DomainError(_("Choose one of the listed priorities."), field="priority")
    cleaned = clean_attributes(service=service, values=attributes or {})
    lat, lon = _location(latitude, longitude)
    now = timezone.now()
    case = Case.objects.create(
        agency=agency,
        reference=next_reference(agency=agency, year=now.astimezone(agency.zone).year),
        service=service,
        customer=customer,
        channel=channel,
        subject=subject[:200],
        description=description or "",
        attributes=cleaned,
        address=address or "",
        latitude=lat,
        longitude=lon,
        priority=priority or service.default_priority,
        team=team or service.default_team,
        created_by=actor,
        created_at=now,
        updated_at=now,
    )
    _event(
        case,
        kind=EventKind.OPENED,
        actor=actor,
        summary=_("Case opened from %(channel)s") % {"channel": Channel(channel).label},
        data={"channel": channel, "service": service.code, "team": case.team_id},
        public=True,
    )
    _acknowledge(case)
    return case


def _acknowledge(case: Case) -> None:
    language = case.customer.preferred_language if case.customer else "en"
    with translation.override(language):
        subject = _("We received your request %(reference)s") % {"reference": case.reference}
        body = _(
            "Thank you for contacting %(agency)s.\n\n"
            "Your request “%(subject)s” has the reference %(reference)s. "
            "Quote it whenever you contact us about this request.\n"
        ) % {"agency": case.agency.name, "subject": case.subject, "reference": case.reference}
    _notify_customer(case, kind="case.acknowledgement", subject=subject, body=body)


# Changes to an open case ---------------------------------------------------------------

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
    _event(
        case,
        kind=EventKind.REOPENED,
        actor=actor,
        summary=_("Reopened: %(reason)s") % {"reason": reason},
        data={"status": [before, CaseStatus.OPEN], "reason": reason},
        public=True,
    )
    return case


# Assignment ------------------------------------------------------------------------------


def _check_assignee(case: Case, assignee: User) -> None:
    if not assignee.is_active:
        raise DomainError(_("This person's account is inactive."), field="assignee")
    member = Membership.objects.filter(
        user=assignee, agency_id=case.agency_id, role__in=WORK_ROLES
    ).exists()
    if not member:
        raise DomainError(_("Choose someone who works in this agency."), field="assignee")


@transaction.atomic
def case_assign(*, case: Case, assignee: User, actor: User | None) -> Case:
    """Give an open case to a member of its agency; a new case becomes open."""
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
    before = case.assignee_id
    case.assignee = assignee
    if case.status == CaseStatus.NEW:
        case.status = CaseStatus.OPEN
    case.save(update_fields=["assignee", "status", "updated_at"])
    _event(
        case,
        kind=EventKind.ASSIGNED,
        actor=actor,
        summary=_("Assigned to %(name)s") % {"name": assignee.full_name},
        data={"assignee": [before, assignee.pk]},
    )
    return case


@transaction.atomic
def case_unassign(*, case: Case, actor: User | None) -> Case:
    """Put a case back in its queue with nobody holding it."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    if case.assignee_id is None:
        raise ConflictError(_("Nobody holds this case."))
    before = case.assignee_id
    case.assignee = None
    case.save(update_fields=["assignee", "updated_at"])
    _event(
        case,
        kind=EventKind.UNASSIGNED,
        actor=actor,
        summary=_("Unassigned"),
        data={"assignee": [before, None]},
    )
    return case


# Notes, messages, attachments, links -----------------------------------------------------


@transaction.atomic
def case_add_note(*, case: Case, body: str, actor: User) -> CaseNote:
    """Add an internal note (never shown to the customer)."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    body = (body or "").strip()
    if not body:
        raise DomainError(_("Write the note before saving it."), field="body")
    note = CaseNote.objects.create(case=case, author=actor, body=body)
    _event(
        case,
        kind=EventKind.NOTE,
        actor=actor,
        summary=body[:120],
        data={"note": note.pk},
    )
    return note


@transaction.atomic
def case_message_customer(*, case: Case, subject: str, body: str, actor: User) -> CustomerMessage:
    """Email the customer through the outbox; the first message is the first response."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    if case.customer is None or not case.customer.email:
        raise DomainError(
            _("This customer has no email address. Log the contact instead."), field="body"
        )
    body = (body or "").strip()
    if not body:
        raise DomainError(_("Write the message before sending it."), field="body")
    subject = (subject or "").strip() or _("About your request %(reference)s") % {
        "reference": case.reference
    }
    if case.reference not in subject:
        subject = f"{subject} [{case.reference}]"
    email = backoffice_services.email_queue(
        to=case.customer.email,
        subject=subject,
        body=body,
        kind="case.message",
        agency=case.agency,
        related=case,
    )
    message = CustomerMessage.objects.create(
        case=case,
        direction=MessageDirection.OUTBOUND,
        channel=Channel.EMAIL,
        subject=subject[:200],
        body=body,
        author=actor,
        outbound_email=email,
    )
    _first_response(case)
    _event(
        case,
        kind=EventKind.MESSAGE_OUT,
        actor=actor,
        summary=_("Emailed the customer: %(subject)s") % {"subject": subject},
        data={"message": message.pk},
        public=True,
    )
    return message


def _first_response(case: Case) -> None:
    if case.first_response_at is None:
        case.first_response_at = timezone.now()
        case.save(update_fields=["first_response_at"])


@transaction.atomic
def case_log_contact(
    *, case: Case, direction: str, channel: str, body: str, actor: User
) -> CustomerMessage:
    """Log a contact made outside email: a reply from the customer, or a call to them.

    A reply to a case waiting on the customer puts it back in progress; a logged
    call to the customer counts as the first response.
    """
    case = _locked(case)
    _require_worker(actor, case.agency)
    if direction not in MessageDirection.values:
        raise DomainError(_("Choose who contacted whom."), field="direction")
    if channel not in Channel.values:
        raise DomainError(_("Choose one of the listed channels."), field="channel")
    body = (body or "").strip()
    if not body:
        raise DomainError(_("Write down what was said."), field="body")
    message = CustomerMessage.objects.create(
        case=case, direction=direction, channel=channel, body=body, author=actor
    )
    inbound = direction == MessageDirection.INBOUND
    _event(
        case,
        kind=EventKind.MESSAGE_IN if inbound else EventKind.MESSAGE_OUT,
        actor=actor,
        summary=(
            _("Customer contact by %(channel)s")
            if inbound
            else _("Contacted the customer by %(channel)s")
        )
        % {"channel": Channel(channel).label.lower()},
        data={"message": message.pk, "channel": channel},
        public=True,
    )
    if not inbound:
        _first_response(case)
    elif case.status == CaseStatus.WAITING_CUSTOMER:
        case_change_status(case=case, status=CaseStatus.IN_PROGRESS, actor=actor)
    return message


@transaction.atomic
def case_add_attachment(
    *, case: Case, upload: IO[bytes], name: str, size: int, actor: User
) -> CaseAttachment:
    """Attach a file after checking its content and size; nothing is stored if it is refused."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    checked = check_upload(upload, size=size)
    attachment = CaseAttachment(
        case=case,
        original_name=(name or "file")[-200:],
        content_type=checked.content_type,
        size=checked.size,
        sha256=checked.sha256,
        uploaded_by=actor,
    )
    attachment.file.save(checked.sha256, File(upload), save=False)
    try:
        attachment.save()
    except Exception:
        attachment.file.delete(save=False)
        raise
    _event(
        case,
        kind=EventKind.ATTACHMENT,
        actor=actor,
        summary=_("Attached %(name)s") % {"name": attachment.original_name},
        data={"attachment": attachment.pk, "type": checked.content_type, "size": checked.size},
    )
    return attachment


@transaction.atomic
def case_link(*, case: Case, other: Case, actor: User | None) -> CaseLink:
    """Record that two cases of the same agency are related."""
    _require_worker(actor, case.agency)
    if other.pk == case.pk:
        raise DomainError(_("A case cannot be linked to itself."), field="other")
    if other.agency_id != case.agency_id:
        raise DomainError(_("Choose a case of this agency."), field="other")
    low, high = sorted((case, other), key=lambda c: c.pk)
    link, created = CaseLink.objects.get_or_create(
        from_case=low, to_case=high, defaults={"created_by": actor}
    )
    if not created:
        raise ConflictError(_("These cases are already linked."), field="other")
    for one, two in ((case, other), (other, case)):
        _event(
            one,
            kind=EventKind.LINKED,
            actor=actor,
            summary=_("Linked to %(reference)s") % {"reference": two.reference},
            data={"case": two.pk},
        )
    return link


# Bulk ----------------------------------------------------------------------------------


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


# Service catalogue ----------------------------------------------------------------------


CHOICE_DATATYPES = (AttributeDatatype.SINGLE_CHOICE, AttributeDatatype.MULTI_CHOICE)


def _check_service(service: Service, original: Service | None) -> None:
    if original is not None and original.agency_id != service.agency_id:
        raise DomainError(_("A service cannot move to another agency."), field="agency")
    if service.default_team is not None and service.default_team.agency_id != service.agency_id:
        raise DomainError(_("Choose a team of this agency."), field="default_team")
    channels = service.channels or []
    if not isinstance(channels, list) or not channels:
        raise DomainError(_("Choose at least one channel."), field="channels")
    if any(channel not in Channel.values for channel in channels):
        raise DomainError(_("Choose only listed channels."), field="channels")


@transaction.atomic
def service_save(*, service: Service, actor: User | None) -> Service:
    """Create or change a service of an agency (agency administrators only).

    A service stays in its agency; its default team must be one of the agency's
    teams and it is offered on at least one known channel.
    """
    _require_worker(actor, service.agency, (Role.ADMINISTRATOR,))
    original = Service.objects.filter(pk=service.pk).first() if service.pk else None
    _check_service(service, original)
    service.full_clean()
    service.save()
    if original is None:
        backoffice_services.audit_record(
            action="service.create", actor=actor, agency=service.agency, obj=service
        )
        return service
    changed = [
        f.name
        for f in Service._meta.concrete_fields
        if getattr(original, f.attname) != getattr(service, f.attname)
    ]
    if changed:
        backoffice_services.audit_record(
            action="service.update",
            actor=actor,
            agency=service.agency,
            obj=service,
            details={"fields": sorted(changed)},
        )
    return service


def _check_attribute(service: Service, attribute: ServiceAttribute) -> None:
    if attribute.service_id != service.pk:
        raise DomainError(_("This question belongs to another service."))
    if attribute.datatype not in CHOICE_DATATYPES:
        return
    choices = attribute.choices
    valid = isinstance(choices, list) and all(
        isinstance(c, dict) and c.get("key") not in (None, "") and c.get("name") for c in choices
    )
    if not (choices and valid):
        raise DomainError(
            _('“%(label)s” needs a list of options like [{"key": "small", "name": "Small"}].')
            % {"label": attribute.label},
            field="choices",
        )


@transaction.atomic
def service_attributes_save(
    *,
    service: Service,
    attributes: Iterable[ServiceAttribute],
    actor: User | None,
    removed: Iterable[ServiceAttribute] = (),
) -> list[ServiceAttribute]:
    """Save a service's intake questions and delete the removed ones, audited together.

    Choice questions need at least one option with a key and a name. Answers already
    given on cases stay as they were.
    """
    _require_worker(actor, service.agency, (Role.ADMINISTRATOR,))
    saved = list(attributes)
    gone = [attribute for attribute in removed if attribute.pk]
    for attribute in [*saved, *gone]:
        _check_attribute(service, attribute)
    for attribute in gone:
        attribute.delete()
    for attribute in saved:
        attribute.full_clean()
        attribute.save()
    if saved or gone:
        backoffice_services.audit_record(
            action="service.attributes",
            actor=actor,
            agency=service.agency,
            obj=service,
            details={
                "saved": sorted(a.code for a in saved),
                "removed": sorted(a.code for a in gone),
            },
        )
    return saved


# Business calendars -----------------------------------------------------------------------
# Imported here, beside the services that use them, while they are the only users.


END_OF_DAY = timedelta(days=1)
DEFAULT_OPENING_HOURS = ((time(9), time(17)),)
DEFAULT_WEEKDAYS = (
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
)


@transaction.atomic
def calendar_for(agency: Agency) -> BusinessCalendar:
    """The agency's business calendar, made on first use as Monday-Friday 09:00-17:00."""
    calendar, created = BusinessCalendar.objects.get_or_create(
        agency=agency, defaults={"name": _("Business hours")}
    )
    if created:
        OpeningHours.objects.bulk_create(
            OpeningHours(calendar=calendar, weekday=weekday, opens=opens, closes=closes)
            for weekday in DEFAULT_WEEKDAYS
            for opens, closes in DEFAULT_OPENING_HOURS
        )
    return calendar


def _check_holiday_region(calendar: BusinessCalendar) -> None:
    if not calendar.use_public_holidays:
        return
    country, subdivision = calendar.holiday_region
    try:
        holidays_of(country, "", years=())
    except ValueError:
        raise DomainError(
            _("Public holidays of the country %(country)s are not known.") % {"country": country},
            field="country",
        ) from None
    try:
        holidays_of(country, subdivision, years=())
    except ValueError:
        raise DomainError(
            _("%(country)s has no state or region %(subdivision)s.")
            % {"country": country, "subdivision": subdivision},
            field="subdivision",
        ) from None


@transaction.atomic
def calendar_save(*, calendar: BusinessCalendar, actor: User | None) -> BusinessCalendar:
    """Create or change an agency's business calendar (agency administrators only).

    A calendar stays with its agency, and with public holidays on, its country and
    subdivision (its own or the agency's) must be ones whose holidays are known.
    """
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    original = BusinessCalendar.objects.filter(pk=calendar.pk).first() if calendar.pk else None
    if original is not None and original.agency_id != calendar.agency_id:
        raise DomainError(_("A calendar cannot move to another agency."), field="agency")
    calendar.full_clean()
    _check_holiday_region(calendar)
    calendar.save()
    changed = [
        f.name
        for f in BusinessCalendar._meta.concrete_fields
        if original is None or getattr(original, f.attname) != getattr(calendar, f.attname)
    ]
    if changed:
        backoffice_services.audit_record(
            action="calendar.create" if original is None else "calendar.update",
            actor=actor,
            agency=calendar.agency,
            obj=calendar,
            details={"fields": sorted(changed)},
        )
    return calendar


def _day_start(moment: time) -> timedelta:
    return timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second)


def _day_end(closes: time) -> timedelta:
    """How far into the day an interval closes, 00:00 (midnight) being the end of the day."""
    return END_OF_DAY if closes == time(0) else _day_start(closes)


def _check_intervals(intervals: list[tuple[time, time]]) -> list[tuple[time, time]]:
    ordered = sorted(intervals)
    for opens, closes in ordered:
        if closes != time(0) and closes <= opens:
            raise DomainError(
                _("%(opens)s-%(closes)s closes before it opens (00:00 means midnight).")
                % {"opens": f"{opens:%H:%M}", "closes": f"{closes:%H:%M}"},
                field="intervals",
            )
    for (_opens, closes), (next_opens, _closes) in pairwise(ordered):
        if _day_end(closes) > _day_start(next_opens):
            raise DomainError(_("Opening hours of one day must not overlap."), field="intervals")
    return ordered


@transaction.atomic
def opening_hours_set(
    *,
    calendar: BusinessCalendar,
    weekday: int,
    intervals: list[tuple[time, time]],
    actor: User | None,
) -> list[OpeningHours]:
    """Replace a weekday's opening hours (agency administrators only).

    Each interval closes after it opens, 00:00 meaning midnight; intervals of one day
    may touch but not overlap. An empty list closes the calendar on that weekday.
    """
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    if weekday not in Weekday.values:
        raise DomainError(_("Choose a weekday from Monday to Sunday."), field="weekday")
    ordered = _check_intervals(intervals)
    OpeningHours.objects.filter(calendar=calendar, weekday=weekday).delete()
    rows = [
        OpeningHours(calendar=calendar, weekday=weekday, opens=opens, closes=closes)
        for opens, closes in ordered
    ]
    for row in rows:
        row.full_clean()
        row.save()
    backoffice_services.audit_record(
        action="calendar.hours",
        actor=actor,
        agency=calendar.agency,
        obj=calendar,
        details={
            "weekday": weekday,
            "intervals": [[f"{o:%H:%M}", f"{c:%H:%M}"] for o, c in ordered],
        },
    )
    return rows


@transaction.atomic
def closure_add(
    *,
    calendar: BusinessCalendar,
    starts: datetime,
    ends: datetime,
    reason: str,
    actor: User | None,
) -> Closure:
    """Close the calendar from *starts* to *ends*, e.g. for a storm (administrators only).

    The closure must end after it starts; service-level time stops while it lasts.
    """
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    if ends <= starts:
        raise DomainError(_("A closure must end after it starts."), field="ends")
    closure = Closure(calendar=calendar, starts=starts, ends=ends, reason=reason)
    closure.full_clean()
    closure.save()
    backoffice_services.audit_record(
        action="calendar.closure_add",
        actor=actor,
        agency=calendar.agency,
        obj=closure,
        details={"starts": starts.isoformat(), "ends": ends.isoformat(), "reason": reason},
    )
    return closure


@transaction.atomic
def closure_remove(*, closure: Closure, actor: User | None) -> None:
    """Remove a closure entered by mistake (agency administrators only); audited."""
    calendar = closure.calendar
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    backoffice_services.audit_record(
        action="calendar.closure_remove",
        actor=actor,
        agency=calendar.agency,
        obj=closure,
        details={
            "starts": closure.starts.isoformat(),
            "ends": closure.ends.isoformat(),
            "reason": closure.reason,
        },
    )
    closure.delete()
