"""Reads of cases and customers shared by pages, the API and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from backoffice.access import scope
from backoffice.models import Agency, Membership, User

from .models import Case, CaseEvent, CaseStatus, Customer, Service
from .models.case import OPEN_STATUSES

REFERENCE = re.compile(r"^[A-Z]{2,6}-\d{4}-\d{1,6}$", re.IGNORECASE)

SORTS: dict[str, list[str]] = {
    "newest": ["-created_at", "-id"],
    "oldest": ["created_at", "id"],
    "priority": ["-priority", "-created_at", "-id"],
    "updated": ["-updated_at", "-id"],
}

LIST_RELATED = ("service", "customer", "assignee", "team", "agency")


@dataclass(frozen=True)
class CaseFilters:
    q: str = ""
    status: str = ""
    service: Service | None = None
    priority: int | None = None
    channel: str = ""
    assignee: str = ""  # a user id, "me", "none" or ""
    team_id: int | None = None
    older_than_days: int | None = None


def _search(cases: QuerySet[Case], q: str) -> QuerySet[Case]:
    q = q.strip()
    if REFERENCE.match(q):
        return cases.filter(reference__iexact=q)
    by_customer = Q(customer__name__icontains=q) | Q(customer__email__iexact=q)
    if connection.vendor == "postgresql":
        vector = SearchVector("subject", weight="A", config="english") + SearchVector(
            "description", weight="B", config="english"
        )
        query = SearchQuery(q, search_type="websearch", config="english")
        return cases.annotate(search=vector).filter(Q(search=query) | by_customer)
    words = [word for word in q.split() if word]
    text = Q()
    for word in words:
        text &= Q(subject__icontains=word) | Q(description__icontains=word)
    return cases.filter(text | by_customer)


def _status_filter(cases: QuerySet[Case], status: str) -> QuerySet[Case]:
    if status == "open":
        return cases.filter(status__in=OPEN_STATUSES)
    if status == "done":
        return cases.exclude(status__in=OPEN_STATUSES)
    if status in CaseStatus.values:
        return cases.filter(status=status)
    return cases


def case_list(*, user: User, agency: Agency, filters: CaseFilters) -> QuerySet[Case]:
    """Cases of one agency the user may see, filtered, with what a list row shows."""
    cases = scope(Case.objects.filter(agency=agency), user).select_related(*LIST_RELATED)
    cases = _status_filter(cases, filters.status)
    if filters.q:
        cases = _search(cases, filters.q)
    if filters.service is not None:
        cases = cases.filter(service=filters.service)
    if filters.priority:
        cases = cases.filter(priority=filters.priority)
    if filters.channel:
        cases = cases.filter(channel=filters.channel)
    if filters.assignee == "me":
        cases = cases.filter(assignee=user)
    elif filters.assignee == "none":
        cases = cases.filter(assignee__isnull=True)
    elif filters.assignee.isdigit():
        cases = cases.filter(assignee_id=int(filters.assignee))
    if filters.team_id:
        cases = cases.filter(team_id=filters.team_id)
    if filters.older_than_days:
        cases = cases.filter(
            created_at__lt=timezone.now() - timedelta(days=filters.older_than_days)
        )
    return cases


def my_open_cases(*, user: User, agency: Agency) -> QuerySet[Case]:
    return case_list(user=user, agency=agency, filters=CaseFilters(status="open", assignee="me"))


def case_timeline(*, case: Case) -> QuerySet[CaseEvent]:
    return case.events.select_related("actor").order_by("occurred_at", "id")


def case_page_data(*, case: Case) -> dict[str, Any]:
    """Everything the case page shows besides the case itself, in a fixed number of queries."""
    linked = Case.objects.filter(
        Q(links_from__to_case=case) | Q(links_to__from_case=case)
    ).select_related("service")
    return {
        "timeline": list(case_timeline(case=case)),
        "notes": list(case.notes.select_related("author")),
        "customer_messages": list(case.messages.select_related("author")),
        "attachments": list(case.attachments.select_related("uploaded_by")),
        "linked_cases": list(linked.distinct()),
        "duplicates": list(case.duplicates.only("id", "reference", "subject")),
        "attribute_rows": attribute_rows(case=case),
    }


def attribute_rows(*, case: Case) -> list[tuple[str, str]]:
    """The case's intake answers as (question, answer) with choice keys shown by their names."""
    rows = []
    for attribute in case.service.attributes.all():
        value = case.attributes.get(attribute.code)
        if value in (None, "", []):
            continue
        names = {
            str(c.get("key")): str(c.get("name") or c.get("key")) for c in attribute.choices or []
        }
        values = value if isinstance(value, list) else [value]
        rows.append((attribute.label, ", ".join(names.get(str(v), str(v)) for v in values)))
    return rows


def assignable_people(*, agency: Agency) -> QuerySet[User]:
    """Active people who can hold cases in the agency, for assignment choices."""
    ids = Membership.objects.filter(agency=agency).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("full_name", "id")


def customers_search(*, user: User, agency: Agency, q: str = "") -> QuerySet[Customer]:
    customers = scope(Customer.objects.filter(agency=agency), user)
    q = q.strip()
    if q:
        customers = customers.filter(
            Q(name__icontains=q)
            | Q(email__icontains=q)
            | Q(phone__icontains=q)
            | Q(organisation__icontains=q)
        )
    return customers


def customer_cases(*, customer: Customer) -> QuerySet[Case]:
    return customer.cases.select_related("service", "assignee").order_by("-created_at", "-id")


def active_services(*, agency: Agency) -> QuerySet[Service]:
    return Service.objects.filter(agency=agency, is_active=True).prefetch_related(
        Prefetch("attributes")
    )
