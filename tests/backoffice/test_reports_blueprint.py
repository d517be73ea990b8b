"""The service blueprint: stage stretches, business times and SLA misses of hand-built
cases (made through the real services on a frozen clock) to exact, hand-worked numbers;
rebuilds that change nothing; other agencies never counted; citizen feedback per stage
with its suppression threshold; friction per stage; bounded queries; who may see the
pages; bad filters; the CSV; and the stage of each question of the survey library."""

from __future__ import annotations

import csv
import importlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backoffice.models import Agency, Role, User
from backoffice.reports.blueprint import BlueprintFilter, blueprint
from backoffice.reports.models import StageRollup
from backoffice.reports.stages import (
    ASSIGNED,
    STATUS,
    SURVEYED,
    UNASSIGNED,
    Change,
    Timeline,
    rollup_stages,
)
from backoffice.tasks import reports_rollup
from cases.models import Case, CaseStatus, Channel, Service
from cases.services import intake, lifecycle
from feedback.library import A11, CSAT, LIBRARY, STAGE_BY_MEASURE
from feedback.models import (
    Audience,
    FrictionStatus,
    Measure,
    Question,
    QuestionKind,
    Stage,
    Survey,
)

from ..cases.factories import ServiceFactory
from ..conftest import member
from ..feedback.factories import (
    FrictionReportFactory,
    QuestionFactory,
    SurveyAnswerFactory,
    SurveyFactory,
    SurveyResponseFactory,
)
from ..routing.factories import QueueFactory
from .factories import AgencyFactory, TeamFactory

pytestmark = pytest.mark.django_db

CHICAGO = ZoneInfo("America/Chicago")  # default calendar: 09:00-17:00 Monday to Friday
MON, TUE, WED = date(2026, 1, 12), date(2026, 1, 13), date(2026, 1, 14)
DAYS = (MON, TUE, WED)
HOUR = 3600


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHICAGO)


NOW = local(WED, 18)


@dataclass
class World:
    agency: Agency
    permits: Service
    licences: Service
    worker: User
    a: Case
    b: Case
    c: Case


def _at(moment: datetime) -> Any:
    return time_machine.travel(moment, tick=False)


def build(agency: Agency) -> World:
    """Three cases of "Building permits" through the real services, Monday to Wednesday.

    A (phone): opened Mon 10:00 into the queue (intake 0 s); taken Mon 11:00 (triage
    3,600 s); in progress 13:00; waiting on the customer 15:00 (work 11:00-15:00 =
    14,400 s); back in progress Tue 10:00 (waiting Mon 15-17 + Tue 9-10 = 10,800 s);
    resolved Tue 12:00 (work 7,200 s); closed Tue 14:00 (resolution 7,200 s); reopened
    Wed 10:00 (follow-up Tue 14-17 + Wed 9-10 = 14,400 s), then held again (work, open).
    B (web): opened Tue 09:00 (intake 0 s); taken 12:00 (triage 10,800 s); first response
    due 11:00 and never given: a response miss in triage; waiting on a third party
    15:00 (work 10,800 s); resolution due 16:00 while waiting: a resolution miss in
    waiting; back in progress Wed 11:00 (waiting Tue 15-17 + Wed 9-11 = 14,400 s).
    C (phone): opened and taken Mon 09:00 (intake 0 s, triage 0 s); resolved 10:00
    (work 3,600 s); closed 11:00 (resolution 3,600 s); its survey answered Tue 09:30
    (follow-up Mon 11-17 + Tue 9-9:30 = 23,400 s).
    """
    permits = ServiceFactory(agency=agency, name="Building permits")
    licences = ServiceFactory(agency=agency, name="Dog licences")
    team = TeamFactory(agency=agency, name="Permits desk")
    QueueFactory(agency=agency, team=team, name="Permits line")
    worker = member(agency, Role.CASEWORKER, full_name="Wendy Worker")

    def opened(moment: datetime, channel: str) -> Case:
        with _at(moment):
            return intake.case_open(
                agency=agency,
                service=permits,
                channel=channel,
                subject="Porch extension",
                team=team,
                actor=worker,
            )

    def take(case: Case, moment: datetime) -> Case:
        with _at(moment):
            return lifecycle.case_assign(case=case, assignee=worker, actor=worker)

    def status(case: Case, moment: datetime, to: str) -> Case:
        with _at(moment):
            return lifecycle.case_change_status(
                case=case, status=to, actor=worker, resolution="Done" if to == "resolved" else ""
            )

    a = opened(local(MON, 10), Channel.PHONE)
    a = take(a, local(MON, 11))
    a = status(a, local(MON, 13), CaseStatus.IN_PROGRESS)
    a = status(a, local(MON, 15), CaseStatus.WAITING_CUSTOMER)
    a = status(a, local(TUE, 10), CaseStatus.IN_PROGRESS)
    a = status(a, local(TUE, 12), CaseStatus.RESOLVED)
    a = status(a, local(TUE, 14), CaseStatus.CLOSED)
    with _at(local(WED, 10)):
        a = lifecycle.case_reopen(case=a, actor=worker, reason="Still leaking")

    b = opened(local(TUE, 9), Channel.WEB)
    Case.objects.filter(pk=b.pk).update(
        response_due_at=local(TUE, 11), resolution_due_at=local(TUE, 16), first_response_at=None
    )
    b = take(b, local(TUE, 12))
    b = status(b, local(TUE, 15), CaseStatus.WAITING_THIRD_PARTY)
    b = status(b, local(WED, 11), CaseStatus.IN_PROGRESS)

    c = opened(local(MON, 9), Channel.PHONE)
    c = take(c, local(MON, 9))
    c = status(c, local(MON, 10), CaseStatus.RESOLVED)
    c = status(c, local(MON, 11), CaseStatus.CLOSED)
    SurveyResponseFactory(
        survey=SurveyFactory(agency=agency),
        case=c,
        service=permits,
        channel=Channel.PHONE,
        submitted_at=local(TUE, 9, 30),
    )
    for day in DAYS:
        rollup_stages(agency=agency, day=day, now=NOW)
    return World(agency, permits, licences, worker, a, b, c)


@pytest.fixture
def world() -> World:
    return build(AgencyFactory(time_zone="America/Chicago"))


def rows(agency: Agency) -> set[tuple[Any, ...]]:
    """The agency's rows as tuples (durations as a tuple, so rows can be compared as sets)."""
    return {
        tuple(tuple(value) if isinstance(value, list) else value for value in found)
        for found in StageRollup.objects.filter(agency=agency).values_list(
            "day",
            "service_id",
            "channel",
            "stage",
            "stretches",
            "seconds",
            "durations",
            "sla_misses_response",
            "sla_misses_resolution",
        )
    }


def row(
    day: date, service: Service, channel: str, stage: str, durations: list[int], **misses: int
) -> tuple[Any, ...]:
    return (
        day,
        service.pk,
        channel,
        stage,
        len(durations),
        sum(durations),
        tuple(durations),
        misses.get("response", 0),
        misses.get("resolution", 0),
    )


def expected_rows(w: World) -> set[tuple[Any, ...]]:
    p, phone, web = w.permits, Channel.PHONE, Channel.WEB
    expected = [
        row(MON, p, phone, Stage.INTAKE, [0, 0]),
        row(MON, p, phone, Stage.TRIAGE, [0, 3600]),
        row(MON, p, phone, Stage.WORK, [3600, 14400]),
        row(MON, p, phone, Stage.RESOLUTION, [3600]),
        row(TUE, p, phone, Stage.WAITING, [10800]),
        row(TUE, p, phone, Stage.WORK, [7200]),
        row(TUE, p, phone, Stage.RESOLUTION, [7200]),
        row(TUE, p, phone, Stage.FOLLOW_UP, [23400]),
        row(TUE, p, web, Stage.INTAKE, [0]),
        row(TUE, p, web, Stage.TRIAGE, [10800], response=1),
        row(TUE, p, web, Stage.WORK, [10800]),
        row(TUE, p, web, Stage.WAITING, [], resolution=1),
        row(WED, p, phone, Stage.FOLLOW_UP, [14400]),
        row(WED, p, web, Stage.WAITING, [14400]),
    ]
    return set(expected)


# Building the rollup -------------------------------------------------------------------------


def test_each_stage_stretch_is_counted_on_its_day_in_business_seconds(world: World) -> None:
    assert rows(world.agency) == expected_rows(world)


def test_rebuilding_twice_leaves_the_same_rows(world: World) -> None:
    before = rows(world.agency)
    for day in DAYS:
        rollup_stages(agency=world.agency, day=day, now=NOW)
        rollup_stages(agency=world.agency, day=day, now=NOW)
    assert rows(world.agency) == before
    assert StageRollup.objects.filter(agency=world.agency).count() == len(before)


def test_another_agency_is_never_counted(world: World) -> None:
    other = build(AgencyFactory(time_zone="America/Chicago"))
    assert rows(world.agency) == expected_rows(world)
    assert rows(other.agency) == expected_rows(other)
    assert not StageRollup.objects.filter(agency=world.agency, service=other.permits).exists()


def test_a_due_time_not_yet_passed_is_not_a_miss(world: World) -> None:
    rollup_stages(agency=world.agency, day=TUE, now=local(TUE, 13))
    misses = StageRollup.objects.filter(agency=world.agency, day=TUE).values_list(
        "stage", "sla_misses_response", "sla_misses_resolution"
    )
    assert {m for m in misses if m[1] or m[2]} == {(Stage.TRIAGE, 1, 0)}


def test_a_day_without_activity_writes_no_rows(world: World) -> None:
    assert rollup_stages(agency=world.agency, day=date(2026, 1, 20), now=NOW) == 0


def test_rebuilding_a_day_takes_the_same_queries_for_more_cases(world: World) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            rollup_stages(agency=world.agency, day=TUE, now=NOW)
        return len(captured)

    few = queries()
    worker = world.worker
    for hour in (9, 10, 11, 13, 14):
        with _at(local(TUE, hour)):
            case = intake.case_open(
                agency=world.agency,
                service=world.licences,
                channel=Channel.EMAIL,
                subject="Dog licence",
                actor=worker,
            )
            lifecycle.case_assign(case=case, assignee=worker, actor=worker)
    assert queries() == few
    # Savepoint, agency lock, calendar, four queries finding the day's cases, four reading
    # their timelines (one batch), delete, insert, release.
    assert few == 14


# Reading the blueprint -----------------------------------------------------------------------


def _report(w: World, **fields: Any) -> BlueprintFilter:
    values: dict[str, Any] = {"first_day": MON, "last_day": WED, **fields}
    return BlueprintFilter(agency=w.agency, service=w.permits, **values)


def test_the_blueprint_sums_the_stages_over_the_range(world: World) -> None:
    board = blueprint(_report(world))
    figures = {s.stage: s for s in board.stages}
    assert [s.stage for s in board.stages] == list(Stage.values)
    expected = {
        Stage.INTAKE: (3, 0, 0.0, 0),
        Stage.TRIAGE: (3, 14400, 3600.0, 10800),
        Stage.WORK: (4, 36000, 9000.0, 14400),
        Stage.WAITING: (2, 25200, 12600.0, 14400),
        Stage.RESOLUTION: (2, 10800, 5400.0, 7200),
        Stage.FOLLOW_UP: (2, 37800, 18900.0, 23400),
    }
    for stage, (stretches, seconds, median, p90) in expected.items():
        got = figures[stage]
        assert (got.stretches, got.seconds, got.median_seconds, got.p90_seconds) == (
            stretches,
            seconds,
            median,
            p90,
        ), stage
    assert figures[Stage.WORK].share == pytest.approx(36000 / 124200)
    assert figures[Stage.TRIAGE].sla_misses_response == 1
    assert figures[Stage.WAITING].sla_misses_resolution == 1
    assert board.most_misses is not None
    assert board.most_misses.stage == Stage.TRIAGE
    assert board.has_rollups


def test_the_channel_filter_narrows_the_stages(world: World) -> None:
    board = blueprint(_report(world, channel=Channel.WEB))
    figures = {s.stage: (s.stretches, s.seconds) for s in board.stages}
    assert figures == {
        Stage.INTAKE: (1, 0),
        Stage.TRIAGE: (1, 10800),
        Stage.WORK: (1, 10800),
        Stage.WAITING: (1, 14400),
        Stage.RESOLUTION: (0, 0),
        Stage.FOLLOW_UP: (0, 0),
    }


def _answers(w: World, question: Any, numbers: list[int], **response: Any) -> None:
    for number in numbers:
        fields = {
            "survey": question.survey,
            "service": w.permits,
            "channel": Channel.PHONE,
            "submitted_at": local(TUE, 12),
            **response,
        }
        SurveyAnswerFactory(
            response=SurveyResponseFactory(**fields), question=question, number=number
        )


def citizen_feedback(w: World) -> dict[str, Any]:
    survey = SurveyFactory(agency=w.agency, audience=Audience.CUSTOMER)
    questions: dict[str, Any] = {
        stage: QuestionFactory(survey=survey, measure=measure, stage=stage)
        for stage, measure in (
            (Stage.INTAKE, Measure.EASE),
            (Stage.WORK, Measure.HELPFULNESS),
            (Stage.WAITING, Measure.TRANSPARENCY),
        )
    }
    _answers(w, questions[Stage.INTAKE], [5, 5, 4])
    _answers(w, questions[Stage.WORK], [5, 4, 2])
    _answers(w, questions[Stage.WAITING], [1, 2])  # two responses: below the threshold
    # Not counted: another service, before the range, a staff survey.
    _answers(w, questions[Stage.WORK], [1, 1, 1], service=w.licences)
    _answers(w, questions[Stage.WORK], [1, 1, 1], submitted_at=local(date(2026, 1, 5), 12))
    pulse = SurveyFactory(agency=w.agency, audience=Audience.EMPLOYEE)
    staff_question = QuestionFactory(survey=pulse, measure=Measure.HELPFULNESS, stage=Stage.WORK)
    _answers(w, staff_question, [1, 1, 1])
    return questions


def friction(w: World) -> None:
    def report(votes: int, **fields: Any) -> None:
        values = {"service": w.permits, "stage": Stage.WORK, "created_at": local(TUE, 9)}
        FrictionReportFactory(agency=w.agency, votes=votes, **{**values, **fields})

    report(5, title="Printer jams")
    report(9, title="Two logins")
    report(1, title="Slow search", created_at=local(date(2025, 12, 1), 9))
    report(7, title="No templates")
    report(20, title="Fixed already", status=FrictionStatus.FIXED)
    report(30, title="Other service", service=w.licences)
    report(40, title="About waiting", stage=Stage.WAITING)


def test_citizen_feedback_and_friction_sit_beside_each_stage(world: World, settings: Any) -> None:
    settings.FEEDBACK_PUBLIC_MIN_RESPONSES = 3
    citizen_feedback(world)
    friction(world)
    board = blueprint(_report(world))
    figures = {s.stage: s for s in board.stages}
    work = figures[Stage.WORK]
    assert (work.score.responses, work.score.answers, work.score.positive) == (3, 3, 2)
    assert work.score.value == 66.7
    assert figures[Stage.INTAKE].score.value == 100.0
    waiting = figures[Stage.WAITING].score
    assert waiting.suppressed
    assert waiting.value is None
    assert waiting.responses == 2
    assert figures[Stage.TRIAGE].score.responses == 0
    assert board.lowest_score is not None
    assert board.lowest_score.stage == Stage.WORK
    assert (work.friction.open, work.friction.raised) == (4, 4)
    assert [t.title for t in work.friction.top] == ["Two logins", "No templates", "Printer jams"]
    assert [t.title for t in figures[Stage.WAITING].friction.top] == ["About waiting"]
    assert figures[Stage.INTAKE].friction.open == 0


def test_the_blueprint_reads_in_the_same_queries_for_more_data(world: World, settings: Any) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            blueprint(_report(world))
        return len(captured)

    few = queries()
    settings.FEEDBACK_PUBLIC_MIN_RESPONSES = 3
    citizen_feedback(world)
    friction(world)
    other = AgencyFactory(time_zone="America/Chicago")
    for day in (date(2026, 1, 5), date(2026, 1, 6)):
        for stage in Stage.values:
            for channel in (Channel.PHONE, Channel.WEB, Channel.EMAIL):
                StageRollup.objects.create(
                    agency=world.agency,
                    day=day,
                    service=world.permits,
                    channel=channel,
                    stage=stage,
                    stretches=2,
                    seconds=30,
                    durations=[10, 20],
                )
    build(other)
    assert queries() == few == 4


# Pages ---------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    with time_machine.travel(local(WED, 18), tick=False):
        yield


def _client(agency: Agency, role: str) -> Client:
    client = Client()
    client.force_login(member(agency, role))
    return client


def _url(w: World) -> str:
    return reverse("reports_blueprint", args=[w.permits.pk])


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMINISTRATOR])
def test_managers_and_administrators_see_the_blueprint(world: World, role: str) -> None:
    client = _client(world.agency, role)
    response = client.get(_url(world), {"since": "2026-01-12", "until": "2026-01-14"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Service blueprint: Building permits" in html
    assert 'data-most-misses="triage"' in html
    assert '<tr data-line="stretches">' in html
    index = client.get(reverse("reports_blueprint_index"))
    assert index.status_code == 200
    assert reverse("reports_blueprint", args=[world.permits.pk]) in index.content.decode()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.CASEWORKER])
def test_supervisors_and_caseworkers_are_refused(world: World, role: str) -> None:
    client = _client(world.agency, role)
    assert client.get(_url(world)).status_code == 403
    assert client.get(reverse("reports_blueprint_index")).status_code == 403
    csv_url = reverse("reports_blueprint_csv", args=[world.permits.pk])
    assert client.get(csv_url).status_code == 403


def test_a_service_of_another_agency_is_not_found(world: World) -> None:
    other: Any = ServiceFactory(agency=AgencyFactory())
    client = _client(world.agency, Role.MANAGER)
    assert client.get(reverse("reports_blueprint", args=[other.pk])).status_code == 404
    assert client.get(reverse("reports_blueprint_csv", args=[other.pk])).status_code == 404
    index = client.get(reverse("reports_blueprint_index")).content.decode()
    assert other.name not in index


def test_the_page_uses_a_bounded_number_of_queries(world: World) -> None:
    client = _client(world.agency, Role.MANAGER)
    params = {"since": "2026-01-12", "until": "2026-01-14"}
    client.get(_url(world), params)  # warm the session and the user's memberships
    with CaptureQueriesContext(connection) as few:
        client.get(_url(world), params)
    build(AgencyFactory(time_zone="America/Chicago"))
    for day in DAYS:
        rollup_stages(agency=world.agency, day=day, now=NOW)
    with CaptureQueriesContext(connection) as more:
        client.get(_url(world), params)
    assert len(few) == len(more) <= 20


@pytest.mark.parametrize(
    "params",
    [
        {"since": "2026-01-14", "until": "2026-01-12"},
        {"since": "2024-01-01", "until": "2026-01-14"},
        {"since": "yesterday"},
        {"channel": "pigeon"},
    ],
)
def test_a_bad_filter_falls_back_to_the_last_90_days(world: World, params: dict[str, str]) -> None:
    response = _client(world.agency, Role.MANAGER).get(_url(world), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-fell-back" in html
    report = response.context["report"]
    assert (report.first_day, report.last_day, report.channel) == (
        WED - timedelta(days=89),
        WED,
        "",
    )
    # The default range holds every stretch: Monday's intakes are there.
    assert response.context["board"].stages[0].stretches == 3


def test_a_service_without_rollups_shows_the_empty_state(world: World) -> None:
    response = _client(world.agency, Role.MANAGER).get(
        reverse("reports_blueprint", args=[world.licences.pk])
    )
    assert response.status_code == 200
    assert "data-empty" in response.content.decode()


def test_the_csv_has_the_stages_as_columns(world: World, settings: Any) -> None:
    settings.FEEDBACK_PUBLIC_MIN_RESPONSES = 3
    citizen_feedback(world)
    friction(world)
    response = _client(world.agency, Role.MANAGER).get(
        reverse("reports_blueprint_csv", args=[world.permits.pk]),
        {"since": "2026-01-12", "until": "2026-01-14", "channel": ""},
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="{world.agency.slug}-blueprint-{world.permits.pk}-'
        '2026-01-12-2026-01-14.csv"'
    )
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert table[0] == ["measure", *Stage.values]
    by_key = {line[0]: line[1:] for line in table[1:]}
    assert by_key["stretches"] == ["3", "3", "4", "2", "2", "2"]
    assert by_key["median_seconds"] == ["0.0", "3600.0", "9000.0", "12600.0", "5400.0", "18900.0"]
    assert by_key["sla_misses_response"] == ["0", "1", "0", "0", "0", "0"]
    assert by_key["sla_misses_resolution"] == ["0", "0", "0", "1", "0", "0"]
    assert by_key["feedback_score"] == ["100.0", "", "66.7", "", "", ""]
    assert by_key["feedback_responses"] == ["3", "0", "3", "fewer than 3", "0", "0"]
    assert by_key["friction_open"] == ["0", "0", "4", "1", "0", "0"]
    assert by_key["friction_top_titles"][2] == "Two logins | No templates | Printer jams"


def test_the_reports_menu_links_the_blueprints_for_managers_only(world: World) -> None:
    link = reverse("reports_blueprint_index")
    assert link in _client(world.agency, Role.MANAGER).get(reverse("home")).content.decode()
    assert link not in _client(world.agency, Role.SUPERVISOR).get(reverse("home")).content.decode()


# Questions and their stages ------------------------------------------------------------------


def test_library_questions_carry_the_stage_of_their_measure() -> None:
    stages = {spec.measure: spec.stage for spec in A11.questions}
    assert stages[Measure.EASE] == Stage.INTAKE
    assert stages[Measure.EFFICIENCY] == Stage.TRIAGE
    assert stages[Measure.HELPFULNESS] == Stage.WORK
    assert stages[Measure.TRANSPARENCY] == Stage.WAITING
    assert stages[Measure.EFFECTIVENESS] == Stage.RESOLUTION
    assert stages[Measure.SATISFACTION] == stages[Measure.TRUST] == Stage.FOLLOW_UP
    assert stages[Measure.COMMENT] == ""
    assert {spec.stage for spec in CSAT.questions if spec.measure == Measure.CSAT} == {
        Stage.FOLLOW_UP
    }
    pulse = [spec for spec in LIBRARY.values() if spec.audience == Audience.EMPLOYEE]
    assert all(q.stage == "" for spec in pulse for q in spec.questions)


def test_the_migration_gives_existing_citizen_questions_the_stage_of_their_measure() -> None:
    migration = importlib.import_module("feedback.migrations.0003_question_stage")
    agency = AgencyFactory()
    citizens = SurveyFactory(agency=agency, audience=Audience.CUSTOMER)
    staff = SurveyFactory(agency=agency, audience=Audience.EMPLOYEE)
    made = {
        measure: QuestionFactory(survey=citizens, measure=measure)
        for measure in (Measure.EASE, Measure.CSAT, Measure.NPS)
    }
    kept = QuestionFactory(survey=citizens, measure=Measure.TRUST, stage=Stage.WORK)
    pulse = QuestionFactory(survey=staff, measure=Measure.SATISFACTION, kind=QuestionKind.AGREEMENT)
    migration.stages_from_measures(apps, None)
    stages = dict(Question.objects.values_list("pk", "stage"))
    assert stages[made[Measure.EASE].pk] == STAGE_BY_MEASURE[Measure.EASE] == Stage.INTAKE
    assert stages[made[Measure.CSAT].pk] == Stage.FOLLOW_UP
    assert stages[made[Measure.NPS].pk] == ""
    assert stages[kept.pk] == Stage.WORK
    assert stages[pulse.pk] == ""
    assert Survey.objects.count() == 2


# Timelines the scenario above does not walk through --------------------------------------------


def _timeline(*changes: Change, **case: Any) -> Timeline:
    fields = {
        "created_at": local(MON, 9),
        "first_response_at": None,
        "response_due_at": None,
        "resolved_at": None,
        "resolution_due_at": None,
        **case,
    }
    return Timeline(case=fields, changes=list(changes))


def _stretches(line: Timeline) -> list[tuple[str, int, int]]:
    return [(s.stage, s.start.hour, s.end.hour) for s in line.stretches()]


def test_a_case_put_back_in_line_waits_in_triage_until_someone_takes_it() -> None:
    line = _timeline(
        Change(local(MON, 9), ASSIGNED),
        Change(local(MON, 10), UNASSIGNED),
        Change(local(MON, 12), ASSIGNED),
        Change(local(MON, 13), STATUS, CaseStatus.RESOLVED),
    )
    assert _stretches(line) == [
        (Stage.INTAKE, 9, 9),
        (Stage.WORK, 9, 10),
        (Stage.WORK, 12, 13),
    ]
    assert line.stage_at(local(MON, 11)) == Stage.TRIAGE


def test_a_reopened_case_nobody_holds_goes_back_to_triage() -> None:
    line = _timeline(
        Change(local(MON, 9), STATUS, CaseStatus.RESOLVED),
        Change(local(MON, 11), STATUS, CaseStatus.OPEN),
    )
    assert _stretches(line) == [(Stage.INTAKE, 9, 9), (Stage.RESOLUTION, 9, 11)]
    assert line.stage_at(local(MON, 12)) == Stage.TRIAGE


def test_a_survey_answered_before_closure_does_not_end_the_follow_up() -> None:
    line = _timeline(
        Change(local(MON, 9), ASSIGNED),
        Change(local(MON, 10), SURVEYED),
        Change(local(MON, 11), STATUS, CaseStatus.RESOLVED),
        Change(local(MON, 12), STATUS, CaseStatus.CLOSED),
        Change(local(MON, 15), STATUS, CaseStatus.OPEN),
    )
    assert _stretches(line)[-1] == (Stage.FOLLOW_UP, 12, 15)


def test_a_cancelled_case_leaves_the_stages_and_misses_nothing_after() -> None:
    line = _timeline(
        Change(local(MON, 9), ASSIGNED),
        Change(local(MON, 10), STATUS, CaseStatus.CANCELLED),
        response_due_at=local(MON, 11),
        resolution_due_at=local(MON, 9, 30),
    )
    assert _stretches(line) == [(Stage.INTAKE, 9, 9), (Stage.WORK, 9, 10)]
    start, end = local(MON, 0), local(TUE, 0)
    assert list(line.misses(start, end, NOW)) == [("resolution", Stage.WORK)]


def test_the_backfill_and_the_beat_task_rebuild_the_blueprint_too(world: World) -> None:
    StageRollup.objects.all().delete()
    call_command(
        "reports_backfill",
        "--agency",
        world.agency.slug,
        "--since",
        "2026-01-12",
        "--until",
        "2026-01-14",
    )
    assert rows(world.agency) == expected_rows(world)
    StageRollup.objects.filter(day=TUE).delete()
    with time_machine.travel(local(WED, 18), tick=False):
        reports_rollup()  # today and yesterday
    assert rows(world.agency) == expected_rows(world)
