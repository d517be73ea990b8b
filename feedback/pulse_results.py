"""Reads of pulse surveys: the open rounds a person may answer, and a round's results.

Who answered what must never be worked out from the results. The rules:

1. Nothing is shown while a round is open: answers arriving one at a time could be
   told apart by comparing the page before and after someone answers.
2. A group with fewer than ``settings.FEEDBACK_PULSE_MIN_GROUP`` (default 5) respondents
   (or, for one question, answers) is not shown on its own. Its answers still count in
   the agency's figures when the agency has at least that many; below that nothing is
   shown at all. People without a team form a group ("No team") like any other.
3. No figure may be subtracted down to a small group: the agency's figures minus the
   teams shown are the hidden teams together, so that remainder must be nothing or at
   least the minimum. When it would be smaller, the smallest team shown is hidden too
   (complementary suppression), and the hidden teams are shown combined once they reach
   the minimum together. This is applied to the respondents and again to each question.
4. Free-text comments are shown for the whole agency only, never per team (within a
   small team a colleague's way of writing is recognisable), only when the agency has
   at least the minimum respondents, in random order and without dates.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from backoffice.models import Agency, Team, User

from .models import (
    CHOICE_KINDS,
    SCALES,
    PulseParticipation,
    PulseRound,
    Question,
    QuestionKind,
    SurveyAnswer,
    SurveyResponse,
)
from .pulse_forms import scale_options
from .services.pulse import round_state

NO_TEAM = 0  # the group key of people without a team (team ids start at 1)
MEAN_KINDS = (QuestionKind.AGREEMENT, QuestionKind.NPS, QuestionKind.EFFORT)


def min_group() -> int:
    """The fewest respondents a group needs to be shown on its own."""
    return int(getattr(settings, "FEEDBACK_PULSE_MIN_GROUP", 5))


# Rounds for staff ---------------------------------------------------------------------------


def rounds_to_answer(
    *, user: User, agency: Agency, now: datetime | None = None
) -> list[PulseRound]:
    """The agency's rounds open now that *user* has not answered yet, closing soonest first."""
    now = now or timezone.now()
    answered = PulseParticipation.objects.filter(round=OuterRef("pk"), user=user)
    return list(
        PulseRound.objects.filter(agency=agency, opens_at__lte=now, closes_at__gt=now)
        .exclude(Exists(answered))
        .select_related("survey")
        .order_by("closes_at", "pk")
    )


def rounds_answered(*, user: User, agency: Agency, now: datetime | None = None) -> list[PulseRound]:
    """The agency's rounds open now that *user* has answered."""
    now = now or timezone.now()
    return list(
        PulseRound.objects.filter(
            agency=agency,
            opens_at__lte=now,
            closes_at__gt=now,
            participations__user=user,
        )
        .select_related("survey")
        .order_by("closes_at", "pk")
    )


def rounds_for_agency(*, agency: Agency) -> QuerySet[PulseRound]:
    """Every round of the agency with how many people answered, newest first."""
    return (
        PulseRound.objects.filter(agency=agency)
        .select_related("survey", "created_by")
        .annotate(respondents=Count("participations"))
        .order_by("-opens_at", "-pk")
    )


# Suppression -----------------------------------------------------------------------------------


@dataclass
class Protection[K: Hashable]:
    """Which groups may be shown on their own, and whether the hidden ones may be combined."""

    counts: Mapping[K, int]
    minimum: int
    shown: list[K]
    hidden: dict[K, str]  # group -> why: "small" or "complementary"

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def total_shown(self) -> bool:
        return self.total >= self.minimum

    @property
    def rest(self) -> int:
        """What subtracting the groups shown from the total reveals: the hidden ones together."""
        return self.total - sum(self.counts[key] for key in self.shown)

    @property
    def rest_shown(self) -> bool:
        """The hidden groups together: shown beside a group shown, once large enough."""
        return bool(self.shown) and self.rest >= self.minimum


def protect[K: Hashable](
    counts: Mapping[K, int], *, minimum: int, hidden: Iterable[K] = ()
) -> Protection[K]:
    """Decide which groups of *counts* are shown so that none below *minimum* can be derived.

    Groups below *minimum* are hidden, and so are the groups in *hidden* (already hidden
    at a higher level). If the hidden ones then add up to more than nothing but less than
    *minimum*, the smallest group shown is hidden as well, so the total minus the groups
    shown never reveals fewer than *minimum*. Below *minimum* in total nothing is shown.
    """
    total = sum(counts.values())
    if total < minimum:
        return Protection(counts, minimum, [], dict.fromkeys(counts, "small"))
    why: dict[K, str] = {key: "complementary" for key in hidden if key in counts}
    why.update({key: "small" for key, count in counts.items() if count < minimum})
    shown = sorted((key for key in counts if key not in why), key=lambda k: (counts[k], str(k)))
    rest = total - sum(counts[key] for key in shown)
    while 0 < rest < minimum and shown:
        smallest = shown.pop(0)
        why[smallest] = "complementary"
        rest += counts[smallest]
    return Protection(counts, minimum, shown, why)


# Results of a round ----------------------------------------------------------------------------


@dataclass
class Bar:
    label: str
    count: int
    percent: int


@dataclass
class Cell:
    """One group's figures for one question, or why they are not shown."""

    label: str
    kind: str  # "agency", "team" or "rest"
    shown: bool
    answers: int = 0
    note: str = ""
    mean: float | None = None
    enps: int | None = None
    bars: list[Bar] = field(default_factory=list)


@dataclass
class QuestionResult:
    number: int
    question: Question
    columns: list[str]
    rows: list[Cell]
    comments: list[str] = field(default_factory=list)
    comments_note: str = ""

    @property
    def is_text(self) -> bool:
        return self.question.kind == QuestionKind.TEXT

    @property
    def has_mean(self) -> bool:
        return self.question.kind in MEAN_KINDS

    @property
    def has_enps(self) -> bool:
        return self.question.kind == QuestionKind.NPS


@dataclass
class GroupRow:
    label: str
    kind: str
    shown: bool
    respondents: int
    note: str = ""


@dataclass
class RoundResults:
    pulse_round: PulseRound
    state: str
    respondents: int
    minimum: int
    shown: bool
    note: str
    groups: list[GroupRow] = field(default_factory=list)
    questions: list[QuestionResult] = field(default_factory=list)


def round_results(*, pulse_round: PulseRound, now: datetime | None = None) -> RoundResults:
    """A round's results per question for the agency and per team, with the rules above."""
    minimum = min_group()
    state = round_state(pulse_round, now)
    respondents = _respondents_by_team(pulse_round)
    total = sum(respondents.values())
    results = RoundResults(pulse_round, state, total, minimum, shown=False, note="")
    if state != "closed":
        results.note = _(
            "Results are shown when the round closes, so that answers arriving one by one "
            "cannot be told apart."
        )
        return results
    if total < minimum:
        results.note = _(
            "Fewer than %(minimum)d people answered: no results are shown, so that nobody's "
            "answers can be recognised."
        ) % {"minimum": minimum}
        return results
    results.shown = True
    names = _team_names(respondents)
    people = protect(respondents, minimum=minimum)
    results.groups = _group_rows(people, respondents, names)
    tally = _RoundTally(pulse_round, _answer_data(pulse_round), respondents, people, names)
    questions = list(pulse_round.survey.questions.prefetch_related("choices"))
    results.questions = [
        tally.question_result(number, question)
        for number, question in enumerate(questions, start=1)
    ]
    return results


def _respondents_by_team(pulse_round: PulseRound) -> dict[int, int]:
    rows = (
        SurveyResponse.objects.filter(pulse_round=pulse_round)
        .values_list("team_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {team_id or NO_TEAM: n for team_id, n in rows}


def _team_names(respondents: Mapping[int, int]) -> dict[int, str]:
    names = dict(Team.objects.filter(pk__in=list(respondents)).values_list("pk", "name"))
    names[NO_TEAM] = _("No team")
    return names


def _sorted_by_name(keys: Iterable[int], names: Mapping[int, str]) -> list[int]:
    return sorted(keys, key=lambda key: (key == NO_TEAM, names.get(key, ""), key))


def _hidden_note(reason: str, minimum: int, unit: str) -> str:
    if reason == "small" and unit == "answers":
        return _("fewer than %(minimum)d answers: not shown") % {"minimum": minimum}
    if reason == "small":
        return _("fewer than %(minimum)d respondents: not shown") % {"minimum": minimum}
    return _("not shown, so that smaller teams cannot be worked out from the total")


def _group_rows(
    people: Protection[int], respondents: Mapping[int, int], names: Mapping[int, str]
) -> list[GroupRow]:
    rows = [GroupRow(_("Whole agency"), "agency", True, people.total)]
    rows += [
        GroupRow(names[key], "team", True, respondents[key])
        for key in _sorted_by_name(people.shown, names)
    ]
    if people.rest_shown:
        rows.append(GroupRow(_("Other teams, combined"), "rest", True, people.rest))
    rows += [
        GroupRow(
            names[key],
            "team",
            False,
            0,
            _hidden_note(people.hidden[key], people.minimum, "respondents"),
        )
        for key in _sorted_by_name(people.hidden, names)
    ]
    return rows


@dataclass
class AnswerData:
    """A round's answers counted per question, team and value, read in three queries."""

    numbers: dict[int, dict[int, Counter[int]]]
    choices: dict[int, dict[int, Counter[str]]]
    choice_answers: dict[int, Counter[int]]
    texts: dict[int, Counter[int]]


def _answer_data(pulse_round: PulseRound) -> AnswerData:
    answers = SurveyAnswer.objects.filter(response__pulse_round=pulse_round).order_by()
    numbers: dict[int, dict[int, Counter[int]]] = defaultdict(lambda: defaultdict(Counter))
    for question_id, team_id, number, n in (
        answers.filter(number__isnull=False)
        .values_list("question_id", "response__team_id", "number")
        .annotate(n=Count("id"))
    ):
        numbers[question_id][team_id or NO_TEAM][number] += n
    choices: dict[int, dict[int, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    choice_answers: dict[int, Counter[int]] = defaultdict(Counter)
    # One answer per person and question at most: this reads as many rows as staff answered.
    for question_id, team_id, values in answers.filter(question__kind__in=CHOICE_KINDS).values_list(
        "question_id", "response__team_id", "choices"
    ):
        if isinstance(values, str):
            values = [values]
        if values:
            choices[question_id][team_id or NO_TEAM].update(values)
            choice_answers[question_id][team_id or NO_TEAM] += 1
    texts: dict[int, Counter[int]] = defaultdict(Counter)
    for question_id, team_id, n in (
        answers.filter(question__kind=QuestionKind.TEXT)
        .exclude(text="")
        .values_list("question_id", "response__team_id")
        .annotate(n=Count("id"))
    ):
        texts[question_id][team_id or NO_TEAM] += n
    return AnswerData(numbers, choices, choice_answers, texts)


def _columns(question: Question) -> list[tuple[int | str, str]]:
    if question.kind in SCALES:
        return [(value, label) for value, label in scale_options(question.kind)]
    if question.kind in CHOICE_KINDS:
        return [(choice.value, choice.label) for choice in question.choices.all()]
    return []


def _bar(label: str, count: int, answers: int) -> Bar:
    return Bar(label, count, round(100 * count / answers) if answers else 0)


def enps(distribution: Mapping[int, int]) -> int | None:
    """Employee Net Promoter Score: % answering 9-10 minus % answering 0-6, -100 to 100."""
    answers = sum(distribution.values())
    if not answers:
        return None
    promoters = sum(n for value, n in distribution.items() if value >= 9)
    detractors = sum(n for value, n in distribution.items() if value <= 6)
    return round(100 * (promoters - detractors) / answers)


@dataclass
class _RoundTally:
    """What one round's questions are computed from."""

    pulse_round: PulseRound
    data: AnswerData
    respondents: Mapping[int, int]
    people: Protection[int]
    names: Mapping[int, str]

    def counts(self, question: Question) -> dict[int, int]:
        """Answers to *question* per group (every group that answered the round)."""
        if question.kind in SCALES:
            per_team = self.data.numbers.get(question.pk, {})
            return {key: sum(per_team.get(key, Counter()).values()) for key in self.respondents}
        source = (
            self.data.choice_answers if question.kind in CHOICE_KINDS else self.data.texts
        ).get(question.pk, Counter())
        return {key: source.get(key, 0) for key in self.respondents}

    def question_result(self, number: int, question: Question) -> QuestionResult:
        minimum = self.people.minimum
        counts = self.counts(question)
        cells = protect(counts, minimum=minimum, hidden=self.people.hidden)
        columns = _columns(question)
        result = QuestionResult(number, question, [label for _value, label in columns], rows=[])
        if cells.total_shown:
            result.rows.append(
                self.cell(question, columns, _("Whole agency"), "agency", counts, list(counts))
            )
        else:
            note = _hidden_note("small", minimum, "answers")
            result.rows.append(Cell(_("Whole agency"), "agency", False, note=note))
        for key in _sorted_by_name(cells.shown, self.names):
            result.rows.append(self.cell(question, columns, self.names[key], "team", counts, [key]))
        if cells.rest_shown:
            label = _("Other teams, combined")
            result.rows.append(
                self.cell(question, columns, label, "rest", counts, list(cells.hidden))
            )
        for key in _sorted_by_name(cells.hidden, self.names):
            note = _hidden_note(cells.hidden[key], minimum, "answers")
            result.rows.append(Cell(self.names[key], "team", False, note=note))
        if result.is_text:
            self.add_comments(result)
        return result

    def cell(
        self,
        question: Question,
        columns: list[tuple[int | str, str]],
        label: str,
        kind: str,
        counts: Mapping[int, int],
        keys: list[int],
    ) -> Cell:
        answers = sum(counts[key] for key in keys)
        cell = Cell(label, kind, True, answers=answers)
        if question.kind in SCALES:
            numbers: Counter[int] = Counter()
            for key in keys:
                numbers.update(self.data.numbers.get(question.pk, {}).get(key, Counter()))
            cell.bars = [_bar(text, numbers[int(value)], answers) for value, text in columns]
            if answers and question.kind in MEAN_KINDS:
                cell.mean = round(sum(v * n for v, n in numbers.items()) / answers, 1)
            if question.kind == QuestionKind.NPS:
                cell.enps = enps(numbers)
        elif question.kind in CHOICE_KINDS:
            picked: Counter[str] = Counter()
            for key in keys:
                picked.update(self.data.choices.get(question.pk, {}).get(key, Counter()))
            cell.bars = [_bar(text, picked[str(value)], answers) for value, text in columns]
        return cell

    def add_comments(self, result: QuestionResult) -> None:
        """The agency's comments in random order, without dates, when it has enough people."""
        if not self.people.total_shown:
            result.comments_note = _hidden_note("small", self.people.minimum, "respondents")
            return
        texts = list(
            SurveyAnswer.objects.filter(
                response__pulse_round=self.pulse_round, question=result.question
            )
            .exclude(text="")
            .values_list("text", flat=True)
        )
        random.SystemRandom().shuffle(texts)
        result.comments = texts
