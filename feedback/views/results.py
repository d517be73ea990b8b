"""The managers' feedback results: scores by channel, service and team, the A-11 drivers,
what went well and what could be better, and citizens' comments with personal data masked.

Supervisors, managers and administrators of the current agency see it; caseworkers get
the project's 403 for role pages. Scores of groups smaller than
``FEEDBACK_PUBLIC_MIN_RESPONSES`` (default 10, the public threshold) are suppressed here
too, so that a team or a channel with three answers does not expose those three people.
Reading comments is reading personal data: each page of comments shown is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, role_required
from backoffice.audited import audited_export
from backoffice.exports import count_cell, csv_response
from backoffice.models import Agency, Role, Team
from backoffice.pagination import InvalidCursorError, keyset_page, query_without_cursor
from backoffice.reports.filters import (
    channel_field,
    check_range,
    service_field,
    since_field,
    team_field,
    until_field,
)
from backoffice.services import audit_record
from cases.models import Service

from .. import selectors
from ..models import Audience, Survey
from ..selectors import ResponseFilters, Score, ScoreRow

VIEWERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
DEFAULT_DAYS = 90
COMMENTS_PER_PAGE = 20

# The breakdowns shown side by side, and downloadable as CSV: ?by=<key>.
BREAKDOWNS: dict[str, tuple[str, ...]] = {
    "channel": ("channel",),
    "service": ("service",),
    "team": ("team",),
    "service_channel": ("service", "channel"),
}


class ResultsFilterForm(forms.Form):
    since = since_field(required=False)
    until = until_field(required=False)
    service = service_field()
    channel = channel_field()
    survey = forms.ModelChoiceField(
        label=gettext_lazy("Survey"),
        required=False,
        queryset=Survey.objects.none(),
        empty_label=gettext_lazy("Any survey"),
        error_messages={"invalid_choice": gettext_lazy("Choose one of the listed surveys.")},
    )
    team = team_field()

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency
        fields: dict[str, Any] = self.fields
        fields["service"].queryset = Service.objects.filter(agency=agency).order_by("name", "pk")
        fields["survey"].queryset = Survey.objects.filter(
            agency=agency, audience=Audience.CUSTOMER
        ).order_by("name", "pk")
        fields["team"].queryset = Team.objects.filter(agency=agency).order_by("name", "pk")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_range(self, data)
        return data

    def filters(self) -> ResponseFilters:
        """The chosen filters, dates as instants in the agency's time zone."""
        data = self.cleaned_data
        zone = self.agency.zone
        since, until = data.get("since"), data.get("until")
        service, survey, team = data.get("service"), data.get("survey"), data.get("team")
        return ResponseFilters(
            since=datetime.combine(since, time.min, tzinfo=zone) if since else None,
            until=datetime.combine(until + timedelta(days=1), time.min, tzinfo=zone)
            if until
            else None,
            service_id=service.pk if service else None,
            channel=data.get("channel") or "",
            survey_id=survey.pk if survey else None,
            team_id=team.pk if team else None,
        )


def _default_dates(agency: Agency) -> tuple[date, date]:
    today = timezone.localdate(timezone=agency.zone)
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def _filter_form(
    request: HttpRequest, agency: Agency
) -> tuple[ResultsFilterForm, ResponseFilters, str]:
    """The bound filter form (the last 90 days unless dates are given), its filters, and
    its query string without the comments' cursor, for links.

    Invalid input shows its errors and falls back to the default period, never a 500.
    """
    data: QueryDict = request.GET.copy()
    since, until = _default_dates(agency)
    if "since" not in data and "until" not in data:
        data["since"], data["until"] = since.isoformat(), until.isoformat()
    form = ResultsFilterForm(data, agency=agency)
    query = query_without_cursor(data)
    if form.is_valid():
        return form, form.filters(), query
    fallback = ResultsFilterForm(
        {"since": since.isoformat(), "until": until.isoformat()}, agency=agency
    )
    fallback.is_valid()
    return form, fallback.filters(), query


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    caption: str
    lines: list[tuple[ScoreRow, list[Score]]]  # each group, and its HEADLINE scores in order


def _scores_by(agency: Agency, key: str, filters: ResponseFilters) -> list[ScoreRow]:
    """The headline scores of each group of breakdown *key*, with how many responded."""
    return selectors.scores_by(
        agency=agency,
        measures=selectors.HEADLINE,
        group_by=BREAKDOWNS[key],
        filters=filters,
        count_responses=True,
    )


def _breakdowns(agency: Agency, filters: ResponseFilters) -> list[Breakdown]:
    titles = {
        "channel": (_("By channel"), _("Responses and scores by the channel of the request")),
        "service": (_("By service"), _("Responses and scores by service")),
        "team": (_("By team"), _("Responses and scores by the team that handled the request")),
    }
    return [
        Breakdown(
            key=key,
            title=title,
            caption=caption,
            lines=[
                (row, row.scores_for(selectors.HEADLINE))
                for row in _scores_by(agency, key, filters)
            ],
        )
        for key, (title, caption) in titles.items()
    ]


@require_GET
@role_required(*VIEWERS)
def results(request: HttpRequest) -> HttpResponse:
    """Feedback results of the current agency for the chosen period and filters."""
    agency = agency_or_404(request)
    form, filters, query = _filter_form(request, agency)
    try:
        page = keyset_page(
            selectors.comments(agency=agency, filters=filters),
            ordering=["-response__submitted_at", "-id"],
            cursor=request.GET.get("after"),
            size=COMMENTS_PER_PAGE,
        )
    except InvalidCursorError:
        return redirect(f"{request.path}?{query}")
    shown = selectors.masked_comments(page.items)
    if shown:
        audit_record(
            action="feedback.comments.read",
            request=request,
            agency=agency,
            details={"answers": [comment.answer_id for comment in shown], "filters": query},
        )
    summary = selectors.headline(agency=agency, filters=filters)
    context: dict[str, Any] = {
        "agency": agency,
        "form": form,
        "query": query,
        "headline": summary,
        "headline_scores": summary.scores_for(selectors.HEADLINE),
        "drivers": list(
            zip(
                summary.scores_for(selectors.DRIVERS),
                selectors.driver_distributions(agency=agency, filters=filters),
                strict=True,
            )
        ),
        "measures": [Score(measure=m).label for m in selectors.HEADLINE],
        "breakdowns": _breakdowns(agency, filters),
        "tallies": selectors.choice_tallies(agency=agency, filters=filters),
        "comments": shown,
        "page": page,
        "threshold": selectors.min_responses(),
    }
    return render(request, "feedback/results/results.html", context)


def _group_cells(row: ScoreRow, key: str) -> list[object]:
    group = row.group
    cells: dict[str, list[object]] = {
        "channel": [group.channel_label],
        "service": [group.service_label],
        "team": [group.team_label],
        "service_channel": [group.service_label, group.channel_label],
    }
    return cells[key]


def _period(filters: ResponseFilters, agency: Agency) -> str:
    """ "-2026-01-01-2026-03-31" for a file name: the local days the filters cover."""
    days = []
    if filters.since is not None:
        days.append(filters.since.astimezone(agency.zone).date())
    if filters.until is not None:  # exclusive: the day before is the last one
        days.append((filters.until - timedelta(seconds=1)).astimezone(agency.zone).date())
    return "".join(f"-{day.isoformat()}" for day in days)


@require_GET
@role_required(*VIEWERS)
@audited_export("feedback_results")
def results_csv(request: HttpRequest) -> HttpResponse:
    """One breakdown (?by=channel, service, team or service_channel) of the filtered results."""
    agency = agency_or_404(request)
    _form, filters, _query = _filter_form(request, agency)
    key = request.GET.get("by", "service_channel")
    if key not in BREAKDOWNS:
        key = "service_channel"
    rows = _scores_by(agency, key, filters)
    fewer = _("fewer than %(count)s") % {"count": selectors.min_responses()}
    header: list[str] = [*BREAKDOWNS[key], "responses"]
    for measure in selectors.HEADLINE:
        header += [f"{measure}_score", f"{measure}_responses"]
    lines: list[list[object]] = []
    for row in rows:
        line = [
            *_group_cells(row, key),
            count_cell(row.responses, suppressed=row.suppressed, fewer=fewer),
        ]
        for score in row.scores_for(selectors.HEADLINE):
            line += [
                score.value,
                count_cell(score.responses, suppressed=score.suppressed, fewer=fewer),
            ]
        lines.append(line)
    return csv_response(
        filename=f"{agency.slug}-feedback-by-{key}{_period(filters, agency)}.csv",
        header=header,
        rows=lines,
    )


urlpatterns: list[URLPattern] = [
    path("results/", results, name="feedback_results"),
    path("results/results.csv", results_csv, name="feedback_results_csv"),
]
