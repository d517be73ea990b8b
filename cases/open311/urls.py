"""Open311 GeoReport v2 under /open311/v2/: each resource as .xml or .json."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path, re_path

from . import views

FORMAT = r"\.(?P<fmt>xml|json)$"


def _id(name: str) -> str:
    return rf"(?P<{name}>[A-Za-z0-9_-]{{1,100}})"


urlpatterns: list[URLPattern | URLResolver] = [
    # The endpoint's own address answers with the discovery document.
    path("", views.discovery, {"fmt": "xml"}, name="open311_root"),
    re_path(r"^discovery" + FORMAT, views.discovery, name="open311_discovery"),
    re_path(r"^services" + FORMAT, views.service_list, name="open311_services"),
    re_path(
        r"^services/" + _id("code") + FORMAT,
        views.service_definition,
        name="open311_service_definition",
    ),
    re_path(r"^requests" + FORMAT, views.service_requests, name="open311_requests"),
    re_path(
        r"^requests/" + _id("request_id") + FORMAT,
        views.service_request,
        name="open311_request",
    ),
    re_path(r"^tokens/" + _id("token") + FORMAT, views.token, name="open311_token"),
    re_path(r"^(?P<rest>.+)$", views.not_found),
]
