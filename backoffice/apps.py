from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    name = "backoffice"
    verbose_name = _("Organisation and audit")

    def ready(self) -> None:
        # Connect the log-in audit receivers, the session clocks and the lockout audit.
        from . import receivers, security  # noqa: F401
