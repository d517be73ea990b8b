"""Friction reports: staff raise them (from a case or anywhere), colleagues add one "me too"
each, managers triage them with an audited change and an in-app notice to the reporter."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Notification, OutboundEmail, Role, User
from feedback.models import FrictionReport, FrictionStatus, FrictionVote, Stage
from feedback.services.friction import friction_raise, friction_triage, friction_vote

from ..backoffice.factories import AgencyFactory
from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from .factories import FrictionReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(agency: Any) -> User:
    return member(agency, Role.MANAGER)


@pytest.fixture
def colleague(agency: Any) -> User:
    return member(agency, Role.CASEWORKER)


@pytest.fixture
def report(agency: Any, caseworker: User) -> FrictionReport:
    return friction_raise(
        agency=agency,
        actor=caseworker,
        title="The address form asks for data we already hold",
        stage=Stage.INTAKE,
    )


# Raising ---------------------------------------------------------------------------------------


def test_a_caseworker_raises_a_report_from_a_case_with_its_service(
    agency: Any, caseworker: User
) -> None:
    case = CaseFactory(agency=agency)

    report = friction_raise(
        agency=agency,
        actor=caseworker,
        title="  Two   systems need the same address  ",
        description="I type it twice on every licence.",
        stage=Stage.WORK,
        case=case,
    )

    assert report.title == "Two systems need the same address"
    assert report.service_id == case.service_id
    assert (report.case_id, report.stage, report.status, report.votes) == (
        case.pk,
        Stage.WORK,
        FrictionStatus.NEW,
        0,
    )
    event = AuditEvent.objects.get(action="friction.raise")
    assert (event.actor_id, event.agency_id, event.object_id) == (
        caseworker.pk,
        agency.pk,
        str(report.pk),
    )
    assert event.details["case"] == case.reference


def test_a_report_refuses_a_missing_title_and_a_service_or_case_of_another_agency(
    agency: Any, other_agency: Any, caseworker: User
) -> None:
    with pytest.raises(DomainError) as refused:
        friction_raise(
            agency=agency,
            actor=caseworker,
            title="   ",
            service=ServiceFactory(agency=other_agency),
            stage="lunch",
            case=CaseFactory(agency=other_agency),
        )

    assert refused.value.errors == {
        "title": ["Say in a few words what gets in the way."],
        "service": ["Choose one of this agency's services."],
        "stage": ["Choose one of the listed stages."],
        "case_reference": ["No case of this agency has that reference."],
    }
    assert not FrictionReport.objects.exists()


def test_only_staff_of_the_agency_raise_reports_there(agency: Any, other_agency: Any) -> None:
    with pytest.raises(DomainError) as refused:
        friction_raise(agency=agency, actor=member(other_agency, Role.MANAGER), title="Slow")
    assert refused.value.code == "forbidden"


def test_the_case_page_links_to_the_form_with_the_case_and_its_service_filled_in(
    agency: Any, caseworker: User, client_for: Any
) -> None:
    case = CaseFactory(agency=agency)
    client = client_for(caseworker)

    case_page = client.get(reverse("case_detail", args=[case.pk])).content.decode()
    link = f"{reverse('friction_new')}?case={case.pk}"
    assert f'href="{link}"' in case_page

    form = client.get(link).content.decode()
    assert f'value="{case.reference}"' in form
    assert re.search(rf'<option value="{case.service_id}" selected\s*>', form)


def test_the_form_cannot_prefill_a_case_of_another_agency(
    other_agency: Any, caseworker: User, client_for: Any
) -> None:
    foreign = CaseFactory(agency=other_agency)

    page = client_for(caseworker).get(f"{reverse('friction_new')}?case={foreign.pk}")

    assert page.status_code == 404


def test_the_form_saves_a_report_and_shows_clear_messages_when_refused(
    agency: Any, caseworker: User, client_for: Any
) -> None:
    client = client_for(caseworker)
    service = ServiceFactory(agency=agency, name="Liquor licence")
    case = CaseFactory(agency=agency, service=service)

    refused = client.post(
        reverse("friction_new"), {"title": "", "case_reference": "NOPE-2026-000001"}
    )
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "The report was not saved" in html
    assert 'href="#id_title"' in html
    assert "Say in a few words what gets in the way." in html
    assert "No case of this agency has that reference." in html
    assert not FrictionReport.objects.exists()

    saved = client.post(
        reverse("friction_new"),
        {
            "title": "The licence screen times out",
            "description": "After ten minutes the draft is lost.",
            "service": service.pk,
            "stage": Stage.WORK,
            "case_reference": case.reference.lower(),
        },
    )
    report = FrictionReport.objects.get()
    assert saved.status_code == 302
    assert saved["Location"] == reverse("friction_detail", args=[report.pk])
    assert (report.case_id, report.service_id, report.raised_by_id) == (
        case.pk,
        service.pk,
        caseworker.pk,
    )


# Votes -----------------------------------------------------------------------------------------


def test_a_colleague_says_me_too_once_however_often_they_press(
    report: FrictionReport, colleague: User
) -> None:
    friction_vote(report=report, actor=colleague)
    friction_vote(report=report, actor=colleague)

    report.refresh_from_db()
    assert report.votes == 1
    assert FrictionVote.objects.filter(report=report).count() == 1

    friction_vote(report=report, actor=colleague, agree=False)
    friction_vote(report=report, actor=colleague, agree=False)
    report.refresh_from_db()
    assert report.votes == 0
    assert not FrictionVote.objects.exists()
    assert list(
        AuditEvent.objects.filter(action__startswith="friction.").values_list("action", flat=True)
    ) == ["friction.unvote", "friction.vote", "friction.raise"]


def test_the_reporter_does_not_vote_on_their_own_report_nor_anyone_on_a_closed_one(
    report: FrictionReport, caseworker: User, colleague: User, manager: User
) -> None:
    with pytest.raises(DomainError, match="already counts for you"):
        friction_vote(report=report, actor=caseworker)
    friction_triage(report=report, actor=manager, status=FrictionStatus.FIXED, response="Done.")
    with pytest.raises(DomainError, match="closed"):
        friction_vote(report=report, actor=colleague)
    report.refresh_from_db()
    assert report.votes == 0


@pytest.mark.django_db(transaction=True)
def test_votes_pressed_at_once_count_each_person_once() -> None:
    agency = AgencyFactory()
    report = FrictionReportFactory(agency=agency, raised_by=member(agency, Role.CASEWORKER))
    voters = [member(agency, Role.CASEWORKER) for _ in range(3)]
    start = threading.Barrier(6)
    errors: list[BaseException] = []

    def press(user: User) -> None:
        try:
            start.wait(timeout=30)
            friction_vote(report=report, actor=user)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=press, args=(user,)) for user in voters * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    report.refresh_from_db()
    assert report.votes == 3 == FrictionVote.objects.filter(report=report).count()


def test_the_list_button_adds_and_takes_back_a_vote(
    report: FrictionReport, colleague: User, client_for: Any
) -> None:
    client = client_for(colleague)
    back = reverse("friction_list") + "?sort=votes"

    added = client.post(reverse("friction_vote", args=[report.pk]), {"agree": "1", "next": back})
    assert added["Location"] == back
    listing = client.get(back).content.decode()
    assert "Take back my “me too”" in listing
    client.post(reverse("friction_vote", args=[report.pk]), {"agree": "0", "next": back})

    report.refresh_from_db()
    assert report.votes == 0


# Triage ----------------------------------------------------------------------------------------


def test_a_manager_triages_a_report_audited_and_the_reporter_is_told_in_the_app(
    report: FrictionReport, manager: User, caseworker: User
) -> None:
    emails_before = OutboundEmail.objects.count()

    friction_triage(
        report=report,
        actor=manager,
        status=FrictionStatus.PLANNED,
        response="We will fill the address from the customer record in May.",
    )

    report.refresh_from_db()
    assert report.status == FrictionStatus.PLANNED
    assert report.responded_by_id == manager.pk
    assert report.responded_at is not None
    event = AuditEvent.objects.get(action="friction.triage")
    assert event.actor_id == manager.pk
    assert event.details["status"] == [FrictionStatus.NEW, FrictionStatus.PLANNED]
    note = Notification.objects.get(user=caseworker)
    assert note.kind == "friction.triage"
    assert note.link == reverse("friction_detail", args=[report.pk])
    assert "Fix planned" in note.title
    assert OutboundEmail.objects.count() == emails_before  # in the app only


def test_a_status_change_alone_keeps_the_earlier_response_and_its_author(
    report: FrictionReport, manager: User, agency: Any
) -> None:
    friction_triage(
        report=report, actor=manager, status=FrictionStatus.REVIEWING, response="Looking."
    )
    first = FrictionReport.objects.get(pk=report.pk)
    other_manager = member(agency, Role.ADMINISTRATOR)

    friction_triage(
        report=report, actor=other_manager, status=FrictionStatus.PLANNED, response="Looking."
    )

    report.refresh_from_db()
    assert report.status == FrictionStatus.PLANNED
    assert (report.responded_by_id, report.responded_at) == (manager.pk, first.responded_at)
    assert AuditEvent.objects.filter(action="friction.triage").count() == 2


def test_declining_needs_a_reason_and_nothing_changed_is_refused(
    report: FrictionReport, manager: User
) -> None:
    with pytest.raises(DomainError) as refused:
        friction_triage(report=report, actor=manager, status=FrictionStatus.DECLINED, response="")
    assert refused.value.field == "response"
    with pytest.raises(DomainError, match="Change the status or the response"):
        friction_triage(report=report, actor=manager, status=FrictionStatus.NEW, response="")
    assert not Notification.objects.exists()


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.SUPERVISOR])
def test_only_managers_and_administrators_triage(
    agency: Any, report: FrictionReport, role: str, client_for: Any
) -> None:
    person = member(agency, role)
    with pytest.raises(DomainError) as refused:
        friction_triage(report=report, actor=person, status=FrictionStatus.FIXED, response="")
    assert refused.value.code == "forbidden"

    page = client_for(person).post(
        reverse("friction_triage", args=[report.pk]), {"status": FrictionStatus.FIXED}
    )
    assert page.status_code == 403
    detail = client_for(person).get(reverse("friction_detail", args=[report.pk]))
    assert "Save and notify" not in detail.content.decode()
    report.refresh_from_db()
    assert report.status == FrictionStatus.NEW


def test_the_triage_form_shows_a_refusal_under_its_field(
    report: FrictionReport, manager: User, client_for: Any
) -> None:
    page = client_for(manager).post(
        reverse("friction_triage", args=[report.pk]),
        {"status": FrictionStatus.DECLINED, "response": ""},
    )

    assert page.status_code == 400
    html = page.content.decode()
    assert "The change was not saved" in html
    assert 'href="#id_response"' in html
    assert "Say why this will not change" in html


def test_the_manager_saves_triage_from_the_page(
    report: FrictionReport, manager: User, caseworker: User, client_for: Any
) -> None:
    saved = client_for(manager).post(
        reverse("friction_triage", args=[report.pk]),
        {"status": FrictionStatus.FIXED, "response": "The form now fills itself."},
    )

    assert saved.status_code == 302
    detail = client_for(caseworker).get(reverse("friction_detail", args=[report.pk]))
    html = detail.content.decode()
    assert "The form now fills itself." in html
    assert "Fixed" in html


# Isolation and the list ----------------------------------------------------------------------


def test_a_report_of_another_agency_is_a_404_everywhere(
    other_agency: Any, caseworker: User, client_for: Any
) -> None:
    foreign = FrictionReportFactory(agency=other_agency, title="Their problem")
    client = client_for(caseworker)

    assert client.get(reverse("friction_detail", args=[foreign.pk])).status_code == 404
    assert client.post(reverse("friction_vote", args=[foreign.pk])).status_code == 404
    assert (
        client.post(reverse("friction_triage", args=[foreign.pk]), {"status": "fixed"}).status_code
        == 404
    )
    assert "Their problem" not in client.get(reverse("friction_list")).content.decode()
    foreign.refresh_from_db()
    assert (foreign.votes, foreign.status) == (0, FrictionStatus.NEW)


def test_the_list_filters_searches_and_sorts_by_votes(
    agency: Any, caseworker: User, client_for: Any
) -> None:
    licences = ServiceFactory(agency=agency, name="Licences")
    permits = ServiceFactory(agency=agency, name="Permits")
    quiet = FrictionReportFactory(
        agency=agency, raised_by=caseworker, title="Printer jams", service=permits
    )
    popular = FrictionReportFactory(
        agency=agency, title="Address typed twice", service=licences, stage=Stage.INTAKE, votes=7
    )
    FrictionReportFactory(
        agency=agency, title="Old fixed thing", status=FrictionStatus.FIXED, service=licences
    )
    client = client_for(caseworker)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("friction_list"), {"sort": "votes"})
    for _ in range(20):
        FrictionReportFactory(agency=agency, title="Filler report", votes=1)

    with CaptureQueriesContext(connection) as many:
        page = client.get(reverse("friction_list"), {"sort": "votes"})
    assert len(many) == len(few), "the list makes a query per report"
    html = page.content.decode()
    assert (
        html.index("Address typed twice") < html.index("Filler report") < html.index("Printer jams")
    )
    assert "Old fixed thing" not in html

    by_service = client.get(reverse("friction_list"), {"service": licences.pk, "status": "all"})
    assert "Old fixed thing" in by_service.content.decode()
    assert "Printer jams" not in by_service.content.decode()
    by_stage = client.get(reverse("friction_list"), {"stage": Stage.INTAKE}).content.decode()
    assert "Address typed twice" in by_stage
    assert "Filler report" not in by_stage
    found = client.get(reverse("friction_list"), {"q": "printer"}).content.decode()
    assert "Printer jams" in found
    assert "Address typed twice" not in found
    assert popular.pk != quiet.pk


def test_the_list_pages_with_a_cursor(agency: Any, caseworker: User, client_for: Any) -> None:
    for number in range(30):
        FrictionReportFactory(agency=agency, title=f"Report {number:02d}")
    client = client_for(caseworker)

    first = client.get(reverse("friction_list"), {"sort": "newest"})
    assert first.context["page"].has_next
    second = client.get(
        reverse("friction_list"), {"sort": "newest", "after": first.context["page"].next_cursor}
    )
    shown = [r.pk for r in first.context["page"].items] + [
        r.pk for r in second.context["page"].items
    ]
    assert len(shown) == len(set(shown)) == 30
    assert client.get(reverse("friction_list"), {"after": "not-a-cursor"}).status_code == 302


def test_the_empty_list_invites_a_first_report(caseworker: User, client_for: Any) -> None:
    html = client_for(caseworker).get(reverse("friction_list")).content.decode()

    assert "No open friction reports." in html
    assert f'href="{reverse("friction_new")}"' in html
