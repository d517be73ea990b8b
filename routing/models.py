"""Routing: skills and their levels, queues, routing rules, and presence.

A case waits in a queue until someone takes it. Routing rules, applied at intake, choose
the queue, may change the priority and add skills the case needs; the service's own
skills are always needed. People hold skills at levels 1-5 and have a presence (available,
busy, away, offline) with a capacity of cases they work at once.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.models import Agency, Team

LEVELS = [MinValueValidator(1), MaxValueValidator(5)]


class Skill(models.Model):
    """Something a caseworker can do, e.g. "Spanish" or "Commercial permits"."""

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="skills", verbose_name=_("agency")
    )
    code = models.SlugField(_("code"), max_length=50)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ("agency__name", "name")
        constraints = [
            models.UniqueConstraint(fields=["agency", "code"], name="skill_code_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class SkillSource(models.TextChoices):
    SUPERVISOR = "supervisor", _("Set by a supervisor")
    ASSESSMENT = "assessment", _("Earned in an assessment")
    OBSERVED = "observed", _("Observed practical assessment")


class PersonSkill(models.Model):
    """A person's current level (1 novice to 5 expert) in one skill."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="skills",
        verbose_name=_("person"),
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.CASCADE, related_name="holders", verbose_name=_("skill")
    )
    level = models.PositiveSmallIntegerField(_("level"), validators=LEVELS)
    source = models.CharField(_("source"), max_length=12, choices=SkillSource.choices)
    updated_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("skill level")
        verbose_name_plural = _("skill levels")
        ordering = ("skill__name",)
        constraints = [
            models.UniqueConstraint(fields=["user", "skill"], name="person_skill_unique"),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=5), name="person_skill_level_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.skill} {self.level}"


class SkillLevelChange(models.Model):
    """The history of a person's levels: every change, with its source and who made it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="skill_history",
        verbose_name=_("person"),
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.CASCADE, related_name="history", verbose_name=_("skill")
    )
    level_before = models.PositiveSmallIntegerField(_("level before"), null=True, blank=True)
    level_after = models.PositiveSmallIntegerField(_("level after"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=12, choices=SkillSource.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("skill level change")
        verbose_name_plural = _("skill level history")
        ordering = ("-changed_at", "-id")
        indexes = [models.Index(fields=["user", "-changed_at"], name="skill_history_person")]

    def __str__(self) -> str:
        return f"{self.user} · {self.skill}: {self.level_before} → {self.level_after}"


class ServiceSkill(models.Model):
    """A skill a service's cases need (required) or are better handled with (preferred)."""

    service = models.ForeignKey(
        "cases.Service", on_delete=models.CASCADE, related_name="skills", verbose_name=_("service")
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.CASCADE, related_name="services", verbose_name=_("skill")
    )
    min_level = models.PositiveSmallIntegerField(_("minimum level"), default=1, validators=LEVELS)
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Required skills must be held; preferred ones only count at first."),
    )

    class Meta:
        verbose_name = _("service skill")
        verbose_name_plural = _("service skills")
        constraints = [
            models.UniqueConstraint(fields=["service", "skill"], name="service_skill_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.service} needs {self.skill} {self.min_level}"


class QueueMode(models.TextChoices):
    PULL = "pull", _("Pull: people take the next case")
    PUSH = "push", _("Push: cases are offered to available people")


class Queue(models.Model):
    """Where cases wait for a person: one team's work, pulled or pushed."""

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="queues", verbose_name=_("agency")
    )
    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="queues", verbose_name=_("team")
    )
    name = models.CharField(_("name"), max_length=150)
    mode = models.CharField(_("mode"), max_length=4, choices=QueueMode.choices, default="pull")
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="queues",
        verbose_name=_("members"),
        help_text=_("People who take cases from this queue."),
    )
    offer_timeout_seconds = models.PositiveIntegerField(
        _("offer timeout (seconds)"),
        default=120,
        validators=[MinValueValidator(10)],
        help_text=_("Push queues: how long a person has to accept an offer."),
    )
    overflow_queue = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("overflow queue"),
    )
    overflow_after_minutes = models.PositiveIntegerField(
        _("overflow after (minutes)"),
        null=True,
        blank=True,
        help_text=_(
            "A case that has waited this long since it was first queued moves to the "
            "overflow queue."
        ),
    )
    priority_step_minutes = models.PositiveIntegerField(
        _("one priority step counts as (minutes of waiting)"), default=30
    )
    relax_level_after_minutes = models.PositiveIntegerField(
        _("lower required levels by one after (minutes)"),
        default=30,
        help_text=_(
            "And one more step each time this long passes again, down to level 1 "
            "(0: never lowered)."
        ),
    )
    drop_preferred_after_minutes = models.PositiveIntegerField(
        _("stop counting preferred skills after (minutes)"),
        default=60,
        help_text=_("Until then a case waits for someone who also has its preferred skills."),
    )
    sla_risk_minutes = models.PositiveIntegerField(
        _("a case at service-level risk counts as (minutes of waiting)"),
        default=60,
        help_text=_("A case past its service level counts twice this."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("queue")
        verbose_name_plural = _("queues")
        ordering = ("agency__name", "name")
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="queue_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.team_id and self.agency_id and self.team.agency_id != self.agency_id:
            errors["team"] = str(_("Choose a team of this agency."))
        overflow = self.overflow_queue
        if overflow is None and self.overflow_after_minutes is not None:
            errors["overflow_queue"] = str(_("Choose the queue cases move to after this wait."))
        if overflow is not None and self.overflow_after_minutes is None:
            errors["overflow_after_minutes"] = str(
                _("Say after how many minutes of waiting a case moves to the overflow queue.")
            )
        if overflow is not None and self.pk is not None and overflow.pk == self.pk:
            errors["overflow_queue"] = str(_("A queue cannot overflow into itself."))
        elif overflow is not None and self.agency_id and overflow.agency_id != self.agency_id:
            errors["overflow_queue"] = str(_("Choose a queue of this agency."))
        elif overflow is not None and self._overflows_back(overflow):
            errors["overflow_queue"] = str(
                _("%(queue)s already overflows back into this queue.") % {"queue": overflow}
            )
        if errors:
            raise ValidationError(errors)

    def _overflows_back(self, overflow: Queue) -> bool:
        """Whether following *overflow*'s own overflow queues leads back to this queue."""
        seen = {overflow.pk}
        following = overflow.overflow_queue
        while self.pk is not None and following is not None and following.pk not in seen:
            if following.pk == self.pk:
                return True
            seen.add(following.pk)
            following = following.overflow_queue
        return False


class RoutingRule(models.Model):
    """An intake rule: the first active rule (by order) whose conditions all hold routes the case.

    Empty conditions match anything; a keyword matches the subject or description,
    ignoring case.
    """

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="routing_rules", verbose_name=_("agency")
    )
    name = models.CharField(_("name"), max_length=150)
    order = models.PositiveIntegerField(_("order"), default=100, help_text=_("Lowest first."))
    is_active = models.BooleanField(_("active"), default=True)
    service = models.ForeignKey(
        "cases.Service",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("when the service is"),
    )
    channel = models.CharField(_("when the channel is"), max_length=15, blank=True)
    priority = models.PositiveSmallIntegerField(
        _("when the priority is"), null=True, blank=True, validators=[MaxValueValidator(4)]
    )
    customer_kind = models.CharField(_("when the customer is"), max_length=12, blank=True)
    keyword = models.CharField(
        _("when the text contains"),
        max_length=100,
        blank=True,
        help_text=_("Matched in the subject and description, ignoring case."),
    )
    queue = models.ForeignKey(
        Queue, on_delete=models.CASCADE, related_name="rules", verbose_name=_("route to queue")
    )
    priority_change = models.SmallIntegerField(
        _("change priority by"),
        default=0,
        validators=[MinValueValidator(-3), MaxValueValidator(3)],
        help_text=_("Steps up (positive) or down (negative), kept between low and urgent."),
    )
    extra_skills = models.ManyToManyField(
        Skill, through="RuleSkill", blank=True, related_name="+", verbose_name=_("extra skills")
    )

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ("agency__name", "order", "id")
        indexes = [models.Index(fields=["agency", "order"], name="routing_rule_order")]

    def __str__(self) -> str:
        return self.name


class RuleSkill(models.Model):
    """A skill a routing rule adds to the cases it routes."""

    rule = models.ForeignKey(RoutingRule, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="+")
    min_level = models.PositiveSmallIntegerField(_("minimum level"), default=1, validators=LEVELS)
    required = models.BooleanField(_("required"), default=True)

    class Meta:
        verbose_name = _("extra skill")
        verbose_name_plural = _("extra skills")
        constraints = [
            models.UniqueConstraint(fields=["rule", "skill"], name="rule_skill_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.skill} {self.min_level}"


class CaseSkill(models.Model):
    """A skill one case needs, from its service and the rule that routed it."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="skills", verbose_name=_("case")
    )
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="+")
    min_level = models.PositiveSmallIntegerField(_("minimum level"), validators=LEVELS)
    required = models.BooleanField(_("required"), default=True)

    class Meta:
        verbose_name = _("case skill")
        verbose_name_plural = _("case skills")
        constraints = [
            models.UniqueConstraint(fields=["case", "skill"], name="case_skill_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} needs {self.skill_id} {self.min_level}"


class PresenceState(models.TextChoices):
    AVAILABLE = "available", _("Available")
    BUSY = "busy", _("Busy")
    AWAY = "away", _("Away")
    OFFLINE = "offline", _("Offline")


class AwayReason(models.TextChoices):
    NONE = "", _("No reason")
    BREAK = "break", _("Break")
    MEETING = "meeting", _("Meeting")
    TRAINING = "training", _("Training")
    NOT_RESPONDING = "not_responding", _("Not responding")


class Presence(models.Model):
    """A person's current state, capacity and last activity."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="presence",
        verbose_name=_("person"),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=PresenceState.choices, default=PresenceState.OFFLINE
    )
    reason = models.CharField(
        _("reason"), max_length=15, choices=AwayReason.choices, default="", blank=True
    )
    since = models.DateTimeField(_("since"), default=timezone.now)
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many cases this person works at once."),
    )
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    missed_offers = models.PositiveSmallIntegerField(_("missed offers in a row"), default=0)
    busy_at_capacity = models.BooleanField(
        _("busy because at capacity"),
        default=False,
        help_text=_("Set when taking work filled the capacity; freeing it makes them available."),
    )
    last_work_at = models.DateTimeField(
        _("last given work"),
        null=True,
        blank=True,
        help_text=_("Offers go to whoever has been idle longest."),
    )

    class Meta:
        verbose_name = _("presence")
        verbose_name_plural = _("presence")
        indexes = [models.Index(fields=["state", "last_activity_at"], name="presence_idle")]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_state_display()}"


class PresenceLog(models.Model):
    """One stretch of time a person spent in one state; the current one has no end."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="presence_log",
        verbose_name=_("person"),
    )
    state = models.CharField(_("state"), max_length=10, choices=PresenceState.choices)
    reason = models.CharField(_("reason"), max_length=15, choices=AwayReason.choices, blank=True)
    started_at = models.DateTimeField(_("from"))
    ended_at = models.DateTimeField(_("until"), null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )

    class Meta:
        verbose_name = _("presence change")
        verbose_name_plural = _("presence log")
        ordering = ("-started_at", "-id")
        indexes = [
            models.Index(fields=["user", "started_at"], name="presence_log_person"),
            # The stretches reaching into a range end after its start (or are open): the
            # people report reads them through this, not through each person's history.
            models.Index(fields=["user", "ended_at"], name="presence_log_person_end"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(ended_at__isnull=True), name="presence_log_one_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.state} {self.started_at:%Y-%m-%d %H:%M}"


class Decline(models.Model):
    """A case a person said no to: it is never offered to, or taken next by, them again."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="declines", verbose_name=_("case")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="declined_cases",
        verbose_name=_("person"),
    )
    declined_at = models.DateTimeField(_("declined"), default=timezone.now)
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("declined case")
        verbose_name_plural = _("declined cases")
        ordering = ("-declined_at",)
        constraints = [
            models.UniqueConstraint(fields=["case", "user"], name="decline_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user} declined {self.case_id}"


class OfferStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired unanswered")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Offer(models.Model):
    """A case of a push queue put to one available person, who accepts or declines in time.

    A case has at most one pending offer, and so has a person.
    """

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="offers", verbose_name=_("case")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="offers",
        verbose_name=_("offered to"),
    )
    queue = models.ForeignKey(
        Queue, on_delete=models.CASCADE, related_name="offers", verbose_name=_("queue")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.PENDING
    )
    offered_at = models.DateTimeField(_("offered"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ("-offered_at", "-id")
        indexes = [
            models.Index(
                fields=["expires_at"], condition=Q(status="pending"), name="offer_pending_expiry"
            ),
            models.Index(fields=["queue", "-offered_at"], name="offer_queue_recent"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=Q(status="pending"), name="offer_one_per_case"
            ),
            models.UniqueConstraint(
                fields=["user"], condition=Q(status="pending"), name="offer_one_per_person"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} → {self.user} ({self.status})"


class PickupMethod(models.TextChoices):
    NEXT = "next", _("Get next case")
    OFFER = "offer", _("Accepted an offer")
    ASSIGNED = "assigned", _("Assigned")
    TAKEN = "taken", _("Taken from the list")


class Pickup(models.Model):
    """A case leaving its queue for a person: how long it waited and how it was given."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    queue = models.ForeignKey(
        Queue, on_delete=models.CASCADE, related_name="pickups", verbose_name=_("queue")
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="pickups", verbose_name=_("case")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="pickups",
        verbose_name=_("person"),
    )
    method = models.CharField(_("how"), max_length=10, choices=PickupMethod.choices)
    queued_at = models.DateTimeField(_("waiting since"))
    picked_at = models.DateTimeField(_("picked up"))
    waited = models.DurationField(_("waited"))

    class Meta:
        verbose_name = _("pickup")
        verbose_name_plural = _("pickups")
        ordering = ("-picked_at", "-id")
        indexes = [
            models.Index(fields=["queue", "picked_at"], name="pickup_queue_day"),
            models.Index(fields=["agency", "picked_at"], name="pickup_agency_day"),
            models.Index(fields=["user", "picked_at"], name="pickup_person_day"),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} by {self.user_id} after {self.waited}"


# Skill assessments -------------------------------------------------------------------


class Assessment(models.Model):
    """A test of one skill: questions with choices; the score sets the taker's level.

    Each level has a pass mark (percent of questions answered right); the highest level
    whose mark the score reaches is awarded. Levels without a mark are not awarded by
    this assessment.
    """

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("agency")
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("skill")
    )
    title = models.CharField(_("title"), max_length=150)
    instructions = models.TextField(_("instructions"), blank=True)
    level_1_mark = models.PositiveSmallIntegerField(
        _("pass mark for level 1 (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    level_2_mark = models.PositiveSmallIntegerField(
        _("pass mark for level 2 (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    level_3_mark = models.PositiveSmallIntegerField(
        _("pass mark for level 3 (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    level_4_mark = models.PositiveSmallIntegerField(
        _("pass mark for level 4 (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    level_5_mark = models.PositiveSmallIntegerField(
        _("pass mark for level 5 (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    retake_after_hours = models.PositiveIntegerField(
        _("retake after (hours)"),
        default=24,
        help_text=_("How long a person waits before taking this assessment again."),
    )
    is_active = models.BooleanField(_("open to take"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("skill assessment")
        verbose_name_plural = _("skill assessments")
        ordering = ("agency__name", "title")
        constraints = [
            models.UniqueConstraint(fields=["agency", "title"], name="assessment_title_unique"),
        ]

    def __str__(self) -> str:
        return self.title

    def marks(self) -> dict[int, int]:
        """Pass mark (percent) by level, for the levels this assessment awards."""
        found = {level: getattr(self, f"level_{level}_mark") for level in range(1, 6)}
        return {level: mark for level, mark in found.items() if mark is not None}

    def level_for(self, percent: float) -> int | None:
        """The highest level whose pass mark *percent* reaches, or None."""
        reached = [level for level, mark in self.marks().items() if percent >= mark]
        return max(reached) if reached else None

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.skill_id and self.agency_id and self.skill.agency_id != self.agency_id:
            errors["skill"] = str(_("Choose a skill of this agency."))
        marks = self.marks()
        if not marks:
            errors["level_1_mark"] = str(_("Give the pass mark of at least one level."))
        previous: tuple[int, int] | None = None
        for level, mark in sorted(marks.items()):
            if previous is not None and mark <= previous[1]:
                errors[f"level_{level}_mark"] = str(
                    _("A higher level needs a higher mark than level %(level)d (%(mark)d%%).")
                    % {"level": previous[0], "mark": previous[1]}
                )
            previous = (level, mark)
        if errors:
            raise ValidationError(errors)


class AssessmentQuestion(models.Model):
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="questions", verbose_name=_("assessment")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    text = models.TextField(_("question"))

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ("order", "id")

    def __str__(self) -> str:
        return self.text[:80]


class AssessmentChoice(models.Model):
    question = models.ForeignKey(
        AssessmentQuestion,
        on_delete=models.CASCADE,
        related_name="choices",
        verbose_name=_("question"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    text = models.CharField(_("choice"), max_length=300)
    is_correct = models.BooleanField(_("correct"), default=False)

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ("order", "id")

    def __str__(self) -> str:
        return self.text


class AssessmentAttempt(models.Model):
    """One submitted attempt: the answers, the score and the level it set (if any)."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("assessment")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="assessment_attempts",
        verbose_name=_("person"),
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    answers = models.JSONField(_("answers"), default=dict, help_text=_("Choice id by question id."))
    correct = models.PositiveSmallIntegerField(_("right answers"))
    questions = models.PositiveSmallIntegerField(_("questions"))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    level_before = models.PositiveSmallIntegerField(_("level before"), null=True, blank=True)
    level_awarded = models.PositiveSmallIntegerField(_("level set"), null=True, blank=True)

    class Meta:
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")
        ordering = ("-submitted_at", "-id")
        indexes = [
            models.Index(fields=["user", "assessment", "-submitted_at"], name="attempt_person"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.assessment}: {self.score}%"


class ObservedAssessment(models.Model):
    """A practical assessment a supervisor watched, and the level it set."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="observed_assessments",
        verbose_name=_("person"),
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.CASCADE, related_name="observations", verbose_name=_("skill")
    )
    level = models.PositiveSmallIntegerField(_("level observed"), validators=LEVELS)
    level_before = models.PositiveSmallIntegerField(_("level before"), null=True, blank=True)
    observed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("observed by"),
    )
    observed_at = models.DateTimeField(_("observed"), default=timezone.now)
    notes = models.TextField(_("what was observed"))

    class Meta:
        verbose_name = _("observed practical assessment")
        verbose_name_plural = _("observed practical assessments")
        ordering = ("-observed_at", "-id")

    def __str__(self) -> str:
        return f"{self.user} · {self.skill}: {self.level}"
