"""Business calendars: an agency's opening hours, public holidays and ad-hoc closures."""

from __future__ import annotations

from datetime import time

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from backoffice.models import Agency, validate_time_zone

MIDNIGHT = time(0)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class BusinessCalendar(models.Model):
    """When an agency is open; service levels count time only while it is open.

    Time zone, country and subdivision left empty follow the agency's, so a
    calendar keeps up when the agency's settings change.
    """

    agency = models.OneToOneField(
        Agency,
        on_delete=models.CASCADE,
        related_name="business_calendar",
        verbose_name=_("agency"),
    )
    name = models.CharField(_("name"), max_length=150)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Leave empty to use the agency's time zone."),
    )
    use_public_holidays = models.BooleanField(
        _("closed on public holidays"),
        default=True,
        help_text=_("Public holidays of the country (and state) count as closed days."),
    )
    country = models.CharField(
        _("holiday country"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two-letter ISO code, e.g. US."))],
        help_text=_("Leave empty to use the agency's country."),
    )
    subdivision = models.CharField(
        _("holiday state or region"),
        max_length=10,
        blank=True,
        help_text=_(
            "Leave both this and the country empty to use the agency's; "
            "with a country of its own, empty means national holidays only."
        ),
    )

    class Meta:
        verbose_name = _("business calendar")
        verbose_name_plural = _("business calendars")
        ordering = ("agency__name",)

    def __str__(self) -> str:
        return self.name

    @property
    def effective_time_zone(self) -> str:
        return self.time_zone or self.agency.time_zone

    @property
    def holiday_region(self) -> tuple[str, str]:
        """The (country, subdivision) whose public holidays close the calendar."""
        if self.country:
            return self.country, self.subdivision
        return self.agency.country, self.subdivision or self.agency.subdivision


class OpeningHours(models.Model):
    """One opening interval on a weekday; a day may have several (e.g. a lunch break).

    ``closes`` at 00:00 means midnight at the end of the day, so an overnight shift is
    22:00-00:00 on one day and 00:00-06:00 on the next.
    """

    calendar = models.ForeignKey(
        BusinessCalendar,
        on_delete=models.CASCADE,
        related_name="opening_hours",
        verbose_name=_("calendar"),
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"), help_text=_("00:00 means midnight, the end of the day."))

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ("weekday", "opens")
        constraints = (
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6), name="opening_hours_weekday_range"
            ),
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")) | Q(closes=MIDNIGHT),
                name="opening_hours_closes_after_opens",
            ),
        )

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"

    def clean(self) -> None:
        super().clean()
        if self.opens is None or self.closes is None:
            return
        if self.closes != MIDNIGHT and self.closes <= self.opens:
            raise ValidationError(
                {"closes": _("Closing must come after opening (00:00 means midnight).")}
            )


class Closure(models.Model):
    """A stretch of time the agency is closed outside its usual pattern, e.g. a storm."""

    calendar = models.ForeignKey(
        BusinessCalendar,
        on_delete=models.CASCADE,
        related_name="closures",
        verbose_name=_("calendar"),
    )
    starts = models.DateTimeField(_("starts"))
    ends = models.DateTimeField(_("ends"))
    reason = models.CharField(_("reason"), max_length=200)

    class Meta:
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        ordering = ("starts",)
        constraints = (
            models.CheckConstraint(condition=Q(ends__gt=F("starts")), name="closure_ends_after"),
        )

    def __str__(self) -> str:
        return self.reason

    def clean(self) -> None:
        super().clean()
        if self.starts is not None and self.ends is not None and self.ends <= self.starts:
            raise ValidationError({"ends": _("A closure must end after it starts.")})
