"""Service levels: choosing a case's policy, running its clock, and the escalation sweep.

The lifecycle services call the ``sla_*`` hooks under the case's row lock, so the
clock fields change in the same transaction as the change that moves them. The
sweep (:func:`sla_sweep`, run by Celery beat every minute) is the only thing that
escalates; see :mod:`cases.sla` for the rules of the clock.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Field, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.errors import DomainError
from backoffice.models import Agency, Membership, Notification, Role, User
from routing import work as routing_work
from routing.keys import route_key

from .. import sla
from ..calendar import Calendar, business_time_between, default_years, holidays_of
from ..models import (
    BusinessCalendar,
    Case,
    CaseEvent,
    Escalation,
    EscalationLevel,
    EventKind,
    Priority,
    SlaPolicy,
    SlaState,
    SlaTarget,
)
from ..models.case import DONE_STATUSES
from ._common import _require_worker
from .calendars import DEFAULT_OPENING_HOURS, DEFAULT_WEEKDAYS

logger = logging.getLogger(__name__)

SLA_FIELDS = [
    "sla_policy",
    "sla_state",
    "sla_round",
    "sla_started_at",
    "response_due_at",
    "resolution_due_at",
    "sla_paused_at",
    "sla_paused_business",
    "sla_paused_calendar",
    "sla_next_check_at",
]
SWEEP_BATCH = 500
# What the sweep changes on a case, with the PostgreSQL array type of each column.
SWEEP_FIELDS = {
    "sla_state": "varchar",
    "sla_next_check_at": "timestamptz",
    "priority": "smallint",
    "team": "bigint",
    "queue": "bigint",
    "queued_at": "timestamptz",
    "assignee": "bigint",
    "updated_at": "timestamptz",
    "route_key": "timestamptz",
}
# A case whose next check would not move forward is looked at again after this long,
# so a bad calendar can never make the sweep spin on one case.
RETRY_LATER = timedelta(minutes=5)


# Calendars and policies -----------------------------------------------------------------


def _default_calendar(agency: Agency) -> Calendar:
    holidays: frozenset = frozenset()
    try:
        holidays = holidays_of(agency.country, agency.subdivision, years=default_years())
    except ValueError:
        logger.warning("No public holidays known for agency %s; none applied.", agency.pk)
    return Calendar(
        zone=agency.zone,
        hours={int(day): tuple(DEFAULT_OPENING_HOURS) for day in DEFAULT_WEEKDAYS},
        holidays=holidays,
    )


class Calendars:
    """Business calendars by agency, each loaded once for as long as this object lives."""

    def __init__(self) -> None:
        self._loaded: dict[int, Calendar] = {}

    def __call__(self, agency: Agency) -> Calendar:
        if agency.pk not in self._loaded:
            row = (
                BusinessCalendar.objects.select_related("agency")
                .prefetch_related("opening_hours", "closures")
                .filter(agency=agency)
                .first()
            )
            try:
                self._loaded[agency.pk] = (
                    Calendar.from_model(row) if row else _default_calendar(agency)
                )
            except ValueError:
                logger.warning("Calendar of agency %s has unknown holidays.", agency.pk)
                self._loaded[agency.pk] = _default_calendar(agency)
        return self._loaded[agency.pk]


def policy_for(case: Case) -> SlaPolicy | None:
    """The most specific active policy for the case's service and priority."""
    candidates = SlaPolicy.objects.filter(
        Q(service=case.service_id) | Q(service__isnull=True),
        Q(priority=case.priority) | Q(priority__isnull=True),
        agency=case.agency_id,
        is_active=True,
    ).select_related("escalation_team")
    return max(candidates, key=lambda policy: policy.specificity, default=None)


@transaction.atomic
def sla_policy_save(*, policy: SlaPolicy, actor: User | None) -> SlaPolicy:
    """Create or change a service-level policy (agency administrators only); audited.

    A policy is applied when a case is opened, reopened or changes priority; cases
    already running keep the due times they were given.
    """
    _require_worker(actor, policy.agency, (Role.ADMINISTRATOR,))
    original = SlaPolicy.objects.filter(pk=policy.pk).first() if policy.pk else None
    if original is not None and original.agency_id != policy.agency_id:
        raise DomainError(_("A policy cannot move to another agency."), field="agency")
    policy.full_clean()
    policy.save()
    changed = [
        f.name
        for f in SlaPolicy._meta.concrete_fields
        if original is None or getattr(original, f.attname) != getattr(policy, f.attname)
    ]
    if changed:
        backoffice_services.audit_record(
            action="sla_policy.create" if original is None else "sla_policy.update",
            actor=actor,
            agency=policy.agency,
            obj=policy,
            details={"fields": sorted(changed)},
        )
    return policy


# The clock ---------------------------------------------------------------------------------


def _reached(case: Case) -> set[tuple[str, int]]:
    return set(
        Escalation.objects.filter(case=case, round=case.sla_round).values_list("target", "level")
    )


def _refresh(
    case: Case,
    cal: Calendar,
    now: datetime,
    *,
    recompute: bool,
    reached: set[tuple[str, int]] | None = None,
) -> None:
    """Recompute due times (if asked), state and next check of a case from its clock fields."""
    policy = case.sla_policy
    if policy is None:
        case.response_due_at = case.resolution_due_at = case.sla_next_check_at = None
        case.sla_state = SlaState.NONE
        return
    if recompute:
        case.response_due_at, case.resolution_due_at = sla.due_times(case, policy, cal)
    ladder = sla.thresholds(case, policy, cal)
    case.sla_state = sla.state_at(case, policy, cal, now, ladder)
    if reached is None:
        reached = _reached(case)
    case.sla_next_check_at = sla.next_check(case, policy, cal, reached, ladder)


def _save(
    case: Case,
    cal: Calendar,
    now: datetime,
    *,
    recompute: bool | None = None,
    reached: set[tuple[str, int]] | None = None,
) -> None:
    # Due times of a finished case stay as they were, unless a pause just ended.
    if recompute is None:
        recompute = case.status not in DONE_STATUSES
    _refresh(case, cal, now, recompute=recompute, reached=reached)
    case.route_key = route_key(case)
    Case.objects.filter(pk=case.pk).update(
        route_key=case.route_key, **{name: getattr(case, name) for name in SLA_FIELDS}
    )


def sla_start(case: Case, *, now: datetime) -> None:
    """Start the clock of a new case: its policy, due times and first check."""
    case.sla_policy = policy_for(case)
    case.sla_started_at = now
    if case.sla_policy is None:
        return
    # A new case has reached no rung yet.
    _save(case, Calendars()(case.agency), now, reached=set())


@transaction.atomic
def sla_policy_delete(*, policy: SlaPolicy, actor: User | None) -> None:
    """Delete a policy (agency administrators only), audited; running cases keep their due times
    and lose only the link to it."""
    _require_worker(actor, policy.agency, (Role.ADMINISTRATOR,))
    backoffice_services.audit_record(
        action="sla_policy.delete",
        actor=actor,
        agency=policy.agency,
        obj=policy,
        details={"name": policy.name},
    )
    policy.delete()


def sla_status_changed(case: Case, *, now: datetime) -> None:
    """Pause, resume or stop the clock after the case's status has changed."""
    policy = case.sla_policy
    if policy is None:
        return
    cal = Calendars()(case.agency)
    pausing = case.status in (policy.pause_statuses or [])
    resumed = case.sla_paused_at is not None and not pausing
    if resumed:
        _resume(case, cal, now)
    elif case.sla_paused_at is None and pausing:
        case.sla_paused_at = now
    _save(case, cal, now, recompute=resumed or None)


def _resume(case: Case, cal: Calendar, now: datetime) -> None:
    started = case.sla_paused_at or now
    case.sla_paused_business += business_time_between(cal, started, now)
    case.sla_paused_calendar += now - started
    case.sla_paused_at = None


def sla_priority_changed(case: Case, *, now: datetime) -> None:
    """A new priority may mean another policy: due times are recomputed from the start."""
    case.sla_policy = policy_for(case)
    _save(case, Calendars()(case.agency), now)


def sla_reopened(case: Case, *, now: datetime) -> None:
    """A reopened case gets a new round: a fresh resolution target from now."""
    case.sla_policy = policy_for(case)
    case.sla_round += 1
    case.sla_started_at = now
    case.sla_paused_at = None
    case.sla_paused_business = case.sla_paused_calendar = timedelta(0)
    _save(case, Calendars()(case.agency), now)


def sla_responded(case: Case, *, now: datetime) -> None:
    """The first response was made: its target stops (met or late) and drops off the checks."""
    if case.sla_policy is None:
        return
    _save(case, Calendars()(case.agency), now)


# The sweep ---------------------------------------------------------------------------------


@dataclass
class SweepResult:
    checked: int = 0
    escalations: int = 0
    notifications: int = 0
    batches: int = 0


@dataclass
class EscalationPeople:
    """Who is told at each level, per agency: supervisors by team, and managers."""

    supervisors: dict[tuple[int, int | None], list[User]] = field(
        default_factory=lambda: defaultdict(list)
    )
    managers: dict[int, list[User]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, agency_ids: Iterable[int]) -> EscalationPeople:
        people = cls()
        memberships = Membership.objects.filter(
            agency_id__in=set(agency_ids),
            role__in=(Role.SUPERVISOR, Role.MANAGER),
            user__is_active=True,
        ).select_related("user")
        for membership in memberships:
            if membership.role == Role.MANAGER:
                people.managers[membership.agency_id].append(membership.user)
            else:
                people.supervisors[(membership.agency_id, membership.team_id)].append(
                    membership.user
                )
                people.supervisors[(membership.agency_id, None)].append(membership.user)
        return people

    def supervisors_of(self, case: Case) -> list[User]:
        return self.supervisors.get((case.agency_id, case.team_id)) or self.supervisors.get(
            (case.agency_id, None), []
        )

    def managers_of(self, case: Case) -> list[User]:
        return self.managers.get(case.agency_id) or self.supervisors_of(case)


@dataclass
class EscalationBatch:
    """What one batch of escalations writes, collected to be saved in bulk."""

    now: datetime
    people: EscalationPeople
    escalations: list[Escalation] = field(default_factory=list)
    events: list[CaseEvent] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    freed: set[int] = field(default_factory=set)


def sla_sweep(*, now: datetime | None = None, batch_size: int = SWEEP_BATCH) -> SweepResult:
    """Escalate every case whose next check has passed, batch by batch, each batch atomic.

    Cases are claimed with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so two sweeps
    share the work instead of doing it twice; SQLite's single writer serialises them.
    A batch killed midway rolls back whole and is done again by the next sweep.
    """
    result = SweepResult()
    calendars = Calendars()
    while True:
        moment = now or timezone.now()
        with transaction.atomic():
            done = _sweep_batch(moment, batch_size, calendars, result)
        if done < batch_size:
            return result


def _claim(moment: datetime, batch_size: int) -> list[int]:
    due = Case.objects.filter(sla_next_check_at__lte=moment).order_by("sla_next_check_at")
    if connection.features.has_select_for_update_skip_locked:
        due = due.select_for_update(skip_locked=True)
    return list(due.values_list("pk", flat=True)[:batch_size])


def _sweep_batch(
    moment: datetime, batch_size: int, calendars: Calendars, result: SweepResult
) -> int:
    ids = _claim(moment, batch_size)
    if not ids:
        return 0
    cases = list(
        Case.objects.filter(pk__in=ids).select_related(
            "agency",
            "team",
            "assignee",
            "sla_policy",
            "sla_policy__escalation_team",
            "sla_policy__escalation_queue__team",
            "queue",
        )
    )
    reached: dict[int, set[tuple[str, int]]] = defaultdict(set)
    rounds = {case.pk: case.sla_round for case in cases}
    for case_id, target, level, round_ in Escalation.objects.filter(case__in=ids).values_list(
        "case_id", "target", "level", "round"
    ):
        if rounds[case_id] == round_:
            reached[case_id].add((target, level))
    batch = EscalationBatch(
        now=moment, people=EscalationPeople.of(case.agency_id for case in cases)
    )
    for case in cases:
        _check(case, calendars(case.agency), reached[case.pk], batch)
    Escalation.objects.bulk_create(batch.escalations)
    CaseEvent.objects.bulk_create(batch.events)
    _save_checked(cases)
    for holder in User.objects.filter(pk__in=batch.freed):
        routing_work.workload_changed(holder, now=moment)
    backoffice_services.notify(notifications=batch.notifications)
    result.batches += 1
    result.checked += len(cases)
    result.escalations += len(batch.escalations)
    result.notifications += len(batch.notifications)
    return len(ids)


def _save_checked(cases: list[Case]) -> None:
    """Write what the sweep changed on its cases, in one statement.

    ``bulk_update`` builds a CASE WHEN per row and field, which cost the sweep more than
    everything else it does (half its CPU for 10,000 due cases); on PostgreSQL one
    UPDATE from arrays writes the same in milliseconds.
    """
    if connection.vendor != "postgresql":
        Case.objects.bulk_update(cases, list(SWEEP_FIELDS))
        return
    fields = [
        field for field in map(Case._meta.get_field, SWEEP_FIELDS) if isinstance(field, Field)
    ]
    columns = [str(field.column) for field in fields]
    arrays = ", ".join(f"%s::{kind}[]" for kind in ("bigint", *SWEEP_FIELDS.values()))
    assignments = ", ".join(f"{column} = v.{column}" for column in columns)
    sql = (
        f"UPDATE {Case._meta.db_table} AS c SET {assignments} "  # noqa: S608 (names from the model)
        f"FROM unnest({arrays}) AS v(id, {', '.join(columns)}) WHERE c.id = v.id"
    )
    values = [[case.pk for case in cases]]
    values += [[getattr(case, field.attname) for case in cases] for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)


def _check(
    case: Case, cal: Calendar, reached: set[tuple[str, int]], batch: EscalationBatch
) -> None:
    policy = case.sla_policy
    if policy is None or case.sla_paused_at is not None or case.status in DONE_STATUSES:
        case.sla_next_check_at = None
        return
    ladder = sla.thresholds(case, policy, cal)
    for threshold in ladder:
        if threshold.at <= batch.now and (threshold.target, threshold.level) not in reached:
            escalate(case, policy, threshold, batch)
            reached.add((threshold.target, threshold.level))
    # Escalating changes neither due time, so the ladder computed above still holds.
    case.sla_state = sla.state_at(case, policy, cal, batch.now, ladder)
    upcoming = sla.next_check(case, policy, cal, reached, ladder)
    if upcoming is not None and upcoming <= batch.now:
        logger.error("Case %s would be checked again at once; retrying later.", case.pk)
        upcoming = batch.now + RETRY_LATER
    case.sla_next_check_at = upcoming
    case.route_key = route_key(case)


def escalate(
    case: Case, policy: SlaPolicy, threshold: sla.Threshold, batch: EscalationBatch
) -> None:
    """Reach one rung of the ladder: change the case as the level says, and collect the
    escalation row, the timeline event and the notifications into *batch*.

    Level 1 tells the assignee (or, unassigned, the team's supervisors); level 2 tells
    the supervisors and raises the priority one step; level 3 tells the managers and
    moves the case, unassigned, to the policy's escalation team.
    """
    target = SlaTarget(threshold.target).label.lower()
    due = _local(
        case,
        case.response_due_at if threshold.target == SlaTarget.RESPONSE else case.resolution_due_at,
    )
    actions: dict[str, object] = {}
    if threshold.level == EscalationLevel.WARNING:
        title = _("At risk: %(reference)s, %(target)s due %(due)s")
        recipients = []
        if policy.notify_assignee_at_warning:
            recipients = [case.assignee] if case.assignee else batch.people.supervisors_of(case)
    elif threshold.level == EscalationLevel.BREACH:
        title = _("Breached: %(reference)s, %(target)s was due %(due)s")
        recipients = batch.people.supervisors_of(case)
        if policy.raise_priority_at_breach and case.priority < Priority.URGENT:
            actions["priority"] = [case.priority, case.priority + 1]
            case.priority += 1
    else:
        title = _("Escalated: %(reference)s, %(target)s was due %(due)s")
        recipients = batch.people.managers_of(case)
        holder = case.assignee_id
        _move_to_escalation(case, policy, actions, batch.now)
        if holder is not None and case.assignee_id is None:
            batch.freed.add(holder)
    title = title % {"reference": case.reference, "target": target, "due": due}
    recipients = list({user.pk: user for user in recipients if user.is_active}.values())
    actions["notified"] = [user.pk for user in recipients]
    case.updated_at = batch.now
    batch.escalations.append(
        Escalation(
            case=case,
            target=threshold.target,
            level=threshold.level,
            round=case.sla_round,
            threshold_at=threshold.at,
            escalated_at=batch.now,
            actions=actions,
        )
    )
    batch.events.append(
        CaseEvent(
            case=case,
            kind=EventKind.SLA,
            actor=None,
            occurred_at=batch.now,
            summary=_escalation_summary(title, actions, case),
            data={"target": threshold.target, "level": threshold.level, **actions},
        )
    )
    link = reverse("case_detail", args=[case.pk])
    batch.notifications += [
        Notification(
            user=user,
            agency_id=case.agency_id,
            kind=f"sla.level{threshold.level}",
            title=title[:200],
            body=case.subject,
            link=link,
            created_at=batch.now,
        )
        for user in recipients
    ]


def _move_to_escalation(
    case: Case, policy: SlaPolicy, actions: dict[str, object], now: datetime
) -> None:
    """Level 3: the case goes, unassigned, to the escalation queue (or else team)."""
    queue = policy.escalation_queue
    team = queue.team if queue is not None else policy.escalation_team
    if queue is not None and queue.pk != case.queue_id:
        actions["queue"] = [case.queue_id, queue.pk]
        case.queue, case.queued_at = queue, now
    if team is not None and team.pk != case.team_id:
        actions["team"] = [case.team_id, team.pk]
        case.team = team
    if ("queue" in actions or "team" in actions) and case.assignee_id is not None:
        actions["assignee"] = [case.assignee_id, None]
        case.assignee = None


def _escalation_summary(title: str, actions: dict[str, object], case: Case) -> str:
    parts = [title]
    if "priority" in actions:
        parts.append(
            _("priority raised to %(priority)s") % {"priority": case.get_priority_display()}
        )
    if "queue" in actions and case.queue is not None:
        parts.append(_("moved to the queue %(queue)s") % {"queue": case.queue.name})
    elif "team" in actions and case.team is not None:
        parts.append(_("moved to %(team)s") % {"team": case.team.name})
    return "; ".join(parts)[:300]


def _local(case: Case, moment: datetime | None) -> str:
    if moment is None:
        return "-"
    return f"{moment.astimezone(case.agency.zone):%a %d %b %H:%M}"
