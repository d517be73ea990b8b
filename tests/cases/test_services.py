"""The case services: intake, customers, the lifecycle, assignment, contact, links and bulk work."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from backoffice import services as backoffice_services
from backoffice.errors import ConflictError, DomainError
from backoffice.models import OutboundEmail, OutboundEmailStatus, Role
from cases import services
from cases.models import (
    AttributeDatatype,
    Case,
    CaseEvent,
    CaseLink,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
    CustomerMessage,
    EventKind,
    MessageDirection,
    Priority,
)
from cases.models.case import DONE_STATUSES, REOPENABLE, TRANSITIONS

from ..backoffice.factories import TeamFactory, UserFactory
from ..conftest import member
from .factories import CaseFactory, CustomerFactory, ServiceAttributeFactory, ServiceFactory

pytestmark = pytest.mark.django_db

S = CaseStatus


def open_case(agency: Any, service: Any, actor: Any, **fields: Any) -> Case:
    fields.setdefault("channel", Channel.PHONE)
    fields.setdefault("subject", "Street light out on Elm Street")
    return services.case_open(agency=agency, service=service, actor=actor, **fields)


def case_in(status: str, agency: Any, **fields: Any) -> Any:
    """A case already in *status*, with the fields that status implies."""
    now = timezone.now()
    if status == S.DUPLICATE:
        fields.setdefault("duplicate_of", CaseFactory(agency=agency))
    if status in (S.RESOLVED, S.CLOSED):
        fields.setdefault("resolution", "Fixed the lamp.")
        fields.setdefault("resolved_at", now)
    if status == S.CLOSED:
        fields.setdefault("closed_at", now)
    return CaseFactory(agency=agency, status=status, **fields)


def status_events(case: Case) -> list[CaseEvent]:
    return list(case.events.filter(kind__in=[EventKind.STATUS, EventKind.REOPENED]))


@pytest.fixture
def supervisor(agency: Any) -> Any:
    return member(agency, Role.SUPERVISOR)


@pytest.fixture
def outsider(other_agency: Any) -> Any:
    """A caseworker of another agency."""
    return member(other_agency, Role.CASEWORKER)


# Intake ---------------------------------------------------------------------------------------


def test_references_read_prefix_year_number_and_count_up(
    agency: Any, service: Any, caseworker: Any
) -> None:
    agency.case_prefix = "LIC"
    agency.save()
    year = timezone.now().astimezone(agency.zone).year

    first = open_case(agency, service, caseworker)
    second = open_case(agency, service, caseworker)

    assert re.fullmatch(r"LIC-\d{4}-\d{6}", first.reference)
    assert first.reference == f"LIC-{year}-000001"
    assert second.reference == f"LIC-{year}-000002"


def test_each_agency_counts_its_own_references(
    agency: Any, other_agency: Any, service: Any, caseworker: Any
) -> None:
    agency.case_prefix, other_agency.case_prefix = "LIC", "PRM"
    agency.save()
    other_agency.save()
    open_case(agency, service, caseworker)
    other_service = ServiceFactory(agency=other_agency)
    other_worker = member(other_agency, Role.CASEWORKER)

    other = open_case(other_agency, other_service, other_worker)

    assert other.reference.startswith("PRM-")
    assert other.reference.endswith("-000001")


def test_two_agencies_never_share_a_case_prefix(db: None) -> None:
    first = backoffice_services.agency_create(
        name="Riverton Licensing", slug="riverton-licensing", country="US", actor=None
    )
    second = backoffice_services.agency_create(
        name="Riverton Lakes", slug="riverton-lakes", country="US", actor=None
    )
    assert first.case_prefix != second.case_prefix
    with pytest.raises(DomainError) as error:
        backoffice_services.agency_create(
            name="Copycat", slug="copycat", country="US", case_prefix=first.case_prefix, actor=None
        )
    assert error.value.field == "case_prefix"


def test_agencies_open_cases_with_their_own_prefixes(
    agency: Any, other_agency: Any, service: Any, caseworker: Any
) -> None:
    first = open_case(agency, service, caseworker)
    other = open_case(
        other_agency, ServiceFactory(agency=other_agency), member(other_agency, Role.CASEWORKER)
    )
    assert first.reference.startswith(f"{agency.case_prefix}-")
    assert other.reference.startswith(f"{other_agency.case_prefix}-")


def test_a_service_of_another_agency_is_refused(
    agency: Any, other_agency: Any, caseworker: Any
) -> None:
    foreign = ServiceFactory(agency=other_agency)

    with pytest.raises(DomainError) as error:
        open_case(agency, foreign, caseworker)

    assert error.value.field == "service"
    assert not Case.objects.exists()


def test_an_inactive_service_is_refused(agency: Any, caseworker: Any) -> None:
    retired = ServiceFactory(agency=agency, is_active=False)

    with pytest.raises(DomainError) as error:
        open_case(agency, retired, caseworker)

    assert error.value.field == "service"
    assert not Case.objects.exists()


def test_a_channel_the_service_does_not_offer_is_refused(agency: Any, caseworker: Any) -> None:
    web_only = ServiceFactory(agency=agency, channels=[Channel.WEB])

    with pytest.raises(DomainError) as error:
        open_case(agency, web_only, caseworker, channel=Channel.PHONE)

    assert error.value.field == "channel"
    assert open_case(agency, web_only, caseworker, channel=Channel.WEB).channel == Channel.WEB


def test_a_channel_that_does_not_exist_is_refused(
    agency: Any, service: Any, caseworker: Any
) -> None:
    with pytest.raises(DomainError) as error:
        open_case(agency, service, caseworker, channel="carrier_pigeon")

    assert error.value.field == "channel"


def test_a_blank_subject_is_refused(agency: Any, service: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        open_case(agency, service, caseworker, subject="   ")

    assert error.value.field == "subject"


def test_a_missing_required_answer_is_reported_under_its_own_field(
    agency: Any, service: Any, caseworker: Any
) -> None:
    ServiceAttributeFactory(service=service, code="pole_number", required=True)
    ServiceAttributeFactory(
        service=service, code="lamp_count", datatype=AttributeDatatype.NUMBER, required=True
    )
    ServiceAttributeFactory(service=service, code="remarks", required=False)

    with pytest.raises(DomainError) as error:
        open_case(agency, service, caseworker, attributes={"lamp_count": "2"})

    assert set(error.value.errors) == {"attribute_pole_number"}
    assert not Case.objects.exists()

    with pytest.raises(DomainError) as error:
        open_case(agency, service, caseworker, attributes={})

    assert set(error.value.errors) == {"attribute_pole_number", "attribute_lamp_count"}


def test_intake_answers_are_stored_as_their_datatype(
    agency: Any, service: Any, caseworker: Any
) -> None:
    ServiceAttributeFactory(service=service, code="pole_number", required=True)
    ServiceAttributeFactory(service=service, code="lamp_count", datatype=AttributeDatatype.NUMBER)

    case = open_case(
        agency, service, caseworker, attributes={"pole_number": " P-17 ", "lamp_count": "2"}
    )

    case.refresh_from_db()
    assert case.attributes == {"pole_number": "P-17", "lamp_count": 2}


def test_priority_defaults_to_the_services_and_a_given_one_wins(
    agency: Any, caseworker: Any
) -> None:
    urgent_service = ServiceFactory(agency=agency, default_priority=Priority.URGENT)

    assert open_case(agency, urgent_service, caseworker).priority == Priority.URGENT
    given = open_case(agency, urgent_service, caseworker, priority=Priority.LOW)
    assert given.priority == Priority.LOW
    with pytest.raises(DomainError):
        open_case(agency, urgent_service, caseworker, priority=9)


def test_team_defaults_to_the_services_default_team(agency: Any, caseworker: Any) -> None:
    lights = TeamFactory(agency=agency)
    roads = TeamFactory(agency=agency)
    service = ServiceFactory(agency=agency, default_team=lights)

    assert open_case(agency, service, caseworker).team == lights
    assert open_case(agency, service, caseworker, team=roads).team == roads


def test_a_team_of_another_agency_is_refused(
    agency: Any, other_agency: Any, service: Any, caseworker: Any
) -> None:
    with pytest.raises(DomainError) as error:
        open_case(agency, service, caseworker, team=TeamFactory(agency=other_agency))

    assert error.value.field == "team"


def test_a_customer_of_another_agency_is_refused(
    agency: Any, other_agency: Any, service: Any, caseworker: Any
) -> None:
    with pytest.raises(DomainError) as error:
        open_case(agency, service, caseworker, customer=CustomerFactory(agency=other_agency))

    assert error.value.field == "customer"


def test_opening_records_one_public_opened_event_then_the_internal_routing(
    agency: Any, service: Any, caseworker: Any
) -> None:
    case = open_case(agency, service, caseworker, channel=Channel.IN_PERSON)

    event, routed = case.events.all()
    assert routed.kind == EventKind.ROUTED
    assert not routed.public
    assert event.kind == EventKind.OPENED
    assert event.public
    assert event.actor == caseworker
    assert event.data["channel"] == Channel.IN_PERSON
    assert case.status == S.NEW
    assert case.created_by == caseworker


def test_a_customer_with_email_is_sent_an_acknowledgement_quoting_the_reference(
    agency: Any,
    service: Any,
    caseworker: Any,
    celery_eager: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    customer = CustomerFactory(agency=agency, email="ana@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        case = open_case(agency, service, caseworker, customer=customer)

    [email] = OutboundEmail.objects.all()
    assert email.kind == "case.acknowledgement"
    assert email.to == "ana@example.org"
    assert email.status == OutboundEmailStatus.SENT
    [sent] = mail.outbox
    assert sent.to == ["ana@example.org"]
    assert case.reference in sent.subject
    assert case.reference in sent.body


def test_a_customer_without_email_is_not_sent_an_acknowledgement(
    agency: Any, service: Any, caseworker: Any
) -> None:
    customer = CustomerFactory(agency=agency, email="", phone="217 555 0101")

    open_case(agency, service, caseworker, customer=customer)

    assert not OutboundEmail.objects.exists()


def test_an_intake_that_rolls_back_queues_and_sends_nothing(
    agency: Any,
    service: Any,
    caseworker: Any,
    celery_eager: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    customer = CustomerFactory(agency=agency)

    def intake_then_failure() -> None:
        with transaction.atomic():
            open_case(agency, service, caseworker, customer=customer)
            raise RuntimeError("the caller failed after the intake")

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
    ):
        intake_then_failure()

    assert callbacks == []
    assert not Case.objects.exists()
    assert not OutboundEmail.objects.exists()
    assert mail.outbox == []


# Customers ------------------------------------------------------------------------------------


def find_or_create(agency: Any, actor: Any, **fields: Any) -> Customer:
    fields.setdefault("name", "Ana Lopez")
    return services.customer_find_or_create(agency=agency, actor=actor, **fields)


def test_a_customer_is_found_again_by_email_whatever_its_case(agency: Any, caseworker: Any) -> None:
    known = find_or_create(agency, caseworker, email="Ana.Lopez@Example.org")

    found = find_or_create(agency, caseworker, name="A. Lopez", email="  ANA.LOPEZ@example.ORG ")

    assert found.pk == known.pk
    assert Customer.objects.count() == 1
    assert known.email == "ana.lopez@example.org"


def test_the_same_email_in_another_agency_is_another_customer(
    agency: Any, other_agency: Any, caseworker: Any
) -> None:
    ours = find_or_create(agency, caseworker, email="ana@example.org")

    theirs = find_or_create(other_agency, None, email="ana@example.org")

    assert theirs.pk != ours.pk
    assert theirs.agency == other_agency


def test_a_customer_is_found_again_by_phone_written_differently(
    agency: Any, caseworker: Any
) -> None:
    known = find_or_create(agency, caseworker, phone="(217) 555-0101")

    for written in ("217.555.0101", "+1 217 555 0101", "2175550101"):
        assert find_or_create(agency, caseworker, name="Someone", phone=written).pk == known.pk
    assert Customer.objects.count() == 1


def test_a_found_customer_gets_missing_contact_details_but_keeps_its_own(
    agency: Any, caseworker: Any
) -> None:
    known = find_or_create(agency, caseworker, name="Ana Lopez", email="ana@example.org")

    find_or_create(
        agency,
        caseworker,
        name="Somebody Else",
        email="ana@example.org",
        phone="217 555 0101",
        address="1 Main Street",
    )
    find_or_create(
        agency,
        caseworker,
        name="Somebody Else",
        email="ana@example.org",
        phone="312 555 0199",
        address="99 Other Road",
    )

    known.refresh_from_db()
    assert known.name == "Ana Lopez"
    assert known.phone == "217 555 0101"
    assert known.phone_normalised == "2175550101"
    assert known.address == "1 Main Street"


def test_a_customer_without_any_contact_detail_is_refused(agency: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        find_or_create(agency, caseworker, email=" ", phone="")

    assert error.value.field == "email"
    assert not Customer.objects.exists()


def test_a_new_customer_needs_a_name(agency: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        find_or_create(agency, caseworker, name=" ", email="ana@example.org")

    assert error.value.field == "name"


def test_a_new_customer_is_reached_on_the_channel_they_gave(agency: Any, caseworker: Any) -> None:
    by_email = find_or_create(agency, caseworker, email="ana@example.org")
    by_phone = find_or_create(agency, caseworker, name="Bo Chen", phone="217 555 0111")

    assert by_email.preferred_channel == Channel.EMAIL
    assert by_phone.preferred_channel == Channel.PHONE


# The lifecycle ---------------------------------------------------------------------------------

ALLOWED = [(before, after) for before, targets in TRANSITIONS.items() for after in sorted(targets)]
FORBIDDEN = [
    (before, after)
    for before in S.values
    for after in S.values
    if after != before and after not in TRANSITIONS[before]
]


def change(case: Case, status: str, actor: Any, **extra: Any) -> Case:
    if status == S.RESOLVED:
        extra.setdefault("resolution", "Replaced the lamp.")
    if status == S.DUPLICATE:
        extra.setdefault("duplicate_of", CaseFactory(agency=case.agency))
    return services.case_change_status(case=case, status=status, actor=actor, **extra)


@pytest.mark.parametrize(("before", "after"), ALLOWED)
def test_every_transition_of_the_lifecycle_table_is_allowed(
    agency: Any, caseworker: Any, before: str, after: str
) -> None:
    case = case_in(before, agency)

    changed = change(case, after, caseworker)

    case.refresh_from_db()
    assert changed.status == case.status == after
    [event] = status_events(case)
    assert event.kind == EventKind.STATUS
    assert event.data["status"] == [before, after]
    assert event.public
    assert event.actor == caseworker


@pytest.mark.parametrize(("before", "after"), FORBIDDEN)
def test_every_transition_outside_the_lifecycle_table_is_refused(
    agency: Any, caseworker: Any, before: str, after: str
) -> None:
    case = case_in(before, agency)

    with pytest.raises(DomainError) as error:
        change(case, after, caseworker)

    assert error.value.field == "status"
    case.refresh_from_db()
    assert case.status == before
    assert not case.events.exists()


@pytest.mark.parametrize("status", S.values)
def test_changing_to_the_current_status_is_a_conflict(
    agency: Any, caseworker: Any, status: str
) -> None:
    case = case_in(status, agency)

    with pytest.raises(ConflictError) as error:
        change(case, status, caseworker)

    assert error.value.code == "conflict"
    assert not case.events.exists()


def test_a_status_that_does_not_exist_is_refused(agency: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        services.case_change_status(case=case_in(S.OPEN, agency), status="archived", actor=None)

    assert error.value.field == "status"


def test_resolving_needs_a_resolution(agency: Any, caseworker: Any) -> None:
    case = case_in(S.IN_PROGRESS, agency)

    for blank in ("", "   "):
        with pytest.raises(DomainError) as error:
            services.case_change_status(
                case=case, status=S.RESOLVED, resolution=blank, actor=caseworker
            )
        assert error.value.field == "resolution"

    case.refresh_from_db()
    assert (case.status, case.resolved_at, case.resolution) == (S.IN_PROGRESS, None, "")
    assert not OutboundEmail.objects.exists()


def test_resolving_then_closing_stamps_both_times(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    resolved = change(case, S.RESOLVED, caseworker, resolution="  Replaced the lamp. ")
    closed = services.case_close(case=resolved, actor=caseworker)

    assert resolved.resolution == "Replaced the lamp."
    assert resolved.resolved_at is not None
    assert closed.closed_at is not None
    assert closed.resolved_at == resolved.resolved_at


def test_marking_a_duplicate_needs_the_original(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    with pytest.raises(DomainError) as error:
        services.case_change_status(case=case, status=S.DUPLICATE, actor=caseworker)

    assert error.value.field == "duplicate_of"


def test_a_case_cannot_duplicate_itself(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    with pytest.raises(DomainError) as error:
        change(case, S.DUPLICATE, caseworker, duplicate_of=case)

    assert error.value.field == "duplicate_of"
    case.refresh_from_db()
    assert case.status == S.OPEN


def test_a_case_cannot_duplicate_one_of_another_agency(
    agency: Any, other_agency: Any, caseworker: Any
) -> None:
    case = case_in(S.OPEN, agency)

    with pytest.raises(DomainError) as error:
        change(case, S.DUPLICATE, caseworker, duplicate_of=CaseFactory(agency=other_agency))

    assert error.value.field == "duplicate_of"


def test_a_duplicate_names_its_original(agency: Any, caseworker: Any) -> None:
    original = case_in(S.OPEN, agency)

    duplicate = change(case_in(S.NEW, agency), S.DUPLICATE, caseworker, duplicate_of=original)

    assert duplicate.duplicate_of == original
    [event] = status_events(duplicate)
    assert event.data["duplicate_of"] == original.reference


def test_resolving_sends_the_customer_a_resolution_notice(
    agency: Any,
    caseworker: Any,
    celery_eager: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    case = case_in(S.IN_PROGRESS, agency)

    with django_capture_on_commit_callbacks(execute=True):
        change(case, S.RESOLVED, caseworker, resolution="Replaced the lamp.")

    [email] = OutboundEmail.objects.all()
    assert email.kind == "case.resolution"
    assert email.to == case.customer.email
    [sent] = mail.outbox
    assert case.reference in sent.subject
    assert "Replaced the lamp." in sent.body
    notice = case.events.get(kind=EventKind.NOTICE)
    assert notice.public


def test_cancelling_sends_the_customer_nothing(agency: Any, caseworker: Any) -> None:
    change(case_in(S.OPEN, agency), S.CANCELLED, caseworker)

    assert not OutboundEmail.objects.exists()


# Reopening ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(REOPENABLE))
def test_a_finished_case_reopens_within_its_window(
    agency: Any, caseworker: Any, status: str
) -> None:
    service = ServiceFactory(agency=agency, reopen_window_days=30)
    case = case_in(status, agency, service=service, resolved_at=timezone.now() - timedelta(29))

    reopened = services.case_reopen(case=case, reason="Lamp is out again", actor=caseworker)

    case.refresh_from_db()
    assert reopened.status == case.status == S.OPEN
    assert case.resolved_at is None
    assert case.closed_at is None
    [event] = status_events(case)
    assert event.kind == EventKind.REOPENED
    assert event.data == {"status": [status, S.OPEN], "reason": "Lamp is out again"}
    assert event.public


@pytest.mark.parametrize("status", sorted(REOPENABLE))
def test_a_finished_case_does_not_reopen_after_its_window(
    agency: Any, caseworker: Any, status: str
) -> None:
    service = ServiceFactory(agency=agency, reopen_window_days=30)
    finished = timezone.now() - timedelta(31)
    closed_at = finished if status == S.CLOSED else None
    case = case_in(status, agency, service=service, resolved_at=finished, closed_at=closed_at)

    with pytest.raises(DomainError):
        services.case_reopen(case=case, reason="Lamp is out again", actor=caseworker)

    case.refresh_from_db()
    assert case.status == status
    assert not case.events.exists()


@pytest.mark.parametrize("status", sorted(set(S.values) - REOPENABLE))
def test_only_a_resolved_or_closed_case_reopens(agency: Any, caseworker: Any, status: str) -> None:
    case = case_in(status, agency)

    with pytest.raises(DomainError):
        services.case_reopen(case=case, reason="Lamp is out again", actor=caseworker)

    case.refresh_from_db()
    assert case.status == status


def test_reopening_needs_a_reason(agency: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        services.case_reopen(case=case_in(S.RESOLVED, agency), reason="  ", actor=caseworker)

    assert error.value.field == "reason"


# Assignment -----------------------------------------------------------------------------------


def test_assigning_a_new_case_opens_it(agency: Any, caseworker: Any, supervisor: Any) -> None:
    case = case_in(S.NEW, agency)

    assigned = services.case_assign(case=case, assignee=caseworker, actor=supervisor)

    case.refresh_from_db()
    assert assigned.assignee == case.assignee == caseworker
    assert case.status == S.OPEN
    [event] = case.events.all()
    assert event.kind == EventKind.ASSIGNED
    assert event.data == {"assignee": [None, caseworker.pk]}


def test_assigning_a_case_in_progress_keeps_its_status(
    agency: Any, caseworker: Any, supervisor: Any
) -> None:
    case = case_in(S.IN_PROGRESS, agency)

    services.case_assign(case=case, assignee=caseworker, actor=supervisor)

    case.refresh_from_db()
    assert case.status == S.IN_PROGRESS


def test_assigning_the_current_assignee_again_changes_nothing(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency, assignee=caseworker)

    services.case_assign(case=case, assignee=caseworker, actor=caseworker)

    assert not case.events.exists()


def test_a_case_is_assigned_only_to_someone_working_in_its_agency(
    agency: Any, other_agency: Any, supervisor: Any
) -> None:
    case = case_in(S.NEW, agency)
    nobody = UserFactory()
    elsewhere = member(other_agency, Role.CASEWORKER)
    inactive = member(agency, Role.CASEWORKER, is_active=False)

    for assignee in (nobody, elsewhere, inactive):
        with pytest.raises(DomainError) as error:
            services.case_assign(case=case, assignee=assignee, actor=supervisor)
        assert error.value.field == "assignee"

    case.refresh_from_db()
    assert (case.assignee, case.status) == (None, S.NEW)


@pytest.mark.parametrize("status", sorted(DONE_STATUSES))
def test_a_finished_case_cannot_be_assigned(
    agency: Any, caseworker: Any, supervisor: Any, status: str
) -> None:
    case = case_in(status, agency)

    with pytest.raises(DomainError):
        services.case_assign(case=case, assignee=caseworker, actor=supervisor)

    case.refresh_from_db()
    assert case.assignee is None


def test_unassigning_puts_the_case_back_with_nobody(agency: Any, caseworker: Any) -> None:
    case = case_in(S.IN_PROGRESS, agency, assignee=caseworker)

    services.case_unassign(case=case, actor=caseworker)

    case.refresh_from_db()
    assert case.assignee is None
    assert case.status == S.IN_PROGRESS
    [event] = case.events.all()
    assert event.kind == EventKind.UNASSIGNED
    assert event.data == {"assignee": [caseworker.pk, None]}


def test_unassigning_a_case_nobody_holds_is_a_conflict(agency: Any, caseworker: Any) -> None:
    with pytest.raises(ConflictError):
        services.case_unassign(case=case_in(S.OPEN, agency), actor=caseworker)


# Notes and contact with the customer ----------------------------------------------------------


def test_a_note_is_kept_on_the_timeline_but_not_shown_to_the_customer(
    agency: Any, caseworker: Any
) -> None:
    case = case_in(S.OPEN, agency)

    note = services.case_add_note(case=case, body="  Pole is leaning.  ", actor=caseworker)

    assert note.body == "Pole is leaning."
    assert note.author == caseworker
    [event] = case.events.all()
    assert event.kind == EventKind.NOTE
    assert not event.public


def test_an_empty_note_is_refused(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    with pytest.raises(DomainError) as error:
        services.case_add_note(case=case, body=" \n ", actor=caseworker)

    assert error.value.field == "body"
    assert not CaseNote.objects.exists()
    assert not case.events.exists()


def test_a_customer_without_email_cannot_be_emailed(agency: Any, caseworker: Any) -> None:
    by_phone = case_in(S.OPEN, agency, customer=CustomerFactory(agency=agency, email=""))
    anonymous = case_in(S.OPEN, agency, customer=None)

    for case in (by_phone, anonymous):
        with pytest.raises(DomainError):
            services.case_message_customer(case=case, subject="", body="Hi", actor=caseworker)

    assert not OutboundEmail.objects.exists()
    assert not CustomerMessage.objects.exists()


def test_an_empty_message_is_refused(agency: Any, caseworker: Any) -> None:
    with pytest.raises(DomainError) as error:
        services.case_message_customer(
            case=case_in(S.OPEN, agency), subject="Hello", body="  ", actor=caseworker
        )

    assert error.value.field == "body"
    assert not OutboundEmail.objects.exists()


def test_messaging_the_customer_goes_through_the_outbox_quoting_the_reference(
    agency: Any, caseworker: Any
) -> None:
    case = case_in(S.OPEN, agency)

    message = services.case_message_customer(
        case=case, subject="Your street light", body="A crew comes on Monday.", actor=caseworker
    )

    email = message.outbound_email
    assert email is not None
    assert email.to == case.customer.email
    assert email.kind == "case.message"
    assert email.status == OutboundEmailStatus.PENDING
    assert email.subject == f"Your street light [{case.reference}]"
    assert message.direction == MessageDirection.OUTBOUND
    [event] = case.events.all()
    assert (event.kind, event.public) == (EventKind.MESSAGE_OUT, True)


def test_the_first_response_is_the_first_message_only(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    services.case_message_customer(case=case, subject="", body="On it.", actor=caseworker)
    case.refresh_from_db()
    first = case.first_response_at
    services.case_message_customer(case=case, subject="", body="Done.", actor=caseworker)
    case.refresh_from_db()

    assert first is not None
    assert case.first_response_at == first
    assert OutboundEmail.objects.count() == 2


def test_a_reply_from_the_customer_puts_a_waiting_case_back_in_progress(
    agency: Any, caseworker: Any
) -> None:
    case = case_in(S.WAITING_CUSTOMER, agency)

    services.case_log_contact(
        case=case,
        direction=MessageDirection.INBOUND,
        channel=Channel.PHONE,
        body="The pole number is P-17.",
        actor=caseworker,
    )

    case.refresh_from_db()
    assert case.status == S.IN_PROGRESS
    assert [e.kind for e in case.events.all()] == [EventKind.MESSAGE_IN, EventKind.STATUS]
    assert case.first_response_at is None


def test_a_reply_on_a_case_not_waiting_leaves_its_status(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    services.case_log_contact(
        case=case, direction="in", channel=Channel.MAIL, body="Letter.", actor=caseworker
    )

    case.refresh_from_db()
    assert case.status == S.OPEN


def test_a_logged_call_to_the_customer_is_the_first_response(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    services.case_log_contact(
        case=case, direction="out", channel=Channel.PHONE, body="Called back.", actor=caseworker
    )

    case.refresh_from_db()
    assert case.first_response_at is not None
    assert not OutboundEmail.objects.exists()


@pytest.mark.parametrize(
    ("direction", "channel", "body", "field"),
    [
        ("sideways", Channel.PHONE, "Hi", "direction"),
        ("in", "telegram", "Hi", "channel"),
        ("in", Channel.PHONE, "  ", "body"),
    ],
)
def test_a_contact_log_with_a_bad_detail_is_refused(
    agency: Any, caseworker: Any, direction: str, channel: str, body: str, field: str
) -> None:
    case = case_in(S.OPEN, agency)

    with pytest.raises(DomainError) as error:
        services.case_log_contact(
            case=case, direction=direction, channel=channel, body=body, actor=caseworker
        )

    assert error.value.field == field
    assert not CustomerMessage.objects.exists()


# Links ----------------------------------------------------------------------------------------


def test_linking_two_cases_records_it_on_both_timelines(agency: Any, caseworker: Any) -> None:
    first, second = case_in(S.OPEN, agency), case_in(S.OPEN, agency)

    link = services.case_link(case=second, other=first, actor=caseworker)

    assert (link.from_case, link.to_case) == (first, second)
    [on_first] = first.events.all()
    [on_second] = second.events.all()
    assert on_first.kind == on_second.kind == EventKind.LINKED
    assert on_first.data == {"case": second.pk}
    assert on_second.data == {"case": first.pk}


def test_a_case_cannot_be_linked_to_itself(agency: Any, caseworker: Any) -> None:
    case = case_in(S.OPEN, agency)

    with pytest.raises(DomainError) as error:
        services.case_link(case=case, other=case, actor=caseworker)

    assert error.value.field == "other"
    assert not CaseLink.objects.exists()


def test_a_case_cannot_be_linked_to_one_of_another_agency(
    agency: Any, other_agency: Any, caseworker: Any
) -> None:
    with pytest.raises(DomainError) as error:
        services.case_link(
            case=case_in(S.OPEN, agency),
            other=CaseFactory(agency=other_agency),
            actor=caseworker,
        )

    assert error.value.field == "other"
    assert not CaseLink.objects.exists()


def test_linking_the_same_cases_again_is_a_conflict_in_either_order(
    agency: Any, caseworker: Any
) -> None:
    first, second = case_in(S.OPEN, agency), case_in(S.OPEN, agency)
    services.case_link(case=first, other=second, actor=caseworker)

    for case, other in ((first, second), (second, first)):
        with pytest.raises(ConflictError):
            services.case_link(case=case, other=other, actor=caseworker)

    assert CaseLink.objects.count() == 1
    assert first.events.count() == second.events.count() == 1


# Bulk work ------------------------------------------------------------------------------------


def test_bulk_assign_reports_refusals_and_assigns_the_rest(
    agency: Any, caseworker: Any, supervisor: Any
) -> None:
    fresh, closed, working = (
        case_in(S.NEW, agency),
        case_in(S.CLOSED, agency),
        case_in(S.OPEN, agency),
    )

    result = services.bulk_assign(
        cases=[fresh, closed, working], assignee=caseworker, actor=supervisor
    )

    assert [c.pk for c in result.done] == [fresh.pk, working.pk]
    assert [(c.pk, bool(reason)) for c, reason in result.refused] == [(closed.pk, True)]
    assert Case.objects.filter(assignee=caseworker).count() == 2
    closed.refresh_from_db()
    assert closed.assignee is None


def test_bulk_close_resolves_and_closes_and_reports_refusals(agency: Any, supervisor: Any) -> None:
    working = case_in(S.IN_PROGRESS, agency)
    resolved = case_in(S.RESOLVED, agency)
    cancelled = case_in(S.CANCELLED, agency)

    result = services.bulk_close(
        cases=[working, cancelled, resolved], resolution="Whole street relit.", actor=supervisor
    )

    assert sorted(c.pk for c in result.done) == sorted([working.pk, resolved.pk])
    assert [c.pk for c, _reason in result.refused] == [cancelled.pk]
    working.refresh_from_db()
    assert (working.status, working.resolution) == (S.CLOSED, "Whole street relit.")
    resolved.refresh_from_db()
    assert resolved.status == S.CLOSED
    cancelled.refresh_from_db()
    assert cancelled.status == S.CANCELLED


def test_bulk_close_without_a_resolution_leaves_open_cases_untouched(
    agency: Any, supervisor: Any
) -> None:
    working = case_in(S.OPEN, agency)

    result = services.bulk_close(cases=[working], resolution=" ", actor=supervisor)

    assert result.done == []
    assert len(result.refused) == 1
    working.refresh_from_db()
    assert working.status == S.OPEN
    assert not working.events.exists()
    assert not OutboundEmail.objects.exists()


def test_bulk_work_needs_a_supervisor(agency: Any, caseworker: Any) -> None:
    case = case_in(S.NEW, agency)

    with pytest.raises(DomainError) as error:
        services.bulk_assign(cases=[case], assignee=caseworker, actor=caseworker)
    assert error.value.code == "forbidden"
    with pytest.raises(DomainError) as error:
        services.bulk_close(cases=[case], resolution="Done.", actor=caseworker)
    assert error.value.code == "forbidden"

    case.refresh_from_db()
    assert (case.status, case.assignee) == (S.NEW, None)


def test_bulk_work_touching_another_agency_changes_nothing(
    agency: Any, other_agency: Any, caseworker: Any, supervisor: Any
) -> None:
    ours = case_in(S.NEW, agency)
    theirs = case_in(S.NEW, other_agency)

    with pytest.raises(DomainError) as error:
        services.bulk_assign(cases=[ours, theirs], assignee=caseworker, actor=supervisor)
    with pytest.raises(DomainError):
        services.bulk_close(cases=[ours, theirs], resolution="Done.", actor=supervisor)

    assert error.value.code == "forbidden"
    ours.refresh_from_db()
    assert (ours.status, ours.assignee) == (S.NEW, None)
    assert not CaseEvent.objects.exists()


# Who may act ----------------------------------------------------------------------------------

Operation = Callable[[Case, Any], object]

OPERATIONS: dict[str, Operation] = {
    "change status": lambda case, actor: services.case_change_status(
        case=case, status=S.IN_PROGRESS, actor=actor
    ),
    "update": lambda case, actor: services.case_update(case=case, subject="New", actor=actor),
    "assign": lambda case, actor: services.case_assign(case=case, assignee=actor, actor=actor),
    "unassign": lambda case, actor: services.case_unassign(case=case, actor=actor),
    "note": lambda case, actor: services.case_add_note(case=case, body="Hi", actor=actor),
    "message": lambda case, actor: services.case_message_customer(
        case=case, subject="", body="Hi", actor=actor
    ),
    "log contact": lambda case, actor: services.case_log_contact(
        case=case, direction="in", channel=Channel.PHONE, body="Hi", actor=actor
    ),
    "link": lambda case, actor: services.case_link(
        case=case, other=CaseFactory(agency=case.agency), actor=actor
    ),
    "open": lambda case, actor: services.case_open(
        agency=case.agency, service=case.service, channel="phone", subject="Hi", actor=actor
    ),
    "find or create customer": lambda case, actor: services.customer_find_or_create(
        agency=case.agency, name="Ana", email="ana@example.org", actor=actor
    ),
    "update customer": lambda case, actor: services.customer_update(
        customer=case.customer, name="Changed", actor=actor
    ),
}


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_caseworker_of_another_agency_is_refused(
    agency: Any, caseworker: Any, outsider: Any, operation: Operation
) -> None:
    case = case_in(S.OPEN, agency, assignee=caseworker, subject="Street light out")
    customer_name = case.customer.name

    with pytest.raises(DomainError) as error:
        operation(case, outsider)

    assert error.value.code == "forbidden"
    case.refresh_from_db()
    assert (case.status, case.assignee, case.subject) == (S.OPEN, caseworker, "Street light out")
    assert case.customer.name == customer_name
    assert not CaseEvent.objects.exists()
    assert not CaseLink.objects.exists()
    assert not CustomerMessage.objects.exists()
    assert not Case.objects.filter(subject="Hi").exists()
    assert not Customer.objects.filter(email="ana@example.org").exists()


def test_the_reopen_window_counts_from_closure(agency: Any, caseworker: Any) -> None:
    service = ServiceFactory(agency=agency, reopen_window_days=30)
    case = case_in(
        S.CLOSED,
        agency,
        service=service,
        resolved_at=timezone.now() - timedelta(40),
        closed_at=timezone.now() - timedelta(5),
    )
    services.case_reopen(case=case, reason="Still broken", actor=caseworker)
    case.refresh_from_db()
    assert case.status == S.OPEN


@pytest.mark.parametrize(
    "media_url",
    [
        "javascript:alert(1)",
        "ftp://files.example.org/a.jpg",
        "not a link",
        "https://x/" + "a" * 500,
    ],
)
def test_case_open_refuses_a_media_link_that_is_not_a_web_address(
    agency: Any, media_url: str
) -> None:
    worker = member(agency, Role.CASEWORKER)
    with pytest.raises(DomainError) as refused:
        open_case(agency, ServiceFactory(agency=agency), worker, media_url=media_url)
    assert refused.value.field == "media_url"
    assert not Case.objects.exists()
