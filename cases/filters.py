"""Filters of the cases API list, the same meanings as the caseworker's list page.

Status, service level, assignee and search go through the selectors the pages use, so
"open", "at risk" or a search mean the same in the API as on screen.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field

from backoffice.api import api_agency
from backoffice.models import User

from . import selectors
from .models import CaseStatus, Channel, Priority

# Ids beyond a 64-bit integer are refused as input, not sent to the database.
MAX_ID = 2**63 - 1
EARLIEST = datetime.min.replace(tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)
ASSIGNEE = r"^(me|none|[1-9][0-9]{0,17})$"

STATUS_CHOICES = [
    ("open", _("Any open status")),
    ("done", _("Any finished status")),
    *CaseStatus.choices,
]
SLA_CHOICES = [
    ("on_track", _("On track (clock running)")),
    ("at_risk", _("At risk")),
    ("breached", _("Breached")),
    ("paused", _("Clock paused")),
]


class UtcDateTimeField(IsoDateTimeField):
    """An ISO 8601 time, in UTC. One beyond what UTC holds (before year 1 or after 9999
    once its offset is applied) stands for the earliest or latest time there is."""

    def to_python(self, value: Any) -> datetime | None:
        parsed: datetime | None = super().to_python(value)
        if parsed is None:
            return None
        try:
            return parsed.astimezone(UTC)
        except OverflowError:
            return EARLIEST if parsed.year == 1 else LATEST


class TimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """A positive whole-number id."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


@extend_schema_field({"type": "string", "pattern": ASSIGNEE})
class AssigneeFilter(django_filters.CharFilter):
    """A person's id, "me" or "none"."""

    field_class = forms.RegexField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("regex", ASSIGNEE.replace("$", r"\Z"))
        kwargs.setdefault("error_messages", {"invalid": _("Give a person's id, me or none.")})
        super().__init__(*args, **kwargs)


class CaseFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES,
        method="filter_status",
        help_text=_("A status, or open (any open status) or done (any finished one)."),
    )
    service = django_filters.CharFilter(
        field_name="service__code", max_length=40, help_text=_("The service's code.")
    )
    channel = django_filters.ChoiceFilter(choices=Channel.choices)
    priority = django_filters.TypedChoiceFilter(choices=Priority.choices, coerce=int)
    queue = IdFilter(field_name="queue_id", help_text=_("A queue id."))
    team = IdFilter(field_name="team_id", help_text=_("A team id."))
    assignee = AssigneeFilter(
        method="filter_assignee",
        help_text=_("A person's id, me (the caller) or none (unassigned)."),
    )
    created_after = TimeFilter(
        field_name="created_at", lookup_expr="gte", help_text=_("Opened at or after (ISO 8601).")
    )
    created_before = TimeFilter(
        field_name="created_at", lookup_expr="lt", help_text=_("Opened before (ISO 8601).")
    )
    updated_after = TimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text=_("Changed at or after (ISO 8601): for clients that keep a copy in sync."),
    )
    sla = django_filters.ChoiceFilter(
        choices=SLA_CHOICES, method="filter_sla", help_text=_("The service-level state.")
    )
    q = django_filters.CharFilter(
        method="filter_search",
        max_length=200,
        help_text=_(
            "A reference, a customer's name or email, or words of the subject or description. "
            "It filters only: the order stays newest first, or as `ordering` says."
        ),
    )

    def filter_status(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return selectors._status_filter(queryset, value)

    def filter_sla(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return selectors._sla_filter(queryset, value)

    def filter_search(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        # Only a filter: the API keeps its stable ordering (newest first, or ?ordering=).
        if not value.strip():
            return queryset
        return selectors._search(queryset, value, agency=api_agency(self.request))

    def filter_assignee(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        user = getattr(self.request, "user", None)
        if value == "me" and not isinstance(user, User):
            return queryset.none()
        return selectors._assignee_filter(queryset, value, user)  # type: ignore[arg-type]
