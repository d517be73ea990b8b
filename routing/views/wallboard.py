"""Pages of the routing app: the supervisors' wallboard.

The page works without JavaScript (a link reloads it); with htmx its figures refresh
every few seconds by fetching the same URL, which then renders only the named partial.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, role_required
from backoffice.models import Agency, Role, Team

from .. import selectors

VIEWERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
REFRESH_SECONDS = 10


class WallboardFilterForm(forms.Form):
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        required=False,
        label=_("Team"),
        empty_label=_("All teams"),
        error_messages={"invalid_choice": _("Choose one of the listed teams.")},
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = selectors.wallboard_teams(agency=agency)  # type: ignore[attr-defined]


@require_GET
@never_cache
@role_required(*VIEWERS)
def wallboard(request: HttpRequest) -> HttpResponse:
    """Queues and people of the current agency right now, refreshed while open."""
    agency = agency_or_404(request)
    form = WallboardFilterForm(request.GET or None, agency=agency)
    team = form.cleaned_data["team"] if form.is_valid() else None
    board = selectors.wallboard(agency=agency, now=timezone.now(), team=team)
    template = "routing/wallboard/wallboard.html"
    if getattr(request, "htmx", False):
        template += "#board"
    return render(
        request,
        template,
        {
            "agency": agency,
            "board": board,
            "form": form,
            "team": team,
            "refresh_seconds": REFRESH_SECONDS,
            "query": urlencode({"team": team.pk}) if team is not None else "",
        },
    )


urlpatterns: list[URLPattern] = [
    path("wallboard/", wallboard, name="wallboard"),
]
