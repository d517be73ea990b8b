"""Reads of citizen feedback results: scores by service, channel, team and quarter.

How each measure is scored (the same on the public page, the managers' page and in CSV):

- Agreement questions (1 to 5: trust and the A-11 drivers satisfaction, ease,
  efficiency, transparency, effectiveness, employee helpfulness): the share of answers
  that are 4 ("agree") or 5 ("strongly agree"), as OMB Circular A-11 section 280 reports
  them. CSAT (1 to 5) is scored the same way: the share answering 4 or 5.
- NPS (0 to 10): the percentage of promoters (9 or 10) minus the percentage of
  detractors (0 to 6), from -100 to 100.
- CES (effort, 1 to 7): the share answering 5, 6 or 7 ("easy").
- Thumbs up or down: the share of thumbs up.

The score follows the question's kind, so a measure asked with thumbs in one survey and
agreement in another is still "the share positive". Only citizen surveys count; staff
pulse answers never reach these results.

Every figure is aggregated by the database (GROUP BY with conditional counts), never by
looping over answers in Python: each function below runs a fixed number of queries
whatever the number of responses. Quarters are calendar quarters in the agency's time
zone.

Small groups are suppressed: a score counted from fewer responses than
``FEEDBACK_PUBLIC_MIN_RESPONSES`` (default 10) is not shown, and its count reads "fewer
than 10", so no single respondent can be picked out. Managers see the same threshold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, cast
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import (
    Avg,
    Count,
    DateField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Concat, TruncQuarter
from django.utils.translation import gettext as _

from backoffice.models import Agency
from cases.models import Channel

from .masking import mask_personal
from .models import Audience, Choice, Measure, QuestionKind, SurveyAnswer, SurveyResponse

DEFAULT_MIN_RESPONSES = 10

# The A-11 trust question and its drivers, all agreement questions.
DRIVERS: tuple[str, ...] = (
    Measure.TRUST,
    Measure.SATISFACTION,
    Measure.EASE,
    Measure.EFFICIENCY,
    Measure.TRANSPARENCY,
    Measure.EFFECTIVENESS,
    Measure.HELPFULNESS,
)
HEADLINE: tuple[str, ...] = (
    Measure.TRUST,
    Measure.SATISFACTION,
    Measure.CSAT,
    Measure.NPS,
    Measure.CES,
)
PUBLIC: tuple[str, ...] = (Measure.SATISFACTION, Measure.TRUST)
CHOICE_MEASURES: tuple[str, ...] = (Measure.WENT_WELL, Measure.COULD_BE_BETTER)
NET_MEASURES = frozenset({Measure.NPS, Measure.ENPS})

# What counts as a positive answer, by the question's kind.
POSITIVE = (
    Q(question__kind=QuestionKind.AGREEMENT, number__gte=4)
    | Q(question__kind=QuestionKind.THUMBS, number=1)
    | Q(question__kind=QuestionKind.EFFORT, number__gte=5)
    | Q(question__kind=QuestionKind.NPS, number__gte=9)
)
# Only NPS subtracts: its detractors.
NEGATIVE = Q(question__kind=QuestionKind.NPS, number__lte=6)


def min_responses() -> int:
    """The smallest group whose scores are shown (settings.FEEDBACK_PUBLIC_MIN_RESPONSES)."""
    return int(getattr(settings, "FEEDBACK_PUBLIC_MIN_RESPONSES", DEFAULT_MIN_RESPONSES))


# Quarters ----------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter; its instants are taken in an agency's time zone."""

    year: int
    number: int  # 1 to 4

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Quarter | None:
        """ "2026-Q1" (the picker's value) as a quarter, or None when it is not one."""
        year, sep, number = text.strip().upper().partition("-Q")
        if not sep or not year.isdigit() or number not in ("1", "2", "3", "4"):
            return None
        if not 2000 <= int(year) <= 2100:
            return None
        return cls(int(year), int(number))

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.next().first_day.toordinal() - 1)

    def start(self, zone: ZoneInfo) -> datetime:
        """The quarter's first instant in *zone* (midnight on its first local day)."""
        return datetime.combine(self.first_day, time.min, tzinfo=zone)

    def end(self, zone: ZoneInfo) -> datetime:
        """The next quarter's first instant: the end, exclusive."""
        return self.next().start(zone)

    @property
    def slug(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def label(self) -> str:
        return _("Q%(number)s %(year)s") % {"number": self.number, "year": self.year}

    def __str__(self) -> str:
        return self.slug


def recent_quarters(today: date, count: int) -> list[Quarter]:
    """The quarter of *today* and the *count* - 1 before it, newest first."""
    quarters = [Quarter.of(today)]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return quarters


# Filters and results -----------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseFilters:
    """Which citizen responses count: submitted in [since, until), and of one service etc."""

    since: datetime | None = None
    until: datetime | None = None
    service_id: int | None = None
    channel: str = ""
    survey_id: int | None = None
    team_id: int | None = None


@dataclass(frozen=True)
class Score:
    """One measure's figures in one group."""

    measure: str
    responses: int = 0  # distinct responses that answered it
    answers: int = 0
    positive: int = 0
    negative: int = 0  # NPS detractors; 0 for the other measures
    mean: float | None = None
    threshold: int = DEFAULT_MIN_RESPONSES

    @property
    def suppressed(self) -> bool:
        """Too few responses to show: no score, and the count reads "fewer than N"."""
        return self.responses < self.threshold

    @property
    def value(self) -> float | None:
        """The score, rounded to one decimal: a percentage, or -100..100 for NPS."""
        if self.suppressed or not self.answers:
            return None
        return round(100 * (self.positive - self.negative) / self.answers, 1)

    @property
    def is_net(self) -> bool:
        return self.measure in NET_MEASURES

    @property
    def label(self) -> str:
        return str(Measure(self.measure).label)


@dataclass(frozen=True)
class Group:
    """What a row of results is about; fields not grouped by stay empty."""

    quarter: Quarter | None = None
    service_id: int | None = None
    service_name: str = ""
    channel: str = ""
    team_id: int | None = None
    team_name: str = ""
    survey_id: int | None = None
    survey_name: str = ""

    @property
    def channel_label(self) -> str:
        if not self.channel:
            return _("Not recorded")
        return str(Channel(self.channel).label) if self.channel in Channel.values else self.channel

    @property
    def service_label(self) -> str:
        return self.service_name or _("Not recorded")

    @property
    def team_label(self) -> str:
        return self.team_name or _("No team")


@dataclass
class ScoreRow:
    """The scores of one group, by measure, and (when asked for) its number of responses."""

    group: Group
    scores: dict[str, Score] = field(default_factory=dict)
    responses: int | None = None
    threshold: int = DEFAULT_MIN_RESPONSES

    def score(self, measure: str) -> Score:
        return self.scores.get(measure) or Score(measure=measure, threshold=self.threshold)

    def scores_for(self, measures: Iterable[str]) -> list[Score]:
        return [self.score(measure) for measure in measures]

    @property
    def suppressed(self) -> bool:
        return (self.responses or 0) < self.threshold


# Each grouping: the values it reads from an answer row, relative to the response.
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "quarter": ("quarter",),
    "service": ("service_id", "service__name"),
    "channel": ("channel",),
    "team": ("team_id", "team__name"),
    "survey": ("survey_id", "survey__name"),
}


def response_q(agency: Agency, filters: ResponseFilters, prefix: str = "") -> Q:
    """The filter on responses (reached through *prefix*) for *agency* and *filters*."""
    conditions: dict[str, Any] = {
        f"{prefix}agency": agency,
        f"{prefix}survey__audience": Audience.CUSTOMER,
    }
    if filters.since is not None:
        conditions[f"{prefix}submitted_at__gte"] = filters.since
    if filters.until is not None:
        conditions[f"{prefix}submitted_at__lt"] = filters.until
    if filters.service_id is not None:
        conditions[f"{prefix}service_id"] = filters.service_id
    if filters.channel:
        conditions[f"{prefix}channel"] = filters.channel
    if filters.survey_id is not None:
        conditions[f"{prefix}survey_id"] = filters.survey_id
    if filters.team_id is not None:
        conditions[f"{prefix}team_id"] = filters.team_id
    return Q(**conditions)


def _grouping(
    group_by: Sequence[str], prefix: str, zone: ZoneInfo
) -> tuple[list[str], dict[str, Any]]:
    """The values() names and annotations that group rows by *group_by*."""
    unknown = set(group_by) - DIMENSIONS.keys()
    if unknown:
        raise ValueError(f"cannot group results by {sorted(unknown)}")
    names: list[str] = []
    annotations: dict[str, Any] = {}
    for dimension in group_by:
        if dimension == "quarter":
            annotations["quarter"] = TruncQuarter(
                f"{prefix}submitted_at", tzinfo=zone, output_field=DateField()
            )
            names.append("quarter")
        else:
            names.extend(f"{prefix}{name}" for name in DIMENSIONS[dimension])
    return names, annotations


def _group(row: dict[str, Any], group_by: Sequence[str], prefix: str) -> Group:
    values: dict[str, Any] = {}
    if "quarter" in group_by:
        values["quarter"] = Quarter.of(row["quarter"])
    if "service" in group_by:
        values["service_id"] = row[f"{prefix}service_id"]
        values["service_name"] = row[f"{prefix}service__name"] or ""
    if "channel" in group_by:
        values["channel"] = row[f"{prefix}channel"] or ""
    if "team" in group_by:
        values["team_id"] = row[f"{prefix}team_id"]
        values["team_name"] = row[f"{prefix}team__name"] or ""
    if "survey" in group_by:
        values["survey_id"] = row[f"{prefix}survey_id"]
        values["survey_name"] = row[f"{prefix}survey__name"] or ""
    return Group(**values)


def _sort_key(group: Group) -> tuple[Any, ...]:
    quarter = group.quarter or Quarter(0, 0)
    return (
        -quarter.year,
        -quarter.number,
        group.service_name.lower(),
        group.service_id or 0,
        group.channel,
        group.team_name.lower(),
        group.survey_name.lower(),
    )


def scores_by(
    *,
    agency: Agency,
    measures: Sequence[str],
    group_by: Sequence[str] = ("service", "channel", "quarter"),
    filters: ResponseFilters | None = None,
    count_responses: bool = False,
    threshold: int | None = None,
) -> list[ScoreRow]:
    """Scores of *measures* for each group of *agency*'s citizen responses.

    *group_by* takes "quarter", "service", "channel", "team" and "survey" in any
    combination (none: one row for everything). Each row holds a ``Score`` per measure
    with its responses, answers, positive and negative answers and mean; a score from
    fewer than *threshold* responses (default ``min_responses()``) is suppressed. With
    *count_responses* each row also holds its number of responses whatever they answered.
    Newest quarter first, then by service, channel, team and survey. One query, two with
    *count_responses*.
    """
    filters = filters or ResponseFilters()
    threshold = min_responses() if threshold is None else threshold
    names, annotations = _grouping(group_by, "response__", agency.zone)
    rows = (
        SurveyAnswer.objects.filter(
            response_q(agency, filters, "response__"),
            question__measure__in=list(measures),
            number__isnull=False,
        )
        .annotate(**annotations)
        .values(*names, "question__measure")
        .annotate(
            responses=Count("response", distinct=True),
            answers=Count("id"),
            positive=Count("id", filter=POSITIVE),
            negative=Count("id", filter=NEGATIVE),
            mean=Avg("number"),
        )
        .order_by()
    )
    table: dict[Group, ScoreRow] = {}
    for row in rows:
        group = _group(row, group_by, "response__")
        result = table.setdefault(group, ScoreRow(group=group, threshold=threshold))
        measure = row["question__measure"]
        result.scores[measure] = Score(
            measure=measure,
            responses=row["responses"],
            answers=row["answers"],
            positive=row["positive"],
            negative=row["negative"],
            mean=float(row["mean"]) if row["mean"] is not None else None,
            threshold=threshold,
        )
    if count_responses:
        for group, count in _response_counts(agency, group_by, filters).items():
            result = table.setdefault(group, ScoreRow(group=group, threshold=threshold))
            result.responses = count
        for result in table.values():
            result.responses = result.responses or 0
    return [table[group] for group in sorted(table, key=_sort_key)]


def _response_counts(
    agency: Agency, group_by: Sequence[str], filters: ResponseFilters
) -> dict[Group, int]:
    names, annotations = _grouping(group_by, "", agency.zone)
    responses = SurveyResponse.objects.filter(response_q(agency, filters))
    if not names:  # values() without names would group by every column
        total = responses.aggregate(count=Count("id"))["count"]
        return {Group(): total} if total else {}
    rows = responses.annotate(**annotations).values(*names).annotate(count=Count("id")).order_by()
    return {_group(row, group_by, ""): row["count"] for row in rows}


def headline(
    *, agency: Agency, filters: ResponseFilters, measures: Sequence[str] = HEADLINE + DRIVERS
) -> ScoreRow:
    """The figures of every response matching *filters* together. Two queries."""
    rows = scores_by(
        agency=agency, measures=measures, group_by=(), filters=filters, count_responses=True
    )
    threshold = min_responses()
    return rows[0] if rows else ScoreRow(group=Group(), responses=0, threshold=threshold)


# Driver distributions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Distribution:
    """How many answered 1 to 5 to one agreement measure."""

    measure: str
    counts: tuple[int, ...]  # for 1, 2, 3, 4, 5
    threshold: int = DEFAULT_MIN_RESPONSES

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def suppressed(self) -> bool:
        return self.answers < self.threshold

    @property
    def label(self) -> str:
        return str(Measure(self.measure).label)


def driver_distributions(
    *, agency: Agency, filters: ResponseFilters, measures: Sequence[str] = DRIVERS
) -> list[Distribution]:
    """For each A-11 measure, the number of answers 1 to 5 (agreement questions). One query."""
    rows = (
        SurveyAnswer.objects.filter(
            response_q(agency, filters, "response__"),
            question__measure__in=list(measures),
            question__kind=QuestionKind.AGREEMENT,
            number__gte=1,
            number__lte=5,
        )
        .values("question__measure", "number")
        .annotate(count=Count("id"))
        .order_by()
    )
    counts: dict[str, list[int]] = {measure: [0] * 5 for measure in measures}
    for row in rows:
        number = cast(int, row["number"])  # 1 to 5: the filter excludes NULL
        counts[row["question__measure"]][number - 1] += row["count"]
    threshold = min_responses()
    return [
        Distribution(measure=measure, counts=tuple(counts[measure]), threshold=threshold)
        for measure in measures
    ]


# What went well / what could be better -----------------------------------------------------


@dataclass(frozen=True)
class ChoiceCount:
    label: str
    count: int


@dataclass(frozen=True)
class ChoiceTally:
    """How often each option of the went-well (or could-be-better) questions was picked."""

    measure: str
    respondents: int  # responses that answered the question at all
    choices: list[ChoiceCount]
    threshold: int = DEFAULT_MIN_RESPONSES

    @property
    def suppressed(self) -> bool:
        return self.respondents < self.threshold

    @property
    def label(self) -> str:
        return str(Measure(self.measure).label)


def choice_tallies(
    *, agency: Agency, filters: ResponseFilters, measures: Sequence[str] = CHOICE_MEASURES
) -> list[ChoiceTally]:
    """Counts of each option of the multiple-choice *measures*, by option label. Two queries.

    An answer's picked values are a JSON list; an option counts when its value, quoted,
    appears in the list's text, which reads the same on SQLite and PostgreSQL.
    """
    answers = SurveyAnswer.objects.filter(
        response_q(agency, filters, "response__"), question__measure__in=list(measures)
    )
    respondents = dict(
        answers.exclude(choices=[])
        .values("question__measure")
        .annotate(count=Count("response", distinct=True))
        .order_by()
        .values_list("question__measure", "count")
    )
    picked = (
        answers.filter(question=OuterRef("question"))
        .annotate(picked_text=Cast("choices", TextField()))
        .filter(picked_text__contains=Concat(Value('"'), OuterRef("value"), Value('"')))
        .order_by()
        .values("question")
        .annotate(count=Count("id"))
        .values("count")
    )
    options = (
        Choice.objects.filter(
            question__survey__agency=agency,
            question__survey__audience=Audience.CUSTOMER,
            question__measure__in=list(measures),
        )
        .annotate(picked=Coalesce(Subquery(picked, output_field=IntegerField()), 0))
        .values_list("question__measure", "label", "picked")
        .order_by("question__measure", "position", "id")
    )
    totals: dict[str, dict[str, int]] = defaultdict(dict)
    for measure, label, count in options:
        totals[measure][label] = totals[measure].get(label, 0) + count
    threshold = min_responses()
    return [
        ChoiceTally(
            measure=measure,
            respondents=respondents.get(measure, 0),
            choices=sorted(
                (ChoiceCount(label=label, count=count) for label, count in totals[measure].items()),
                key=lambda choice: (-choice.count, choice.label),
            ),
            threshold=threshold,
        )
        for measure in measures
    ]


# Comments ----------------------------------------------------------------------------------


def comments(*, agency: Agency, filters: ResponseFilters) -> QuerySet[SurveyAnswer]:
    """Free-text answers of citizen responses, with what keyset pagination and masking need.

    Order them by ``-response__submitted_at, -id`` (newest first). Their text is personal
    data: show it only through ``masked_comments`` and record the read.
    """
    return (
        SurveyAnswer.objects.filter(
            response_q(agency, filters, "response__"), question__kind=QuestionKind.TEXT
        )
        .exclude(text="")
        .select_related(
            "question", "response__service", "response__team", "response__case__customer"
        )
    )


@dataclass(frozen=True)
class MaskedComment:
    answer_id: int
    submitted_at: datetime
    question: str
    service: str
    channel: str
    text: str


def masked_comments(answers: Iterable[SurveyAnswer]) -> list[MaskedComment]:
    """The comments as managers see them: personal data, and the customer's name, hidden."""
    shown = []
    for answer in answers:
        response = answer.response
        case = response.case
        names = [case.customer.name] if case is not None and case.customer is not None else []
        group = Group(channel=response.channel)
        shown.append(
            MaskedComment(
                answer_id=answer.pk,
                submitted_at=response.submitted_at,
                question=answer.question.text,
                service=response.service.name if response.service else "",
                channel=group.channel_label,
                text=mask_personal(answer.text, names=names),
            )
        )
    return shown
