"""The public satisfaction pages: no log-in, one page per agency, and its CSV.

Anyone may read how citizens rated an agency's services: satisfaction and trust by
service and channel for each calendar quarter (in the agency's time zone), with the
number of responses behind each figure. A figure from fewer responses than
``FEEDBACK_PUBLIC_MIN_RESPONSES`` (default 10) is not published, so no respondent can be
singled out; the CSV applies the same rule. Every active agency publishes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from backoffice.exports import count_cell, csv_response
from backoffice.models import Agency

from .. import selectors
from ..selectors import Group, Quarter, Score

DEFAULT_QUARTERS = 4
PICKER_QUARTERS = 8


@dataclass(frozen=True)
class PublicRow:
    """One service on one channel in one quarter: its public scores, in PUBLIC order."""

    group: Group
    scores: list[Score]


@dataclass(frozen=True)
class QuarterResults:
    quarter: Quarter
    rows: list[PublicRow]
    in_progress: bool


def _published_agency(slug: str) -> Agency:
    """The agency with *slug* if it publishes (every active one does), else 404."""
    return get_object_or_404(Agency, slug=slug, is_active=True)


def _chosen_quarters(request: HttpRequest, agency: Agency) -> tuple[list[Quarter], Quarter | None]:
    """The quarters to show, newest first: the one picked, or the last four by default."""
    today = timezone.localdate(timezone=agency.zone)
    picked = Quarter.parse(request.GET.get("quarter", ""))
    if picked is not None and picked <= Quarter.of(today):
        return [picked], picked
    return selectors.recent_quarters(today, DEFAULT_QUARTERS), None


def _results(agency: Agency, quarters: list[Quarter]) -> list[QuarterResults]:
    """Public measures by quarter, service and channel for *quarters*. One query."""
    rows = selectors.scores_by(
        agency=agency,
        measures=selectors.PUBLIC,
        group_by=("quarter", "service", "channel"),
        filters=selectors.ResponseFilters(
            since=quarters[-1].start(agency.zone), until=quarters[0].end(agency.zone)
        ),
    )
    current = Quarter.of(timezone.localdate(timezone=agency.zone))
    return [
        QuarterResults(
            quarter=quarter,
            rows=[
                PublicRow(group=row.group, scores=row.scores_for(selectors.PUBLIC))
                for row in rows
                if row.group.quarter == quarter
            ],
            in_progress=quarter == current,
        )
        for quarter in quarters
    ]


@require_GET
def agency_list(request: HttpRequest) -> HttpResponse:
    """Every agency that publishes its results."""
    agencies = Agency.objects.filter(is_active=True).order_by("name").only("name", "slug")
    return render(request, "feedback/satisfaction/index.html", {"agencies": agencies})


@require_GET
def agency_results(request: HttpRequest, slug: str) -> HttpResponse:
    """One agency's satisfaction and trust by service and channel, quarter by quarter."""
    agency = _published_agency(slug)
    quarters, picked = _chosen_quarters(request, agency)
    today = timezone.localdate(timezone=agency.zone)
    context: dict[str, Any] = {
        "agency": agency,
        "results": _results(agency, quarters),
        "picked": picked,
        "picker": selectors.recent_quarters(today, PICKER_QUARTERS),
        "measures": selectors.PUBLIC,
        "threshold": selectors.min_responses(),
        "query": f"quarter={picked.slug}" if picked else "",
    }
    return render(request, "feedback/satisfaction/agency.html", context)


@require_GET
def agency_results_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """The same figures as the page, one row per quarter, service and channel."""
    agency = _published_agency(slug)
    quarters, _picked = _chosen_quarters(request, agency)
    header = ["quarter", "first_day", "last_day", "service", "channel"]
    for measure in selectors.PUBLIC:
        header += [f"{measure}_percent", f"{measure}_responses"]
    fewer = _("fewer than %(count)s") % {"count": selectors.min_responses()}
    rows: list[list[object]] = []
    for results in _results(agency, quarters):
        quarter = results.quarter
        for row in results.rows:
            line: list[object] = [
                quarter.slug,
                quarter.first_day.isoformat(),
                quarter.last_day.isoformat(),
                row.group.service_label,
                row.group.channel_label,
            ]
            for score in row.scores:
                line += [
                    score.value,
                    count_cell(score.responses, suppressed=score.suppressed, fewer=fewer),
                ]
            rows.append(line)
    span = quarters[0].slug if len(quarters) == 1 else f"{quarters[-1].slug}-to-{quarters[0].slug}"
    return csv_response(
        filename=f"{agency.slug}-satisfaction-{span}.csv".lower(), header=header, rows=rows
    )


urlpatterns: list[URLPattern] = [
    path("", agency_list, name="satisfaction_index"),
    path("<slug:slug>/", agency_results, name="satisfaction_agency"),
    path("<slug:slug>/results.csv", agency_results_csv, name="satisfaction_agency_csv"),
]
