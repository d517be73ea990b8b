"""Organisations (users, agencies, teams, memberships), the audit log and heartbeats."""

from __future__ import annotations

import zoneinfo
from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ChoiceLabels


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(value)s is not a known time zone, for example Europe/London or America/Chicago."),
            params={"value": value},
        )


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create(email, password, **extra)

    def get_by_natural_key(self, username: str | None) -> User:
        return self.get(email__iexact=username or "")


class User(AbstractBaseUser, PermissionsMixin):
    """A member of staff. Staff log in by email address."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Unset this instead of deleting the account, so the history keeps its name."),
    )
    is_staff = models.BooleanField(
        _("can open the admin"),
        default=False,
        help_text=_("Agency administrators need this to configure their agency in the admin."),
    )
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ("full_name", "email")

    def __str__(self) -> str:
        return self.full_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


slug_validator = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    _("Use lowercase letters, digits and single hyphens, for example city-licensing."),
)


class Agency(models.Model):
    """A public body that runs its own back office, isolated from every other agency."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(
        _("short name"),
        max_length=50,
        unique=True,
        validators=[slug_validator],
        help_text=_("Used in addresses and as the Open311 jurisdiction id."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Business hours and dates on screen follow this zone, e.g. America/Chicago."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two-letter ISO code, e.g. US."))],
        help_text=_("Two-letter ISO 3166 code; public holidays come from this country."),
    )
    subdivision = models.CharField(
        _("state or region"),
        max_length=10,
        blank=True,
        help_text=_("ISO 3166-2 subdivision for regional holidays, e.g. IL or CA. Optional."),
    )
    case_prefix = models.CharField(
        _("case reference prefix"),
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2,6}$", _("Use 2 to 6 capital letters, e.g. LIC."))],
        help_text=_("Case references read PREFIX-YEAR-NUMBER, e.g. LIC-2026-000123."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


class Team(models.Model):
    """A group of staff inside one agency; queues and supervisors hang off teams."""

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="teams", verbose_name=_("agency")
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ("agency__name", "name")
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="team_name_unique_in_agency"),
        ]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    CASEWORKER = "caseworker", _("Caseworker")
    SUPERVISOR = "supervisor", _("Supervisor")
    MANAGER = "manager", _("Manager")
    ADMINISTRATOR = "administrator", _("Administrator")


class Membership(ChoiceLabels, models.Model):
    """A user's role in an agency, optionally within one team of that agency.

    A user may hold several memberships: roles in more than one agency, or more
    than one role or team in the same agency.
    """

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("agency")
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("team"),
        help_text=_("Caseworkers and supervisors belong to a team; managers need not."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ("agency__name", "user__full_name")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "agency", "team", "role"],
                condition=Q(team__isnull=False),
                name="membership_unique_in_team",
            ),
            models.UniqueConstraint(
                fields=["user", "agency", "role"],
                condition=Q(team__isnull=True),
                name="membership_unique_without_team",
            ),
        ]
        indexes = [models.Index(fields=["agency", "role"], name="membership_agency_role")]

    def __str__(self) -> str:
        where = f"{self.agency} / {self.team}" if self.team_id else str(self.agency)
        return f"{self.user} — {self.get_role_display()} ({where})"


class AuditOutcome(models.TextChoices):
    SUCCESS = "success", _("Success")
    FAILURE = "failure", _("Failure")
    DENIED = "denied", _("Denied")


class AuditEvent(models.Model):
    """One append-only line of the security and configuration audit trail.

    Written only through ``backoffice.services.audit_record``. On PostgreSQL a
    trigger refuses UPDATE and DELETE on this table.
    """

    occurred_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
        db_constraint=True,
    )
    actor_label = models.CharField(
        _("actor as recorded"), max_length=254, blank=True, help_text=_("Email at the time.")
    )
    action = models.CharField(_("action"), max_length=64)
    object_type = models.CharField(_("object type"), max_length=64, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("agency"),
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=AuditOutcome.choices, default=AuditOutcome.SUCCESS
    )
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ("-occurred_at", "-id")
        indexes = [
            models.Index(fields=["agency", "-occurred_at"], name="audit_agency_time"),
            models.Index(fields=["actor", "-occurred_at"], name="audit_actor_time"),
            models.Index(fields=["action", "-occurred_at"], name="audit_action_time"),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.action} {self.outcome}"


class Heartbeat(models.Model):
    """The last time a periodic task ran; the health page reads it."""

    name = models.CharField(_("name"), max_length=50, unique=True)
    last_seen = models.DateTimeField(_("last seen"))
    hostname = models.CharField(_("host"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self) -> str:
        return f"{self.name} @ {self.last_seen.isoformat()}"


class OutboundEmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutboundEmail(models.Model):
    """The outbox: every email the system sends is a row first, sent by a Celery task.

    A row is written in the same transaction as the change that causes it, so a
    rolled-back change sends nothing and a committed one is never forgotten.
    """

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    kind = models.CharField(_("kind"), max_length=50, help_text=_("What caused it."))
    related_type = models.CharField(max_length=64, blank=True)
    related_id = models.CharField(max_length=64, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=OutboundEmailStatus.choices,
        default=OutboundEmailStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbox")
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(status="pending"),
                name="outbox_pending",
            ),
            # The emails about one object (the retention job's and the subject-access export's).
            models.Index(fields=["related_type", "related_id"], name="outbox_related"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} to {self.to} ({self.status})"


class Notification(models.Model):
    """A message to one member of staff, shown in the app (and usually emailed as well)."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("to")
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="+", verbose_name=_("agency")
    )
    kind = models.CharField(_("kind"), max_length=50, help_text=_("What caused it."))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("message"), blank=True)
    link = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["user", "-created_at", "-id"], name="notification_inbox"),
            models.Index(
                fields=["user"], condition=Q(read_at__isnull=True), name="notification_unread"
            ),
            # The notifications pointing at one page (a case's, when the case is anonymised).
            models.Index(fields=["link"], name="notification_link"),
        ]

    def __str__(self) -> str:
        return f"{self.title} → {self.user}"


api_rate_validator = RegexValidator(
    r"^[1-9][0-9]*/(s|sec|second|m|min|minute|h|hour|d|day)$",
    _("Use a number of requests per second, minute, hour or day, for example 600/minute."),
)


class ApiClient(models.Model):
    """Another system that calls the REST API with a key of one agency.

    Only a SHA-256 hash of each key is stored: keys are 32 random bytes, so a fast
    hash is enough and a stolen table reveals no usable key. Writes made with the key
    are made as ``owner``, a named member of staff of the agency.
    """

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="api_clients", verbose_name=_("agency")
    )
    name = models.CharField(
        _("name"), max_length=120, help_text=_("The system that uses the key, e.g. City website.")
    )
    owner = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        related_name="api_clients",
        verbose_name=_("owner"),
        help_text=_("Changes made with the key are recorded as this person's."),
    )
    can_read = models.BooleanField(_("read"), default=True)
    can_write = models.BooleanField(_("write"), default=False)
    key_prefix = models.CharField(_("key prefix"), max_length=12, unique=True, editable=False)
    key_hash = models.CharField(max_length=64, editable=False)
    previous_key_prefix = models.CharField(
        _("previous key prefix"), max_length=12, blank=True, db_index=True, editable=False
    )
    previous_key_hash = models.CharField(max_length=64, blank=True, editable=False)
    previous_key_expires_at = models.DateTimeField(
        _("previous key works until"), null=True, blank=True, editable=False
    )
    rate = models.CharField(
        _("rate limit"),
        max_length=20,
        blank=True,
        validators=[api_rate_validator],
        help_text=_("Requests allowed, e.g. 600/minute. Blank uses the site's default."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    rotated_at = models.DateTimeField(_("rotated"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")
        ordering = ("agency__name", "name")

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def scopes(self) -> list[str]:
        return [name for name, on in (("read", self.can_read), ("write", self.can_write)) if on]


# Report rollups live in their own module; imported here so Django finds the models.
from .reports.models import DailyRollup, IntervalRollup, StageRollup  # noqa: E402, F401
