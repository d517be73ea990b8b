"""The service blueprint of one service: each stage of its cases side by side with what
citizens and employees say about that stage.

Four queries whatever the range or the number of cases (five for a range without rows):

1. the service's blueprint rollups (:class:`StageRollup`, built by
   :mod:`backoffice.reports.stages`) for the range: stretches, business seconds and
   their sorted lists for exact medians and 90th percentiles, and SLA misses;
2. citizen answers to questions tied to a stage (``Question.stage``), for this service,
   submitted in the range, counted by the database: responses, answers and positive
   answers per stage (positive as in :mod:`feedback.selectors`: agreeing, thumbs up,
   easy, promoter). A stage's score is suppressed below ``min_responses()`` responses;
3. the service's friction reports per stage: how many are open and how many were
   raised in the range;
4. the three open friction reports with the most votes in each stage;
5. only when the range has no rows: whether the service has any at all (the empty state).

Definitions: the median is the middle value (mean of the two middle ones); the 90th
percentile is the nearest rank; a stage's share is its business seconds out of the
business seconds of every stage in the range. Friction reports are not kept per
channel, so the channel filter narrows the stages and the citizen answers only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber

from backoffice.models import Agency
from cases.models import Service
from feedback.models import FRICTION_OPEN, Audience, FrictionReport, Stage, SurveyAnswer
from feedback.selectors import DEFAULT_MIN_RESPONSES, POSITIVE, min_responses

from .figures import median, percentile
from .models import StageRollup
from .stages import STAGES

TOP_FRICTION = 3


@dataclass(frozen=True)
class BlueprintFilter:
    """A service of an agency, a range of local days and an optional channel."""

    agency: Agency
    service: Service
    first_day: date
    last_day: date
    channel: str = ""

    @property
    def since(self) -> datetime:
        return datetime.combine(self.first_day, time.min, tzinfo=self.agency.zone)

    @property
    def until(self) -> datetime:
        return datetime.combine(
            self.last_day + timedelta(days=1), time.min, tzinfo=self.agency.zone
        )


@dataclass(frozen=True)
class StageScore:
    """Citizens' answers to the questions about one stage."""

    responses: int = 0
    answers: int = 0
    positive: int = 0
    threshold: int = DEFAULT_MIN_RESPONSES

    @property
    def suppressed(self) -> bool:
        return self.responses < self.threshold

    @property
    def value(self) -> float | None:
        """The share of positive answers in percent, one decimal; None when suppressed."""
        if self.suppressed or not self.answers:
            return None
        return round(100 * self.positive / self.answers, 1)


@dataclass(frozen=True)
class FrictionTitle:
    pk: int
    title: str
    votes: int


@dataclass(frozen=True)
class StageFriction:
    open: int = 0
    raised: int = 0
    top: tuple[FrictionTitle, ...] = ()


@dataclass(frozen=True)
class StageFigures:
    stage: str
    stretches: int
    seconds: int
    share: float | None
    median_seconds: float | None
    p90_seconds: int | None
    sla_misses_response: int
    sla_misses_resolution: int
    score: StageScore
    friction: StageFriction

    @property
    def label(self) -> str:
        return str(Stage(self.stage).label)

    @property
    def sla_misses(self) -> int:
        return self.sla_misses_response + self.sla_misses_resolution


@dataclass(frozen=True)
class Blueprint:
    filter: BlueprintFilter
    stages: list[StageFigures]
    has_rollups: bool
    computed_at: datetime | None = None
    threshold: int = DEFAULT_MIN_RESPONSES

    @property
    def most_misses(self) -> StageFigures | None:
        """The stage with the most SLA misses (the first in case order on a tie), if any."""
        worst = max(self.stages, key=lambda s: s.sla_misses, default=None)
        return worst if worst is not None and worst.sla_misses else None

    @property
    def lowest_score(self) -> StageFigures | None:
        """The stage whose shown score is lowest (the first on a tie), if any is shown."""
        shown = [s for s in self.stages if s.score.value is not None]
        return min(shown, key=lambda s: s.score.value or 0.0, default=None)


def _rollups(report: BlueprintFilter) -> tuple[dict[str, dict[str, Any]], datetime | None]:
    rows = StageRollup.objects.filter(
        agency=report.agency,
        service=report.service,
        day__gte=report.first_day,
        day__lte=report.last_day,
    )
    if report.channel:
        rows = rows.filter(channel=report.channel)
    totals: dict[str, dict[str, Any]] = {}
    computed_at: datetime | None = None
    for row in rows.values(
        "stage",
        "stretches",
        "seconds",
        "durations",
        "sla_misses_response",
        "sla_misses_resolution",
        "computed_at",
    ).order_by():
        total = totals.setdefault(
            row["stage"],
            {"stretches": 0, "seconds": 0, "durations": [], "response": 0, "resolution": 0},
        )
        total["stretches"] += row["stretches"]
        total["seconds"] += row["seconds"]
        total["durations"].extend(row["durations"] or [])
        total["response"] += row["sla_misses_response"]
        total["resolution"] += row["sla_misses_resolution"]
        computed_at = max(computed_at or row["computed_at"], row["computed_at"])
    return totals, computed_at


def _scores(report: BlueprintFilter, threshold: int) -> dict[str, StageScore]:
    answers = SurveyAnswer.objects.filter(
        response__agency=report.agency,
        response__survey__audience=Audience.CUSTOMER,
        response__service=report.service,
        response__submitted_at__gte=report.since,
        response__submitted_at__lt=report.until,
        question__stage__in=STAGES,
        number__isnull=False,
    )
    if report.channel:
        answers = answers.filter(response__channel=report.channel)
    rows = (
        answers.values("question__stage")
        .annotate(
            responses=Count("response", distinct=True),
            answers=Count("id"),
            positive=Count("id", filter=POSITIVE),
        )
        .order_by()
    )
    return {
        row["question__stage"]: StageScore(
            responses=row["responses"],
            answers=row["answers"],
            positive=row["positive"],
            threshold=threshold,
        )
        for row in rows
    }


def _friction(report: BlueprintFilter) -> dict[str, StageFriction]:
    reports = FrictionReport.objects.filter(
        agency=report.agency, service=report.service, stage__in=STAGES
    )
    counts = (
        reports.values("stage")
        .annotate(
            open=Count("id", filter=Q(status__in=FRICTION_OPEN)),
            raised=Count("id", filter=Q(created_at__gte=report.since, created_at__lt=report.until)),
        )
        .order_by()
    )
    top: dict[str, list[FrictionTitle]] = {}
    ranked = (
        reports.filter(status__in=FRICTION_OPEN)
        .annotate(
            rank=Window(
                RowNumber(), partition_by=[F("stage")], order_by=[F("votes").desc(), F("id").desc()]
            )
        )
        .filter(rank__lte=TOP_FRICTION)
        .values_list("stage", "pk", "title", "votes")
        .order_by("stage", "-votes", "-id")
    )
    for stage, pk, title, votes in ranked:
        top.setdefault(stage, []).append(FrictionTitle(pk=pk, title=title, votes=votes))
    return {
        row["stage"]: StageFriction(
            open=row["open"], raised=row["raised"], top=tuple(top.get(row["stage"], ()))
        )
        for row in counts
    }


def blueprint(report: BlueprintFilter) -> Blueprint:
    """Every figure of the service's blueprint for *report*: four or five queries."""
    threshold = min_responses()
    totals, computed_at = _rollups(report)
    scores = _scores(report, threshold)
    friction = _friction(report)
    has_rollups = bool(totals) or (
        StageRollup.objects.filter(agency=report.agency, service=report.service).exists()
    )
    all_seconds = sum(total["seconds"] for total in totals.values())
    stages = []
    for stage in STAGES:
        total = totals.get(stage) or {
            "stretches": 0,
            "seconds": 0,
            "durations": [],
            "response": 0,
            "resolution": 0,
        }
        durations = sorted(total["durations"])
        stages.append(
            StageFigures(
                stage=stage,
                stretches=total["stretches"],
                seconds=total["seconds"],
                share=total["seconds"] / all_seconds if all_seconds else None,
                median_seconds=median(durations),
                p90_seconds=percentile(durations, 90),
                sla_misses_response=total["response"],
                sla_misses_resolution=total["resolution"],
                score=scores.get(stage) or StageScore(threshold=threshold),
                friction=friction.get(stage) or StageFriction(),
            )
        )
    return Blueprint(
        filter=report,
        stages=stages,
        has_rollups=has_rollups,
        computed_at=computed_at,
        threshold=threshold,
    )
