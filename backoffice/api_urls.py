"""The REST API under /api/v1/ (each app's ``api.py`` adds its endpoints) and its schema.

The schema and its interactive docs are public: they describe the API and hold no data.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from cases import api as cases_api
from feedback import api as feedback_api
from routing import api as routing_api

from . import api_views
from .api import api_not_found

backoffice_api: list[URLPattern | URLResolver] = [
    path("me/", api_views.MeView.as_view(), name="api_me"),
    path("summary/", api_views.SummaryView.as_view(), name="api_summary"),
]

urlpatterns = [
    path(
        "v1/",
        include(
            backoffice_api
            + cases_api.urlpatterns
            + routing_api.urlpatterns
            + feedback_api.urlpatterns
        ),
    ),
    path("schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
    # Last: any other address under /api/ is a 404 in the error shape, not an HTML page,
    # even one with a line break in it (hence DOTALL, and \Z rather than $).
    re_path(r"^(?P<path>(?s:.*))\Z", api_not_found),
]
