"""The people report in a real browser: a supervisor sees their team's figures, and axe
finds no WCAG 2.2 A or AA violation before or after filtering."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Role
from routing.models import PresenceLog
from tests.backoffice.factories import PASSWORD, MembershipFactory, TeamFactory, UserFactory

from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_supervisor_opens_the_accessible_people_report(
    page: Any, live_server: Any, agency: Any
) -> None:
    team = TeamFactory(agency=agency, name="Front desk")
    supervisor = UserFactory(full_name="Sam Supervisor")
    MembershipFactory(user=supervisor, agency=agency, team=team, role=Role.SUPERVISOR)
    worker = UserFactory(full_name="Alice Archer")
    MembershipFactory(user=worker, agency=agency, team=team, role=Role.CASEWORKER)
    now = timezone.now()
    PresenceLog.objects.create(
        user=worker, state="available", started_at=now - timedelta(hours=3), ended_at=now
    )

    sign_in(page, live_server.url, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/reports/people/")
    page.get_by_role("heading", level=1, name="People").wait_for()
    assert page.get_by_role("row", name="Alice Archer").count() == 1
    assert_accessible(page)

    page.get_by_label("Team", exact=True).select_option(label="Front desk")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**team=**")
    page.get_by_role("heading", level=2, name="Front desk").wait_for()
    assert_accessible(page)
