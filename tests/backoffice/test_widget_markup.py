"""The select and input widgets written in Python give the markup their templates give."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms
from django.utils.safestring import mark_safe

from backoffice.forms import UswdsFormRenderer
from backoffice.models import Team
from cases.forms import CaseFilterForm, ContactForm, IntakeForm, StatusForm

from .factories import TeamFactory

pytestmark = pytest.mark.django_db

renderer = UswdsFormRenderer()


def _both(widget: forms.Widget, name: str, value: Any, attrs: dict[str, Any] | None = None) -> None:
    context = widget.get_context(name, value, attrs)
    fast = renderer.render(widget.template_name, context)
    reference = renderer.render_with_templates(widget.template_name, context)
    assert fast == reference


class Choices(forms.Form):
    plain = forms.ChoiceField(choices=[("a", "A & B"), ("<b>", mark_safe("<i>safe</i>"))])
    grouped = forms.ChoiceField(
        choices=[("", "—"), ('Group "1"', [("1", "One"), ("2", "Two")]), ("3", "Three")]
    )
    several = forms.MultipleChoiceField(choices=[(1, "One"), (2, "Two")])
    nullable = forms.NullBooleanField()


@pytest.mark.parametrize(
    ("widget", "value", "attrs"),
    [
        (forms.TextInput(), None, None),
        (forms.TextInput(attrs={"class": "wide", "maxlength": 5}), 'say "hi" & <go>', None),
        (forms.TextInput(), mark_safe("<b>kept</b>"), {"required": True, "disabled": False}),
        (forms.NumberInput(), 12, {"id": "id_n", "aria-describedby": "id_n_helptext"}),
        (forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}), "a@b.c", None),
        (forms.HiddenInput(attrs={"class": "x"}), "h", None),
        (forms.CheckboxInput(), True, None),
        (forms.FileInput(), None, {"accept": ".pdf,.png"}),
        (forms.DateTimeInput(attrs={"type": "datetime-local"}), "2026-12-06T08:00", None),
        (forms.PasswordInput(), "secret", None),
    ],
)
def test_inputs(widget: forms.Widget, value: Any, attrs: dict[str, Any] | None) -> None:
    _both(widget, "field", value, attrs)


VALUES: list[Any] = [None, "a", "<b>", "2", ["1", "2"], True, ""]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        (name, value)
        for name in ("plain", "grouped", "several", "nullable")
        for value in VALUES
        # A yes/no/unknown select takes one value, never a list (Django itself refuses one).
        if not (name == "nullable" and isinstance(value, list))
    ],
)
def test_selects(name: str, value: Any) -> None:
    field = Choices().fields[name]
    _both(field.widget, name, field.widget.format_value(value), {"id": f"id_{name}"})


def test_model_choices_and_whole_forms_render_the_same(agency: Any) -> None:
    TeamFactory(agency=agency, name="Roads & <Paths>")
    field = forms.ModelChoiceField(queryset=Team.objects.all(), empty_label="Any team")
    team = Team.objects.first()
    assert team is not None
    _both(field.widget, "team", team.pk, {"id": "id_team", "class": "app-select--compact"})
    filters = CaseFilterForm({"status": "open", "team": team.pk, "q": "x"}, agency=agency)
    forms_ = (filters, ContactForm(), StatusForm(allowed=["resolved"]), IntakeForm(agency=agency))
    compared = 0
    for form in forms_:
        for bound in form:
            widget = bound.field.widget
            if widget.template_name in (
                "django/forms/widgets/select.html",
                "django/forms/widgets/input.html",
            ):
                attrs = bound.build_widget_attrs({"id": bound.auto_id})
                _both(widget, bound.html_name, bound.value(), attrs)
                compared += 1
    assert compared >= 15
