"""Demonstration feedback: surveys on the demo services, a year of citizens' answers, an employee
pulse survey with three rounds, and friction reports.

For each demo agency: the A-11 post-transaction survey on most services, a CSAT survey on a
few and an NPS survey on one (each with its delay after closing), a feedback policy, offices
with QR posters, then:

- an invitation for every closed case of a surveyed service, as dispatch would have
  written it: answered, sent, reminded, expired, pending, or skipped (invited recently, no
  email address, declined surveys); customers without email were phoned or wrote back,
  their answers typed in by staff;
- before the demo's 90 days of cases, nine more months of answers about the same services
  and channels (they keep service, channel, team and how they were collected, but no case,
  as answers do once their cases are gone), and a year of QR answers from the offices;
- an anonymous staff pulse: two closed rounds and one open round answered by most staff
  (teams smaller than five show how results are held back);
- friction reports of every status, with colleagues' votes and managers' responses.

The answers differ as real ones do: people served in person or by phone find staff more
helpful, the web form is harder to use (better since the new forms of the last three
months), one service per agency is clearly slow, and trust follows satisfaction.
Comments are in English and some Spanish, a few with a phone number or an email in them.

Deterministic (one seeded random generator per agency), dated relative to now, written in
bulk so it stays quick. Idempotent: surveys, offices and the policy are found by name and
left as they are; answers, pulse rounds and friction reports are added only to an agency
that has none.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from backoffice.models import Agency, Membership, Role, Team, User
from cases.demo import DAYS as CASE_DAYS
from cases.models import Case, CaseStatus, Channel, Customer, Service

from .demo_content import (
    BAD,
    BAD_ES,
    FIRST_NAMES,
    GOOD,
    GOOD_ES,
    LAST_NAMES,
    MIXED,
    MIXED_ES,
    PERSONAL,
    PERSONAL_ES,
    PULSE_COMMENTS,
    RIVERTON_FRICTION,
    SERVICE_COMMENTS,
    SHARED_FRICTION,
    STREETS,
    DemoFriction,
)
from .links import invitation_path
from .models import (
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
from .services.library import survey_from_template

C = Channel
M = Measure
T = SurveyTemplate
YEAR_DAYS = 365
MONTH_DAYS = 30.4
FULL_SIZE_CASES = 1000  # the demo's default cases per agency: answers are scaled to it
STAFFED = (C.PHONE, C.IN_PERSON, C.MAIL)


# What the demo is made of ---------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSurvey:
    template: str
    name: str
    services: tuple[tuple[str, int], ...]  # service code, hours after closing
    weight: int = 1  # its share of the answers where surveys cover the same service


@dataclass(frozen=True)
class DemoOffice:
    name: str
    address: str
    team: str
    services: tuple[str, ...]  # the services with a QR poster at this office
    monthly: int  # QR answers a month at full size


@dataclass(frozen=True)
class DemoFeedback:
    slug: str
    area_code: str
    fatigue_days: int
    surveys: tuple[DemoSurvey, ...]
    offices: tuple[DemoOffice, ...]
    monthly: Mapping[str, int]  # answers a month per service before the demo's cases
    service_offsets: Mapping[str, Mapping[str, float]]  # how a service scores on a measure
    team_offsets: Mapping[str, Mapping[str, float]]  # pulse, by team name ("" for none)
    spanish: float  # share of answers in Spanish when the customer's language is unknown
    friction: tuple[DemoFriction, ...]
    counter_team: str = ""  # the team that types in answers given by phone or mail
    not_yet_answered: tuple[str, ...] = ()  # demo logins who can still answer the open round


RIVERTON = DemoFeedback(
    slug="riverton-licensing",
    area_code="217",
    fatigue_days=30,
    surveys=(
        DemoSurvey(
            T.A11,
            "Post-transaction survey (A-11)",
            (
                ("business-licence", 24),
                ("building-permit", 48),
                ("parking-appeal", 24),
                ("tax-enquiry", 4),
            ),
            weight=3,
        ),
        DemoSurvey(
            T.CSAT, "Quick satisfaction survey (CSAT)", (("street-repair", 2), ("tax-enquiry", 4))
        ),
        DemoSurvey(T.NPS, "Recommendation survey (NPS)", (("business-licence", 72),)),
    ),
    offices=(
        DemoOffice(
            "City Hall customer service counter",
            "200 S 6th St, Riverton, IL 62561",
            "Front Counter and Phones",
            ("tax-enquiry", "parking-appeal", "business-licence"),
            30,
        ),
        DemoOffice(
            "Permit Center",
            "210 S 6th St, Suite 100, Riverton, IL 62561",
            "Building Permits",
            ("building-permit",),
            18,
        ),
        DemoOffice(
            "Northside Service Center",
            "1450 N 3rd St, Riverton, IL 62561",
            "Front Counter and Phones",
            ("tax-enquiry", "business-licence"),
            12,
        ),
    ),
    monthly={
        "business-licence": 40,
        "building-permit": 38,
        "parking-appeal": 42,
        "street-repair": 75,
        "tax-enquiry": 55,
    },
    service_offsets={
        # Plan review is slow: the one service that is clearly worse on efficiency.
        "building-permit": {M.EFFICIENCY: -1.1, M.TRANSPARENCY: -0.25},
        "parking-appeal": {M.EFFECTIVENESS: -0.6, M.SATISFACTION: -0.25, M.TRUST: -0.3},
        "street-repair": {M.EFFECTIVENESS: 0.15},
        "tax-enquiry": {M.EFFICIENCY: 0.2, M.TRANSPARENCY: 0.1},
        "business-licence": {M.EASE: -0.1},
    },
    team_offsets={
        "Front Counter and Phones": {M.WORKLOAD: -0.9, M.SUPPORT: 0.2},
        "Building Permits": {M.TOOLS: -1.0, M.WORKLOAD: -0.4},
        "Business Licensing": {M.TOOLS: -0.2},
        "": {M.SUPPORT: 0.3},
    },
    spanish=0.08,
    friction=RIVERTON_FRICTION,
    counter_team="Front Counter and Phones",
    not_yet_answered=("maria.lopez@riverton.example",),
)

SHARED = DemoFeedback(
    slug="state-shared-services",
    area_code="518",
    fatigue_days=7,  # client agencies deal with the centre every week
    surveys=(
        DemoSurvey(
            T.A11,
            "Post-transaction survey (A-11)",
            (("onboarding", 24), ("purchase-request", 24)),
            weight=3,
        ),
        DemoSurvey(
            T.CSAT, "Quick satisfaction survey (CSAT)", (("invoice-dispute", 8), ("onboarding", 8))
        ),
        DemoSurvey(T.NPS, "Recommendation survey (NPS)", (("purchase-request", 48),)),
    ),
    offices=(
        DemoOffice(
            "HR walk-in desk, Empire State Plaza",
            "Empire State Plaza, Concourse Level, Albany, NY 12242",
            "HR Services",
            ("onboarding",),
            14,
        ),
        DemoOffice(
            "Procurement help desk",
            "Corning Tower, 41st Floor, Albany, NY 12242",
            "Procurement",
            ("purchase-request",),
            6,
        ),
    ),
    monthly={"onboarding": 40, "purchase-request": 55, "invoice-dispute": 35},
    service_offsets={
        # Three approvals for every purchase: the slow one here.
        "purchase-request": {M.EFFICIENCY: -0.95, M.EASE: -0.3},
        "invoice-dispute": {M.TRANSPARENCY: -0.45},
        "onboarding": {M.HELPFULNESS: 0.2},
    },
    team_offsets={
        "HR Services": {M.WORKLOAD: -0.6},
        "Procurement": {M.TOOLS: -0.7},
    },
    spanish=0.0,
    friction=SHARED_FRICTION,
    not_yet_answered=("priya.nair@shared.example",),
)

FEEDBACK = (RIVERTON, SHARED)

# The A-11 drivers' usual level (1-5) and how each intake channel moves them.
DRIVERS: dict[str, float] = {
    M.EFFECTIVENESS: 4.2,
    M.EASE: 4.1,
    M.EFFICIENCY: 3.95,
    M.TRANSPARENCY: 4.05,
    M.HELPFULNESS: 4.25,
}
CHANNEL_OFFSETS: dict[str, dict[str, float]] = {
    C.IN_PERSON: {M.HELPFULNESS: 0.45, M.EASE: 0.15, M.TRANSPARENCY: 0.1},
    C.PHONE: {M.HELPFULNESS: 0.35, M.EFFICIENCY: -0.1},
    C.WEB: {M.EASE: -0.55, M.HELPFULNESS: -0.25, M.TRANSPARENCY: -0.15},
    C.EMAIL: {M.EFFICIENCY: -0.2},
    C.MAIL: {M.EFFICIENCY: -0.45, M.EASE: -0.2},
    C.API: {M.EASE: 0.2, M.EFFICIENCY: 0.2},
}
NEW_WEB_FORMS = 0.3  # the web form got easier for the answers of the last three months
CHANNEL_WEIGHTS: dict[str, int] = {
    C.WEB: 45,
    C.EMAIL: 25,
    C.PHONE: 14,
    C.IN_PERSON: 12,
    C.MAIL: 5,
    C.API: 6,
}
ANSWER_RATES: dict[str, float] = {
    C.WEB: 0.32,
    C.EMAIL: 0.3,
    C.API: 0.2,
    C.IN_PERSON: 0.28,
    C.PHONE: 0.22,
}
STAFF_ANSWER_RATE = 0.45  # customers without email who answered when phoned or written to
UNSUBSCRIBE_RATE = 0.02
# What went well / could be better, in the order the A-11 choices are listed.
WENT_WELL: dict[str, str] = {
    M.EASE: "easy",
    M.EFFICIENCY: "fast",
    M.TRANSPARENCY: "clear",
    M.HELPFULNESS: "helpful-staff",
    M.EFFECTIVENESS: "got-what-i-needed",
}
COULD_BE_BETTER: dict[str, str] = {
    M.EASE: "hard",
    M.EFFICIENCY: "slow",
    M.TRANSPARENCY: "unclear",
    M.HELPFULNESS: "unhelpful-staff",
    M.EFFECTIVENESS: "did-not-get-what-i-needed",
}
COMMENT_RATES: dict[str, float] = {
    T.A11: 0.2,
    T.PULSE: 0.35,
}  # other surveys: their one reason question
OTHER_COMMENT_RATE = 0.35
PERSONAL_RATE = 0.06
# Pulse rounds: (opened days ago, days open); the last one is still open.
PULSE_ROUNDS = ((150, 14), (60, 14), (3, 14))
PULSE_LEVELS: dict[str, float] = {M.WORKLOAD: 3.6, M.TOOLS: 3.4, M.SUPPORT: 3.9}


def _point(rng: random.Random, mean: float, spread: float, low: int = 1, high: int = 5) -> int:
    """A point on a scale, drawn around *mean*."""
    return max(low, min(high, round(rng.gauss(mean, spread))))


@dataclass(frozen=True)
class Experience:
    """How one person found one service: the numbers their answers are made of."""

    numbers: dict[str, int]
    satisfaction: int


@dataclass
class Draft:
    response: SurveyResponse
    answers: list[SurveyAnswer]


def _answers_of(drafts: list[Draft]) -> list[SurveyAnswer]:
    """The drafts' answers, pointed at their responses once those are saved (by id: the
    demo writes tens of thousands, and setting ids is what keeps it quick)."""
    answers = []
    for draft in drafts:
        for answer in draft.answers:
            answer.response_id = draft.response.pk
            answers.append(answer)
    return answers


@dataclass
class Covered:
    """A survey and the delay it is sent after, for one service."""

    survey: Survey
    delay_hours: int
    weight: int


@dataclass
class Seeded:
    invitations: list[SurveyInvitation] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)


# Entry point ----------------------------------------------------------------------------------


def seed(*, cases_per_agency: int = FULL_SIZE_CASES, scale: float | None = None) -> int:
    """Create the demo feedback that is missing; return how many responses were added.

    The number of answers follows *cases_per_agency* (a small demo gets a small year of
    answers) unless *scale* is given. An agency that does not exist yet is skipped.
    """
    if scale is None:
        scale = min(1.0, max(0.05, cases_per_agency / FULL_SIZE_CASES))
    now = timezone.now()
    added = 0
    for spec in FEEDBACK:
        agency = Agency.objects.filter(slug=spec.slug).first()
        if agency is None:
            continue
        with transaction.atomic():
            added += AgencyFeedback(agency, spec, scale=scale, now=now).seed()
    return added


class AgencyFeedback:
    """The demo feedback of one agency."""

    def __init__(self, agency: Agency, spec: DemoFeedback, *, scale: float, now: datetime) -> None:
        self.agency = agency
        self.spec = spec
        self.scale = scale
        self.now = now
        self.rng = random.Random(f"feedback-demo-{spec.slug}")  # noqa: S311  (demo data)
        self.services = {s.code: s for s in Service.objects.filter(agency=agency)}
        self.by_service: dict[int, list[Covered]] = {}
        self.questions: dict[int, list[Question]] = {}
        self.templates: dict[int, str] = {}
        self.last_sent: dict[int, datetime] = {}
        self.declined: dict[int, datetime] = {}
        memberships = Membership.objects.filter(agency=agency, user__is_active=True)
        self.memberships = list(memberships.select_related("user", "team").order_by("id"))

    def seed(self) -> int:
        policy = self._policy()
        self._surveys()
        offices = self._offices()
        added = 0
        if not self._has_answers():
            seeded = Seeded()
            self._closed_cases(seeded, policy)
            self._history(seeded)
            self._office_answers(seeded, offices)
            added = self._save(seeded)
        added += self._pulse()
        self._friction()
        return added

    # Configuration ----------------------------------------------------------------------------

    def _policy(self) -> FeedbackPolicy:
        policy, _created = FeedbackPolicy.objects.get_or_create(
            agency=self.agency,
            defaults={
                "fatigue_days": self.spec.fatigue_days,
                "reminder_after_days": 3,
                "expire_after_days": 14,
            },
        )
        return policy

    def _surveys(self) -> None:
        """The agency's demo surveys, created with their services when missing."""
        for item in self.spec.surveys:
            survey = Survey.objects.filter(agency=self.agency, name=item.name).first()
            if survey is None:
                survey = survey_from_template(
                    agency=self.agency, template=item.template, actor=None, name=item.name
                )
                SurveyService.objects.bulk_create(
                    SurveyService(survey=survey, service=self.services[code], delay_hours=hours)
                    for code, hours in item.services
                    if code in self.services
                )
            self.questions[survey.pk] = list(survey.questions.order_by("position", "id"))
            self.templates[survey.pk] = survey.template
            for link in survey.service_links.all():
                self.by_service.setdefault(link.service_id, []).append(
                    Covered(survey=survey, delay_hours=link.delay_hours, weight=item.weight)
                )

    def _offices(self) -> list[tuple[DemoOffice, Office]]:
        teams = {team.name: team for team in self.agency.teams.all()}
        offices = []
        for item in self.spec.offices:
            office, _created = Office.objects.get_or_create(
                agency=self.agency,
                name=item.name,
                defaults={"address": item.address, "team": teams.get(item.team)},
            )
            offices.append((item, office))
        return offices

    def _has_answers(self) -> bool:
        citizen = SurveyResponse.objects.filter(agency=self.agency, pulse_round__isnull=True)
        invited = SurveyInvitation.objects.filter(agency=self.agency)
        return citizen.exists() or invited.exists()

    # Invitations for the demo's closed cases --------------------------------------------------

    def _closed_cases(self, seeded: Seeded, policy: FeedbackPolicy) -> None:
        cases = (
            Case.objects.filter(
                agency=self.agency,
                status=CaseStatus.CLOSED,
                customer__isnull=False,
                closed_at__isnull=False,
                service_id__in=list(self.by_service),
            )
            .select_related("customer")
            .order_by("closed_at", "id")
        )
        for case in cases:
            covering = [
                covered
                for covered in self.by_service.get(case.service_id, [])
                if covered.survey.applies_to_channel(case.channel)
            ]
            # Two surveys on one service: whichever goes first, the second waits out the
            # fatigue rule.
            self.rng.shuffle(covering)
            for position, covered in enumerate(covering):
                self._invite(seeded, policy, case, covered, first=position == 0)

    def _invite(
        self, seeded: Seeded, policy: FeedbackPolicy, case: Case, covered: Covered, *, first: bool
    ) -> None:
        customer = case.customer
        if customer is None or case.closed_at is None:
            return
        invitation = SurveyInvitation(
            survey=covered.survey,
            case=case,
            customer=customer,
            agency=self.agency,
            language=customer.preferred_language or "en",
            created_at=case.closed_at,
            due_at=case.closed_at + timedelta(hours=covered.delay_hours),
        )
        seeded.invitations.append(invitation)
        reason = self._skip_reason(customer, invitation, policy, first=first)
        if reason:
            invitation.status = InvitationStatus.SKIPPED
            invitation.skip_reason = reason
            if reason == SkipReason.NO_ADDRESS and first:
                self._typed_in(seeded, case, invitation)
            return
        if invitation.due_at > self.now:
            return  # still pending: the dispatch task sends it when due
        self.last_sent[customer.pk] = invitation.due_at
        self._send(seeded, policy, case, invitation)

    def _skip_reason(
        self,
        customer: Customer,
        invitation: SurveyInvitation,
        policy: FeedbackPolicy,
        *,
        first: bool,
    ) -> str:
        declined = self.declined.get(customer.pk)
        if not customer.survey_consent or (declined and declined <= invitation.created_at):
            return SkipReason.DECLINED
        if not customer.email:
            return SkipReason.NO_ADDRESS
        last = self.last_sent.get(customer.pk)
        recent = last is not None and invitation.due_at - last < timedelta(days=policy.fatigue_days)
        return SkipReason.FATIGUE if not first or recent else ""

    def _send(
        self, seeded: Seeded, policy: FeedbackPolicy, case: Case, invitation: SurveyInvitation
    ) -> None:
        rng = self.rng
        sent = invitation.due_at + timedelta(minutes=rng.randint(1, 15))
        expires = sent + timedelta(days=policy.expire_after_days)
        remind = sent + timedelta(days=policy.reminder_after_days)
        invitation.sent_at, invitation.expires_at = sent, expires
        answered: datetime | None = None
        if rng.random() < ANSWER_RATES.get(case.channel, 0.25):
            answered = sent + timedelta(hours=rng.expovariate(1 / 30))
            if answered >= expires or answered > self.now:
                answered = None
        reminded = (
            remind if policy.reminder_after_days and remind <= (answered or self.now) else None
        )
        invitation.reminded_at = reminded
        if answered is not None:
            invitation.status = InvitationStatus.ANSWERED
            invitation.answered_at = answered
            seeded.drafts.append(self._case_draft(case, invitation, CollectedVia.LINK, answered))
            return
        if expires <= self.now:
            invitation.status = InvitationStatus.EXPIRED
        else:
            invitation.status = InvitationStatus.REMINDED if reminded else InvitationStatus.SENT
        if rng.random() < UNSUBSCRIBE_RATE:
            self.declined[invitation.customer_id] = sent + timedelta(days=1)

    def _typed_in(self, seeded: Seeded, case: Case, invitation: SurveyInvitation) -> None:
        """A customer without email, phoned or written to, whose answers staff typed in."""
        customer = case.customer
        if customer is None or case.closed_at is None:
            return
        ways = {case.channel, customer.preferred_channel}
        via = (
            CollectedVia.PHONE if C.PHONE in ways else CollectedVia.MAIL if C.MAIL in ways else None
        )
        if via is None or self.rng.random() > STAFF_ANSWER_RATE:
            return
        when = case.closed_at + timedelta(hours=self.rng.uniform(20, 120))
        if when > self.now:
            return
        invitation.status = InvitationStatus.ANSWERED
        invitation.answered_at = when
        seeded.drafts.append(self._case_draft(case, invitation, via, when))

    def _case_draft(
        self, case: Case, invitation: SurveyInvitation, via: str, when: datetime
    ) -> Draft:
        response = SurveyResponse(
            survey=invitation.survey,
            agency=self.agency,
            invitation=invitation,
            case=case,
            service_id=case.service_id,
            channel=case.channel,
            team_id=case.team_id,
            collected_via=via,
            language=invitation.language,
            entered_by=self._clerk(case.team_id) if via != CollectedVia.LINK else None,
            submitted_at=when,
        )
        return self._draft(response, self._service_code(case.service_id))

    # Answers before the demo's cases, and from the offices ------------------------------------

    def _history(self, seeded: Seeded) -> None:
        """Nine months of answers before the demo's cases, service by service."""
        months = (YEAR_DAYS - CASE_DAYS) / MONTH_DAYS
        window = timedelta(days=YEAR_DAYS - CASE_DAYS).total_seconds()
        start = self.now - timedelta(days=CASE_DAYS)
        for code, monthly in self.spec.monthly.items():
            service = self.services.get(code)
            if service is None or service.pk not in self.by_service:
                continue
            for _number in range(round(monthly * months * self.scale)):
                when = start - timedelta(seconds=self.rng.uniform(0, window))
                channel = self._channel(service)
                survey = self._survey_for(service, channel)
                if survey is not None:
                    seeded.drafts.append(self._earlier_draft(survey, service, channel, when))

    def _earlier_draft(
        self, survey: Survey, service: Service, channel: str, when: datetime
    ) -> Draft:
        rng = self.rng
        via = CollectedVia.LINK
        if channel == C.PHONE and rng.random() < 0.5:
            via = CollectedVia.PHONE
        elif channel == C.MAIL and rng.random() < 0.6:
            via = CollectedVia.MAIL
        response = SurveyResponse(
            survey=survey,
            agency=self.agency,
            service=service,
            channel=channel,
            team_id=service.default_team_id,
            collected_via=via,
            language="es" if rng.random() < self.spec.spanish else "en",
            entered_by=self._clerk(service.default_team_id) if via != CollectedVia.LINK else None,
            submitted_at=when,
        )
        return self._draft(response, service.code)

    def _office_answers(self, seeded: Seeded, offices: list[tuple[DemoOffice, Office]]) -> None:
        """A year of anonymous answers from the QR posters in the offices."""
        year = timedelta(days=YEAR_DAYS).total_seconds()
        for item, office in offices:
            for _number in range(round(item.monthly * 12 * self.scale)):
                service = self.services.get(self.rng.choice(item.services))
                survey = self._survey_for(service, C.IN_PERSON, prefer=T.A11) if service else None
                if service is None or survey is None:
                    continue
                response = SurveyResponse(
                    survey=survey,
                    agency=self.agency,
                    service=service,
                    channel=C.IN_PERSON,
                    team_id=office.team_id,
                    office=office,
                    collected_via=CollectedVia.QR,
                    language="es" if self.rng.random() < self.spec.spanish * 1.5 else "en",
                    submitted_at=self.now - timedelta(seconds=self.rng.uniform(0, year)),
                )
                seeded.drafts.append(self._draft(response, service.code))

    def _channel(self, service: Service) -> str:
        channels = [channel for channel in service.channels if channel in CHANNEL_WEIGHTS]
        weights = [CHANNEL_WEIGHTS[channel] for channel in channels]
        return self.rng.choices(channels, weights)[0] if channels else C.WEB

    def _survey_for(self, service: Service, channel: str, prefer: str = "") -> Survey | None:
        covering = [
            covered
            for covered in self.by_service.get(service.pk, [])
            if covered.survey.applies_to_channel(channel)
        ]
        preferred = [c for c in covering if c.survey.template == prefer]
        options = preferred or covering
        if not options:
            return None
        return self.rng.choices(options, [covered.weight for covered in options])[0].survey

    def _service_code(self, service_id: int | None) -> str:
        return next((s.code for s in self.services.values() if s.pk == service_id), "")

    def _clerk(self, team_id: int | None) -> User | None:
        """Who typed in an answer given by phone or mail: front-counter staff, else the team."""
        counter = [
            m.user for m in self.memberships if m.team and m.team.name == self.spec.counter_team
        ]
        team = [m.user for m in self.memberships if team_id and m.team_id == team_id]
        anyone = [m.user for m in self.memberships]
        people = counter or team or anyone
        return self.rng.choice(people) if people else None

    # What people answered ---------------------------------------------------------------------

    def _experience(self, service_code: str, channel: str, when: datetime) -> Experience:
        rng = self.rng
        age = (self.now - when).days
        lift = 0.2 * (1 - age / YEAR_DAYS) - 0.1 + rng.gauss(0, 0.7)
        offsets = self.spec.service_offsets.get(service_code, {})
        by_channel = CHANNEL_OFFSETS.get(channel, {})
        met_staff = channel in STAFFED or rng.random() < 0.35
        numbers: dict[str, int] = {}
        for measure, level in DRIVERS.items():
            if measure == M.HELPFULNESS and not met_staff:
                continue  # "leave this question out if you did not deal with anyone"
            mean = level + offsets.get(measure, 0) + by_channel.get(measure, 0) + lift
            if channel == C.WEB and measure == M.EASE and age < CASE_DAYS:
                mean += NEW_WEB_FORMS
            numbers[measure] = _point(rng, mean, 0.55)
        overall = statistics.fmean(numbers.values())
        satisfaction = _point(rng, 0.85 * overall + 0.6 + offsets.get(M.SATISFACTION, 0), 0.45)
        numbers[M.SATISFACTION] = numbers[M.CSAT] = satisfaction
        numbers[M.TRUST] = _point(rng, satisfaction - 0.2 + offsets.get(M.TRUST, 0), 0.6)
        numbers[M.NPS] = _point(rng, 2 * satisfaction - 0.2, 1.1, 0, 10)
        return Experience(numbers=numbers, satisfaction=satisfaction)

    def _draft(self, response: SurveyResponse, service_code: str) -> Draft:
        experience = self._experience(service_code, response.channel, response.submitted_at)
        template = self.templates[response.survey_id]
        rng = self.rng
        answers: list[SurveyAnswer] = []
        for question in self.questions[response.survey_id]:
            measure = question.measure
            if measure in experience.numbers:
                answers.append(
                    SurveyAnswer(question_id=question.pk, number=experience.numbers[measure])
                )
            elif measure in (M.WENT_WELL, M.COULD_BE_BETTER):
                picked = self._picked(experience, measure)
                if picked:
                    answers.append(SurveyAnswer(question_id=question.pk, choices=picked))
            elif measure == M.COMMENT and rng.random() < COMMENT_RATES.get(
                template, OTHER_COMMENT_RATE
            ):
                text = self._comment(experience.satisfaction, service_code, response.language)
                answers.append(SurveyAnswer(question_id=question.pk, text=text))
        return Draft(response=response, answers=answers)

    def _picked(self, experience: Experience, measure: str) -> list[str]:
        """What went well (drivers scored 4-5) or could be better (1-3), when answered."""
        rng = self.rng
        good = measure == M.WENT_WELL
        if rng.random() > (0.65 if good else 0.5):
            return []
        signs = WENT_WELL if good else COULD_BE_BETTER
        fits: Callable[[int], bool] = (lambda n: n >= 4) if good else (lambda n: n <= 3)
        picked = [
            value
            for driver, value in signs.items()
            if driver in experience.numbers
            and fits(experience.numbers[driver])
            and rng.random() < 0.7
        ]
        if rng.random() < 0.03:
            picked.append("other")
        return picked

    def _comment(self, satisfaction: int, service_code: str, language: str) -> str:
        rng = self.rng
        if rng.random() < PERSONAL_RATE:
            return self._personal(language)
        tone = 2 if satisfaction >= 4 else 0 if satisfaction <= 2 else 1
        if language == "es":
            return rng.choice((BAD_ES, MIXED_ES, GOOD_ES)[tone])
        own = SERVICE_COMMENTS.get(service_code)
        if own is not None and tone != 1 and rng.random() < 0.5:
            return rng.choice(own[0] if tone == 2 else own[1])
        return rng.choice((BAD, MIXED, GOOD)[tone])

    def _personal(self, language: str) -> str:
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        template = rng.choice(PERSONAL_ES if language == "es" else PERSONAL)
        return template.format(
            phone=f"({self.spec.area_code}) 555-01{rng.randint(0, 99):02d}",
            email=f"{first}.{last}{rng.randint(1, 99)}@example.org",
            address=f"{rng.randint(100, 2400)} {rng.choice(STREETS)}",
        )

    def _save(self, seeded: Seeded) -> int:
        SurveyInvitation.objects.bulk_create(seeded.invitations, batch_size=500)
        SurveyResponse.objects.bulk_create([d.response for d in seeded.drafts], batch_size=1000)
        SurveyAnswer.objects.bulk_create(_answers_of(seeded.drafts), batch_size=2000)
        # Those who followed the unsubscribe link in an invitation.
        Customer.objects.filter(pk__in=list(self.declined)).update(survey_consent=False)
        return len(seeded.drafts)

    # Staff pulse ------------------------------------------------------------------------------

    def _pulse(self) -> int:
        """Three rounds of the staff pulse: two closed, one open; most staff answered each."""
        survey = Survey.objects.filter(agency=self.agency, template=T.PULSE).order_by("id").first()
        if survey is None:
            survey = survey_from_template(agency=self.agency, template=T.PULSE, actor=None)
        if survey.rounds.exists():
            return 0
        self.questions[survey.pk] = list(survey.questions.order_by("position", "id"))
        people = self._staff_teams()
        creator = self._manager()
        if not people or creator is None:
            return 0
        added = 0
        for number, (days_ago, days_open) in enumerate(PULSE_ROUNDS):
            opens = self.now - timedelta(days=days_ago)
            pulse_round = PulseRound.objects.create(
                survey=survey,
                agency=self.agency,
                opens_at=opens,
                closes_at=opens + timedelta(days=days_open),
                created_by=creator,
            )
            added += self._pulse_round(pulse_round, people, number)
        return added

    def _pulse_round(self, pulse_round: PulseRound, people: dict[User, str], number: int) -> int:
        rng = self.rng
        is_open = pulse_round.closes_at > self.now
        everyone = list(people)
        if is_open:
            answering = [u for u in everyone if u.email not in self.spec.not_yet_answered]
        else:
            answering = rng.sample(everyone, max(len(everyone) - 1, 1))  # most, not all
        PulseParticipation.objects.bulk_create(
            PulseParticipation(round=pulse_round, user=user) for user in answering
        )
        until = min(pulse_round.closes_at, self.now)
        window = (until - pulse_round.opens_at).total_seconds()
        drafts = []
        for user in answering:
            moment = pulse_round.opens_at + timedelta(seconds=rng.uniform(0, window))
            response = SurveyResponse(
                survey=pulse_round.survey,
                agency=self.agency,
                pulse_round=pulse_round,
                team=self._team_named(people[user]),
                collected_via=CollectedVia.PULSE,
                language="en",
                # The day only, never the time: the time could tell who answered.
                submitted_at=moment.replace(hour=0, minute=0, second=0, microsecond=0),
            )
            drafts.append(self._pulse_draft(response, people[user], number))
        rng.shuffle(drafts)  # the order of the answers says nothing about the order of people
        SurveyResponse.objects.bulk_create([draft.response for draft in drafts])
        SurveyAnswer.objects.bulk_create(_answers_of(drafts))
        return len(drafts)

    def _pulse_draft(self, response: SurveyResponse, team: str, number: int) -> Draft:
        rng = self.rng
        offsets = self.spec.team_offsets.get(team, {})
        mood = rng.gauss(0, 0.6)
        numbers = {
            measure: _point(rng, level + offsets.get(measure, 0) + mood + 0.1 * number, 0.6)
            for measure, level in PULSE_LEVELS.items()
        }
        numbers[M.ENPS] = _point(rng, 2 * statistics.fmean(numbers.values()) - 0.6, 1.3, 0, 10)
        answers = []
        for question in self.questions[response.survey_id]:
            if question.measure in numbers:
                answers.append(
                    SurveyAnswer(question_id=question.pk, number=numbers[question.measure])
                )
            elif question.measure == M.COMMENT and rng.random() < COMMENT_RATES[T.PULSE]:
                answers.append(
                    SurveyAnswer(question_id=question.pk, text=rng.choice(PULSE_COMMENTS))
                )
        return Draft(response=response, answers=answers)

    def _staff_teams(self) -> dict[User, str]:
        """Everyone with a role in the agency and the name of their (first) team, "" for none."""
        people: dict[User, str] = {}
        for membership in self.memberships:
            team = membership.team.name if membership.team else ""
            if membership.user not in people or not people[membership.user]:
                people[membership.user] = team
        return people

    def _team_named(self, name: str) -> Team | None:
        return next((m.team for m in self.memberships if m.team and m.team.name == name), None)

    def _manager(self) -> User | None:
        for role in (Role.MANAGER, Role.ADMINISTRATOR):
            found = [m.user for m in self.memberships if m.role == role]
            if found:
                return found[0]
        return None

    # Friction ---------------------------------------------------------------------------------

    def _friction(self) -> None:
        """The agency's friction reports with their votes, when it has none yet."""
        if FrictionReport.objects.filter(agency=self.agency).exists():
            return
        workers = [m.user for m in self.memberships if m.role in (Role.CASEWORKER, Role.SUPERVISOR)]
        everyone = list(dict.fromkeys(m.user for m in self.memberships))
        managers = [m.user for m in self.memberships if m.role in (Role.MANAGER,)] or everyone
        if not workers:
            return
        reports: list[FrictionReport] = []
        voters: list[list[User]] = []
        for item in self.spec.friction:
            report = self._report(item, workers, managers)
            others = [person for person in everyone if person != report.raised_by]
            voters.append(self.rng.sample(others, min(item.votes, len(others))))
            report.votes = len(voters[-1])
            reports.append(report)
        FrictionReport.objects.bulk_create(reports)
        FrictionVote.objects.bulk_create(
            FrictionVote(
                report=report,
                user=user,
                created_at=report.created_at
                + (self.now - report.created_at) * self.rng.uniform(0.05, 0.9),
            )
            for report, people in zip(reports, voters, strict=True)
            for user in people
        )

    def _report(
        self, item: DemoFriction, workers: list[User], managers: list[User]
    ) -> FrictionReport:
        rng = self.rng
        raised = self.now - timedelta(days=item.days_ago, hours=rng.uniform(0, 8))
        service = self.services.get(item.service)
        case = None
        if item.with_case and service is not None:
            case = Case.objects.filter(service=service).order_by("-created_at", "-id").first()
        report = FrictionReport(
            agency=self.agency,
            raised_by=rng.choice(workers),
            title=item.title,
            description=item.description,
            service=service,
            stage=item.stage,
            case=case,
            status=item.status,
            created_at=raised,
            updated_at=raised,
        )
        if item.status != FrictionStatus.NEW:
            report.response = item.response
            report.responded_by = rng.choice(managers)
            report.responded_at = raised + (self.now - raised) * rng.uniform(0.1, 0.6)
            report.updated_at = report.responded_at
        return report


def sample_survey_path() -> str:
    """The answer link of one sent, unanswered demo invitation, to try the survey page."""
    invitation = (
        SurveyInvitation.objects.filter(status=InvitationStatus.SENT, expires_at__gt=timezone.now())
        .order_by("-sent_at", "-pk")
        .first()
    )
    return invitation_path(invitation) if invitation is not None else ""
