"""The quarterly customer-experience report at /reports/cx/: exact figures per service and
channel for hand-built cases, rollups, invitations and responses; quarter boundaries in
the agency's time zone; suppression at the threshold; who may see it; bad filters as form
errors with the default figures; the CSV in its long layout; a fixed number of queries."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backoffice.models import Agency, Role
from backoffice.reports.cx import cx_rows
from backoffice.reports.rollups import local_day, rollup_day
from cases.models import Case, Channel, Service
from feedback.models import (
    Audience,
    InvitationStatus,
    Measure,
    Question,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
)
from feedback.selectors import Quarter

from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from ..feedback.factories import QuestionFactory, SurveyFactory, SurveyInvitationFactory
from .factories import AgencyFactory

pytestmark = pytest.mark.django_db

CHICAGO = ZoneInfo("America/Chicago")
THRESHOLD = 3
Q1 = Quarter(2026, 1)
TRUST = "This interaction increased my trust in the agency."
SATISFIED = "I am satisfied with the service I received."
EASY = "How easy was it to get what you needed?"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHICAGO)


NOW = local(date(2026, 4, 15), 12)  # in Q2 2026: the last complete quarter is Q1
LAST_MOMENT_OF_Q1 = local(date(2026, 3, 31), 23, 30)  # 04:30 UTC on 1 April
FIRST_MOMENT_OF_Q2 = local(date(2026, 4, 1), 0, 30)


@pytest.fixture(autouse=True)
def _frozen_clock_and_threshold(settings: Any) -> Iterator[None]:
    settings.FEEDBACK_PUBLIC_MIN_RESPONSES = THRESHOLD
    with time_machine.travel(NOW, tick=False):
        yield


@dataclass
class Questionnaire:
    survey: Survey
    trust: Question
    satisfied: Question
    easy: Question

    @classmethod
    def build(cls, agency: Agency, name: str = "Post-transaction survey") -> Questionnaire:
        survey: Any = SurveyFactory(agency=agency, name=name)

        def ask(position: int, kind: str, measure: str, text: str) -> Any:
            return QuestionFactory(
                survey=survey, position=position, kind=kind, measure=measure, text=text
            )

        questionnaire = cls(
            survey=survey,
            trust=ask(1, QuestionKind.AGREEMENT, Measure.TRUST, TRUST),
            satisfied=ask(2, QuestionKind.AGREEMENT, Measure.SATISFACTION, SATISFIED),
            easy=ask(3, QuestionKind.EFFORT, Measure.CES, EASY),
        )
        # Choice and free-text questions have no score: they never show.
        ask(4, QuestionKind.TEXT, Measure.COMMENT, "Anything else?")
        return questionnaire

    def respond(
        self,
        service: Service | None,
        channel: str,
        at: datetime,
        invitation: SurveyInvitation | None = None,
        **numbers: int,
    ) -> SurveyResponse:
        """A response submitted *at* (to *invitation* if given), answering trust=,
        satisfied= and easy= as given."""
        response = SurveyResponse.objects.create(
            survey=self.survey,
            agency=self.survey.agency,
            invitation=invitation,
            service=service,
            channel=channel,
            submitted_at=at,
        )
        for name, number in numbers.items():
            SurveyAnswer.objects.create(
                response=response, question=getattr(self, name), number=number
            )
        return response


def opened(agency: Agency, service: Service, channel: str, at: datetime) -> Case:
    case: Any = CaseFactory(
        agency=agency, service=service, channel=channel, created_at=at, updated_at=at
    )
    return case


def invite(survey: Survey, case: Case, sent_at: datetime | None) -> SurveyInvitation:
    status = InvitationStatus.SENT if sent_at else InvitationStatus.PENDING
    invitation: Any = SurveyInvitationFactory(
        survey=survey, case=case, status=status, sent_at=sent_at, due_at=sent_at or NOW
    )
    return invitation


def roll_up(agency: Agency) -> None:
    """The daily rollups of every day a case was opened or a survey sent."""
    moments = [case.created_at for case in Case.objects.all()]
    moments += [sent for sent in SurveyInvitation.objects.values_list("sent_at", flat=True) if sent]
    for day in sorted({local_day(agency, moment) for moment in moments}):
        rollup_day(agency=agency, day=day, now=NOW)


@dataclass
class Scenario:
    agency: Agency
    permits: Service
    licences: Service
    questionnaire: Questionnaire


def build(agency: Agency) -> Scenario:
    """Cases, invitations and responses around Q1 2026 (Chicago).

    Building permits by phone: cases opened 30 Dec (Q4), 5 Jan, 10 Feb, 31 Mar 23:30 and
    1 Apr 00:30 (Q2): volume 3 in Q1. Invitations sent 2 Jan (about the December case),
    8 Jan and 31 Mar 23:30; one sent 1 Apr 00:30 and one never sent: 3 offered in Q1.
    Responses 9 Jan (to the 8 Jan invitation), 11 Feb (by phone, never invited) and
    31 Mar 23:30 (to that moment's invitation); one on 31 Dec and one on 1 Apr fall
    outside: trust 5, 4, 2 (2 of 3 agree: 66.7 %), satisfied 4, 5 (2 answers: below the
    threshold of 3), easy 7, 5, 6 (mean 6.0). Response rate: 2 responses to invitations
    per 3 offered, 66.7 %.
    Building permits on the web: one case on 20 Jan, no invitation, no response.
    Dog licences on the web: cases 2 and 3 Feb, both invited, both answered trust 5:
    100 % response rate, trust suppressed (2 answers).
    """
    permits = ServiceFactory(agency=agency, name="Building permits")
    licences = ServiceFactory(agency=agency, name="Dog licences")
    ask = Questionnaire.build(agency)
    phone = [
        opened(agency, permits, Channel.PHONE, at)
        for at in (
            local(date(2025, 12, 30), 10),
            local(date(2026, 1, 5), 10),
            local(date(2026, 2, 10), 10),
            LAST_MOMENT_OF_Q1,
            FIRST_MOMENT_OF_Q2,
        )
    ]
    opened(agency, permits, Channel.WEB, local(date(2026, 1, 20), 10))
    dogs = [opened(agency, licences, Channel.WEB, local(date(2026, 2, day), 10)) for day in (2, 3)]
    invite(ask.survey, phone[0], local(date(2026, 1, 2), 9))
    january = invite(ask.survey, phone[1], local(date(2026, 1, 8), 9))
    march = invite(ask.survey, phone[2], LAST_MOMENT_OF_Q1)
    invite(ask.survey, phone[3], FIRST_MOMENT_OF_Q2)
    invite(ask.survey, phone[4], None)
    dog_invitations = [
        invite(ask.survey, dogs[0], local(date(2026, 2, 5), 9)),
        invite(ask.survey, dogs[1], local(date(2026, 2, 6), 9)),
    ]

    ask.respond(permits, Channel.PHONE, local(date(2025, 12, 31), 23, 30), trust=1)
    ask.respond(
        permits, Channel.PHONE, local(date(2026, 1, 9), 12), january, trust=5, satisfied=4, easy=7
    )
    ask.respond(permits, Channel.PHONE, local(date(2026, 2, 11), 12), trust=4, satisfied=5, easy=5)
    ask.respond(permits, Channel.PHONE, LAST_MOMENT_OF_Q1, march, trust=2, easy=6)
    ask.respond(permits, Channel.PHONE, local(date(2026, 4, 1), 0), trust=1, satisfied=1, easy=1)
    for day, invitation in zip((7, 8), dog_invitations, strict=True):
        ask.respond(licences, Channel.WEB, local(date(2026, 2, day), 12), invitation, trust=5)
    roll_up(agency)
    return Scenario(agency=agency, permits=permits, licences=licences, questionnaire=ask)


@pytest.fixture
def scenario() -> Scenario:
    return build(AgencyFactory(time_zone="America/Chicago"))


@pytest.fixture
def manager(scenario: Scenario) -> Any:
    return member(scenario.agency, Role.MANAGER)


def get(client: Client, **params: Any) -> Any:
    return client.get(reverse("reports_cx"), params)


def summary(response: Any) -> list[tuple[str, str, int, int, int, int, float | None]]:
    return [
        (
            row.group.service_label,
            row.group.channel,
            row.volume,
            row.offered,
            row.responses,
            row.invited_responses,
            row.response_rate,
        )
        for row in response.context["rows"]
    ]


def scores(response: Any) -> dict[tuple[str, str], list[tuple[str, Any, bool, float | None]]]:
    """(question text, answers, suppressed, score) per (service, channel)."""
    return {
        (row.group.service_label, row.group.channel): [
            (score.text, score.answers, score.suppressed, score.value) for score in row.scores
        ]
        for row in response.context["rows"]
    }


def download(client: Client, **params: Any) -> tuple[Any, list[list[str]]]:
    response = client.get(reverse("reports_cx_csv"), params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return response, list(csv.reader(io.StringIO(text)))


# Figures -------------------------------------------------------------------------------------


def test_the_report_shows_each_service_and_channel_of_the_hand_built_quarter(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager), quarter="2026-Q1")

    assert response.status_code == 200
    assert not response.context["form"].errors
    assert summary(response) == [
        ("Building permits", Channel.PHONE, 3, 3, 3, 2, 66.7),
        ("Building permits", Channel.WEB, 1, 0, 0, 0, None),
        ("Dog licences", Channel.WEB, 2, 2, 2, 2, 100.0),
    ]
    assert scores(response) == {
        ("Building permits", Channel.PHONE): [
            (TRUST, 3, False, 66.7),  # 5 and 4 agree, 2 does not
            (SATISFIED, 2, True, None),
            (EASY, 3, False, 6.0),  # the mean of 7, 5 and 6
        ],
        ("Building permits", Channel.WEB): [],
        ("Dog licences", Channel.WEB): [(TRUST, 2, True, None)],
    }
    html = response.content.decode()
    assert "66.7 % agree" in html
    assert "mean 6.00" in html
    assert f"fewer than {THRESHOLD}" in html
    assert "Anything else?" not in html  # free text has no score
    assert '<caption id="caption-cx-summary">' in html
    assert html.count('scope="row"') == 3 + 3 + 1  # summary rows, then each question
    assert 'class="text-right" data-cell="volume">3<' in html
    assert "data-definitions" in html
    assert "data-empty" not in html


def test_a_score_from_one_answer_fewer_than_the_threshold_is_hidden(scenario: Scenario) -> None:
    """Satisfaction has THRESHOLD - 1 answers and trust THRESHOLD; one more answer shows it."""
    permits_phone = cx_rows(agency=scenario.agency, quarter=Q1)[0]
    satisfied, trust = permits_phone.scores[1], permits_phone.scores[0]
    assert (satisfied.answers, satisfied.suppressed, satisfied.value) == (THRESHOLD - 1, True, None)
    assert (trust.answers, trust.suppressed, trust.value) == (THRESHOLD, False, 66.7)

    scenario.questionnaire.respond(
        scenario.permits, Channel.PHONE, local(date(2026, 3, 1), 12), satisfied=2
    )
    permits_phone = cx_rows(agency=scenario.agency, quarter=Q1)[0]
    satisfied = permits_phone.scores[1]
    assert (satisfied.answers, satisfied.suppressed, satisfied.value) == (THRESHOLD, False, 66.7)


@pytest.mark.parametrize(
    ("quarter", "expected"),
    [
        # The case, invitation and response of 1 April 00:00-00:30 local count in Q2 ...
        (Quarter(2026, 2), (1, 1, 1)),
        # ... those of 31 December (case opened 30 Dec, response 23:30 local) in Q4 2025.
        (Quarter(2025, 4), (1, 0, 1)),
    ],
)
def test_quarters_end_at_local_midnight_in_the_agency_time_zone(
    scenario: Scenario, quarter: Quarter, expected: tuple[int, int, int]
) -> None:
    rows = cx_rows(agency=scenario.agency, quarter=quarter)
    assert [(row.volume, row.offered, row.responses) for row in rows] == [expected]
    assert [row.group.channel for row in rows] == [Channel.PHONE]


def test_the_last_half_hour_of_the_quarter_counts_in_it(scenario: Scenario) -> None:
    """31 March 23:30 in Chicago is 1 April in UTC, yet the case, the invitation and the
    response of that moment count in Q1: without them Q1 would read 2, 2 and 2."""
    assert LAST_MOMENT_OF_Q1.astimezone(ZoneInfo("UTC")).date() == date(2026, 4, 1)
    phone = cx_rows(agency=scenario.agency, quarter=Q1, channel=Channel.PHONE)
    assert [(row.volume, row.offered, row.responses) for row in phone] == [(3, 3, 3)]


def test_service_and_channel_narrow_the_rows(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    client = client_for(manager)
    by_channel = get(client, quarter="2026-Q1", channel=Channel.WEB)
    by_service = get(client, quarter="2026-Q1", service=scenario.permits.pk)
    both = get(client, quarter="2026-Q1", service=scenario.permits.pk, channel=Channel.PHONE)
    assert [row[:2] for row in summary(by_channel)] == [
        ("Building permits", Channel.WEB),
        ("Dog licences", Channel.WEB),
    ]
    assert [row[:2] for row in summary(by_service)] == [
        ("Building permits", Channel.PHONE),
        ("Building permits", Channel.WEB),
    ]
    assert summary(both) == [("Building permits", Channel.PHONE, 3, 3, 3, 2, 66.7)]


def test_the_default_quarter_is_the_last_complete_one(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager))
    assert response.context["quarter"] == Q1
    assert not response.context["in_progress"]
    picker = [value for value, _label in response.context["form"].fields["quarter"].choices]
    assert picker[:3] == ["2026-Q2", "2026-Q1", "2025-Q4"]
    assert len(picker) == 8


def test_the_current_quarter_reads_so_far(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager), quarter="2026-Q2")
    assert response.context["in_progress"]
    assert "the quarter is not over" in response.content.decode()


def test_a_quarter_without_anything_shows_the_empty_state(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response = get(client_for(manager), quarter="2025-Q2")
    assert response.status_code == 200
    assert response.context["rows"] == []
    assert "data-empty" in response.content.decode()


def test_staff_pulse_answers_never_count(scenario: Scenario) -> None:
    pulse: Any = SurveyFactory(agency=scenario.agency, audience=Audience.EMPLOYEE)
    question = QuestionFactory(survey=pulse, kind=QuestionKind.AGREEMENT, text=TRUST)
    response = SurveyResponse.objects.create(
        survey=pulse,
        agency=scenario.agency,
        service=scenario.permits,
        channel=Channel.WEB,
        submitted_at=local(date(2026, 2, 1), 12),
    )
    SurveyAnswer.objects.create(response=response, question=question, number=5)
    web = cx_rows(agency=scenario.agency, quarter=Q1, channel=Channel.WEB)
    assert [(row.group.service_label, row.responses, len(row.scores)) for row in web] == [
        ("Building permits", 0, 0),
        ("Dog licences", 2, 1),
    ]


# Bad input and access ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"quarter": "2026-Q5"}, "quarter"),
        ({"quarter": "soon"}, "quarter"),
        ({"quarter": "2019-Q1"}, "quarter"),  # older than the picker
        ({"quarter": "2026-Q3"}, "quarter"),  # not begun
        ({"service": "abc"}, "service"),
        ({"service": "999999"}, "service"),
        ({"channel": "fax"}, "channel"),
    ],
)
def test_bad_filters_show_form_errors_and_the_default_figures(
    client_for: Any, scenario: Scenario, manager: Any, params: dict[str, str], field: str
) -> None:
    response = get(client_for(manager), **{"channel": Channel.WEB, **params})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert "data-fell-back" in response.content.decode()
    assert response.context["quarter"] == Q1
    assert len(response.context["rows"]) == 3  # every service and channel of Q1


def test_another_agency_s_service_is_an_error_not_its_data(
    client_for: Any, scenario: Scenario
) -> None:
    elsewhere = build(AgencyFactory(time_zone="America/Chicago"))
    their_manager = member(elsewhere.agency, Role.MANAGER)
    ours = get(client_for(their_manager), quarter="2026-Q1", service=scenario.permits.pk)
    assert "service" in ours.context["form"].errors
    shown = {row.group.service_id for row in ours.context["rows"]}
    assert shown == {elsewhere.permits.pk, elsewhere.licences.pk}
    _response, lines = download(
        client_for(their_manager), quarter="2026-Q1", service=scenario.permits.pk
    )
    assert len(lines) == 1 + 5  # their own rows only: 3 + 1 + 1 lines


def test_a_caseworker_is_refused(client_for: Any, scenario: Scenario) -> None:
    caseworker = client_for(member(scenario.agency, Role.CASEWORKER))
    assert get(caseworker).status_code == 403
    assert caseworker.get(reverse("reports_cx_csv")).status_code == 403


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMINISTRATOR])
def test_supervisors_and_administrators_see_the_whole_agency(
    client_for: Any, scenario: Scenario, role: str
) -> None:
    response = get(client_for(member(scenario.agency, role)), quarter="2026-Q1")
    assert response.status_code == 200
    assert len(response.context["rows"]) == 3


def test_managers_find_the_report_in_the_navigation(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    html = client_for(manager).get(reverse("reports_dashboard")).content.decode()
    assert f'href="{reverse("reports_cx")}"' in html
    assert "Customer experience (quarterly)" in html


# CSV -----------------------------------------------------------------------------------------


def test_the_csv_has_one_line_per_service_channel_and_question(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    response, lines = download(client_for(manager), quarter="2026-Q1")
    filename = f"{scenario.agency.slug}-cx-2026-Q1.csv"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    fewer, note = "fewer than 3", "suppressed: fewer than 3 answers"
    phone = ["2026-Q1", "Building permits", "Phone", "3", "3", "3", "2", "66.7"]
    assert lines == [
        [
            "quarter",
            "service",
            "channel",
            "volume",
            "surveys_offered",
            "responses",
            "responses_to_invitations",
            "response_rate_percent",
            "question",
            "measure",
            "answers",
            "score",
            "score_type",
            "note",
        ],
        [*phone, TRUST, "trust", "3", "66.7", "percent_agreeing", ""],
        [*phone, SATISFIED, "satisfaction", fewer, "", "percent_agreeing", note],
        [*phone, EASY, "ces", "3", "6.0", "mean", ""],
        ["2026-Q1", "Building permits", "Web form", "1", "0", "0", "0", "", "", "", "", "", "", ""],
        [
            *["2026-Q1", "Dog licences", "Web form", "2", "2", "2", "2", "100.0"],
            *[TRUST, "trust", fewer, "", "percent_agreeing", note],
        ],
    ]


def test_the_csv_follows_the_filters_and_defuses_formulas(
    client_for: Any, scenario: Scenario, manager: Any
) -> None:
    ServiceFactory(agency=scenario.agency, name="=HYPERLINK(1)")
    formula = Service.objects.get(name="=HYPERLINK(1)")
    opened(scenario.agency, formula, Channel.MAIL, local(date(2026, 3, 2), 10))
    rollup_day(agency=scenario.agency, day=date(2026, 3, 2), now=NOW)
    _response, lines = download(client_for(manager), quarter="2026-Q1", channel=Channel.MAIL)
    assert lines[1:] == [
        ["2026-Q1", "'=HYPERLINK(1)", "Mail", "1", "0", "0", "0", "", "", "", "", "", "", ""]
    ]


# Queries -------------------------------------------------------------------------------------


def grow(agency: Agency, services: int) -> None:
    """*services* more services, each with cases, invitations and answered responses."""
    ask = Questionnaire.build(agency, name="Another survey")
    for number in range(services):
        service: Any = ServiceFactory(agency=agency, name=f"Service {number}")
        for channel in (Channel.PHONE, Channel.EMAIL):
            case = opened(agency, service, channel, local(date(2026, 3, 3), 10))
            invitation = invite(ask.survey, case, local(date(2026, 3, 4), 9))
            ask.respond(service, channel, local(date(2026, 3, 5), 9), invitation, trust=4, easy=3)
            for _each in range(THRESHOLD - 1):
                ask.respond(service, channel, local(date(2026, 3, 5), 9), trust=4, easy=3)
    for day in (3, 4):
        rollup_day(agency=agency, day=date(2026, 3, day), now=NOW)


def count_queries(client: Client, **params: Any) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert get(client, **params).status_code == 200
    return len(queries)


def test_the_page_runs_a_fixed_number_of_queries(
    client_for: Any, scenario: Scenario, manager: Any, django_assert_max_num_queries: Any
) -> None:
    client = client_for(manager)
    get(client)  # the session and anything cached on first use
    with django_assert_max_num_queries(17):
        get(client, quarter="2026-Q1")
    small = count_queries(client, quarter="2026-Q1")
    grow(scenario.agency, services=6)
    large = get(client, quarter="2026-Q1")
    assert len(large.context["rows"]) == 3 + 12
    assert count_queries(client, quarter="2026-Q1") == small
    with django_assert_max_num_queries(17):
        download(client, quarter="2026-Q1")


def test_the_computation_is_three_queries_whatever_the_data(
    scenario: Scenario, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(3):
        cx_rows(agency=scenario.agency, quarter=Q1)
    grow(scenario.agency, services=4)
    with django_assert_num_queries(3):
        rows = cx_rows(agency=scenario.agency, quarter=Q1, channel=Channel.PHONE)
    assert [(row.volume, row.offered, row.responses, row.response_rate) for row in rows] == [
        (3, 3, 3, 66.7),
        *[(1, 1, THRESHOLD, 100.0)] * 4,
    ]


# The response rate ---------------------------------------------------------------------------


def test_answers_given_without_an_invitation_never_raise_the_response_rate(
    scenario: Scenario,
) -> None:
    """Fifty answers at an office counter are responses, but nobody was offered a survey:
    the rate stays 2 responses to invitations per 3 offered."""
    for _each in range(50):
        scenario.questionnaire.respond(
            scenario.permits, Channel.PHONE, local(date(2026, 3, 2), 12), trust=5
        )
    phone = cx_rows(agency=scenario.agency, quarter=Q1, channel=Channel.PHONE)
    assert [(row.responses, row.invited_responses, row.response_rate) for row in phone] == [
        (53, 2, 66.7)
    ]


def test_an_invitation_answered_the_next_quarter_is_offered_in_one_and_answered_in_the_other(
    scenario: Scenario,
) -> None:
    case = opened(scenario.agency, scenario.permits, Channel.PHONE, local(date(2026, 3, 20), 10))
    invitation = invite(scenario.questionnaire.survey, case, local(date(2026, 3, 30), 9))
    scenario.questionnaire.respond(
        scenario.permits, Channel.PHONE, local(date(2026, 4, 2), 12), invitation, trust=4
    )
    roll_up(scenario.agency)

    def phone(quarter: Quarter) -> list[tuple[int, int, int, int, float | None]]:
        rows = cx_rows(agency=scenario.agency, quarter=quarter, channel=Channel.PHONE)
        return [
            (row.volume, row.offered, row.responses, row.invited_responses, row.response_rate)
            for row in rows
        ]

    # Q1: 4 offered, still 2 answered. Q2: the 1 April case, invitation and response, and
    # the answer of 2 April to the March invitation: 2 responses to 1 invitation offered.
    assert phone(Q1) == [(4, 4, 3, 2, 50.0)]
    assert phone(Quarter(2026, 2)) == [(1, 1, 2, 1, 100.0)]


def test_surveys_offered_come_from_the_rollups_of_the_days_they_were_sent(
    scenario: Scenario,
) -> None:
    """An invitation sent on a day not rolled up yet is not offered until its day is."""
    case = opened(scenario.agency, scenario.permits, Channel.PHONE, local(date(2026, 1, 5), 11))
    invite(scenario.questionnaire.survey, case, local(date(2026, 3, 10), 9))
    assert cx_rows(agency=scenario.agency, quarter=Q1)[0].offered == 3

    rollup_day(agency=scenario.agency, day=date(2026, 3, 10), now=NOW)
    assert cx_rows(agency=scenario.agency, quarter=Q1)[0].offered == 4
