"""The second factor: an authenticator app (TOTP) and single-use recovery codes.

Every write to the devices of django-otp goes through these services, each with its audit
row. A failed code is recorded after its transaction, so the record survives; django-otp
itself slows repeated failures down (1, 2, 4, 8 ... seconds per device).
"""

from __future__ import annotations

import re
from base64 import b32encode
from typing import Any
from urllib.parse import quote, urlencode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .errors import DomainError
from .models import AuditOutcome, User
from .services import audit_record

# Recovery codes waiting to be shown once, right after they were made.
CODES_TO_SHOW_KEY = "recovery_codes_to_show"
RECOVERY_CODE = re.compile(r"^[a-z2-7]{8}$")


# Reading ------------------------------------------------------------------------------------


def has_authenticator(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def otpauth_url(device: TOTPDevice) -> str:
    """The key URI authenticator apps read from the QR code, labelled with the site's name."""
    issuer = settings.SITE_NAME.replace(":", "")
    label = quote(f"{issuer}:{device.user.email}")
    query = urlencode(
        {
            "secret": b32encode(device.bin_key).decode(),
            "issuer": issuer,
            "algorithm": "SHA1",
            "digits": device.digits,
            "period": device.step,
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"


def secret_for_typing(device: TOTPDevice) -> str:
    """The key in groups of four letters, for apps set up by typing it."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice) -> SafeString:
    """The key URI as an inline SVG QR code, named for screen readers."""
    title = _("QR code to scan with your authenticator app")
    svg = segno.make(otpauth_url(device), error="m").svg_inline(
        scale=5, border=4, dark="#000", light="#fff", title=title, svgclass="app-qr-code"
    )
    # Built from our own key and a fixed title: nothing a user typed.
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308


def display_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


# Writing ------------------------------------------------------------------------------------


def authenticator_setup_start(*, user: User) -> TOTPDevice:
    """The authenticator being set up: a new key, unconfirmed until a code from it is entered.

    Reopening the page shows the same key, so an app already set up with it keeps working.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=str(gettext_lazy("Authenticator app")), confirmed=False
        )
    return device


def _complete(request: HttpRequest, device: Device) -> None:
    """Mark the session as having given its second factor, under a new session key."""
    django_otp.login(request, device)
    request.session.cycle_key()


def _wait_message(devices: list[Any]) -> str | None:
    for device in devices:
        allowed, data = device.verify_is_allowed()
        if not allowed and data and data.get("locked_until"):
            seconds = max(int((data["locked_until"] - timezone.now()).total_seconds()), 1)
            return ngettext(
                "Too many wrong codes. Wait %(seconds)d second and try again.",
                "Too many wrong codes. Wait %(seconds)d seconds and try again.",
                seconds,
            ) % {"seconds": seconds}
    return None


def _refuse(request: HttpRequest, user: User, *, method: str, stage: str, message: str) -> None:
    audit_record(
        action="auth.second_factor_failed",
        actor=user,
        request=request,
        obj=user,
        outcome=AuditOutcome.FAILURE,
        details={"method": method, "stage": stage},
    )
    raise DomainError(message, field="code")


def authenticator_setup_confirm(*, request: HttpRequest, user: User, code: str) -> list[str]:
    """Confirm the authenticator being set up with a code from it; returns new recovery codes.

    The session counts as having given its second factor. Raises DomainError for a wrong code.
    """
    codes: list[str] = []
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=user, confirmed=False)
            .order_by("-pk")
            .first()
        )
        wait = _wait_message([device]) if device else None
        verified = bool(device and not wait and device.verify_token(code))
        if device and verified:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=user, confirmed=False).delete()
            audit_record(
                action="auth.second_factor_enrolled",
                actor=user,
                request=request,
                obj=user,
                details={"method": "totp"},
            )
            codes = _replace_recovery_codes(request=request, user=user)
    if device is None:
        raise DomainError(_("Start again: the set-up page shows a new key."), field="code")
    if not verified:
        _refuse(
            request,
            user,
            method="totp",
            stage="enrolment",
            message=wait or _("That code does not match. Enter the code your app shows now."),
        )
    _complete(request, device)
    return codes


def authenticator_verify(*, request: HttpRequest, user: User, code: str) -> None:
    """Accept a code from the user's authenticator, or raise DomainError."""
    with transaction.atomic():
        devices = list(TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True))
        wait = _wait_message(devices)
        device = None if wait else next((d for d in devices if d.verify_token(code)), None)
    if device is None:
        _refuse(
            request,
            user,
            method="totp",
            stage="sign_in",
            message=wait or _("That code does not match. Enter the code your app shows now."),
        )
        return
    audit_record(
        action="auth.second_factor_verified",
        actor=user,
        request=request,
        obj=user,
        details={"method": "totp"},
    )
    _complete(request, device)


def recovery_code_use(*, request: HttpRequest, user: User, code: str) -> int:
    """Accept one recovery code (never again) and return how many are left, or raise."""
    with transaction.atomic():
        device = StaticDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
        wait = _wait_message([device]) if device else None
        verified = bool(device and not wait and device.verify_token(code))
        left = device.token_set.count() if device else 0
    if not verified or device is None:
        _refuse(
            request,
            user,
            method="recovery_code",
            stage="sign_in",
            message=wait or _("That recovery code is not valid or has been used."),
        )
        return 0
    audit_record(
        action="auth.recovery_code_used",
        actor=user,
        request=request,
        obj=user,
        details={"codes_left": left},
    )
    _complete(request, device)
    return left


def _replace_recovery_codes(*, request: HttpRequest, user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(
        user=user, name=str(gettext_lazy("Recovery codes")), confirmed=True
    )
    codes = [StaticToken.random_token() for _ in range(settings.SECOND_FACTOR_RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    audit_record(
        action="auth.recovery_codes_issued",
        actor=user,
        request=request,
        obj=user,
        details={"count": len(codes)},
    )
    return codes


@transaction.atomic
def recovery_codes_replace(*, request: HttpRequest, user: User) -> list[str]:
    """New recovery codes for *user*; the previous ones stop working."""
    if not has_authenticator(user):
        raise DomainError(_("Set up an authenticator app first."))
    return _replace_recovery_codes(request=request, user=user)


# Forms --------------------------------------------------------------------------------------


class AuthenticatorCodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        help_text=gettext_lazy("6 digits, for example 123456. The app shows a new one often."),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
                "class": "usa-input--small",
            }
        ),
        error_messages={"required": gettext_lazy("Enter the code your authenticator app shows.")},
    )

    def clean_code(self) -> str:
        code = re.sub(r"\s", "", self.cleaned_data["code"])
        if not re.fullmatch(r"\d{6}", code):
            raise forms.ValidationError(_("Enter the 6 digits your authenticator app shows."))
        return code


class RecoveryCodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Recovery code"),
        help_text=gettext_lazy(
            "One of the codes you saved when you set up your second factor, like abcd-2345."
        ),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
                "class": "usa-input--medium",
            }
        ),
        error_messages={"required": gettext_lazy("Enter one of your recovery codes.")},
    )

    def clean_code(self) -> str:
        code = re.sub(r"[\s-]", "", self.cleaned_data["code"]).lower()
        if not RECOVERY_CODE.fullmatch(code):
            raise forms.ValidationError(
                _("A recovery code has 8 letters and digits, like abcd-2345.")
            )
        return code


class ReplaceRecoveryCodesForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand that my current recovery codes will stop working."),
        error_messages={
            "required": gettext_lazy("Confirm that your current recovery codes may stop working.")
        },
    )
