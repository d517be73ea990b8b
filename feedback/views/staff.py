"""Staff pages of the citizen surveys: answers given by phone or mail, and the offices' QR codes.

From a resolved or closed case, staff see which of the case's surveys were answered and
record the answers a customer gave by phone or on paper (the channel is kept). Supervisors
and administrators print each office's QR codes, one per service of an active survey.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import segno
from django.contrib import messages
from django.db.models import FilteredRelation, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from backoffice.access import agency_or_404, role_required, staff_user
from backoffice.errors import DomainError, add_to_form
from backoffice.models import Agency, Role
from cases.access import get_case_for
from cases.models import Case

from ..forms import StaffAnswersForm
from ..links import office_path
from ..models import (
    Audience,
    InvitationStatus,
    Office,
    Survey,
    SurveyInvitation,
    SurveyResponse,
    SurveyService,
)
from ..services.responses import (
    ANSWERABLE_CASE,
    case_surveys_query,
    response_submit,
)

EVERYONE = tuple(Role.values)
POSTER_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)


# Answers given by phone or mail --------------------------------------------------------------


@dataclass(frozen=True)
class CaseSurveyRow:
    """A survey that applies to a case: its answers if any, and its invitation if one was made."""

    survey: Survey
    response: SurveyResponse | None
    invitation: SurveyInvitation | None
    answerable: bool

    @property
    def can_record(self) -> bool:
        return self.answerable and self.response is None and not self.answered_online

    @property
    def answered_online(self) -> bool:
        return self.invitation is not None and self.invitation.status == InvitationStatus.ANSWERED


def case_survey_rows(case: Case) -> list[CaseSurveyRow]:
    """The surveys that apply to *case*, with what was answered: one query, each survey
    joined to the case's responses to it and its invitation to it."""
    rows = (
        case_surveys_query(case)
        .annotate(
            case_response=FilteredRelation("responses", condition=Q(responses__case=case)),
            case_invitation=FilteredRelation("invitations", condition=Q(invitations__case=case)),
        )
        .select_related(  # type: ignore[misc]  # the filtered relations above
            "case_response", "case_response__entered_by", "case_invitation"
        )
        .order_by("name", "id", "case_response__submitted_at", "case_response__id")
    )
    found: dict[int, CaseSurveyRow] = {}
    answerable = case.status in ANSWERABLE_CASE
    for survey in rows:
        if not survey.applies_to_channel(case.channel):
            continue
        earlier = found.get(survey.pk)
        # A later response to the same survey replaces an earlier one, as answered_by_case.
        response = getattr(survey, "case_response", None) or (earlier and earlier.response)
        invitation = getattr(survey, "case_invitation", None) or (earlier and earlier.invitation)
        found[survey.pk] = CaseSurveyRow(
            survey=earlier.survey if earlier else survey,
            response=response or None,
            invitation=invitation or None,
            answerable=answerable,
        )
    return list(found.values())


@require_GET
@role_required(*EVERYONE)
def case_surveys(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for(staff_user(request), pk)
    return render(
        request,
        "feedback/staff/case_surveys.html",
        {"case": case, "rows": case_survey_rows(case)},
    )


def _survey_row_or_404(case: Case, survey_pk: int) -> CaseSurveyRow:
    for row in case_survey_rows(case):
        if row.survey.pk == survey_pk:
            return row
    raise Http404


@require_http_methods(["GET", "POST"])
@role_required(*EVERYONE)
def case_survey_record(request: HttpRequest, pk: int, survey_pk: int) -> HttpResponse:
    """Type in the answers a customer gave by phone or mail, in the survey's English wording."""
    user = staff_user(request)
    case = get_case_for(user, pk)
    row = _survey_row_or_404(case, survey_pk)
    if not row.can_record:
        messages.info(request, _("Answers to this survey cannot be recorded for this case."))
        return redirect("case_surveys", pk=case.pk)
    if request.method == "POST":
        form = StaffAnswersForm(request.POST, survey=row.survey, language="en")
        if form.is_valid():
            try:
                response_submit(
                    survey=row.survey,
                    answers=form.answers(),
                    collected_via=form.cleaned_data["collected_via"],
                    language="en",
                    case=case,
                    entered_by=user,
                )
            except DomainError as error:
                add_to_form(form, error)
            else:
                messages.success(request, _("Survey answers recorded."))
                return redirect("case_detail", pk=case.pk)
    else:
        form = StaffAnswersForm(survey=row.survey, language="en")
    context: dict[str, Any] = {
        "case": case,
        "survey": row.survey,
        "form": form,
        "rows": form.rows(),
        "via_options": form.via_options(),
    }
    return render(
        request,
        "feedback/staff/record_answers.html",
        context,
        status=400 if form.errors else 200,
    )


# Office QR codes ----------------------------------------------------------------------------


def qr_svg(url: str, *, title: str, scale: int = 4) -> SafeString:
    """The QR code of *url* as inline SVG, named for screen readers by *title*."""
    svg = segno.make(url, error="m").svg_inline(
        scale=scale, title=title, svgclass="app-qr", lineclass=None, omitsize=False
    )
    # segno escapes the title; the rest is numbers it wrote itself.
    return mark_safe(svg.replace("<svg ", '<svg role="img" focusable="false" ', 1))  # noqa: S308


@dataclass(frozen=True)
class OfficeLinkRow:
    office: Office
    survey: Survey
    service_name: str
    service_id: int
    url: str
    qr: SafeString


def _survey_services(agency: Agency) -> list[SurveyService]:
    return list(
        SurveyService.objects.filter(
            survey__agency=agency, survey__is_active=True, survey__audience=Audience.CUSTOMER
        )
        .select_related("survey", "service")
        .order_by("survey__name", "service__name", "id")
    )


def _link_row(
    request: HttpRequest, office: Office, link: SurveyService, scale: int
) -> OfficeLinkRow:
    url = request.build_absolute_uri(
        office_path(office=office, survey=link.survey, service_id=link.service_id)
    )
    title = _("QR code: %(survey)s, %(service)s, %(office)s") % {
        "survey": link.survey.title,
        "service": link.service.name,
        "office": office.name,
    }
    return OfficeLinkRow(
        office=office,
        survey=link.survey,
        service_name=link.service.name,
        service_id=link.service_id,
        url=url,
        qr=qr_svg(url, title=title, scale=scale),
    )


@require_GET
@role_required(*POSTER_ROLES)
def office_list(request: HttpRequest) -> HttpResponse:
    agency = agency_or_404(request)
    offices = list(Office.objects.filter(agency=agency, is_active=True).select_related("team"))
    survey_services = _survey_services(agency)
    rows = [
        (office, [_link_row(request, office, link, scale=3) for link in survey_services])
        for office in offices
    ]
    return render(
        request,
        "feedback/staff/offices.html",
        {"agency": agency, "rows": rows, "has_surveys": bool(survey_services)},
    )


@require_GET
@role_required(*POSTER_ROLES)
def office_poster(request: HttpRequest, pk: int, survey_pk: int, service_pk: int) -> HttpResponse:
    """A page to print and pin up: the QR code large, with what it is for in both languages."""
    agency = agency_or_404(request)
    office = Office.objects.filter(agency=agency, is_active=True, pk=pk).first()
    link = next(
        (
            s
            for s in _survey_services(agency)
            if s.survey_id == survey_pk and s.service_id == service_pk
        ),
        None,
    )
    if office is None or link is None:
        raise Http404
    return render(
        request,
        "feedback/staff/poster.html",
        {"row": _link_row(request, office, link, scale=8)},
    )


urlpatterns: list[URLPattern] = [
    path("cases/<int:pk>/surveys/", case_surveys, name="case_surveys"),
    path(
        "cases/<int:pk>/surveys/<int:survey_pk>/record/",
        case_survey_record,
        name="case_survey_record",
    ),
    path("offices/", office_list, name="survey_offices"),
    path(
        "offices/<int:pk>/poster/<int:survey_pk>/<int:service_pk>/",
        office_poster,
        name="survey_office_poster",
    ),
]
