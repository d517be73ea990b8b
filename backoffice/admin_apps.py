"""The admin app, with the project's admin site (backoffice.admin_site) as ``admin.site``.

Named in INSTALLED_APPS instead of ``django.contrib.admin``. Django imports this module
before any model exists, so it imports nothing else of the project at module level.
"""

from __future__ import annotations

from django.contrib.admin.apps import AdminConfig


class BackofficeAdminConfig(AdminConfig):
    default_site = "backoffice.admin_site.SecondFactorAdminSite"

    def ready(self) -> None:
        super().ready()
        from django.contrib import admin

        from .admin_site import restrict_to_superusers

        # The throttling records and second-factor devices of every agency's people.
        restrict_to_superusers(admin.site, ("axes", "otp_totp", "otp_static"))
