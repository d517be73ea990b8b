"""Cases, their reference numbers, timeline events and links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.choices import ChoiceLabels
from backoffice.models import Agency, Team

from .customer import Customer
from .service import Channel, Priority, Service
from .sla import SlaPolicy, SlaState


class CaseStatus(models.TextChoices):
    NEW = "new", _("New")
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    WAITING_CUSTOMER = "waiting_customer", _("Waiting on customer")
    WAITING_THIRD_PARTY = "waiting_third_party", _("Waiting on third party")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")
    CANCELLED = "cancelled", _("Cancelled")
    DUPLICATE = "duplicate", _("Duplicate")


S = CaseStatus
WORKING = (S.OPEN, S.IN_PROGRESS, S.WAITING_CUSTOMER, S.WAITING_THIRD_PARTY)

# The lifecycle. Reopening (resolved/closed back to open) is its own operation with
# a time window, so it is not listed here.
TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset({S.OPEN, S.IN_PROGRESS, S.RESOLVED, S.CANCELLED, S.DUPLICATE}),
    S.OPEN: frozenset(
        {
            S.IN_PROGRESS,
            S.WAITING_CUSTOMER,
            S.WAITING_THIRD_PARTY,
            S.RESOLVED,
            S.CANCELLED,
            S.DUPLICATE,
        }
    ),
    S.IN_PROGRESS: frozenset(
        {S.OPEN, S.WAITING_CUSTOMER, S.WAITING_THIRD_PARTY, S.RESOLVED, S.CANCELLED, S.DUPLICATE}
    ),
    S.WAITING_CUSTOMER: frozenset({S.OPEN, S.IN_PROGRESS, S.RESOLVED, S.CANCELLED}),
    S.WAITING_THIRD_PARTY: frozenset({S.OPEN, S.IN_PROGRESS, S.RESOLVED, S.CANCELLED}),
    S.RESOLVED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.CANCELLED: frozenset(),
    S.DUPLICATE: frozenset(),
}
REOPENABLE = frozenset({S.RESOLVED, S.CLOSED})
OPEN_STATUSES = frozenset({S.NEW, *WORKING})
DONE_STATUSES = frozenset({S.RESOLVED, S.CLOSED, S.CANCELLED, S.DUPLICATE})

# Stands in for "nothing due" so the due-time sort key is never NULL, which keyset
# pagination could not compare.
NOTHING_DUE = datetime(9999, 12, 31, tzinfo=UTC)
# The conditions of the sort keys below, in a fixed order so the columns' SQL never changes.
_IS_OPEN = Q(status__in=sorted(OPEN_STATUSES))
_RESPONSE_OUTSTANDING = _IS_OPEN & Q(first_response_at__isnull=True, response_due_at__isnull=False)
_PAUSED = models.Case(When(sla_paused_at__isnull=False, then=Value(1)), default=Value(0))


class ReferenceSequence(models.Model):
    """The last case number used per agency and year; incremented under a row lock."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last_value = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="reference_sequence_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.agency_id}/{self.year}: {self.last_value}"


class Case(ChoiceLabels, models.Model):
    """A request from a customer, worked by the agency until it is resolved and closed."""

    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="cases", verbose_name=_("agency")
    )
    reference = models.CharField(_("reference"), max_length=30, unique=True)
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="cases", verbose_name=_("service")
    )
    customer = models.ForeignKey(
        Customer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("customer"),
    )
    channel = models.CharField(_("channel"), max_length=15, choices=Channel.choices)
    subject = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    attributes = models.JSONField(_("intake answers"), default=dict, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    media_url = models.URLField(
        _("photo or media link"),
        max_length=500,
        blank=True,
        help_text=_("A link to a photo or file the requester gave, e.g. through Open311."),
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.NEW
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("team"),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("assignee"),
    )
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    resolution = models.TextField(_("resolution"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("taken in by"),
    )
    created_at = models.DateTimeField(_("opened"), default=timezone.now)
    updated_at = models.DateTimeField(_("last change"), default=timezone.now)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    # Privacy: a case under legal hold is never anonymised; anonymised_at records when it was.
    legal_hold = models.BooleanField(
        _("legal hold"),
        default=False,
        help_text=_("Keep this case's personal data past the service's retention period."),
    )
    legal_hold_reason = models.CharField(_("reason for the legal hold"), max_length=200, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    # Routing (see the routing app): where the case waits and since when.
    queue = models.ForeignKey(
        "routing.Queue",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("queue"),
    )
    queued_at = models.DateTimeField(_("waiting since"), null=True, blank=True)
    routed_by = models.ForeignKey(
        "routing.RoutingRule",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("routed by rule"),
    )
    # The place in line: waiting since, moved earlier by priority and service-level urgency
    # (routing.keys). The oldest key is the best case to take next.
    route_key = models.DateTimeField(_("place in line"), null=True, blank=True, editable=False)
    snoozed_until = models.DateTimeField(
        _("snoozed until"),
        null=True,
        blank=True,
        help_text=_("Nobody is given the case from its queue before this time."),
    )

    # The service-level clock (see cases.sla). Due times already include paused time.
    sla_policy = models.ForeignKey(
        SlaPolicy,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service level policy"),
    )
    sla_state = models.CharField(
        _("service level"), max_length=10, choices=SlaState.choices, default="", blank=True
    )
    sla_round = models.PositiveSmallIntegerField(
        _("service level round"), default=1, help_text=_("One more each time the case reopens.")
    )
    sla_started_at = models.DateTimeField(_("resolution clock started"), null=True, blank=True)
    response_due_at = models.DateTimeField(_("first response due"), null=True, blank=True)
    resolution_due_at = models.DateTimeField(_("resolution due"), null=True, blank=True)
    sla_paused_at = models.DateTimeField(_("clock paused since"), null=True, blank=True)
    sla_paused_business = models.DurationField(_("paused business time"), default=timedelta(0))
    sla_paused_calendar = models.DurationField(_("paused calendar time"), default=timedelta(0))
    sla_next_check_at = models.DateTimeField(_("next service level check"), null=True, blank=True)
    # The sort keys of "due soonest", kept by the database so the lists page them from an
    # index: the time the case works towards (its first response while that is outstanding,
    # else its resolution; NOTHING_DUE when finished or without a due time), and 0 for a
    # running clock, 1 for a paused one, 2 for nothing due. The rule of cases.sla.next_due.
    sla_sort_due = models.GeneratedField(
        expression=Coalesce(
            models.Case(
                When(_RESPONSE_OUTSTANDING, then=F("response_due_at")),
                When(_IS_OPEN, then=F("resolution_due_at")),
                default=None,
            ),
            Value(NOTHING_DUE),
            output_field=models.DateTimeField(),
        ),
        output_field=models.DateTimeField(),
        db_persist=True,
        verbose_name=_("next due (sort key)"),
    )
    sla_sort_rank = models.GeneratedField(
        expression=models.Case(
            When(
                _RESPONSE_OUTSTANDING | (_IS_OPEN & Q(resolution_due_at__isnull=False)),
                then=_PAUSED,
            ),
            default=Value(2),
        ),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
        verbose_name=_("clock state (sort key)"),
    )

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["agency", "-created_at", "-id"], name="case_agency_recent"),
            models.Index(fields=["assignee", "status", "-updated_at"], name="case_assignee_status"),
            models.Index(fields=["team", "status", "-created_at"], name="case_team_status"),
            models.Index(fields=["agency", "status", "-created_at"], name="case_agency_status"),
            models.Index(fields=["customer", "-created_at"], name="case_customer"),
            models.Index(fields=["service", "-created_at"], name="case_service"),
            # The retention job's candidates: closed cases not yet anonymised, per service.
            models.Index(
                fields=["service", "closed_at"],
                name="case_retention_due",
                condition=models.Q(anonymised_at__isnull=True, closed_at__isnull=False),
            ),
            models.Index(fields=["agency", "sla_state", "-created_at"], name="case_agency_sla"),
            # The list sorts over every status (cases.selectors.SORTS) page from these.
            models.Index(
                fields=["agency", "-priority", "-created_at", "-id"], name="case_agency_priority"
            ),
            models.Index(fields=["agency", "-updated_at", "-id"], name="case_agency_updated"),
            models.Index(
                fields=["agency", "sla_sort_rank", "sla_sort_due", "id"], name="case_agency_due"
            ),
            # The caseworker's usual list: open cases, due soonest first, often of one service
            # or team; walked in order instead of gathering every open case of the service.
            models.Index(
                fields=["agency", "sla_sort_rank", "sla_sort_due", "id"],
                condition=_IS_OPEN,
                name="case_open_due",
            ),
            models.Index(
                fields=["queue", "queued_at"],
                condition=Q(assignee__isnull=True),
                name="case_waiting_in_queue",
            ),
            # Get next case: the waiting cases of one queue in their order of merit.
            models.Index(
                fields=["queue", "route_key"],
                condition=Q(assignee__isnull=True, route_key__isnull=False),
                name="case_queue_line",
            ),
            # The report rollups count each day's first responses, resolutions and closures.
            models.Index(
                fields=["agency", "first_response_at"],
                condition=Q(first_response_at__isnull=False),
                name="case_agency_responded",
            ),
            models.Index(
                fields=["agency", "resolved_at"],
                condition=Q(resolved_at__isnull=False),
                name="case_agency_resolved",
            ),
            models.Index(
                fields=["agency", "closed_at"],
                condition=Q(closed_at__isnull=False),
                name="case_agency_closed",
            ),
            # The sweep's index: only cases with a check ahead are in it.
            models.Index(
                fields=["sla_next_check_at"],
                condition=Q(sla_next_check_at__isnull=False),
                name="case_sla_check_due",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(priority__gte=1, priority__lte=4), name="case_priority_range"
            ),
            models.CheckConstraint(
                condition=~Q(status="duplicate") | Q(duplicate_of__isnull=False),
                name="case_duplicate_names_original",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def allowed_transitions(self) -> list[str]:
        return [s for s in CaseStatus.values if s in TRANSITIONS[self.status]]


class EventKind(models.TextChoices):
    OPENED = "opened", _("Opened")
    UPDATED = "updated", _("Details changed")
    STATUS = "status", _("Status changed")
    ASSIGNED = "assigned", _("Assigned")
    UNASSIGNED = "unassigned", _("Unassigned")
    NOTE = "note", _("Internal note")
    MESSAGE_OUT = "message_out", _("Message to customer")
    MESSAGE_IN = "message_in", _("Reply from customer")
    ATTACHMENT = "attachment", _("Attachment added")
    LINKED = "linked", _("Linked to a case")
    REOPENED = "reopened", _("Reopened")
    NOTICE = "notice", _("Notice sent to customer")
    SLA = "sla", _("Service level")
    ROUTED = "routed", _("Routed")
    OFFER = "offer", _("Offer")
    SNOOZED = "snoozed", _("Snoozed")


class CaseEvent(ChoiceLabels, models.Model):
    """One line of a case's timeline: append-only, with who, when and before/after."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    occurred_at = models.DateTimeField(_("time"), default=timezone.now)
    summary = models.CharField(_("summary"), max_length=300)
    data = models.JSONField(_("details"), default=dict, blank=True)
    public = models.BooleanField(
        _("customer may see"), default=False, help_text=_("Shown on the customer's case status.")
    )

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ("occurred_at", "id")
        indexes = [
            models.Index(fields=["case", "occurred_at", "id"], name="case_event_timeline"),
            # The report rollups find a day's events (reopens, the blueprint's stage changes).
            models.Index(fields=["occurred_at"], name="case_event_time"),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {self.occurred_at:%Y-%m-%d %H:%M}"


class CaseLink(models.Model):
    """Two related cases; stored once with the lower id first."""

    from_case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="links_from")
    to_case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="links_to")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["from_case", "to_case"], name="case_link_unique"),
            models.CheckConstraint(
                condition=Q(from_case__lt=models.F("to_case")), name="case_link_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_case_id} ↔ {self.to_case_id}"
