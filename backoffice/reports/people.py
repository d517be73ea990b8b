"""The people report: per caseworker and team, work done and time spent in each state.

Computed directly from the pickups, cases and presence log, but only over the requested
range (at most a few months, for the people of the chosen teams), in six queries
whatever the range: the memberships, the time per presence state (one aggregate query,
each stretch clipped to the range), the cases resolved in the range or that a hold
reaching into it can be on (two, :func:`_cases_in_play`), every pickup of those cases, and
the logged-in stretches. Cases handled and the holds' ends are worked out from those
rows. Every read goes through an index bounded by the range or by the open work, so the
cost does not grow with the history of cases and pickups.

Definitions (shown on the page too):

- cases handled: cases resolved in the range by the person who picked them up last
  before the resolution;
- handle time: from that pickup to the resolution (``routing.forecast_data``'s
  definition), mean per case handled;
- time in each state: each presence-log stretch clipped to the range; a stretch still
  open ends now; Away is split by reason;
- logged-in time: time Available, Busy or Away;
- utilisation: logged-in time not Away / logged-in time;
- occupancy: logged-in time holding at least one case / logged-in time. A person holds a
  case from a pickup until its resolution, its next pickup (by anyone), or now while
  they are still its assignee; a case that left them otherwise (sent back to a queue
  and not picked up since) counts until its last change.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.db.models import (
    DateTimeField,
    DurationField,
    ExpressionWrapper,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from backoffice.expressions import EpochMicros, OneOf
from backoffice.models import Agency, Membership, Role, Team
from cases.models import Case as CaseModel
from cases.models import CaseStatus
from cases.models.case import OPEN_STATUSES
from routing.models import AwayReason, Pickup, PresenceLog, PresenceState

# The columns of time per state, in page and CSV order: (state, reason) pairs.
STATE_KEYS: tuple[tuple[str, str], ...] = (
    (PresenceState.AVAILABLE, ""),
    (PresenceState.BUSY, ""),
    *((PresenceState.AWAY, reason.value) for reason in AwayReason),
    (PresenceState.OFFLINE, ""),
)


def state_label(key: tuple[str, str]) -> str:
    """The column heading of a (state, reason) pair: "Away: Break", "Busy"."""
    state, reason = key
    label = str(PresenceState(state).label)
    if state == PresenceState.AWAY:
        return f"{label}: {AwayReason(reason).label}"
    return label


@dataclass
class PersonFigures:
    """One person's figures in one team over the range."""

    user_id: int
    name: str
    team_id: int
    team: str
    handled: int = 0
    handle_seconds: float = 0.0
    state_seconds: dict[tuple[str, str], float] = field(default_factory=dict)
    holding_seconds: float = 0.0

    @property
    def mean_handle_seconds(self) -> float | None:
        return self.handle_seconds / self.handled if self.handled else None

    def seconds_in(self, state: str) -> float:
        return sum(s for (st, _reason), s in self.state_seconds.items() if st == state)

    @property
    def logged_in_seconds(self) -> float:
        return sum(s for (st, _r), s in self.state_seconds.items() if st != PresenceState.OFFLINE)

    @property
    def utilisation(self) -> float | None:
        logged_in = self.logged_in_seconds
        away = self.seconds_in(PresenceState.AWAY)
        return (logged_in - away) / logged_in if logged_in else None

    @property
    def occupancy(self) -> float | None:
        logged_in = self.logged_in_seconds
        return self.holding_seconds / logged_in if logged_in else None

    @property
    def mean_handle_hours(self) -> float | None:
        mean = self.mean_handle_seconds
        return None if mean is None else mean / 3600

    @property
    def logged_in_hours(self) -> float:
        return self.logged_in_seconds / 3600

    @property
    def utilisation_percent(self) -> float | None:
        value = self.utilisation
        return None if value is None else value * 100

    @property
    def occupancy_percent(self) -> float | None:
        value = self.occupancy
        return None if value is None else value * 100

    def state_hours(self) -> list[float]:
        return [self.state_seconds.get(key, 0.0) / 3600 for key in STATE_KEYS]

    def add(self, other: PersonFigures) -> None:
        self.handled += other.handled
        self.handle_seconds += other.handle_seconds
        self.holding_seconds += other.holding_seconds
        for key, seconds in other.state_seconds.items():
            self.state_seconds[key] = self.state_seconds.get(key, 0.0) + seconds


@dataclass
class TeamFigures:
    """A team's people and their totals (ratios of the summed times, not mean ratios)."""

    team: Team
    people: list[PersonFigures]
    total: PersonFigures


def people_figures(
    *, agency: Agency, teams: Iterable[Team], start: datetime, end: datetime
) -> list[TeamFigures]:
    """Figures per caseworker of *teams*, with team totals, from *start* to *end*.

    The range ends now at the latest: the future has no presence. A person in two teams
    is shown in both, with the same figures.
    """
    now = timezone.now()
    end = min(end, now)
    teams = sorted(teams, key=lambda team: (team.name, team.pk))
    people = _people(agency=agency, teams=teams)
    user_ids = {person.user_id for person in people}
    if end <= start or not user_ids:
        return [_team(team, [p for p in people if p.team_id == team.pk]) for team in teams]
    states = _state_seconds(user_ids, start, end, now)
    with _collector_paused():
        cases = _cases_in_play(agency, user_ids, start)
        pickups = _pickups_of(cases)
        first, last, at = _micros(start), _micros(end), _micros(now)
        handled = _handled_cases(agency, user_ids, first, last, cases, pickups)
        held = _holds(agency, user_ids, first, last, at, cases, pickups)
        stretches = _reaching_into(user_ids, start, end)
        holding = _holding_seconds(stretches, first, last, at, held)
    for person in people:
        person.state_seconds = dict(states.get(person.user_id, {}))
        person.handled, person.handle_seconds = handled.get(person.user_id, (0, 0.0))
        person.holding_seconds = holding.get(person.user_id, 0.0)
    return [_team(team, [p for p in people if p.team_id == team.pk]) for team in teams]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while the holds are worked out.

    At a million cases they are tens of thousands of short-lived lists and tuples, freed by
    reference counting when the report is done (none is in a cycle); a full collection in
    their midst traverses them all and the worker's whole heap to free nothing: 40 ms in a
    bare process, 150 ms in a server worker, on one request in three or four.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _team(team: Team, people: list[PersonFigures]) -> TeamFigures:
    total = PersonFigures(user_id=0, name="", team_id=team.pk, team=team.name)
    for person in people:
        total.add(person)
    return TeamFigures(team=team, people=people, total=total)


def _people(*, agency: Agency, teams: Sequence[Team]) -> list[PersonFigures]:
    rows = (
        Membership.objects.filter(
            agency=agency, team__in=[team.pk for team in teams], role=Role.CASEWORKER
        )
        .values_list("user_id", "user__full_name", "user__email", "team_id", "team__name")
        .order_by("team__name", "user__full_name", "user__email", "user_id")
        .distinct()
    )
    return [
        PersonFigures(user_id=uid, name=name or email, team_id=tid, team=team)
        for uid, name, email, tid, team in rows
    ]


def _at(moment: datetime) -> Value:
    return Value(moment, output_field=DateTimeField())


def _reaching_into(user_ids: set[int], start: datetime, end: datetime) -> QuerySet[PresenceLog]:
    """The users' presence stretches reaching into [start, end): started before its end,
    ended after its start or still open (read through the (user, ended_at) index)."""
    return PresenceLog.objects.filter(user_id__in=user_ids, started_at__lt=end).filter(
        Q(ended_at__isnull=True) | Q(ended_at__gt=start)
    )


def _state_seconds(
    user_ids: set[int], start: datetime, end: datetime, now: datetime
) -> dict[int, dict[tuple[str, str], float]]:
    """Seconds per user and (state, reason), each stretch clipped to [start, end)."""
    clipped = ExpressionWrapper(
        Least(Coalesce("ended_at", _at(now)), _at(end)) - Greatest("started_at", _at(start)),
        output_field=DurationField(),
    )
    rows = (
        _reaching_into(user_ids, start, end)
        .values_list("user_id", "state", "reason")
        .annotate(total=Sum(clipped))
        .order_by()
    )
    found: dict[int, dict[tuple[str, str], float]] = defaultdict(dict)
    for user_id, state, reason, total in rows:
        key = (state, reason if state == PresenceState.AWAY else "")
        found[user_id][key] = found[user_id].get(key, 0.0) + total.total_seconds()
    return found


# Instants as whole microseconds since 1970 (``EpochMicros``): the report walks tens of
# thousands of them (at a million cases, the open backlog's holds), and integers are read and
# compared many times faster than aware datetimes, and sum exactly.
Micros = int
Span = tuple[Micros, Micros]
# A case's resolution (or None), assignee (or None) and last change.
_CaseState = tuple[Micros | None, int | None, Micros]
# A pickup: when, by whom, for which agency.
_Pick = tuple[Micros, int, int]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _micros(moment: datetime) -> Micros:
    return (moment - _EPOCH) // _MICROSECOND


def _seconds(micros: Micros) -> float:
    """As ``timedelta.total_seconds()`` gives them."""
    return micros / 1_000_000


def _cases_in_play(agency: Agency, user_ids: set[int], start: datetime) -> dict[int, _CaseState]:
    """The cases resolved in the range or held in it, with what their holds end on.

    A hold ends at the case's resolution, its next pickup, or otherwise its last change
    (now, while its picker is still the assignee). So a hold that reaches the range is
    on a case picked up since *start*, resolved or closed since, open now, or cancelled
    or a duplicate (no resolution) and changed since (found through its assignee, who is
    nobody or a member of the agency) or still assigned to one of the people; a resolved
    case is picked up again only after a reopening, which clears its resolution. One
    UNION branch per index (an OR of them makes PostgreSQL read every case of the
    agency), so the cost follows the range and the open work, never the history. The
    cases handled in the range are among those resolved since *start*.
    """
    no_resolution = (CaseStatus.CANCELLED, CaseStatus.DUPLICATE)
    columns = ("pk", EpochMicros("resolved_at"), "assignee_id", EpochMicros("updated_at"))
    cases = CaseModel.objects.filter(agency=agency).values_list(*columns).order_by()
    picked_since = Pickup.objects.filter(agency=agency, picked_at__gte=start).values("case_id")
    in_range = (
        cases.filter(pk__in=picked_since),
        cases.filter(status__in=OPEN_STATUSES),
        cases.filter(resolved_at__gt=start),
        cases.filter(closed_at__gt=start),
    )
    unresolved = (
        cases.filter(assignee__isnull=True, status__in=no_resolution, updated_at__gt=start),
        cases.filter(
            assignee__in=Membership.objects.filter(agency=agency).values("user_id"),
            status__in=no_resolution,
            updated_at__gt=start,
        ),
        # Without the agency, so that PostgreSQL reads the (assignee, status) index, not
        # every case of the agency; a case of another agency has no pickup of this one.
        CaseModel.objects.filter(assignee_id__in=user_ids, status__in=no_resolution)
        .values_list(*columns)
        .order_by(),
    )
    found: dict[int, _CaseState] = {}
    # Two statements rather than one: each stays under PostgreSQL's default cost for
    # compiling a plan just in time, which took longer than running it (on a million
    # cases, 100 to 200 ms for a 60 ms read).
    for first, *rest in (in_range, unresolved):
        rows = first.union(*rest, all=True).order_by()
        for pk, resolved, assignee_id, updated in rows:
            found[pk] = (resolved, assignee_id, updated)
    return found


def _pickups_of(case_ids: Iterable[int]) -> dict[int, list[_Pick]]:
    """Every pickup of the cases, by case, in time order.

    Filtered on the case alone, so the database reads them through the case index;
    which agency and person picked each up is decided by the callers.
    """
    found: dict[int, list[_Pick]] = defaultdict(list)
    rows = Pickup.objects.filter(OneOf("case_id", list(case_ids))).values_list(
        "case_id", EpochMicros("picked_at"), "user_id", "agency_id"
    )
    for case_id, picked, user_id, agency_id in rows.order_by():
        found[case_id].append((picked, user_id, agency_id))
    for picks in found.values():
        picks.sort()
    return found


def _handled_cases(
    agency: Agency,
    user_ids: set[int],
    start: Micros,
    end: Micros,
    cases: dict[int, _CaseState],
    pickups: dict[int, list[_Pick]],
) -> dict[int, tuple[int, float]]:
    """Cases handled and their summed handle seconds per user.

    ``routing.forecast_data``'s definition: a pickup by the agency whose case was
    resolved after it, with no other pickup between it and the resolution.
    """
    found: dict[int, list[Micros]] = defaultdict(list)
    for case_id, (resolved, _assignee_id, _updated) in cases.items():
        if resolved is None or not start <= resolved < end:
            continue
        before = [pick for pick in pickups.get(case_id, ()) if pick[0] <= resolved]
        if not before:
            continue
        last = before[-1][0]
        for picked, user_id, agency_id in before:
            if picked == last and agency_id == agency.pk and user_id in user_ids:
                found[user_id].append(resolved - picked)
    return {user_id: (len(times), _seconds(sum(times))) for user_id, times in found.items()}


def _hold_end(case: _CaseState, pick: _Pick, following: Micros | None, now: Micros) -> Micros:
    """When a hold ended (see the module's definition of occupancy).

    The earlier of the resolution (if after the pickup) and the next pickup, whichever
    exist; otherwise now while the picker is the assignee, else the case's last change.
    """
    resolved, assignee_id, updated = case
    picked, user_id, _agency_id = pick
    if resolved is not None and resolved >= picked:
        return resolved if following is None else min(resolved, following)
    if following is not None:
        return following
    return now if assignee_id == user_id else updated


def _holds(
    agency: Agency,
    user_ids: set[int],
    start: Micros,
    end: Micros,
    now: Micros,
    cases: dict[int, _CaseState],
    pickups: dict[int, list[_Pick]],
) -> dict[int, list[Span]]:
    """Per user, the holds reaching into [start, end), clipped to it."""
    held: dict[int, list[Span]] = defaultdict(list)
    for case_id, picks in pickups.items():
        case = cases[case_id]
        for index, pick in enumerate(picks):
            picked, user_id, agency_id = pick
            if agency_id != agency.pk or user_id not in user_ids or picked >= end:
                continue
            following = next((later[0] for later in picks[index + 1 :] if later[0] > picked), None)
            hold_end = _hold_end(case, pick, following, now)
            if hold_end > start:
                held[user_id].append((max(picked, start), min(hold_end, end)))
    return held


def _holding_seconds(
    stretches: QuerySet[PresenceLog],
    start: Micros,
    end: Micros,
    now: Micros,
    held: dict[int, list[Span]],
) -> dict[int, float]:
    """Seconds logged in while holding at least one case, per user, inside [start, end)
    (*stretches*: the presence reaching into it)."""
    logged_in = (
        stretches.exclude(state=PresenceState.OFFLINE)
        .values_list("user_id", EpochMicros("started_at"), EpochMicros("ended_at"))
        .order_by()
    )
    online: dict[int, list[Span]] = defaultdict(list)
    for user_id, started, ended in logged_in:
        online[user_id].append((max(started, start), min(now if ended is None else ended, end)))
    return {
        user_id: _seconds(_overlap(_union(held[user_id]), _union(spans)))
        for user_id, spans in online.items()
    }


def _union(spans: list[Span]) -> list[Span]:
    """The spans merged where they touch or overlap, sorted, empty ones dropped."""
    merged: list[Span] = []
    for begin, finish in sorted(s for s in spans if s[1] > s[0]):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], finish))
        else:
            merged.append((begin, finish))
    return merged


def _overlap(first: list[Span], second: list[Span]) -> Micros:
    """Total time common to two sorted, disjoint lists of spans."""
    total = 0
    i = j = 0
    while i < len(first) and j < len(second):
        begin = max(first[i][0], second[j][0])
        finish = min(first[i][1], second[j][1])
        if finish > begin:
            total += finish - begin
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return total
