"""The managers' dashboard at /reports/: flows, service levels, business times, backlog
ageing, the daily throughput trend and channels side by side, with satisfaction.

Managers, supervisors and administrators of the current agency see it; caseworkers get
the project's 403 for role pages. A supervisor sees one of the teams they supervise at a
time (their first unless they pick another), never the whole agency. Every figure comes
from the daily rollups (docs/adr/0007-report-rollups.md) in a fixed number of queries,
so a year of a large agency costs what a day of a small one does. Satisfaction comes
from the citizen survey results, which are not kept per queue: the queue filter does
not narrow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, has_role, role_required, staff_user, supervised_teams
from backoffice.audited import audited_export
from backoffice.exports import csv_stream
from backoffice.models import Agency, Role, Team
from backoffice.pagination import query_without_cursor
from cases.models import Channel, Service
from feedback import selectors
from feedback.models import Measure
from feedback.selectors import ResponseFilters, Score, ScoreRow
from routing.models import Queue

from ..figures import ChannelFigures, ReportFigures, ReportFilter, figures
from ..filters import (
    channel_field,
    check_range,
    queue_field,
    service_field,
    since_field,
    team_field,
    until_field,
)
from ..models import DailyRollup
from ..rollups import AGE_COLUMNS
from ..series import DayThroughput, by_week, throughput_by_day

VIEWERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
DEFAULT_DAYS = 28
MAX_DAYS = 366
SATISFACTION_MEASURES = (Measure.TRUST, Measure.SATISFACTION, Measure.NPS)
CSV_TABLES = ("summary", "trend", "channels")
# Longer ranges show the trend by week: a year of daily rows is a table nobody reads and a
# chart too dense to see. The CSV keeps every day.
WEEKLY_TREND_AFTER_DAYS = 92


class DashboardFilterForm(forms.Form):
    since = since_field()
    until = until_field()
    team = team_field()
    service = service_field()
    queue = queue_field()
    channel = channel_field()

    def __init__(
        self, *args: Any, agency: Agency, teams: QuerySet[Team], whole_agency: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency
        fields: dict[str, Any] = self.fields
        fields["team"].queryset = teams.order_by("name", "pk")
        fields["service"].queryset = Service.objects.filter(agency=agency).order_by("name", "pk")
        queues = Queue.objects.filter(agency=agency)
        if not whole_agency:
            # A supervisor picks one of their own teams, and only its queues.
            fields["team"].required = True
            fields["team"].empty_label = None
            queues = queues.filter(team__in=teams)
        fields["queue"].queryset = queues.order_by("name", "pk")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_range(self, data, MAX_DAYS)
        return data

    def report(self) -> ReportFilter:
        data = self.cleaned_data
        team, service, queue = data.get("team"), data.get("service"), data.get("queue")
        return ReportFilter(
            agency=self.agency,
            first_day=data["since"],
            last_day=data["until"],
            team_id=team.pk if team else None,
            service_id=service.pk if service else None,
            queue_id=queue.pk if queue else None,
            channel=data.get("channel") or "",
        )


@dataclass(frozen=True)
class Choice:
    """The filter form as shown (with its errors), the filter used, and the query string."""

    form: DashboardFilterForm
    report: ReportFilter
    query: str

    @property
    def fell_back(self) -> bool:
        return bool(self.form.errors)


def _defaults(agency: Agency, teams: QuerySet[Team], whole_agency: bool) -> dict[str, str]:
    today = timezone.localdate(timezone=agency.zone)
    defaults = {
        "since": (today - timedelta(days=DEFAULT_DAYS - 1)).isoformat(),
        "until": today.isoformat(),
    }
    if not whole_agency:
        first = teams.order_by("name", "pk").values_list("pk", flat=True).first()
        defaults["team"] = str(first) if first is not None else ""
    return defaults


def _choice(request: HttpRequest, agency: Agency) -> Choice:
    """The bound filter form (the last 28 days unless dates are given) and its filter.

    Invalid input shows its errors and falls back to the defaults, never a 500.
    """
    user = staff_user(request)
    whole_agency = has_role(user, agency, Role.MANAGER, Role.ADMINISTRATOR)
    teams = Team.objects.filter(agency=agency) if whole_agency else supervised_teams(user, agency)
    defaults = _defaults(agency, teams, whole_agency)
    data: QueryDict = request.GET.copy()
    for name, value in defaults.items():
        if not data.get(name):
            data[name] = value

    def bound(values: QueryDict | dict[str, str]) -> DashboardFilterForm:
        return DashboardFilterForm(values, agency=agency, teams=teams, whole_agency=whole_agency)

    form = bound(data)
    query = query_without_cursor(data)
    if form.is_valid():
        return Choice(form=form, report=form.report(), query=query)
    fallback = bound(defaults)
    if not fallback.is_valid():  # a supervisor of no team: nothing of the agency to show
        return Choice(form=form, report=_nothing(agency, defaults), query=query)
    return Choice(form=form, report=fallback.report(), query=query)


def _nothing(agency: Agency, defaults: dict[str, str]) -> ReportFilter:
    return ReportFilter(
        agency=agency,
        first_day=date.fromisoformat(defaults["since"]),
        last_day=date.fromisoformat(defaults["until"]),
        team_id=0,  # no team has id 0: an empty report
    )


def _response_filters(report: ReportFilter) -> ResponseFilters:
    zone = report.agency.zone
    return ResponseFilters(
        since=datetime.combine(report.first_day, time.min, tzinfo=zone),
        until=datetime.combine(report.last_day + timedelta(days=1), time.min, tzinfo=zone),
        service_id=report.service_id,
        channel=report.channel,
        team_id=report.team_id,
    )


# Formatting -------------------------------------------------------------------------------


def business_duration(seconds: float | None) -> str:
    """Seconds as "2 h 05 min", "45 min" or "30 s"; "No data" when there is nothing."""
    if seconds is None:
        return _("No data")
    if seconds < 60:
        return _("%(seconds)d s") % {"seconds": round(seconds)}
    hours, minutes = divmod(round(seconds / 60), 60)
    if hours:
        return _("%(hours)d h %(minutes)02d min") % {"hours": hours, "minutes": minutes}
    return _("%(minutes)d min") % {"minutes": minutes}


def percent(share: float | None) -> str:
    if share is None:
        return _("No data")
    return _("%(value)s %%") % {"value": f"{100 * share:.1f}"}


@dataclass(frozen=True)
class Figure:
    """One headline figure: its CSV key, label, exact value and how it reads."""

    key: str
    label: str
    value: float | int | None
    text: str


def headline_figures(result: ReportFigures) -> list[Figure]:
    counts = [
        ("new", _("New cases"), result.new),
        ("resolved", _("Resolved"), result.resolved),
        ("closed", _("Closed"), result.closed),
        ("backlog", _("Open backlog at the end of the range"), result.backlog),
        ("breaches", _("Overdue: service level breaches"), result.breaches),
    ]
    shares = [
        ("response_attainment", _("First responses in time"), result.response_attainment),
        ("resolution_attainment", _("Resolutions in time"), result.resolution_attainment),
        ("reopen_rate", _("Reopened per resolution"), result.reopen_rate),
    ]
    r = result
    times: list[tuple[str, str, float | int | None]] = [
        ("response_median_seconds", _("Median time to first response"), r.response_median_seconds),
        (
            "response_p90_seconds",
            _("90th percentile time to first response"),
            r.response_p90_seconds,
        ),
        ("resolution_median_seconds", _("Median time to resolution"), r.resolution_median_seconds),
        (
            "resolution_p90_seconds",
            _("90th percentile time to resolution"),
            r.resolution_p90_seconds,
        ),
        ("mean_wait_seconds", _("Mean wait before pickup"), r.mean_wait_seconds),
        (
            "mean_handle_seconds",
            _("Mean handle time, pickup to resolution"),
            r.mean_handle_seconds,
        ),
    ]
    return [
        *(Figure(key, label, value, str(value)) for key, label, value in counts),
        *(Figure(key, label, value, percent(value)) for key, label, value in shares),
        *(Figure(key, label, value, business_duration(value)) for key, label, value in times),
    ]


def ageing_rows(result: ReportFigures) -> list[tuple[str, str, int]]:
    labels = {
        "aged_under_2_days": _("Under 2 days"),
        "aged_2_to_7_days": _("2 to 7 days"),
        "aged_7_to_30_days": _("7 to 30 days"),
        "aged_over_30_days": _("30 days or more"),
    }
    return [(name, labels[name], result.ageing.get(name, 0)) for name in AGE_COLUMNS]


@dataclass(frozen=True)
class ChannelLine:
    """A channel side by side with the others: volume, time and satisfaction."""

    code: str
    label: str
    volume: ChannelFigures
    resolution_text: str
    satisfaction: Score


def channel_lines(report: ReportFilter, result: ReportFigures) -> list[ChannelLine]:
    """The figures' channels beside their satisfaction scores. One query."""
    volumes = {line.channel: line for line in result.channels}
    scores: dict[str, ScoreRow] = {
        row.group.channel: row
        for row in selectors.scores_by(
            agency=report.agency,
            measures=(Measure.SATISFACTION,),
            group_by=("channel",),
            filters=_response_filters(report),
        )
    }
    labels = dict(Channel.choices)
    lines = []
    for code in sorted(volumes.keys() | scores.keys(), key=lambda c: str(labels.get(c, c))):
        volume = volumes.get(code) or ChannelFigures(code, 0, 0, None)
        row = scores.get(code)
        lines.append(
            ChannelLine(
                code=code,
                label=str(labels.get(code, code or _("Not recorded"))),
                volume=volume,
                resolution_text=business_duration(volume.resolution_median_seconds),
                satisfaction=row.score(Measure.SATISFACTION)
                if row
                else Score(measure=Measure.SATISFACTION, threshold=selectors.min_responses()),
            )
        )
    return lines


# Views ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    result: ReportFigures
    trend: list[DayThroughput]
    channels: list[ChannelLine]
    satisfaction: ScoreRow

    @property
    def weekly(self) -> bool:
        return len(self.trend) > WEEKLY_TREND_AFTER_DAYS

    @property
    def shown_trend(self) -> list[DayThroughput]:
        """The trend as the page shows it: by day, or by week for long ranges."""
        return by_week(self.trend) if self.weekly else self.trend


def build_dashboard(report: ReportFilter) -> Dashboard:
    """Every part of the dashboard for *report*: six queries whatever the rows."""
    result = figures(report)
    return Dashboard(
        result=result,
        trend=throughput_by_day(report),
        channels=channel_lines(report, result),
        satisfaction=selectors.headline(
            agency=report.agency,
            filters=_response_filters(report),
            measures=SATISFACTION_MEASURES,
        ),
    )


@require_GET
@role_required(*VIEWERS)
def dashboard(request: HttpRequest) -> HttpResponse:
    """The current agency's dashboard for the chosen days and filters."""
    agency = agency_or_404(request)
    choice = _choice(request, agency)
    context: dict[str, Any] = {
        "agency": agency,
        "form": choice.form,
        "fell_back": choice.fell_back,
        "report": choice.report,
        "query": choice.query,
        "max_days": MAX_DAYS,
        "default_days": DEFAULT_DAYS,
        "has_rollups": DailyRollup.objects.filter(agency=agency).exists(),
    }
    if context["has_rollups"]:
        board = build_dashboard(choice.report)
        context.update(
            board=board,
            headline=headline_figures(board.result),
            ageing=ageing_rows(board.result),
            satisfaction_scores=board.satisfaction.scores_for(SATISFACTION_MEASURES),
            threshold=selectors.min_responses(),
        )
    return render(request, "reports/dashboard.html", context)


def _csv_rows(table: str, board: Dashboard) -> tuple[list[str], list[list[object]]]:
    if table == "trend":
        return ["day", "new", "resolved", "closed"], [
            [day.day.isoformat(), day.new, day.resolved, day.closed] for day in board.trend
        ]
    if table == "channels":
        fewer = _("fewer than %(count)s") % {"count": selectors.min_responses()}
        return [
            "channel",
            "new",
            "resolved",
            "resolution_median_seconds",
            "satisfaction_score",
            "satisfaction_responses",
        ], [
            [
                line.label,
                line.volume.new,
                line.volume.resolved,
                line.volume.resolution_median_seconds,
                line.satisfaction.value,
                fewer
                if line.satisfaction.suppressed and line.satisfaction.responses
                else line.satisfaction.responses,
            ]
            for line in board.channels
        ]
    summary: list[list[object]] = [[f.key, f.value] for f in headline_figures(board.result)]
    summary += [[key, count] for key, _label, count in ageing_rows(board.result)]
    return ["measure", "value"], summary


@require_GET
@role_required(*VIEWERS)
@audited_export("report_dashboard")
def dashboard_csv(request: HttpRequest) -> StreamingHttpResponse:
    """One table of the dashboard (?table=summary, trend or channels), streamed as CSV."""
    agency = agency_or_404(request)
    report = _choice(request, agency).report
    table = request.GET.get("table", "summary")
    if table not in CSV_TABLES:
        table = "summary"
    header, rows = _csv_rows(table, build_dashboard(report))
    period = f"{report.first_day.isoformat()}-{report.last_day.isoformat()}"
    return csv_stream(
        filename=f"{agency.slug}-dashboard-{table}-{period}.csv", header=header, rows=rows
    )


urlpatterns: list[URLPattern] = [
    path("", dashboard, name="reports_dashboard"),
    path("dashboard.csv", dashboard_csv, name="reports_dashboard_csv"),
]
