"""The quarterly customer-experience report at /reports/cx/ and its CSV.

One row per service and channel for a calendar quarter, as agencies report it under OMB
Circular A-11 section 280: volume, surveys offered, responses, response rate and a score
per survey question (see :mod:`backoffice.reports.cx` for the definitions).

Supervisors, managers and administrators of the current agency see it; caseworkers get
the project's 403 for role pages. Supervisors see the whole agency here, as they do on
the feedback results page: citizen responses are not kept per supervised queue, and the
figures are aggregates with small groups suppressed. Only the current agency's services
can be picked; another agency's service id is a form error, never its data.

The quarter defaults to the last complete one (the report is published after a quarter
closes); the current quarter can be picked and reads "so far". Invalid input shows its
errors and falls back to the defaults, never a 500.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, role_required
from backoffice.audited import audited_export
from backoffice.exports import count_cell, csv_stream
from backoffice.models import Agency
from backoffice.pagination import query_without_cursor
from cases.models import Service
from feedback.selectors import Quarter, min_responses, recent_quarters

from ..cx import CxRow, cx_rows
from ..filters import channel_field, service_field
from .dashboard import VIEWERS

PICKER_QUARTERS = 8
CSV_HEADER = (
    "quarter",
    "service",
    "channel",
    "volume",
    "surveys_offered",
    "responses",
    "responses_to_invitations",
    "response_rate_percent",
    "question",
    "measure",
    "answers",
    "score",
    "score_type",
    "note",
)


class CxFilterForm(forms.Form):
    quarter = forms.ChoiceField(
        label=gettext_lazy("Quarter"),
        error_messages={"invalid_choice": gettext_lazy("Choose one of the listed quarters.")},
    )
    service = service_field()
    channel = channel_field()

    def __init__(self, *args: Any, agency: Agency, quarters: list[Quarter], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["quarter"].choices = [(quarter.slug, quarter.label) for quarter in quarters]
        fields["service"].queryset = Service.objects.filter(agency=agency).order_by("name", "pk")

    def clean_quarter(self) -> Quarter:
        quarter = Quarter.parse(self.cleaned_data["quarter"])
        if quarter is None:  # the choices are slugs, so this is only a safeguard
            raise forms.ValidationError(_("Choose one of the listed quarters."))
        return quarter


@dataclass(frozen=True)
class CxChoice:
    """The filter form as shown (with its errors), what is reported, and the query string."""

    form: CxFilterForm
    quarter: Quarter
    service: Service | None
    channel: str
    query: str

    @property
    def fell_back(self) -> bool:
        return bool(self.form.errors)


def _choice(request: HttpRequest, agency: Agency) -> CxChoice:
    """The bound filter form (the last complete quarter unless one is picked) and its values."""
    today = timezone.localdate(timezone=agency.zone)
    quarters = recent_quarters(today, PICKER_QUARTERS)
    defaults = {"quarter": quarters[1].slug}
    data: QueryDict = request.GET.copy()
    if not data.get("quarter"):
        data["quarter"] = defaults["quarter"]
    form = CxFilterForm(data, agency=agency, quarters=quarters)
    query = query_without_cursor(data)
    if form.is_valid():
        values = form.cleaned_data
        return CxChoice(
            form=form,
            quarter=values["quarter"],
            service=values.get("service"),
            channel=values.get("channel") or "",
            query=query,
        )
    return CxChoice(form=form, quarter=quarters[1], service=None, channel="", query=query)


def _rows(agency: Agency, choice: CxChoice) -> list[CxRow]:
    return cx_rows(
        agency=agency,
        quarter=choice.quarter,
        service_id=choice.service.pk if choice.service else None,
        channel=choice.channel,
    )


@require_GET
@role_required(*VIEWERS)
def cx_report(request: HttpRequest) -> HttpResponse:
    """The current agency's customer-experience figures for one quarter."""
    agency = agency_or_404(request)
    choice = _choice(request, agency)
    today = timezone.localdate(timezone=agency.zone)
    context: dict[str, Any] = {
        "agency": agency,
        "form": choice.form,
        "fell_back": choice.fell_back,
        "choice": choice,
        "quarter": choice.quarter,
        "in_progress": choice.quarter == Quarter.of(today),
        "rows": _rows(agency, choice),
        "query": choice.query,
        "threshold": min_responses(),
    }
    return render(request, "reports/cx.html", context)


def csv_lines(quarter: Quarter, rows: list[CxRow]) -> Iterator[list[object]]:
    """The long layout: one line per service, channel and question; a group without any
    scored answer gets one line with the question empty."""
    threshold = min_responses()
    fewer = _("fewer than %(count)s") % {"count": threshold}
    suppressed = _("suppressed: fewer than %(count)s answers") % {"count": threshold}
    for row in rows:
        head: list[object] = [
            quarter.slug,
            row.group.service_label,
            row.group.channel_label,
            row.volume,
            row.offered,
            row.responses,
            row.invited_responses,
            row.response_rate,
        ]
        if not row.scores:
            yield [*head, "", "", "", "", "", ""]
        for score in row.scores:
            yield [
                *head,
                score.text,
                score.measure,
                count_cell(score.answers, suppressed=score.suppressed, fewer=fewer),
                score.value,
                "percent_agreeing" if score.is_agreement else "mean",
                suppressed if score.suppressed else "",
            ]


@require_GET
@role_required(*VIEWERS)
@audited_export("report_cx")
def cx_report_csv(request: HttpRequest) -> StreamingHttpResponse:
    """The page's figures in a long layout, streamed as CSV."""
    agency = agency_or_404(request)
    choice = _choice(request, agency)
    rows = _rows(agency, choice)
    return csv_stream(
        filename=f"{agency.slug}-cx-{choice.quarter.slug}.csv",
        header=CSV_HEADER,
        rows=csv_lines(choice.quarter, rows),
    )


urlpatterns: list[URLPattern] = [
    path("cx/", cx_report, name="reports_cx"),
    path("cx.csv", cx_report_csv, name="reports_cx_csv"),
]
