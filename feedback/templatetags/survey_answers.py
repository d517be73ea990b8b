"""The case page's survey panel: which surveys apply to a finished case and what was answered."""

from __future__ import annotations

from django import template

from cases.models import Case

from ..views.staff import CaseSurveyRow
from ..views.staff import case_survey_rows as rows_for_case

register = template.Library()


@register.simple_tag
def case_survey_rows(case: Case) -> list[CaseSurveyRow]:
    return rows_for_case(case)
