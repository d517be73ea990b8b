"""Helpers shared by the case services: timeline events, role checks, row locks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.access import has_role
from backoffice.errors import DomainError
from backoffice.models import Agency, Role, User

from ..models import (
    Case,
    CaseEvent,
)

WORK_ROLES = (Role.CASEWORKER, Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


BULK_ROLES = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


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
        .select_related("agency", "service", "customer", "sla_policy", "queue")
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
