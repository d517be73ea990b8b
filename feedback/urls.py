"""Feedback URLs: public survey and results pages (no login) and the staff pages."""

from __future__ import annotations

from django.urls import include, path

from .views import friction, public, pulse, results, satisfaction, staff

urlpatterns = [
    path("survey/", include(public.urlpatterns)),
    path("satisfaction/", include(satisfaction.urlpatterns)),
    path(
        "feedback/",
        include(staff.urlpatterns + pulse.urlpatterns + friction.urlpatterns + results.urlpatterns),
    ),
]
