from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    name = "backoffice"
    verbose_name = _("Organisation and audit")

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (connects the log-in audit receivers)
