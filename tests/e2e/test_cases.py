"""A caseworker's day in a real browser: intake by phone, note, message, resolve and close."""

from __future__ import annotations

from typing import Any

import pytest

from backoffice.models import Role
from cases.models import AttributeDatatype, Case, CaseStatus, CustomerMessage
from tests.backoffice.factories import PASSWORD
from tests.cases.factories import ServiceAttributeFactory, ServiceFactory

from ..conftest import member
from .conftest import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_caseworker_takes_a_phone_call_through_to_closure(
    page: Any, live_server: Any, agency: Any
) -> None:
    service = ServiceFactory(agency=agency, name="Street repair report")
    ServiceAttributeFactory(
        service=service,
        code="size",
        label="Pothole size",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        required=True,
        choices=[{"key": "small", "name": "Small"}, {"key": "large", "name": "Large"}],
    )
    user = member(agency, Role.CASEWORKER, full_name="Casey Worker")
    base = live_server.url
    sign_in(page, base, user.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()

    nav = page.get_by_role("navigation", name="Primary navigation")
    nav.get_by_role("button", name="Cases").click()
    nav.get_by_role("link", name="New case").click()
    page.get_by_role("heading", name="New case").wait_for()
    assert_accessible(page)
    page.get_by_label("How did the customer contact us?").select_option("phone")
    page.get_by_label("Service").select_option(label="Street repair report")
    page.get_by_label("Pothole size").wait_for()
    page.get_by_label("Pothole size").select_option("large")
    page.get_by_label("Subject").fill("Deep pothole outside the library")
    page.get_by_label("What the customer asked").fill("Caller says a cyclist nearly fell.")
    page.get_by_label("Customer name").fill("Jordan Avery")
    page.get_by_label("Email", exact=True).fill("jordan.avery@example.org")
    page.get_by_role("button", name="Open the case").click()

    page.get_by_text("opened.").wait_for()
    case = Case.objects.get(subject="Deep pothole outside the library")
    assert case.channel == "phone"
    assert case.attributes == {"size": "large"}
    assert_accessible(page)

    page.get_by_label("Internal note").fill("Asked the roads crew to inspect today.")
    page.get_by_role("button", name="Add note").click()
    page.get_by_text("Note added.").wait_for()

    page.locator("summary", has_text="Email the customer").click()
    page.get_by_label("Message to the customer").fill("A crew will inspect the road today.")
    page.get_by_role("button", name="Send message").click()
    page.get_by_text("Message queued for the customer.").wait_for()
    assert CustomerMessage.objects.filter(case=case).count() == 1

    page.locator("summary", has_text="Change status").click()
    page.get_by_label("New status").select_option("resolved")
    page.get_by_label("Resolution").fill("The pothole was filled on the same day.")
    page.get_by_role("button", name="Change status").click()
    page.get_by_text("Status changed.").wait_for()

    page.locator("summary", has_text="Change status").click()
    page.get_by_label("New status").select_option("closed")
    page.get_by_role("button", name="Change status").click()
    page.get_by_text("Status changed.").wait_for()
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    timeline = page.locator(".app-timeline").inner_text()
    for text in ("Case opened from Phone", "Asked the roads crew", "Resolved", "Closed"):
        assert text in timeline
    assert_accessible(page)

    page.get_by_role("link", name="Jordan Avery").click()
    page.get_by_role("heading", name="Jordan Avery").wait_for()
    assert case.reference in page.content()
    assert_accessible(page)

    page.goto(f"{base}/cases/?status=")
    page.get_by_role("link", name=case.reference).wait_for()
    assert_accessible(page)
    page.goto(f"{base}/cases/mine/")
    assert_accessible(page)
    page.goto(f"{base}/customers/")
    assert_accessible(page)


def test_a_refused_change_is_announced_in_the_page(
    page: Any, live_server: Any, agency: Any
) -> None:
    service = ServiceFactory(agency=agency, name="Licence enquiry")
    user = member(agency, Role.SUPERVISOR)
    from cases import services as case_services

    case = case_services.case_open(
        agency=agency, service=service, channel="phone", subject="Question", actor=user
    )
    sign_in(page, live_server.url, user.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    page.locator("summary", has_text="Change status").click()
    page.get_by_label("New status").select_option("resolved")
    page.get_by_role("button", name="Change status").click()
    page.get_by_text("Say how the case was resolved").wait_for()
    assert_accessible(page)
