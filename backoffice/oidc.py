"""Sign-in through the agency's identity provider with OpenID Connect (mozilla-django-oidc).

On only when OIDC_RP_CLIENT_ID is set (see settings). The provider proves who the person
is; this site decides whether they may come in: only an existing, active account with the
same email address signs in. Nobody registers themselves this way.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.db.models import QuerySet
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView

from .models import User

LOGIN_METHOD = "oidc"


class ExistingAccountBackend(OIDCAuthenticationBackend):
    """Signs in the one active user whose email address the provider vouches for."""

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        # A provider that says it has not verified the address is not trusted with it.
        return bool(claims.get("email")) and claims.get("email_verified", True) is not False

    def filter_users_by_claims(self, claims: dict[str, Any]) -> QuerySet[User]:
        email = str(claims.get("email") or "").strip()
        if not email:
            return User.objects.none()
        return User.objects.filter(email__iexact=email, is_active=True)

    def create_user(self, claims: dict[str, Any]) -> None:
        """Accounts are made by administrators, never by signing in."""
        return None

    def get_or_create_user(self, access_token: str, id_token: str, payload: Any) -> Any:
        user = super().get_or_create_user(access_token, id_token, payload)
        if user is not None:
            # Read by the log-in audit receiver.
            user.login_method = LOGIN_METHOD
        return user


class CallbackView(OIDCAuthenticationCallbackView):
    """The provider's return: on failure, back to the sign-in page with an explanation."""

    def login_failure(self) -> HttpResponse:
        messages.error(
            self.request,
            _(
                "You could not be signed in with %(provider)s. Use an account your "
                "administrator has set up for you, or sign in with your email address and "
                "password."
            )
            % {"provider": settings.OIDC_PROVIDER_NAME},
        )
        return HttpResponseRedirect(reverse(settings.LOGIN_URL))
