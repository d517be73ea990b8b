"""The cases API through real keys, real services and the real database.

A case opened through the API is routed, gets its service level and shows on the
caseworker's list like any other; every action writes the timeline the pages write;
bad input is a 400 with field messages; a read-only key writes nothing; and a key of
another agency reads and writes nothing of this one.
"""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from backoffice.models import AuditEvent, OutboundEmail, Role
from cases import selectors, services
from cases.models import (
    AttributeDatatype,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
    CustomerMessage,
    EventKind,
    Priority,
)
from routing.models import QueueMode

from ..cases.factories import (
    CustomerFactory,
    ServiceAttributeFactory,
    ServiceFactory,
    SlaPolicyFactory,
)
from ..conftest import member
from ..routing.factories import QueueFactory, RoutingRuleFactory
from .conftest import error_of

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
WINDOWS_EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100 + b"This program"


# The agency's setup -------------------------------------------------------------------------


@pytest.fixture
def service(agency: Any) -> Any:
    """Potholes: a required size (small or large) and an optional depth in centimetres."""
    service = ServiceFactory(agency=agency, code="pothole", name="Pothole")
    ServiceAttributeFactory(
        service=service,
        code="size",
        label="Size",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        required=True,
        choices=[{"key": "small", "name": "Small"}, {"key": "large", "name": "Large"}],
    )
    ServiceAttributeFactory(
        service=service, code="depth", label="Depth", datatype=AttributeDatatype.NUMBER
    )
    return service


@pytest.fixture
def queue(agency: Any, service: Any) -> Any:
    """The pull queue every pothole is routed to, by a routing rule."""
    queue = QueueFactory(agency=agency, name="Roads", mode=QueueMode.PULL)
    RoutingRuleFactory(agency=agency, service=service, queue=queue, name="Potholes to roads")
    return queue


@pytest.fixture
def policy(agency: Any) -> Any:
    return SlaPolicyFactory(agency=agency, name="Standard")


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def api(api_client_for: Any, write_key: Any) -> APIClient:
    client: APIClient = api_client_for(write_key)
    return client


@pytest.fixture
def reader(api_client_for: Any, read_key: Any) -> APIClient:
    client: APIClient = api_client_for(read_key)
    return client


@pytest.fixture
def customer(agency: Any) -> Any:
    return CustomerFactory(agency=agency, name="Ana Ruiz", email="ana@example.org")


def open_case(agency: Any, service: Any, actor: Any, **fields: Any) -> Case:
    """A case opened through the intake service, as a caseworker would by phone."""
    fields.setdefault("subject", "Pothole on Elm Street")
    fields.setdefault("attributes", {"size": "large"})
    fields.setdefault("channel", Channel.PHONE)
    return services.case_open(agency=agency, service=service, actor=actor, **fields)


@pytest.fixture
def case(agency: Any, service: Any, queue: Any, policy: Any, customer: Any, api_owner: Any) -> Case:
    return open_case(agency, service, api_owner, customer=customer)


def results(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.content
    rows: list[dict[str, Any]] = response.json()["results"]
    return rows


def fields_of(response: Any) -> dict[str, list[str]]:
    assert response.status_code == 400, response.content
    fields: dict[str, list[str]] = error_of(response).get("fields", {})
    return fields


NEW_CASE = {
    "service": "pothole",
    "subject": "Deep pothole outside number 12",
    "description": "About 30 cm across, in the cycle lane.",
    "new_customer": {"name": "Ben Okafor", "email": "ben@example.org"},
    "attributes": {"size": "large", "depth": "12"},
    "address": "12 Elm Street",
}


# Opening a case ---------------------------------------------------------------------------


def test_a_case_opened_through_the_api_is_routed_timed_and_on_the_caseworkers_list(
    api: APIClient, agency: Any, service: Any, queue: Any, policy: Any, api_owner: Any
) -> None:
    response = api.post("/api/v1/cases/", NEW_CASE, format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    case = Case.objects.get(reference=body["reference"])
    assert case.agency == agency
    assert body["channel"] == case.channel == Channel.API
    assert body["queue"] == {"id": queue.pk, "name": "Roads"}
    assert body["attributes"] == {"size": "large", "depth": 12}
    assert body["customer"]["name"] == "Ben Okafor"
    assert Customer.objects.get(agency=agency, email="ben@example.org") == case.customer
    assert body["sla"]["policy"]["name"] == "Standard"
    assert body["sla"]["state"] == "on_track"
    assert body["sla"]["response_due_at"] is not None
    assert body["sla"]["next_target"] == "response"
    assert body["sla"]["remaining_seconds"] > 0
    assert [event["kind"] for event in body["timeline"]] == [EventKind.OPENED, EventKind.ROUTED]
    assert case.created_by == api_owner
    assert OutboundEmail.objects.filter(kind="case.acknowledgement", to="ben@example.org").exists()
    listed = selectors.case_list(
        user=member(agency, Role.CASEWORKER),
        agency=agency,
        filters=selectors.CaseFilters(status="open"),
    )
    assert case in listed


def test_a_case_can_be_opened_for_an_existing_customer_on_another_channel(
    api: APIClient, service: Any, queue: Any, customer: Any
) -> None:
    body = {
        "service": "pothole",
        "subject": "Called about the pothole",
        "customer": customer.pk,
        "channel": "phone",
        "attributes": {"size": "small"},
        "priority": Priority.HIGH,
    }

    response = api.post("/api/v1/cases/", body, format="json")

    assert response.status_code == 201, response.content
    case = Case.objects.get(pk=response.json()["id"])
    assert (case.customer, case.channel, case.priority) == (customer, "phone", Priority.HIGH)


def test_a_new_customer_with_a_known_email_is_reused_not_duplicated(
    api: APIClient, service: Any, queue: Any, customer: Any
) -> None:
    body = {**NEW_CASE, "new_customer": {"name": "A. Ruiz", "email": "ANA@example.org"}}

    response = api.post("/api/v1/cases/", body, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["customer"]["id"] == customer.pk
    assert Customer.objects.count() == 1


INVALID_CASES = {
    "no subject": ({"subject": ""}, "subject"),
    "unknown service": ({"service": "no-such-service"}, "service"),
    "unlisted choice": ({"attributes": {"size": "huge"}}, "attributes.size"),
    "missing required answer": ({"attributes": {"depth": "3"}}, "attributes.size"),
    "unknown attribute": ({"attributes": {"size": "small", "colour": "red"}}, "attributes.colour"),
    "number that is not one": (
        {"attributes": {"size": "small", "depth": "deep"}},
        "attributes.depth",
    ),
    "attributes not an object": ({"attributes": ["size"]}, "attributes"),
    "unknown channel": ({"channel": "fax"}, "channel"),
    "priority out of range": ({"priority": 9}, "priority"),
    "latitude not a number": ({"latitude": "north", "longitude": "1"}, "latitude"),
    "latitude off the globe": ({"latitude": "95", "longitude": "1"}, "latitude"),
    "customer id not a number": ({"customer": "ana", "new_customer": None}, "customer"),
    "customer unknown": ({"customer": 999999999, "new_customer": None}, "customer"),
    "new customer without contact": ({"new_customer": {"name": "Ben"}}, "new_customer.email"),
    "new customer bad email": (
        {"new_customer": {"name": "Ben", "email": "not-an-email"}},
        "new_customer.email",
    ),
    "subject too long": ({"subject": "x" * 201}, "subject"),
    "team of nobody": ({"team": 999999999}, "team"),
}


@pytest.mark.parametrize(("change", "field"), INVALID_CASES.values(), ids=INVALID_CASES.keys())
def test_a_refused_case_names_the_field_and_creates_nothing(
    api: APIClient, service: Any, queue: Any, change: dict[str, Any], field: str
) -> None:
    body = {key: value for key, value in {**NEW_CASE, **change}.items() if value is not None}

    response = api.post("/api/v1/cases/", body, format="json")

    assert field in fields_of(response), response.json()
    assert not Case.objects.exists()
    assert not Customer.objects.exists()


def test_a_customer_of_another_agency_cannot_be_named(
    api: APIClient, service: Any, queue: Any, other_agency: Any
) -> None:
    stranger = CustomerFactory(agency=other_agency)
    body = {**NEW_CASE, "customer": stranger.pk}
    del body["new_customer"]

    response = api.post("/api/v1/cases/", body, format="json")

    assert "customer" in fields_of(response)
    assert not Case.objects.exists()


def test_giving_both_an_existing_and_a_new_customer_is_refused(
    api: APIClient, service: Any, customer: Any
) -> None:
    response = api.post("/api/v1/cases/", {**NEW_CASE, "customer": customer.pk}, format="json")

    assert "new_customer" in fields_of(response)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b'"a string"', "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        (b"<xml/>", "application/xml"),
    ],
    ids=["broken json", "a list", "a string", "not utf-8", "unsupported type"],
)
def test_a_body_that_is_not_a_json_object_is_a_client_error(
    api: APIClient, service: Any, body: bytes, content_type: str
) -> None:
    response = api.generic("POST", "/api/v1/cases/", body, content_type=content_type)

    assert response.status_code in (400, 415), response.content
    error_of(response)
    assert not Case.objects.exists()


# Reading and changing a case ------------------------------------------------------------------


def test_a_case_reads_the_same_by_reference_and_by_id_and_the_read_is_audited(
    reader: APIClient, case: Case
) -> None:
    by_reference = reader.get(f"/api/v1/cases/{case.reference.lower()}/")
    by_id = reader.get(f"/api/v1/cases/{case.pk}/")

    assert by_reference.status_code == by_id.status_code == 200
    assert by_reference.json()["id"] == by_id.json()["id"] == case.pk
    body = by_id.json()
    assert body["reference"] == case.reference
    assert body["allowed_transitions"] == case.allowed_transitions()
    assert body["sla"]["next_due_at"] is not None
    assert {"opened", "routed"} <= {event["kind"] for event in body["timeline"]}
    reads = AuditEvent.objects.filter(action="customer.read", object_id=str(case.customer_id))
    assert reads.count() == 2


def test_the_service_level_endpoint_reports_the_clock(reader: APIClient, case: Case) -> None:
    response = reader.get(f"/api/v1/cases/{case.reference}/sla/")

    assert response.status_code == 200, response.content
    body = response.json()
    case.refresh_from_db()
    assert body["state"] == case.sla_state == "on_track"
    assert body["paused"] is False
    assert body["round"] == 1
    assert body["overdue"] is False
    assert body["next_target"] == "response"
    assert body["escalations"] == []
    assert body["resolution_due_at"] is not None


def test_a_paused_clock_shows_as_paused(api: APIClient, case: Case) -> None:
    api.post(f"/api/v1/cases/{case.pk}/status/", {"status": "open"}, format="json")
    api.post(f"/api/v1/cases/{case.pk}/status/", {"status": "waiting_customer"}, format="json")

    body = api.get(f"/api/v1/cases/{case.pk}/sla/").json()

    assert body["paused"] is True
    assert body["paused_since"] is not None


def test_updating_a_case_changes_only_what_is_given_and_writes_the_timeline(
    api: APIClient, case: Case
) -> None:
    response = api.patch(
        f"/api/v1/cases/{case.reference}/",
        {"subject": "Pothole, now bigger", "priority": Priority.URGENT},
        format="json",
    )

    assert response.status_code == 200, response.content
    case.refresh_from_db()
    assert (case.subject, case.priority) == ("Pothole, now bigger", Priority.URGENT)
    assert case.attributes == {"size": "large"}
    updated = case.events.get(kind=EventKind.UPDATED)
    assert set(updated.data) == {"subject", "priority"}
    assert response.json()["timeline"][-1]["kind"] == EventKind.UPDATED


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"priority": 0}, "priority"),
        ({"attributes": {"size": "enormous"}}, "attributes.size"),
        ({"latitude": "100"}, "latitude"),
        ({"subject": ["a"]}, "subject"),
    ],
    ids=["empty subject", "priority", "answer", "latitude", "wrong type"],
)
def test_a_refused_update_names_the_field_and_changes_nothing(
    api: APIClient, case: Case, change: dict[str, Any], field: str
) -> None:
    response = api.patch(f"/api/v1/cases/{case.pk}/", change, format="json")

    assert field in fields_of(response)
    assert not case.events.filter(kind=EventKind.UPDATED).exists()


def test_a_finished_case_cannot_be_edited(api: APIClient, case: Case, api_owner: Any) -> None:
    services.case_change_status(case=case, status="cancelled", actor=api_owner)

    response = api.patch(f"/api/v1/cases/{case.pk}/", {"subject": "Another"}, format="json")

    assert response.status_code == 400
    assert "reopen" in error_of(response)["message"]


def test_put_is_not_offered_for_a_case(api: APIClient, case: Case) -> None:
    response = api.put(f"/api/v1/cases/{case.pk}/", {"subject": "x"}, format="json")

    assert response.status_code == 405
    error_of(response)


# Status, reopening, assignment ------------------------------------------------------------------


def test_resolving_needs_a_resolution_then_tells_the_customer(
    api: APIClient, case: Case, customer: Any
) -> None:
    url = f"/api/v1/cases/{case.reference}/status/"

    refused = api.post(url, {"status": "resolved"}, format="json")
    done = api.post(url, {"status": "resolved", "resolution": "Filled on 3 March."}, format="json")

    assert "resolution" in fields_of(refused)
    assert done.status_code == 200, done.content
    body = done.json()
    assert body["status"] == "resolved"
    assert body["resolution"] == "Filled on 3 March."
    assert body["allowed_transitions"] == ["closed"]
    assert OutboundEmail.objects.filter(kind="case.resolution", to=customer.email).exists()
    assert case.events.filter(kind=EventKind.STATUS).count() == 1


def test_a_duplicate_names_its_original_by_reference(
    api: APIClient, case: Case, agency: Any, service: Any, api_owner: Any
) -> None:
    original = open_case(agency, service, api_owner, subject="The first report")

    unknown = api.post(
        f"/api/v1/cases/{case.pk}/status/",
        {"status": "duplicate", "duplicate_of": "TST-1999-000001"},
        format="json",
    )
    missing = api.post(f"/api/v1/cases/{case.pk}/status/", {"status": "duplicate"}, format="json")
    done = api.post(
        f"/api/v1/cases/{case.pk}/status/",
        {"status": "duplicate", "duplicate_of": original.reference},
        format="json",
    )

    assert "duplicate_of" in fields_of(unknown)
    assert "duplicate_of" in fields_of(missing)
    assert done.status_code == 200, done.content
    assert done.json()["duplicate_of"] == original.reference


def test_a_duplicate_of_another_agencys_case_is_not_found_as_an_original(
    api: APIClient, case: Case, other_agency: Any
) -> None:
    stranger = open_case(
        other_agency,
        ServiceFactory(agency=other_agency, code="pothole"),
        member(other_agency, Role.CASEWORKER),
        attributes={},
    )

    response = api.post(
        f"/api/v1/cases/{case.pk}/status/",
        {"status": "duplicate", "duplicate_of": stranger.reference},
        format="json",
    )

    assert "duplicate_of" in fields_of(response)
    case.refresh_from_db()
    assert case.status == CaseStatus.NEW


def test_a_status_change_the_lifecycle_forbids_is_refused(api: APIClient, case: Case) -> None:
    to_closed = api.post(f"/api/v1/cases/{case.pk}/status/", {"status": "closed"}, format="json")
    unknown = api.post(f"/api/v1/cases/{case.pk}/status/", {"status": "lost"}, format="json")
    same = api.post(f"/api/v1/cases/{case.pk}/status/", {"status": "new"}, format="json")

    assert "status" in fields_of(to_closed)
    assert "status" in fields_of(unknown)
    assert same.status_code == 409
    assert error_of(same)["code"] == "conflict"


def test_a_resolved_case_reopens_with_a_reason(api: APIClient, case: Case, api_owner: Any) -> None:
    services.case_change_status(case=case, status="resolved", resolution="Done", actor=api_owner)

    refused = api.post(f"/api/v1/cases/{case.pk}/reopen/", {"reason": ""}, format="json")
    done = api.post(f"/api/v1/cases/{case.pk}/reopen/", {"reason": "Back again"}, format="json")

    assert "reason" in fields_of(refused)
    assert done.status_code == 200, done.content
    assert done.json()["status"] == "open"
    assert done.json()["sla"]["round"] == 2


def test_a_case_is_assigned_to_a_member_and_put_back_in_its_queue(
    api: APIClient, case: Case, agency: Any, queue: Any
) -> None:
    worker = member(agency, Role.CASEWORKER)

    assigned = api.post(
        f"/api/v1/cases/{case.pk}/assign/",
        {"assignee": worker.pk, "reason": "Local"},
        format="json",
    )
    case.refresh_from_db()
    held = (case.assignee, case.status, case.route_key)
    unassigned = api.post(f"/api/v1/cases/{case.pk}/unassign/", {}, format="json")
    again = api.post(f"/api/v1/cases/{case.pk}/unassign/", {}, format="json")

    assert assigned.status_code == 200, assigned.content
    assert assigned.json()["assignee"] == {"id": worker.pk, "full_name": worker.full_name}
    assert held == (worker, CaseStatus.OPEN, None)
    assert unassigned.status_code == 200, unassigned.content
    case.refresh_from_db()
    assert case.assignee is None
    assert case.queue == queue
    assert case.route_key is not None
    assert again.status_code == 409
    kinds = list(case.events.values_list("kind", flat=True))
    assert kinds[-2:] == [EventKind.ASSIGNED, EventKind.UNASSIGNED]


@pytest.mark.parametrize("assignee", ["outsider", 999999999, "bob", None])
def test_only_someone_of_the_agency_can_be_assigned(
    api: APIClient, case: Case, other_agency: Any, assignee: Any
) -> None:
    if assignee == "outsider":
        assignee = member(other_agency, Role.CASEWORKER).pk

    response = api.post(f"/api/v1/cases/{case.pk}/assign/", {"assignee": assignee}, format="json")

    assert "assignee" in fields_of(response)
    case.refresh_from_db()
    assert case.assignee is None


# Notes, messages, attachments ------------------------------------------------------------------


def test_a_note_is_added_listed_and_on_the_timeline(
    api: APIClient, case: Case, api_owner: Any
) -> None:
    added = api.post(f"/api/v1/cases/{case.pk}/notes/", {"body": "Called the crew."}, format="json")
    refused = api.post(f"/api/v1/cases/{case.pk}/notes/", {"body": "   "}, format="json")
    listed = api.get(f"/api/v1/cases/{case.reference}/notes/")

    assert added.status_code == 201, added.content
    assert added.json()["author"]["id"] == api_owner.pk
    assert "body" in fields_of(refused)
    assert [note["body"] for note in results(listed)] == ["Called the crew."]
    assert case.events.filter(kind=EventKind.NOTE).count() == 1


def test_a_message_emails_the_customer_and_is_the_first_response(
    api: APIClient, case: Case, customer: Any
) -> None:
    sent = api.post(
        f"/api/v1/cases/{case.pk}/messages/",
        {"subject": "Your pothole", "body": "The crew comes on Monday."},
        format="json",
    )
    listed = api.get(f"/api/v1/cases/{case.pk}/messages/")

    assert sent.status_code == 201, sent.content
    assert sent.json()["direction"] == "out"
    assert case.reference in sent.json()["subject"]
    email = OutboundEmail.objects.get(kind="case.message")
    assert (email.to, email.body) == (customer.email, "The crew comes on Monday.")
    case.refresh_from_db()
    assert case.first_response_at is not None
    assert [message["id"] for message in results(listed)] == [sent.json()["id"]]


def test_a_customer_without_email_cannot_be_messaged(
    api: APIClient, agency: Any, service: Any, queue: Any, api_owner: Any
) -> None:
    walk_in = CustomerFactory(agency=agency, email="", phone="555 0100")
    case = open_case(agency, service, api_owner, customer=walk_in)

    response = api.post(f"/api/v1/cases/{case.pk}/messages/", {"body": "Hello"}, format="json")

    assert "body" in fields_of(response)
    assert not CustomerMessage.objects.exists()


def test_an_attachment_is_uploaded_listed_and_downloaded_through_the_check(
    api: APIClient, case: Case, media: Path
) -> None:
    upload = io.BytesIO(PDF)
    upload.name = "crew-report.pdf"

    added = api.post(f"/api/v1/cases/{case.pk}/attachments/", {"file": upload}, format="multipart")
    listed = api.get(f"/api/v1/cases/{case.pk}/attachments/")
    attachment_id = added.json()["id"]
    download = api.get(f"/api/v1/cases/{case.reference}/attachments/{attachment_id}/")

    assert added.status_code == 201, added.content
    assert added.json()["content_type"] == "application/pdf"
    assert added.json()["name"] == "crew-report.pdf"
    assert [row["id"] for row in results(listed)] == [attachment_id]
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/pdf"
    assert "crew-report.pdf" in download["Content-Disposition"]
    assert AuditEvent.objects.filter(
        action="attachment.download", object_id=str(attachment_id)
    ).exists()
    assert case.events.filter(kind=EventKind.ATTACHMENT).count() == 1


def test_a_refused_file_is_a_field_error_and_nothing_is_stored(
    api: APIClient, case: Case, media: Path, settings: Any
) -> None:
    executable = io.BytesIO(WINDOWS_EXECUTABLE)
    executable.name = "invoice.pdf"
    settings.ATTACHMENT_MAX_BYTES = 50
    too_big = io.BytesIO(PDF)
    too_big.name = "big.pdf"

    refused = api.post(
        f"/api/v1/cases/{case.pk}/attachments/", {"file": executable}, format="multipart"
    )
    oversized = api.post(
        f"/api/v1/cases/{case.pk}/attachments/", {"file": too_big}, format="multipart"
    )
    missing = api.post(f"/api/v1/cases/{case.pk}/attachments/", {}, format="multipart")
    as_json = api.post(f"/api/v1/cases/{case.pk}/attachments/", {"file": "x"}, format="json")

    assert "file" in fields_of(refused)
    assert "file" in fields_of(oversized)
    assert "file" in fields_of(missing)
    assert as_json.status_code == 415
    assert not CaseAttachment.objects.exists()
    assert [path for path in media.rglob("*") if path.is_file()] == []


def test_an_attachment_of_another_case_is_not_found_through_this_one(
    api: APIClient, case: Case, agency: Any, service: Any, api_owner: Any, media: Path
) -> None:
    other = open_case(agency, service, api_owner)
    attachment = services.case_add_attachment(
        case=other, upload=io.BytesIO(PDF), name="a.pdf", size=len(PDF), actor=api_owner
    )

    response = api.get(f"/api/v1/cases/{case.pk}/attachments/{attachment.pk}/")

    assert response.status_code == 404


# Services and customers -------------------------------------------------------------------------


def test_services_list_the_active_ones_with_their_questions(
    reader: APIClient, agency: Any, service: Any
) -> None:
    ServiceFactory(agency=agency, code="retired", is_active=False)

    listed = results(reader.get("/api/v1/services/"))
    retired = reader.get("/api/v1/services/retired/")
    unknown = reader.get("/api/v1/services/nothing-here/")

    assert [row["code"] for row in listed] == ["pothole"]
    size = listed[0]["attributes"][0]
    assert size["code"] == "size"
    assert size["required"] is True
    assert size["choices"] == [{"key": "small", "name": "Small"}, {"key": "large", "name": "Large"}]
    assert retired.status_code == 200
    assert retired.json()["is_active"] is False
    assert unknown.status_code == 404


def test_customers_are_searched_created_once_read_and_updated(
    api: APIClient, agency: Any, customer: Any
) -> None:
    CustomerFactory(agency=agency, name="Zoe Quinn", email="zoe@example.org")

    found = results(api.get("/api/v1/customers/", {"q": "ruiz"}))
    created = api.post(
        "/api/v1/customers/", {"name": "Carl Diaz", "phone": "+1 312 555 0199"}, format="json"
    )
    again = api.post(
        "/api/v1/customers/",
        {"name": "C. Diaz", "phone": "(312) 555-0199", "email": "carl@example.org"},
        format="json",
    )
    read = api.get(f"/api/v1/customers/{customer.pk}/")
    updated = api.patch(
        f"/api/v1/customers/{customer.pk}/",
        {"phone": "555 0123", "preferred_language": "es"},
        format="json",
    )

    assert [row["id"] for row in found] == [customer.pk]
    assert created.status_code == 201, created.content
    assert again.status_code == 200, again.content
    assert again.json()["id"] == created.json()["id"]
    assert again.json()["email"] == "carl@example.org"
    assert read.json()["email"] == "ana@example.org"
    assert AuditEvent.objects.filter(action="customer.read", object_id=str(customer.pk)).exists()
    assert updated.status_code == 200, updated.content
    customer.refresh_from_db()
    assert (customer.phone, customer.preferred_language) == ("555 0123", "es")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"email": "zoe@example.org"}, "email"),
        ({"email": "nope"}, "email"),
        ({"preferred_language": "fr"}, "preferred_language"),
        ({"name": "x" * 201}, "name"),
        ({"survey_consent": "maybe"}, "survey_consent"),
    ],
    ids=["taken email", "bad email", "language", "long name", "not a boolean"],
)
def test_a_refused_customer_update_names_the_field(
    api: APIClient, agency: Any, customer: Any, change: dict[str, Any], field: str
) -> None:
    CustomerFactory(agency=agency, email="zoe@example.org")

    response = api.patch(f"/api/v1/customers/{customer.pk}/", change, format="json")

    assert field in fields_of(response)
    customer.refresh_from_db()
    assert customer.email == "ana@example.org"


def test_a_customer_without_email_has_a_blank_email_the_schema_allows(
    api: APIClient, agency: Any
) -> None:
    walk_in = CustomerFactory(agency=agency, name="Walk In", email="", phone="555 0100")

    read = api.get(f"/api/v1/customers/{walk_in.pk}/")
    schema = api.get("/api/schema/", {"format": "json"}).json()

    assert read.json()["email"] == ""
    email = schema["components"]["schemas"]["CustomerOut"]["properties"]["email"]
    assert email["type"] == "string"
    assert "format" not in email


def test_a_customer_without_any_contact_is_refused(api: APIClient) -> None:
    response = api.post("/api/v1/customers/", {"name": "Nobody"}, format="json")

    assert "email" in fields_of(response)
    assert not Customer.objects.exists()


# The case list: filters, ordering, pages --------------------------------------------------------


@pytest.fixture
def listed_cases(
    agency: Any, service: Any, queue: Any, policy: Any, customer: Any, api_owner: Any
) -> dict[str, Case]:
    """Four cases: by phone, by email (assigned to the owner), an urgent web one, and a
    resolved one; opened a day apart, oldest first."""
    cases = {
        "phone": open_case(agency, service, api_owner, customer=customer, subject="Phone one"),
        "email": open_case(agency, service, api_owner, channel="email", subject="Email one"),
        "urgent": open_case(
            agency, service, api_owner, channel="web", priority=Priority.URGENT, subject="Urgent"
        ),
        "done": open_case(agency, service, api_owner, subject="Finished one"),
    }
    services.case_assign(case=cases["email"], assignee=api_owner, actor=api_owner)
    services.case_change_status(
        case=cases["done"], status="resolved", resolution="Done", actor=api_owner
    )
    start = timezone.now() - timedelta(days=10)
    for days, case in enumerate(cases.values()):
        Case.objects.filter(pk=case.pk).update(created_at=start + timedelta(days=days))
    return cases


def references(response: Any) -> list[str]:
    return [row["reference"] for row in results(response)]


def test_the_case_list_filters_like_the_caseworkers_list(
    reader: APIClient, listed_cases: dict[str, Case], queue: Any, api_owner: Any
) -> None:
    ref = {name: case.reference for name, case in listed_cases.items()}
    first = Case.objects.get(pk=listed_cases["phone"].pk).created_at
    day_two = (first + timedelta(days=1, hours=12)).isoformat()

    def get(**params: Any) -> list[str]:
        return references(reader.get("/api/v1/cases/", params))

    assert get() == [ref["done"], ref["urgent"], ref["email"], ref["phone"]]
    assert get(status="open") == [ref["urgent"], ref["email"], ref["phone"]]
    assert get(status="done") == [ref["done"]]
    assert get(status="resolved") == [ref["done"]]
    assert get(channel="email") == [ref["email"]]
    assert get(priority=Priority.URGENT) == [ref["urgent"]]
    assert get(service="pothole", channel="web") == [ref["urgent"]]
    assert get(service="other") == []
    assert get(assignee="me") == [ref["email"]]
    assert get(assignee=str(api_owner.pk)) == [ref["email"]]
    assert ref["email"] not in get(assignee="none")
    assert get(queue=queue.pk, status="open", assignee="none") == [ref["urgent"], ref["phone"]]
    assert get(team=queue.team_id, channel="phone", status="open") == [ref["phone"]]
    assert get(created_after=day_two) == [ref["done"], ref["urgent"]]
    assert get(created_before=day_two) == [ref["email"], ref["phone"]]
    assert get(q=ref["urgent"]) == [ref["urgent"]]
    assert get(q="Finished") == [ref["done"]]
    assert get(sla="on_track", channel="phone") == [ref["phone"]]
    assert get(sla="breached") == []


def test_sync_clients_page_by_last_change_from_where_they_were(
    reader: APIClient, listed_cases: dict[str, Case], api_owner: Any
) -> None:
    mark = timezone.now()
    services.case_add_note(case=listed_cases["phone"], body="Later news", actor=api_owner)

    changed = references(reader.get("/api/v1/cases/", {"updated_after": mark.isoformat()}))
    by_change = reader.get("/api/v1/cases/", {"ordering": "updated_at"})

    assert changed == [listed_cases["phone"].reference]
    updated = [row["updated_at"] for row in results(by_change)]
    assert updated == sorted(updated)
    assert references(by_change)[-1] == listed_cases["phone"].reference


def test_pages_follow_the_cursor_without_repeats_or_gaps(
    reader: APIClient, listed_cases: dict[str, Case]
) -> None:
    seen: list[str] = []
    url: str | None = "/api/v1/cases/?page_size=1"
    while url:
        response = reader.get(url)
        seen += references(response)
        url = response.json()["next"]

    assert seen == [case.reference for case in reversed(listed_cases.values())]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"priority": 9}, "priority"),
        ({"status": "lost"}, "status"),
        ({"channel": "fax"}, "channel"),
        ({"sla": "late"}, "sla"),
        ({"created_after": "last tuesday"}, "created_after"),
        ({"updated_after": "2026-02-30T10:00:00Z"}, "updated_after"),
        ({"queue": "roads"}, "queue"),
        ({"queue": "99999999999999999999999"}, "queue"),
        ({"team": "-1"}, "team"),
        ({"assignee": "bob"}, "assignee"),
        ({"assignee": "99999999999999999999999"}, "assignee"),
        ({"q": "x" * 201}, "q"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "cD1ub3QtYS1kYXRl"}, "cursor"),
    ],
)
def test_a_bad_filter_is_a_field_error_not_a_crash(
    reader: APIClient, listed_cases: dict[str, Case], params: dict[str, Any], field: str
) -> None:
    response = reader.get("/api/v1/cases/", params)

    assert field in fields_of(response), response.json()


def test_times_beyond_what_utc_holds_mean_the_earliest_and_latest_times(
    reader: APIClient, listed_cases: dict[str, Case]
) -> None:
    everything = reader.get(
        "/api/v1/cases/",
        {
            "created_after": "0001-01-01T00:00:00+05:00",
            "created_before": "9999-12-31T23:59:59-05:00",
        },
    )
    nothing = reader.get("/api/v1/cases/", {"updated_after": "9999-12-31T23:59:59-05:00"})

    assert len(results(everything)) == 4
    assert results(nothing) == []


def test_a_huge_page_size_is_capped_and_a_silly_one_ignored(
    reader: APIClient, listed_cases: dict[str, Case]
) -> None:
    huge = reader.get("/api/v1/cases/", {"page_size": 10**30})
    silly = reader.get("/api/v1/cases/", {"page_size": "lots"})

    assert len(results(huge)) == 4
    assert len(results(silly)) == 4


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/cases/99999999999999999999999999/",
        "/api/v1/cases/%C2%B2/",
        "/api/v1/cases/%20/sla/",
        "/api/v1/cases/NOPE-2026-000001/notes/",
        "/api/v1/customers/99999999999999999999999999/",
        "/api/v1/cases/1/attachments/99999999999999999999999999/",
    ],
    ids=["huge id", "superscript digit", "blank", "unknown reference", "huge customer", "file"],
)
def test_an_id_that_names_nothing_is_a_404(reader: APIClient, case: Case, path: str) -> None:
    response = reader.get(path)

    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


# Query counts -------------------------------------------------------------------------------


def _many_cases(agency: Any, service: Any, owner: Any, count: int) -> None:
    for n in range(count):
        customer = CustomerFactory(agency=agency)
        case = open_case(agency, service, owner, customer=customer, subject=f"Case {n}")
        services.case_assign(case=case, assignee=owner, actor=owner)
        services.case_add_note(case=case, body=f"Note {n}", actor=owner)


# The key and its owner's membership, the key's last use, the caller's agencies, the page
# (and one prefetch for services' questions).
LIST_QUERIES = 6


@pytest.mark.parametrize("count", [2, 25])
def test_lists_and_the_case_read_cost_the_same_few_queries_whatever_the_rows(
    reader: APIClient,
    django_assert_max_num_queries: Any,
    agency: Any,
    service: Any,
    queue: Any,
    policy: Any,
    api_owner: Any,
    media: Path,
    count: int,
) -> None:
    _many_cases(agency, service, api_owner, count)
    case = Case.objects.first()
    assert case is not None
    for n in range(count):
        services.case_add_note(case=case, body=f"More {n}", actor=api_owner)
        services.case_message_customer(case=case, subject="", body=f"News {n}", actor=api_owner)
        services.case_add_attachment(
            case=case, upload=io.BytesIO(PDF), name=f"{n}.pdf", size=len(PDF), actor=api_owner
        )
        ServiceAttributeFactory(service=ServiceFactory(agency=agency))
    urls = [
        "/api/v1/cases/",
        "/api/v1/cases/?status=open&sla=on_track&assignee=me&q=Case",
        "/api/v1/customers/",
        "/api/v1/services/",
        f"/api/v1/cases/{case.pk}/notes/",
        f"/api/v1/cases/{case.pk}/messages/",
        f"/api/v1/cases/{case.pk}/attachments/",
    ]
    for url in urls:
        with django_assert_max_num_queries(LIST_QUERIES):
            response = reader.get(url)
        assert len(results(response)) >= 2, url
    with django_assert_max_num_queries(LIST_QUERIES + 4):
        response = reader.get(f"/api/v1/cases/{case.pk}/")
    assert len(response.json()["timeline"]) > count


# Keys without the write scope, and keys of another agency -----------------------------------------

WRITES = [
    ("post", "/api/v1/cases/", NEW_CASE),
    ("patch", "/api/v1/cases/{case}/", {"subject": "Changed"}),
    ("post", "/api/v1/cases/{case}/status/", {"status": "open"}),
    ("post", "/api/v1/cases/{case}/reopen/", {"reason": "Again"}),
    ("post", "/api/v1/cases/{case}/assign/", {"assignee": "{owner}"}),
    ("post", "/api/v1/cases/{case}/unassign/", {}),
    ("post", "/api/v1/cases/{case}/notes/", {"body": "A note"}),
    ("post", "/api/v1/cases/{case}/messages/", {"body": "A message"}),
    ("post", "/api/v1/cases/{case}/attachments/", {"file": "x"}),
    ("post", "/api/v1/customers/", {"name": "New", "email": "new@example.org"}),
    ("patch", "/api/v1/customers/{customer}/", {"name": "Renamed"}),
]


def _fill(template: Any, values: dict[str, Any]) -> Any:
    if isinstance(template, str):
        text = template.format(**values)
        return int(text) if template == "{owner}" else text
    if isinstance(template, dict):
        return {key: _fill(value, values) for key, value in template.items()}
    return template


def snapshot(agency: Any) -> dict[str, Any]:
    """Everything of the agency an API call could write, to prove it did not."""
    return {
        "cases": list(
            Case.objects.filter(agency=agency)
            .order_by("pk")
            .values_list("pk", "subject", "status", "assignee_id", "priority", "updated_at")
        ),
        "events": CaseEvent.objects.filter(case__agency=agency).count(),
        "notes": CaseNote.objects.filter(case__agency=agency).count(),
        "messages": CustomerMessage.objects.filter(case__agency=agency).count(),
        "attachments": CaseAttachment.objects.filter(case__agency=agency).count(),
        "customers": list(
            Customer.objects.filter(agency=agency).order_by("pk").values_list("pk", "name", "email")
        ),
    }


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=[f"{m} {p}" for m, p, _ in WRITES])
def test_a_read_only_key_is_refused_every_write(
    reader: APIClient,
    case: Case,
    customer: Any,
    agency: Any,
    api_owner: Any,
    method: str,
    path: str,
    body: dict[str, Any],
) -> None:
    values = {"case": case.reference, "customer": customer.pk, "owner": api_owner.pk}
    before = snapshot(agency)

    response = getattr(reader, method)(_fill(path, values), _fill(body, values), format="json")

    assert response.status_code == 403, response.content
    assert error_of(response)["code"] in ("insufficient_scope", "permission_denied")
    assert snapshot(agency) == before


@pytest.fixture
def world(agency: Any, case: Case, customer: Any, api_owner: Any, media: Path) -> dict[str, Any]:
    """This agency's objects, each with a note, a message and an attachment."""
    services.case_add_note(case=case, body="Internal", actor=api_owner)
    services.case_message_customer(case=case, subject="", body="Hello", actor=api_owner)
    attachment = services.case_add_attachment(
        case=case, upload=io.BytesIO(PDF), name="a.pdf", size=len(PDF), actor=api_owner
    )
    return {
        "case": case.reference,
        "case_id": case.pk,
        "customer": customer.pk,
        "attachment": attachment.pk,
        "owner": api_owner.pk,
        "service": case.service.code,
    }


# (method, path, body, what a key of another agency must get)
ISOLATION = [
    ("get", "/api/v1/services/", None, "empty"),
    ("get", "/api/v1/services/{service}/", None, 404),
    ("get", "/api/v1/customers/", None, "empty"),
    ("get", "/api/v1/customers/?q=ruiz", None, "empty"),
    ("get", "/api/v1/customers/{customer}/", None, 404),
    ("patch", "/api/v1/customers/{customer}/", {"name": "Renamed"}, 404),
    ("get", "/api/v1/cases/", None, "empty"),
    ("get", "/api/v1/cases/?q={case}", None, "empty"),
    ("get", "/api/v1/cases/{case}/", None, 404),
    ("get", "/api/v1/cases/{case_id}/", None, 404),
    ("patch", "/api/v1/cases/{case}/", {"subject": "Changed"}, 404),
    ("get", "/api/v1/cases/{case}/sla/", None, 404),
    ("post", "/api/v1/cases/{case}/status/", {"status": "open"}, 404),
    ("post", "/api/v1/cases/{case}/reopen/", {"reason": "Again"}, 404),
    ("post", "/api/v1/cases/{case}/assign/", {"assignee": "{owner}"}, 404),
    ("post", "/api/v1/cases/{case}/unassign/", {}, 404),
    ("get", "/api/v1/cases/{case}/notes/", None, 404),
    ("post", "/api/v1/cases/{case}/notes/", {"body": "Sneaky"}, 404),
    ("get", "/api/v1/cases/{case}/messages/", None, 404),
    ("post", "/api/v1/cases/{case}/messages/", {"body": "Sneaky"}, 404),
    ("get", "/api/v1/cases/{case}/attachments/", None, 404),
    ("get", "/api/v1/cases/{case}/attachments/{attachment}/", None, 404),
    # Creating names this agency's service and customer: neither is found in the key's.
    ("post", "/api/v1/cases/", {"service": "{service}", "subject": "Sneaky"}, 400),
    (
        "post",
        "/api/v1/cases/",
        {"service": "{service}", "subject": "Sneaky", "customer": "{customer}"},
        400,
    ),
    ("post", "/api/v1/customers/", {"name": "Ana", "email": "ana@example.org"}, "elsewhere"),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    ISOLATION,
    ids=[f"{m} {p}{' ' + str(b) if b else ''}" for m, p, b, _ in ISOLATION],
)
def test_a_key_of_another_agency_reads_and_writes_nothing_of_this_one(
    api_client_for: Any,
    make_key: Any,
    other_agency: Any,
    world: dict[str, Any],
    agency: Any,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    expected: Any,
) -> None:
    stranger = member(other_agency, Role.MANAGER)
    outsider = api_client_for(make_key(other_agency, owner=stranger))
    url = _fill(path, world)
    before = snapshot(agency)

    call = getattr(outsider, method)
    response = call(url) if body is None else call(url, _fill(body, world), format="json")

    if expected == "empty":
        assert results(response) == []
    elif expected == "elsewhere":
        assert response.status_code == 201, response.content
        assert Customer.objects.get(pk=response.json()["id"]).agency == other_agency
    else:
        assert response.status_code == expected, response.content
        error_of(response)
    assert snapshot(agency) == before
    assert str(world["case"]) not in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [p for m, p, b, e in ISOLATION if m == "get" and e != "empty"],
)
def test_the_isolation_paths_do_answer_this_agencys_own_key(
    reader: APIClient, world: dict[str, Any], path: str
) -> None:
    response = reader.get(_fill(path, world))

    assert response.status_code == 200, response.content


def test_a_signed_in_caseworker_uses_the_api_with_the_session_and_csrf(
    session_client_for: Any, agency: Any, case: Case
) -> None:
    worker = member(agency, Role.CASEWORKER)
    browser = session_client_for(worker)

    listed = browser.get("/api/v1/cases/")
    without_token = browser.post(f"/api/v1/cases/{case.pk}/notes/", {"body": "Hi"}, format="json")

    assert [row["id"] for row in results(listed)] == [case.pk]
    assert without_token.status_code == 403
    assert not CaseNote.objects.exists()
