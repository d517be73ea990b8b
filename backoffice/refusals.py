"""The 403 and 404 pages, each refusal written to the audit log once.

A 403 is recorded as ``access.denied`` unless an access helper already recorded it
(with the roles it needed). A 404 is recorded as ``access.not_found`` only for a
signed-in user on an address that names a page of the application: that is a lookup
outside the user's scope (a guessed or stale id), since the access helpers answer
every object outside it with a 404. Unknown addresses (no page matched) and
anonymous visitors are not recorded: scanners send thousands of those, they name no
object, and the web server's access log already has them. One INSERT per refusal.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views import defaults

from .audit_context import DENIAL_RECORDED
from .models import AuditOutcome
from .services import audit_record

# Longest path kept in an audit row; longer ones are cut, never refused.
PATH_KEPT = 500


def _path(request: HttpRequest) -> str:
    return request.path[:PATH_KEPT]


def record_denial(request: HttpRequest, *, api: bool = False) -> None:
    """Record a 403 unless it is already in the audit log."""
    if getattr(request, DENIAL_RECORDED, False):
        return
    details: dict[str, object] = {"path": _path(request), "method": request.method}
    if api:
        details["api"] = True
    audit_record(
        action="access.denied", request=request, outcome=AuditOutcome.DENIED, details=details
    )


def record_not_found(request: HttpRequest, *, api: bool = False) -> None:
    """Record a 404 of a signed-in user on an existing page (an object outside their scope)."""
    if not request.user.is_authenticated or getattr(request, "resolver_match", None) is None:
        return
    details: dict[str, object] = {"path": _path(request), "method": request.method}
    if api:
        details["api"] = True
    audit_record(
        action="access.not_found", request=request, outcome=AuditOutcome.DENIED, details=details
    )


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler403: the project's 403 page, with the refusal in the audit log."""
    record_denial(request)
    return defaults.permission_denied(request, exception)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler404: the project's 404 page, with a refused lookup in the audit log."""
    record_not_found(request)
    return defaults.page_not_found(request, exception)
