"""Choice labels are looked up, in the language of the request that prints them."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import translation

from backoffice.models import Role
from cases.models import Case, CaseStatus, Priority

from ..backoffice.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_labels_follow_the_active_language() -> None:
    case = Case(status=CaseStatus.IN_PROGRESS, priority=Priority.HIGH)
    with translation.override("en"):
        assert case.get_status_display() == "In progress"
        assert case.get_priority_display() == str(Priority.HIGH.label)
    with translation.override("es"):
        spanish = case.get_status_display()
        assert spanish == str(CaseStatus.IN_PROGRESS.label)
        assert spanish != "In progress"
    assert isinstance(spanish, str)


def test_a_value_without_a_label_shows_as_itself(agency: Any) -> None:
    assert Case(status="archived").get_status_display() == "archived"
    assert Case(status="").get_status_display() == ""
    membership = MembershipFactory(agency=agency, role=Role.SUPERVISOR)
    assert membership.get_role_display() == "Supervisor"
