"""Friction reports: raise one (from anywhere or from a case), the list with "me too"
votes, and triage by managers and administrators.

A report outside the user's agencies is a 404. Every change calls a service.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from backoffice.access import agency_or_404, get_for_user, role_required, staff_user
from backoffice.errors import DomainError, add_to_form
from backoffice.http import safe_next_url
from backoffice.models import Agency, Role, User
from backoffice.pagination import InvalidCursorError, keyset_page, query_without_cursor
from cases.access import get_case_for
from cases.models import Case, Service

from ..models import FRICTION_OPEN, FrictionReport, FrictionStatus, FrictionVote, Stage
from ..services.friction import (
    DETAILS_LIMIT,
    RESPONSE_LIMIT,
    TITLE_LIMIT,
    can_triage,
    friction_raise,
    friction_triage,
    friction_vote,
)

EVERYONE = tuple(Role.values)
PAGE_SIZE = 25
SORTS = {"votes": ["-votes", "-id"], "newest": ["-created_at", "-id"]}
STATUS_FILTERS = [
    ("open", gettext_lazy("Open (new, under review, fix planned)")),
    ("all", gettext_lazy("Any status")),
    *FrictionStatus.choices,
]


# Forms ---------------------------------------------------------------------------------------


class FrictionForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("What gets in the way?"),
        max_length=TITLE_LIMIT,
        help_text=gettext_lazy("In a few words, e.g. “The address form asks for data we hold”."),
        error_messages={"required": gettext_lazy("Say in a few words what gets in the way.")},
    )
    description = forms.CharField(
        label=gettext_lazy("Details"),
        required=False,
        max_length=DETAILS_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "What happens, how often, and what it costs you or the people we serve. "
            "Leave out customers' personal details."
        ),
    )
    service = forms.ModelChoiceField(
        label=gettext_lazy("Service"),
        required=False,
        queryset=Service.objects.none(),
        empty_label=gettext_lazy("Not about one service"),
    )
    stage = forms.ChoiceField(
        label=gettext_lazy("Stage"),
        required=False,
        choices=[("", gettext_lazy("Not about one stage")), *Stage.choices],
        help_text=gettext_lazy("Where in the handling of a case it happens."),
    )
    case_reference = forms.CharField(
        label=gettext_lazy("Case reference"),
        required=False,
        max_length=40,
        help_text=gettext_lazy("Optional: a case where it happened, e.g. LIC-2026-000123."),
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency
        self.fields["service"].queryset = Service.objects.filter(  # type: ignore[attr-defined]
            agency=agency, is_active=True
        ).order_by("name")

    def clean_case_reference(self) -> Case | None:
        reference = self.cleaned_data.get("case_reference", "").strip()
        if not reference:
            return None
        case = Case.objects.filter(agency=self.agency, reference__iexact=reference).first()
        if case is None:
            raise forms.ValidationError(_("No case of this agency has that reference."))
        return case


class FrictionFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Search in titles"), required=False, max_length=200)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False, choices=STATUS_FILTERS)
    service = forms.ModelChoiceField(
        label=gettext_lazy("Service"),
        required=False,
        queryset=Service.objects.none(),
        empty_label=gettext_lazy("Any service"),
    )
    stage = forms.ChoiceField(
        label=gettext_lazy("Stage"),
        required=False,
        choices=[("", gettext_lazy("Any stage")), *Stage.choices],
    )
    sort = forms.ChoiceField(
        label=gettext_lazy("Sort"),
        required=False,
        choices=[("votes", gettext_lazy("Most votes first")), ("newest", gettext_lazy("Newest"))],
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = Service.objects.filter(  # type: ignore[attr-defined]
            agency=agency
        ).order_by("name")


class TriageForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=FrictionStatus.choices)
    response = forms.CharField(
        label=gettext_lazy("Response to staff"),
        required=False,
        max_length=RESPONSE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "Everyone who sees the report reads it; the person who raised it is notified."
        ),
    )


# Reads ---------------------------------------------------------------------------------------


def _reports(user: User, agency: Agency) -> QuerySet[FrictionReport]:
    """The agency's reports with their service, who raised them and whether *user* voted."""
    voted = FrictionVote.objects.filter(report=OuterRef("pk"), user=user)
    return (
        FrictionReport.objects.filter(agency=agency)
        .select_related("service", "raised_by", "case")
        .annotate(voted=Exists(voted))
    )


def _filtered(
    reports: QuerySet[FrictionReport], form: FrictionFilterForm
) -> QuerySet[FrictionReport]:
    data: dict[str, Any] = form.cleaned_data if form.is_valid() else {"status": "open"}
    status = data.get("status") or "open"
    if status == "open":
        reports = reports.filter(status__in=FRICTION_OPEN)
    elif status != "all":
        reports = reports.filter(status=status)
    if data.get("service"):
        reports = reports.filter(service=data["service"])
    if data.get("stage"):
        reports = reports.filter(stage=data["stage"])
    if data.get("q"):
        reports = reports.filter(title__icontains=data["q"].strip())
    return reports


def _report_for(request: HttpRequest, pk: int) -> FrictionReport:
    """A report of one of the user's agencies; any other is a 404."""
    return get_for_user(FrictionReport.objects.select_related("agency"), staff_user(request), pk=pk)


# Pages ---------------------------------------------------------------------------------------


@require_GET
@role_required(*EVERYONE)
def friction_list(request: HttpRequest) -> HttpResponse:
    agency = agency_or_404(request)
    user = staff_user(request)
    form = FrictionFilterForm(request.GET or None, agency=agency)
    sort = (form.cleaned_data.get("sort") if form.is_valid() else "") or "votes"
    reports = _filtered(_reports(user, agency), form)
    try:
        page = keyset_page(
            reports, ordering=SORTS[sort], cursor=request.GET.get("after"), size=PAGE_SIZE
        )
    except InvalidCursorError:
        return redirect(request.path)
    context = {
        "form": form,
        "page": page,
        "query": query_without_cursor(request.GET),
        "filtered": any(value for key, value in request.GET.items() if key not in ("after",)),
    }
    return render(request, "feedback/friction/list.html", context)


@require_http_methods(["GET", "POST"])
@role_required(*EVERYONE)
def friction_new(request: HttpRequest) -> HttpResponse:
    """The form; from a case page (``?case=<id>``) it starts with the case and its service."""
    agency = agency_or_404(request)
    user = staff_user(request)
    if request.method == "POST":
        form = FrictionForm(request.POST, agency=agency)
        if form.is_valid():
            data = form.cleaned_data
            try:
                report = friction_raise(
                    agency=agency,
                    actor=user,
                    title=data["title"],
                    description=data["description"],
                    service=data["service"],
                    stage=data["stage"],
                    case=data["case_reference"],
                )
            except DomainError as error:
                add_to_form(form, error)
            else:
                messages.success(
                    request, _("Thank you: your report was saved and colleagues can add to it.")
                )
                return redirect("friction_detail", pk=report.pk)
        return render(request, "feedback/friction/form.html", {"form": form}, status=400)
    initial: dict[str, Any] = {}
    case = None
    if request.GET.get("case", "").isdigit():
        case = get_case_for(user, int(request.GET["case"]))
        if case.agency_id == agency.pk:
            initial = {"case_reference": case.reference, "service": case.service_id}
    form = FrictionForm(agency=agency, initial=initial)
    return render(request, "feedback/friction/form.html", {"form": form, "case": case})


def _detail_page(
    request: HttpRequest, report: FrictionReport, *, triage_form: TriageForm | None = None
) -> HttpResponse:
    user = staff_user(request)
    report = _reports(user, report.agency).get(pk=report.pk)
    triage = can_triage(user, report.agency)
    context = {
        "report": report,
        "can_triage": triage,
        "can_vote": report.raised_by_id != user.pk,
        "triage_form": triage_form
        or (TriageForm(initial={"status": report.status, "response": report.response})),
    }
    return render(
        request,
        "feedback/friction/detail.html",
        context,
        status=400 if triage_form is not None else 200,
    )


@require_GET
@role_required(*EVERYONE)
def friction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail_page(request, _report_for(request, pk))


@require_POST
@role_required(*EVERYONE)
def friction_vote_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Add or take back "me too"; the form posts the state wanted, so a repeat changes nothing."""
    report = _report_for(request, pk)
    agree = request.POST.get("agree") != "0"
    try:
        report = friction_vote(report=report, actor=staff_user(request), agree=agree)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Your “me too” was added.") if agree else _("Your “me too” was taken back."),
        )
    default = reverse("friction_detail", args=[report.pk])
    return redirect(safe_next_url(request, request.POST.get("next", ""), default))


@require_POST
@role_required(*EVERYONE)
def friction_triage_view(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for(request, pk)
    user = staff_user(request)
    if not can_triage(user, report.agency):
        raise PermissionDenied
    form = TriageForm(request.POST)
    if form.is_valid():
        try:
            friction_triage(
                report=report,
                actor=user,
                status=form.cleaned_data["status"],
                response=form.cleaned_data["response"],
            )
        except DomainError as error:
            add_to_form(form, error)
        else:
            messages.success(request, _("Saved. The person who raised it has been notified."))
            return redirect("friction_detail", pk=report.pk)
    return _detail_page(request, report, triage_form=form)


urlpatterns: list[URLPattern] = [
    path("friction/", friction_list, name="friction_list"),
    path("friction/new/", friction_new, name="friction_new"),
    path("friction/<int:pk>/", friction_detail, name="friction_detail"),
    path("friction/<int:pk>/vote/", friction_vote_view, name="friction_vote"),
    path("friction/<int:pk>/triage/", friction_triage_view, name="friction_triage"),
]
