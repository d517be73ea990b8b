"""OpenAPI generation: every operation documents the errors the API can answer with.

Endpoints need not list 401, 403, 404, 415 and 429 themselves: this schema class adds the
shared error responses (see ``backoffice.api.ERROR_RESPONSES``) that apply to each
operation, and the Retry-After and WWW-Authenticate headers. An endpoint's own
``@extend_schema(responses=...)`` entries win.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.permissions import AllowAny

from .api import ERROR_RESPONSES

RESPONSE_HEADERS = {
    "401": OpenApiParameter(
        "WWW-Authenticate",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        description="How to authenticate: Api-Key.",
        response=[401],
    ),
    "429": OpenApiParameter(
        "Retry-After",
        OpenApiTypes.INT,
        OpenApiParameter.HEADER,
        description="Seconds to wait before the next request.",
        response=[429],
    ),
}


class ApiAutoSchema(AutoSchema):
    def _error_codes(self) -> list[int]:
        view = self.view
        codes = [400]
        if any(not isinstance(p, AllowAny) for p in view.get_permissions()):
            codes += [401, 403]
        if "{" in self.path:
            codes.append(404)
        if self.method in ("POST", "PUT", "PATCH") and self.get_request_serializer() is not None:
            # A body of a type the endpoint's parsers do not read.
            codes.append(415)
        if view.get_throttles():
            codes.append(429)
        return codes

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code in self._error_codes():
            if str(code) not in responses:
                responses[str(code)] = self._get_response_for_code(
                    ERROR_RESPONSES[code], str(code), direction=direction
                )
        return responses

    def get_override_parameters(self) -> list[Any]:
        parameters: list[Any] = list(super().get_override_parameters())
        named = {getattr(p, "name", None) for p in parameters}
        return parameters + [p for p in RESPONSE_HEADERS.values() if p.name not in named]
