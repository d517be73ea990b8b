"""The pulse survey form, built from a survey's questions.

Scales and choices are radio groups or checkboxes, each in a fieldset whose legend is
the question, with the hint and the error tied to it; free text is a labelled text
area. Field names are ``services.pulse.question_field(pk)``, so the service's refusals
land under the question they concern. The service checks every answer again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.forms import BoundField
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import CHOICE_KINDS, SCALES, Question, QuestionKind
from .services.pulse import TEXT_LIMIT, question_field

StrOrPromise = str | Promise

AGREEMENT_LABELS = {
    1: _("Strongly disagree"),
    2: _("Disagree"),
    3: _("Neither agree nor disagree"),
    4: _("Agree"),
    5: _("Strongly agree"),
}

SCALE_ENDS: dict[str, tuple[StrOrPromise, StrOrPromise]] = {
    QuestionKind.NPS: (_("not at all likely"), _("extremely likely")),
    QuestionKind.EFFORT: (_("very difficult"), _("very easy")),
}


def scale_options(kind: str) -> list[tuple[int, str]]:
    """The values of a numeric question with what each means, lowest first."""
    if kind == QuestionKind.AGREEMENT:
        return [(value, str(AGREEMENT_LABELS[value])) for value in range(1, 6)]
    if kind == QuestionKind.THUMBS:
        return [(1, str(_("Thumbs up"))), (0, str(_("Thumbs down")))]
    low, high = SCALES[kind]
    ends = SCALE_ENDS.get(kind)
    options = []
    for value in range(low, high + 1):
        label = str(value)
        if ends and value in (low, high):
            label = f"{value} ({ends[0] if value == low else ends[1]})"
        options.append((value, label))
    return options


def question_form_field(question: Question, language: str) -> forms.Field:
    """The form field for one question, in *language* (English or Spanish)."""
    messages = {
        "required": _("Answer this question."),
        "invalid_choice": _("Choose from the answers listed."),
    }
    common: dict[str, Any] = {
        "label": question.text_in(language),
        "required": question.required,
        "error_messages": messages,
    }
    if question.kind in SCALES:
        return forms.TypedChoiceField(
            choices=[(str(value), label) for value, label in scale_options(question.kind)],
            coerce=int,
            empty_value=None,
            widget=forms.RadioSelect,
            **common,
        )
    if question.kind in CHOICE_KINDS:
        choices = [(choice.value, choice.label_in(language)) for choice in question.choices.all()]
        if question.kind == QuestionKind.SINGLE:
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    messages["max_length"] = _(
        "Keep your answer to %(limit_value)d characters or fewer (it has %(show_value)d)."
    )
    return forms.CharField(
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=question.help_in(language),
        **common,
    )


@dataclass
class PulseItem:
    """One question as the page shows it."""

    question: Question
    field: BoundField
    hint: str

    @property
    def is_group(self) -> bool:
        """Radio buttons or checkboxes: shown in a fieldset with the question as legend."""
        return self.question.kind != QuestionKind.TEXT

    @property
    def anchor(self) -> str:
        """The id the error summary links to: the first option of a group, else the input."""
        return f"{self.field.auto_id}_0" if self.is_group else str(self.field.auto_id)


class PulseForm(forms.Form):
    """The questions of a pulse survey, in their order."""

    def __init__(self, *args: Any, questions: list[Question], language: str, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.language = language
        for question in questions:
            self.fields[question_field(question.pk)] = question_form_field(question, language)

    def items(self) -> list[PulseItem]:
        return [
            PulseItem(
                question=question,
                field=self[question_field(question.pk)],
                hint=question.help_in(self.language),
            )
            for question in self.questions
        ]

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(anchor, question, message) for each question with an error, in page order."""
        return [
            (item.anchor, str(item.field.label), " ".join(str(e) for e in item.field.errors))
            for item in self.items()
            if item.field.errors
        ]

    def answers(self) -> dict[int, Any]:
        """The answers given, by question id; unanswered questions are left out."""
        data = self.cleaned_data
        answers: dict[int, Any] = {}
        for question in self.questions:
            value = data.get(question_field(question.pk))
            if value in (None, "", []):
                continue
            answers[question.pk] = value
        return answers
