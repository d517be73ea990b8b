"""Audit of log-ins, failed log-ins and log-outs, recorded from Django's auth signals."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from .models import AuditOutcome, User
from .services import audit_record


@receiver(user_logged_in, dispatch_uid="audit_login")
def audit_login(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    # Set by a sign-in other than the password form (backoffice.oidc).
    method = getattr(user, "login_method", None)
    details = {"method": method} if method else None
    audit_record(action="auth.login", actor=user, request=request, obj=user, details=details)


@receiver(user_logged_out, dispatch_uid="audit_logout")
def audit_logout(
    sender: Any, request: HttpRequest | None, user: User | None, **kwargs: Any
) -> None:
    audit_record(action="auth.logout", actor=user, request=request, obj=user)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def audit_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    # Django has already masked the password in *credentials*; keep only the name tried.
    attempted = str(credentials.get("username") or credentials.get("email") or "")[:254]
    actor = User.objects.filter(email__iexact=attempted).first() if attempted else None
    audit_record(
        action="auth.login_failed",
        actor=actor,
        request=request,
        outcome=AuditOutcome.FAILURE,
        details={"attempted": attempted},
    )
