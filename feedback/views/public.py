"""The citizen's survey pages: no log-in, opened from an emailed link or an office QR code.

A link that cannot be used gets a page that says why and records nothing: a tampered or
unknown link is "not valid" (404), a link past its expiry or of a closed survey has
"expired" (410), and an answered one says so (409). Pages are in the invitation's
language unless ``?lang=`` asks for the other; switching language on the survey page
re-shows the answers given so far. Answers go through
:func:`feedback.services.responses.response_submit`; a good submission redirects to the
thank-you page (POST, redirect, GET).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import URLPattern, path, reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from backoffice.errors import DomainError, add_to_form
from cases.models import Service

from .. import links
from ..forms import SurveyForm
from ..links import LinkError
from ..models import CollectedVia, InvitationStatus, Survey, SurveyInvitation
from ..services.dispatch import customer_unsubscribe
from ..services.responses import response_submit

LANGUAGE_NAMES = {"en": "English", "es": "Español"}
REFUSALS = {
    "invalid": ("feedback/public/invalid.html", 404),
    "expired": ("feedback/public/expired.html", 410),
    "answered": ("feedback/public/answered.html", 409),
}
# A browser that just answered from an office link waits this long before answering again,
# so one phone cannot flood an office's results.
THROTTLE_COOKIE = "survey_office_answered"
THROTTLE_SALT = "feedback.office.throttle"
THROTTLE_SECONDS = 3 * 60
SWITCH = "switch_language"


def _pick_language(*candidates: object) -> str:
    for candidate in candidates:
        if isinstance(candidate, str) and candidate in LANGUAGE_NAMES:
            return candidate
    return "en"


def _requested_language(request: HttpRequest, default: str | None = None) -> str:
    """``?lang=``, then the language posted with the form, then *default*, then the browser's."""
    return _pick_language(
        request.GET.get("lang"),
        request.POST.get("language"),
        default,
        getattr(request, "LANGUAGE_CODE", None),
    )


def _page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    language: str,
    agency_name: str,
    status: int = 200,
) -> HttpResponse:
    """A public page in *language*, with the agency's name and a switch to the other language."""
    other = "es" if language == "en" else "en"
    context = {
        **context,
        "page_language": language,
        "other_language": other,
        "other_language_name": LANGUAGE_NAMES[other],
        "switch_url": f"{request.path}?lang={other}",
        "agency_name": agency_name,
    }
    with translation.override(language):
        response = render(request, template, context, status=status)
    response.headers["Content-Language"] = language
    return response


def _refused(request: HttpRequest, error: LinkError) -> HttpResponse:
    """The page for a link that cannot be used; nothing is recorded."""
    template, status = REFUSALS.get(error.reason, REFUSALS["invalid"])
    invitation = error.invitation
    language = _requested_language(request, invitation.language if invitation else None)
    agency_name = invitation.agency.name if invitation else ""
    return _page(
        request,
        template,
        {"invitation": invitation},
        language=language,
        agency_name=agency_name,
        status=status,
    )


def _with_language(url: str, language: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{url}?lang={language}")


# Answering from an emailed link ------------------------------------------------------------


def _survey_page(
    request: HttpRequest,
    form: SurveyForm,
    survey: Survey,
    *,
    language: str,
    agency_name: str,
    **extra: Any,
) -> HttpResponse:
    """The survey page with *form*: a 400 when the answers posted were refused."""
    context = {
        "form": form,
        "rows": form.rows(),
        "survey": survey,
        "survey_title": survey.title_in(language),
        "intro": survey.intro_in(language),
        **extra,
    }
    return _page(
        request,
        "feedback/public/survey.html",
        context,
        language=language,
        agency_name=agency_name,
        status=400 if form.errors else 200,
    )


def _answer_form(request: HttpRequest, survey: Survey, language: str) -> SurveyForm:
    """The survey form: empty, bound to the answers posted, or (switching language) refilled."""
    if request.method != "POST":
        return SurveyForm(survey=survey, language=language)
    if SWITCH in request.POST:
        empty = SurveyForm(survey=survey, language=language)
        return SurveyForm(
            survey=survey, language=language, initial=empty.kept_answers(request.POST)
        )
    return SurveyForm(request.POST, survey=survey, language=language)


@never_cache
@require_http_methods(["GET", "POST"])
def survey_answer(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = links.invitation_from_token(token)
    except LinkError as error:
        return _refused(request, error)
    language = _pick_language(
        request.POST.get(SWITCH), _requested_language_for(request, invitation)
    )
    with translation.override(language):
        form = _answer_form(request, invitation.survey, language)
        if form.is_bound and form.is_valid():
            try:
                response_submit(
                    survey=invitation.survey,
                    answers=form.answers(),
                    collected_via=CollectedVia.LINK,
                    language=language,
                    invitation=invitation,
                )
            except DomainError as error:
                refused = _link_now_refused(request, token)
                if refused is not None:
                    return refused
                add_to_form(form, error)
            else:
                return _with_language(reverse("survey_thanks", args=[token]), language)
        return _survey_page(
            request,
            form,
            invitation.survey,
            language=language,
            agency_name=invitation.agency.name,
        )


def _requested_language_for(request: HttpRequest, invitation: SurveyInvitation) -> str:
    return _pick_language(
        request.GET.get("lang"), request.POST.get("language"), invitation.language
    )


def _link_now_refused(request: HttpRequest, token: str) -> HttpResponse | None:
    """After the service refused: the link's page if the link itself is what went wrong."""
    try:
        links.invitation_from_token(token)
    except LinkError as error:
        return _refused(request, error)
    return None


@never_cache
@require_GET
def survey_thanks(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = links.invitation_from_token(token, check_open=False)
    except LinkError as error:
        return _refused(request, error)
    language = _requested_language_for(request, invitation)
    if invitation.status != InvitationStatus.ANSWERED:
        return _with_language(reverse("survey_answer", args=[token]), language)
    return _page(
        request,
        "feedback/public/thanks.html",
        {"survey_title": invitation.survey.title_in(language)},
        language=language,
        agency_name=invitation.agency.name,
    )


# Unsubscribing ----------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def survey_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks to confirm; POST stops every survey to this customer from this agency."""
    try:
        invitation = links.invitation_from_token(token, check_open=False)
    except LinkError as error:
        return _refused(request, error)
    language = _requested_language_for(request, invitation)
    if request.method == "POST":
        customer_unsubscribe(invitation=invitation, now=timezone.now(), request=request)
        return _with_language(reverse("survey_unsubscribed", args=[token]), language)
    return _page(
        request,
        "feedback/public/unsubscribe.html",
        {"invitation": invitation},
        language=language,
        agency_name=invitation.agency.name,
    )


@never_cache
@require_GET
def survey_unsubscribed(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = links.invitation_from_token(token, check_open=False)
    except LinkError as error:
        return _refused(request, error)
    return _page(
        request,
        "feedback/public/unsubscribed.html",
        {"invitation": invitation},
        language=_requested_language_for(request, invitation),
        agency_name=invitation.agency.name,
    )


# Answering from an office QR code ---------------------------------------------------------


def _office_link(token: str) -> tuple[links.OfficeLink, Service]:
    link = links.office_link_from_token(token)
    service = Service.objects.filter(pk=link.service_id, agency_id=link.office.agency_id).first()
    if service is None:
        raise LinkError("invalid")
    return link, service


def _answered_recently(request: HttpRequest) -> bool:
    answered = request.get_signed_cookie(
        THROTTLE_COOKIE, default=None, salt=THROTTLE_SALT, max_age=THROTTLE_SECONDS
    )
    return answered is not None


@never_cache
@require_http_methods(["GET", "POST"])
def survey_office(request: HttpRequest, token: str) -> HttpResponse:
    """Anonymous answers from an office's poster; one browser answers once every few minutes."""
    try:
        link, service = _office_link(token)
    except LinkError as error:
        return _refused(request, error)
    language = _pick_language(request.POST.get(SWITCH), _requested_language(request))
    agency_name = link.office.agency.name
    with translation.override(language):
        if request.method == "POST" and SWITCH not in request.POST and _answered_recently(request):
            return _page(
                request,
                "feedback/public/office_wait.html",
                {"minutes": THROTTLE_SECONDS // 60},
                language=language,
                agency_name=agency_name,
                status=429,
            )
        form = _answer_form(request, link.survey, language)
        if form.is_bound and form.is_valid():
            try:
                response_submit(
                    survey=link.survey,
                    answers=form.answers(),
                    collected_via=CollectedVia.QR,
                    language=language,
                    office=link.office,
                    service=service,
                )
            except DomainError as error:
                add_to_form(form, error)
            else:
                return _office_answered(request, token, language)
        return _survey_page(
            request,
            form,
            link.survey,
            language=language,
            agency_name=agency_name,
            office=link.office,
            service=service,
        )


def _office_answered(request: HttpRequest, token: str, language: str) -> HttpResponse:
    response = _with_language(reverse("survey_office_thanks", args=[token]), language)
    response.set_signed_cookie(
        THROTTLE_COOKIE,
        "1",
        salt=THROTTLE_SALT,
        max_age=THROTTLE_SECONDS,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


@never_cache
@require_GET
def survey_office_thanks(request: HttpRequest, token: str) -> HttpResponse:
    try:
        link, _service = _office_link(token)
    except LinkError as error:
        return _refused(request, error)
    language = _requested_language(request)
    return _page(
        request,
        "feedback/public/thanks.html",
        {"survey_title": link.survey.title_in(language), "office": link.office},
        language=language,
        agency_name=link.office.agency.name,
    )


urlpatterns: list[URLPattern] = [
    path("office/<str:token>/", survey_office, name="survey_office"),
    path("office/<str:token>/thanks/", survey_office_thanks, name="survey_office_thanks"),
    path("<str:token>/", survey_answer, name="survey_answer"),
    path("<str:token>/thanks/", survey_thanks, name="survey_thanks"),
    path("<str:token>/unsubscribe/", survey_unsubscribe, name="survey_unsubscribe"),
    path("<str:token>/unsubscribe/done/", survey_unsubscribed, name="survey_unsubscribed"),
]
