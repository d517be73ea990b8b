"""Rebuilding the service blueprint rollup (:class:`StageRollup`) of one agency and day.

A case passes through the stages of :class:`feedback.models.Stage`. Each stay in one
stage is a *stretch*, read from the case's timeline (its events as the lifecycle,
intake and routing services write them, its pickups and its survey responses):

- **intake**: from creation until the case is first routed to a queue (a ``ROUTED``
  event naming a queue, or a pickup's ``queued_at``), assigned, picked up or has its
  status changed. Intake routes most cases at once, so most intakes last 0 s; they
  still count.
- **triage**: each pickup, from ``Pickup.queued_at`` to ``picked_at`` (a wait of 0 s
  counts too). Between events a case is in triage while it waits in line: after being
  routed, transferred or unassigned, or reopened with nobody holding it.
- **work**: held by a caseworker in an open status (new, open, in progress) until it
  waits, is resolved or leaves; each interruption by waiting starts a new stretch.
- **waiting**: in ``waiting_customer`` or ``waiting_third_party``.
- **resolution**: from being resolved until it is closed or reopened.
- **follow-up**: from closure until it is reopened or its citizen survey is answered,
  whichever comes first. A closed case that is neither reopened nor surveyed never ends
  its follow-up and is not counted, so the stage's volume is the closures followed by
  a reopening or an answered survey. Invitations alone do not count: an unanswered
  invitation says nothing about how the case went.

Cancelled and duplicate cases leave the stages. A status that changes without an event
(a pickup by "get next case" or an accepted offer turns a new case open) is inferred
from the pickup.

Counting rules:

- A stretch counts on the local day (agency time zone) on which it **ended**, in whole
  business seconds of the agency's calendar, grouped by the case's current service and
  channel.
- An SLA miss counts on the local day of the due time: a case whose first response
  (resolution) was due at a moment that has passed without it (no response, or one after
  the due time) counts one response (resolution) miss against the stage it was in at
  that moment. A case that had already left the stages (cancelled) is not counted.

Rebuilding reads only the timelines of cases that had an event, a pickup, a survey
response or a due time on the day, in batches of :data:`BATCH` cases: four queries to
find them and four per batch to read them, never a scan of every case. The agency's
rows of the day are deleted and inserted afresh in one transaction, under the same
agency lock as :func:`backoffice.reports.rollups.rollup_day`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from backoffice.models import Agency
from cases.calendar import Calendar
from cases.models import Case, CaseEvent, CaseStatus, EventKind
from cases.services.sla import Calendars
from feedback.models import Stage, SurveyResponse
from routing.models import Pickup

from .models import StageRollup
from .rollups import business_seconds, day_bounds

BATCH = 500
STAGES: tuple[str, ...] = tuple(Stage.values)
TIMELINE_KINDS = (
    EventKind.ROUTED,
    EventKind.ASSIGNED,
    EventKind.UNASSIGNED,
    EventKind.STATUS,
    EventKind.REOPENED,
)
WAITING_STATUSES = frozenset({CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_THIRD_PARTY})
GONE_STATUSES = frozenset({CaseStatus.CANCELLED, CaseStatus.DUPLICATE})
CASE_FIELDS = (
    "id",
    "service_id",
    "channel",
    "created_at",
    "first_response_at",
    "response_due_at",
    "resolved_at",
    "resolution_due_at",
)

# What a change does to a case's state, in the order changes at one instant apply.
QUEUED, PICKED, ASSIGNED, UNASSIGNED, STATUS, SURVEYED = range(6)


@dataclass(frozen=True)
class Stretch:
    stage: str
    start: datetime
    end: datetime


@dataclass(frozen=True, order=True)
class Change:
    at: datetime
    kind: int
    value: str = ""


@dataclass
class _State:
    status: str = CaseStatus.NEW
    started: bool = False  # routed, assigned, picked up or moved on: intake is over
    queued: bool = False  # waiting in line for someone to pick it up
    held: bool = False  # a caseworker holds it
    surveyed: bool = False  # the survey was answered since the last closure

    def stage(self) -> str | None:
        if not self.started:
            return Stage.INTAKE
        if self.status in GONE_STATUSES:
            return None
        if self.status in WAITING_STATUSES:
            return Stage.WAITING
        if self.status == CaseStatus.RESOLVED:
            return Stage.RESOLUTION
        if self.status == CaseStatus.CLOSED:
            return None if self.surveyed else Stage.FOLLOW_UP
        return Stage.TRIAGE if self.queued else Stage.WORK

    def apply(self, change: Change) -> None:
        self.started = self.started or change.kind != SURVEYED
        if change.kind == QUEUED:
            self.queued, self.held = True, False
        elif change.kind in (PICKED, ASSIGNED):
            self.queued, self.held = False, True
            if self.status == CaseStatus.NEW:
                self.status = CaseStatus.OPEN
        elif change.kind == UNASSIGNED:
            self.queued, self.held = True, False
        elif change.kind == STATUS:
            reopened = self.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
            self.status = change.value
            if change.value == CaseStatus.CLOSED:
                self.surveyed = False
            if reopened and change.value == CaseStatus.OPEN and not self.held:
                self.queued = True
        elif change.kind == SURVEYED:
            self.surveyed = True


@dataclass
class Timeline:
    """What is read of one case: its timestamps, changes in time order and pickups."""

    case: dict[str, Any]
    changes: list[Change] = field(default_factory=list)
    pickups: list[tuple[datetime, datetime]] = field(default_factory=list)

    def stretches(self) -> Iterator[Stretch]:
        """Every stretch the case has ended, in time order within each stage."""
        state = _State()
        stage: str | None = Stage.INTAKE
        since: datetime = self.case["created_at"]
        for change in sorted(self.changes):
            state.apply(change)
            now = state.stage()
            if now == stage:
                continue
            # Triage stretches are the pickups themselves (below); intake of 0 s counts.
            ended = change.at > since or stage == Stage.INTAKE
            if stage is not None and stage != Stage.TRIAGE and ended:
                yield Stretch(stage, since, max(change.at, since))
            stage, since = now, change.at
        for queued_at, picked_at in self.pickups:
            yield Stretch(Stage.TRIAGE, queued_at, max(picked_at, queued_at))

    def stage_at(self, moment: datetime) -> str | None:
        """The stage the case was in at *moment* (changes at that very instant applied)."""
        state = _State()
        for change in sorted(self.changes):
            if change.at > moment:
                break
            state.apply(change)
        return state.stage()

    def misses(self, start: datetime, end: datetime, now: datetime) -> Iterator[tuple[str, str]]:
        """(which target, stage) for each due time in [start, end) passed unmet by *now*."""
        case = self.case
        for target, due_name, met_name in (
            ("response", "response_due_at", "first_response_at"),
            ("resolution", "resolution_due_at", "resolved_at"),
        ):
            due, met = case[due_name], case[met_name]
            if due is None or not start <= due < end or due >= now:
                continue
            if met is not None and met <= due:
                continue
            stage = self.stage_at(due)
            if stage is not None:
                yield target, stage


def _event_change(kind: str, occurred_at: datetime, data: Any) -> Change | None:
    data = data if isinstance(data, dict) else {}
    if kind == EventKind.ROUTED:
        queue = data.get("queue")
        if isinstance(queue, list):  # a transfer or an overflow: [from, to]
            queue = queue[-1] if queue else None
        return Change(occurred_at, QUEUED) if queue is not None else None
    if kind == EventKind.ASSIGNED:
        return Change(occurred_at, ASSIGNED)
    if kind == EventKind.UNASSIGNED:
        return Change(occurred_at, UNASSIGNED)
    status = data.get("status")
    if isinstance(status, list) and len(status) == 2 and status[1] in CaseStatus.values:
        return Change(occurred_at, STATUS, str(status[1]))
    return None


def _case_ids(agency: Agency, start: datetime, end: datetime) -> list[int]:
    """Cases with anything on the day: four index-friendly queries, never every case."""
    span = {"__gte": start, "__lt": end}

    def within(name: str) -> dict[str, datetime]:
        return {f"{name}{suffix}": moment for suffix, moment in span.items()}

    ids: set[int] = set()
    ids.update(
        CaseEvent.objects.filter(
            case__agency=agency, kind__in=TIMELINE_KINDS, **within("occurred_at")
        ).values_list("case_id", flat=True)
    )
    ids.update(
        Pickup.objects.filter(agency=agency, **within("picked_at")).values_list(
            "case_id", flat=True
        )
    )
    ids.update(
        SurveyResponse.objects.filter(
            agency=agency, case__isnull=False, **within("submitted_at")
        ).values_list("case_id", flat=True)
    )
    dues = Case.objects.filter(
        Q(**within("response_due_at")) | Q(**within("resolution_due_at")), agency=agency
    )
    ids.update(dues.values_list("id", flat=True))
    return sorted(i for i in ids if i is not None)


def timelines(agency: Agency, ids: list[int]) -> Iterator[Timeline]:
    """The timelines of the agency's cases *ids*: four queries per batch of :data:`BATCH`."""
    for offset in range(0, len(ids), BATCH):
        batch = ids[offset : offset + BATCH]
        lines = {
            row["id"]: Timeline(case=row)
            for row in Case.objects.filter(agency=agency, pk__in=batch)
            .values(*CASE_FIELDS)
            .order_by()
        }
        events = CaseEvent.objects.filter(case_id__in=batch, kind__in=TIMELINE_KINDS)
        for case_id, kind, occurred_at, data in events.values_list(
            "case_id", "kind", "occurred_at", "data"
        ).order_by():
            change = _event_change(kind, occurred_at, data)
            if change is not None and case_id in lines:
                lines[case_id].changes.append(change)
        for case_id, queued_at, picked_at in (
            Pickup.objects.filter(case_id__in=batch)
            .values_list("case_id", "queued_at", "picked_at")
            .order_by()
        ):
            if case_id in lines:
                lines[case_id].pickups.append((queued_at, picked_at))
                lines[case_id].changes += [Change(queued_at, QUEUED), Change(picked_at, PICKED)]
        for case_id, submitted_at in (
            SurveyResponse.objects.filter(case_id__in=batch)
            .values_list("case_id", "submitted_at")
            .order_by()
        ):
            if case_id in lines:
                lines[case_id].changes.append(Change(submitted_at, SURVEYED))
        yield from lines.values()


Key = tuple[int, str, str]  # service, channel, stage


class _Rows:
    def __init__(self) -> None:
        self.values: dict[Key, dict[str, Any]] = defaultdict(
            lambda: {
                "stretches": 0,
                "seconds": 0,
                "durations": [],
                "sla_misses_response": 0,
                "sla_misses_resolution": 0,
            }
        )

    def stretch(self, key: Key, seconds: int) -> None:
        row = self.values[key]
        row["stretches"] += 1
        row["seconds"] += seconds
        row["durations"].append(seconds)

    def miss(self, key: Key, target: str) -> None:
        self.values[key][f"sla_misses_{target}"] += 1

    def items(self) -> Iterable[tuple[Key, dict[str, Any]]]:
        for key, row in self.values.items():
            row["durations"].sort()
            yield key, row


def _collect(
    rows: _Rows, line: Timeline, cal: Calendar, start: datetime, end: datetime, now: datetime
) -> None:
    service, channel = line.case["service_id"], line.case["channel"]
    for stretch in line.stretches():
        if start <= stretch.end < end:
            seconds = business_seconds(cal, stretch.start, stretch.end)
            rows.stretch((service, channel, stretch.stage), seconds)
    for target, stage in line.misses(start, end, now):
        rows.miss((service, channel, stage), target)


@transaction.atomic
def rollup_stages(
    *,
    agency: Agency,
    day: date,
    now: datetime | None = None,
    calendars: Calendars | None = None,
) -> int:
    """Rebuild the agency's blueprint rows of local *day*; returns how many rows it wrote."""
    now = now or timezone.now()
    Agency.objects.select_for_update().filter(pk=agency.pk).first()
    cal = (calendars or Calendars())(agency)
    start, end = day_bounds(agency, day)
    rows = _Rows()
    for line in timelines(agency, _case_ids(agency, start, end)):
        _collect(rows, line, cal, start, end, now)
    StageRollup.objects.filter(agency=agency, day=day).delete()
    created = StageRollup.objects.bulk_create(
        StageRollup(
            agency=agency,
            day=day,
            service_id=service,
            channel=channel,
            stage=stage,
            computed_at=now,
            **columns,
        )
        for (service, channel, stage), columns in rows.items()
    )
    return len(created)
