"""Subject access: a full copy of one customer's data, nobody else's, recorded in the audit."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backoffice.models import AuditEvent, OutboundEmail, Role
from cases.models import (
    AttributeDatatype,
    CaseAttachment,
    CaseEvent,
    CustomerMessage,
    EventKind,
    MessageDirection,
)
from cases.subject_access import subject_access_document
from feedback.models import QuestionKind

from ..backoffice.factories import MembershipFactory
from ..conftest import member
from ..feedback.factories import (
    QuestionFactory,
    SurveyAnswerFactory,
    SurveyFactory,
    SurveyInvitationFactory,
    SurveyResponseFactory,
)
from .factories import (
    CaseFactory,
    CaseNoteFactory,
    CustomerFactory,
    ServiceAttributeFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


def _fill_case(case: Any, author: Any, marker: str) -> None:
    """A note, a message each way, an attachment and a timeline event, each carrying *marker*."""
    CaseNoteFactory(case=case, author=author, body=f"note {marker}")
    CustomerMessage.objects.create(
        case=case,
        direction=MessageDirection.OUTBOUND,
        channel="email",
        subject=f"subject {marker}",
        body=f"message {marker}",
        author=author,
    )
    CustomerMessage.objects.create(
        case=case, direction=MessageDirection.INBOUND, channel="phone", body=f"reply {marker}"
    )
    CaseAttachment.objects.create(
        case=case,
        file=f"attachments/{marker}",
        original_name=f"file-{marker}.pdf",
        content_type="application/pdf",
        size=2048,
        sha256="0" * 64,
        uploaded_by=author,
    )
    CaseEvent.objects.create(case=case, kind=EventKind.OPENED, summary=f"event {marker}")


@pytest.fixture
def supervisor(agency: Any) -> Any:
    return member(agency, Role.SUPERVISOR)


@pytest.fixture
def held(agency: Any, other_agency: Any, supervisor: Any) -> dict[str, Any]:
    """A customer with two full cases, a survey answered, an email; and two other people."""
    service = ServiceFactory(agency=agency, name="Noise complaint")
    ServiceAttributeFactory(
        service=service,
        code="when",
        label="When does the noise happen?",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        choices=[{"key": "night", "name": "At night"}, {"key": "day", "name": "By day"}],
    )
    customer = CustomerFactory(agency=agency, name="Robin Data", email="robin@example.org")
    first = CaseFactory(
        agency=agency,
        service=service,
        customer=customer,
        subject="Loud music next door",
        attributes={"when": "night"},
    )
    second = CaseFactory(agency=agency, service=service, customer=customer, subject="Barking dog")
    _fill_case(first, supervisor, "mine-1")
    _fill_case(second, supervisor, "mine-2")

    survey = SurveyFactory(agency=agency, title="How did we do?")
    comment = QuestionFactory(survey=survey, kind=QuestionKind.TEXT, text="Anything else?")
    invitation = SurveyInvitationFactory(survey=survey, case=first, status="answered")
    response = SurveyResponseFactory(survey=survey, invitation=invitation, case=first)
    SurveyAnswerFactory(response=response, question=comment, text="comment mine-survey")
    OutboundEmail.objects.create(
        agency=agency, to="ROBIN@example.org", subject="Your case mine-email", body="b", kind="x"
    )

    neighbour = CustomerFactory(agency=agency, name="Other Person", email="other@example.org")
    _fill_case(CaseFactory(agency=agency, customer=neighbour), supervisor, "theirs")
    OutboundEmail.objects.create(
        agency=agency, to="other@example.org", subject="theirs-email", body="b", kind="x"
    )
    stranger = CustomerFactory(agency=other_agency, name="Robin Data", email="robin@example.org")
    foreign_staff = member(other_agency, Role.CASEWORKER)
    _fill_case(CaseFactory(agency=other_agency, customer=stranger), foreign_staff, "foreign")
    OutboundEmail.objects.create(
        agency=other_agency, to="robin@example.org", subject="foreign-email", body="b", kind="x"
    )
    return {"customer": customer, "cases": [first, second], "neighbour": neighbour}


def _export(client: Any, customer: Any) -> dict[str, Any]:
    response = client.get(reverse("customer_subject_access_json", args=[customer.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


def test_the_json_copy_holds_every_case_note_message_file_and_survey_answer(
    client_for: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    document = _export(client_for(supervisor), held["customer"])

    assert document["customer"]["name"] == "Robin Data"
    assert document["customer"]["email"] == "robin@example.org"
    cases = {case["reference"]: case for case in document["cases"]}
    assert set(cases) == {case.reference for case in held["cases"]}
    for marker, case in zip(("mine-1", "mine-2"), held["cases"], strict=True):
        data = cases[case.reference]
        assert data["notes"] == [
            {
                "created_at": data["notes"][0]["created_at"],
                "internal": True,
                "body": f"note {marker}",
                "by": data["notes"][0]["by"],
            }
        ]
        assert [m["body"] for m in data["messages"]] == [f"message {marker}", f"reply {marker}"]
        assert data["attachments"][0]["name"] == f"file-{marker}.pdf"
        assert data["attachments"][0]["size_bytes"] == 2048
        assert data["attachments"][0]["content_type"] == "application/pdf"
        assert data["attachments"][0]["uploaded_at"]
        assert f"event {marker}" in [event["summary"] for event in data["timeline"]]
    loud = cases[held["cases"][0].reference]
    assert loud["attributes"] == [
        {
            "code": "when",
            "question": "When does the noise happen?",
            "answer": "night",
            "answer_display": "At night",
        }
    ]
    assert loud["survey_invitations"][0]["status"] == "answered"
    answers = loud["survey_responses"][0]["answers"]
    assert [a["text"] for a in answers] == ["comment mine-survey"]
    assert [e["subject"] for e in document["emails"]] == ["Your case mine-email"]


def test_the_copy_holds_nothing_of_another_customer_or_agency(
    client_for: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    response = client_for(supervisor).get(
        reverse("customer_subject_access_json", args=[held["customer"].pk])
    )
    text = response.content.decode()
    assert "mine-1" in text
    for foreign in ("theirs", "foreign", "Other Person", "other@example.org"):
        assert foreign not in text


def test_the_printable_copy_shows_the_same_content_with_notes_marked_internal(
    client_for: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    first = held["cases"][0]
    CaseNoteFactory(case=first, author=supervisor, body="<script>alert(1)</script>")
    response = client_for(supervisor).get(
        reverse("customer_subject_access", args=[held["customer"].pk])
    )
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "note mine-1",
        "reply mine-2",
        "file-mine-1.pdf",
        "comment mine-survey",
        "At night",
        "Your case mine-email",
        "Internal notes",
    ):
        assert text in html
    assert "theirs" not in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<h1") == 1


def test_the_saved_file_is_a_standalone_attachment_without_the_session_token(
    client_for: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    response = client_for(supervisor).get(
        reverse("customer_subject_access", args=[held["customer"].pk]), {"download": "1"}
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".html" in response["Content-Disposition"]
    html = response.content.decode()
    assert "note mine-2" in html
    assert "csrf" not in html.lower()
    assert "<script" not in html


def test_every_export_is_recorded_in_the_audit_log(
    client_for: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    customer = held["customer"]
    client = client_for(supervisor)
    _export(client, customer)
    client.get(reverse("customer_subject_access", args=[customer.pk]))
    client.get(reverse("customer_subject_access", args=[customer.pk]), {"download": "1"})

    events = AuditEvent.objects.filter(action="customer.export").order_by("id")
    assert [event.details["format"] for event in events] == ["json", "html", "html-file"]
    for event in events:
        assert event.actor == supervisor
        assert event.agency == customer.agency
        assert (event.object_type, event.object_id) == ("cases.customer", str(customer.pk))
        assert event.details["cases"] == 2


def test_earlier_reads_of_the_customer_appear_in_the_copy(
    client_for: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    customer = held["customer"]
    client = client_for(supervisor)
    client.get(reverse("customer_detail", args=[customer.pk]))
    client.get(reverse("customer_detail", args=[held["neighbour"].pk]))
    document = _export(client, customer)
    reads = [e for e in document["audit_events"] if e["action"] == "customer.read"]
    assert len(reads) == 1
    assert reads[0]["by"] == supervisor.email
    assert reads[0]["object"] == "Robin Data"
    assert "ip_address" not in reads[0]


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMINISTRATOR])
def test_managers_and_administrators_may_export(
    client_for: Any, agency: Any, held: dict[str, Any], role: str
) -> None:
    _export(client_for(member(agency, role)), held["customer"])


def test_a_caseworker_is_refused_and_not_offered_the_export(
    client_for: Any, caseworker: Any, supervisor: Any, held: dict[str, Any]
) -> None:
    customer = held["customer"]
    client = client_for(caseworker)
    for name in ("customer_subject_access", "customer_subject_access_json"):
        assert client.get(reverse(name, args=[customer.pk])).status_code == 403
    assert not AuditEvent.objects.filter(action="customer.export").exists()
    assert AuditEvent.objects.filter(action="access.denied", actor=caseworker).count() == 2

    page = client.get(reverse("customer_detail", args=[customer.pk])).content.decode()
    assert reverse("customer_subject_access_json", args=[customer.pk]) not in page
    page = client_for(supervisor).get(reverse("customer_detail", args=[customer.pk]))
    assert reverse("customer_subject_access_json", args=[customer.pk]) in page.content.decode()


def test_a_supervisor_of_another_agency_gets_not_found(
    client_for: Any, other_agency: Any, held: dict[str, Any]
) -> None:
    outsider = member(other_agency, Role.SUPERVISOR)
    client = client_for(outsider)
    for name in ("customer_subject_access", "customer_subject_access_json"):
        assert client.get(reverse(name, args=[held["customer"].pk])).status_code == 404
    assert not AuditEvent.objects.filter(action="customer.export").exists()


def test_signing_in_is_required(client: Any, held: dict[str, Any]) -> None:
    response = client.get(reverse("customer_subject_access_json", args=[held["customer"].pk]))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_the_query_count_does_not_grow_with_the_number_of_cases(
    client_for: Any, agency: Any, supervisor: Any, django_assert_max_num_queries: Any
) -> None:
    customer = CustomerFactory(agency=agency)
    service = ServiceFactory(agency=agency)
    ServiceAttributeFactory(service=service)
    survey = SurveyFactory(agency=agency)
    question = QuestionFactory(survey=survey, kind=QuestionKind.TEXT)

    def add_cases(count: int) -> None:
        for n in range(count):
            case = CaseFactory(agency=agency, service=service, customer=customer)
            _fill_case(case, supervisor, f"{case.pk}-{n}")
            invitation = SurveyInvitationFactory(survey=survey, case=case)
            response = SurveyResponseFactory(survey=survey, invitation=invitation, case=case)
            SurveyAnswerFactory(response=response, question=question, text="fine")

    add_cases(2)
    with CaptureQueriesContext(connection) as few:
        subject_access_document(customer=customer)
    add_cases(30)
    with django_assert_max_num_queries(len(few)):
        document = subject_access_document(customer=customer)
    assert len(document["cases"]) == 32
    assert len(few) <= 14

    # The pages add only the request's own fixed queries (session, user, audit row).
    client = client_for(supervisor)
    for name in ("customer_subject_access_json", "customer_subject_access"):
        with django_assert_max_num_queries(len(few) + 10):
            assert client.get(reverse(name, args=[customer.pk])).status_code == 200


def test_the_export_is_offered_only_where_the_user_may_export_now(
    client_for: Any, agency: Any, other_agency: Any, held: dict[str, Any]
) -> None:
    """A supervisor here who works as a caseworker in another agency, with that other agency
    chosen, sees the customer but is not offered a link the export views would refuse."""
    person = member(agency, Role.SUPERVISOR)
    MembershipFactory(user=person, agency=other_agency, role=Role.CASEWORKER)
    client = client_for(person)
    customer = held["customer"]
    export_url = reverse("customer_subject_access_json", args=[customer.pk])

    client.post(reverse("agency_switch"), {"agency": other_agency.pk})
    page = client.get(reverse("customer_detail", args=[customer.pk]))
    assert page.status_code == 200
    assert export_url not in page.content.decode()
    assert client.get(export_url).status_code == 403

    client.post(reverse("agency_switch"), {"agency": agency.pk})
    assert export_url in client.get(reverse("customer_detail", args=[customer.pk])).content.decode()
    assert client.get(export_url).status_code == 200
