"""The request being served, for audit rows written by services that are not handed it.

Services called from the admin or a view take the acting user but rarely the request;
their audit rows still need the address and browser the change came from. The
middleware sets the request for the time it is served; tasks and commands have none.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.http import HttpRequest

current_request: ContextVar[HttpRequest | None] = ContextVar("audit_request", default=None)

# Set on a request once one of its refusals is in the audit log, so the 403 handler
# does not write a second row for a denial an access helper already recorded.
DENIAL_RECORDED = "_audit_denial_recorded"
