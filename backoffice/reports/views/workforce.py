"""The workforce page: incoming cases forecast per coming week, the staff they need, the
people available, and the gap; plus a 15-minute interval export per queue.

Managers and administrators of the current agency use it; supervisors may read it (it
changes nothing); caseworkers get the project's 403. The arithmetic lives in
``routing.forecast``; the history (cases opened per week and day, handle time) is read
from the daily rollups by ``backoffice.reports.workforce``, and the people and queues by
``routing.forecast_data``; this view only gathers their inputs for one agency and one
service (or all) and lays out the result. The open cases now are counted live through
the index of cases by agency and status: a count of the open work, not of the history.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from backoffice.access import agency_or_404, role_required
from backoffice.audited import audited_export
from backoffice.exports import safe_cell
from backoffice.models import Agency, Role
from cases.models import Case, Service
from cases.models.case import OPEN_STATUSES
from routing.forecast import (
    WEEK,
    StaffingGap,
    StaffingNeed,
    WeekCount,
    WeekForecast,
    forecast_weekly,
    split_by_weekday,
    staffing_gap,
    staffing_needed,
    weekday_profile,
)
from routing.forecast_data import available_fte, interval_csv, interval_export, local_midnight
from routing.models import Queue

from ..filters import service_field
from ..workforce import daily_incoming, handle_minutes_by_service, weekly_incoming

VIEWERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
HISTORY_WEEKS = 52  # one season: enough for the seasonal forecast once history covers it
HANDLE_TIME_WEEKS = 12
PROFILE_WEEKS = 8
DEFAULTS = {
    "weeks_ahead": "8",
    "shrinkage": "30",
    "hours_per_fte": "37.5",
    "weeks_to_target": "4",
}


class WorkforceForm(forms.Form):
    service = service_field(gettext_lazy("All services"))
    weeks_ahead = forms.IntegerField(
        label=gettext_lazy("Weeks ahead"),
        min_value=1,
        max_value=26,
        help_text=gettext_lazy("From 1 to 26."),
        error_messages={"invalid": gettext_lazy("Enter a whole number of weeks from 1 to 26.")},
    )
    shrinkage = forms.DecimalField(
        label=gettext_lazy("Shrinkage (%)"),
        min_value=Decimal(0),
        max_digits=4,
        decimal_places=1,
        help_text=gettext_lazy("Paid time not spent on cases: leave, training, breaks. 0 to 89.9."),
    )
    hours_per_fte = forms.DecimalField(
        label=gettext_lazy("Hours per full-time person per week"),
        min_value=Decimal("0.5"),
        max_value=Decimal(168),
        max_digits=5,
        decimal_places=2,
    )
    handle_minutes = forms.DecimalField(
        label=gettext_lazy("Handle time per case (minutes)"),
        required=False,
        min_value=Decimal(0),
        max_value=Decimal(100000),
        max_digits=8,
        decimal_places=2,
        help_text=gettext_lazy("Leave empty to use the handle time measured from resolved cases."),
    )
    backlog_target = forms.IntegerField(
        label=gettext_lazy("Backlog target (open cases)"),
        required=False,
        min_value=0,
        help_text=gettext_lazy("Leave empty to keep the backlog where it is now."),
    )
    weeks_to_target = forms.IntegerField(
        label=gettext_lazy("Weeks to reach the backlog target"),
        min_value=1,
        max_value=52,
        help_text=gettext_lazy("From 1 to 52."),
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["service"].queryset = Service.objects.filter(agency=agency).order_by("name", "pk")

    def clean_shrinkage(self) -> Decimal:
        value: Decimal = self.cleaned_data["shrinkage"]
        if value >= 90:
            raise forms.ValidationError(_("Shrinkage must be below 90%."))
        return value


class IntervalForm(forms.Form):
    queue = forms.ModelChoiceField(
        label=gettext_lazy("Queue"),
        queryset=Queue.objects.none(),
        error_messages={
            "required": gettext_lazy("Choose a queue."),
            "invalid_choice": gettext_lazy("Choose one of the listed queues."),
        },
    )
    day = forms.DateField(
        label=gettext_lazy("Day"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": gettext_lazy("Enter the day to export."),
            "invalid": gettext_lazy("Enter a real date, for example 2026-03-04."),
        },
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["queue"].queryset = Queue.objects.filter(agency=agency).order_by("name", "pk")
        # Field ids distinct from the forecast form's on the same page.
        self.auto_id = "id_interval_%s"


@dataclass(frozen=True)
class WeekPlan:
    forecast: WeekForecast
    need: StaffingNeed
    gap: StaffingGap

    @property
    def spare_fte(self) -> float:
        return max(0.0, -self.gap.gap_fte)


@dataclass(frozen=True)
class Workforce:
    service: Service | None
    history_weeks: int
    handle_minutes: float | None
    handle_measured: bool
    backlog_now: int
    backlog_target: int
    available: int
    queue_basis: str  # "service" or "agency"
    queue_names: list[str]
    weeks: list[WeekPlan]
    weekdays: list[tuple[date, float, float]]  # day, share, this week's expected cases

    @property
    def short_weeks(self) -> int:
        return sum(1 for week in self.weeks if week.gap.is_short)

    @property
    def method(self) -> str:
        return self.weeks[0].forecast.method if self.weeks else "none"


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _incoming(
    agency: Agency, service: Service | None, this_week: date
) -> tuple[list[WeekCount], dict[int, int]]:
    """Complete weeks before *this_week* from the first week with a case (up to a season),
    and how many cases each service received in those weeks."""
    since = this_week - HISTORY_WEEKS * WEEK
    ids = [service.pk] if service else []
    by_service = weekly_incoming(agency=agency, since=since, until=this_week, service_ids=ids)
    volumes = {pk: sum(week.count for week in weeks) for pk, weeks in by_service.items()}
    if service is not None:
        history = by_service[service.pk]
    else:
        totals = [0] * HISTORY_WEEKS
        for counts in by_service.values():
            for i, week in enumerate(counts):
                totals[i] += week.count
        history = [WeekCount(since + i * WEEK, n) for i, n in enumerate(totals)]
    # Weeks before the first case are before the service existed, not quiet weeks.
    first = next((i for i, week in enumerate(history) if week.count), len(history))
    return history[first:], volumes


def _measured_handle(
    agency: Agency, service: Service | None, volumes: dict[int, int], now: datetime
) -> float | None:
    """Measured minutes per case over the last weeks; for all services, each service's
    handle time weighed by how many cases it received."""
    measured = handle_minutes_by_service(
        agency=agency, since=now - HANDLE_TIME_WEEKS * WEEK, until=now
    )
    if service is not None:
        return measured.get(service.pk)
    if not measured:
        return None
    weight = sum(volumes.get(pk, 0) for pk in measured)
    if not weight:
        return sum(measured.values()) / len(measured)
    return sum(minutes * volumes.get(pk, 0) for pk, minutes in measured.items()) / weight


def _queues(agency: Agency, service: Service | None) -> tuple[str, list[Queue]]:
    """The queues whose members work the service's cases, else every queue of the agency."""
    if service is not None:
        where = Q(rules__service=service, rules__is_active=True)
        if service.default_team_id is not None:
            where |= Q(team_id=service.default_team_id)
        queues = list(Queue.objects.filter(where, agency=agency).distinct().order_by("name"))
        if queues:
            return "service", queues
    return "agency", list(Queue.objects.filter(agency=agency).order_by("name"))


def _weekdays(
    agency: Agency, service: Service | None, this_week: date, first: WeekForecast | None
) -> list[tuple[date, float, float]]:
    days = daily_incoming(
        agency=agency,
        since=this_week - PROFILE_WEEKS * WEEK,
        until=this_week,
        service_id=service.pk if service else None,
    )
    profile = weekday_profile(days)
    split = split_by_weekday(first.expected if first else 0.0, profile)
    days_of_week = [this_week + timedelta(days=i) for i in range(7)]
    return list(zip(days_of_week, profile, split, strict=True))


def _plan(agency: Agency, data: dict[str, Any]) -> Workforce:
    service: Service | None = data["service"]
    now = timezone.now()
    this_week = _week_start(timezone.localdate(timezone=agency.zone))
    history, volumes = _incoming(agency, service, this_week)
    measured = _measured_handle(agency, service, volumes, now)
    given = data.get("handle_minutes")
    handle = float(given) if given is not None else measured
    open_cases = Case.objects.filter(agency=agency, status__in=OPEN_STATUSES)
    if service is not None:
        open_cases = open_cases.filter(service=service)
    backlog_now = open_cases.count()
    target = data["backlog_target"]
    backlog_target = backlog_now if target is None else target
    basis, queues = _queues(agency, service)
    available = available_fte(queues=queues)
    forecasts = forecast_weekly(history, weeks_ahead=data["weeks_ahead"], first_week=this_week)
    weeks = []
    for index, forecast in enumerate(forecasts):
        # Once the target weeks are over the backlog is where it was planned to be.
        clearing = index < data["weeks_to_target"]
        need = staffing_needed(
            expected_cases=forecast.expected,
            handle_minutes=handle or 0.0,
            backlog_now=backlog_now if clearing else backlog_target,
            backlog_target=backlog_target,
            weeks_to_target=data["weeks_to_target"],
            shrinkage=float(data["shrinkage"]) / 100,
            hours_per_fte=float(data["hours_per_fte"]),
        )
        weeks.append(WeekPlan(forecast, need, staffing_gap(need.fte, available)))
    return Workforce(
        service=service,
        history_weeks=len(history),
        handle_minutes=handle,
        handle_measured=given is None and measured is not None,
        backlog_now=backlog_now,
        backlog_target=backlog_target,
        available=available,
        queue_basis=basis,
        queue_names=[queue.name for queue in queues],
        weeks=weeks,
        weekdays=_weekdays(agency, service, this_week, forecasts[0] if forecasts else None),
    )


def _forecast_form(request: HttpRequest, agency: Agency) -> WorkforceForm:
    data: QueryDict = request.GET.copy()
    for key, value in DEFAULTS.items():
        if not data.get(key):
            data[key] = value
    return WorkforceForm(data, agency=agency)


def _page(
    request: HttpRequest, agency: Agency, interval_form: IntervalForm, status: int = 200
) -> HttpResponse:
    form = _forecast_form(request, agency)
    plan = _plan(agency, form.cleaned_data) if form.is_valid() else None
    context: dict[str, Any] = {
        "agency": agency,
        "form": form,
        "plan": plan,
        "interval_form": interval_form,
        "history_limit": HISTORY_WEEKS,
        "handle_weeks": HANDLE_TIME_WEEKS,
        "profile_weeks": PROFILE_WEEKS,
    }
    return render(request, "reports/workforce.html", context, status=status)


@require_GET
@role_required(*VIEWERS)
def workforce(request: HttpRequest) -> HttpResponse:
    """The forecast, staff needed and people available for the chosen service."""
    agency = agency_or_404(request)
    today = timezone.localdate(timezone=agency.zone)
    interval_form = IntervalForm(initial={"day": today}, agency=agency)
    return _page(request, agency, interval_form)


@require_GET
@role_required(*VIEWERS)
@audited_export("report_workforce")
def intervals_csv(request: HttpRequest) -> HttpResponse:
    """One queue's day in quarter hours (offered, handled, handle time, backlog) as CSV."""
    agency = agency_or_404(request)
    raw = request.GET.get("queue", "")
    if raw.isdigit() and not Queue.objects.filter(pk=int(raw), agency=agency).exists():
        raise Http404  # another agency's queue, or none: the same answer
    form = IntervalForm(request.GET, agency=agency)
    if not form.is_valid():
        return _page(request, agency, form, status=400)
    queue: Queue = form.cleaned_data["queue"]
    day: date = form.cleaned_data["day"]
    rows = interval_export(
        queue=queue,
        start=local_midnight(agency, day),
        end=local_midnight(agency, day + timedelta(days=1)),
    )
    # A queue's name is typed by people: defuse text a spreadsheet would run.
    safe = [dataclasses.replace(row, queue=str(safe_cell(row.queue))) for row in rows]
    response = HttpResponse(interval_csv(safe), content_type="text/csv; charset=utf-8")
    filename = f"{agency.slug}-queue-{queue.pk}-intervals-{day.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


urlpatterns: list[URLPattern] = [
    path("workforce/", workforce, name="reports_workforce"),
    path("workforce/intervals.csv", intervals_csv, name="reports_workforce_intervals"),
]
