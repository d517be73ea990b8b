"""The feedback API: citizens' survey responses, read only.

Supervisors, managers and administrators only (an API key acts with its owner's roles).
Free-text answers are personal data: supervisors get them masked; managers and
administrators get them in full, and each such read is audited. Staff pulse responses
are anonymous and never listed one by one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import django_filters
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.urls import URLPattern, URLResolver, path
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from backoffice.access import has_role, staff_user
from backoffice.api import ERROR_RESPONSES, api_agency, require_roles
from backoffice.models import Role
from backoffice.services import audit_record
from cases.filters import IdFilter, TimeFilter
from cases.models import Channel

from .models import Audience, SurveyAnswer, SurveyResponse
from .serializers import SurveyResponseOut

READERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
# May read free-text answers unmasked.
FULL_READERS = (Role.MANAGER, Role.ADMINISTRATOR)


def errors(*codes: int) -> dict[int, Any]:
    """The documented error answers: *codes*, plus those every endpoint may give."""
    return {code: ERROR_RESPONSES[code] for code in sorted({401, 403, 429, *codes})}


class SurveyResponseFilter(django_filters.FilterSet):
    survey = IdFilter(field_name="survey_id", help_text=_("A survey id."))
    service = django_filters.CharFilter(
        field_name="service__code", max_length=40, help_text=_("The service's code.")
    )
    channel = django_filters.ChoiceFilter(
        choices=Channel.choices, help_text=_("The channel the case came in by.")
    )
    submitted_after = TimeFilter(
        field_name="submitted_at", lookup_expr="gte", help_text=_("At or after (ISO 8601).")
    )
    submitted_before = TimeFilter(
        field_name="submitted_at", lookup_expr="lt", help_text=_("Before (ISO 8601).")
    )


def citizen_responses(request: Request) -> QuerySet[SurveyResponse]:
    """The agency's citizen survey responses with what their answer shows (three queries)."""
    answers = SurveyAnswer.objects.select_related("question").order_by("question__position", "id")
    return (
        SurveyResponse.objects.filter(
            agency=api_agency(request), survey__audience=Audience.CUSTOMER
        )
        .select_related("survey", "service", "team", "office", "case__customer")
        .prefetch_related(Prefetch("answers", queryset=answers))
    )


def may_read_unmasked(request: Request) -> bool:
    return has_role(staff_user(request), api_agency(request), *FULL_READERS)


def audit_unmasked(request: Request, responses: Iterable[SurveyResponse]) -> None:
    """Record a read of personal data: the free-text answers shown in full."""
    answer_ids = [a.pk for r in responses for a in r.answers.all() if a.text]
    if answer_ids:
        audit_record(
            action="feedback.comments.read",
            request=request,
            agency=api_agency(request),
            details={"answers": answer_ids, "unmasked": True, "api": True},
        )


class SurveyResponseList(generics.ListAPIView):
    serializer_class = SurveyResponseOut
    queryset = SurveyResponse.objects.none()  # the model, for the schema
    ordering = ("-submitted_at", "-id")
    filter_backends = [DjangoFilterBackend]
    filterset_class = SurveyResponseFilter
    unmasked = False  # set per request in get()

    def get_queryset(self) -> QuerySet[SurveyResponse]:
        return citizen_responses(self.request)

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "unmasked": self.unmasked}

    @extend_schema(
        operation_id="survey_responses_list",
        summary="List citizens' survey responses, newest first",
        description="With their answers. Free-text answers are masked (emails, phone numbers, "
        "addresses, id numbers, the customer's name) unless the caller is a manager or "
        "administrator; an unmasked read is audited. Supervisors, managers and "
        "administrators only.",
        tags=["feedback"],
        responses={200: SurveyResponseOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        require_roles(request, *READERS)
        self.unmasked = may_read_unmasked(request)
        response = super().get(request, *args, **kwargs)
        if self.unmasked and self.paginator is not None and self.paginator.page is not None:
            audit_unmasked(request, self.paginator.page)
        return response


class SurveyResponseDetail(generics.GenericAPIView):
    serializer_class = SurveyResponseOut

    @extend_schema(
        operation_id="survey_responses_read",
        summary="Read a citizen's survey response",
        description="With every answer; free text masked as in the list.",
        tags=["feedback"],
        responses={200: SurveyResponseOut, **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        require_roles(request, *READERS)
        found = citizen_responses(request).filter(pk=pk).first()
        if found is None:
            raise Http404
        unmasked = may_read_unmasked(request)
        if unmasked:
            audit_unmasked(request, [found])
        return Response(SurveyResponseOut(found, context={"unmasked": unmasked}).data)


urlpatterns: list[URLPattern | URLResolver] = [
    path("survey-responses/", SurveyResponseList.as_view(), name="api_survey_response_list"),
    path(
        "survey-responses/<int:pk>/",
        SurveyResponseDetail.as_view(),
        name="api_survey_response_detail",
    ),
]
