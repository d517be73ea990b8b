"""Services: the kinds of case an agency takes in, with their intake attributes."""

from __future__ import annotations

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from backoffice.models import Agency, Team

# Six years after closure, the usual keeping period for a public body's case files.
DEFAULT_RETENTION_DAYS = 6 * 365


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    PHONE = "phone", _("Phone")
    IN_PERSON = "in_person", _("In person")
    MAIL = "mail", _("Mail")
    EMAIL = "email", _("Email")
    API = "api", _("API")


class Priority(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    URGENT = 4, _("Urgent")


def all_channels() -> list[str]:
    return list(Channel.values)


class Service(models.Model):
    """A case type an agency offers, to citizens or to other agencies as clients."""

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="services", verbose_name=_("agency")
    )
    code = models.CharField(
        _("code"),
        max_length=40,
        validators=[RegexValidator(r"^[A-Za-z0-9_-]+$", _("Letters, digits, - and _ only."))],
        help_text=_("Unique in the agency; also the Open311 service_code."),
    )
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    group = models.CharField(_("group"), max_length=100, blank=True)
    keywords = models.CharField(
        _("keywords"), max_length=300, blank=True, help_text=_("Comma-separated search words.")
    )
    channels = models.JSONField(
        _("channels offered"),
        default=all_channels,
        help_text=_("Channels on which this service can be requested."),
    )
    default_priority = models.PositiveSmallIntegerField(
        _("default priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    default_team = models.ForeignKey(
        Team,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("default team"),
        help_text=_("New cases go to this team unless a routing rule says otherwise."),
    )
    for_organisations = models.BooleanField(
        _("for organisations"),
        default=False,
        help_text=_("Requests come from other agencies or organisations as clients."),
    )
    reopen_window_days = models.PositiveSmallIntegerField(
        _("reopen window (days)"),
        default=30,
        help_text=_("A resolved or closed case can be reopened for this many days."),
    )
    retention_days = models.PositiveIntegerField(
        _("retention after closure (days)"),
        default=DEFAULT_RETENTION_DAYS,
        validators=[MinValueValidator(30)],
        help_text=_(
            "How long a closed case keeps its customer's personal data. After this many days "
            "the retention job anonymises the case and, once none of their cases needs it, "
            "the customer; the statistics stay."
        ),
    )
    privacy_purpose = models.TextField(
        _("why personal data is collected"),
        blank=True,
        help_text=_(
            "Shown on the public privacy notice: the purpose and legal basis for the personal "
            "data this service collects."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ("agency__name", "group", "name")
        constraints = [
            models.UniqueConstraint(fields=["agency", "code"], name="service_code_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class AttributeDatatype(models.TextChoices):
    STRING = "string", _("Short text")
    NUMBER = "number", _("Number")
    DATETIME = "datetime", _("Date and time")
    TEXT = "text", _("Long text")
    SINGLE_CHOICE = "singlevaluelist", _("Single choice")
    MULTI_CHOICE = "multivaluelist", _("Multiple choice")


class ServiceAttribute(models.Model):
    """One question asked at intake for a service (an Open311 attribute)."""

    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="attributes", verbose_name=_("service")
    )
    code = models.CharField(
        _("code"),
        max_length=40,
        validators=[RegexValidator(r"^[A-Za-z0-9_]+$", _("Letters, digits and _ only."))],
    )
    label = models.CharField(_("label"), max_length=200)
    datatype = models.CharField(
        _("datatype"), max_length=20, choices=AttributeDatatype.choices, default="string"
    )
    required = models.BooleanField(_("required"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    choices = models.JSONField(
        _("choices"),
        default=list,
        blank=True,
        help_text=_('For choice types: a list of {"key": "...", "name": "..."}.'),
    )

    class Meta:
        verbose_name = _("intake attribute")
        verbose_name_plural = _("intake attributes")
        ordering = ("service", "order", "id")
        constraints = [
            models.UniqueConstraint(fields=["service", "code"], name="attribute_code_unique"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def is_choice(self) -> bool:
        return self.datatype in (AttributeDatatype.SINGLE_CHOICE, AttributeDatatype.MULTI_CHOICE)

    def choice_keys(self) -> list[str]:
        return [str(choice.get("key")) for choice in self.choices or []]
