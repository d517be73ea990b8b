"""Two caseworkers press Get next case at the same moment in two browsers: each gets a
case of their own, and the supervisors' wallboard shows both Busy, refreshing by itself.
The wallboard passes axe with the WCAG 2.2 A and AA rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from backoffice.models import Role
from cases import services
from cases.models import Case, Channel
from routing.models import AwayReason, Pickup, Presence, PresenceState
from routing.presence import presence_set
from tests.backoffice.factories import PASSWORD, TeamFactory, UserFactory
from tests.cases.factories import ServiceFactory
from tests.routing.factories import QueueFactory, RoutingRuleFactory

from ..backoffice.factories import MembershipFactory
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CASE_PAGE = re.compile(r".*/cases/(\d+)/$")


@pytest.fixture
def contexts(browser: Any) -> Iterator[list[Any]]:
    """Two more browsers' worth of cookies: one per caseworker."""
    made = [
        browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
        for _each in range(2)
    ]
    yield made
    for context in made:
        context.close()


def test_two_caseworkers_pressing_get_next_case_at_once_get_different_cases(
    page: Any, contexts: list[Any], live_server: Any, agency: Any
) -> None:
    team = TeamFactory(agency=agency, name="Permits")
    queue = QueueFactory(agency=agency, team=team, name="Permit applications")
    RoutingRuleFactory(agency=agency, queue=queue, name="Every permit")
    workers = []
    for name in ("Ana Fast", "Ben Quick"):
        user = UserFactory(full_name=name)
        MembershipFactory(user=user, agency=agency, team=team, role=Role.CASEWORKER)
        queue.members.add(user)
        presence_set(user=user, state=PresenceState.AVAILABLE, actor=user, capacity=1)
        workers.append(user)
    supervisor = UserFactory(full_name="Sam Supervisor")
    MembershipFactory(user=supervisor, agency=agency, team=team, role=Role.SUPERVISOR)
    service = ServiceFactory(agency=agency, name="Building permit", default_team=team)
    for number in range(5):
        services.case_open(
            agency=agency,
            service=service,
            channel=Channel.WEB,
            subject=f"Extension at {number + 1} Elm Road",
            actor=None,
        )
    assert Case.objects.filter(queue=queue, route_key__isnull=False).count() == 5

    base = live_server.url
    pages = [context.new_page() for context in contexts]
    for worker_page, worker in zip(pages, workers, strict=True):
        worker_page.set_default_timeout(15_000)
        sign_in(worker_page, base, worker.email, PASSWORD)
        worker_page.get_by_role("heading", name="Welcome").wait_for()
        worker_page.goto(f"{base}/routing/me/")
        worker_page.get_by_role("button", name="Get next case", exact=True).wait_for()

    # Both buttons are pressed at the same instant: each page sets a timer for one moment
    # on the shared clock, so neither request waits for the other to be answered.
    moment = pages[0].evaluate("Date.now()") + 750
    for worker_page in pages:
        worker_page.get_by_role("button", name="Get next case", exact=True).evaluate(
            "(button, moment) => setTimeout(() => button.click(), moment - Date.now())", moment
        )
    landed = []
    for worker_page in pages:
        worker_page.wait_for_url(CASE_PAGE)
        worker_page.get_by_text("is yours. It waited").wait_for()
        match = CASE_PAGE.match(worker_page.url)
        assert match is not None
        landed.append(int(match.group(1)))

    assert landed[0] != landed[1]
    held = dict(Case.objects.filter(pk__in=landed).values_list("pk", "assignee_id"))
    assert held == {landed[0]: workers[0].pk, landed[1]: workers[1].pk}
    assert Pickup.objects.filter(case__in=landed).count() == 2
    # Capacity one, one case each: both went Busy on their own.
    assert set(Presence.objects.filter(user__in=workers).values_list("state", flat=True)) == {
        PresenceState.BUSY
    }

    sign_in(page, base, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{base}/routing/wallboard/")
    page.get_by_role("heading", name="Wallboard", level=1).wait_for()
    people = page.locator(".app-wallboard-people")
    for worker in workers:
        row = people.locator("tr", has_text=worker.full_name)
        assert row.locator("[data-state]").text_content() == "Busy"
        assert "1 of 1" in row.inner_text()
    line = page.locator(".app-wallboard-queues tr", has_text="Permit applications")
    assert [cell.inner_text() for cell in line.locator("td").all()][:1] == ["3"]
    assert_accessible(page)

    # The board refreshes by itself: a change made elsewhere shows without reloading.
    presence_set(
        user=workers[0], state=PresenceState.AWAY, reason=AwayReason.BREAK, actor=supervisor
    )
    first = people.locator("tr", has_text=workers[0].full_name)
    first.locator('[data-state="away"]').wait_for(timeout=25_000)
    assert "Break" in first.inner_text()
    assert page.url == f"{base}/routing/wallboard/"
    assert_accessible(page)
