"""Sets ``request.agency``: the agency the signed-in user is working in now."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject

from .access import roles_in, user_agencies
from .audit_context import current_request
from .models import Agency
from .services import request_agency

SESSION_KEY = "current_agency_id"


def current_agency(request: HttpRequest) -> Agency | None:
    """The agency chosen in the session if the user still belongs to it, else their first."""
    if not request.user.is_authenticated:
        return None
    agencies = user_agencies(request.user)
    chosen = request.session.get(SESSION_KEY)
    for agency in agencies:
        if agency.pk == chosen:
            return agency
    return agencies[0] if agencies else None


class CurrentAgencyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        agency = SimpleLazyObject(lambda: current_agency(request))
        request.agency = agency  # type: ignore[attr-defined]
        request.roles = SimpleLazyObject(  # type: ignore[attr-defined]
            lambda: frozenset(roles_in(request.user, request_agency(request)))
        )
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)
