"""Forms of the project package."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.forms.renderers import TemplatesSetting
from django.http import HttpRequest
from django.utils.html import conditional_escape as escape
from django.utils.translation import gettext_lazy as _

from .models import AuditOutcome, Role
from .selectors import AUDIT_GROUPS, audit_object_types


class SameWhenBlank:
    """A form whose fields, while it is blank, render the same in a given language: no
    choices, labels or attributes that depend on the instance. ``{% form_fields %}`` keeps
    that HTML instead of rendering it for every page."""


def _attrs(attrs: dict[str, Any]) -> str:
    """``django/forms/widgets/attrs.html``: each attribute but class; True bare, False left out."""
    parts = []
    for name, value in attrs.items():
        if name == "class" or value is False:
            continue
        parts.append(f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"')
    return "".join(parts)


def _extra_class(attrs: dict[str, Any]) -> str:
    extra = attrs.get("class")
    return f" {escape(extra)}" if extra else ""


def _select(widget: dict[str, Any]) -> str:
    """``django/forms/widgets/select.html``, the same markup, without a template per option."""
    out = [
        f'<select name="{escape(widget["name"])}" class="usa-select'
        f'{_extra_class(widget["attrs"])}"{_attrs(widget["attrs"])}>'
    ]
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            out.append(f'\n  <optgroup label="{escape(group_name)}">')
        for option in options:
            out.append(
                f'\n  <option value="{escape(option["value"])}"{_attrs(option["attrs"])}>'
                f"{escape(option['label'])}</option>"
            )
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>")
    return "".join(out)


_INPUT_CLASSES = {
    "checkbox": "usa-checkbox__input",
    "radio": "usa-radio__input",
    "file": "usa-file-input",
}


def _input(widget: dict[str, Any]) -> str:
    """``django/forms/widgets/input.html``, the same markup."""
    kind = widget["type"]
    out = [f'<input type="{escape(kind)}" name="{escape(widget["name"])}"']
    if kind != "hidden":
        base = _INPUT_CLASSES.get(kind, "usa-input")
        out.append(f' class="{base}{_extra_class(widget["attrs"])}"')
    if widget["value"] is not None:
        out.append(f' value="{escape(widget["value"])}"')
    out.append(f"{_attrs(widget['attrs'])}>")
    return "".join(out)


# Widget templates written in Python: a list's filter form renders a hundred options, and the
# template engine took a quarter of the page doing it. The templates stay the reference:
# tests/backoffice/test_widget_markup.py checks these give the same markup.
_IN_PYTHON: dict[str, Callable[[dict[str, Any]], str]] = {
    "django/forms/widgets/select.html": _select,
    "django/forms/widgets/input.html": _input,
}


class UswdsFormRenderer(TemplatesSetting):
    """Renders every form field as a USWDS form group, with hint and errors tied to the input."""

    field_template_name = "components/field.html"

    def render(
        self, template_name: str, context: dict[str, Any], request: HttpRequest | None = None
    ) -> str:
        written = _IN_PYTHON.get(template_name)
        if written is not None and isinstance(context.get("widget"), dict):
            return written(context["widget"])
        return super().render(template_name, context, request=request)

    def render_with_templates(
        self, template_name: str, context: dict[str, Any], request: HttpRequest | None = None
    ) -> str:
        """The template's own rendering, which the Python one must match."""
        return super().render(template_name, context, request=request)


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
    """The audit viewer's filters; every field optional, dates in the agency's time zone."""

    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To (inclusive)"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    actor = forms.CharField(label=_("Actor email contains"), required=False, max_length=100)
    group = forms.ChoiceField(label=_("Kind of event"), required=False, choices=())
    action = forms.CharField(
        label=_("Action starts with"),
        required=False,
        max_length=64,
        help_text=_("For example auth. or membership."),
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"), required=False, choices=[("", _("Any outcome")), *AuditOutcome.choices]
    )
    object_type = forms.ChoiceField(label=_("Object type"), required=False, choices=())
    object_id = forms.CharField(label=_("Object id"), required=False, max_length=64)
    ip_address = forms.GenericIPAddressField(
        label=_("IP address"),
        required=False,
        error_messages={"invalid": _("Enter an IPv4 or IPv6 address, such as 203.0.113.9.")},
    )
    every_agency = forms.BooleanField(
        label=_("Events of every agency, and those of no agency"),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "usa-checkbox__input"}),
    )

    def __init__(self, *args: Any, platform_admin: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        group_field = self.fields["group"]
        type_field = self.fields["object_type"]
        assert isinstance(group_field, forms.ChoiceField)  # noqa: S101 - declared above
        assert isinstance(type_field, forms.ChoiceField)  # noqa: S101 - declared above
        group_field.choices = [("", _("Any kind")), *AUDIT_GROUPS.choices()]
        type_field.choices = [("", _("Any type")), *audit_object_types()]
        if not platform_admin:
            del self.fields["every_agency"]

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

    def filters(self, zone: Any) -> dict[str, Any]:
        """The valid filters as keyword arguments of ``selectors.audit_events_for``."""
        if not self.is_valid():
            return {}
        since, until = self.bounds(zone)
        data = self.cleaned_data
        return {
            "since": since,
            "until": until,
            "actor": data["actor"],
            "group": data["group"],
            "action": data["action"],
            "outcome": data["outcome"],
            "object_type": data["object_type"],
            "object_id": data["object_id"],
            "ip_address": data["ip_address"] or "",
            "every_agency": bool(data.get("every_agency")),
        }
