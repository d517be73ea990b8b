"""The quarterly customer-experience (CX) figures, in the shape of the OMB Circular A-11
section 280 quarterly data collection: one row per service and channel for a quarter.

Definitions (the page and the CSV explain the same):

- volume: cases opened in the quarter, summed from the daily rollups
  (docs/adr/0007-report-rollups.md), never counted from cases;
- surveys offered: citizen survey invitations sent in the quarter (``sent_at``), by the
  service and intake channel of their case, summed from the same rollups; invitations
  never sent (skipped, still pending) are not offered;
- responses: citizen survey responses submitted in the quarter, whatever way they were
  collected (emailed link, office QR code, phone or mail);
- responses to invitations: those of the responses that answer an invitation. The
  response rate divides these, not all responses, by the surveys offered: answers given
  in an office, by phone or by mail were never offered a survey, and counting them made
  the rate meaningless (thousands of percent where most answers come from offices). An
  invitation sent at the end of one quarter and answered in the next counts as offered
  in the first and answered in the second, as the A-11 collection counts them, so a
  rate can pass 100 % by a little at quarter ends;
- a score per question with a numeric answer: for agreement questions (the A-11 trust
  question and its drivers, 1 to 5) the share of answers that are 4 or 5; for the other
  scales (thumbs, effort, likelihood 0 to 10) the mean answer. A score from fewer than
  ``feedback.selectors.min_responses()`` answers is suppressed and its count reads
  "fewer than N". Choice and free-text questions have no score.

Quarters are calendar quarters in the agency's time zone (:class:`feedback.selectors.Quarter`).
Which responses count (the agency's own, citizen surveys only) is decided by the feedback
selectors, so this report and the feedback results can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Avg, Count, Q, Sum

from backoffice.models import Agency
from feedback.models import (
    Measure,
    QuestionKind,
    SurveyAnswer,
    SurveyResponse,
)
from feedback.selectors import (
    POSITIVE,
    Group,
    Quarter,
    ResponseFilters,
    min_responses,
    response_q,
)

from .models import DailyRollup

SCORED_KINDS: tuple[str, ...] = (
    QuestionKind.AGREEMENT,
    QuestionKind.THUMBS,
    QuestionKind.EFFORT,
    QuestionKind.NPS,
)

GroupKey = tuple[int | None, str]  # (service id, channel)


@dataclass(frozen=True)
class QuestionScore:
    """One question's answers in one service and channel."""

    question_id: int
    text: str
    kind: str
    measure: str
    answers: int
    positive: int
    mean: float | None
    threshold: int

    @property
    def is_agreement(self) -> bool:
        """Scored as the share agreeing (4 or 5 of 5); otherwise as the mean answer."""
        return self.kind == QuestionKind.AGREEMENT

    @property
    def suppressed(self) -> bool:
        return self.answers < self.threshold

    @property
    def value(self) -> float | None:
        """The percentage agreeing (one decimal) or the mean (two decimals); None if hidden."""
        if self.suppressed or not self.answers:
            return None
        if self.is_agreement:
            return round(100 * self.positive / self.answers, 1)
        return round(self.mean, 2) if self.mean is not None else None

    @property
    def measure_label(self) -> str:
        return str(Measure(self.measure).label) if self.measure in Measure.values else ""


@dataclass
class CxRow:
    """One service on one channel in the quarter."""

    group: Group
    volume: int = 0
    offered: int = 0
    responses: int = 0
    invited_responses: int = 0
    scores: list[QuestionScore] = field(default_factory=list)

    @property
    def response_rate(self) -> float | None:
        """Responses to invitations per survey offered, as a percentage with one decimal."""
        if not self.offered:
            return None
        return round(100 * self.invited_responses / self.offered, 1)


def _volumes(agency: Agency, quarter: Quarter, service_id: int | None, channel: str) -> Any:
    """Cases opened and surveys offered per service and channel, from the daily rollups."""
    # Rows of days without new cases or surveys sent (backlog snapshots) add nothing.
    rows = DailyRollup.objects.filter(
        Q(created__gt=0) | Q(surveys_offered__gt=0),
        agency=agency,
        day__gte=quarter.first_day,
        day__lte=quarter.last_day,
    )
    if service_id is not None:
        rows = rows.filter(service_id=service_id)
    if channel:
        rows = rows.filter(channel=channel)
    return (
        rows.values("service_id", "service__name", "channel")
        .annotate(count=Sum("created"), offered=Sum("surveys_offered"))
        .order_by()
    )


def _scores(agency: Agency, filters: ResponseFilters) -> Any:
    return (
        SurveyAnswer.objects.filter(
            response_q(agency, filters, "response__"),
            question__kind__in=SCORED_KINDS,
            number__isnull=False,
        )
        .values(
            "response__service_id",
            "response__service__name",
            "response__channel",
            "question_id",
            "question__text",
            "question__kind",
            "question__measure",
            "question__survey__name",
            "question__position",
        )
        .annotate(answers=Count("id"), positive=Count("id", filter=POSITIVE), mean=Avg("number"))
        .order_by()
    )


class _Table:
    """The rows being gathered, by (service id, channel)."""

    def __init__(self) -> None:
        self.rows: dict[GroupKey, CxRow] = {}

    def row(self, service_id: int | None, service_name: str | None, channel: str | None) -> CxRow:
        key = (service_id, channel or "")
        if key not in self.rows:
            group = Group(service_id=service_id, service_name=service_name or "", channel=key[1])
            self.rows[key] = CxRow(group=group)
        return self.rows[key]

    def sorted(self) -> list[CxRow]:
        def order(row: CxRow) -> tuple[Any, ...]:
            group = row.group
            return (group.service_name.lower(), group.service_id or 0, group.channel_label)

        return sorted(self.rows.values(), key=order)


def cx_rows(
    *, agency: Agency, quarter: Quarter, service_id: int | None = None, channel: str = ""
) -> list[CxRow]:
    """The quarter's rows of *agency*, by service then channel, optionally of one service
    and one channel. Three queries whatever the data: rollup volumes and surveys offered,
    responses, and answers per question.

    A group appears when it had any of: cases opened, surveys sent, responses.
    """
    zone = agency.zone
    filters = ResponseFilters(
        since=quarter.start(zone), until=quarter.end(zone), service_id=service_id, channel=channel
    )
    threshold = min_responses()
    table = _Table()
    for line in _volumes(agency, quarter, service_id, channel):
        row = table.row(line["service_id"], line["service__name"], line["channel"])
        row.volume = line["count"] or 0
        row.offered = line["offered"] or 0
    responses = (
        SurveyResponse.objects.filter(response_q(agency, filters))
        .values("service_id", "service__name", "channel")
        .annotate(count=Count("id"), invited=Count("id", filter=Q(invitation__isnull=False)))
        .order_by()
    )
    for line in responses:
        row = table.row(line["service_id"], line["service__name"], line["channel"])
        row.responses = line["count"]
        row.invited_responses = line["invited"]
    answered = sorted(
        _scores(agency, filters),
        key=lambda line: (
            line["question__survey__name"].lower(),
            line["question__position"],
            line["question_id"],
        ),
    )
    for line in answered:
        row = table.row(
            line["response__service_id"],
            line["response__service__name"],
            line["response__channel"],
        )
        row.scores.append(
            QuestionScore(
                question_id=line["question_id"],
                text=line["question__text"],
                kind=line["question__kind"],
                measure=line["question__measure"] or "",
                answers=line["answers"],
                positive=line["positive"],
                mean=float(line["mean"]) if line["mean"] is not None else None,
                threshold=threshold,
            )
        )
    return table.sorted()
