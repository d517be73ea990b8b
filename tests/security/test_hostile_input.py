"""Script, HTML and template syntax typed by citizens and staff is shown as text everywhere.

Every free-text field that people fill in (case subjects and descriptions, notes,
customer names, intake answers, messages, survey comments, friction reports, queue and
service names) carries the same hostile text. Each page that shows it must escape it,
no template syntax in it may be evaluated, emails (plain text only) must carry it
literally, and no CSV export may hand a spreadsheet a formula.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import timedelta
from email import message_from_string
from typing import Any
from xml.etree import ElementTree

import pytest
from django.core import mail
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from backoffice import services as backoffice_services
from backoffice.errors import DomainError
from backoffice.exports import csv_lines, safe_cell
from backoffice.models import OutboundEmail, Role
from backoffice.reports.rollups import rollup_recent
from cases import services
from cases.models import Case, CaseStatus, Channel, Customer
from feedback.models import Audience, Measure, QuestionKind, SurveyAnswer, SurveyResponse
from feedback.services import dispatch
from feedback.services.friction import friction_raise, friction_triage
from feedback.services.pulse import pulse_answer, pulse_round_close, pulse_round_open
from routing.models import QueueMode

from ..backoffice.factories import TeamFactory
from ..cases.factories import CustomerFactory, ServiceAttributeFactory, ServiceFactory
from ..conftest import member
from ..feedback.factories import (
    QuestionFactory,
    SurveyFactory,
    SurveyInvitationFactory,
    pulse_survey,
)
from ..routing.factories import QueueFactory, RoutingRuleFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<script>alert(1)</script> <img src=x onerror=alert(1)> "><svg/onload=alert(1)> '
    "{{ request.user.password }} {% debug %} zq{{7*7}} javascript:alert(1)"
)
# What a page may never contain: live markup from the text, or the template evaluated.
RAW = ("<script>alert(1)", "<img src=x onerror", "<svg/onload", "zq49")


def hostile(label: str) -> str:
    return f"{label} {HOSTILE}"


def hostile_name(label: str) -> str:
    """The hostile text cut to fit a name column (120 characters)."""
    return f"{label} <script>alert(1)</script><img src=x onerror=alert(1)>zq{{{{7*7}}}}{{{{ x }}}}"


def escaped(label: str) -> str:
    """The start of hostile(label) as escaped HTML text (what a page must show)."""
    return f"{label} &lt;script&gt;alert(1)&lt;/script&gt;"


@dataclass
class World:
    agency: Any
    administrator: Any
    client: Client
    service: Any
    customer: Customer
    case: Case
    queue: Any


@pytest.fixture
def scene(agency: Any, settings: Any, tmp_path: Any) -> World:
    settings.MEDIA_ROOT = tmp_path
    administrator = member(
        agency, Role.ADMINISTRATOR, is_staff=True, full_name="PERSON <script>alert(1)</script>"
    )
    team = TeamFactory(agency=agency, name=hostile_name("TEAM"))
    service = ServiceFactory(agency=agency, name=hostile_name("SVC"), default_team=team)
    ServiceAttributeFactory(service=service, code="detail", label=hostile_name("ATTRLABEL"))
    queue = QueueFactory(agency=agency, team=team, name=hostile_name("QUEUE"), mode=QueueMode.PULL)
    RoutingRuleFactory(agency=agency, service=service, queue=queue)
    queue.members.add(administrator)
    customer = CustomerFactory(
        agency=agency, name=hostile_name("CUST"), email="resident@example.org"
    )
    case = services.case_open(
        agency=agency,
        service=service,
        channel=Channel.PHONE,
        subject=hostile("SUBJ"),
        description=hostile("DESC"),
        customer=customer,
        attributes={"detail": hostile("ATTR")},
        address=hostile_name("ADDR"),
        actor=administrator,
    )
    services.case_assign(case=case, assignee=administrator, actor=administrator)
    services.case_add_note(case=case, body=hostile("NOTE"), actor=administrator)
    services.case_message_customer(
        case=case, subject=hostile("MSGSUBJ"), body=hostile("MSGBODY"), actor=administrator
    )
    text = b"Plain words.\n"
    services.case_add_attachment(
        case=case,
        upload=io.BytesIO(text),
        name="<img src=x onerror=alert(1)> FILE.txt",
        size=len(text),
        actor=administrator,
    )
    client = Client()
    client.force_login(administrator)
    return World(agency, administrator, client, service, customer, case, queue)


def assert_shown_as_text(
    html: str, *labels: str, password: str = "", literal_template: bool = True
) -> None:
    for raw in RAW:
        assert raw not in html, f"{raw!r} reached the page unescaped"
    if password:
        assert password not in html
    for label in labels:
        assert escaped(label) in html, f"{label} is not shown as escaped text"
    if labels and literal_template:
        assert "zq{{7*7}}" in html


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


# Pages ------------------------------------------------------------------------------------


def test_the_case_page_shows_every_field_as_text(scene: World) -> None:
    html = page(scene.client, f"/cases/{scene.case.pk}/")

    assert_shown_as_text(
        html,
        "SUBJ",
        "DESC",
        "NOTE",
        "MSGBODY",
        "CUST",
        "ATTR",
        "ADDR",
        "SVC",
        password=scene.administrator.password,
    )
    assert "&lt;img src=x onerror=alert(1)&gt; FILE.txt" in html


def test_case_lists_and_search_show_the_text_and_the_query_escaped(scene: World) -> None:
    for url in ("/cases/", "/cases/mine/", "/cases/?status="):
        assert_shown_as_text(page(scene.client, url), "SUBJ")
    search = page(scene.client, "/cases/?status=&q=" + "SUBJ")
    assert_shown_as_text(search, "SUBJ")
    # The query itself is echoed in the search box: escaped inside the attribute.
    reflected = page(scene.client, '/cases/?q="><script>alert(1)</script>')
    assert_shown_as_text(reflected)
    assert "&quot;&gt;&lt;script&gt;alert(1)" in reflected


def test_the_customer_pages_show_the_name_as_text(scene: World) -> None:
    assert_shown_as_text(page(scene.client, f"/customers/{scene.customer.pk}/"), "CUST")
    assert_shown_as_text(page(scene.client, "/customers/?q=CUST"), "CUST")
    reflected = page(scene.client, '/customers/?q="><svg/onload=alert(1)>')
    assert_shown_as_text(reflected)


def test_the_wallboard_and_reports_show_names_as_text(scene: World) -> None:
    assert_shown_as_text(page(scene.client, "/routing/wallboard/"), "QUEUE")
    for url in ("/reports/", "/reports/people/", "/reports/cx/", "/reports/workforce/"):
        response = scene.client.get(url)
        if response.status_code == 404:
            continue
        assert response.status_code == 200, url
        assert_shown_as_text(response.content.decode())
    blueprint = page(scene.client, f"/reports/blueprint/{scene.service.pk}/")
    assert_shown_as_text(blueprint, "SVC")


def test_survey_comments_show_as_text_on_the_results_page(scene: World) -> None:
    survey = SurveyFactory(
        agency=scene.agency, audience=Audience.CUSTOMER, title=hostile_name("SURV")
    )
    comment = QuestionFactory(survey=survey, kind=QuestionKind.TEXT, measure=Measure.COMMENT)
    response = SurveyResponse.objects.create(
        survey=survey,
        agency=scene.agency,
        service=scene.service,
        channel=Channel.WEB,
        submitted_at=timezone.now() - timedelta(hours=1),
    )
    SurveyAnswer.objects.create(response=response, question=comment, text=hostile("COMMENT"))

    html = page(scene.client, "/feedback/results/")

    assert_shown_as_text(html, "COMMENT")


def test_friction_reports_and_the_notification_show_as_text(scene: World) -> None:
    reporter = member(scene.agency, Role.CASEWORKER)
    report = friction_raise(
        agency=scene.agency,
        actor=reporter,
        title=hostile("FRICTITLE"),
        description=hostile("FRICDESC"),
        service=scene.service,
    )
    friction_triage(
        report=report, actor=scene.administrator, status="planned", response=hostile("FRICRESP")
    )

    assert_shown_as_text(page(scene.client, "/feedback/friction/"), "FRICTITLE")
    assert_shown_as_text(
        page(scene.client, f"/feedback/friction/{report.pk}/"), "FRICTITLE", "FRICDESC", "FRICRESP"
    )
    reporter_client = Client()
    reporter_client.force_login(reporter)
    assert_shown_as_text(page(reporter_client, "/notifications/"), "FRICTITLE")


def test_the_admin_shows_the_text_on_lists_and_change_pages(scene: World) -> None:
    scene.administrator.is_superuser = True
    scene.administrator.save(update_fields=["is_superuser"])
    checks = [
        ("/admin/cases/case/", ["SUBJ"]),
        (f"/admin/cases/case/{scene.case.pk}/change/", ["SUBJ"]),
        ("/admin/cases/customer/", ["CUST"]),
        (f"/admin/cases/customer/{scene.customer.pk}/change/", []),
        ("/admin/cases/service/", ["SVC"]),
        ("/admin/routing/queue/", ["QUEUE"]),
    ]
    for url, labels in checks:
        html = page(scene.client, url)
        assert_shown_as_text(html, *labels, literal_template=False)
    change = page(scene.client, f"/admin/cases/customer/{scene.customer.pk}/change/")
    # In a form field the text is an attribute value or textarea content, escaped too.
    assert "CUST &lt;script&gt;alert(1)&lt;/script&gt;" in change


# Links ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "//x"]
)
def test_a_media_link_must_be_a_web_address(scene: World, url: str) -> None:
    with pytest.raises(DomainError) as error:
        services.case_open(
            agency=scene.agency,
            service=scene.service,
            channel=Channel.PHONE,
            subject="Lamp out",
            media_url=url,
            actor=scene.administrator,
        )
    assert error.value.field == "media_url"


# Emails -----------------------------------------------------------------------------------


def sent(kind: str) -> Any:
    """The message Django's mail backend got for the outbox row of *kind*."""
    email = OutboundEmail.objects.filter(kind=kind).latest("pk")
    mail.outbox.clear()
    backoffice_services.email_send(email_id=email.pk)
    [message] = mail.outbox
    return message


def assert_plain_text_with_the_literal(message: Any, *labels: str) -> None:
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", [])
    body = message.body
    for label in labels:
        assert hostile(label) in body or hostile(label)[:190] in body
    assert "&lt;" not in body  # plain text is not escaped: it is shown as typed
    assert "zq49" not in body


def test_customer_emails_are_plain_text_with_the_text_as_typed(scene: World) -> None:
    acknowledgement = sent("case.acknowledgement")
    assert_plain_text_with_the_literal(acknowledgement, "SUBJ")

    message = sent("case.message")
    assert_plain_text_with_the_literal(message, "MSGBODY")
    assert "MSGSUBJ <script>alert(1)</script>" in message.subject

    services.case_change_status(
        case=scene.case,
        status=CaseStatus.RESOLVED,
        resolution=hostile("RESOLVED"),
        actor=scene.administrator,
    )
    assert_plain_text_with_the_literal(sent("case.resolution"), "SUBJ", "RESOLVED")


def test_a_line_break_in_a_subject_cannot_add_a_mail_header(scene: World) -> None:
    services.case_message_customer(
        case=scene.case,
        subject="Your lamp\r\nBcc: everyone@example.net\r\n\r\n<b>hi</b>",
        body="Fixed.",
        actor=scene.administrator,
    )

    message = sent("case.message")

    parsed = message_from_string(message.message().as_string())
    assert parsed["Bcc"] is None
    assert message.recipients() == ["resident@example.org"]
    assert "\n" not in message.subject
    assert "\r" not in message.subject
    assert message.subject.startswith("Your lamp Bcc: everyone@example.net <b>hi</b>")


def test_survey_invitations_carry_titles_and_names_as_typed(scene: World) -> None:
    survey = SurveyFactory(agency=scene.agency, title=hostile_name("SURVEYTITLE"))
    invitation = SurveyInvitationFactory(survey=survey, case=scene.case, customer=scene.customer)

    for kind in (dispatch.INVITATION_KIND, dispatch.REMINDER_KIND):
        email = dispatch._email(invitation, kind=kind)
        assert hostile_name("SURVEYTITLE") in email.body
        assert hostile_name("SVC") in email.body
        assert "&lt;" not in email.body
        assert "&quot;" not in email.body
        assert "zq49" not in email.body
        assert "zq49" not in email.subject
        assert "\n" not in email.subject


# CSV exports ------------------------------------------------------------------------------

FORMULAS = [
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\uff1d1+2",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_is_defused(text: str) -> None:
    assert safe_cell(text) == "'" + text
    [line] = list(csv_lines([], [[text]]))[1:]
    assert next(csv.reader(io.StringIO(line)))[0].startswith("'")


@pytest.mark.parametrize("value", ["Lamp out", "", "1+2", "a=b", -20, 3.5, 0])
def test_ordinary_cells_and_our_numbers_are_kept(value: object) -> None:
    assert safe_cell(value) == value


def csv_urls() -> set[str]:
    """The route of every CSV download in the URL configuration."""
    found: set[str] = set()

    def walk(patterns: list[Any], prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and (
                route.endswith(".csv") or (pattern.name or "").endswith("_csv")
            ):
                found.add(route)

    walk(get_resolver().url_patterns, "")
    return found


# Each CSV download and how this test fetches it with hostile names in its rows.
CSV_DOWNLOADS = {
    "reports/dashboard.csv": "/reports/dashboard.csv?table={table}",
    "reports/people.csv": "/reports/people.csv",
    "reports/cx.csv": "/reports/cx.csv",
    "reports/workforce/intervals.csv": (
        "/reports/workforce/intervals.csv?queue={queue}&day={today}"
    ),
    "reports/blueprint/<int:service_id>/blueprint.csv": (
        "/reports/blueprint/{service}/blueprint.csv"
    ),
    "feedback/results/results.csv": "/feedback/results/results.csv?by=service",
    "satisfaction/<slug:slug>/results.csv": "/satisfaction/{slug}/results.csv",
    "audit/events.csv": "/audit/events.csv",
}


def test_every_csv_download_is_checked_here() -> None:
    assert csv_urls() <= set(CSV_DOWNLOADS), (
        "A CSV download is not checked for formula injection; add it to CSV_DOWNLOADS: "
        f"{sorted(csv_urls() - set(CSV_DOWNLOADS))}"
    )


def csv_cells(response: Any) -> list[str]:
    content = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    return [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]


def test_no_csv_download_hands_a_spreadsheet_a_formula(scene: World) -> None:
    formula = '=HYPERLINK("http://example.invalid","x")'
    scene.service.name = formula
    scene.service.save(update_fields=["name"])
    scene.queue.name = "+" + formula
    scene.queue.save(update_fields=["name"])
    scene.administrator.full_name = "@" + formula
    scene.administrator.save(update_fields=["full_name"])
    survey = SurveyFactory(agency=scene.agency, audience=Audience.CUSTOMER)
    trust = QuestionFactory(survey=survey, measure=Measure.TRUST)
    for _each in range(12):
        answered = SurveyResponse.objects.create(
            survey=survey,
            agency=scene.agency,
            service=scene.service,
            channel=Channel.WEB,
            submitted_at=timezone.now() - timedelta(hours=2),
        )
        SurveyAnswer.objects.create(response=answered, question=trust, number=5)
    # A read of the customer's page is audited under the customer's name.
    scene.customer.name = "-" + formula
    scene.customer.save(update_fields=["name"])
    page(scene.client, f"/customers/{scene.customer.pk}/")
    rollup_recent(now=timezone.now())
    today = timezone.localdate().isoformat()
    values = {
        "queue": scene.queue.pk,
        "service": scene.service.pk,
        "slug": scene.agency.slug,
        "today": today,
    }
    urls = [url.format(table="services", **values) for url in CSV_DOWNLOADS.values()]
    urls.append(CSV_DOWNLOADS["reports/dashboard.csv"].format(table="people"))
    checked = 0
    csv_cells_of: dict[str, list[str]] = {}
    defused: set[str] = set()
    for url in urls:
        response = scene.client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert response["Content-Type"].startswith("text/csv")
        csv_cells_of[url] = csv_cells(response)
        for cell in csv_cells_of[url]:
            assert not cell.startswith(("=", "+", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff20")), (
                url,
                cell,
            )
            if cell.startswith("-"):
                float(cell)  # only our own negative numbers
        if any(cell.startswith(("'=", "'+", "'@", "'-")) for cell in csv_cells_of[url]):
            defused.add(url)
        checked += 1
    # The downloads whose rows carry the names typed above: each had one to defuse.
    assert {url.split("?")[0] for url in defused} >= {
        "/audit/events.csv",
        "/feedback/results/results.csv",
        "/reports/workforce/intervals.csv",
        f"/satisfaction/{scene.agency.slug}/results.csv",
    }
    assert checked == len(urls)


# Open311 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_open311_documents_carry_the_text_as_data(scene: World, fmt: str) -> None:
    slug = scene.agency.slug
    services_doc = Client().get(f"/open311/v2/services.{fmt}?jurisdiction_id={slug}")
    request_doc = Client().get(
        f"/open311/v2/requests/{scene.case.reference}.{fmt}?jurisdiction_id={slug}"
    )

    for response in (services_doc, request_doc):
        assert response.status_code == 200
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "zq49" not in response.content.decode()
    if fmt == "xml":
        assert "<script>" not in services_doc.content.decode()
        root = ElementTree.fromstring(services_doc.content)  # noqa: S314  (our own answer)
        names = [element.text for element in root.iter("service_name")]
    else:
        # JSON is data, not markup: the text as typed, served as JSON that is never sniffed.
        assert services_doc["Content-Type"].startswith("application/json")
        names = [row["service_name"] for row in services_doc.json()]
    assert hostile_name("SVC") in names


def test_pulse_comments_show_as_text_on_the_round_results(scene: World) -> None:
    survey = pulse_survey(scene.agency)
    now = timezone.now()
    pulse_round = pulse_round_open(
        survey=survey,
        opens_at=now - timedelta(hours=1),
        closes_at=now + timedelta(hours=1),
        actor=scene.administrator,
    )
    comment = survey.questions.get(measure=Measure.COMMENT)
    for index in range(6):
        pulse_answer(
            pulse_round=pulse_round,
            user=member(scene.agency, Role.CASEWORKER),
            answers={comment.pk: hostile(f"PULSE{index}")},
        )
    pulse_round_close(pulse_round=pulse_round, actor=scene.administrator)

    html = page(scene.client, f"/feedback/pulse/rounds/{pulse_round.pk}/results/")

    assert_shown_as_text(html, *(f"PULSE{index}" for index in range(6)))
