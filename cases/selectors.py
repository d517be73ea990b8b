"""Reads of cases and customers shared by pages, the API and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, models
from django.db.models import F, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import scope
from backoffice.models import Agency, Membership, Team, User

from .models import (
    Case,
    CaseEvent,
    CaseStatus,
    Customer,
    Escalation,
    EscalationLevel,
    Priority,
    Service,
    SlaState,
    SlaTarget,
)
from .models.case import OPEN_STATUSES

REFERENCE = re.compile(r"^[A-Z]{2,6}-\d{4}-\d{1,6}$", re.IGNORECASE)

SORTS: dict[str, list[str]] = {
    "newest": ["-created_at", "-id"],
    "oldest": ["created_at", "id"],
    "priority": ["-priority", "-created_at", "-id"],
    "updated": ["-updated_at", "-id"],
    # Running clocks first, then paused ones, then cases with nothing due; see with_next_due.
    "due": ["sla_rank", "sla_due", "id"],
}

LIST_RELATED = ("service", "customer", "assignee", "team", "agency", "sla_policy")

# The service-level filter of the lists: the stored state, or the clock paused.
SLA_FILTERS = ("on_track", "at_risk", "breached", "paused")
# Stands in for "nothing due" so the due-time sort key is never NULL, which keyset
# pagination could not compare.
NOTHING_DUE = datetime(9999, 12, 31, tzinfo=UTC)


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
    sla: str = ""  # one of SLA_FILTERS or ""


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
    cases = _assignee_filter(cases, filters.assignee, user)
    if filters.team_id:
        cases = cases.filter(team_id=filters.team_id)
    if filters.older_than_days:
        cases = cases.filter(
            created_at__lt=timezone.now() - timedelta(days=filters.older_than_days)
        )
    if filters.sla:
        cases = _sla_filter(cases, filters.sla)
    return with_next_due(cases)


def _assignee_filter(cases: QuerySet[Case], assignee: str, user: User) -> QuerySet[Case]:
    if assignee == "me":
        return cases.filter(assignee=user)
    if assignee == "none":
        return cases.filter(assignee__isnull=True)
    if assignee.isdigit():
        return cases.filter(assignee_id=int(assignee))
    return cases


def _sla_filter(cases: QuerySet[Case], sla: str) -> QuerySet[Case]:
    """A paused clock shows as paused, so "on track" leaves paused cases out; a case that
    was at risk or breached before its clock stopped still is, paused or not."""
    if sla == "paused":
        return cases.filter(sla_paused_at__isnull=False)
    if sla == SlaState.ON_TRACK:
        return cases.filter(sla_state=SlaState.ON_TRACK, sla_paused_at__isnull=True)
    if sla in (SlaState.AT_RISK, SlaState.BREACHED):
        return cases.filter(sla_state=sla)
    return cases


def with_next_due(cases: QuerySet[Case]) -> QuerySet[Case]:
    """Annotate the sort keys of "due soonest": ``sla_due``, the time the case is working
    towards (its first response while that is outstanding, else its resolution), and
    ``sla_rank``: 0 for a running clock, 1 for a paused one, 2 for nothing due.

    The same rule as :func:`cases.sla.next_due`, in SQL, so it can order and page.
    """
    is_open = Q(status__in=OPEN_STATUSES)
    due = models.Case(
        When(
            is_open & Q(first_response_at__isnull=True, response_due_at__isnull=False),
            then=F("response_due_at"),
        ),
        When(is_open, then=F("resolution_due_at")),
        default=None,
        output_field=models.DateTimeField(),
    )
    cases = cases.annotate(
        sla_due=Coalesce(due, Value(NOTHING_DUE), output_field=models.DateTimeField())
    )
    return cases.annotate(
        sla_rank=models.Case(
            When(sla_due=NOTHING_DUE, then=Value(2)),
            When(sla_paused_at__isnull=False, then=Value(1)),
            default=Value(0),
            output_field=models.IntegerField(),
        )
    )


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
        "escalations": case_escalations(case=case),
    }


@dataclass(frozen=True)
class EscalationRow:
    """One rung of a case's escalation ladder as the case page shows it."""

    level: str
    target: str
    round: int
    due_at: datetime
    escalated_at: datetime
    done: list[str]


def case_escalations(*, case: Case) -> list[EscalationRow]:
    """The case's escalations, oldest first, with what each did in words (three queries
    at most: the escalations, and the teams and people they name)."""
    escalations = list(case.escalations.order_by("escalated_at", "level", "id"))
    team_ids = {e.actions["team"][1] for e in escalations if _pair(e.actions.get("team"))}
    user_ids = {pk for e in escalations for pk in e.actions.get("notified") or []}
    teams = dict(Team.objects.filter(pk__in=team_ids).values_list("pk", "name")) if team_ids else {}
    people = (
        dict(User.objects.filter(pk__in=user_ids).values_list("pk", "full_name"))
        if user_ids
        else {}
    )
    return [
        EscalationRow(
            level=str(EscalationLevel(e.level).label),
            target=str(SlaTarget(e.target).label),
            round=e.round,
            due_at=e.threshold_at,
            escalated_at=e.escalated_at,
            done=_escalation_actions(e, teams, people),
        )
        for e in escalations
    ]


def _pair(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2


def _escalation_actions(
    escalation: Escalation, teams: dict[int, str], people: dict[int, str]
) -> list[str]:
    actions = escalation.actions or {}
    done = []
    if _pair(actions.get("priority")):
        old, new = actions["priority"]
        done.append(
            _("Priority raised from %(old)s to %(new)s")
            % {"old": _priority_label(old), "new": _priority_label(new)}
        )
    if _pair(actions.get("team")):
        done.append(
            _("Moved to team %(team)s") % {"team": teams.get(actions["team"][1], _("(removed)"))}
        )
    if _pair(actions.get("assignee")) and actions["assignee"][0] is not None:
        done.append(_("Taken from its assignee"))
    notified = [people[pk] for pk in actions.get("notified") or [] if pk in people]
    if notified:
        done.append(_("Notified %(people)s") % {"people": ", ".join(sorted(notified))})
    else:
        done.append(_("Nobody was notified"))
    return done


def _priority_label(value: object) -> str:
    try:
        return str(Priority(int(str(value))).label)
    except ValueError:
        return str(value)


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
    return customer.cases.select_related("service", "assignee", "agency", "sla_policy").order_by(
        "-created_at", "-id"
    )


def active_services(*, agency: Agency) -> QuerySet[Service]:
    return Service.objects.filter(agency=agency, is_active=True).prefetch_related(
        Prefetch("attributes")
    )
