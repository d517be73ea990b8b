"""The service catalogue: services and their intake questions."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.errors import DomainError
from backoffice.models import Role, User

from ..models import (
    AttributeDatatype,
    Channel,
    Service,
    ServiceAttribute,
)
from ._common import _require_worker

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
