"""The REST API's foundation: authentication, permissions, errors, pagination, throttling.

Every endpoint under /api/v1/ uses these through the REST_FRAMEWORK settings:
``Authorization: Api-Key <key>`` for other systems, the session (with CSRF) for the
browser. A key acts as its named owner inside its agency only. Every error has one
shape, ``{"error": {"status", "code", "message", "fields"?}}``.

This module must not import rest_framework.views, generics or drf_spectacular.openapi
at import time: DRF's settings import these classes while rest_framework.views loads.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import (
    NON_FIELD_ERRORS,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, JsonResponse
from django.urls import Resolver404, resolve
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse
from rest_framework import exceptions, serializers
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.metadata import SimpleMetadata
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from .access import agency_or_404, has_role, roles_in
from .api_keys import client_for_key
from .errors import DomainError
from .models import Agency, ApiClient, User
from .refusals import record_denial, record_not_found
from .services import audit_record

logger = logging.getLogger(__name__)

KEYWORD = "Api-Key"


def request_api_client(request: Any) -> ApiClient | None:
    """The API client a request authenticated with, or None for a session."""
    auth = getattr(request, "auth", None)
    return auth if isinstance(auth, ApiClient) else None


# Authentication -----------------------------------------------------------------------


class ApiKeyAuthentication(BaseAuthentication):
    """``Authorization: Api-Key bo_<prefix>_<secret>``: the owner acts in the key's agency."""

    def authenticate(self, request: Any) -> tuple[User, ApiClient] | None:
        words = get_authorization_header(request).split()
        if not words or words[0].lower() != KEYWORD.lower().encode():
            return None
        if len(words) != 2:
            raise exceptions.AuthenticationFailed(
                _("Send the key as: Authorization: Api-Key <key>.")
            )
        try:
            raw_key = words[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise exceptions.AuthenticationFailed(_("The API key is not valid.")) from exc
        client = client_for_key(raw_key)
        if client is None:
            raise exceptions.AuthenticationFailed(
                _("The API key is not valid, has expired or has been revoked.")
            )
        self._bind(request._request, client)
        return client.owner, client

    @staticmethod
    def _bind(django_request: HttpRequest, client: ApiClient) -> None:
        # The key's agency is the request's agency, whatever the owner chose in a session,
        # so access helpers (agency_or_404, role checks, audit rows) all see the same one.
        owner, agency = client.owner, client.agency
        django_request.agency = agency  # type: ignore[attr-defined]
        django_request.roles = SimpleLazyObject(  # type: ignore[attr-defined]
            lambda: frozenset(roles_in(owner, agency))
        )
        # A system calling with the owner's key is not the owner being at their desk.
        django_request.counts_as_activity = False  # type: ignore[attr-defined]

    def authenticate_header(self, request: Any) -> str:
        return f'{KEYWORD} realm="api"'


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "backoffice.api.ApiKeyAuthentication"
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": str(
                _("An agency's API key, sent as `Authorization: Api-Key bo_<prefix>_<secret>`.")
            ),
        }


# Permissions ----------------------------------------------------------------------------


def api_agency(request: Any) -> Agency:
    """The agency a request works in: the key's agency, or the session's current agency."""
    client = request_api_client(request)
    if client is not None:
        return client.agency
    return agency_or_404(request)


class ScopedPermission(BasePermission):
    """Signed in; a key needs the read scope for safe methods and write for the rest;
    a session user must be staff (any role) of their current agency."""

    message = gettext_lazy("You are not a member of staff of an agency.")

    def has_permission(self, request: Any, view: Any) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        client = request_api_client(request)
        if client is not None:
            needed = "read" if request.method in SAFE_METHODS else "write"
            if needed not in client.scopes:
                raise exceptions.PermissionDenied(
                    _("This API key does not have the %(scope)s scope.") % {"scope": needed},
                    code="insufficient_scope",
                )
            return True
        agency = getattr(request, "agency", None)
        return isinstance(agency, Agency) and has_role(user, agency)


def require_roles(request: Any, *roles: str) -> Agency:
    """Require one of *roles* in the request's agency (any role if none given); return it."""
    agency = api_agency(request)
    if not has_role(request.user, agency, *roles):
        audit_record(
            action="access.denied",
            request=request,
            agency=agency,
            outcome="denied",
            details={"path": request.path, "needs": list(roles), "api": True},
        )
        raise exceptions.PermissionDenied(
            _("This needs one of these roles: %(roles)s.") % {"roles": ", ".join(roles)}
        )
    return agency


# Errors ---------------------------------------------------------------------------------

NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY
# DomainError codes that are not a plain 400.
DOMAIN_STATUS = {"conflict": 409, "forbidden": 403, "not_found": 404}


class ApiError(exceptions.APIException):
    """An error with a chosen status, code and optional field messages."""

    def __init__(
        self,
        *,
        status_code: int,
        code: str,
        message: str,
        fields: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(detail=message, code=code)
        self.status_code = status_code
        self.fields = fields or {}


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """Field messages keyed by dotted path (``items.0.name``); bare lists are non-field."""
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = NON_FIELD if key in (NON_FIELD, NON_FIELD_ERRORS) else str(key)
            for path, messages in _flatten(value, f"{prefix}.{name}" if prefix else name).items():
                out.setdefault(path, []).extend(messages)
    elif isinstance(detail, list | tuple) and any(isinstance(i, dict | list) for i in detail):
        for index, item in enumerate(detail):
            if item:
                path = f"{prefix}.{index}" if prefix else str(index)
                out.update(_flatten(item, path))
    elif isinstance(detail, list | tuple):
        out[prefix or NON_FIELD] = [str(item) for item in detail]
    else:
        out[prefix or NON_FIELD] = [str(detail)]
    return out


def _as_api_exception(exc: Exception) -> Exception:
    """Turn Django and domain exceptions into DRF's, so every error gets the same shape."""
    if isinstance(exc, DomainError):
        errors = {NON_FIELD if k == NON_FIELD_ERRORS else k: v for k, v in exc.errors.items()}
        status = DOMAIN_STATUS.get(exc.code, 400)
        return ApiError(status_code=status, code=exc.code, message=exc.message, fields=errors)
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        return exceptions.ValidationError(detail=detail)
    if isinstance(exc, RequestDataTooBig):
        return ApiError(
            status_code=413,
            code="too_large",
            message=_("The request's fields are too large: %(limit)s MB at most.")
            % {"limit": f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_048_576:g}"},
        )
    if isinstance(exc, TooManyFieldsSent | TooManyFilesSent):
        return exceptions.ParseError(_("The request has too many fields or files."))
    if isinstance(exc, Http404):
        return exceptions.NotFound()
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied()
    if isinstance(exc, ValueError | TypeError):
        # A value of the wrong type reached a query (an id that is not a number, a bad
        # date in a cursor). Logged with its trace, answered as the client's mistake.
        logger.warning("API request failed on bad input: %r", exc, exc_info=exc)
        return exceptions.ParseError(
            _("A value in the request has the wrong type or format."), code="invalid"
        )
    return exc


def _validation_message(fields: dict[str, list[str]]) -> str:
    named = sorted(name for name in fields if name != NON_FIELD)
    if not named:
        return fields[NON_FIELD][0] if fields.get(NON_FIELD) else _("The request is not valid.")
    return _("Check these fields: %(names)s.") % {"names": ", ".join(named)}


def error_body(exc: exceptions.APIException, status: int) -> dict[str, Any]:
    """The error shape every API error shares."""
    fields: dict[str, list[str]] = {}
    if isinstance(exc, ApiError):
        code, message, fields = str(exc.get_codes()), str(exc.detail), exc.fields
    elif isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail)
        code, message = "invalid", _validation_message(fields)
    else:
        detail = exc.detail
        if isinstance(detail, dict | list):
            fields = _flatten(detail)
            message = next(iter(fields.values()))[0] if fields else str(exc.default_detail)
        else:
            message = str(detail)
        code = getattr(detail, "code", None) or str(exc.default_code)
    body: dict[str, Any] = {"status": status, "code": code, "message": message}
    if fields:
        body["fields"] = fields
    return {"error": body}


def _audit_refusal(request: Any, status: int) -> None:
    """A 403 of a signed-in caller, and a 404 of an object outside its scope, in the audit log."""
    if request is None or not request.user.is_authenticated:
        return
    if status == 403:
        record_denial(request, api=True)
    elif status == 404:
        record_not_found(request, api=True)


def error_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """REST_FRAMEWORK's EXCEPTION_HANDLER: every error in one shape, never a 500 for bad input."""
    from rest_framework.views import exception_handler

    exc = _as_api_exception(exc)
    response = exception_handler(exc, context)
    if response is None:
        return None
    _audit_refusal(context.get("request"), response.status_code)
    assert isinstance(exc, exceptions.APIException)  # noqa: S101 - DRF answered it
    response.data = error_body(exc, response.status_code)
    return response


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField(help_text=gettext_lazy("The HTTP status code."))
    code = serializers.CharField(
        help_text=gettext_lazy("A stable code, e.g. invalid, not_found, conflict, throttled.")
    )
    message = serializers.CharField(help_text=gettext_lazy("What went wrong, for people."))
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text=gettext_lazy(
            "Messages per field (dotted paths for nested ones); those about the request as "
            "a whole are under non_field_errors. Present only when there are some."
        ),
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


def _error_response(description: Any) -> OpenApiResponse:
    return OpenApiResponse(response=ErrorSerializer, description=description)


ERROR_RESPONSES: dict[int, OpenApiResponse] = {
    400: _error_response(gettext_lazy("The request is not valid; see error.fields.")),
    401: _error_response(gettext_lazy("No valid API key and no session.")),
    403: _error_response(gettext_lazy("Signed in, but the key's scope or your role is missing.")),
    404: _error_response(gettext_lazy("Not found in your agency.")),
    409: _error_response(gettext_lazy("The object's current state does not allow this.")),
    415: _error_response(gettext_lazy("Send JSON, form-encoded or multipart bodies.")),
    429: _error_response(gettext_lazy("Too many requests: wait Retry-After seconds.")),
}


# Pagination -----------------------------------------------------------------------------


# Cursors are opaque base64 text, taken from a page's next or previous link.
CURSOR_PATTERN = "^[A-Za-z0-9+/]*={0,2}$"
PAGE_SIZE_HELP = gettext_lazy(
    "Rows per page: 50 unless given; larger values give 200, and anything but a positive "
    "whole number gives 50."
)


class KeysetPagination(CursorPagination):
    """Cursor pagination on a fixed ordering: the view sets ``ordering`` (last field unique)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-pk"
    invalid_cursor_message = gettext_lazy("This cursor is not valid; start from the first page.")

    def get_ordering(self, request: Any, queryset: QuerySet[Any], view: Any) -> tuple[str, ...]:
        view_ordering = getattr(view, "ordering", None)
        if view_ordering:
            self.ordering = view_ordering
        ordering: tuple[str, ...] = super().get_ordering(request, queryset, view)
        return ordering

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters: list[dict[str, Any]] = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["description"] = str(PAGE_SIZE_HELP)
            elif parameter["name"] == self.cursor_query_param:
                parameter["schema"]["pattern"] = CURSOR_PATTERN
        return parameters

    def _invalid_cursor(self) -> exceptions.ValidationError:
        return exceptions.ValidationError({self.cursor_query_param: [self.invalid_cursor_message]})

    def decode_cursor(self, request: Any) -> Any:
        try:
            return super().decode_cursor(request)
        except exceptions.NotFound as exc:
            raise self._invalid_cursor() from exc

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        try:
            return super().paginate_queryset(queryset, request, view)
        except (ValueError, TypeError, DjangoValidationError) as exc:
            # A cursor whose position does not fit the ordering field's type.
            if request.query_params.get(self.cursor_query_param) is None:
                raise
            raise self._invalid_cursor() from exc


class ApiMetadata(SimpleMetadata):
    """OPTIONS names the endpoint and its formats; its fields are described in the schema.

    Leaving out DRF's per-field "actions" means OPTIONS never builds a serializer
    outside a real request (one that needs the request's agency, say).
    """

    def determine_actions(self, request: Any, view: Any) -> dict[str, Any]:
        return {}


@csrf_exempt  # it changes nothing, and a CSRF page would hide the 404 from API clients
def api_not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """The answer for any address under /api/ that is not an endpoint, in the error shape."""
    message = _("There is no API endpoint at this address.")
    if not request.path_info.endswith("/"):
        match = resolve_or_none(request.path_info + "/")
        if match is not None and match.func is not api_not_found:
            message = _("There is no API endpoint here; did you mean %(path)s?") % {
                "path": request.path + "/"
            }
    body = {"error": {"status": 404, "code": "not_found", "message": message}}
    return JsonResponse(body, status=404)


def resolve_or_none(path: str) -> Any:
    try:
        return resolve(path)
    except Resolver404:
        return None


# Throttling -----------------------------------------------------------------------------


class ApiClientThrottle(SimpleRateThrottle):
    """Requests per API key (its own rate or API_DEFAULT_RATE), per session user
    (API_SESSION_RATE), or per address for anonymous calls to public endpoints.

    Counts live in the default cache: shared by all processes only if that cache is.
    """

    scope = "api"

    def __init__(self) -> None:
        # The rate depends on the request, so it is chosen in allow_request.
        self.rate: str | None = None
        self.num_requests: int | None = None
        self.duration: int | None = None

    @staticmethod
    def rate_for(request: Any) -> str:
        client = request_api_client(request)
        if client is not None:
            return client.rate or settings.API_DEFAULT_RATE
        if request.user and request.user.is_authenticated:
            return str(settings.API_SESSION_RATE)
        return str(settings.API_DEFAULT_RATE)

    def get_cache_key(self, request: Any, view: Any) -> str:
        client = request_api_client(request)
        if client is not None:
            ident = f"client-{client.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"address-{self.get_ident(request)}"
        return str(self.cache_format % {"scope": self.scope, "ident": ident})

    def allow_request(self, request: Any, view: Any) -> bool:
        self.rate = self.rate_for(request)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return bool(super().allow_request(request, view))
