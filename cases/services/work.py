"""Work on a case: notes, messages and logged contacts, attachments, links."""

from __future__ import annotations

from typing import IO

from django.core.files.base import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.errors import ConflictError, DomainError
from backoffice.models import User

from ..files import check_upload
from ..models import (
    Case,
    CaseAttachment,
    CaseLink,
    CaseNote,
    CaseStatus,
    Channel,
    CustomerMessage,
    EventKind,
    MessageDirection,
)
from ._common import _event, _locked, _require_worker
from .lifecycle import case_change_status
from .sla import sla_responded


def _require_personal_data(case: Case) -> None:
    """Refuse new free text or files on a case whose personal data the retention job removed."""
    if case.anonymised_at is not None:
        raise ConflictError(
            _("This case was anonymised under the retention policy; nothing can be added to it.")
        )


@transaction.atomic
def case_add_note(*, case: Case, body: str, actor: User) -> CaseNote:
    """Add an internal note (never shown to the customer)."""
    case = _locked(case)
    _require_worker(actor, case.agency)
    _require_personal_data(case)
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
    _require_personal_data(case)
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
        sla_responded(case, now=case.first_response_at)


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
    _require_personal_data(case)
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
    _require_personal_data(case)
    checked = check_upload(upload, size=size, name=name)
    attachment = CaseAttachment(
        case=case,
        original_name=checked.name,
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
