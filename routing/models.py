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
        help_text=_("A case waiting this long moves to the overflow queue."),
    )
    priority_step_minutes = models.PositiveIntegerField(
        _("one priority step counts as (minutes of waiting)"), default=30
    )
    relax_level_after_minutes = models.PositiveIntegerField(
        _("lower required levels by one after (minutes)"),
        default=60,
        help_text=_("And one more step each time this long passes again, down to level 1."),
    )
    drop_preferred_after_minutes = models.PositiveIntegerField(
        _("stop counting preferred skills after (minutes)"), default=30
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
        indexes = [models.Index(fields=["user", "started_at"], name="presence_log_person")]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(ended_at__isnull=True), name="presence_log_one_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.state} {self.started_at:%Y-%m-%d %H:%M}"
