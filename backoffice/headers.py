"""Response headers Django has no setting for: Permissions-Policy and Reporting-Endpoints.

``PERMISSIONS_POLICY`` maps a browser feature to the origins that may use it; an empty list
refuses it everywhere, ``"self"`` allows this site::

    PERMISSIONS_POLICY = {"camera": [], "fullscreen": ["self"]}

gives ``Permissions-Policy: camera=(), fullscreen=(self)``. With ``CSP_REPORT_URI`` set, a
``Reporting-Endpoints`` header names it ``csp``, the endpoint the policy's ``report-to``
directive refers to. A view that sets either header itself keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

KEYWORDS = frozenset({"self", "*", "src"})


def permissions_policy(policy: Mapping[str, Sequence[str]]) -> str:
    """The header value for *policy*: keywords bare, origins quoted, as the syntax requires."""
    directives = []
    for feature, origins in policy.items():
        allowed = " ".join(origin if origin in KEYWORDS else f'"{origin}"' for origin in origins)
        directives.append(f"{feature}=*" if list(origins) == ["*"] else f"{feature}=({allowed})")
    return ", ".join(directives)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        policy = getattr(settings, "PERMISSIONS_POLICY", {})
        self.permissions_policy = permissions_policy(policy) if policy else ""
        report_uri = getattr(settings, "CSP_REPORT_URI", "")
        self.reporting_endpoints = f'csp="{report_uri}"' if report_uri else ""

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if self.reporting_endpoints:
            response.headers.setdefault("Reporting-Endpoints", self.reporting_endpoints)
        return response
