"""Notes, messages with the customer, and attachments of a case."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.choices import ChoiceLabels
from backoffice.models import OutboundEmail

from .case import Case
from .service import Channel


class CaseNote(models.Model):
    """An internal note: staff only, never shown to the customer."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("note"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"Note on {self.case_id}"


class MessageDirection(models.TextChoices):
    OUTBOUND = "out", _("To the customer")
    INBOUND = "in", _("From the customer")


class CustomerMessage(ChoiceLabels, models.Model):
    """A message sent to the customer, or their reply as logged by staff."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=3, choices=MessageDirection.choices)
    channel = models.CharField(_("channel"), max_length=15, choices=Channel.choices)
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("message"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    outbound_email = models.ForeignKey(
        OutboundEmail, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.get_direction_display()} on {self.case_id}"


def attachment_path(instance: CaseAttachment, filename: str) -> str:
    # Stored under a random name: the original name is kept only as data.
    return f"attachments/{instance.case.agency_id}/{instance.sha256[:2]}/{instance.sha256}"


class CaseAttachment(models.Model):
    """A file on a case, checked by content and size, served only through an access check."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return self.original_name
