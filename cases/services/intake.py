"""Intake: the one way a case is created, on every channel."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from backoffice.errors import DomainError
from backoffice.models import Agency, Team, User
from routing.services import route_case

from ..attributes import clean_attributes
from ..models import (
    Case,
    Channel,
    Customer,
    EventKind,
    Priority,
    ReferenceSequence,
    Service,
)
from ._common import _event, _notify_customer, _require_worker
from .sla import sla_start

MEDIA_URL_MAX = 500


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


def _media_url(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError as exc:
        raise DomainError(
            _("Enter a web address starting with http or https."), field="media_url"
        ) from exc
    if len(value) > MEDIA_URL_MAX:
        raise DomainError(
            _("A media link may be %(max)s characters at most.") % {"max": MEDIA_URL_MAX},
            field="media_url",
        )
    return value


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
    media_url: str = "",
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
    media_url = _media_url(media_url)
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
        media_url=media_url,
        priority=priority or service.default_priority,
        team=team or service.default_team,
        created_by=actor,
        created_at=now,
        updated_at=now,
    )
    routing = route_case(case, now=now)
    sla_start(case, now=now)
    _event(
        case,
        kind=EventKind.OPENED,
        actor=actor,
        summary=_("Case opened from %(channel)s") % {"channel": Channel(channel).label},
        data={"channel": channel, "service": service.code, "team": case.team_id},
        public=True,
    )
    _event(case, kind=EventKind.ROUTED, actor=None, summary=routing.summary(), data=routing.data())
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
