"""Feedback: surveys of citizens and staff, their invitations and answers, and friction reports.

A citizen survey (``Survey`` with audience ``customer``) applies to chosen services and
channels. Closing a case writes one ``SurveyInvitation`` per survey that applies (UNIQUE
per case and survey), due after the delay set for the service; a beat task sends due
invitations by email through the outbox with a signed single-use link. The answers are a
``SurveyResponse`` with one ``SurveyAnswer`` per question, keeping the service, channel,
agency, team and case so results compare them. In-person offices hand out a QR link per
office and service for anonymous answers; staff enter answers given by phone or mail.

Staff answer anonymous pulse surveys (audience ``employee``) in rounds: the response keeps
the team but never the person, and a separate participation row stops a second answer.
Friction reports are problems staff meet in their own tools and processes, triaged by
managers.
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.models import Agency, OutboundEmail, Team
from cases.models import Case, Channel, Customer, Service


def new_nonce() -> str:
    return secrets.token_urlsafe(12)


class Audience(models.TextChoices):
    CUSTOMER = "customer", _("Citizens and clients")
    EMPLOYEE = "employee", _("Staff (anonymous pulse)")


class SurveyTemplate(models.TextChoices):
    """Where a survey's questions came from; reports read its measures, not this."""

    A11 = "a11", _("Federal post-transaction survey (OMB A-11 section 280)")
    CSAT = "csat", _("Customer satisfaction (CSAT)")
    NPS = "nps", _("Net Promoter Score (NPS)")
    CES = "ces", _("Customer effort score (CES)")
    PULSE = "pulse", _("Employee pulse")
    CUSTOM = "custom", _("Custom")


class QuestionKind(models.TextChoices):
    AGREEMENT = "agreement", _("Agreement, 1 (strongly disagree) to 5 (strongly agree)")
    THUMBS = "thumbs", _("Thumbs up or down")
    NPS = "nps", _("Likelihood, 0 to 10")
    EFFORT = "effort", _("Effort, 1 (very difficult) to 7 (very easy)")
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TEXT = "text", _("Free text")


# The range of the numeric kinds: what an answer may hold.
SCALES: dict[str, tuple[int, int]] = {
    QuestionKind.AGREEMENT: (1, 5),
    QuestionKind.THUMBS: (0, 1),
    QuestionKind.NPS: (0, 10),
    QuestionKind.EFFORT: (1, 7),
}
CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)


class Measure(models.TextChoices):
    """What a question measures, so results can be compared across surveys.

    The A-11 drivers are agreement questions; a score is the share who agree (4 or 5).
    """

    NONE = "", _("Nothing reported")
    TRUST = "trust", _("Trust")
    SATISFACTION = "satisfaction", _("Satisfaction")
    EASE = "ease", _("Ease")
    EFFICIENCY = "efficiency", _("Efficiency")
    TRANSPARENCY = "transparency", _("Transparency")
    EFFECTIVENESS = "effectiveness", _("Effectiveness")
    HELPFULNESS = "helpfulness", _("Employee helpfulness")
    WENT_WELL = "went_well", _("What went well")
    COULD_BE_BETTER = "could_be_better", _("What could be better")
    CSAT = "csat", _("Customer satisfaction (CSAT)")
    NPS = "nps", _("Net Promoter Score")
    CES = "ces", _("Customer effort")
    COMMENT = "comment", _("Comment")
    WORKLOAD = "workload", _("Workload")
    TOOLS = "tools", _("Tools")
    SUPPORT = "support", _("Support")
    ENPS = "enps", _("Employee Net Promoter Score")


class Survey(models.Model):
    """A questionnaire of one agency, for citizens after a case or for staff."""

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="surveys", verbose_name=_("agency")
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("Shown to staff only."))
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.CUSTOMER
    )
    template = models.CharField(
        _("template"), max_length=10, choices=SurveyTemplate.choices, default=SurveyTemplate.CUSTOM
    )
    title = models.CharField(_("title"), max_length=200)
    title_es = models.CharField(_("title in Spanish"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    intro_es = models.TextField(_("introduction in Spanish"), blank=True)
    services = models.ManyToManyField(
        Service,
        through="SurveyService",
        related_name="surveys",
        blank=True,
        verbose_name=_("services"),
    )
    channels = models.JSONField(
        _("channels"),
        default=list,
        blank=True,
        help_text=_("Intake channels whose cases get the survey; none chosen means every channel."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ("agency__name", "name")

    def __str__(self) -> str:
        return self.name

    def title_in(self, language: str) -> str:
        return (self.title_es if language == "es" else "") or self.title

    def intro_in(self, language: str) -> str:
        return (self.intro_es if language == "es" else "") or self.intro

    def applies_to_channel(self, channel: str) -> bool:
        return not self.channels or channel in self.channels


class SurveyService(models.Model):
    """A service a citizen survey applies to, with how long after closure it is sent."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="service_links")
    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="+", verbose_name=_("service")
    )
    delay_hours = models.PositiveIntegerField(
        _("send after (hours)"),
        default=24,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_("How long after the case closes the invitation is sent."),
    )

    class Meta:
        verbose_name = _("service surveyed")
        verbose_name_plural = _("services surveyed")
        constraints = [
            models.UniqueConstraint(fields=["survey", "service"], name="survey_service_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.survey} / {self.service}"


class Stage(models.TextChoices):
    """The stages of a case, as the service blueprint shows them."""

    INTAKE = "intake", _("Intake")
    TRIAGE = "triage", _("Triage")
    WORK = "work", _("Work")
    WAITING = "waiting", _("Waiting")
    RESOLUTION = "resolution", _("Resolution")
    FOLLOW_UP = "follow_up", _("Follow-up")


class Question(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices)
    measure = models.CharField(
        _("measure"),
        max_length=20,
        choices=Measure.choices,
        blank=True,
        help_text=_("What the answers count towards in reports."),
    )
    stage = models.CharField(
        _("stage"),
        max_length=12,
        choices=Stage.choices,
        blank=True,
        help_text=_("The stage of a case the question asks about, for the service blueprint."),
    )
    text = models.CharField(_("question"), max_length=300)
    text_es = models.CharField(_("question in Spanish"), max_length=300, blank=True)
    help_text = models.CharField(_("hint"), max_length=300, blank=True)
    help_text_es = models.CharField(_("hint in Spanish"), max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=False)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ("survey", "position", "id")

    def __str__(self) -> str:
        return self.text

    def text_in(self, language: str) -> str:
        return (self.text_es if language == "es" else "") or self.text

    def help_in(self, language: str) -> str:
        return (self.help_text_es if language == "es" else "") or self.help_text


class Choice(models.Model):
    """An answer offered by a single- or multiple-choice question."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    value = models.SlugField(_("value"), max_length=50, help_text=_("Stored with the answer."))
    label = models.CharField(_("label"), max_length=200)
    label_es = models.CharField(_("label in Spanish"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ("question", "position", "id")
        constraints = [
            models.UniqueConstraint(fields=["question", "value"], name="choice_value_unique"),
        ]

    def __str__(self) -> str:
        return self.label

    def label_in(self, language: str) -> str:
        return (self.label_es if language == "es" else "") or self.label


class FeedbackPolicy(models.Model):
    """An agency's rules for inviting citizens; an agency without one gets the defaults."""

    agency = models.OneToOneField(
        Agency, on_delete=models.CASCADE, related_name="feedback_policy", verbose_name=_("agency")
    )
    fatigue_days = models.PositiveSmallIntegerField(
        _("at most one invitation per customer every (days)"),
        default=30,
        validators=[MaxValueValidator(365)],
    )
    reminder_after_days = models.PositiveSmallIntegerField(
        _("remind after (days)"),
        default=3,
        validators=[MaxValueValidator(60)],
        help_text=_("One reminder when the survey is still unanswered; 0 sends none."),
    )
    expire_after_days = models.PositiveSmallIntegerField(
        _("link expires after (days)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(180)],
    )

    class Meta:
        verbose_name = _("feedback policy")
        verbose_name_plural = _("feedback policies")

    def __str__(self) -> str:
        return str(self.agency)


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    REMINDED = "reminded", _("Reminded")
    ANSWERED = "answered", _("Answered")
    EXPIRED = "expired", _("Expired")
    SKIPPED = "skipped", _("Not sent")


class SkipReason(models.TextChoices):
    NONE = "", _("—")
    FATIGUE = "fatigue", _("Invited recently")
    DECLINED = "declined", _("Declines surveys")
    NO_ADDRESS = "no_address", _("No email address")
    INACTIVE = "inactive", _("Survey no longer active")
    NOT_CLOSED = "not_closed", _("Case reopened and not closed again")


class SurveyInvitation(models.Model):
    """One citizen invited to one survey about one closed case."""

    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="invitations")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="survey_invitations")
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=8, default="en")
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InvitationStatus.choices,
        default=InvitationStatus.PENDING,
    )
    skip_reason = models.CharField(
        _("why not sent"), max_length=12, choices=SkipReason.choices, blank=True
    )
    nonce = models.CharField(max_length=24, default=new_nonce, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    due_at = models.DateTimeField(_("due"))
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    email = models.ForeignKey(
        OutboundEmail, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reminder_email = models.ForeignKey(
        OutboundEmail, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        ordering = ("-created_at", "-id")
        constraints = [
            models.UniqueConstraint(fields=["case", "survey"], name="invitation_once_per_case"),
        ]
        indexes = [
            models.Index(fields=["due_at"], condition=Q(status="pending"), name="invitation_due"),
            models.Index(
                fields=["sent_at"], condition=Q(status="sent"), name="invitation_unanswered"
            ),
            models.Index(fields=["customer", "created_at"], name="invitation_customer"),
            models.Index(
                fields=["agency", "sent_at"],
                condition=Q(sent_at__isnull=False),
                name="invitation_sent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.survey} for {self.case_id}"


class Office(models.Model):
    """A place where citizens are served in person; its QR links collect anonymous answers."""

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="offices", verbose_name=_("agency")
    )
    name = models.CharField(_("name"), max_length=150)
    address = models.CharField(_("address"), max_length=300, blank=True)
    team = models.ForeignKey(
        Team,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("team"),
        help_text=_("The team that serves this office; its answers count for that team."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ("agency__name", "name")

    def __str__(self) -> str:
        return self.name


class CollectedVia(models.TextChoices):
    """How the answers reached us (the case's own intake channel is kept apart)."""

    LINK = "link", _("Emailed link")
    QR = "qr", _("QR code in an office")
    PHONE = "phone", _("By phone, entered by staff")
    MAIL = "mail", _("By mail, entered by staff")
    PULSE = "pulse", _("Staff pulse")


class PulseRound(models.Model):
    """One sending of an employee pulse survey to an agency's staff, open for a while."""

    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="rounds")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("pulse round")
        verbose_name_plural = _("pulse rounds")
        ordering = ("-opens_at", "-id")

    def __str__(self) -> str:
        return f"{self.survey} {self.opens_at:%Y-%m-%d}"


class PulseParticipation(models.Model):
    """That a person answered a round; deliberately not linked to what they answered.

    Its key is random, not a sequence, so the order of participations cannot be lined up
    with the order of responses.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(PulseRound, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "user"], name="pulse_once_per_person"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} answered {self.round_id}"


class SurveyResponse(models.Model):
    """One set of answers to a survey, with what it was about so results can be compared.

    Citizen responses keep the case, service, intake channel, team and agency; pulse
    responses keep only the round, the team and the day, never the person.
    """

    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="responses")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    invitation = models.OneToOneField(
        SurveyInvitation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="response",
    )
    case = models.ForeignKey(
        Case, on_delete=models.SET_NULL, null=True, blank=True, related_name="survey_responses"
    )
    service = models.ForeignKey(
        Service, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    channel = models.CharField(_("channel"), max_length=15, choices=Channel.choices, blank=True)
    team = models.ForeignKey(
        Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    office = models.ForeignKey(
        Office, on_delete=models.SET_NULL, null=True, blank=True, related_name="responses"
    )
    pulse_round = models.ForeignKey(
        PulseRound, on_delete=models.CASCADE, null=True, blank=True, related_name="responses"
    )
    collected_via = models.CharField(
        _("collected"), max_length=10, choices=CollectedVia.choices, default=CollectedVia.LINK
    )
    language = models.CharField(_("language"), max_length=8, default="en")
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The staff member who typed in an answer given by phone or mail."),
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ("-submitted_at", "-id")
        indexes = [
            models.Index(fields=["agency", "submitted_at"], name="response_agency_time"),
            models.Index(fields=["service", "channel", "submitted_at"], name="response_service"),
        ]

    def __str__(self) -> str:
        return f"{self.survey} {self.submitted_at:%Y-%m-%d}"


class SurveyAnswer(models.Model):
    """The answer to one question: a number for scales, choice values, or text."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    number = models.SmallIntegerField(null=True, blank=True)
    choices = models.JSONField(default=list, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="answer_once_per_question"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.question_id}: {self.number if self.number is not None else self.text}"


class FrictionStatus(models.TextChoices):
    NEW = "new", _("New")
    REVIEWING = "reviewing", _("Under review")
    PLANNED = "planned", _("Fix planned")
    FIXED = "fixed", _("Fixed")
    DECLINED = "declined", _("Will not change")


FRICTION_OPEN = (FrictionStatus.NEW, FrictionStatus.REVIEWING, FrictionStatus.PLANNED)


class FrictionReport(models.Model):
    """Something in staff's own tools or processes that gets in the way of good service."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("what gets in the way"), max_length=200)
    description = models.TextField(_("details"), blank=True)
    service = models.ForeignKey(
        Service,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="friction_reports",
        verbose_name=_("service"),
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, blank=True)
    case = models.ForeignKey(
        Case, on_delete=models.SET_NULL, null=True, blank=True, related_name="friction_reports"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=FrictionStatus.choices, default=FrictionStatus.NEW
    )
    response = models.TextField(_("response to staff"), blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    responded_at = models.DateTimeField(_("responded"), null=True, blank=True)
    votes = models.PositiveIntegerField(_("votes"), default=0)
    created_at = models.DateTimeField(_("raised"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("friction report")
        verbose_name_plural = _("friction reports")
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["agency", "status", "-votes", "-id"], name="friction_triage"),
        ]

    def __str__(self) -> str:
        return self.title


class FrictionVote(models.Model):
    """A colleague's "me too" on a friction report."""

    report = models.ForeignKey(FrictionReport, on_delete=models.CASCADE, related_name="vote_rows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["report", "user"], name="friction_vote_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.report_id}"
