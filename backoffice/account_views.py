"""Sign-in pages beyond Django's own: the second factor and the log-in page's options."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import second_factor as factor
from .access import staff_user
from .errors import DomainError, add_to_form
from .forms import EmailAuthenticationForm
from .http import safe_next_url
from .security import requires_second_factor, second_factor_verified


class SignInView(LoginView):
    """Django's log-in view, offering the agency's identity provider when one is set up."""

    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        if settings.OIDC_ENABLED:
            query = urlencode({"next": context.get("next") or ""})
            context["oidc_url"] = f"{reverse('oidc_authentication_init')}?{query}"
            context["oidc_provider_name"] = settings.OIDC_PROVIDER_NAME
        return context


def _next(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    return safe_next_url(request, candidate, reverse("home"))


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


@login_required
@require_http_methods(["GET", "POST"])
def second_factor(request: HttpRequest) -> HttpResponse:
    """Ask for a code from the authenticator app (or send to set-up if there is none)."""
    user = staff_user(request)
    next_url = _next(request)
    if second_factor_verified(request):
        return HttpResponseRedirect(next_url)
    if not factor.has_authenticator(user):
        return HttpResponseRedirect(_with_next("second_factor_setup", next_url))
    form = factor.AuthenticatorCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            factor.authenticator_verify(request=request, user=user, code=form.cleaned_data["code"])
        except DomainError as error:
            add_to_form(form, error)
        else:
            return HttpResponseRedirect(next_url)
    return render(
        request,
        "registration/second_factor_verify.html",
        {
            "form": form,
            "next": next_url,
            "recovery_url": _with_next("second_factor_recovery", next_url),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def second_factor_recovery(request: HttpRequest) -> HttpResponse:
    """Sign in with a recovery code when the authenticator app is not at hand."""
    user = staff_user(request)
    next_url = _next(request)
    if second_factor_verified(request):
        return HttpResponseRedirect(next_url)
    form = factor.RecoveryCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            left = factor.recovery_code_use(
                request=request, user=user, code=form.cleaned_data["code"]
            )
        except DomainError as error:
            add_to_form(form, error)
        else:
            _warn_if_few_left(request, left)
            return HttpResponseRedirect(next_url)
    return render(
        request,
        "registration/second_factor_recovery.html",
        {"form": form, "next": next_url, "back_url": _with_next("second_factor", next_url)},
    )


def _warn_if_few_left(request: HttpRequest, left: int) -> None:
    if left <= 3:
        messages.warning(
            request,
            _(
                "You have %(left)d recovery codes left. Make new ones on the recovery codes "
                "page and keep them somewhere safe."
            )
            % {"left": left},
        )


@login_required
@require_http_methods(["GET", "POST"])
def second_factor_setup(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app: scan the QR code (or type the key), then enter a code."""
    user = staff_user(request)
    next_url = _next(request)
    if factor.has_authenticator(user):
        # A new app replaces the old only through a platform administrator, never by
        # someone who has just the password.
        if second_factor_verified(request):
            messages.info(request, _("Your authenticator app is already set up."))
            return HttpResponseRedirect(next_url)
        return HttpResponseRedirect(_with_next("second_factor", next_url))
    device = factor.authenticator_setup_start(user=user)
    form = factor.AuthenticatorCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = factor.authenticator_setup_confirm(
                request=request, user=user, code=form.cleaned_data["code"]
            )
        except DomainError as error:
            add_to_form(form, error)
        else:
            request.session[factor.CODES_TO_SHOW_KEY] = codes
            messages.success(request, _("Your authenticator app is set up."))
            return HttpResponseRedirect(_with_next("recovery_codes", next_url))
    return render(
        request,
        "registration/second_factor_setup.html",
        {
            "form": form,
            "next": next_url,
            "qr_code": factor.qr_code_svg(device),
            "secret": factor.secret_for_typing(device),
            "required": requires_second_factor(user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """New recovery codes, shown once; and the way to replace them all."""
    user = staff_user(request)
    next_url = _next(request)
    if not factor.has_authenticator(user):
        return HttpResponseRedirect(_with_next("second_factor_setup", next_url))
    if not second_factor_verified(request):
        # New codes would let someone who has only the password past the second factor.
        return HttpResponseRedirect(_with_next("second_factor", next_url))
    form = factor.ReplaceRecoveryCodesForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = factor.recovery_codes_replace(request=request, user=user)
        except DomainError as error:
            add_to_form(form, error)
        else:
            request.session[factor.CODES_TO_SHOW_KEY] = codes
            return HttpResponseRedirect(_with_next("recovery_codes", next_url))
    codes = request.session.pop(factor.CODES_TO_SHOW_KEY, None) or []
    return render(
        request,
        "registration/recovery_codes.html",
        {
            "form": form,
            "next": next_url,
            "codes": [factor.display_code(code) for code in codes],
            "codes_left": factor.recovery_codes_left(user),
        },
    )
