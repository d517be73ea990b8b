"""The filter fields the report pages share: a range of days, and optional team, service,
queue and channel.

Each page's form declares what it filters by with these, and narrows the querysets to
the current agency (and, for a supervisor, to their teams) in its ``__init__``: the
querysets here are empty so that a form forgotten there offers nothing rather than
every agency's rows. An id not offered is refused with a message naming what to choose.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from django import forms
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from backoffice.models import Team
from cases.models import Channel, Service
from routing.models import Queue

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise as Label
else:
    Label = str

ANY_TEAM = gettext_lazy("Any team")
ANY_SERVICE = gettext_lazy("Any service")
ANY_QUEUE = gettext_lazy("Any queue")


def date_field(label: Label, *, required: bool = True) -> forms.DateField:
    """A day picked with the browser's date control."""
    return forms.DateField(
        label=label,
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("Enter a real date, for example 2026-03-04.")},
    )


def since_field(*, required: bool = True) -> forms.DateField:
    return date_field(gettext_lazy("From"), required=required)


def until_field(*, required: bool = True) -> forms.DateField:
    return date_field(gettext_lazy("To (inclusive)"), required=required)


def check_range(form: forms.Form, data: dict[str, Any], max_days: int | None = None) -> None:
    """Add an error to ``until`` when it is before ``since`` or the range is longer than
    *max_days* (when given)."""
    since: date | None = data.get("since")
    until: date | None = data.get("until")
    if not since or not until:
        return
    if until < since:
        form.add_error("until", _("The end date must be on or after the start date."))
    elif max_days is not None and (until - since).days + 1 > max_days:
        form.add_error(
            "until",
            _("Choose at most %(days)s days; this range has %(count)s.")
            % {"days": max_days, "count": (until - since).days + 1},
        )


def _optional(
    model: type[Model], label: Label, empty_label: Label, invalid: Label
) -> forms.ModelChoiceField[Any]:
    return forms.ModelChoiceField(
        label=label,
        required=False,
        queryset=model._default_manager.none(),
        empty_label=empty_label,
        error_messages={"invalid_choice": invalid},
    )


def team_field(
    empty_label: Label = ANY_TEAM,
) -> forms.ModelChoiceField[Any]:
    return _optional(
        Team, gettext_lazy("Team"), empty_label, gettext_lazy("Choose one of the listed teams.")
    )


def service_field(
    empty_label: Label = ANY_SERVICE,
) -> forms.ModelChoiceField[Any]:
    return _optional(
        Service,
        gettext_lazy("Service"),
        empty_label,
        gettext_lazy("Choose one of the listed services."),
    )


def queue_field(
    empty_label: Label = ANY_QUEUE,
) -> forms.ModelChoiceField[Any]:
    return _optional(
        Queue, gettext_lazy("Queue"), empty_label, gettext_lazy("Choose one of the listed queues.")
    )


def channel_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=gettext_lazy("Channel"),
        required=False,
        choices=[("", gettext_lazy("Any channel")), *Channel.choices],
        error_messages={"invalid_choice": gettext_lazy("Choose one of the listed channels.")},
    )
