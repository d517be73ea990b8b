"""The whole REST API fuzzed against its own OpenAPI schema with schemathesis.

Every operation of /api/schema/ is called through the WSGI application (no server) with
a read+write key of an owner holding every role, on a small seeded agency: services
with intake questions of several datatypes, customers, cases in many statuses with
notes, messages and an attachment, pull queues the owner takes from while Available,
service-level policies and citizens' survey responses. A second agency has data of
its own. Each answer must:

- never be a 5xx;
- have a status code, content type, headers and body the schema documents;
- hold nothing of the other agency.

positive_data_acceptance and negative_data_rejection are left out on purpose; see
docs/api.md, "Testing the API against its schema".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.management import call_command
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from backoffice.models import Agency, Role, User
from backoffice.wsgi import application
from cases import services
from cases.models import AttributeDatatype, Case, CaseStatus, Channel, Customer
from feedback.models import Measure, Survey
from feedback.services.responses import response_submit
from routing.models import PresenceState, QueueMode
from routing.presence import presence_set

from ..backoffice.factories import AgencyFactory, MembershipFactory
from ..cases.factories import (
    CustomerFactory,
    ServiceAttributeFactory,
    ServiceFactory,
    SlaPolicyFactory,
)
from ..conftest import member
from ..feedback.factories import a11_like_survey, sent_invitation
from ..routing.factories import QueueFactory, RoutingRuleFactory
from .conftest import IssuedKey

SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/", application)
# The schema's own examples take only a generated case; the test that mixes real objects
# into the generated requests draws more than that, so it runs without them.
SCHEMA_WITHOUT_EXAMPLES = schemathesis.openapi.from_wsgi(
    "/api/schema/",
    application,
    config=schemathesis.Config.from_dict({"phases": {"examples": {"enabled": False}}}),
)

# What the suite checks; see the module docstring for the two left out.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Marks of the other agency's data: no answer to this agency's key may hold one.
FOREIGN_MARK = "Elsewhere-Only"
FOREIGN_DOMAIN = "elsewhere-only.example"

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TEXT = b"Photo caption: the pothole on Elm Street, taken on Monday.\n"
WINDOWS_EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100


@dataclass
class Seeded:
    """The agency the key works in, and real values to put into generated requests."""

    key: IssuedKey
    # Path parameters by (path template, name); body fields by name.
    path_values: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    body_values: dict[str, list[Any]] = field(default_factory=dict)


# The seeded database ------------------------------------------------------------------------


def owner_with_every_role(agency: Agency) -> User:
    owner = member(agency, Role.CASEWORKER, full_name="Integration Owner")
    for role in (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR):
        MembershipFactory(user=owner, agency=agency, role=role)
    return owner


def seed_services(agency: Agency) -> list[Any]:
    """Two services whose intake questions cover every datatype, routed to a pull queue."""
    pothole = ServiceFactory(agency=agency, code="pothole", name="Pothole")
    ServiceAttributeFactory(
        service=pothole,
        code="size",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        required=True,
        choices=[{"key": "small", "name": "Small"}, {"key": "large", "name": "Large"}],
    )
    ServiceAttributeFactory(service=pothole, code="depth", datatype=AttributeDatatype.NUMBER)
    ServiceAttributeFactory(service=pothole, code="seen_at", datatype=AttributeDatatype.DATETIME)
    graffiti = ServiceFactory(agency=agency, code="graffiti", name="Graffiti")
    ServiceAttributeFactory(service=graffiti, code="surface", datatype=AttributeDatatype.STRING)
    ServiceAttributeFactory(service=graffiti, code="words", datatype=AttributeDatatype.TEXT)
    ServiceAttributeFactory(
        service=graffiti,
        code="kinds",
        datatype=AttributeDatatype.MULTI_CHOICE,
        choices=[{"key": "tag", "name": "Tag"}, {"key": "mural", "name": "Mural"}],
    )
    ServiceFactory(agency=agency, code="retired", name="Retired service", is_active=False)
    return [pothole, graffiti]


def seed_cases(
    agency: Agency, owner: User, services_: list[Any], *, mark: str, domain: str
) -> list[Case]:
    """About ten cases in various statuses, with notes and messages, through the services."""
    pothole, graffiti = services_
    customers = [
        CustomerFactory(agency=agency, name=f"{mark} Ana Ruiz", email=f"ana@{domain}"),
        CustomerFactory(agency=agency, name=f"{mark} Ben Okafor", email="", phone="312-555-0100"),
        CustomerFactory(agency=agency, name=f"{mark} Chen Li", email="", address="1 Main St"),
    ]
    opened: list[Case] = []
    for index in range(10):
        service = pothole if index % 2 == 0 else graffiti
        answers = {"size": "large", "depth": 30} if service == pothole else {"kinds": ["tag"]}
        opened.append(
            services.case_open(
                agency=agency,
                service=service,
                channel=Channel.PHONE,
                subject=f"{mark} request {index}",
                customer=customers[index % 3] if index != 9 else None,
                attributes=answers,
                actor=owner,
            )
        )
    for case in opened[:6]:
        services.case_add_note(case=case, body=f"{mark} note on {case.reference}", actor=owner)
    services.case_message_customer(
        case=opened[0], subject="Your request", body="We are on our way.", actor=owner
    )
    move = services.case_change_status
    services.case_assign(case=opened[1], assignee=owner, actor=owner)
    move(case=opened[2], status=CaseStatus.OPEN, actor=owner)
    move(case=opened[2], status=CaseStatus.WAITING_CUSTOMER, actor=owner)
    move(case=opened[3], status=CaseStatus.RESOLVED, resolution="Filled.", actor=owner)
    move(case=opened[4], status=CaseStatus.RESOLVED, resolution="Cleaned.", actor=owner)
    services.case_close(case=opened[4], actor=owner)
    move(case=opened[5], status=CaseStatus.CANCELLED, actor=owner)
    move(case=opened[6], status=CaseStatus.DUPLICATE, duplicate_of=opened[0], actor=owner)
    move(case=opened[7], status=CaseStatus.IN_PROGRESS, actor=owner)
    return opened


def seed_surveys(agency: Agency, service: Any, mark: str) -> Survey:
    """An A-11-like survey with a few answers through emailed links."""
    survey = a11_like_survey(agency=agency, service=service, name=f"{mark} survey")
    questions = {q.measure: q for q in survey.questions.all()}
    for trust, comment in (
        (5, "Quick and kind."),
        (2, f"{mark}: call me on 312-555-0199"),
        (4, ""),
    ):
        customer = CustomerFactory(agency=agency, name=f"{mark} Respondent {trust}")
        answers: dict[int, object] = {questions[Measure.TRUST].pk: trust}
        if comment:
            answers[questions[Measure.COMMENT].pk] = comment
        response_submit(
            survey=survey,
            answers=answers,
            collected_via="link",
            language="en",
            invitation=sent_invitation(survey, customer=customer),
        )
    return survey


def seed_agency(agency: Agency, owner: User, *, mark: str, domain: str) -> dict[str, list[Any]]:
    """One agency's data, its names starting with *mark* and its customers' email
    addresses at *domain*; returns its real values by the names the API uses for them."""
    services_ = seed_services(agency)
    queue = QueueFactory(agency=agency, name=f"{mark} Roads", mode=QueueMode.PULL)
    QueueFactory(agency=agency, name=f"{mark} Back office", mode=QueueMode.PUSH)
    for service in services_:
        RoutingRuleFactory(agency=agency, service=service, queue=queue)
    queue.members.add(owner)
    presence_set(user=owner, state=PresenceState.AVAILABLE, actor=owner)
    SlaPolicyFactory(agency=agency, name=f"{mark} Standard")
    SlaPolicyFactory(
        agency=agency, service=services_[0], name="Potholes", response_target=timedelta(hours=2)
    )
    cases = seed_cases(agency, owner, services_, mark=mark, domain=domain)
    attachment = services.case_add_attachment(
        case=cases[0], upload=io.BytesIO(PDF), name="photo.pdf", size=len(PDF), actor=owner
    )
    survey = seed_surveys(agency, services_[0], mark)
    return {
        "code": [s.code for s in services_] + ["retired"],
        "case": [c.reference for c in cases] + [str(cases[0].pk)],
        "customer": list(Customer.objects.filter(agency=agency).values_list("pk", flat=True)),
        "queue": [queue.pk, *agency.queues.exclude(pk=queue.pk).values_list("pk", flat=True)],
        "response": list(survey.responses.values_list("pk", flat=True)),
        "attachment": [attachment.pk],
        "person": [owner.pk],
        "team": list(agency.teams.values_list("pk", flat=True)),
    }


@pytest.fixture
def seeded(db: None, make_key: Callable[..., IssuedKey], settings: Any, tmp_path: Path) -> Seeded:
    """The key's agency seeded, and another agency seeded with marked data."""
    settings.MEDIA_ROOT = tmp_path
    agency = AgencyFactory(name="Home agency")
    owner = owner_with_every_role(agency)
    mine = seed_agency(agency, owner, mark="Home", domain="example.org")
    other = AgencyFactory(name="Other agency")
    theirs = seed_agency(
        other, owner_with_every_role(other), mark=FOREIGN_MARK, domain=FOREIGN_DOMAIN
    )
    # A high rate: the fuzzing is not about throttling (tests/api/test_auth.py is).
    key = make_key(agency, owner=owner, rate="100000/minute", name="Schema fuzzing")

    def both(name: str) -> list[Any]:
        return mine[name] + theirs[name]

    path_values = {
        ("/api/v1/services/{code}/", "code"): both("code"),
        ("/api/v1/customers/{id}/", "id"): both("customer"),
        ("/api/v1/queues/{id}/", "id"): both("queue"),
        ("/api/v1/survey-responses/{id}/", "id"): both("response"),
        ("/api/v1/cases/{ref}/attachments/{id}/", "id"): both("attachment"),
    }
    for path in SCHEMA.raw_schema["paths"]:
        if "{ref}" in path:
            path_values[(path, "ref")] = both("case")
    body_values = {
        "service": both("code"),
        "customer": both("customer"),
        "assignee": both("person"),
        "team": both("team"),
        "duplicate_of": both("case"),
        "file": [PDF, TEXT, WINDOWS_EXECUTABLE],
    }
    return Seeded(key=key, path_values=path_values, body_values=body_values)


@pytest.fixture
def _requests_keep_the_test_transaction() -> Iterator[None]:
    """Requests through the WSGI handler must not close the test's connection.

    Django's handler closes a connection whose autocommit differs from the settings at
    the start and end of each request, as a connection inside the test's transaction
    does; its own test client switches this off the same way.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# Real values in generated requests ----------------------------------------------------------


def use_real_values(case: schemathesis.Case, seeded: Seeded, data: st.DataObject) -> None:
    """Now and then put a real object of either agency where the schema asks for one,
    so requests reach past the 404 and 400 answers into the endpoints' work."""
    real = st.booleans()
    for name in list(case.path_parameters or {}):
        values = seeded.path_values.get((case.operation.path, name))
        if values and data.draw(real, label=f"real {name}"):
            case.path_parameters[name] = data.draw(st.sampled_from(values), label=name)
    if isinstance(case.body, dict):
        for name in list(case.body):
            values = seeded.body_values.get(name)
            if values and data.draw(real, label=f"real {name}"):
                case.body[name] = data.draw(st.sampled_from(values), label=name)


def assert_nothing_foreign(response: Any) -> None:
    text = response.content.decode("utf-8", errors="replace")
    assert FOREIGN_MARK not in text, text[:2000]
    assert FOREIGN_DOMAIN not in text, text[:2000]


# The fuzzing ----------------------------------------------------------------------------------


FUZZING = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def call_and_check(case: schemathesis.Case, seeded: Seeded) -> None:
    response = case.call(headers={"Authorization": seeded.key.header})
    case.validate_response(response, checks=CHECKS)
    assert_nothing_foreign(response)


@pytest.mark.usefixtures("_requests_keep_the_test_transaction")
@SCHEMA.parametrize()
@FUZZING
def test_every_operation_answers_as_its_schema_says(
    case: schemathesis.Case, seeded: Seeded
) -> None:
    call_and_check(case, seeded)


@pytest.mark.usefixtures("_requests_keep_the_test_transaction")
@SCHEMA_WITHOUT_EXAMPLES.parametrize()
@SCHEMA_WITHOUT_EXAMPLES.given(data=st.data())
@FUZZING
def test_real_objects_of_both_agencies_answer_as_the_schema_says(
    case: schemathesis.Case, data: st.DataObject, seeded: Seeded
) -> None:
    use_real_values(case, seeded, data)
    call_and_check(case, seeded)


def test_the_schema_is_valid_openapi_without_warnings(tmp_path: Path) -> None:
    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    text = out.read_text()
    assert text.startswith("openapi: 3.")
    assert "/api/v1/cases/{ref}/" in text
