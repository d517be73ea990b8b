"""A caseworker signs in through a real browser; every page they reach passes axe."""

from __future__ import annotations

from typing import Any

import pytest

from backoffice.models import AuditEvent, Role
from tests.backoffice.factories import PASSWORD, MembershipFactory, TeamFactory, UserFactory

from ..admin_helpers import authenticator_for, enter_second_factor
from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_caseworker_signs_in_and_sees_their_home_page(
    page: Any, live_server: Any, agency: Any
) -> None:
    team = TeamFactory(agency=agency, name="Business Licensing")
    user = UserFactory(full_name="Maria Lopez", email="maria@agency.example")
    MembershipFactory(user=user, agency=agency, team=team, role=Role.CASEWORKER)

    page.goto(f"{live_server.url}/")
    assert "/accounts/login/" in page.url
    assert_accessible(page)

    sign_in(page, live_server.url, "maria@agency.example", PASSWORD)
    page.get_by_role("heading", name="Welcome, Maria").wait_for()
    assert agency.name in page.locator("header").inner_text()
    assert page.get_by_role("link", name="Business Licensing").is_visible()
    assert_accessible(page)
    assert AuditEvent.objects.filter(action="auth.login", actor=user).exists()


def test_a_wrong_password_is_explained_and_accessible(
    page: Any, live_server: Any, agency: Any
) -> None:
    user = member(agency, Role.CASEWORKER)
    sign_in(page, live_server.url, user.email, "not-the-right-one")
    page.get_by_text("do not match an active account").wait_for()
    assert page.get_by_label("Email address").input_value() == user.email
    assert_accessible(page)


def test_the_skip_link_moves_focus_to_the_main_content(
    page: Any, live_server: Any, agency: Any
) -> None:
    user = member(agency, Role.CASEWORKER)
    sign_in(page, live_server.url, user.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_the_feedback_menu_opens_with_the_keyboard_and_leads_to_its_pages(
    page: Any, live_server: Any, agency: Any
) -> None:
    user = member(agency, Role.SUPERVISOR)
    sign_in(page, live_server.url, user.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    menu = page.get_by_role("button", name="Feedback")
    results = page.get_by_role("link", name="Feedback results")
    assert menu.get_attribute("aria-expanded") == "false"
    assert not results.is_visible()

    menu.focus()
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    results.wait_for(state="visible")
    assert_accessible(page)
    results.focus()
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Feedback results", level=1).wait_for()
    assert page.get_by_role("link", name="My cases", exact=True).is_visible()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR])
def test_every_page_of_each_role_passes_axe(
    page: Any, live_server: Any, agency: Any, role: str
) -> None:
    user = member(agency, role, is_staff=role == Role.ADMINISTRATOR)
    team = TeamFactory(agency=agency, name="Permits Team")
    MembershipFactory(agency=agency, team=team, role=Role.CASEWORKER)
    if role == Role.ADMINISTRATOR:
        authenticator_for(user)
    sign_in(page, live_server.url, user.email, PASSWORD)
    if role == Role.ADMINISTRATOR:
        enter_second_factor(page, user)
    page.get_by_role("heading", name="Welcome").wait_for()
    assert_accessible(page)
    paths = ["/teams/", f"/teams/{team.pk}/", "/people/", "/no-such-page/"]
    if role == Role.ADMINISTRATOR:
        paths.append("/audit/")
    for path in paths:
        page.goto(f"{live_server.url}{path}")
        assert_accessible(page)


def test_people_search_updates_the_results_as_you_type(
    page: Any, live_server: Any, agency: Any
) -> None:
    team = TeamFactory(agency=agency)
    for name in ("Avery Quill", "Blake Stone", "Casey Quinn"):
        MembershipFactory(agency=agency, team=team, user=UserFactory(full_name=name))
    user = member(agency, Role.CASEWORKER)
    sign_in(page, live_server.url, user.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/people/")
    page.get_by_label("Name or email").fill("Qui")
    page.wait_for_function(
        "() => !document.querySelector('#people-results').innerText.includes('Blake Stone')"
    )
    results = page.locator("#people-results").inner_text()
    assert "Avery Quill" in results
    assert "Casey Quinn" in results
    assert "q=Qui" in page.url
    assert_accessible(page)
