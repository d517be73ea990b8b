"""Service levels: policies with response and resolution targets, and their escalations."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from backoffice.models import Agency, Team

from .service import Priority, Service

PAUSABLE_STATUSES = ("waiting_customer", "waiting_third_party")


def default_pause_statuses() -> list[str]:
    return list(PAUSABLE_STATUSES)


class SlaBasis(models.TextChoices):
    BUSINESS = "business", _("Business hours (the agency's calendar)")
    CALENDAR = "calendar", _("Calendar time (around the clock)")


class SlaState(models.TextChoices):
    NONE = "", _("No service level")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    BREACHED = "breached", _("Breached")
    MET = "met", _("Met")
    MISSED = "missed", _("Missed")


class SlaTarget(models.TextChoices):
    RESPONSE = "response", _("First response")
    RESOLUTION = "resolution", _("Resolution")


class EscalationLevel(models.IntegerChoices):
    WARNING = 1, _("Level 1: warning")
    BREACH = 2, _("Level 2: breach")
    ESCALATED = 3, _("Level 3: escalated")


class SlaPolicy(models.Model):
    """What an agency promises for a service and priority, and how it escalates.

    The most specific active policy applies to a case: service and priority, then
    service, then priority, then the agency's default (neither set).
    """

    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="sla_policies", verbose_name=_("agency")
    )
    name = models.CharField(_("name"), max_length=150)
    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sla_policies",
        verbose_name=_("service"),
        help_text=_("Leave empty to apply to every service without a policy of its own."),
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"),
        choices=Priority.choices,
        null=True,
        blank=True,
        help_text=_("Leave empty to apply to every priority."),
    )
    basis = models.CharField(
        _("time counted in"), max_length=10, choices=SlaBasis.choices, default=SlaBasis.BUSINESS
    )
    response_target = models.DurationField(
        _("first response within"),
        null=True,
        blank=True,
        help_text=_("For example 8:00:00 for 8 hours, or 1 day, 0:00:00. Empty: no target."),
    )
    resolution_target = models.DurationField(
        _("resolution within"),
        null=True,
        blank=True,
        help_text=_("Business hours count only while the calendar is open. Empty: no target."),
    )
    warning_percent = models.PositiveSmallIntegerField(
        _("warn at (% of the target used)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
    )
    pause_statuses = models.JSONField(
        _("statuses that pause the clock"),
        default=default_pause_statuses,
        blank=True,
        help_text=_("Time spent in these statuses does not count against the targets."),
    )
    notify_assignee_at_warning = models.BooleanField(
        _("level 1: notify the assignee at the warning"), default=True
    )
    raise_priority_at_breach = models.BooleanField(
        _("level 2: raise the priority one step at breach"),
        default=True,
        help_text=_("The team's supervisors are always notified at breach."),
    )
    escalate_after = models.DurationField(
        _("level 3: escalate this long after breach"),
        null=True,
        blank=True,
        help_text=_(
            "Counted like the targets. Moves the case to the escalation team and notifies "
            "the agency's managers. Empty: no level 3."
        ),
    )
    escalation_team = models.ForeignKey(
        Team,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("escalation team"),
        help_text=_("Where level 3 moves the case. Empty: it stays with its team."),
    )
    escalation_queue = models.ForeignKey(
        "routing.Queue",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("escalation queue"),
        help_text=_(
            "Where level 3 moves the case, unassigned, to wait for the queue's team. "
            "Takes precedence over the escalation team."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("service level policy")
        verbose_name_plural = _("service level policies")
        ordering = ("agency__name", "service__name", "priority", "name")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "service", "priority"],
                condition=Q(service__isnull=False, priority__isnull=False),
                name="sla_policy_service_priority",
            ),
            models.UniqueConstraint(
                fields=["agency", "service"],
                condition=Q(service__isnull=False, priority__isnull=True),
                name="sla_policy_service",
            ),
            models.UniqueConstraint(
                fields=["agency", "priority"],
                condition=Q(service__isnull=True, priority__isnull=False),
                name="sla_policy_priority",
            ),
            models.UniqueConstraint(
                fields=["agency"],
                condition=Q(service__isnull=True, priority__isnull=True),
                name="sla_policy_default",
            ),
            models.CheckConstraint(
                condition=Q(warning_percent__gte=1, warning_percent__lte=99),
                name="sla_policy_warning_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def specificity(self) -> int:
        return (2 if self.service_id else 0) + (1 if self.priority else 0)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        zero = timedelta(0)
        for name in ("response_target", "resolution_target", "escalate_after"):
            value = getattr(self, name)
            if value is not None and value <= zero:
                errors[name] = str(_("Enter a duration longer than zero."))
        if self.response_target is None and self.resolution_target is None:
            errors["resolution_target"] = str(
                _("Set a first-response target, a resolution target or both.")
            )
        if (
            self.response_target
            and self.resolution_target
            and self.response_target > self.resolution_target
        ):
            errors["response_target"] = str(
                _("The first response cannot be due after the resolution.")
            )
        statuses = self.pause_statuses or []
        if not isinstance(statuses, list) or not set(statuses) <= set(PAUSABLE_STATUSES):
            errors["pause_statuses"] = str(_("Only waiting statuses can pause the clock."))
        service, team = self.service, self.escalation_team
        if service is not None and self.agency_id and service.agency_id != self.agency_id:
            errors["service"] = str(_("Choose a service of this agency."))
        if team is not None and self.agency_id and team.agency_id != self.agency_id:
            errors["escalation_team"] = str(_("Choose a team of this agency."))
        queue = self.escalation_queue
        if queue is not None and self.agency_id and queue.agency_id != self.agency_id:
            errors["escalation_queue"] = str(_("Choose a queue of this agency."))
        if errors:
            raise ValidationError(errors)


class Escalation(models.Model):
    """One rung of a case's escalation ladder, reached once per target, level and round.

    The unique constraint is what makes a sweep that runs twice, or is killed and
    run again, escalate exactly once. A reopened case starts a new round.
    """

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="escalations", verbose_name=_("case")
    )
    target = models.CharField(_("target"), max_length=10, choices=SlaTarget.choices)
    level = models.PositiveSmallIntegerField(_("level"), choices=EscalationLevel.choices)
    round = models.PositiveSmallIntegerField(
        _("round"), default=1, help_text=_("1, then one more each time the case is reopened.")
    )
    threshold_at = models.DateTimeField(_("due at"))
    escalated_at = models.DateTimeField(_("escalated at"))
    actions = models.JSONField(_("what was done"), default=dict, blank=True)

    class Meta:
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        ordering = ("case", "escalated_at", "level")
        indexes = [
            # The report rollups count each day's breaches.
            models.Index(
                fields=["escalated_at"],
                condition=Q(level=EscalationLevel.BREACH),
                name="escalation_breach_time",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "target", "level", "round"], name="escalation_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.target} level {self.level}"
