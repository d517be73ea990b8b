"""Small views that raise each kind of error and page a list, to test the API's foundation.

Used with ``@pytest.mark.urls("tests.api.probe_urls")``; the project's own URLs stay mounted.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.urls import include, path
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from backoffice.api import api_agency, require_roles
from backoffice.errors import ConflictError, DomainError
from backoffice.models import Agency, Role, Team


class EchoInput(serializers.Serializer):
    name = serializers.CharField(max_length=5)
    tags = serializers.ListField(child=serializers.IntegerField(), required=False)


class EchoView(APIView):
    def post(self, request: Request) -> Response:
        data = EchoInput(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(data.validated_data, status=201)


class RaiseView(APIView):
    def post(self, request: Request, kind: str) -> Response:
        if kind == "conflict":
            raise ConflictError("Someone else changed this case first.")
        if kind == "field":
            raise DomainError("This name is taken.", field="name")
        if kind == "django":
            raise DjangoValidationError({"name": ["Too short."], "__all__": ["Not allowed."]})
        raise Http404("No Case matches the given query.")

    def get(self, request: Request, kind: str) -> Response:
        if kind == "number":
            exists = Agency.objects.filter(pk=request.query_params.get("id", "")).exists()
            return Response({"exists": exists})
        if kind == "administrator":
            agency = require_roles(request, Role.ADMINISTRATOR)
            return Response({"agency": agency.slug})
        raise Http404


class TeamOutput(serializers.ModelSerializer):
    class Meta:
        model = Team
        fields = ("id", "name")


class TeamList(generics.ListAPIView):
    serializer_class = TeamOutput
    ordering = "pk"

    def get_queryset(self) -> Any:
        return Team.objects.filter(agency=api_agency(self.request))


urlpatterns = [
    path("probe/echo/", EchoView.as_view()),
    path("probe/raise/<str:kind>/", RaiseView.as_view()),
    path("probe/teams/", TeamList.as_view()),
    path("", include("backoffice.urls")),
]
