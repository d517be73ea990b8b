"""Forms of the routing pages: presence, and the queue tools of the case page.

They validate input; the services (routing.presence, routing.supervise, routing.offers,
cases.services) enforce the rules. Times are typed in the agency's time zone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.models import Membership, User
from cases.models import Case, Priority

from .models import AwayReason, Presence, PresenceState, Queue, QueueMode
from .supervise import WORK_ROLES
from .work import IN_PROGRESS_STATUSES

# Not responding is set by the system after missed offers, never chosen by a person.
CHOSEN_AWAY_REASONS = [
    (AwayReason.BREAK.value, AwayReason.BREAK.label),
    (AwayReason.MEETING.value, AwayReason.MEETING.label),
    (AwayReason.TRAINING.value, AwayReason.TRAINING.label),
]
MODE_SHORT = {QueueMode.PULL.value: _("pull"), QueueMode.PUSH.value: _("push")}
UTC_ZONE = ZoneInfo("UTC")
DEFAULT_CAPACITY: int = Presence._meta.get_field("capacity").default


class PresenceForm(forms.Form):
    prefix = "presence"

    state = forms.ChoiceField(
        label=_("State"),
        choices=PresenceState.choices,
        error_messages={"invalid_choice": _("Choose one of the listed states.")},
    )
    reason = forms.ChoiceField(
        label=_("Reason for being away"),
        choices=[("", _("Choose a reason…")), *CHOSEN_AWAY_REASONS],
        required=False,
        help_text=_("Only when you are away."),
        error_messages={"invalid_choice": _("Choose one of the listed reasons.")},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("state") == PresenceState.AWAY:
            if not data.get("reason"):
                self.add_error("reason", _("Say why you are away: a break, a meeting or training."))
        elif "state" in data:
            # The reason select keeps whatever it showed; it only means something when away.
            data["reason"] = ""
        return data


class ZonedDateTimeField(forms.DateTimeField):
    """A date and time typed (and shown) in one time zone, e.g. the agency's."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def __init__(self, *args: Any, zone: ZoneInfo = UTC_ZONE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.zone = zone

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, datetime) and timezone.is_aware(value):
            return timezone.localtime(value, self.zone).replace(tzinfo=None)
        return value

    def to_python(self, value: Any) -> datetime | None:
        with timezone.override(self.zone):
            return super().to_python(value)


class SnoozeForm(forms.Form):
    prefix = "snooze"

    until = ZonedDateTimeField(
        label=_("Snooze until"),
        error_messages={"invalid": _("Enter a date and time, e.g. 2026-05-04 09:30.")},
    )
    reason = forms.CharField(label=_("Why (optional)"), required=False, max_length=300)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zone = case.agency.zone
        field = self.fields["until"]
        assert isinstance(field, ZonedDateTimeField)  # noqa: S101 (declared above)
        field.zone = zone
        field.help_text = _(
            "Nobody is given the case before then. Time in %(zone)s; 30 days at most."
        ) % {"zone": zone.key}


class WakeForm(forms.Form):
    prefix = "wake"

    reason = forms.CharField(label=_("Why (optional)"), required=False, max_length=300)


class DeclineForm(forms.Form):
    prefix = "decline"

    reason = forms.CharField(
        label=_("Why (optional)"),
        required=False,
        max_length=300,
        help_text=_("For example a conflict of interest. The case is never given to you again."),
    )


class TakeBackForm(forms.Form):
    prefix = "take_back"

    reason = forms.CharField(label=_("Why (optional)"), required=False, max_length=300)


class PriorityForm(forms.Form):
    prefix = "priority"

    priority = forms.TypedChoiceField(
        label=_("Priority"),
        choices=Priority.choices,
        coerce=int,
        error_messages={"invalid_choice": _("Choose one of the listed priorities.")},
    )


def work_people(case: Case) -> QuerySet[User]:
    """The active people of the case's agency who work cases, with their load (one query).

    Each carries ``load`` (cases in progress) and its presence, if it has one; the person
    who holds the case is left out.
    """
    ids = Membership.objects.filter(agency_id=case.agency_id, role__in=WORK_ROLES).values("user_id")
    people = (
        User.objects.filter(pk__in=ids, is_active=True)
        .select_related("presence")
        .annotate(
            load=Count("assigned_cases", filter=Q(assigned_cases__status__in=IN_PROGRESS_STATUSES))
        )
        .order_by("full_name", "id")
    )
    if case.assignee_id is not None:
        people = people.exclude(pk=case.assignee_id)
    return people


class PersonChoiceField(forms.ModelChoiceField):
    """A person, labelled with their cases in progress against their capacity and state."""

    def label_from_instance(self, obj: User) -> str:
        presence = _presence_or_none(obj)
        if presence is None:
            capacity, state = DEFAULT_CAPACITY, str(PresenceState.OFFLINE.label)
        else:
            capacity, state = presence.capacity, str(presence.get_state_display())
        return str(
            _("%(name)s — %(load)d of %(capacity)d cases, %(state)s")
            % {
                "name": obj.full_name,
                "load": getattr(obj, "load", 0),
                "capacity": capacity,
                "state": state.lower(),
            }
        )


def _presence_or_none(user: User) -> Presence | None:
    try:
        return user.presence
    except Presence.DoesNotExist:
        return None


class TransferPersonForm(forms.Form):
    prefix = "transfer_person"

    assignee = PersonChoiceField(
        label=_("Transfer to"),
        queryset=User.objects.none(),
        empty_label=_("Choose a person…"),
        help_text=_("Each person's cases in progress, their capacity and their presence."),
        error_messages={"invalid_choice": _("Choose one of the listed people.")},
    )
    reason = forms.CharField(label=_("Why (optional)"), required=False, max_length=300)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = work_people(case)  # type: ignore[attr-defined]


class QueueChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Queue) -> str:
        return f"{obj.name} ({MODE_SHORT[obj.mode]})"


class TransferQueueForm(forms.Form):
    prefix = "transfer_queue"

    queue = QueueChoiceField(
        label=_("Transfer to the queue"),
        queryset=Queue.objects.none(),
        empty_label=_("Choose a queue…"),
        help_text=_("The case waits there; whoever holds it now no longer does."),
        error_messages={"invalid_choice": _("Choose one of the listed queues.")},
    )
    reason = forms.CharField(label=_("Why (optional)"), required=False, max_length=300)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["queue"].queryset = Queue.objects.filter(  # type: ignore[attr-defined]
            agency_id=case.agency_id, is_active=True
        ).order_by("name")
