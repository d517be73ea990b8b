"""The people report: per caseworker and team, cases handled, handle time, hours in each
presence state, utilisation and occupancy (see ``backoffice.reports.people``).

Supervisors see the teams they supervise; managers and administrators every team of the
agency; caseworkers get the project's 403 for role pages. The range is local days, the
last 7 by default and at most 92; invalid filters show their errors and fall back to the
default, never a 500.
"""

from __future__ import annotations

from collections.abc import Iterator
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
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, role_required, staff_user, supervised_teams
from backoffice.audited import audited_export
from backoffice.exports import csv_stream
from backoffice.models import Agency, Role, Team

from ..filters import check_range, since_field, team_field, until_field
from ..people import STATE_KEYS, PersonFigures, TeamFigures, people_figures, state_label

VIEWERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
DEFAULT_DAYS = 7
MAX_DAYS = 92


class PeopleFilterForm(forms.Form):
    since = since_field(required=False)
    until = until_field(required=False)
    team = team_field(gettext_lazy("All my teams"))

    def __init__(self, *args: Any, teams: QuerySet[Team], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["team"].queryset = teams.order_by("name", "pk")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_range(self, data, MAX_DAYS)
        return data


@dataclass(frozen=True)
class PeopleReport:
    form: PeopleFilterForm
    first_day: date
    last_day: date
    teams: list[TeamFigures]


def _default_dates(agency: Agency) -> tuple[date, date]:
    today = timezone.localdate(timezone=agency.zone)
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def _midnight(agency: Agency, day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=agency.zone)


def _report(request: HttpRequest) -> tuple[Agency, PeopleReport]:
    agency = agency_or_404(request)
    visible = supervised_teams(staff_user(request), agency)
    first, last = _default_dates(agency)
    data: QueryDict = request.GET.copy()
    data.setdefault("since", first.isoformat())
    data.setdefault("until", last.isoformat())
    form = PeopleFilterForm(data, teams=visible)
    teams: list[Team] = list(visible.order_by("name", "pk"))
    if form.is_valid():
        first = form.cleaned_data["since"] or first
        last = form.cleaned_data["until"] or last
        chosen = form.cleaned_data["team"]
        teams = [chosen] if chosen else teams
    figures = people_figures(
        agency=agency,
        teams=teams,
        start=_midnight(agency, first),
        end=_midnight(agency, last + timedelta(days=1)),
    )
    return agency, PeopleReport(form=form, first_day=first, last_day=last, teams=figures)


@require_GET
@role_required(*VIEWERS)
def people_page(request: HttpRequest) -> HttpResponse:
    agency, report = _report(request)
    return render(
        request,
        "reports/people.html",
        {
            "agency": agency,
            "report": report,
            "form": report.form,
            "state_labels": [state_label(key) for key in STATE_KEYS],
            "query": request.GET.urlencode(),
            "max_days": MAX_DAYS,
        },
    )


def _hours(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds / 3600:.2f}"


def _ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _csv_row(kind: str, person: PersonFigures) -> list[object]:
    return [
        person.team,
        kind,
        person.name,
        person.handled,
        _hours(person.mean_handle_seconds),
        *(f"{hours:.2f}" for hours in person.state_hours()),
        _hours(person.logged_in_seconds),
        _ratio(person.utilisation),
        _ratio(person.occupancy),
    ]


def _csv_rows(report: PeopleReport) -> Iterator[list[object]]:
    for team in report.teams:
        for person in team.people:
            yield _csv_row(_("person"), person)
        yield _csv_row(_("team total"), team.total)


def _csv_header() -> list[str]:
    return [
        _("team"),
        _("row"),
        _("person"),
        _("cases handled"),
        _("mean handle hours"),
        *(_("%(state)s hours") % {"state": state_label(key)} for key in STATE_KEYS),
        _("logged-in hours"),
        _("utilisation"),
        _("occupancy"),
    ]


@require_GET
@role_required(*VIEWERS)
@audited_export("report_people")
def people_csv(request: HttpRequest) -> StreamingHttpResponse:
    _agency, report = _report(request)
    filename = f"people-{report.first_day.isoformat()}-{report.last_day.isoformat()}.csv"
    return csv_stream(filename=filename, header=_csv_header(), rows=_csv_rows(report))


urlpatterns: list[URLPattern] = [
    path("people/", people_page, name="reports_people"),
    path("people.csv", people_csv, name="reports_people_csv"),
]
