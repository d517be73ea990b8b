"""Forms of the project package."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from .models import AuditOutcome, Role


class UswdsFormRenderer(TemplatesSetting):
    """Renders every form field as a USWDS form group, with hint and errors tied to the input."""

    field_template_name = "components/field.html"


class EmailAuthenticationForm(AuthenticationForm):
    """Django's log-in form, asking for the email address staff sign in with."""

    username = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}),
    )

    error_messages = {
        "invalid_login": _(
            "That email address and password do not match an active account. "
            "Check both and try again."
        ),
        "inactive": _("This account is inactive. Ask your administrator to reactivate it."),
    }


class PeopleFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or email"), required=False, max_length=100)
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("Any role")), *Role.choices]
    )


class TeamFilterForm(forms.Form):
    q = forms.CharField(label=_("Team name"), required=False, max_length=100)


class AuditFilterForm(forms.Form):
    action = forms.CharField(
        label=_("Action starts with"),
        required=False,
        max_length=64,
        help_text=_("For example auth. or membership."),
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"), required=False, choices=[("", _("Any outcome")), *AuditOutcome.choices]
    )
    actor = forms.CharField(label=_("Actor email contains"), required=False, max_length=100)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To (inclusive)"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and until < since:
            self.add_error("until", _("The end date must be on or after the start date."))
        return data

    def bounds(self, zone: Any) -> tuple[datetime | None, datetime | None]:
        """The chosen dates as aware instants in the agency's time zone."""
        since, until = self.cleaned_data.get("since"), self.cleaned_data.get("until")
        start = datetime.combine(since, time.min, tzinfo=zone) if since else None
        end = datetime.combine(until, time.min, tzinfo=zone) + timedelta(days=1) if until else None
        return start, end
