"""The project's admin site: it asks administrators for their second factor.

``backoffice.admin_apps.BackofficeAdminConfig`` replaces ``django.contrib.admin`` in
INSTALLED_APPS so that ``admin.site`` is a ``SecondFactorAdminSite``. The site refuses a
session that has not given its second factor (when OTP_REQUIRED_FOR_ADMINS is on) and sends
every log-in to the project's own sign-in page, where log-ins are throttled and the second
factor is asked.

The log-in throttling records (django-axes) and the second-factor devices (django-otp) are
shown to platform administrators only: an agency administrator never sees another agency's
people's attempts or devices.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.db.models import Model
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse

from .http import safe_next_url
from .security import requires_second_factor, second_factor_verified


class SecondFactorAdminSite(admin.AdminSite):
    def has_permission(self, request: HttpRequest) -> bool:
        if not super().has_permission(request):
            return False
        return second_factor_verified(request) or not requires_second_factor(request.user)

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> Any:
        """One sign-in page for the whole site; a signed-in user is asked for the second factor."""
        index = reverse("admin:index", current_app=self.name)
        next_url = safe_next_url(request, request.GET.get("next", ""), index)
        if request.user.is_authenticated and not self.has_permission(request):
            if requires_second_factor(request.user) and not second_factor_verified(request):
                query = urlencode({"next": next_url})
                return HttpResponseRedirect(f"{reverse('second_factor')}?{query}")
            return super().login(request, extra_context)
        if request.user.is_authenticated:
            return HttpResponseRedirect(next_url)
        return redirect_to_login(next_url)


class SuperuserOnlyMixin:
    """For platform records: visible and editable by superusers only."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and request.user.is_superuser)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.has_module_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.has_module_permission(request) and super().has_change_permission(  # type: ignore[misc]
            request, obj
        )

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return self.has_module_permission(request) and super().has_add_permission(  # type: ignore[misc]
            request, *args
        )

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self.has_module_permission(request) and super().has_delete_permission(  # type: ignore[misc]
            request, obj
        )


def restrict_to_superusers(site: admin.AdminSite, labels: tuple[str, ...]) -> None:
    """Re-register the model admins of the apps *labels* as superuser-only."""
    for model, model_admin in list(site._registry.items()):
        if model._meta.app_label not in labels:
            continue
        base = type(model_admin)
        restricted = type(f"SuperuserOnly{base.__name__}", (SuperuserOnlyMixin, base), {})
        site.unregister(model)
        site.register(model, restricted)
