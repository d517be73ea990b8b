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

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import DateTimeField, DurationField, ExpressionWrapper, Q, Sum, Value
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from backoffice.expressions import OneOf
from backoffice.models import Agency, Membership, Role, Team
from cases.models import Case as CaseModel
from cases.models import CaseStatus
from cases.models.case import OPEN_STATUSES
from routing.models import AwayReason, Pickup, PresenceLog, PresenceState

Stretch = tuple[datetime, datetime]

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
    cases = _cases_in_play(agency, user_ids, start)
    pickups = _pickups_of(cases)
    handled = _handled_cases(agency, user_ids, start, end, cases, pickups)
    held = _holds(agency, user_ids, start, end, now, cases, pickups)
    holding = _holding_seconds(user_ids, start, end, now, held)
    for person in people:
        person.state_seconds = dict(states.get(person.user_id, {}))
        person.handled, person.handle_seconds = handled.get(person.user_id, (0, 0.0))
        person.holding_seconds = holding.get(person.user_id, 0.0)
    return [_team(team, [p for p in people if p.team_id == team.pk]) for team in teams]


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


def _state_seconds(
    user_ids: set[int], start: datetime, end: datetime, now: datetime
) -> dict[int, dict[tuple[str, str], float]]:
    """Seconds per user and (state, reason), each stretch clipped to [start, end)."""
    clipped = ExpressionWrapper(
        Least(Coalesce("ended_at", _at(now)), _at(end)) - Greatest("started_at", _at(start)),
        output_field=DurationField(),
    )
    rows = (
        PresenceLog.objects.filter(user_id__in=user_ids, started_at__lt=end)
        .filter(Q(ended_at__isnull=True) | Q(ended_at__gt=start))
        .values_list("user_id", "state", "reason")
        .annotate(total=Sum(clipped))
        .order_by()
    )
    found: dict[int, dict[tuple[str, str], float]] = defaultdict(dict)
    for user_id, state, reason, total in rows:
        key = (state, reason if state == PresenceState.AWAY else "")
        found[user_id][key] = found[user_id].get(key, 0.0) + total.total_seconds()
    return found


@dataclass(frozen=True)
class _CaseState:
    resolved_at: datetime | None
    assignee_id: int | None
    updated_at: datetime


@dataclass(frozen=True)
class _Pick:
    user_id: int
    agency_id: int
    picked_at: datetime


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
    columns = ("pk", "resolved_at", "assignee_id", "updated_at")
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
        for pk, resolved_at, assignee_id, updated_at in rows:
            found[pk] = _CaseState(resolved_at, assignee_id, updated_at)
    return found


def _pickups_of(case_ids: Iterable[int]) -> dict[int, list[_Pick]]:
    """Every pickup of the cases, by case, in time order.

    Filtered on the case alone, so the database reads them through the case index;
    which agency and person picked each up is decided by the callers.
    """
    found: dict[int, list[_Pick]] = defaultdict(list)
    rows = Pickup.objects.filter(OneOf("case_id", list(case_ids))).values_list(
        "case_id", "user_id", "agency_id", "picked_at"
    )
    for case_id, user_id, agency_id, picked_at in rows.order_by():
        found[case_id].append(_Pick(user_id, agency_id, picked_at))
    for picks in found.values():
        picks.sort(key=lambda pick: pick.picked_at)
    return found


def _handled_cases(
    agency: Agency,
    user_ids: set[int],
    start: datetime,
    end: datetime,
    cases: dict[int, _CaseState],
    pickups: dict[int, list[_Pick]],
) -> dict[int, tuple[int, float]]:
    """Cases handled and their summed handle seconds per user.

    ``routing.forecast_data``'s definition: a pickup by the agency whose case was
    resolved after it, with no other pickup between it and the resolution.
    """
    found: dict[int, list[timedelta]] = defaultdict(list)
    for case_id, case in cases.items():
        resolved = case.resolved_at
        if resolved is None or not start <= resolved < end:
            continue
        before = [pick for pick in pickups.get(case_id, ()) if pick.picked_at <= resolved]
        if not before:
            continue
        last = before[-1].picked_at
        for pick in before:
            if pick.picked_at == last and pick.agency_id == agency.pk and pick.user_id in user_ids:
                found[pick.user_id].append(resolved - pick.picked_at)
    return {
        user_id: (len(times), sum(times, timedelta(0)).total_seconds())
        for user_id, times in found.items()
    }


def _hold_end(case: _CaseState, pick: _Pick, following: datetime | None, now: datetime) -> datetime:
    """When a hold ended (see the module's definition of occupancy).

    The earlier of the resolution (if after the pickup) and the next pickup, whichever
    exist; otherwise now while the picker is the assignee, else the case's last change.
    """
    resolved = case.resolved_at if case.resolved_at and case.resolved_at >= pick.picked_at else None
    ends = [moment for moment in (resolved, following) if moment is not None]
    if ends:
        return min(ends)
    return now if case.assignee_id == pick.user_id else case.updated_at


def _holds(
    agency: Agency,
    user_ids: set[int],
    start: datetime,
    end: datetime,
    now: datetime,
    cases: dict[int, _CaseState],
    pickups: dict[int, list[_Pick]],
) -> dict[int, list[Stretch]]:
    """Per user, the holds reaching into [start, end), clipped to it."""
    held: dict[int, list[Stretch]] = defaultdict(list)
    for case_id, picks in pickups.items():
        case = cases[case_id]
        for index, pick in enumerate(picks):
            if pick.agency_id != agency.pk or pick.user_id not in user_ids:
                continue
            if pick.picked_at >= end:
                continue
            following = next(
                (
                    later.picked_at
                    for later in picks[index + 1 :]
                    if later.picked_at > pick.picked_at
                ),
                None,
            )
            hold_end = _hold_end(case, pick, following, now)
            if hold_end > start:
                held[pick.user_id].append((max(pick.picked_at, start), min(hold_end, end)))
    return held


def _holding_seconds(
    user_ids: set[int],
    start: datetime,
    end: datetime,
    now: datetime,
    held: dict[int, list[Stretch]],
) -> dict[int, float]:
    """Seconds logged in while holding at least one case, per user, inside [start, end)."""
    logged_in = (
        PresenceLog.objects.filter(user_id__in=user_ids, started_at__lt=end)
        .filter(Q(ended_at__isnull=True) | Q(ended_at__gt=start))
        .exclude(state=PresenceState.OFFLINE)
        .values_list("user_id", "started_at", "ended_at")
        .order_by()
    )
    online: dict[int, list[Stretch]] = defaultdict(list)
    for user_id, started_at, ended_at in logged_in:
        online[user_id].append((max(started_at, start), min(ended_at or now, end)))
    return {
        user_id: _overlap_seconds(_union(held[user_id]), _union(stretches))
        for user_id, stretches in online.items()
    }


def _union(stretches: list[Stretch]) -> list[Stretch]:
    """The stretches merged where they touch or overlap, sorted, empty ones dropped."""
    merged: list[Stretch] = []
    for begin, finish in sorted(s for s in stretches if s[1] > s[0]):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], finish))
        else:
            merged.append((begin, finish))
    return merged


def _overlap_seconds(first: list[Stretch], second: list[Stretch]) -> float:
    """Total seconds common to two sorted, disjoint lists of stretches."""
    total = timedelta(0)
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
    return total.total_seconds()
