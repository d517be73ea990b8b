"""The service blueprint pages under /reports/blueprint/: the agency's services, and for
one service its stages side by side (volume, business time, SLA misses, citizen
feedback, employee friction), with the same table as CSV.

Managers and administrators of the current agency see them. Supervisors and
caseworkers get the project's 403: citizen feedback and friction reports are not kept
per team, so a team-scoped view of a service's blueprint cannot be given. A service of
another agency is a 404. Every figure comes from the blueprint rollups and a fixed
number of queries (:mod:`backoffice.reports.blueprint`); the stage definitions are in
:mod:`backoffice.reports.stages`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django import forms
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, role_required
from backoffice.audited import audited_export
from backoffice.exports import count_cell, csv_stream
from backoffice.models import Agency, Role
from backoffice.pagination import query_without_cursor
from cases.models import Service

from ..blueprint import Blueprint, BlueprintFilter, StageFigures, blueprint
from ..filters import channel_field, check_range, since_field, until_field
from ..models import StageRollup
from .dashboard import MAX_DAYS, business_duration, percent

VIEWERS = (Role.MANAGER, Role.ADMINISTRATOR)
DEFAULT_DAYS = 90


class BlueprintFilterForm(forms.Form):
    since = since_field()
    until = until_field()
    channel = channel_field()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_range(self, data, MAX_DAYS)
        return data


@dataclass(frozen=True)
class Choice:
    form: BlueprintFilterForm
    report: BlueprintFilter
    query: str

    @property
    def fell_back(self) -> bool:
        return bool(self.form.errors)


def _defaults(agency: Agency) -> dict[str, str]:
    today = timezone.localdate(timezone=agency.zone)
    return {
        "since": (today - timedelta(days=DEFAULT_DAYS - 1)).isoformat(),
        "until": today.isoformat(),
    }


def _choice(request: HttpRequest, agency: Agency, service: Service) -> Choice:
    """The bound filter form (the last 90 days unless dates are given) and its filter.

    Invalid input shows its errors and falls back to the defaults, never a 500.
    """
    defaults = _defaults(agency)
    data: QueryDict = request.GET.copy()
    for name, value in defaults.items():
        if not data.get(name):
            data[name] = value
    form = BlueprintFilterForm(data)
    used = form if form.is_valid() else BlueprintFilterForm(defaults)
    used.is_valid()
    cleaned = used.cleaned_data
    report = BlueprintFilter(
        agency=agency,
        service=service,
        first_day=cleaned.get("since") or date.fromisoformat(defaults["since"]),
        last_day=cleaned.get("until") or date.fromisoformat(defaults["until"]),
        channel=cleaned.get("channel") or "",
    )
    return Choice(form=form, report=report, query=query_without_cursor(data))


# The table: one row per figure, one column per stage -------------------------------------


@dataclass(frozen=True)
class Line:
    """A row of the blueprint: its CSV key, its label, and per stage the value and text."""

    key: str
    label: str
    cells: list[tuple[object, str]]


def _score_text(figures: StageFigures) -> tuple[object, str]:
    score = figures.score
    if score.suppressed:
        text = _("Too few responses") if score.responses else _("No responses")
        return None, text
    return score.value, _("%(score)s %% agree (%(answers)s answers)") % {
        "score": f"{score.value:.1f}" if score.value is not None else "",
        "answers": score.answers,
    }


def _responses_cell(figures: StageFigures, threshold: int) -> tuple[object, str]:
    score = figures.score
    fewer = _("fewer than %(count)s") % {"count": threshold}
    cell = count_cell(score.responses, suppressed=score.suppressed, fewer=fewer)
    return cell, str(cell)


def lines(board: Blueprint) -> list[Line]:
    """The rows of the blueprint, each with one cell per stage."""
    rows: list[tuple[str, str, Callable[[StageFigures], tuple[object, str]]]] = [
        ("stretches", _("Volume (stretches ended)"), lambda s: (s.stretches, str(s.stretches))),
        (
            "median_seconds",
            _("Median business time"),
            lambda s: (s.median_seconds, business_duration(s.median_seconds)),
        ),
        (
            "p90_seconds",
            _("90th percentile business time"),
            lambda s: (s.p90_seconds, business_duration(s.p90_seconds)),
        ),
        ("share", _("Share of all business time"), lambda s: (s.share, percent(s.share))),
        (
            "sla_misses_response",
            _("First responses missed (SLA)"),
            lambda s: (s.sla_misses_response, str(s.sla_misses_response)),
        ),
        (
            "sla_misses_resolution",
            _("Resolutions missed (SLA)"),
            lambda s: (s.sla_misses_resolution, str(s.sla_misses_resolution)),
        ),
        ("feedback_score", _("Citizen feedback: share agreeing"), _score_text),
        (
            "feedback_responses",
            _("Citizen feedback: responses"),
            lambda s: _responses_cell(s, board.threshold),
        ),
        (
            "friction_open",
            _("Employee friction: open reports"),
            lambda s: (s.friction.open, str(s.friction.open)),
        ),
        (
            "friction_raised",
            _("Employee friction: raised in the range"),
            lambda s: (s.friction.raised, str(s.friction.raised)),
        ),
    ]
    return [
        Line(key=key, label=label, cells=[cell(stage) for stage in board.stages])
        for key, label, cell in rows
    ]


def _csv_rows(board: Blueprint) -> tuple[list[str], list[list[object]]]:
    header = ["measure", *(figures.stage for figures in board.stages)]
    rows: list[list[object]] = [
        [line.key, *(value for value, _text in line.cells)] for line in lines(board)
    ]
    rows.append(
        [
            "friction_top_titles",
            *(" | ".join(item.title for item in s.friction.top) for s in board.stages),
        ]
    )
    return header, rows


# Views ------------------------------------------------------------------------------------


@require_GET
@role_required(*VIEWERS)
def blueprint_index(request: HttpRequest) -> HttpResponse:
    """The agency's services, each linking to its blueprint, with its newest day built."""
    agency = agency_or_404(request)
    services = list(Service.objects.filter(agency=agency).order_by("name", "pk"))
    newest = dict(
        StageRollup.objects.filter(agency=agency)
        .values("service_id")
        .annotate(day=Max("day"))
        .values_list("service_id", "day")
        .order_by()
    )
    rows = [(service, newest.get(service.pk)) for service in services]
    return render(request, "reports/blueprint_index.html", {"agency": agency, "rows": rows})


def _service(agency: Agency, service_id: int) -> Service:
    return get_object_or_404(Service.objects.filter(agency=agency), pk=service_id)


@require_GET
@role_required(*VIEWERS)
def blueprint_view(request: HttpRequest, service_id: int) -> HttpResponse:
    """One service's blueprint for the chosen days and channel."""
    agency = agency_or_404(request)
    service = _service(agency, service_id)
    choice = _choice(request, agency, service)
    board = blueprint(choice.report)
    context: dict[str, Any] = {
        "agency": agency,
        "service": service,
        "form": choice.form,
        "fell_back": choice.fell_back,
        "report": choice.report,
        "query": choice.query,
        "default_days": DEFAULT_DAYS,
        "board": board,
        "lines": lines(board),
    }
    return render(request, "reports/blueprint.html", context)


@require_GET
@role_required(*VIEWERS)
@audited_export("report_blueprint")
def blueprint_csv(request: HttpRequest, service_id: int) -> StreamingHttpResponse:
    """The blueprint table of one service, stages as columns, streamed as CSV."""
    agency = agency_or_404(request)
    service = _service(agency, service_id)
    report = _choice(request, agency, service).report
    header, rows = _csv_rows(blueprint(report))
    period = f"{report.first_day.isoformat()}-{report.last_day.isoformat()}"
    return csv_stream(
        filename=f"{agency.slug}-blueprint-{service.pk}-{period}.csv", header=header, rows=rows
    )


urlpatterns: list[URLPattern] = [
    path("blueprint/", blueprint_index, name="reports_blueprint_index"),
    path("blueprint/<int:service_id>/", blueprint_view, name="reports_blueprint"),
    path("blueprint/<int:service_id>/blueprint.csv", blueprint_csv, name="reports_blueprint_csv"),
]
