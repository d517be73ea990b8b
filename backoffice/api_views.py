"""API endpoints of the project package: who am I, and summary figures for reports.

The pattern for every endpoint: a view per operation that starts with its access
helper (``api_agency`` or ``require_roles``), validates input with a small Input
serializer, calls a selector or service, and answers with an Output serializer;
``@extend_schema`` names both, and the shared error responses come from the schema.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .access import roles_in
from .api import api_agency, request_api_client, require_roles
from .models import Role
from .summary import agency_today, day_window, summary_figures

# The longest range one summary request may cover.
SUMMARY_MAX_DAYS = 366
SUMMARY_DEFAULT_DAYS = 30


class MeUserSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    full_name = serializers.CharField()


class MeAgencySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    time_zone = serializers.CharField()


class MeClientSerializer(serializers.Serializer):
    name = serializers.CharField()
    key_prefix = serializers.CharField()


class MeOutput(serializers.Serializer):
    user = MeUserSerializer(help_text=gettext_lazy("The person requests act as."))
    agency = MeAgencySerializer()
    roles = serializers.ListField(child=serializers.ChoiceField(choices=Role.choices))
    authentication = serializers.ChoiceField(choices=["api_key", "session"])
    client = MeClientSerializer(
        allow_null=True, help_text=gettext_lazy("The API client, when a key is used.")
    )
    scopes = serializers.ListField(
        child=serializers.ChoiceField(choices=["read", "write"]),
        help_text=gettext_lazy("What the key may do; a session may read and write."),
    )


class MeView(APIView):
    """Who the request acts as: the user, the agency, and the key's client and scopes."""

    @extend_schema(operation_id="me", tags=["account"], responses={200: MeOutput})
    def get(self, request: Request) -> Response:
        agency = api_agency(request)
        client = request_api_client(request)
        data = {
            "user": request.user,
            "agency": agency,
            "roles": sorted(roles_in(request.user, agency)),
            "authentication": "api_key" if client else "session",
            "client": client,
            "scopes": client.scopes if client else ["read", "write"],
        }
        return Response(MeOutput(data).data)


class SummaryInput(serializers.Serializer):
    """``from`` and ``to`` are calendar days in the agency's time zone, both included."""

    to = serializers.DateField(
        required=False, help_text=gettext_lazy("Last day, included. Default: today.")
    )

    def get_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = super().get_fields()
        # "from" is a Python keyword, so it cannot be declared as a class attribute.
        fields["from"] = serializers.DateField(
            required=False,
            help_text=gettext_lazy("First day, included. Default: 29 days before `to`."),
        )
        return fields

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        last = attrs.get("to") or self.context["today"]
        first = attrs.get("from") or last - timedelta(days=SUMMARY_DEFAULT_DAYS - 1)
        if first > last:
            raise serializers.ValidationError({"from": [_("The first day is after the last.")]})
        if (last - first).days >= SUMMARY_MAX_DAYS:
            raise serializers.ValidationError(
                {"from": [_("Ask for at most %(days)d days.") % {"days": SUMMARY_MAX_DAYS}]}
            )
        return {"from": first, "to": last}


class SummaryOverdueSerializer(serializers.Serializer):
    response = serializers.IntegerField(
        help_text=gettext_lazy("Open, unanswered, past the first-response due time.")
    )
    resolution = serializers.IntegerField(
        help_text=gettext_lazy("Open and past the resolution due time.")
    )


class SummaryChannelSerializer(serializers.Serializer):
    channel = serializers.CharField()
    label = serializers.CharField()
    opened = serializers.IntegerField()
    open_backlog = serializers.IntegerField()


class SummaryOutput(serializers.Serializer):
    to = serializers.DateField()
    as_of = serializers.DateTimeField()
    open_backlog = serializers.IntegerField(help_text=gettext_lazy("Cases open now."))
    new_today = serializers.IntegerField(help_text=gettext_lazy("Cases opened today."))
    opened = serializers.IntegerField(help_text=gettext_lazy("Cases opened in the range."))
    resolved = serializers.IntegerField(help_text=gettext_lazy("Cases resolved in the range."))
    closed = serializers.IntegerField(help_text=gettext_lazy("Cases closed in the range."))
    overdue = SummaryOverdueSerializer()
    by_channel = SummaryChannelSerializer(many=True)

    def get_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = super().get_fields()
        fields["from"] = serializers.DateField()
        return fields


SUMMARY_ROLES = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


class SummaryView(APIView):
    """Summary figures of the agency's cases; for supervisors, managers and administrators."""

    @extend_schema(
        operation_id="summary",
        tags=["reports"],
        parameters=[SummaryInput],
        responses={200: SummaryOutput},
    )
    def get(self, request: Request) -> Response:
        agency = require_roles(request, *SUMMARY_ROLES)
        # A plain dict, so an empty ?to= is an invalid date rather than a missing one.
        params = request.query_params.dict()
        query = SummaryInput(data=params, context={"today": agency_today(agency)})
        query.is_valid(raise_exception=True)
        window = day_window(
            agency=agency, first=query.validated_data["from"], last=query.validated_data["to"]
        )
        return Response(SummaryOutput(summary_figures(agency=agency, window=window)).data)
