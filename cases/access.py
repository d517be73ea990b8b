"""Lookups of cases, customers and attachments for a user: outside their agencies is a 404."""

from __future__ import annotations

from django.db.models import QuerySet

from backoffice.access import get_for_user, scope
from backoffice.models import User

from .models import Case, CaseAttachment, Customer, Service


def cases_for(user: User) -> QuerySet[Case]:
    return scope(Case.objects.all(), user)


def get_case_for(user: User, pk: int) -> Case:
    return get_for_user(
        Case.objects.select_related(
            "agency", "service", "customer", "assignee", "team", "sla_policy"
        ),
        user,
        pk=pk,
    )


def get_case_by_reference_for(user: User, reference: str) -> Case:
    return get_for_user(Case.objects.select_related("agency"), user, reference=reference)


def get_customer_for(user: User, pk: int) -> Customer:
    return get_for_user(Customer.objects.select_related("agency"), user, pk=pk)


def get_attachment_for(user: User, case_pk: int, pk: int) -> CaseAttachment:
    return get_for_user(
        CaseAttachment.objects.select_related("case", "case__agency"),
        user,
        via="case__agency",
        case_id=case_pk,
        pk=pk,
    )


def services_for(user: User) -> QuerySet[Service]:
    return scope(Service.objects.all(), user)
