"""The Content Security Policy in a real browser.

Every main page of every role loads and works under the policy without a single violation:
USWDS menus open, charts are drawn, htmx requests complete, the admin and the API docs run.
Then an attacker's script is put into a case page every way a browser allows (a script
element, an event handler attribute, a javascript: link, an inline style): none of it runs
and each attempt is reported, while a script carrying the page's nonce does run, which shows
the nonce in the header and the one in the page are the same; even that script cannot eval.

The listener for ``securitypolicyviolation`` events is an init script: Playwright adds it
through the DevTools protocol, so the policy under test does not apply to it.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from backoffice.models import Role
from backoffice.reports.rollups import local_day, rollup_agency_day
from cases.models import AttributeDatatype, Channel
from cases.services import intake
from feedback.links import invitation_path
from tests.backoffice.factories import PASSWORD, TeamFactory
from tests.cases.factories import ServiceAttributeFactory, ServiceFactory
from tests.feedback.factories import OfficeFactory, a11_like_survey, sent_invitation
from tests.routing.factories import QueueFactory

from ..admin_helpers import authenticator_for, enter_second_factor
from ..conftest import member
from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    disposition: event.disposition,
  });
});
"""


class PageWatch:
    """Violations, policy messages in the console and uncaught errors of one browser tab."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.console: list[str] = []
        self.errors: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _on_console(self, message: Any) -> None:
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def violations(self) -> list[dict[str, str]]:
        return list(self.page.evaluate("window.__cspViolations || []"))

    def assert_clean(self, where: str) -> None:
        assert self.violations() == [], f"{where}: {self.violations()}"
        assert self.console == [], f"{where}: {self.console}"
        assert self.errors == [], f"{where}: {self.errors}"

    def visit(self, url: str, *, heading: str | None = None) -> None:
        response = self.page.goto(url)
        assert response is not None
        assert response.status == 200, f"{url}: {response.status}"
        assert response.headers.get("content-security-policy"), url
        if heading:
            self.page.get_by_role("heading", level=1, name=heading).first.wait_for()
        self.page.wait_for_load_state("load")
        self.assert_clean(url)


def open_menu(page: Any, name: str) -> None:
    """Opens a primary navigation menu: USWDS's script shows its links."""
    nav = page.get_by_role("navigation", name="Primary navigation")
    button = nav.get_by_role("button", name=name)
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    controlled = page.locator(f"#{button.get_attribute('aria-controls')}")
    assert controlled.is_visible()
    button.click()


def canvas_is_drawn(page: Any, selector: str) -> bool:
    """Whether Chart.js painted anything on the canvas: some pixel is not transparent."""
    return bool(
        page.locator(selector).evaluate(
            """canvas => {
                const data = canvas.getContext("2d").getImageData(
                    0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < data.length; i += 4) { if (data[i]) return true; }
                return false;
            }"""
        )
    )


@pytest.fixture
def agency_with_work(agency: Any) -> dict[str, Any]:
    service = ServiceFactory(agency=agency, name="Street repair report")
    ServiceAttributeFactory(
        service=service,
        code="size",
        label="Pothole size",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        required=True,
        choices=[{"key": "small", "name": "Small"}, {"key": "large", "name": "Large"}],
    )
    team = TeamFactory(agency=agency)
    QueueFactory(agency=agency, team=team)
    caseworker = member(agency, Role.CASEWORKER, full_name="Casey Worker")
    cases = [
        intake.case_open(
            agency=agency,
            service=service,
            channel=channel,
            subject="Deep pothole outside the library",
            team=team,
            attributes={"size": "large"},
            actor=caseworker,
        )
        for channel in (Channel.PHONE, Channel.WEB)
    ]
    now = timezone.now()
    rollup_agency_day(agency=agency, day=local_day(agency, now), now=now)
    return {"service": service, "team": team, "caseworker": caseworker, "case": cases[0]}


def test_every_main_page_works_under_the_policy_without_a_violation(
    page: Any, live_server: Any, agency: Any, agency_with_work: dict[str, Any]
) -> None:
    base = live_server.url
    case = agency_with_work["case"]
    service = agency_with_work["service"]
    watch = PageWatch(page)

    # A citizen: the emailed survey, an office's survey, the public results.
    survey = a11_like_survey(agency=agency, service=service)
    invitation = sent_invitation(survey)
    watch.visit(f"{base}{invitation_path(invitation)}", heading="How did we do?")
    watch.visit(f"{base}{reverse('satisfaction_index')}")
    watch.visit(f"{base}{reverse('login')}")
    watch.visit(f"{base}{reverse('privacy_index')}")
    watch.visit(f"{base}{reverse('privacy_agency', args=[agency.slug])}")

    # A caseworker: home, the case list, a case, a new case with its service's questions.
    sign_in(page, base, agency_with_work["caseworker"].email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    watch.assert_clean("home")
    open_menu(page, "Cases")
    watch.visit(f"{base}{reverse('case_list')}?status=")
    page.get_by_role("link", name=case.reference).wait_for()
    watch.visit(f"{base}{reverse('case_detail', args=[case.pk])}")
    page.locator("summary", has_text="Change status").click()
    assert page.get_by_label("New status").is_visible()
    watch.visit(f"{base}{reverse('case_new')}", heading="New case")
    # htmx fetches the service's questions and swaps them in.
    page.get_by_label("Service").select_option(label="Street repair report")
    page.get_by_label("Pothole size").wait_for()
    for name in ("customer_list", "my_cases", "routing_me", "notifications", "friction_new"):
        watch.visit(f"{base}{reverse(name)}")
    watch.assert_clean("caseworker pages")
    page.context.clear_cookies()

    # A supervisor: the wallboard (htmx refreshes it), people, office codes and a poster.
    supervisor = member(agency, Role.SUPERVISOR)
    office = OfficeFactory(agency=agency, name="Downtown counter", team=agency_with_work["team"])
    sign_in(page, base, supervisor.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    watch.visit(f"{base}{reverse('wallboard')}")
    with page.expect_response(
        lambda r: "/routing/wallboard/" in r.url and r.ok and r.request.headers.get("hx-request")
    ):
        page.get_by_label("Team").select_option(index=1)
    watch.visit(f"{base}{reverse('people')}")
    watch.visit(f"{base}{reverse('survey_offices')}")
    watch.visit(f"{base}{reverse('survey_office_poster', args=[office.pk, survey.pk, service.pk])}")
    assert page.locator(".app-poster").evaluate("e => getComputedStyle(e).textAlign") == "center"
    watch.assert_clean("supervisor pages")
    page.context.clear_cookies()

    # A manager: the dashboard draws its charts from the tables.
    manager = member(agency, Role.MANAGER)
    sign_in(page, base, manager.email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    watch.visit(f"{base}{reverse('reports_dashboard')}", heading="Reports")
    page.locator("[data-chart-for='table-trend'] canvas").wait_for()
    assert canvas_is_drawn(page, "[data-chart-for='table-trend'] canvas")
    open_menu(page, "Reports")
    watch.visit(f"{base}{reverse('feedback_results')}")
    watch.assert_clean("manager pages")
    page.context.clear_cookies()

    # A new administrator is asked to set up an authenticator app: its QR code is inline SVG.
    newcomer = member(agency, Role.ADMINISTRATOR, is_staff=True)
    sign_in(page, base, newcomer.email, PASSWORD)
    page.wait_for_url(f"**{reverse('second_factor_setup')}**")
    assert page.locator("main svg").count() == 1
    watch.assert_clean("authenticator set-up")
    page.context.clear_cookies()

    # An administrator: the second factor, the audit log, the admin and the API documentation.
    administrator = member(agency, Role.ADMINISTRATOR, is_staff=True, is_superuser=True)
    authenticator_for(administrator)
    sign_in(page, base, administrator.email, PASSWORD)
    page.wait_for_url(f"**{reverse('second_factor')}**")
    watch.assert_clean("second factor")
    enter_second_factor(page, administrator)
    page.get_by_role("heading", name="Welcome").wait_for()
    watch.visit(f"{base}{reverse('audit_log')}")
    watch.visit(f"{base}/{settings.ADMIN_PATH}")
    watch.visit(f"{base}{reverse('admin:cases_service_change', args=[service.pk])}")
    page.locator("#service_form").wait_for()
    watch.visit(f"{base}{reverse('api_docs')}")
    page.locator(".swagger-ui .info .title").wait_for()
    watch.assert_clean("administrator pages")


def test_an_injected_script_does_not_run_and_is_reported(
    page: Any, live_server: Any, agency_with_work: dict[str, Any]
) -> None:
    base = live_server.url
    case = agency_with_work["case"]
    watch = PageWatch(page)
    sign_in(page, base, agency_with_work["caseworker"].email, PASSWORD)
    page.get_by_role("heading", name="Welcome").wait_for()
    watch.visit(f"{base}{reverse('case_detail', args=[case.pk])}")

    # A note is shown as text: the markup never reaches the page as markup.
    hostile = '<script>window.__pwned = "note"</script><img src=x onerror="window.__pwned=1">'
    page.get_by_label("Internal note").fill(hostile)
    page.get_by_role("button", name="Add note").click()
    page.get_by_text("Note added.").wait_for()
    assert page.get_by_text(hostile).count() >= 1
    watch.assert_clean("a hostile note")

    # As if the escaping had failed: markup put into the page by an attacker.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.__pwned = 'script element'";
            document.body.appendChild(script);

            const button = document.createElement("button");
            button.setAttribute("onclick", "window.__pwned = 'event handler'");
            document.body.appendChild(button);
            button.click();

            const link = document.createElement("a");
            link.href = "javascript:window.__pwned = 'javascript url'";
            document.body.appendChild(link);
            link.click();

            const holder = document.createElement("div");
            holder.innerHTML = '<img src="data:image/png;base64,AAAA" ' +
                'onerror="window.__pwned = \\'image error\\'">';
            document.body.appendChild(holder);

            const styled = document.createElement("p");
            styled.setAttribute("style", "color: rgb(255, 0, 0)");
            styled.textContent = "styled";
            document.body.appendChild(styled);
            const sheet = document.createElement("style");
            sheet.textContent = "main { display: none }";
            document.head.appendChild(sheet);
        }"""
    )
    page.wait_for_function("() => window.__cspViolations.length >= 6")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main").is_visible()
    assert page.get_by_text("styled", exact=True).evaluate("e => getComputedStyle(e).color") != (
        "rgb(255, 0, 0)"
    )
    violations = watch.violations()
    assert [v["directive"] for v in violations].count("script-src-elem") == 2  # element, URL
    assert [v["directive"] for v in violations].count("script-src-attr") == 2  # two handlers
    assert {v["directive"] for v in violations} >= {"style-src-attr", "style-src-elem"}
    assert all(v["disposition"] == "enforce" for v in violations)

    # A script carrying the page's nonce (read from one of the page's script tags) runs, so
    # the nonce in the page is the one in the header; even it cannot evaluate a string.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.nonce = document.querySelector("script[nonce]").nonce;
            // The eval waits for a timer: during page.evaluate itself DevTools allows eval.
            script.textContent = `
                window.__trusted = "ran";
                setTimeout(() => {
                    try { eval("window.__pwned = 'eval'"); } catch (error) {
                        window.__evalRefused = error.name;
                    }
                }, 0);`;
            document.body.appendChild(script);
        }"""
    )
    assert page.evaluate("window.__trusted") == "ran"
    page.wait_for_function("() => window.__evalRefused || window.__pwned")
    assert page.evaluate("window.__evalRefused") == "EvalError"
    assert page.evaluate("window.__pwned") is None
    page.wait_for_function("() => window.__cspViolations.length >= 7")
    assert watch.violations()[-1]["directive"] == "script-src"
