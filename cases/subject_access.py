"""Subject access: everything the agency holds about one customer, in one document.

A customer may ask for a copy of the personal data held about them. The export is one
nested document built here and rendered twice, as JSON for machines and as a printable
page for people, so the two formats always carry the same content.

What it holds: the customer's own fields; every case with its details, intake answers,
timeline, internal notes (labelled internal: they are personal data held about the
customer and no exemption is assumed), messages, attachment metadata (never the file
contents), survey invitations and responses with their comments; the emails sent to the
customer's address; and the audit trail of who read or changed the customer's record.
Staff tools (friction reports, pulse surveys) are about staff, not the customer, and are
left out. Staff IP addresses and browsers from the audit trail are left out too: they are
the staff members' data, not the customer's.

The number of queries is fixed whatever the number of cases: each kind of row is one
query (prefetched), so a customer with hundreds of cases costs the same dozen queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import Prefetch, Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import get_for_user, has_role
from backoffice.models import AuditEvent, OutboundEmail, Role, User
from backoffice.services import request_agency
from feedback.models import SurveyAnswer, SurveyInvitation, SurveyResponse

from .models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    Customer,
    CustomerMessage,
    ServiceAttribute,
)

# Who may export: people who answer for the agency's handling of personal data. A
# caseworker sees customers case by case; a complete copy of everything held is a formal
# request that a supervisor, manager or administrator answers.
EXPORT_ROLES = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)

FORMAT_VERSION = 1

Document = dict[str, Any]


def get_customer_for_export(user: User, pk: int) -> Customer:
    """The customer *pk* if *user* may export them (an exporting role in their agency), else 404."""
    return get_for_user(Customer.objects.select_related("agency"), user, roles=EXPORT_ROLES, pk=pk)


def may_export(request: HttpRequest, customer: Customer) -> bool:
    """Whether the page should offer the export: the customer belongs to the request's
    current agency and the user holds an exporting role there (what the export views check)."""
    agency = request_agency(request)
    return (
        agency is not None
        and agency.pk == customer.agency_id
        and has_role(request.user, agency, *EXPORT_ROLES)
    )


def _name(user: User | None) -> str | None:
    return user.full_name if user is not None else None


def _answer_text(attribute: ServiceAttribute | None, value: Any) -> str:
    """An intake answer in words: choice keys as the names the customer saw."""
    names: dict[str, str] = {}
    if attribute is not None and attribute.is_choice:
        names = {str(c.get("key")): str(c.get("name", "")) for c in attribute.choices or []}
    values = value if isinstance(value, list) else [value]
    return ", ".join(names.get(str(v), str(v)) for v in values if v is not None and v != "")


def _attributes(case: Case) -> list[dict[str, Any]]:
    """The case's intake answers with the question each answers, in the service's order."""
    by_code = {attribute.code: attribute for attribute in case.service.attributes.all()}
    order = {code: index for index, code in enumerate(by_code)}
    answers = sorted((case.attributes or {}).items(), key=lambda item: order.get(item[0], 10**6))
    return [
        {
            "code": code,
            "question": by_code[code].label if code in by_code else code,
            "answer": value,
            "answer_display": _answer_text(by_code.get(code), value),
        }
        for code, value in answers
    ]


def _event(event: CaseEvent) -> dict[str, Any]:
    return {
        "occurred_at": event.occurred_at,
        "kind": event.kind,
        "kind_display": event.get_kind_display(),
        "summary": event.summary,
        "shown_to_customer": event.public,
        "by": _name(event.actor),
    }


def _note(note: CaseNote) -> dict[str, Any]:
    return {
        "created_at": note.created_at,
        "internal": True,
        "body": note.body,
        "by": _name(note.author),
    }


def _message(message: CustomerMessage) -> dict[str, Any]:
    return {
        "created_at": message.created_at,
        "direction": message.direction,
        "direction_display": message.get_direction_display(),
        "channel": message.channel,
        "channel_display": message.get_channel_display(),
        "subject": message.subject,
        "body": message.body,
        "by": _name(message.author),
    }


def _attachment(attachment: CaseAttachment) -> dict[str, Any]:
    return {
        "name": attachment.original_name,
        "size_bytes": attachment.size,
        "content_type": attachment.content_type,
        "uploaded_at": attachment.created_at,
        "uploaded_by": _name(attachment.uploaded_by),
    }


def _invitation(invitation: SurveyInvitation) -> dict[str, Any]:
    return {
        "survey": invitation.survey.title_in(invitation.language),
        "language": invitation.language,
        "status": invitation.status,
        "status_display": invitation.get_status_display(),
        "why_not_sent": invitation.get_skip_reason_display() if invitation.skip_reason else "",
        "created_at": invitation.created_at,
        "sent_at": invitation.sent_at,
        "reminded_at": invitation.reminded_at,
        "answered_at": invitation.answered_at,
    }


def _answer(answer: SurveyAnswer, language: str) -> dict[str, Any]:
    question = answer.question
    labels = {choice.value: choice.label_in(language) for choice in question.choices.all()}
    if answer.choices:
        display = ", ".join(labels.get(value, value) for value in answer.choices)
    elif answer.number is not None:
        display = str(answer.number)
    else:
        display = answer.text
    return {
        "question": question.text_in(language),
        "number": answer.number,
        "choices": list(answer.choices or []),
        "text": answer.text,
        "answer_display": display,
    }


def _response(response: SurveyResponse) -> dict[str, Any]:
    answers = sorted(response.answers.all(), key=lambda a: (a.question.position, a.question_id))
    return {
        "survey": response.survey.title_in(response.language),
        "submitted_at": response.submitted_at,
        "language": response.language,
        "collected_via": response.collected_via,
        "collected_via_display": response.get_collected_via_display(),
        "entered_by": _name(response.entered_by),
        "answers": [_answer(answer, response.language) for answer in answers],
    }


def _case(case: Case) -> dict[str, Any]:
    return {
        "reference": case.reference,
        "service": case.service.name,
        "subject": case.subject,
        "description": case.description,
        "channel": case.channel,
        "channel_display": case.get_channel_display(),
        "status": case.status,
        "status_display": case.get_status_display(),
        "priority": case.priority,
        "priority_display": case.get_priority_display(),
        "address": case.address,
        "latitude": case.latitude,
        "longitude": case.longitude,
        "media_url": case.media_url,
        "resolution": case.resolution,
        "team": case.team.name if case.team else None,
        "assignee": _name(case.assignee),
        "taken_in_by": _name(case.created_by),
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "first_response_at": case.first_response_at,
        "resolved_at": case.resolved_at,
        "closed_at": case.closed_at,
        "legal_hold": case.legal_hold,
        "legal_hold_reason": case.legal_hold_reason,
        "anonymised_at": case.anonymised_at,
        "attributes": _attributes(case),
        "timeline": [_event(event) for event in case.events.all()],
        "notes": [_note(note) for note in case.notes.all()],
        "messages": [_message(message) for message in case.messages.all()],
        "attachments": [_attachment(attachment) for attachment in case.attachments.all()],
        "survey_invitations": [_invitation(i) for i in case.survey_invitations.all()],
        "survey_responses": [_response(response) for response in case.survey_responses.all()],
    }


def _customer(customer: Customer) -> dict[str, Any]:
    return {
        "id": customer.pk,
        "kind": customer.kind,
        "kind_display": customer.get_kind_display(),
        "name": customer.name,
        "organisation": customer.organisation,
        "email": customer.email,
        "phone": customer.phone,
        "address": customer.address,
        "preferred_language": customer.preferred_language,
        "preferred_language_display": customer.get_preferred_language_display(),
        "preferred_channel": customer.preferred_channel,
        "preferred_channel_display": customer.get_preferred_channel_display(),
        "survey_consent": customer.survey_consent,
        "created_at": customer.created_at,
        "updated_at": customer.updated_at,
        "anonymised_at": customer.anonymised_at,
    }


def _cases(customer: Customer) -> list[Case]:
    """The customer's cases, newest first, with every related row in one query per kind."""
    return list(
        Case.objects.filter(customer=customer, agency_id=customer.agency_id)
        .select_related("service", "team", "assignee", "created_by")
        .prefetch_related(
            Prefetch("service__attributes", queryset=ServiceAttribute.objects.order_by("order")),
            Prefetch("events", queryset=CaseEvent.objects.select_related("actor")),
            Prefetch("notes", queryset=CaseNote.objects.select_related("author")),
            Prefetch("messages", queryset=CustomerMessage.objects.select_related("author")),
            Prefetch("attachments", queryset=CaseAttachment.objects.select_related("uploaded_by")),
            Prefetch(
                "survey_invitations",
                queryset=SurveyInvitation.objects.select_related("survey").order_by(
                    "created_at", "id"
                ),
            ),
            Prefetch(
                "survey_responses",
                queryset=SurveyResponse.objects.select_related("survey", "entered_by").order_by(
                    "submitted_at", "id"
                ),
            ),
            Prefetch(
                "survey_responses__answers",
                queryset=SurveyAnswer.objects.select_related("question"),
            ),
            "survey_responses__answers__question__choices",
        )
        .order_by("-created_at", "-id")
    )


def _emails(customer: Customer, cases: Iterable[Case]) -> list[dict[str, Any]]:
    """Emails the agency sent or queued to the customer: to their address, or about their
    cases (a message or a survey invitation, even if the address has changed since)."""
    linked: set[int] = set()
    for case in cases:
        linked.update(m.outbound_email_id for m in case.messages.all() if m.outbound_email_id)
        for invitation in case.survey_invitations.all():
            linked.update(pk for pk in (invitation.email_id, invitation.reminder_email_id) if pk)
    where = Q(pk__in=linked)
    if customer.email:
        where |= Q(to__iexact=customer.email)
    emails = OutboundEmail.objects.filter(where, agency_id=customer.agency_id).order_by(
        "created_at", "id"
    )
    return [
        {
            "to": email.to,
            "subject": email.subject,
            "body": email.body,
            "kind": email.kind,
            "status": email.status,
            "status_display": email.get_status_display(),
            "queued_at": email.created_at,
            "sent_at": email.sent_at,
        }
        for email in emails
    ]


def _audit(customer: Customer, cases: Iterable[Case]) -> list[dict[str, Any]]:
    """Audit events about the customer's record, their cases and their cases' files."""
    case_ids = [str(case.pk) for case in cases]
    attachment_ids = [str(a.pk) for case in cases for a in case.attachments.all()]
    where = Q(object_type=Customer._meta.label_lower, object_id=str(customer.pk))
    if case_ids:
        where |= Q(object_type=Case._meta.label_lower, object_id__in=case_ids)
    if attachment_ids:
        where |= Q(object_type=CaseAttachment._meta.label_lower, object_id__in=attachment_ids)
    events = AuditEvent.objects.filter(where, agency_id=customer.agency_id).order_by(
        "occurred_at", "id"
    )
    return [
        {
            "occurred_at": event.occurred_at,
            "action": event.action,
            "object": event.object_repr,
            "by": event.actor_label or None,
            "outcome": event.outcome,
            "outcome_display": event.get_outcome_display(),
        }
        for event in events
    ]


def subject_access_document(
    *, customer: Customer, generated_at: datetime | None = None
) -> Document:
    """Everything held about *customer* as one nested document of plain values.

    Datetimes stay datetimes (the JSON encoder writes ISO 8601 in UTC; the page shows
    them in the agency's time zone). Keys ending in ``_display`` are the words for a
    coded value, in the language of the request.
    """
    cases = _cases(customer)
    agency = customer.agency
    return {
        "format": "subject-access",
        "format_version": FORMAT_VERSION,
        "generated_at": generated_at or timezone.now(),
        "agency": {"name": agency.name, "slug": agency.slug, "time_zone": agency.time_zone},
        "customer": _customer(customer),
        "cases": [_case(case) for case in cases],
        "emails": _emails(customer, cases),
        "audit_events": _audit(customer, cases),
        "notes_on_content": _(
            "Notes marked internal were written by staff for their colleagues and are "
            "included because they are held about you. Files are listed by name, size and "
            "type; ask us for a copy of any file you need."
        ),
    }
