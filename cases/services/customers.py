"""Customers: found by email or phone and reused, never duplicated silently."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.errors import DomainError
from backoffice.models import Agency, User

from ..models import (
    Channel,
    Customer,
    CustomerKind,
)
from ._common import _require_worker, normalise_phone


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
