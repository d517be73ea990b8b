"""``{% form_fields %}``: blank forms' fields rendered once per language, others every time."""

from __future__ import annotations

from typing import Any

import pytest
from django.template import Context, Template
from django.utils import translation

from backoffice.templatetags import form_fields as tag
from cases.forms import ContactForm, NoteForm, StatusForm

pytestmark = pytest.mark.django_db


def _fields(form: Any) -> str:
    return "".join(str(field.as_field_group()) for field in form)


def _tag(form: Any) -> str:
    return Template("{% load form_fields %}{% form_fields form %}").render(Context({"form": form}))


def test_a_blank_form_renders_as_its_fields_and_is_kept(settings: Any) -> None:
    settings.DEBUG = False
    tag._BLANK.clear()
    with translation.override("en"):
        assert _tag(ContactForm()) == _fields(ContactForm())
        assert (ContactForm, "en", "contact", "id_%s") in tag._BLANK
        assert _tag(ContactForm()) == _fields(ContactForm())
    with translation.override("es"):
        spanish = _tag(ContactForm())
        assert spanish == _fields(ContactForm())
    with translation.override("en"):
        assert spanish != _tag(ContactForm())
    assert (ContactForm, "es", "contact", "id_%s") in tag._BLANK


def test_bound_forms_and_forms_that_vary_are_rendered_every_time(settings: Any) -> None:
    settings.DEBUG = False
    tag._BLANK.clear()
    bound = NoteForm({"note-body": "<b>typed</b>"})
    html = _tag(bound)
    assert "&lt;b&gt;typed&lt;/b&gt;" in html
    invalid = NoteForm({"note-body": ""})
    assert "usa-form-group--error" in _tag(invalid)
    assert _tag(NoteForm(initial={"body": "Draft"})).count("Draft") == 1
    assert _tag(StatusForm(allowed=["resolved"])) == _fields(StatusForm(allowed=["resolved"]))
    assert not tag._BLANK
    # While DEBUG is on, templates may change: nothing is kept.
    settings.DEBUG = True
    _tag(NoteForm())
    assert not tag._BLANK
