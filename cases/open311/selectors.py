"""What Open311 reads: the agencies (jurisdictions), their public services and requests.

A service is on Open311 when it is for citizens (not for organisations) and offered on
the API channel. Requests are the cases of those services, from every channel: a pothole
phoned in shows in the public list like one posted by an app. Cases of other services
(organisations' requests, services never opened to the API) are not published at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import Max, QuerySet

from backoffice.models import Agency, AuditEvent

from ..models import Case, Channel, Service
from ..models.case import DONE_STATUSES, OPEN_STATUSES
from .forms import REQUEST_LIMIT, RequestFilters

# Audit actions that change what the service list or a service definition says.
CATALOGUE_ACTIONS = ("service.create", "service.update", "service.attributes")


def active_agencies() -> QuerySet[Agency]:
    return Agency.objects.filter(is_active=True)


def catalogue_changed_at() -> datetime | None:
    """When a service or its questions last changed (Service Discovery's changeset)."""
    changed: datetime | None = AuditEvent.objects.filter(action__in=CATALOGUE_ACTIONS).aggregate(
        at=Max("occurred_at")
    )["at"]
    return changed


def _on_open311(service: Service) -> bool:
    return not service.for_organisations and (
        not service.channels or Channel.API in service.channels
    )


def open311_services(*, agency: Agency) -> list[Service]:
    """The agency's active services that take requests through Open311, with their questions."""
    services = (
        Service.objects.filter(agency=agency, is_active=True, for_organisations=False)
        .prefetch_related("attributes")
        .order_by("group", "name", "id")
    )
    return [service for service in services if _on_open311(service)]


def open311_service(*, agency: Agency, code: str) -> Service | None:
    service = (
        Service.objects.filter(agency=agency, code=code, is_active=True)
        .prefetch_related("attributes")
        .first()
    )
    return service if service is not None and _on_open311(service) else None


def _published_service_ids(agency: Agency) -> list[int]:
    # Includes services no longer active: their cases stay public.
    rows = Service.objects.filter(agency=agency, for_organisations=False).values_list(
        "pk", "channels"
    )
    return [pk for pk, channels in rows if not channels or Channel.API in channels]


@dataclass(frozen=True, slots=True)
class PublicRequest:
    """A published case as its public document reads it (``documents.request``).

    Read as plain rows rather than model objects: a list holds a thousand requests, and
    building a case, its agency, service and customer for each cost more than the rest of
    the answer together.
    """

    agency: Agency
    reference: str
    status: str
    description: str
    address: str
    latitude: Decimal | None
    longitude: Decimal | None
    media_url: str
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution_due_at: datetime | None
    service_name: str
    service_code: str
    customer_name: str | None


# The columns of a PublicRequest after its agency, in order.
_ROW = (
    "reference",
    "status",
    "description",
    "address",
    "latitude",
    "longitude",
    "media_url",
    "created_at",
    "updated_at",
    "resolved_at",
    "closed_at",
    "resolution_due_at",
    "service__name",
    "service__code",
    "customer__name",
)


def _published_cases(agency: Agency) -> QuerySet[Case]:
    return Case.objects.filter(agency=agency, service_id__in=_published_service_ids(agency))


def _public(agency: Agency, cases: QuerySet[Case]) -> list[PublicRequest]:
    return [PublicRequest(agency, *row) for row in cases.values_list(*_ROW)]


def open311_requests(*, agency: Agency, filters: RequestFilters) -> list[PublicRequest]:
    """The newest published requests that match, at most ``REQUEST_LIMIT``.

    Asked for by id, only the ids count; otherwise the date window always applies.
    """
    cases = _published_cases(agency)
    if filters.ids:
        cases = cases.filter(reference__in=filters.ids)
    else:
        if filters.service_codes:
            cases = cases.filter(service__code__in=filters.service_codes)
        if filters.start is not None:
            cases = cases.filter(created_at__gte=filters.start)
        if filters.end is not None:
            cases = cases.filter(created_at__lte=filters.end)
        if filters.statuses == {"open"}:
            cases = cases.filter(status__in=OPEN_STATUSES)
        elif filters.statuses == {"closed"}:
            cases = cases.filter(status__in=DONE_STATUSES)
    return _public(agency, cases.order_by("-created_at", "-id")[:REQUEST_LIMIT])


def open311_request(*, agency: Agency, request_id: str) -> PublicRequest | None:
    found = _public(agency, _published_cases(agency).filter(reference=request_id.upper()))
    return found[0] if found else None
