"""Reads of cases and customers shared by pages, the API and reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection, models
from django.db.models import (
    Expression,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import Col
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.access import scope
from backoffice.expressions import EqualsAny
from backoffice.models import Agency, Membership, Team, User

from .models import (
    Case,
    CaseEvent,
    CaseLink,
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
    # Running clocks first, then paused ones, then cases with nothing due: stored sort keys
    # (Case.sla_sort_rank and sla_sort_due, the rule of cases.sla.next_due).
    "due": ["sla_sort_rank", "sla_sort_due", "id"],
}
# Best match first, for a search (see best_matches); newest breaks ties.
RELEVANCE = "relevance"
RELEVANCE_ORDERING = ["-search_rank", "-created_at", "-id"]
RELEVANCE_CANDIDATES = 1000  # the newest matches that are ranked; see best_matches

LIST_RELATED = ("service", "customer", "assignee", "team", "agency", "sla_policy")

# The service-level filter of the lists: the stored state, or the clock paused.
SLA_FILTERS = ("on_track", "at_risk", "breached", "paused")


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


class StoredSearchVector(Expression):
    """The case's stored search vector on PostgreSQL (migration 0012, kept by a trigger).

    The model does not declare the column, so no query reads it unless it asks for it here;
    this resolves to the column of the query's own case table, relabelled in subqueries.
    """

    output_field = SearchVectorField()

    def resolve_expression(
        self,
        query: Any = None,
        allow_joins: bool = True,
        reuse: Any = None,
        summarize: bool = False,
        for_save: bool = False,
    ) -> Any:  # a Col, as F() resolves to
        return Col(query.get_initial_alias(), _STORED_VECTOR)


_STORED_VECTOR = SearchVectorField()
_STORED_VECTOR.set_attributes_from_name("search_vector")


def _search_query(q: str) -> SearchQuery:
    # websearch syntax: words are ANDed, "quoted phrases", -excluded, "or"; never a syntax error.
    return SearchQuery(q, search_type="websearch", config="english")


def _matching_customers(q: str, agency: Agency | int | None) -> QuerySet[Customer]:
    """Customers whose name contains *q* or whose email is *q* (trigram indexes on PostgreSQL)."""
    customers = Customer.objects.filter(Q(name__icontains=q) | Q(email__iexact=q))
    if agency is not None:
        customers = customers.filter(agency=agency)
    return customers


def _by_customer(q: str, agency: Agency | int | None) -> Q:
    """Cases of the customers matching *q*.

    On PostgreSQL ``customer_id = ANY(ARRAY(customers))``: the array is computed once, up
    front, and the planner can then look its ids up in the case_customer index and OR that
    with the search vector's GIN index (a BitmapOr). ``customer_id IN (customers)`` OR'ed with
    the text match can only be checked row by row over every case of the agency.
    """
    customers = _matching_customers(q, agency).order_by().values("pk")
    if connection.vendor == "postgresql":
        return Q(EqualsAny(F("customer_id"), ArraySubquery(customers)))
    return Q(customer_id__in=customers)


def _search(cases: QuerySet[Case], q: str, *, agency: Agency | int | None = None) -> QuerySet[Case]:
    """Cases matching a search: a reference exactly, else words of the case or its customer.

    On PostgreSQL the words match the stored vector (stemmed, so "potholes" finds
    "pothole"); on SQLite every word must appear in the subject or description. The
    customer branch is ``customer_id IN (customers matching)``, limited to *agency* when
    given, rather than a join, so each side can use its own indexes.
    """
    q = q.strip()
    if REFERENCE.match(q):
        # References are stored in capitals (PREFIX-YEAR-NUMBER); equality uses the unique index.
        return cases.filter(reference=q.upper())
    by_customer = _by_customer(q, agency)
    if connection.vendor == "postgresql":
        return cases.alias(search_vector=StoredSearchVector()).filter(
            Q(search_vector=_search_query(q)) | by_customer
        )
    text = Q()
    for word in q.split():
        text &= Q(subject__icontains=word) | Q(description__icontains=word)
    return cases.filter(text | by_customer)


def best_matches(
    cases: QuerySet[Case], q: str, *, agency: Agency | int | None = None
) -> QuerySet[Case]:
    """The rows of a case list (case_list) searched for *q*, with ``search_rank`` for RELEVANCE.

    The rank is ts_rank of the stored vector (a subject word weighs more than a
    description word) plus 1 when the customer matches, so a customer's name ranks above
    any text match. It is a double precision number, which the keyset cursor carries
    exactly (a float4 ts_rank would not survive its text round trip). On SQLite, and for a
    reference, every match ranks 0 and the order falls to newest first.

    Only the RELEVANCE_CANDIDATES newest matches are ranked: ranking costs a little for
    every match, and a word found in half a million cases would otherwise take seconds.
    Their ids are read first (in index order, or from the search indexes when few cases
    match) and the rows fetched by id, so the joins of the list run for those only.
    "Newest first" lists every match.
    """
    q = q.strip()
    if connection.vendor != "postgresql" or REFERENCE.match(q):
        return cases.annotate(search_rank=Value(0.0, output_field=models.FloatField()))
    customer_match = models.Case(
        When(_by_customer(q, agency), then=Value(1.0)),
        default=Value(0.0),
        output_field=models.FloatField(),
    )
    text_rank = Cast(SearchRank(StoredSearchVector(), _search_query(q)), models.FloatField())
    newest = cases.order_by("-created_at", "-id").values("pk")[:RELEVANCE_CANDIDATES]
    return (
        Case.objects.filter(pk__in=newest)
        .select_related(*LIST_RELATED)
        .annotate(search_rank=text_rank + customer_match)
    )


def _status_filter(cases: QuerySet[Case], status: str) -> QuerySet[Case]:
    if status == "open":
        return cases.filter(status__in=OPEN_STATUSES)
    if status == "done":
        return cases.exclude(status__in=OPEN_STATUSES)
    if status in CaseStatus.values:
        return cases.filter(status=status)
    return cases


def case_rows(agency: Agency) -> QuerySet[Case]:
    """The agency's cases with what a list row shows, without filters: where a list's page
    reads its rows by id once the filtered query has chosen them (``keyset_page(rows=)``)."""
    return Case.objects.filter(agency=agency).select_related(*LIST_RELATED)


def case_list(*, user: User, agency: Agency, filters: CaseFilters) -> QuerySet[Case]:
    """Cases of one agency the user may see, filtered, with what a list row shows."""
    cases = scope(case_rows(agency), user)
    cases = _status_filter(cases, filters.status)
    if filters.q:
        cases = _search(cases, filters.q, agency=agency)
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
    return cases


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


def my_open_cases(*, user: User, agency: Agency) -> QuerySet[Case]:
    return case_list(user=user, agency=agency, filters=CaseFilters(status="open", assignee="me"))


def case_timeline(*, case: Case) -> QuerySet[CaseEvent]:
    return case.events.select_related("actor").order_by("occurred_at", "id")


# The case page shows this many of the newest timeline events, notes and messages each,
# unless asked for the whole history, so a case with years of history costs what a new
# one does.
HISTORY_SHOWN = 25


def _newest[T: models.Model](rows: QuerySet[T], *, whole: bool) -> tuple[list[T], bool]:
    """The newest HISTORY_SHOWN of *rows* (or all if *whole*) oldest first, and whether
    older ones were left out. *rows* is ordered by time and id."""
    if whole:
        return list(rows), False
    newest = list(rows.reverse()[: HISTORY_SHOWN + 1])
    return newest[:HISTORY_SHOWN][::-1], len(newest) > HISTORY_SHOWN


def case_page_data(*, case: Case, whole_history: bool = False) -> dict[str, Any]:
    """Everything the case page shows besides the case itself, in a fixed number of queries."""
    linked, duplicates = related_cases(case=case)
    timeline, earlier_events = _newest(case_timeline(case=case), whole=whole_history)
    notes, earlier_notes = _newest(
        case.notes.select_related("author").order_by("created_at", "id"), whole=whole_history
    )
    messages, earlier_messages = _newest(
        case.messages.select_related("author").order_by("created_at", "id"), whole=whole_history
    )
    return {
        "timeline": timeline,
        "notes": notes,
        "customer_messages": messages,
        "history_cut": earlier_events or earlier_notes or earlier_messages,
        "history_shown": HISTORY_SHOWN,
        "attachments": list(case.attachments.select_related("uploaded_by")),
        "linked_cases": linked,
        "duplicates": duplicates,
        "attribute_rows": attribute_rows(case=case),
        "escalations": case_escalations(case=case),
    }


def related_cases(*, case: Case) -> tuple[list[Case], list[Case]]:
    """The cases linked to *case* and those marked duplicates of it, newest first: one query.

    A case can be both (linked, then marked a duplicate); it is then in both lists. On
    PostgreSQL the linked ids are gathered into an array up front, so the case table is
    reached through its primary key and duplicate_of indexes, never scanned.
    """
    others = (
        CaseLink.objects.filter(Q(from_case=case) | Q(to_case=case))
        .annotate(
            other=models.Case(When(from_case=case, then=F("to_case_id")), default=F("from_case_id"))
        )
        .values("other")
    )
    linked: Q
    if connection.vendor == "postgresql":
        linked = Q(EqualsAny(F("pk"), ArraySubquery(others)))
    else:
        linked = Q(pk__in=others)
    rows: list[Case] = list(
        Case.objects.filter(linked | Q(duplicate_of=case))
        .annotate(linked=ExpressionWrapper(linked, output_field=models.BooleanField()))
        .select_related("service")
    )
    return (
        [row for row in rows if row.linked],  # type: ignore[attr-defined]
        [row for row in rows if row.duplicate_of_id == case.pk],
    )


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
    user_ids = {
        pk for e in escalations for pk in e.actions.get("notified") or [] if isinstance(pk, int)
    }
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
    if not case.attributes:
        return []  # nothing answered: no need to read the service's questions
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
