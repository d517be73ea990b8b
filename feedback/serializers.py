"""Output shapes of the feedback API: citizens' survey responses and their answers.

Free-text answers are personal data. The view decides whether they are shown masked
(``context["unmasked"]`` false, the default) and records the read when they are not.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cases.models import Channel
from cases.serializers import NamedOut, ServiceRefOut

from .masking import mask_personal
from .models import CollectedVia, Measure, QuestionKind, SurveyAnswer, SurveyResponse


class QuestionOut(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    text = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(QuestionKind.choices, read_only=True)
    measure = serializers.ChoiceField(Measure.choices, read_only=True)


class AnswerOut(serializers.Serializer):
    question = QuestionOut(read_only=True)
    number = serializers.IntegerField(read_only=True, allow_null=True)
    choices = serializers.ListField(child=serializers.CharField(), read_only=True)
    text = serializers.CharField(
        read_only=True,
        help_text=_("Free text; personal data masked unless the caller may read it in full."),
    )
    text_masked = serializers.BooleanField(read_only=True)


def customer_names(response: SurveyResponse) -> list[str]:
    case = response.case
    return [case.customer.name] if case is not None and case.customer is not None else []


def answer_row(answer: SurveyAnswer, *, names: list[str], unmasked: bool) -> dict[str, Any]:
    text = answer.text or ""
    masked = bool(text) and not unmasked
    return {
        "question": answer.question,
        "number": answer.number,
        "choices": answer.choices or [],
        "text": mask_personal(text, names=names) if masked else text,
        "text_masked": masked,
    }


class SurveyResponseOut(serializers.ModelSerializer):
    survey = NamedOut(read_only=True)
    service = ServiceRefOut(read_only=True, allow_null=True)
    channel = serializers.ChoiceField(Channel.choices, read_only=True, allow_blank=True)
    team = NamedOut(read_only=True, allow_null=True)
    office = NamedOut(read_only=True, allow_null=True)
    case = serializers.SlugRelatedField(slug_field="reference", read_only=True, allow_null=True)
    collected_via = serializers.ChoiceField(CollectedVia.choices, read_only=True)
    answers = serializers.SerializerMethodField()

    class Meta:
        model = SurveyResponse
        fields = (
            "id",
            "survey",
            "service",
            "channel",
            "team",
            "office",
            "case",
            "collected_via",
            "language",
            "submitted_at",
            "answers",
        )
        read_only_fields = fields

    @extend_schema_field(AnswerOut(many=True))
    def get_answers(self, response: SurveyResponse) -> Any:
        unmasked = bool(self.context.get("unmasked"))
        names = customer_names(response)
        rows = [answer_row(a, names=names, unmasked=unmasked) for a in response.answers.all()]
        return AnswerOut(rows, many=True).data
