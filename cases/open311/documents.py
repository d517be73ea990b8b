"""What each Open311 method answers, as plain data for ``render.respond``.

Public answers carry no personal data. A request shows its service, status, times,
location (the place of the issue, which the specification requires) and a description
with email addresses, phone numbers, card and id numbers, street addresses in the text
and the customer's name masked (``feedback.masking.mask_personal``). ``status_notes`` is
the case's detailed status ("Waiting on third party"), never staff's free text; names,
emails and phones of customers are never part of an answer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from backoffice.models import Agency
from feedback.masking import mask_personal

from ..models import AttributeDatatype, Case, CaseStatus, Service, ServiceAttribute
from ..models.case import OPEN_STATUSES
from .forms import DESCRIPTION_MAX
from .selectors import PublicRequest

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CONTENT_TYPES = ["application/xml", "application/json"]
# Every service is "realtime": case_open runs in the request, so the id is known at once.
SERVICE_TYPE = "realtime"
# Discovery's changeset before any service has been saved through the catalogue.
NEVER_CHANGED = datetime(1970, 1, 1, tzinfo=UTC)

# Our datatypes carry the specification's names; the map keeps that a decision, not a fluke.
DATATYPES: dict[str, str] = {
    AttributeDatatype.STRING: "string",
    AttributeDatatype.NUMBER: "number",
    AttributeDatatype.DATETIME: "datetime",
    AttributeDatatype.TEXT: "text",
    AttributeDatatype.SINGLE_CHOICE: "singlevaluelist",
    AttributeDatatype.MULTI_CHOICE: "multivaluelist",
}


def _datatype_hint(datatype: str) -> str:
    hints: dict[str, str] = {
        AttributeDatatype.STRING: _("One line of text, at most 200 characters."),
        AttributeDatatype.NUMBER: _("A number, e.g. 12 or 3.5."),
        AttributeDatatype.DATETIME: _("A date and time in ISO 8601, e.g. 2026-05-01T14:30:00Z."),
        AttributeDatatype.TEXT: _("Text, line breaks allowed, at most 5000 characters."),
        AttributeDatatype.SINGLE_CHOICE: _("The key of one of the values."),
        AttributeDatatype.MULTI_CHOICE: _("The keys of one or more of the values."),
    }
    return hints.get(datatype, "")


def w3c(moment: datetime | None, agency: Agency) -> str | None:
    """A time in the agency's zone with its UTC offset, e.g. 2026-05-01T09:30:00-05:00."""
    if moment is None:
        return None
    return timezone.localtime(moment, agency.zone).isoformat(timespec="seconds")


def discovery(*, url: str, changed_at: datetime | None) -> dict[str, Any]:
    changeset = (changed_at or NEVER_CHANGED).astimezone(UTC).isoformat(timespec="seconds")
    return {
        "changeset": changeset,
        "contact": getattr(settings, "OPEN311_CONTACT", "")
        or _("Contact the agency that runs this service for help with this API."),
        "key_service": _(
            "API keys are issued by each agency's administrators; ask the agency for one "
            "with write access to post requests."
        ),
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": url,
                "changeset": changeset,
                "type": "test" if settings.DEBUG else "production",
                "formats": CONTENT_TYPES,
            }
        ],
    }


def service(service: Service) -> dict[str, Any]:
    return {
        "service_code": service.code,
        "service_name": service.name,
        "description": service.description or None,
        "metadata": bool(service.attributes.all()),
        "type": SERVICE_TYPE,
        "keywords": service.keywords or None,
        "group": service.group or None,
    }


def _attribute(attribute: ServiceAttribute, order: int) -> dict[str, Any]:
    document: dict[str, Any] = {
        "variable": True,
        "code": attribute.code,
        "datatype": DATATYPES.get(attribute.datatype, "string"),
        "required": attribute.required,
        "datatype_description": attribute.help_text or _datatype_hint(attribute.datatype),
        "order": order,
        "description": attribute.label,
    }
    if attribute.is_choice:
        document["values"] = [
            {"key": str(choice.get("key", "")), "name": str(choice.get("name", ""))}
            for choice in attribute.choices or []
            if isinstance(choice, dict)
        ]
    return document


def service_definition(service: Service) -> dict[str, Any]:
    # The specification wants distinct positive orders, 1 first; ours may repeat or start at 0.
    attributes = sorted(service.attributes.all(), key=lambda a: (a.order, a.pk))
    return {
        "service_code": service.code,
        "attributes": [_attribute(a, position) for position, a in enumerate(attributes, 1)],
    }


# A case, or a published one as the request list reads it: both have what these read.
Request = Case | PublicRequest


def _is_open(case: Request) -> bool:
    return case.status in OPEN_STATUSES


def _updated_at(case: Request) -> datetime:
    if case.status == CaseStatus.CLOSED and case.closed_at:
        return case.closed_at
    if case.status == CaseStatus.RESOLVED and case.resolved_at:
        return case.resolved_at
    return case.updated_at


def _due(case: Request) -> datetime | None:
    return case.resolution_due_at if _is_open(case) else None


def service_notice(case: Request) -> str | None:
    due = _due(case)
    if due is None:
        return None
    local = timezone.localtime(due, case.agency.zone)
    return _("%(agency)s aims to resolve this request by %(due)s (%(zone)s).") % {
        "agency": case.agency.name,
        "due": formats.date_format(local, "DATETIME_FORMAT"),
        "zone": case.agency.time_zone,
    }


def public_description(case: PublicRequest) -> str | None:
    names = [case.customer_name] if case.customer_name else []
    text = mask_personal(case.description or "", names=names).strip()
    return text[:DESCRIPTION_MAX] or None


@cache
def _status_note(status: str, language: str | None) -> str:
    """A status's name in a language: worked out once, not once per request listed."""
    return str(CaseStatus(status).label)


def request(case: PublicRequest) -> dict[str, Any]:
    """One service request as the public sees it (see the module's note on personal data)."""
    agency = case.agency
    return {
        "service_request_id": case.reference,
        "status": "open" if _is_open(case) else "closed",
        "status_notes": _status_note(case.status, get_language()),
        "service_name": case.service_name,
        "service_code": case.service_code,
        "description": public_description(case),
        "agency_responsible": agency.name,
        "service_notice": service_notice(case),
        "requested_datetime": w3c(case.created_at, agency),
        "updated_datetime": w3c(_updated_at(case), agency),
        "expected_datetime": w3c(_due(case), agency),
        "address": case.address or None,
        "address_id": None,
        "zipcode": None,
        "lat": float(case.latitude) if case.latitude is not None else None,
        "long": float(case.longitude) if case.longitude is not None else None,
        "media_url": case.media_url or None,
    }


def created(case: Case, *, account_id: str) -> dict[str, Any]:
    """The answer to POST Service Request: the id at once (every service is realtime)."""
    notice = _("Your request was received as %(reference)s.") % {"reference": case.reference}
    aim = service_notice(case)
    return {
        "service_request_id": case.reference,
        "service_notice": f"{notice} {aim}" if aim else notice,
        "account_id": account_id or None,
    }


def token(case: PublicRequest, *, token: str) -> dict[str, Any]:
    return {"service_request_id": case.reference, "token": token}
