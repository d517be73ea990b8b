"""Rollup tables for manager reports (see docs/adr/0007-report-rollups.md).

Rows are derived data: :mod:`backoffice.reports.rollups` rebuilds them from cases,
pickups, reopen events and escalations, and nothing else writes them. Each row is one
group of (agency, period, team, service, queue, channel). Related models are named by
string so that importing this module from ``backoffice.models`` does not load the
cases and routing apps' models early.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["DailyRollup", "IntervalRollup", "StageRollup"]


class RollupGroup(models.Model):
    """The dimensions every rollup row is grouped by."""

    agency = models.ForeignKey(
        "backoffice.Agency", on_delete=models.CASCADE, related_name="+", verbose_name=_("agency")
    )
    team = models.ForeignKey(
        "backoffice.Team",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("team"),
    )
    service = models.ForeignKey(
        "cases.Service", on_delete=models.CASCADE, related_name="+", verbose_name=_("service")
    )
    queue = models.ForeignKey(
        "routing.Queue",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("queue"),
    )
    channel = models.CharField(_("channel"), max_length=15)
    created = models.PositiveIntegerField(_("cases opened"), default=0)
    resolved = models.PositiveIntegerField(_("cases resolved"), default=0)
    closed = models.PositiveIntegerField(_("cases closed"), default=0)
    pickups = models.PositiveIntegerField(_("pickups from a queue"), default=0)
    wait_microseconds = models.BigIntegerField(_("time waited before pickup (µs)"), default=0)
    computed_at = models.DateTimeField(_("computed"), default=timezone.now)

    class Meta:
        abstract = True


class DailyRollup(RollupGroup):
    """One local day of an agency (its time zone) for one group.

    Flows (opened, resolved, ...) count what happened during the day; the backlog and
    ageing columns are a snapshot of the cases open at the end of the day (or at the
    time of computing, for today).
    """

    day = models.DateField(_("day"))
    reopened = models.PositiveIntegerField(_("cases reopened"), default=0)
    first_responses = models.PositiveIntegerField(_("first responses"), default=0)
    responses_with_target = models.PositiveIntegerField(
        _("first responses with a due time"), default=0
    )
    responses_within_target = models.PositiveIntegerField(_("first responses in time"), default=0)
    resolutions_with_target = models.PositiveIntegerField(
        _("resolutions with a due time"), default=0
    )
    resolutions_within_target = models.PositiveIntegerField(_("resolutions in time"), default=0)
    breaches = models.PositiveIntegerField(_("service level breaches"), default=0)
    response_seconds = models.BigIntegerField(_("business seconds to first response"), default=0)
    resolution_seconds = models.BigIntegerField(_("business seconds to resolution"), default=0)
    handled = models.PositiveIntegerField(
        _("resolutions after a pickup"),
        default=0,
        help_text=_("Cases resolved during the day that had been picked up from a queue."),
    )
    handle_microseconds = models.BigIntegerField(
        _("time from last pickup to resolution (µs)"), default=0
    )
    # The day's durations themselves (sorted whole business seconds), so medians and
    # percentiles over any set of rows are exact.
    response_durations = models.JSONField(_("times to first response"), default=list)
    resolution_durations = models.JSONField(_("times to resolution"), default=list)
    # A default in the database too, so rows written by code older than this column (a
    # worker still running during a deploy) are valid.
    surveys_offered = models.PositiveIntegerField(
        _("citizen surveys sent"),
        default=0,
        db_default=0,
        help_text=_("Citizen survey invitations sent during the day about the group's cases."),
    )
    backlog = models.PositiveIntegerField(_("open at end of day"), default=0)
    aged_under_2_days = models.PositiveIntegerField(_("open less than 2 days"), default=0)
    aged_2_to_7_days = models.PositiveIntegerField(_("open 2 to 7 days"), default=0)
    aged_7_to_30_days = models.PositiveIntegerField(_("open 7 to 30 days"), default=0)
    aged_over_30_days = models.PositiveIntegerField(_("open 30 days or more"), default=0)

    class Meta:
        verbose_name = _("daily report rollup")
        verbose_name_plural = _("daily report rollups")
        ordering = ("agency", "day", "id")
        indexes = [models.Index(fields=["agency", "day"], name="daily_rollup_agency_day")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day} {self.service_id}/{self.channel}"


class IntervalRollup(RollupGroup):
    """One 15-minute interval (its start in UTC) for one group, for workforce tools."""

    starts_at = models.DateTimeField(_("interval start"))

    class Meta:
        verbose_name = _("15-minute report rollup")
        verbose_name_plural = _("15-minute report rollups")
        ordering = ("agency", "starts_at", "id")
        indexes = [
            models.Index(fields=["agency", "starts_at"], name="interval_rollup_agency_start")
        ]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.starts_at:%Y-%m-%d %H:%M} {self.service_id}/{self.channel}"


class StageRollup(models.Model):
    """One local day of one service and channel in one stage of the service blueprint.

    Built by :mod:`backoffice.reports.stages`: the stretches of that stage that ended
    during the day, their business seconds (summed and as a sorted list, so medians and
    percentiles over any set of rows are exact), and the response and resolution due
    times that passed unmet during the day while a case was in this stage.
    """

    agency = models.ForeignKey(
        "backoffice.Agency", on_delete=models.CASCADE, related_name="+", verbose_name=_("agency")
    )
    day = models.DateField(_("day"))
    service = models.ForeignKey(
        "cases.Service", on_delete=models.CASCADE, related_name="+", verbose_name=_("service")
    )
    channel = models.CharField(_("channel"), max_length=15)
    stage = models.CharField(_("stage"), max_length=12)
    stretches = models.PositiveIntegerField(_("stretches ended"), default=0)
    seconds = models.BigIntegerField(_("business seconds in the stage"), default=0)
    durations = models.JSONField(_("business seconds of each stretch"), default=list)
    sla_misses_response = models.PositiveIntegerField(_("first responses missed"), default=0)
    sla_misses_resolution = models.PositiveIntegerField(_("resolutions missed"), default=0)
    computed_at = models.DateTimeField(_("computed"), default=timezone.now)

    class Meta:
        verbose_name = _("service blueprint rollup")
        verbose_name_plural = _("service blueprint rollups")
        ordering = ("agency", "day", "id")
        indexes = [
            models.Index(fields=["agency", "service", "day"], name="stage_rollup_service_day")
        ]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day} {self.service_id}/{self.channel} {self.stage}"
