"""What the retention job did: one row per run, dry runs included."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.models import Agency


class RetentionRun(models.Model):
    """One run of the retention job over one agency, or a dry run that changed nothing.

    ``details`` holds the per-service counts and the references of the cases anonymised (or,
    for a dry run, that would be), so an administrator can see what happened and why.
    """

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("agency")
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    dry_run = models.BooleanField(_("dry run"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
        help_text=_("Empty when the scheduled job ran it."),
    )
    cases_anonymised = models.PositiveIntegerField(_("cases anonymised"), default=0)
    customers_anonymised = models.PositiveIntegerField(_("customers anonymised"), default=0)
    attachments_removed = models.PositiveIntegerField(_("attachments removed"), default=0)
    cases_on_hold = models.PositiveIntegerField(
        _("cases kept for legal hold"), default=0, help_text=_("Past retention but on hold.")
    )
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("retention run")
        verbose_name_plural = _("retention runs")
        ordering = ("-started_at", "-id")
        indexes = [models.Index(fields=["agency", "-started_at"], name="retention_run_agency")]

    def __str__(self) -> str:
        kind = _("dry run") if self.dry_run else _("run")
        return f"{kind} {self.started_at:%Y-%m-%d %H:%M} ({self.agency})"
