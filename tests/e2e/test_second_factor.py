"""An administrator sets up the second factor in a real browser; every page passes axe."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from backoffice.models import AuditEvent, Role
from tests.backoffice.factories import PASSWORD

from ..admin_helpers import current_code
from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_administrator_sets_up_an_authenticator_and_signs_in_with_a_recovery_code(
    page: Any, live_server: Any, agency: Any
) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True, full_name="Sam Rivera")
    sign_in(page, live_server.url, admin.email, PASSWORD)

    page.get_by_role("heading", name="Set up your authenticator app").wait_for()
    assert page.get_by_role("img", name=re.compile("^QR code to scan")).is_visible()
    secret = page.locator("#totp-secret").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4})+", secret)
    assert_accessible(page)

    code = page.get_by_label("Code from your authenticator app")
    assert code.get_attribute("autocomplete") == "one-time-code"
    assert code.get_attribute("inputmode") == "numeric"
    code.fill("000000")
    page.get_by_role("button", name="Confirm and continue").click()
    page.get_by_role("alert").filter(has_text="That code does not match").wait_for()
    assert_accessible(page)

    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    page.get_by_label("Code from your authenticator app").fill(current_code(device))
    page.get_by_role("button", name="Confirm and continue").click()

    page.get_by_role("heading", name="Recovery codes", exact=True).wait_for()
    codes = page.locator("ol code").all_inner_texts()
    assert len(codes) == 10
    assert_accessible(page)
    page.get_by_role("link", name="I have saved my codes, continue").click()
    page.get_by_role("heading", name="Welcome, Sam").wait_for()
    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("heading", name="Configuration").wait_for()

    page.goto(f"{live_server.url}/")
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in").wait_for()
    sign_in(page, live_server.url, admin.email, PASSWORD)
    page.get_by_role("heading", name="Enter your security code").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name="Use a recovery code instead").click()
    page.get_by_role("heading", name="Use a recovery code").wait_for()
    assert_accessible(page)
    page.get_by_label("Recovery code").fill(codes[0])
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Welcome, Sam").wait_for()
    assert AuditEvent.objects.filter(action="auth.recovery_code_used", actor=admin).exists()


def test_the_lockout_page_says_when_to_try_again_and_is_accessible(
    page: Any, live_server: Any, agency: Any
) -> None:
    user = member(agency, Role.CASEWORKER)
    for _ in range(5):
        sign_in(page, live_server.url, user.email, "not-the-right-one")

    page.get_by_role("heading", name="Sign-in paused").wait_for()
    assert "Try again after" in page.get_by_role("alert").inner_text()
    assert_accessible(page)
    assert AuditEvent.objects.filter(action="auth.locked_out", outcome="denied").exists()
