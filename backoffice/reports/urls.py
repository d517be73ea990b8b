"""Manager reports under /reports/."""

from __future__ import annotations

from .views import blueprint, cx, dashboard, people, workforce

urlpatterns = (
    dashboard.urlpatterns
    + people.urlpatterns
    + workforce.urlpatterns
    + cx.urlpatterns
    + blueprint.urlpatterns
)
