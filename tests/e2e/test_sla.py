"""A supervisor follows up service levels in a browser: list, filter, case panel, notifications.

The cases are opened in the past (time-machine) through case_open and the real sweep
escalates them, so the pages show what a supervisor would see after a busy week.
Every page passes axe with the WCAG 2.2 A and AA rules.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.utils import timezone

from backoffice.models import Notification, Role
from cases import services
from cases.models import Case, Channel, SlaBasis, SlaState
from cases.services.sla import sla_sweep
from tests.backoffice.factories import PASSWORD
from tests.cases.factories import ServiceFactory, SlaPolicyFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _open(agency: Any, service: Any, actor: Any, subject: str, ago: timedelta) -> Case:
    with time_machine.travel(timezone.now() - ago, tick=False):
        return services.case_open(
            agency=agency, service=service, channel=Channel.PHONE, subject=subject, actor=actor
        )


def test_a_supervisor_finds_breached_cases_and_clears_the_notifications(
    page: Any, live_server: Any, agency: Any
) -> None:
    supervisor = member(agency, Role.SUPERVISOR, full_name="Sam Supervisor")
    lights = ServiceFactory(agency=agency, name="Street light out")
    gas = ServiceFactory(agency=agency, name="Gas smell")
    SlaPolicyFactory(agency=agency, name="Standard promise")  # 8 and 40 business hours
    SlaPolicyFactory(
        agency=agency,
        service=gas,
        name="Around the clock",
        basis=SlaBasis.CALENDAR,
        response_target=timedelta(hours=10),
        resolution_target=timedelta(hours=40),
    )
    # A week old: its 8 business hours to respond are long gone.
    breached = _open(agency, lights, supervisor, "Dark corner on Elm Street", timedelta(days=7))
    # Nine of its ten calendar hours used: past the 75% warning, not yet due.
    at_risk = _open(agency, gas, supervisor, "Faint smell near the school", timedelta(hours=9))
    on_track = _open(agency, gas, supervisor, "Smell reported again", timedelta(minutes=5))
    sla_sweep()
    states = dict(Case.objects.values_list("pk", "sla_state"))
    assert states == {
        breached.pk: SlaState.BREACHED,
        at_risk.pk: SlaState.AT_RISK,
        on_track.pk: SlaState.ON_TRACK,
    }
    assert Notification.objects.filter(user=supervisor, read_at__isnull=True).exists()

    base = live_server.url
    sign_in(page, base, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    assert_accessible(page)

    page.goto(f"{base}/cases/")
    table = page.locator(".app-case-table")
    table.get_by_text("Breached", exact=True).wait_for()
    table.get_by_text("At risk", exact=True).wait_for()
    assert "overdue" in table.inner_text()
    assert_accessible(page)

    page.get_by_label("Service level").select_option("breached")
    page.wait_for_url("**sla=breached**")
    page.locator(".app-case-table", has_text=breached.reference).wait_for()
    page.get_by_role("link", name=at_risk.reference).wait_for(state="detached")
    assert page.get_by_role("link", name=on_track.reference).count() == 0
    assert_accessible(page)

    page.get_by_role("link", name=breached.reference).click()
    page.get_by_role("heading", name="Service level").wait_for()
    panel = page.locator(".app-sla-panel").inner_text()
    for text in ("Standard promise", "Breached", "Escalations", "Level 2: breach"):
        assert text in panel, text
    assert_accessible(page)

    page.get_by_role("link", name="Notifications").click()
    page.get_by_role("heading", name="Notifications", level=1).wait_for()
    page.get_by_text(f"Breached: {breached.reference}").first.wait_for()
    assert_accessible(page)

    page.get_by_role("button", name="Mark all as read").click()
    page.get_by_text("marked as read.").wait_for()
    assert not Notification.objects.filter(user=supervisor, read_at__isnull=True).exists()
    assert page.get_by_role("button", name="Mark all as read").count() == 0
    assert_accessible(page)
