"""The people report: per caseworker and team, work done and time spent in each state.

Computed directly from the pickups, cases and presence log, but only over the requested
range (at most a few months, for the people of the chosen teams), in five queries
whatever the range: the memberships, the time per presence state (one aggregate query,
each stretch clipped to the range), the cases handled (one aggregate query), the
logged-in stretches and the case holds overlapping the range. No daily rollup exists for
presence, so nothing here scans more than the range.

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

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    DurationField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from backoffice.models import Agency, Membership, Role, Team
from routing.forecast_data import handle_time, last_pickup_of_resolved
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
    handled = _handled_cases(agency, user_ids, start, end)
    holding = _holding_seconds(agency, user_ids, start, end, now)
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


def _handled_cases(
    agency: Agency, user_ids: set[int], start: datetime, end: datetime
) -> dict[int, tuple[int, float]]:
    """Cases handled and their summed handle seconds per user."""
    rows = (
        Pickup.objects.filter(
            agency=agency,
            user_id__in=user_ids,
            case__resolved_at__gte=start,
            case__resolved_at__lt=end,
        )
        .filter(last_pickup_of_resolved())
        .values_list("user_id")
        .annotate(n=Count("pk"), total=Sum(handle_time()))
        .order_by()
    )
    return {uid: (n, total.total_seconds()) for uid, n, total in rows}


def _hold_end(now: datetime) -> Least:
    """When a pickup's hold ended (see the module's definition of occupancy)."""
    next_pickup = (
        Pickup.objects.filter(case=OuterRef("case"), picked_at__gt=OuterRef("picked_at"))
        .order_by("picked_at")
        .values("picked_at")[:1]
    )
    resolved = Case(
        When(case__resolved_at__gte=F("picked_at"), then=F("case__resolved_at")),
        default=None,
        output_field=DateTimeField(),
    )
    otherwise = Case(
        When(case__assignee_id=F("user_id"), then=_at(now)),
        default=F("case__updated_at"),
        output_field=DateTimeField(),
    )
    # The earlier of the resolution and the next pickup, whichever exist. Least of two
    # Coalesces, since SQLite's MIN() is NULL when any argument is.
    field = DateTimeField()
    return Least(
        Coalesce(resolved, Subquery(next_pickup), otherwise, output_field=field),
        Coalesce(Subquery(next_pickup), resolved, otherwise, output_field=field),
    )


def _holding_seconds(
    agency: Agency, user_ids: set[int], start: datetime, end: datetime, now: datetime
) -> dict[int, float]:
    """Seconds logged in while holding at least one case, per user, inside [start, end)."""
    holds = (
        Pickup.objects.filter(agency=agency, user_id__in=user_ids, picked_at__lt=end)
        # A hold that ended at a resolution before the range cannot reach into it: leave
        # those pickups (most of history) out before their hold's end is worked out.
        .filter(
            Q(case__resolved_at__isnull=True)
            | Q(case__resolved_at__gt=start)
            | Q(case__resolved_at__lt=F("picked_at"))
        )
        .annotate(hold_end=_hold_end(now))
        .filter(hold_end__gt=start)
        .values_list("user_id", "picked_at", "hold_end")
        .order_by()
    )
    logged_in = (
        PresenceLog.objects.filter(user_id__in=user_ids, started_at__lt=end)
        .filter(Q(ended_at__isnull=True) | Q(ended_at__gt=start))
        .exclude(state=PresenceState.OFFLINE)
        .values_list("user_id", "started_at", "ended_at")
        .order_by()
    )
    held: dict[int, list[Stretch]] = defaultdict(list)
    for user_id, picked_at, hold_end in holds:
        held[user_id].append((max(picked_at, start), min(hold_end, end)))
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
