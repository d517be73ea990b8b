"""Feedback results: exact scores from hand-built answers, quarters in the agency's time
zone, suppression of small groups on the pages and in CSV, CSV formula injection, agency
isolation, comments masked and audited, and query counts that do not grow with responses."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from backoffice.models import AuditEvent, Role
from cases.models import Channel
from feedback import selectors
from feedback.models import (
    Audience,
    Choice,
    Measure,
    Question,
    QuestionKind,
    SurveyAnswer,
    SurveyResponse,
)
from feedback.selectors import Quarter, ResponseFilters

from ..backoffice.factories import AgencyFactory, TeamFactory
from ..cases.factories import CaseFactory, CustomerFactory, ServiceFactory
from ..conftest import member
from .factories import ChoiceFactory, QuestionFactory, SurveyFactory

pytestmark = pytest.mark.django_db

# Wednesday 13 May 2026, noon in Chicago (the factories' agencies): in Q2 2026.
NOW = datetime(2026, 5, 13, 17, 0, tzinfo=UTC)
IN_Q2 = datetime(2026, 4, 20, 15, 0, tzinfo=UTC)
IN_Q1 = datetime(2026, 2, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


class Questionnaire:
    """An A-11-like citizen survey with one question per measure, for building answers."""

    def __init__(self, agency: Any, *, audience: str = Audience.CUSTOMER) -> None:
        self.agency = agency
        self.survey: Any = SurveyFactory(agency=agency, audience=audience, name="A-11 survey")
        kinds: dict[str, str] = {
            Measure.CSAT: QuestionKind.AGREEMENT,
            Measure.NPS: QuestionKind.NPS,
            Measure.CES: QuestionKind.EFFORT,
        }
        self.questions: dict[str, Any] = {
            measure: QuestionFactory(
                survey=self.survey,
                measure=measure,
                kind=kinds.get(measure, QuestionKind.AGREEMENT),
            )
            for measure in (*selectors.DRIVERS, Measure.CSAT, Measure.NPS, Measure.CES)
        }
        self.went_well = QuestionFactory(
            survey=self.survey, measure=Measure.WENT_WELL, kind=QuestionKind.MULTIPLE
        )
        self.fast = ChoiceFactory(question=self.went_well, value="fast", label="Process was fast")
        self.clear = ChoiceFactory(
            question=self.went_well, value="clear", label="Clear information"
        )
        self.helpful = ChoiceFactory(
            question=self.went_well, value="helpful", label="Helpful staff"
        )
        self.comment = QuestionFactory(
            survey=self.survey, measure=Measure.COMMENT, kind=QuestionKind.TEXT
        )

    def respond(
        self,
        numbers: dict[str, Sequence[int]],
        *,
        service: Any = None,
        channel: str = Channel.WEB,
        team: Any = None,
        at: datetime = IN_Q2,
        case: Any = None,
    ) -> list[SurveyResponse]:
        """One response per position in the lists: response i answers numbers[m][i] to m."""
        size = max(len(values) for values in numbers.values())
        responses = SurveyResponse.objects.bulk_create(
            SurveyResponse(
                survey=self.survey,
                agency=self.agency,
                service=service,
                channel=channel,
                team=team,
                case=case,
                submitted_at=at,
            )
            for _each in range(size)
        )
        SurveyAnswer.objects.bulk_create(
            SurveyAnswer(response=responses[index], question=self.questions[measure], number=value)
            for measure, values in numbers.items()
            for index, value in enumerate(values)
        )
        return responses

    def agree(self, count: int, agreeing: int, **where: Any) -> list[SurveyResponse]:
        """*count* responses on trust and satisfaction, *agreeing* of them 4 or 5."""
        values = [5 if i % 2 else 4 for i in range(agreeing)] + [
            (1, 2, 3)[i % 3] for i in range(count - agreeing)
        ]
        return self.respond({Measure.TRUST: values, Measure.SATISFACTION: values}, **where)

    def pick(self, response: SurveyResponse, *choices: Choice) -> None:
        SurveyAnswer.objects.create(
            response=response, question=self.went_well, choices=[c.value for c in choices]
        )

    def write(self, response: SurveyResponse, text: str) -> SurveyAnswer:
        return SurveyAnswer.objects.create(response=response, question=self.comment, text=text)


@pytest.fixture
def survey(agency: Any) -> Questionnaire:
    return Questionnaire(agency)


@pytest.fixture
def service(agency: Any) -> Any:
    return ServiceFactory(agency=agency, name="Building permits")


@pytest.fixture
def manager(agency: Any) -> Any:
    return member(agency, Role.MANAGER)


def only_row(rows: list[selectors.ScoreRow]) -> selectors.ScoreRow:
    assert len(rows) == 1
    return rows[0]


def read_csv(response: Any) -> list[dict[str, str]]:
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


# Scores ------------------------------------------------------------------------------------


def test_agreement_score_is_the_share_answering_4_or_5(
    agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.respond({Measure.TRUST: [5, 4, 5, 4, 5, 4, 5, 4, 5, 3, 2, 1]}, service=service)

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.TRUST], group_by=()))

    trust = row.score(Measure.TRUST)
    assert (trust.responses, trust.answers, trust.positive) == (12, 12, 9)
    assert trust.value == 75.0
    assert trust.mean == pytest.approx(47 / 12)


def test_csat_is_the_share_answering_4_or_5_of_5(agency: Any, survey: Questionnaire) -> None:
    survey.respond({Measure.CSAT: [5, 5, 4, 4, 3, 3, 2, 1, 1, 1]})

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.CSAT], group_by=()))

    assert row.score(Measure.CSAT).value == 40.0


def test_nps_is_the_percentage_of_promoters_minus_the_percentage_of_detractors(
    agency: Any, survey: Questionnaire
) -> None:
    # 20 answers: 9 promoters (9-10), 5 passives (7-8), 6 detractors (0-6): 45% - 30% = 15.
    survey.respond({Measure.NPS: [10, 9, 10, 9, 10, 9, 10, 9, 10, 8, 7, 8, 7, 8, 6, 5, 0, 3, 6, 1]})

    nps = only_row(selectors.scores_by(agency=agency, measures=[Measure.NPS], group_by=())).score(
        Measure.NPS
    )

    assert (nps.positive, nps.negative, nps.answers) == (9, 6, 20)
    assert nps.value == 15.0
    assert nps.is_net


def test_nps_can_be_negative(agency: Any, survey: Questionnaire) -> None:
    # 2 promoters, 1 passive, 7 detractors out of 10: 20% - 70% = -50.
    survey.respond({Measure.NPS: [9, 10, 7, 0, 1, 2, 3, 4, 5, 6]})

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.NPS], group_by=()))

    assert row.score(Measure.NPS).value == -50.0


def test_ces_is_the_share_answering_5_to_7_of_7(agency: Any, survey: Questionnaire) -> None:
    # 7, 6 and 5 are easy; 4 (neutral) and below are not: 6 of 10.
    survey.respond({Measure.CES: [7, 7, 6, 6, 5, 5, 4, 3, 2, 1]})

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.CES], group_by=()))

    assert row.score(Measure.CES).value == 60.0


def test_thumbs_score_is_the_share_of_thumbs_up(agency: Any) -> None:
    thumbs = Questionnaire(agency)
    thumbs.questions[Measure.SATISFACTION] = QuestionFactory(
        survey=thumbs.survey, measure=Measure.SATISFACTION, kind=QuestionKind.THUMBS
    )
    Question.objects.filter(survey=thumbs.survey, kind=QuestionKind.AGREEMENT).update(measure="")
    thumbs.respond({Measure.SATISFACTION: [1, 1, 1, 0, 1, 0, 0, 1, 1, 1]})

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.SATISFACTION], group_by=()))

    assert row.score(Measure.SATISFACTION).value == 70.0


def test_scores_are_grouped_by_service_and_channel(agency: Any, survey: Questionnaire) -> None:
    permits = ServiceFactory(agency=agency, name="Permits")
    licences = ServiceFactory(agency=agency, name="Licences")
    survey.agree(10, 10, service=permits, channel=Channel.WEB)
    survey.agree(12, 6, service=permits, channel=Channel.PHONE)
    survey.agree(20, 5, service=licences, channel=Channel.WEB)

    rows = selectors.scores_by(
        agency=agency, measures=[Measure.TRUST], group_by=("service", "channel"), threshold=1
    )

    found = {
        (row.group.service_name, row.group.channel): row.score(Measure.TRUST).value for row in rows
    }
    assert found == {
        ("Licences", Channel.WEB): 25.0,
        ("Permits", Channel.PHONE): 50.0,
        ("Permits", Channel.WEB): 100.0,
    }


def test_a_score_from_9_responses_is_suppressed_and_from_10_is_shown(
    agency: Any, survey: Questionnaire
) -> None:
    small, big = ServiceFactory(agency=agency), ServiceFactory(agency=agency)
    survey.agree(9, 9, service=small)
    survey.agree(10, 9, service=big)

    rows = {
        row.group.service_id: row.score(Measure.TRUST)
        for row in selectors.scores_by(
            agency=agency, measures=[Measure.TRUST], group_by=("service",)
        )
    }

    assert rows[small.pk].suppressed
    assert rows[small.pk].value is None
    assert rows[small.pk].responses == 9
    assert not rows[big.pk].suppressed
    assert rows[big.pk].value == 90.0


def test_the_threshold_comes_from_the_setting(
    agency: Any, survey: Questionnaire, settings: Any
) -> None:
    settings.FEEDBACK_PUBLIC_MIN_RESPONSES = 3
    survey.agree(3, 3)

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.TRUST], group_by=()))

    assert row.score(Measure.TRUST).value == 100.0


def test_staff_pulse_answers_never_count_in_citizen_results(agency: Any) -> None:
    pulse = Questionnaire(agency, audience=Audience.EMPLOYEE)
    pulse.agree(20, 0)
    citizens = Questionnaire(agency)
    citizens.agree(10, 10)

    row = only_row(selectors.scores_by(agency=agency, measures=[Measure.TRUST], group_by=()))

    assert row.score(Measure.TRUST).responses == 10
    assert row.score(Measure.TRUST).value == 100.0


# Quarters ----------------------------------------------------------------------------------


def test_quarters_are_calendar_quarters_in_the_agency_time_zone(
    agency: Any, survey: Questionnaire
) -> None:
    # 31 March 22:30 in Chicago is 1 April 03:30 UTC: still Q1 there.
    survey.agree(10, 10, at=datetime(2026, 4, 1, 3, 30, tzinfo=UTC))
    # 1 April 00:30 in Chicago (05:30 UTC): Q2.
    survey.agree(10, 0, at=datetime(2026, 4, 1, 5, 30, tzinfo=UTC))
    # 31 December 23:59 in Chicago is 1 January 05:59 UTC: Q4 of the year before.
    survey.agree(10, 5, at=datetime(2026, 1, 1, 5, 59, tzinfo=UTC))

    rows = selectors.scores_by(agency=agency, measures=[Measure.TRUST], group_by=("quarter",))

    found = {row.group.quarter: row.score(Measure.TRUST).value for row in rows}
    assert found == {Quarter(2026, 2): 0.0, Quarter(2026, 1): 100.0, Quarter(2025, 4): 50.0}
    assert [row.group.quarter for row in rows] == [
        Quarter(2026, 2),
        Quarter(2026, 1),
        Quarter(2025, 4),
    ]


def test_quarter_bounds_are_local_midnights(agency: Any) -> None:
    q1 = Quarter(2026, 1)

    assert q1.start(agency.zone) == datetime(2026, 1, 1, 6, 0, tzinfo=UTC)
    # Chicago is on daylight time (UTC-5) by 1 April.
    assert q1.end(agency.zone) == datetime(2026, 4, 1, 5, 0, tzinfo=UTC)
    assert (q1.first_day.isoformat(), q1.last_day.isoformat()) == ("2026-01-01", "2026-03-31")
    assert Quarter.parse("2026-q3") == Quarter(2026, 3)
    assert Quarter.parse("2026-Q5") is None
    assert Quarter.parse("=1+1") is None


# The public page ---------------------------------------------------------------------------


def public_url(agency: Any, **query: str) -> str:
    url = reverse("satisfaction_agency", args=[agency.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def public_csv_url(agency: Any, **query: str) -> str:
    url = reverse("satisfaction_agency_csv", args=[agency.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_public_page_needs_no_log_in_and_shows_exact_scores(
    client: Client, agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.respond(
        {
            Measure.SATISFACTION: [5, 4, 5, 4, 5, 4, 5, 4, 5, 3, 2, 1],
            Measure.TRUST: [5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1],
        },
        service=service,
        channel=Channel.PHONE,
    )

    response = client.get(public_url(agency))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Building permits" in page
    assert "Phone" in page
    assert 'data-score="75.0">75%' in page
    assert 'data-score="50.0">50%' in page
    assert "<caption" in page
    assert 'scope="col"' in page
    assert 'scope="row"' in page
    assert "How these figures are calculated" in page
    assert agency.time_zone in page


def test_public_page_shows_the_last_four_quarters_by_default(
    client: Client, agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.agree(10, 10, service=service, at=IN_Q2)
    survey.agree(10, 5, service=service, at=IN_Q1)
    survey.agree(10, 0, service=service, at=datetime(2025, 5, 1, tzinfo=UTC))  # Q2 2025: too old

    page = client.get(public_url(agency)).content.decode()

    for quarter in ("2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"):
        assert f'data-quarter="{quarter}"' in page or f'id="quarter-{quarter}"' in page
    assert 'id="quarter-2025-Q2"' not in page
    assert 'data-score="100.0"' in page
    assert 'data-score="50.0"' in page
    assert 'data-score="0.0"' not in page


def test_public_page_quarter_picker_shows_one_quarter(
    client: Client, agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.agree(10, 10, service=service, at=IN_Q2)
    survey.agree(10, 5, service=service, at=IN_Q1)

    page = client.get(public_url(agency, quarter="2026-Q1")).content.decode()

    assert 'id="quarter-2026-Q1"' in page
    assert 'id="quarter-2026-Q2"' not in page
    assert 'data-score="50.0"' in page
    assert 'data-score="100.0"' not in page
    assert '<option value="2026-Q1" selected>' in page


def test_public_page_ignores_a_quarter_that_is_not_one(
    client: Client, agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.agree(10, 10, service=service)

    for bad in ("nonsense", "2026-Q9", "2999-Q1"):
        response = client.get(public_url(agency, quarter=bad))
        assert response.status_code == 200
        assert 'id="quarter-2026-Q2"' in response.content.decode()


def test_public_page_suppresses_9_responses_and_publishes_10(
    client: Client, agency: Any, survey: Questionnaire
) -> None:
    small = ServiceFactory(agency=agency, name="Small service")
    big = ServiceFactory(agency=agency, name="Big service")
    survey.agree(9, 9, service=small)
    survey.agree(10, 10, service=big)

    page = client.get(public_url(agency)).content.decode()

    small_row = page.split(f'data-service="{small.pk}"')[1].split("</tr>")[0]
    big_row = page.split(f'data-service="{big.pk}"')[1].split("</tr>")[0]
    assert "fewer than 10" in small_row
    assert "data-score" not in small_row
    assert ">9<" not in small_row
    assert 'data-score="100.0"' in big_row
    assert ">10<" in big_row
    assert "fewer than" not in big_row


def test_public_csv_has_the_same_figures_and_suppression(
    client: Client, agency: Any, survey: Questionnaire
) -> None:
    small = ServiceFactory(agency=agency, name="Small service")
    big = ServiceFactory(agency=agency, name="Big service")
    survey.agree(9, 9, service=small, channel=Channel.MAIL)
    survey.agree(12, 9, service=big, channel=Channel.WEB)

    response = client.get(public_csv_url(agency))

    assert response.status_code == 200
    rows = {row["service"]: row for row in read_csv(response)}
    assert set(rows) == {"Small service", "Big service"}
    assert rows["Big service"] == {
        "quarter": "2026-Q2",
        "first_day": "2026-04-01",
        "last_day": "2026-06-30",
        "service": "Big service",
        "channel": "Web form",
        "satisfaction_percent": "75.0",
        "satisfaction_responses": "12",
        "trust_percent": "75.0",
        "trust_responses": "12",
    }
    assert rows["Small service"]["satisfaction_percent"] == ""
    assert rows["Small service"]["satisfaction_responses"] == "fewer than 10"
    assert rows["Small service"]["trust_percent"] == ""
    assert rows["Small service"]["trust_responses"] == "fewer than 10"


def test_public_csv_of_one_quarter(
    client: Client, agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.agree(10, 10, service=service, at=IN_Q2)
    survey.agree(10, 5, service=service, at=IN_Q1)

    response = client.get(public_csv_url(agency, quarter="2026-Q1"))

    rows = read_csv(response)
    assert [(row["quarter"], row["trust_percent"]) for row in rows] == [("2026-Q1", "50.0")]
    assert f"{agency.slug}-satisfaction-2026-q1.csv" in response["Content-Disposition"]


FORMULAS = ["=HYPERLINK(1)", "+SUM(1)", "-2+3", "@cmd", "\tTabbed", "\rReturn"]


def test_public_csv_defuses_cells_that_a_spreadsheet_would_run(
    client: Client, agency: Any, survey: Questionnaire
) -> None:
    for name in FORMULAS:
        survey.agree(10, 10, service=ServiceFactory(agency=agency, name=name))

    rows = read_csv(client.get(public_csv_url(agency)))

    assert sorted(row["service"] for row in rows) == sorted("'" + name for name in FORMULAS)
    assert all(row["trust_percent"] == "100.0" for row in rows)


def test_public_page_of_one_agency_shows_nothing_of_another(
    client: Client, agency: Any, other_agency: Any, survey: Questionnaire, service: Any
) -> None:
    survey.agree(10, 10, service=service)
    theirs = Questionnaire(other_agency)
    secret = ServiceFactory(agency=other_agency, name="Secret elsewhere")
    theirs.agree(30, 0, service=secret)

    page = client.get(public_url(agency)).content.decode()
    rows = read_csv(client.get(public_csv_url(agency)))

    assert "Secret elsewhere" not in page
    assert 'data-score="0.0"' not in page
    assert [row["service"] for row in rows] == ["Building permits"]
    assert rows[0]["trust_responses"] == "10"


def test_public_page_of_an_unknown_or_inactive_agency_is_404(client: Client) -> None:
    closed: Any = AgencyFactory(is_active=False)

    assert client.get("/satisfaction/no-such-agency/").status_code == 404
    assert client.get("/satisfaction/no-such-agency/results.csv").status_code == 404
    assert client.get(public_url(closed)).status_code == 404


def test_public_index_lists_active_agencies(client: Client, agency: Any) -> None:
    closed: Any = AgencyFactory(is_active=False, name="Closed agency")

    page = client.get(reverse("satisfaction_index")).content.decode()

    assert agency.name in page
    assert public_url(agency) in page
    assert closed.name not in page


def test_public_page_queries_do_not_grow_with_responses(
    client: Client,
    agency: Any,
    survey: Questionnaire,
    django_assert_max_num_queries: Any,
) -> None:
    services = [ServiceFactory(agency=agency) for _each in range(3)]
    for index, service in enumerate(services):
        survey.agree(10 + index, 5, service=service, channel=Channel.WEB)
    with django_assert_max_num_queries(3):
        assert client.get(public_url(agency)).status_code == 200
    for service in services:
        for channel in (Channel.PHONE, Channel.EMAIL, Channel.IN_PERSON):
            survey.agree(40, 20, service=service, channel=channel, at=IN_Q1)
    with django_assert_max_num_queries(3):
        assert client.get(public_url(agency)).status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(public_csv_url(agency)).status_code == 200


# The managers' page ------------------------------------------------------------------------


def results_url(**query: Any) -> str:
    url = reverse("feedback_results")
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def csv_url(**query: Any) -> str:
    url = reverse("feedback_results_csv")
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR])
def test_supervisors_managers_and_administrators_see_the_results(
    agency: Any, client_for: Any, role: str
) -> None:
    response = client_for(member(agency, role)).get(results_url())

    assert response.status_code == 200
    assert "Feedback results" in response.content.decode()


def test_caseworkers_are_refused_and_anonymous_people_sent_to_log_in(
    client: Client, agency: Any, caseworker: Any, client_for: Any
) -> None:
    assert client_for(caseworker).get(results_url()).status_code == 403
    assert client_for(caseworker).get(csv_url()).status_code == 403
    response = client.get(results_url())
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_managers_page_shows_exact_headline_figures(
    agency: Any, survey: Questionnaire, service: Any, manager: Any, client_for: Any
) -> None:
    survey.respond(
        {
            Measure.TRUST: [5, 4, 5, 4, 5, 4, 5, 4, 5, 3, 2, 1],
            Measure.CSAT: [5] * 6 + [1] * 6,
            Measure.NPS: [10, 9, 10, 9, 10, 9, 10, 9, 10, 8, 0, 1],
            Measure.CES: [7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3],
        },
        service=service,
    )

    page = client_for(manager).get(results_url()).content.decode()

    headline = page.split("data-headline")[1].split("</dl>")[0]
    assert 'data-measure="responses">12<' in headline
    assert 'data-score="75.0">75%' in headline  # trust: 9 of 12
    assert 'data-score="50.0">50%' in headline  # CSAT: 6 of 12
    assert 'data-score="58.3">+58' in headline  # NPS: 9 promoters, 2 detractors of 12
    assert 'data-score="50.0">50%' in headline  # CES: 6 of 12 answered 5 to 7


def test_managers_page_compares_channels_and_suppresses_small_ones(
    agency: Any, survey: Questionnaire, service: Any, manager: Any, client_for: Any
) -> None:
    survey.agree(10, 8, service=service, channel=Channel.PHONE)
    survey.agree(9, 9, service=service, channel=Channel.WEB)

    page = client_for(manager).get(results_url()).content.decode()

    channels = page.split('data-breakdown="channel"')[1].split("</table>")[0]
    phone = channels.split(f'data-group="{Channel.PHONE}"')[1].split("</tr>")[0]
    web = channels.split(f'data-group="{Channel.WEB}"')[1].split("</tr>")[0]
    assert "<td>10</td>" in phone
    assert 'data-score="80.0"' in phone
    assert "fewer than 10" in web
    assert "data-score" not in web


def test_team_results_are_shown_only_for_10_responses_or_more(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    north, south = (
        TeamFactory(agency=agency, name="North"),
        TeamFactory(agency=agency, name="South"),
    )
    survey.agree(9, 0, team=north)
    survey.agree(10, 10, team=south)

    page = client_for(manager).get(results_url()).content.decode()

    teams = page.split('data-breakdown="team"')[1].split("</table>")[0]
    north_row = teams.split(f'data-group="{north.pk}"')[1].split("</tr>")[0]
    south_row = teams.split(f'data-group="{south.pk}"')[1].split("</tr>")[0]
    assert "fewer than 10" in north_row
    assert "data-score" not in north_row
    assert 'data-score="100.0"' in south_row


def test_managers_csv_exports_the_filtered_table_with_suppression(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    big = ServiceFactory(agency=agency, name="Big service")
    small = ServiceFactory(agency=agency, name="=Small service")
    survey.agree(12, 9, service=big, channel=Channel.WEB)
    survey.agree(20, 20, service=big, channel=Channel.PHONE)
    survey.agree(9, 9, service=small, channel=Channel.WEB)

    response = client_for(manager).get(csv_url(by="service", channel=Channel.WEB))

    rows = {row["service"]: row for row in read_csv(response)}
    assert set(rows) == {"Big service", "'=Small service"}
    assert rows["Big service"]["responses"] == "12"
    assert rows["Big service"]["trust_score"] == "75.0"
    assert rows["Big service"]["nps_score"] == ""
    assert rows["Big service"]["nps_responses"] == "0"
    assert rows["'=Small service"]["responses"] == "fewer than 10"
    assert rows["'=Small service"]["trust_score"] == ""
    assert rows["'=Small service"]["trust_responses"] == "fewer than 10"


def test_managers_csv_keeps_negative_nps_as_a_number(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    survey.respond({Measure.NPS: [0] * 10})

    rows = read_csv(client_for(manager).get(csv_url(by="channel")))

    assert rows[0]["nps_score"] == "-100.0"


def test_filters_narrow_the_results_by_date_service_and_team(
    agency: Any, survey: Questionnaire, service: Any, manager: Any, client_for: Any
) -> None:
    team = TeamFactory(agency=agency)
    other_service = ServiceFactory(agency=agency, name="Other service")
    survey.agree(10, 10, service=service, team=team, at=IN_Q2)
    survey.agree(10, 0, service=service, at=IN_Q2)
    survey.agree(10, 0, service=other_service, team=team, at=IN_Q2)
    survey.agree(10, 0, service=service, team=team, at=IN_Q1)

    query = {"since": "2026-04-01", "until": "2026-05-13", "service": service.pk, "team": team.pk}
    page = client_for(manager).get(results_url(**query)).content.decode()

    headline = page.split("data-headline")[1].split("</dl>")[0]
    assert 'data-measure="responses">10<' in headline
    assert 'data-score="100.0"' in headline


def test_the_date_range_is_inclusive_days_in_the_agency_time_zone(agency: Any) -> None:
    from feedback.views.results import ResultsFilterForm

    form = ResultsFilterForm({"since": "2026-04-01", "until": "2026-04-30"}, agency=agency)

    assert form.is_valid()
    filters = form.filters()
    assert filters.since == datetime(2026, 4, 1, 5, 0, tzinfo=UTC)
    assert filters.until == datetime(2026, 5, 1, 5, 0, tzinfo=UTC)


def test_bad_filters_show_an_error_not_a_500(
    agency: Any, other_agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    elsewhere = ServiceFactory(agency=other_agency)
    survey.agree(10, 10)

    for query in (
        {"since": "2026-05-01", "until": "2026-04-01"},
        {"since": "yesterday"},
        {"service": elsewhere.pk},
        {"team": "x"},
        {"after": "not-a-cursor"},
    ):
        response = client_for(manager).get(results_url(**query), follow=True)
        assert response.status_code == 200, query
    page = client_for(manager).get(results_url(service=elsewhere.pk)).content.decode()
    assert "Choose one of the listed services." in page


def test_managers_of_another_agency_see_nothing_of_this_one(
    agency: Any,
    other_agency: Any,
    survey: Questionnaire,
    service: Any,
    client_for: Any,
) -> None:
    survey.agree(30, 30, service=service)
    survey.write(survey.agree(1, 1, service=service)[0], "Nothing for other agencies")
    theirs = member(other_agency, Role.MANAGER)

    page = client_for(theirs).get(results_url()).content.decode()
    rows = read_csv(client_for(theirs).get(csv_url(by="service")))

    assert "Building permits" not in page
    assert "Nothing for other agencies" not in page
    assert "data-score" not in page
    assert rows == []
    # Naming this agency's service in the filter does not reach it either.
    page = client_for(theirs).get(results_url(service=service.pk)).content.decode()
    assert "Building permits" not in page
    assert "data-score" not in page


def test_driver_table_counts_each_answer(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    # Ease: two of each answer from 1 to 5; 4 of 10 agree, average 3.
    survey.respond({Measure.EASE: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]})

    distributions = {
        d.measure: d.counts
        for d in selectors.driver_distributions(agency=agency, filters=ResponseFilters())
    }
    page = client_for(manager).get(results_url()).content.decode()

    assert distributions[Measure.EASE] == (2, 2, 2, 2, 2)
    assert distributions[Measure.TRUST] == (0, 0, 0, 0, 0)
    ease = page.split(f'data-measure="{Measure.EASE}"')[1].split("</tr>")[0]
    assert 'data-score="40.0">40%' in ease
    assert "<td>3.0</td>" in ease
    assert ease.count("<td>2</td>") == 5


def test_went_well_counts_each_option_and_hides_fewer_than_10_respondents(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    responses = survey.agree(10, 10)
    for response in responses[:5]:
        survey.pick(response, survey.fast)
    for response in responses[5:7]:
        survey.pick(response, survey.fast, survey.clear, survey.helpful)
    for response in responses[7:]:
        survey.pick(response, survey.clear, survey.helpful)

    tally = selectors.choice_tallies(agency=agency, filters=ResponseFilters())[0]

    assert tally.measure == Measure.WENT_WELL
    assert tally.respondents == 10
    assert {c.label: c.count for c in tally.choices} == {
        "Process was fast": 7,
        "Clear information": 5,
        "Helpful staff": 5,
    }
    assert not tally.suppressed
    page = client_for(manager).get(results_url()).content.decode()
    block = page.split(f'data-tally="{Measure.WENT_WELL}"')[1].split("</table>")[0]
    assert '<th scope="row">Process was fast</th><td>7</td>' in block

    SurveyAnswer.objects.filter(response=responses[0], question=survey.went_well).delete()
    tally = selectors.choice_tallies(agency=agency, filters=ResponseFilters())[0]
    assert tally.respondents == 9
    assert tally.suppressed


def test_comments_are_masked_and_their_reading_is_audited(
    agency: Any, survey: Questionnaire, service: Any, manager: Any, client_for: Any
) -> None:
    customer = CustomerFactory(agency=agency, name="Rosa Delgado")
    case = CaseFactory(agency=agency, customer=customer, service=service)
    response = survey.agree(1, 1, service=service, case=case)[0]
    answer = survey.write(
        response, "Rosa Delgado here: call 312-555-0100 or rosa@example.org, thanks Rosa"
    )

    page = client_for(manager).get(results_url()).content.decode()

    comment = page.split(f'data-comment="{answer.pk}"')[1].split("</li>")[0]
    assert "[name] here: call [phone] or [email], thanks [name]" in comment
    assert "Rosa" not in page
    assert "312-555-0100" not in page
    assert "rosa@example.org" not in page
    event = AuditEvent.objects.get(action="feedback.comments.read")
    assert event.actor == manager
    assert event.agency == agency
    assert event.details["answers"] == [answer.pk]


def test_no_audit_event_when_no_comment_is_shown(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    survey.agree(10, 10)

    client_for(manager).get(results_url())

    assert not AuditEvent.objects.filter(action="feedback.comments.read").exists()


def test_comments_are_paginated_newest_first(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    responses = survey.agree(25, 25)
    answers = []
    for index, response in enumerate(responses):
        SurveyResponse.objects.filter(pk=response.pk).update(
            submitted_at=IN_Q2 + timedelta(minutes=index)
        )
        answers.append(survey.write(response, f"Comment number {index:02d}"))
    client = client_for(manager)

    first = client.get(results_url()).content.decode()
    next_link = first.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0]
    second = client.get(reverse("feedback_results") + next_link.replace("&amp;", "&")).content
    second_page = second.decode()

    assert "Comment number 24" in first
    assert "Comment number 05" in first
    assert "Comment number 04" not in first
    assert "Comment number 04" in second_page
    assert "Comment number 00" in second_page
    assert "Comment number 05" not in second_page
    assert AuditEvent.objects.filter(action="feedback.comments.read").count() == 2


def test_managers_page_queries_do_not_grow_with_responses(
    agency: Any, survey: Questionnaire, manager: Any, client_for: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(manager)
    services = [ServiceFactory(agency=agency) for _each in range(2)]
    teams = [TeamFactory(agency=agency) for _each in range(2)]
    for service in services:
        for response in survey.agree(10, 5, service=service, team=teams[0]):
            survey.write(response, "Fine")
    with CaptureQueriesContext(connection) as small:
        assert client.get(results_url()).status_code == 200
    for service in services:
        for channel in (Channel.PHONE, Channel.EMAIL, Channel.IN_PERSON):
            for response in survey.agree(30, 10, service=service, channel=channel, team=teams[1]):
                survey.pick(response, survey.fast)
                survey.write(response, "Could be quicker")
    with CaptureQueriesContext(connection) as large:
        assert client.get(results_url()).status_code == 200

    assert len(large.captured_queries) == len(small.captured_queries)
    assert len(large.captured_queries) <= 30


def test_managers_csv_queries_are_bounded(
    agency: Any,
    survey: Questionnaire,
    manager: Any,
    client_for: Any,
    django_assert_max_num_queries: Any,
) -> None:
    client = client_for(manager)
    for service in [ServiceFactory(agency=agency) for _each in range(4)]:
        survey.agree(30, 10, service=service)
    with django_assert_max_num_queries(10):
        assert client.get(csv_url(by="service_channel")).status_code == 200
