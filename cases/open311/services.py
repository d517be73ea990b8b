"""The one write of Open311: a service request posted by an API client becomes a case."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.models import Agency, ApiClient, User

from ..models import Case, Channel, Customer, Service
from ..services import case_add_note, case_open, customer_find_or_create

SUBJECT_LENGTH = 120


@dataclass(frozen=True)
class Submission:
    """A checked POST Service Request (see ``forms.ServiceRequestForm``)."""

    service: Service
    attributes: dict[str, Any]
    lat: Decimal | None = None
    long: Decimal | None = None
    address_string: str = ""
    address_id: str = ""
    email: str = ""
    phone: str = ""
    first_name: str = ""
    last_name: str = ""
    description: str = ""
    media_url: str = ""
    device_id: str = ""
    account_id: str = ""

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def _subject(submission: Submission) -> str:
    lines = submission.description.strip().splitlines()
    first = lines[0].strip() if lines else ""
    if not first:
        return submission.service.name
    if len(first) > SUBJECT_LENGTH:
        return first[: SUBJECT_LENGTH - 1].rstrip() + "…"
    return first


def _customer(agency: Agency, submission: Submission, actor: User) -> Customer | None:
    """The agency's customer with this email or phone, created if new, as the intake does."""
    if not (submission.email or submission.phone):
        return None

    def find_or_create() -> Customer:
        return customer_find_or_create(
            agency=agency,
            name=submission.name or submission.email or submission.phone,
            email=submission.email,
            phone=submission.phone,
            actor=actor,
        )

    try:
        return find_or_create()
    except IntegrityError:
        # Another request created this customer a moment ago (the savepoint of
        # customer_find_or_create rolled back): now the lookup finds it.
        return find_or_create()


def _intake_note(client: ApiClient, submission: Submission, has_customer: bool) -> str:
    """What the case has no field for, kept for the caseworker in an internal note."""
    details = [
        (_("Address id"), submission.address_id),
        (_("Device id"), submission.device_id),
        (_("Account id"), submission.account_id),
        (_("Name given"), "" if has_customer else submission.name),
    ]
    lines = [f"{label}: {value}" for label, value in details if value]
    if not lines:
        return ""
    heading = _("Sent through Open311 by %(client)s.") % {"client": client.name}
    return "\n".join([heading, *lines])


@transaction.atomic
def open311_request_create(
    *,
    agency: Agency,
    client: ApiClient,
    submission: Submission,
    request: HttpRequest | None = None,
) -> Case:
    """Open a case for a service request posted with an API key, as the key's owner.

    The case goes through ``case_open`` on the API channel, so it is routed and gets its
    service level like any other; the customer is found or created from the email or
    phone given. The key must belong to the agency and allow writes (the caller checks,
    this refuses again). Details the case has no field for go in an internal note.
    """
    if client.agency_id != agency.pk or not client.can_write:
        raise PermissionError("The API client may not open cases in this agency.")
    actor = client.owner
    customer = _customer(agency, submission, actor)
    address = submission.address_string or (
        _("Address id %(id)s") % {"id": submission.address_id} if submission.address_id else ""
    )
    case = case_open(
        agency=agency,
        service=submission.service,
        channel=Channel.API,
        subject=_subject(submission),
        description=submission.description,
        customer=customer,
        attributes=submission.attributes,
        address=address[:300],
        latitude=submission.lat,
        longitude=submission.long,
        media_url=submission.media_url,
        actor=actor,
    )
    note = _intake_note(client, submission, has_customer=customer is not None)
    if note:
        case_add_note(case=case, body=note, actor=actor)
    backoffice_services.audit_record(
        action="open311.request",
        actor=actor,
        request=request,
        agency=agency,
        obj=case,
        details={"api_client": client.pk, "service": submission.service.code},
    )
    return case
