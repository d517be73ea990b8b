"""The feedback demo: surveys on the demo services, invitations for the closed cases, a year of
answers that differ between channels and services, a staff pulse with a team too small to show,
friction reports with votes, quick to load and nothing added when loaded twice."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from django.db.models import Avg, Count, F, Q
from django.utils import timezone

from backoffice import demo as backoffice_demo
from backoffice.models import Agency, Membership
from cases.models import CaseStatus, Channel, Customer, Service
from feedback import demo as feedback_demo
from feedback.models import (
    Audience,
    Choice,
    CollectedVia,
    FeedbackPolicy,
    FrictionReport,
    FrictionStatus,
    FrictionVote,
    InvitationStatus,
    Measure,
    Office,
    PulseParticipation,
    PulseRound,
    Question,
    SkipReason,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
    SurveyService,
    SurveyTemplate,
)

pytestmark = pytest.mark.django_db

SIZE = 40
SLUGS = [spec.slug for spec in feedback_demo.FEEDBACK]
FULL_YEAR_SECONDS = 15  # the whole feedback demo at full size; it takes a few seconds


@pytest.fixture
def seeded() -> None:
    backoffice_demo.seed(cases_per_agency=SIZE)


def _counts() -> tuple[int, ...]:
    return (
        Survey.objects.count(),
        SurveyService.objects.count(),
        Question.objects.count(),
        Choice.objects.count(),
        FeedbackPolicy.objects.count(),
        Office.objects.count(),
        SurveyInvitation.objects.count(),
        SurveyResponse.objects.count(),
        SurveyAnswer.objects.count(),
        PulseRound.objects.count(),
        PulseParticipation.objects.count(),
        FrictionReport.objects.count(),
        FrictionVote.objects.count(),
        Customer.objects.filter(survey_consent=False).count(),
    )


def _forget_feedback() -> None:
    """Remove every feedback row, so the demo can be loaded again at another size."""
    FrictionVote.objects.all().delete()
    FrictionReport.objects.all().delete()
    SurveyAnswer.objects.all().delete()
    SurveyResponse.objects.all().delete()
    PulseParticipation.objects.all().delete()
    PulseRound.objects.all().delete()
    SurveyInvitation.objects.all().delete()
    Survey.objects.all().delete()
    Office.objects.all().delete()
    FeedbackPolicy.objects.all().delete()


def _share_agreeing(answers: Any) -> float:
    """The A-11 score: the share of answers that are 4 or 5, in percent."""
    totals = answers.aggregate(all=Count("id"), agree=Count("id", filter=Q(number__gte=4)))
    assert totals["all"] >= 30, totals  # enough answers for a difference to mean something
    return 100 * totals["agree"] / totals["all"]


def _measure(measure: str, **about: Any) -> Any:
    return SurveyAnswer.objects.filter(question__measure=measure, **about)


def test_seeding_twice_adds_no_surveys_answers_rounds_or_reports(seeded: None) -> None:
    before = _counts()

    backoffice_demo.seed(cases_per_agency=SIZE)
    feedback_demo.seed(cases_per_agency=SIZE)

    assert _counts() == before
    assert before[7] > 0
    assert before[11] > 0


def test_each_agency_has_the_a11_survey_on_most_services_csat_on_some_and_nps_on_one(
    seeded: None,
) -> None:
    for agency in Agency.objects.filter(slug__in=SLUGS):
        services = Service.objects.filter(agency=agency).count()
        links = SurveyService.objects.filter(survey__agency=agency)
        assert links.filter(survey__template=SurveyTemplate.A11).count() > services / 2
        assert links.filter(survey__template=SurveyTemplate.CSAT).exists()
        assert links.filter(survey__template=SurveyTemplate.NPS).count() == 1
        assert all(link.delay_hours > 0 for link in links)
        assert len({link.delay_hours for link in links}) > 1  # delays set per service
        assert FeedbackPolicy.objects.filter(agency=agency).exists()
        assert 2 <= Office.objects.filter(agency=agency, team__agency=agency).count() <= 3
        pulse = Survey.objects.get(agency=agency, template=SurveyTemplate.PULSE)
        assert pulse.audience == Audience.EMPLOYEE


def test_closed_cases_have_invitations_answered_sent_expired_and_skipped(seeded: None) -> None:
    invitations = SurveyInvitation.objects.all()
    statuses = set(invitations.values_list("status", flat=True))

    assert {InvitationStatus.ANSWERED, InvitationStatus.SKIPPED} <= statuses
    assert statuses & {InvitationStatus.SENT, InvitationStatus.REMINDED, InvitationStatus.EXPIRED}
    assert invitations.filter(skip_reason=SkipReason.FATIGUE).exists()
    assert not invitations.exclude(case__status=CaseStatus.CLOSED).exists()
    assert not invitations.exclude(customer=F("case__customer")).exists()
    for invitation in invitations.filter(status=InvitationStatus.ANSWERED):
        assert invitation.response.case_id == invitation.case_id
        assert invitation.answered_at is not None
    sent = invitations.exclude(status__in=[InvitationStatus.SKIPPED, InvitationStatus.PENDING])
    assert not sent.filter(Q(sent_at__isnull=True) | Q(expires_at__isnull=True)).exists()
    expired = invitations.filter(status=InvitationStatus.EXPIRED)
    assert not expired.filter(expires_at__gt=timezone.now()).exists()


def test_answers_cover_a_year_and_every_way_of_collecting_them(seeded: None) -> None:
    now = timezone.now()
    citizens = SurveyResponse.objects.filter(pulse_round__isnull=True)

    oldest = citizens.order_by("submitted_at").first()
    newest = citizens.order_by("-submitted_at").first()
    assert oldest is not None
    assert newest is not None
    assert now - timedelta(days=366) <= oldest.submitted_at < now - timedelta(days=300)
    assert newest.submitted_at <= now
    ways = set(citizens.values_list("collected_via", flat=True))
    assert ways >= {CollectedVia.LINK, CollectedVia.QR, CollectedVia.PHONE}
    qr = citizens.filter(collected_via=CollectedVia.QR)
    assert not qr.exclude(channel=Channel.IN_PERSON).exists()
    assert not qr.filter(office__isnull=True).exists()
    typed = citizens.filter(collected_via__in=[CollectedVia.PHONE, CollectedVia.MAIL])
    assert not typed.filter(entered_by__isnull=True).exists()
    assert not citizens.filter(collected_via=CollectedVia.LINK, entered_by__isnull=False).exists()
    # Every answer is to a question of its own response's survey.
    assert not SurveyAnswer.objects.exclude(question__survey=F("response__survey")).exists()


def test_the_pulse_has_two_closed_rounds_and_an_open_one_with_a_team_too_small_to_show(
    seeded: None,
) -> None:
    now = timezone.now()
    for agency in Agency.objects.filter(slug__in=SLUGS):
        rounds = list(PulseRound.objects.filter(agency=agency).order_by("opens_at"))
        assert [r.closes_at <= now for r in rounds] == [True, True, False]
        staff = Membership.objects.filter(agency=agency).values("user").distinct().count()
        for pulse_round in rounds:
            answers = SurveyResponse.objects.filter(pulse_round=pulse_round)
            answered = pulse_round.participations.count()
            assert answers.count() == answered
            assert staff / 2 < answered < staff + 1  # most staff
            assert answered >= 5  # the agency's own figures can be shown
            assert not answers.filter(
                Q(case__isnull=False) | Q(entered_by__isnull=False) | Q(service__isnull=False)
            ).exists()
            assert all(
                (moment.hour, moment.minute, moment.second) == (0, 0, 0)
                for moment in answers.values_list("submitted_at", flat=True)
            )
            teams = answers.exclude(team=None).values("team").annotate(n=Count("id"))
            assert any(team["n"] < 5 for team in teams)
        maria = "maria.lopez@riverton.example"
        assert not rounds[-1].participations.filter(user__email=maria).exists()


def test_friction_reports_have_every_status_votes_and_managers_responses(seeded: None) -> None:
    now = timezone.now()
    for agency in Agency.objects.filter(slug__in=SLUGS):
        reports = FrictionReport.objects.filter(agency=agency)
        assert 15 <= reports.count() <= 30
        assert set(reports.values_list("status", flat=True)) == set(FrictionStatus.values)
        assert reports.filter(case__isnull=False).exists()
        assert reports.exclude(service=None).exists()
        assert reports.filter(service=None).exists()
        for report in reports.annotate(rows=Count("vote_rows")):
            assert report.votes == report.rows
            assert not report.vote_rows.filter(user=report.raised_by).exists()
            if report.status == FrictionStatus.NEW:
                assert report.responded_by is None
                assert not report.response
            else:
                assert report.response
                assert report.responded_by is not None
                assert report.created_at < report.responded_at <= now  # type: ignore[operator]
        assert reports.filter(votes__gte=4).exists()


def test_a_full_year_loads_in_seconds_with_channels_and_services_that_differ(
    seeded: None,
) -> None:
    _forget_feedback()

    started = time.perf_counter()
    added = feedback_demo.seed(scale=1.0)
    took = time.perf_counter() - started

    assert took < FULL_YEAR_SECONDS, f"the feedback demo took {took:.1f} s"
    assert added > 3000  # thousands of answers
    # People served in person or by phone find staff more helpful than web users do.
    helpful = {
        channel: _share_agreeing(_measure(Measure.HELPFULNESS, response__channel=channel))
        for channel in (Channel.IN_PERSON, Channel.PHONE, Channel.WEB)
    }
    assert helpful[Channel.IN_PERSON] > helpful[Channel.WEB] + 10
    assert helpful[Channel.PHONE] > helpful[Channel.WEB] + 5
    # The web form is the hardest way in.
    ease = {
        channel: _share_agreeing(_measure(Measure.EASE, response__channel=channel))
        for channel in (Channel.IN_PERSON, Channel.EMAIL, Channel.WEB)
    }
    assert ease[Channel.WEB] < min(ease[Channel.IN_PERSON], ease[Channel.EMAIL]) - 10
    # Building permits are clearly the slow service of Riverton.
    riverton = Agency.objects.get(slug="riverton-licensing")
    efficiency = {
        code: _share_agreeing(_measure(Measure.EFFICIENCY, response__service__code=code))
        for code in Service.objects.filter(agency=riverton).values_list("code", flat=True)
        if _measure(Measure.EFFICIENCY, response__service__code=code).count() >= 30
    }
    slowest = min(efficiency, key=efficiency.__getitem__)
    assert slowest == "building-permit"
    others = [score for code, score in efficiency.items() if code != slowest]
    assert efficiency[slowest] < min(others) - 20


def test_trust_follows_satisfaction_and_comments_come_in_two_languages(seeded: None) -> None:
    responses = SurveyResponse.objects.filter(pulse_round__isnull=True)
    satisfied = responses.filter(answers__question__measure=Measure.SATISFACTION, answers__number=5)
    dissatisfied = responses.filter(
        answers__question__measure=Measure.SATISFACTION, answers__number__lte=2
    )

    def trust(group: Any) -> float:
        found = _measure(Measure.TRUST, response__in=group).aggregate(mean=Avg("number"))
        return float(found["mean"])

    assert trust(satisfied) > trust(dissatisfied) + 1.5
    comments = _measure(Measure.COMMENT, response__pulse_round__isnull=True).exclude(text="")
    assert comments.filter(response__language="es").exists()
    assert comments.filter(response__language="en").exists()
    assert comments.filter(Q(text__contains="@") | Q(text__contains="555-")).exists()
