"""Protections of signed-in browser sessions and of the log-in form.

- The idle timeout signs out a session left without activity for SESSION_IDLE_TIMEOUT
  minutes. Its clock lives in the session and is written at most once a minute.
- Administrators (anyone who can use the Django admin, and agency administrators) pass a
  second factor before any page other than the sign-in pages; the session remembers both
  whether the user needs one and whether it was given, so other users pay nothing.
- django-axes counts failed log-ins by account and by client address; the callables it is
  configured with here name the account and the address the same way the audit log does,
  and turn a lockout into an accessible page with an audit row.

Requests authenticated by an API key never carry a signed-in session, so none of this
applies to them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from axes.helpers import get_cool_off
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import DEVICE_ID_SESSION_KEY

from .access import agency_ids_for
from .models import AuditOutcome, Role, User
from .services import audit_record, client_ip

# Session keys. Times are whole seconds since the epoch, which sessions store as numbers.
LAST_ACTIVITY_KEY = "last_activity"
SECOND_FACTOR_REQUIRED_KEY = "second_factor_required"
# The activity clock is refreshed at most this often, so a busy session writes itself once a
# minute, not on every request. The "needs a second factor" answer is re-read on the same
# clock and stored only when it changes, so it never costs a write of its own.
REFRESH_SECONDS = 60

# Pages a signed-in administrator reaches before giving the second factor.
SECOND_FACTOR_OPEN_URL_NAMES = frozenset(
    {
        "login",
        "logout",
        "second_factor",
        "second_factor_setup",
        "second_factor_recovery",
        "password_reset",
        "password_reset_done",
        "password_reset_confirm",
        "password_reset_complete",
        "healthz",
        "oidc_authentication_init",
        "oidc_authentication_callback",
        "oidc_logout",
    }
)
# Machine clients get a JSON error instead of a redirect to a page.
API_PREFIXES = ("/api/", "/open311/")


def _now() -> int:
    return int(time.time())


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIXES)


def _redirect(request: HttpRequest, url: str) -> HttpResponse:
    """A redirect an htmx request follows with a full page load."""
    if _is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


# Who needs a second factor ---------------------------------------------------------------


def requires_second_factor(user: Any) -> bool:
    """Whether *user* must give a second factor: staff, superusers and agency administrators.

    Reads the user's memberships, which the request caches for its own role checks.
    """
    if not settings.OTP_REQUIRED_FOR_ADMINS:
        return False
    if not isinstance(user, User) or not user.is_authenticated or not user.is_active:
        return False
    return bool(user.is_staff or user.is_superuser or agency_ids_for(user, (Role.ADMINISTRATOR,)))


def second_factor_verified(request: HttpRequest) -> bool:
    """Whether this session gave a second factor (django_otp.login marks it)."""
    return DEVICE_ID_SESSION_KEY in request.session


@receiver(user_logged_in, dispatch_uid="session_security_login")
def start_session_clocks(
    sender: Any, request: HttpRequest | None, user: User, **kwargs: Any
) -> None:
    """A new session starts active and knows whether its user needs a second factor.

    Written with the log-in's own session save, so the first pages write nothing.
    """
    if request is None or not hasattr(request, "session"):
        return
    now = _now()
    request.session[LAST_ACTIVITY_KEY] = now
    request.session[SECOND_FACTOR_REQUIRED_KEY] = requires_second_factor(user)


# Idle timeout -----------------------------------------------------------------------------


class IdleTimeoutMiddleware:
    """Signs out a browser session idle for longer than SESSION_IDLE_TIMEOUT minutes.

    Background polls mark themselves (``request.counts_as_activity = False``) and do not
    keep a session alive. The absolute session age is still SESSION_COOKIE_AGE.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        if SESSION_KEY not in session:
            return self.get_response(request)
        now = _now()
        last = session.get(LAST_ACTIVITY_KEY)
        if isinstance(last, int) and now - last > settings.SESSION_IDLE_TIMEOUT * 60:
            return self._sign_out(request, idle_seconds=now - last)
        response = self.get_response(request)
        stale = not isinstance(last, int) or now - last >= REFRESH_SECONDS
        if (
            stale
            and getattr(request, "counts_as_activity", True)
            and SESSION_KEY in request.session
        ):
            request.session[LAST_ACTIVITY_KEY] = now
        return response

    def _sign_out(self, request: HttpRequest, *, idle_seconds: int) -> HttpResponse:
        user = request.user
        minutes = settings.SESSION_IDLE_TIMEOUT
        audit_record(
            action="auth.idle_timeout",
            actor=user if isinstance(user, User) else None,
            request=request,
            obj=user if isinstance(user, User) else None,
            details={"idle_minutes": idle_seconds // 60, "limit_minutes": minutes},
        )
        logout(request)
        if _is_api(request):
            # The API answers an anonymous request as it always does (401).
            return self.get_response(request)
        messages.info(
            request,
            ngettext(
                "You were signed out after %(minutes)d minute without activity. "
                "Sign in again to continue.",
                "You were signed out after %(minutes)d minutes without activity. "
                "Sign in again to continue.",
                minutes,
            )
            % {"minutes": minutes},
        )
        # Back to the page after signing in, unless that was a form post or a page fragment.
        next_path = ""
        if request.method == "GET" and not _is_htmx(request):
            next_path = request.get_full_path()
        if next_path:
            return _redirect(request, redirect_to_login(next_path).url)
        return _redirect(request, reverse(settings.LOGIN_URL))


# Second factor gate -------------------------------------------------------------------------


class SecondFactorMiddleware:
    """Holds an administrator's session at the second-factor pages until one is given.

    Costs nothing for a session that gave its second factor; for others it re-reads whether
    the user needs one when the activity clock is due (at most once a minute; a role granted
    meanwhile takes effect then), from the memberships the request reads anyway.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        session = request.session
        if SESSION_KEY not in session or second_factor_verified(request):
            return None
        if not self._required(request):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in SECOND_FACTOR_OPEN_URL_NAMES:
            return None
        if _is_api(request):
            message = _("Give your second factor in the browser before using the API.")
            return JsonResponse(
                {
                    "error": {
                        "status": 403,
                        "code": "second_factor_required",
                        "message": message,
                        "fields": {},
                    }
                },
                status=403,
            )
        url = reverse("second_factor")
        if request.method == "GET" and not _is_htmx(request):
            url = f"{url}?{urlencode({'next': request.get_full_path()})}"
        return _redirect(request, url)

    def _required(self, request: HttpRequest) -> bool:
        session = request.session
        required = session.get(SECOND_FACTOR_REQUIRED_KEY)
        last = session.get(LAST_ACTIVITY_KEY)
        due = not isinstance(last, int) or _now() - last >= REFRESH_SECONDS
        if due or not isinstance(required, bool):
            answer = requires_second_factor(request.user)
            if answer != required:
                session[SECOND_FACTOR_REQUIRED_KEY] = answer
            required = answer
        return bool(required)


# Log-in throttling (django-axes) --------------------------------------------------------------


def attempted_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """The account an attempt was for, as the audit log names it: lower-case email."""
    if credentials:
        value = credentials.get("username") or credentials.get("email")
    else:
        data = getattr(request, "data", None) or request.POST
        value = data.get("username")
    return str(value).strip().lower()[:254] if value else None


def attempt_address(request: HttpRequest) -> str | None:
    """The client address the rest of the project trusts (see services.client_ip)."""
    return client_ip(request)


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """The lockout page: when to try again, the same whether or not the account exists."""
    cool_off = get_cool_off(request) or timedelta(minutes=15)
    seconds = max(int(cool_off.total_seconds()), 1)
    minutes = math.ceil(seconds / 60)
    retry_at = timezone.localtime(timezone.now() + cool_off)
    response = render(
        request,
        "registration/locked_out.html",
        {"minutes": minutes, "retry_at": retry_at},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


@receiver(user_locked_out, dispatch_uid="audit_locked_out")
def audit_locked_out(
    sender: Any,
    request: HttpRequest | None = None,
    username: str | None = None,
    ip_address: str | None = None,
    **kwargs: Any,
) -> None:
    attempted = (username or "")[:254]
    actor = User.objects.filter(email__iexact=attempted).first() if attempted else None
    audit_record(
        action="auth.locked_out",
        actor=actor,
        request=request,
        outcome=AuditOutcome.DENIED,
        details={"attempted": attempted, "failure_limit": settings.AXES_FAILURE_LIMIT},
    )
