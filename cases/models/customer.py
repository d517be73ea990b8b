"""Customers: the people and organisations a case is for."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from backoffice.choices import ChoiceLabels
from backoffice.models import Agency

from .service import Channel


class CustomerKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")


class Customer(ChoiceLabels, models.Model):
    """A citizen or an organisation (another agency as a client) of one agency."""

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="customers", verbose_name=_("agency")
    )
    kind = models.CharField(
        _("kind"), max_length=15, choices=CustomerKind.choices, default=CustomerKind.PERSON
    )
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("For organisations: contact's employer or the agency."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_normalised = models.CharField(max_length=40, blank=True, editable=False)
    address = models.CharField(_("postal address"), max_length=300, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=[("en", _("English")), ("es", _("Spanish"))],
        default="en",
    )
    preferred_channel = models.CharField(
        _("preferred channel"), max_length=15, choices=Channel.choices, default=Channel.EMAIL
    )
    survey_consent = models.BooleanField(
        _("agrees to surveys"),
        default=True,
        help_text=_("Unset when the customer declines satisfaction surveys."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        ordering = ("name", "id")
        indexes = [
            models.Index(Lower("email"), "agency", name="customer_email"),
            models.Index(fields=["agency", "phone_normalised"], name="customer_phone"),
            models.Index(fields=["agency", "name"], name="customer_name"),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "agency",
                condition=~Q(email=""),
                name="customer_email_unique_in_agency",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def contact(self) -> str:
        return self.email or self.phone or self.address
