"""Input and output shapes of the routing API: queues, my presence, Get next case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from cases.serializers import CaseSummaryOut, NamedOut

from .forms import CHOSEN_AWAY_REASONS
from .models import AwayReason, Presence, PresenceState, Queue, QueueMode


def _seconds_since(moment: datetime | None, now: datetime) -> int | None:
    return max(int((now - moment).total_seconds()), 0) if moment is not None else None


class QueueOut(serializers.ModelSerializer):
    """A queue and its line now. ``waiting`` counts the cases that may be given out now;
    snoozed ones are counted apart. The view annotates the figures."""

    team = NamedOut(read_only=True)
    mode = serializers.ChoiceField(QueueMode.choices, read_only=True)
    is_member = serializers.BooleanField(read_only=True, help_text=_("The caller takes from it."))
    waiting = serializers.IntegerField(read_only=True)
    snoozed = serializers.IntegerField(read_only=True)
    oldest_queued_at = serializers.DateTimeField(read_only=True, allow_null=True)
    oldest_wait_seconds = serializers.SerializerMethodField()

    class Meta:
        model = Queue
        fields: tuple[str, ...] = (
            "id",
            "name",
            "mode",
            "team",
            "is_active",
            "is_member",
            "waiting",
            "snoozed",
            "oldest_queued_at",
            "oldest_wait_seconds",
        )
        read_only_fields: tuple[str, ...] = fields

    def get_oldest_wait_seconds(self, queue: Queue) -> int | None:
        now = self.context.get("now") or timezone.now()
        return _seconds_since(queue.oldest_queued_at, now)  # type: ignore[attr-defined]


class QueueDetailOut(QueueOut):
    """A queue with its work in progress and its cases at service-level risk."""

    in_progress = serializers.IntegerField(
        read_only=True, help_text=_("Cases of the queue someone holds and works.")
    )
    at_risk = serializers.IntegerField(
        read_only=True, help_text=_("Waiting or in progress, at risk or past its service level.")
    )
    members = serializers.SerializerMethodField(help_text=_("How many people take from it."))

    class Meta(QueueOut.Meta):
        fields = (*QueueOut.Meta.fields, "in_progress", "at_risk", "members")
        read_only_fields = fields

    def get_members(self, queue: Queue) -> int:
        return queue.members.count()


class PresenceOut(serializers.ModelSerializer):
    state = serializers.ChoiceField(PresenceState.choices, read_only=True)
    reason = serializers.ChoiceField(AwayReason.choices, read_only=True)
    in_progress = serializers.SerializerMethodField(
        help_text=_("Cases the person holds that count against their capacity.")
    )
    free = serializers.SerializerMethodField(help_text=_("How many more cases they may take."))

    class Meta:
        model = Presence
        fields = ("state", "reason", "since", "capacity", "in_progress", "free")
        read_only_fields = fields

    def get_in_progress(self, presence: Presence) -> int:
        return int(self.context["load"])

    def get_free(self, presence: Presence) -> int:
        return max(presence.capacity - int(self.context["load"]), 0)


class PresenceIn(serializers.Serializer):
    state = serializers.ChoiceField(PresenceState.choices)
    reason = serializers.ChoiceField(
        CHOSEN_AWAY_REASONS,
        required=False,
        allow_blank=True,
        help_text=_("Only with away: break, meeting or training."),
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["state"] == PresenceState.AWAY and not attrs.get("reason"):
            raise serializers.ValidationError(
                {"reason": _("Say why you are away: a break, a meeting or training.")}
            )
        return attrs


class NextCaseOut(serializers.Serializer):
    """The case Get next case gave, the queue it came from and how long it waited."""

    case = CaseSummaryOut(read_only=True)
    queue = NamedOut(read_only=True)
    waited_seconds = serializers.IntegerField(read_only=True)
