"""Forms of the feedback pages: a survey's questions as a form, in English or Spanish.

The form is built from the survey's questions in one language: scales and single choices
are radio groups, multiple choices are checkboxes, free text is a text area. Each question
is shown as a :class:`QuestionRow` so the template can give every group a fieldset and a
legend, and tie hints and errors to the inputs. The form checks types and ranges; the
service (:func:`feedback.services.responses.response_submit`) enforces every rule again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import SCALES, CollectedVia, Question, QuestionKind, Survey
from .services.responses import TEXT_LIMIT, answer_field, answer_values


def scale_options(kind: str) -> list[tuple[str, str]]:
    """The points of a scale as (value, label), in the active language.

    Agreement names every point; the longer scales name their two ends, the way the
    questions are asked on paper and on the phone.
    """
    if kind == QuestionKind.AGREEMENT:
        return [
            ("1", _("Strongly disagree")),
            ("2", _("Disagree")),
            ("3", _("Neither agree nor disagree")),
            ("4", _("Agree")),
            ("5", _("Strongly agree")),
        ]
    if kind == QuestionKind.THUMBS:
        return [("1", _("Yes (thumbs up)")), ("0", _("No (thumbs down)"))]
    low, high = SCALES[kind]
    ends: dict[str, tuple[str, str]] = {
        QuestionKind.NPS: (_("Not at all likely"), _("Extremely likely")),
        QuestionKind.EFFORT: (_("Very difficult"), _("Very easy")),
    }
    low_end, high_end = ends[kind]
    options = [(str(n), str(n)) for n in range(low, high + 1)]
    options[0] = (str(low), f"{low}: {low_end}")
    options[-1] = (str(high), f"{high}: {high_end}")
    return options


def scale_hint(kind: str) -> str:
    """What the ends of a numbered scale mean, shown under the question."""
    if kind == QuestionKind.NPS:
        return _("0 means not at all likely, 10 means extremely likely.")
    if kind == QuestionKind.EFFORT:
        return _("1 means very difficult, 7 means very easy.")
    return ""


@dataclass
class Option:
    id: str
    value: str
    label: str
    checked: bool


@dataclass
class QuestionRow:
    """One question as the page shows it."""

    name: str
    id: str
    kind: str
    text: str
    hint: str
    required: bool
    errors: list[str]
    options: list[Option] = field(default_factory=list)
    value: str = ""
    multiple: bool = False

    @property
    def is_group(self) -> bool:
        return self.kind != QuestionKind.TEXT

    @property
    def is_numbered(self) -> bool:
        return self.kind in (QuestionKind.NPS, QuestionKind.EFFORT)

    @property
    def first_id(self) -> str:
        """Where the error summary's link takes the reader: the first input of the question."""
        return self.options[0].id if self.options else self.id

    @property
    def hint_id(self) -> str:
        return f"{self.id}_hint"

    @property
    def error_id(self) -> str:
        return f"{self.id}_error"

    @property
    def described_by(self) -> str:
        ids = [self.hint_id] if self.hint else []
        if self.errors:
            ids.append(self.error_id)
        return " ".join(ids)

    @property
    def limit(self) -> int:
        return TEXT_LIMIT

    @property
    def input_type(self) -> str:
        return "checkbox" if self.multiple else "radio"


def _question_field(question: Question, language: str) -> forms.Field:
    messages = {
        "required": gettext_lazy("Answer this question."),
        "invalid_choice": gettext_lazy("Choose from the answers listed."),
        "max_length": gettext_lazy("Keep your answer to %(limit_value)d characters or fewer."),
    }
    label = question.text_in(language)
    common: dict[str, Any] = {
        "label": label,
        "required": question.required,
        "error_messages": messages,
    }
    if question.kind in SCALES:
        return forms.TypedChoiceField(
            choices=scale_options(question.kind),
            coerce=int,
            empty_value=None,
            widget=forms.RadioSelect,
            **common,
        )
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        choices = [(c.value, c.label_in(language)) for c in question.choices.all()]
        if question.kind == QuestionKind.SINGLE:
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.CharField(
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        **common,
    )


class SurveyForm(forms.Form):
    """A survey's questions in one language; ``answers()`` is what the service takes."""

    def __init__(self, *args: Any, survey: Survey, language: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.language = language
        self.questions = list(survey.questions.prefetch_related("choices"))
        for question in self.questions:
            self.fields[answer_field(question.pk)] = _question_field(question, language)

    def answers(self) -> dict[int, object]:
        return answer_values(self.cleaned_data, self.questions)

    def rows(self) -> list[QuestionRow]:
        return [self._row(question) for question in self.questions]

    def _row(self, question: Question) -> QuestionRow:
        name = answer_field(question.pk)
        bound = self[name]
        value = bound.value()
        picked = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}
        hint = question.help_in(self.language) or scale_hint(question.kind)
        row = QuestionRow(
            name=name,
            id=bound.auto_id or name,
            kind=question.kind,
            text=question.text_in(self.language),
            hint=hint,
            required=question.required,
            errors=[str(error) for error in bound.errors],
            multiple=question.kind == QuestionKind.MULTIPLE,
        )
        if question.kind == QuestionKind.TEXT:
            row.value = "" if value is None else str(value)
            return row
        choices: Any = bound.field.choices  # type: ignore[attr-defined]
        row.options = [
            Option(id=f"{row.id}_{index}", value=str(v), label=str(label), checked=str(v) in picked)
            for index, (v, label) in enumerate(choices)
        ]
        return row

    def kept_answers(self, data: Any) -> dict[str, object]:
        """The answers posted so far, as initial values (to re-show them without errors)."""
        kept: dict[str, object] = {}
        for name, form_field in self.fields.items():
            if isinstance(form_field, forms.MultipleChoiceField):
                kept[name] = data.getlist(name)
            elif name in data:
                kept[name] = data.get(name)
        return kept

    def error_links(self) -> list[tuple[str, str, str]]:
        """(anchor, question, message) for the error summary, in the order of the page."""
        links: list[tuple[str, str, str]] = []
        rows = {row.name: row for row in self.rows()}
        for name, form_field in self.fields.items():
            for message in self.errors.get(name, []):
                row = rows.get(name)
                anchor = row.first_id if row else f"{self[name].auto_id}_0"
                links.append((anchor, str(form_field.label), str(message)))
        return links


STAFF_VIA_CHOICES = [
    (CollectedVia.PHONE.value, gettext_lazy("By phone")),
    (CollectedVia.MAIL.value, gettext_lazy("By mail (a paper form)")),
]


class StaffAnswersForm(SurveyForm):
    """The survey's questions in English, with how the customer gave the answers."""

    collected_via = forms.ChoiceField(
        label=gettext_lazy("How did the customer answer?"),
        choices=STAFF_VIA_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose how the customer answered.")},
    )

    def via_options(self) -> list[Option]:
        bound = self["collected_via"]
        return [
            Option(
                id=f"{bound.auto_id}_{index}",
                value=str(value),
                label=str(label),
                checked=str(bound.value()) == str(value),
            )
            for index, (value, label) in enumerate(STAFF_VIA_CHOICES)
        ]
