"""Employee pulse surveys: staff answer open rounds anonymously; managers and administrators
open and close rounds and read the results, shown only in groups large enough to hide anyone.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from backoffice.access import agency_or_404, get_for_user, has_role, role_required, staff_user
from backoffice.errors import ConflictError, DomainError, add_to_form
from backoffice.models import Agency, Role

from ..models import Audience, PulseParticipation, PulseRound, Survey
from ..pulse_forms import PulseForm
from ..pulse_results import min_group, round_results, rounds_answered, rounds_for_agency
from ..pulse_results import rounds_to_answer as open_rounds_for
from ..services.pulse import ROUND_ROLES, pulse_answer, pulse_round_close, pulse_round_open
from ..services.pulse import round_state as state_of

EVERYONE = tuple(Role.values)
LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


def _language() -> str:
    return "es" if (translation.get_language() or "").startswith("es") else "en"


def _round_for(request: HttpRequest, pk: int) -> PulseRound:
    """A round of one of the user's agencies; any other is a 404."""
    return get_for_user(
        PulseRound.objects.select_related("survey", "agency"), staff_user(request), pk=pk
    )


def _managed_round(request: HttpRequest, pk: int) -> PulseRound:
    """A round of an agency where the user manages or administers; any other is a 404."""
    return get_for_user(
        PulseRound.objects.select_related("survey", "agency", "created_by"),
        staff_user(request),
        roles=ROUND_ROLES,
        pk=pk,
    )


# Staff: answering ------------------------------------------------------------------------------


@require_GET
@role_required(*EVERYONE)
def pulse_home(request: HttpRequest) -> HttpResponse:
    """The rounds open now that the person has not answered, and those they have."""
    agency = agency_or_404(request)
    user = staff_user(request)
    context = {
        "to_answer": open_rounds_for(user=user, agency=agency),
        "answered": rounds_answered(user=user, agency=agency),
        "can_run": has_role(user, agency, *ROUND_ROLES),
        "minimum": min_group(),
    }
    return render(request, "feedback/pulse/home.html", context)


def _questions(pulse_round: PulseRound) -> list[Any]:
    return list(pulse_round.survey.questions.prefetch_related("choices"))


@require_http_methods(["GET", "POST"])
@role_required(*EVERYONE)
def pulse_answer_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The survey as a form; a refused answer is shown again with the answers kept."""
    pulse_round = _round_for(request, pk)
    user = staff_user(request)
    language = _language()
    context: dict[str, Any] = {"round": pulse_round, "minimum": min_group()}
    if PulseParticipation.objects.filter(round=pulse_round, user=user).exists():
        return render(request, "feedback/pulse/answered.html", context)
    if state_of(pulse_round) != "open":
        return render(request, "feedback/pulse/closed.html", context)
    questions = _questions(pulse_round)
    form = PulseForm(request.POST or None, questions=questions, language=language)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                pulse_answer(pulse_round=pulse_round, user=user, answers=form.answers())
            except ConflictError as refused:
                messages.info(request, refused.message)
                return redirect("pulse_thanks", pk=pulse_round.pk)
            except DomainError as error:
                add_to_form(form, error)
            else:
                return redirect("pulse_thanks", pk=pulse_round.pk)
        status = 400
    survey = pulse_round.survey
    context.update(form=form, title=survey.title_in(language), intro=survey.intro_in(language))
    return render(request, "feedback/pulse/answer.html", context, status=status)


@require_GET
@role_required(*EVERYONE)
def pulse_thanks(request: HttpRequest, pk: int) -> HttpResponse:
    pulse_round = _round_for(request, pk)
    if not PulseParticipation.objects.filter(round=pulse_round, user=staff_user(request)).exists():
        return redirect("pulse_answer", pk=pulse_round.pk)
    return render(request, "feedback/pulse/thanks.html", {"round": pulse_round})


# Managers: rounds and results ------------------------------------------------------------------


class RoundForm(forms.Form):
    survey = forms.ModelChoiceField(
        label=gettext_lazy("Employee survey"),
        queryset=Survey.objects.none(),
        empty_label=gettext_lazy("Choose a survey"),
    )
    opens_at = forms.DateTimeField(
        label=gettext_lazy("Opens"),
        input_formats=[LOCAL_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT),
        help_text=gettext_lazy("Date and time in the agency's time zone."),
    )
    closes_at = forms.DateTimeField(
        label=gettext_lazy("Closes"),
        input_formats=[LOCAL_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT),
        help_text=gettext_lazy("Results are shown once the round closes."),
    )

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survey"].queryset = employee_surveys(agency)  # type: ignore[attr-defined]


def employee_surveys(agency: Agency) -> QuerySet[Survey]:
    return Survey.objects.filter(
        agency=agency, audience=Audience.EMPLOYEE, is_active=True
    ).order_by("name")


@require_GET
@role_required(*ROUND_ROLES)
def pulse_rounds(request: HttpRequest) -> HttpResponse:
    agency = agency_or_404(request)
    now = timezone.now()
    rounds = list(rounds_for_agency(agency=agency)[:100])
    rows = [(r, state_of(r, now)) for r in rounds]
    context = {
        "rows": rows,
        "has_surveys": employee_surveys(agency).exists(),
        "minimum": min_group(),
    }
    return render(request, "feedback/pulse/rounds.html", context)


@require_http_methods(["GET", "POST"])
@role_required(*ROUND_ROLES)
def pulse_round_new(request: HttpRequest) -> HttpResponse:
    """Open a round; the times are read and shown in the agency's time zone."""
    agency = agency_or_404(request)
    with timezone.override(agency.zone):
        if request.method == "POST":
            form = RoundForm(request.POST, agency=agency)
            if form.is_valid():
                data = form.cleaned_data
                try:
                    pulse_round_open(
                        survey=data["survey"],
                        opens_at=data["opens_at"],
                        closes_at=data["closes_at"],
                        actor=staff_user(request),
                    )
                except DomainError as error:
                    add_to_form(form, error)
                else:
                    messages.success(request, _("The round is open to every member of staff."))
                    return redirect("pulse_rounds")
            status = 400
        else:
            start = timezone.localtime(timezone.now()).replace(second=0, microsecond=0)
            initial = {
                "opens_at": start.strftime(LOCAL_FORMAT),
                "closes_at": (start + timedelta(days=7)).strftime(LOCAL_FORMAT),
            }
            form = RoundForm(agency=agency, initial=initial)
            status = 200
        return render(request, "feedback/pulse/round_form.html", {"form": form}, status=status)


@require_POST
@role_required(*ROUND_ROLES)
def pulse_round_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    pulse_round = _managed_round(request, pk)
    try:
        pulse_round_close(pulse_round=pulse_round, actor=staff_user(request))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The round is closed; its results can be read now."))
    return redirect("pulse_rounds")


@require_GET
@role_required(*ROUND_ROLES)
def pulse_results_page(request: HttpRequest, pk: int) -> HttpResponse:
    pulse_round = _managed_round(request, pk)
    results = round_results(pulse_round=pulse_round)
    return render(request, "feedback/pulse/results.html", {"results": results})


urlpatterns: list[URLPattern] = [
    path("pulse/", pulse_home, name="pulse_home"),
    path("pulse/<int:pk>/", pulse_answer_page, name="pulse_answer"),
    path("pulse/<int:pk>/thanks/", pulse_thanks, name="pulse_thanks"),
    path("pulse/rounds/", pulse_rounds, name="pulse_rounds"),
    path("pulse/rounds/new/", pulse_round_new, name="pulse_round_new"),
    path("pulse/rounds/<int:pk>/close/", pulse_round_close_view, name="pulse_round_close"),
    path("pulse/rounds/<int:pk>/results/", pulse_results_page, name="pulse_results"),
]
