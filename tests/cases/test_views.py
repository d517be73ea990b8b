"""The caseworker's pages: access, lists, the case page's actions, intake and bulk actions."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail

from backoffice.models import AuditEvent, Role
from cases.models import (
    AttributeDatatype,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    CaseStatus,
    Customer,
)

from ..backoffice.factories import MembershipFactory, TeamFactory
from ..conftest import member
from .factories import (
    CaseFactory,
    CaseNoteFactory,
    CustomerFactory,
    ServiceAttributeFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture
def worker(agency: Any) -> Any:
    return member(agency, Role.CASEWORKER)


@pytest.fixture
def case(agency: Any) -> Any:
    return CaseFactory(agency=agency, subject="Broken street light")


def test_every_case_and_customer_url_is_a_404_for_another_agency(
    case: Any, other_agency: Any, client_for: Any
) -> None:
    attachment_case = case
    attachment = CaseAttachment.objects.create(
        case=attachment_case,
        file="attachments/x",
        original_name="x.pdf",
        content_type="application/pdf",
        size=1,
        sha256="0" * 64,
    )
    outsider = client_for(member(other_agency, Role.MANAGER))
    gets = [
        f"/cases/{case.pk}/",
        f"/cases/{case.pk}/attachments/{attachment.pk}/",
        f"/customers/{case.customer_id}/",
    ]
    for path in gets:
        assert outsider.get(path).status_code == 404, path
    posts = {
        "note": {"note-body": "x"},
        "message": {"message-body": "x"},
        "contact": {"contact-direction": "in", "contact-channel": "phone", "contact-body": "x"},
        "status": {"status-status": "open"},
        "assign": {"assign-assignee": "1"},
        "take": {},
        "unassign": {},
        "reopen": {"reopen-reason": "x"},
        "link": {"link-reference": case.reference},
        "attachments": {},
    }
    for action, data in posts.items():
        response = outsider.post(f"/cases/{case.pk}/{action}/", data)
        assert response.status_code == 404, action
    assert not CaseNote.objects.exists()
    assert CaseEvent.objects.filter(case=case).count() == 0
    for path in ("/cases/?status=", "/cases/?status=&q=" + case.reference):
        assert "Broken street light" not in outsider.get(path).content.decode(), path
    customers = outsider.get("/customers/", {"q": case.customer.name[:4]}).content.decode()
    assert case.customer.email not in customers


def test_opening_the_case_page_records_a_read_of_personal_data(
    case: Any, worker: Any, client_for: Any
) -> None:
    assert client_for(worker).get(f"/cases/{case.pk}/").status_code == 200
    event = AuditEvent.objects.get(action="customer.read")
    assert event.actor == worker
    assert event.object_id == str(case.customer_id)
    assert event.details == {"via": case.reference}


def test_the_case_page_links_the_requesters_photo_safely(
    case: Any, worker: Any, client_for: Any
) -> None:
    case.media_url = "https://photos.example.org/pothole.jpg"
    case.save(update_fields=["media_url"])
    page = client_for(worker).get(f"/cases/{case.pk}/").content.decode()
    assert (
        '<a href="https://photos.example.org/pothole.jpg" rel="noopener noreferrer nofollow"'
        in page
    )


def test_the_case_list_runs_a_fixed_number_of_queries_whatever_the_page_holds(
    agency: Any, worker: Any, client_for: Any, django_assert_max_num_queries: Any
) -> None:
    client = client_for(worker)
    CaseFactory.create_batch(2, agency=agency)
    with django_assert_max_num_queries(20) as small:
        assert client.get("/cases/").status_code == 200
    team = TeamFactory(agency=agency)
    for _ in range(30):
        CaseFactory(agency=agency, team=team, assignee=member(agency, Role.CASEWORKER))
    with django_assert_max_num_queries(len(small.captured_queries)) as large:
        response = client.get("/cases/")
    assert len(response.context["page"].items) == 25
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_case_list_pages_by_keyset_without_losing_a_case(
    agency: Any, worker: Any, client_for: Any
) -> None:
    created = {CaseFactory(agency=agency).reference for _ in range(30)}
    client = client_for(worker)
    first = client.get("/cases/?status=&sort=oldest")
    cursor = first.context["page"].next_cursor
    assert cursor
    second = client.get(f"/cases/?status=&sort=oldest&after={cursor}")
    seen = [c.reference for c in first.context["page"].items + second.context["page"].items]
    assert set(seen) == created
    assert len(seen) == 30


def test_filters_narrow_the_list(agency: Any, worker: Any, client_for: Any) -> None:
    mine = CaseFactory(agency=agency, assignee=worker, status=CaseStatus.OPEN, subject="Mine open")
    CaseFactory(agency=agency, status=CaseStatus.CLOSED, subject="Someone closed")
    urgent = CaseFactory(agency=agency, priority=4, subject="Urgent one")
    client = client_for(worker)
    assert [c.pk for c in client.get("/cases/mine/").context["page"].items] == [mine.pk]
    urgent_only = client.get("/cases/?status=&priority=4").context["page"].items
    assert [c.pk for c in urgent_only] == [urgent.pk]
    closed = client.get("/cases/?status=closed").context["page"].items
    assert [c.subject for c in closed] == ["Someone closed"]


def test_search_finds_by_reference_customer_and_words(
    agency: Any, worker: Any, client_for: Any
) -> None:
    customer = CustomerFactory(agency=agency, name="Orla Fitzgerald")
    target = CaseFactory(
        agency=agency, customer=customer, subject="Dog licence renewal", description="The terrier"
    )
    CaseFactory(agency=agency, subject="Building permit")
    client = client_for(worker)
    for q in (target.reference, "Fitzgerald", "terrier", "licence renewal"):
        items = client.get("/cases/", {"q": q, "status": ""}).context["page"].items
        assert [c.pk for c in items] == [target.pk], q


def test_the_list_answers_htmx_with_the_results_only(
    case: Any, worker: Any, client_for: Any
) -> None:
    response = client_for(worker).get("/cases/", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert case.reference in page
    assert "<html" not in page


def test_a_note_is_added_and_an_empty_one_is_refused(
    case: Any, worker: Any, client_for: Any
) -> None:
    client = client_for(worker)
    response = client.post(f"/cases/{case.pk}/note/", {"note-body": "Called the depot."})
    assert response.status_code == 302
    assert CaseNote.objects.get(case=case).body == "Called the depot."
    response = client.post(f"/cases/{case.pk}/note/", {"note-body": "   "})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()


def test_a_refused_transition_is_explained_and_changes_nothing(
    case: Any, worker: Any, client_for: Any
) -> None:
    client = client_for(worker)
    response = client.post(f"/cases/{case.pk}/status/", {"status-status": "closed"})
    assert response.status_code == 400
    assert "cannot become closed" in response.content.decode()
    case.refresh_from_db()
    assert case.status == CaseStatus.NEW


def test_resolving_needs_a_resolution_and_keeps_what_was_typed(
    case: Any, worker: Any, client_for: Any
) -> None:
    client = client_for(worker)
    response = client.post(
        f"/cases/{case.pk}/status/", {"status-status": "resolved", "status-duplicate_of": "typed"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Say how the case was resolved" in page
    assert 'value="typed"' in page


def test_messaging_the_customer_queues_an_email(
    case: Any, worker: Any, client_for: Any, django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from backoffice.celery import app

    app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for(worker).post(
                f"/cases/{case.pk}/message/", {"message-body": "We fixed the light."}
            )
    finally:
        app.conf.task_always_eager = False
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[case.customer.email]]
    assert case.reference in mail.outbox[0].subject


def test_a_bad_upload_is_refused_with_a_message_and_nothing_saved(
    case: Any, worker: Any, client_for: Any, settings: Any, tmp_path: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    client = client_for(worker)
    renamed = io.BytesIO(b"MZ\x90\x00" + b"\x00" * 200)
    renamed.name = "invoice.pdf"
    response = client.post(f"/cases/{case.pk}/attachments/", {"attachment-file": renamed})
    assert response.status_code == 400
    assert "not accepted" in response.content.decode()
    assert not CaseAttachment.objects.exists()
    assert not list(tmp_path.rglob("*")) or all(p.is_dir() for p in tmp_path.rglob("*"))


def test_an_upload_is_stored_and_downloaded_through_the_access_check(
    case: Any, worker: Any, client_for: Any, settings: Any, tmp_path: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    client = client_for(worker)
    upload = io.BytesIO(PDF)
    upload.name = "plan.pdf"
    assert (
        client.post(f"/cases/{case.pk}/attachments/", {"attachment-file": upload}).status_code
        == 302
    )
    attachment = CaseAttachment.objects.get(case=case)
    assert attachment.content_type == "application/pdf"
    response = client.get(f"/cases/{case.pk}/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "attachment" in response["Content-Disposition"]
    assert AuditEvent.objects.filter(action="attachment.download").exists()


def test_intake_opens_a_case_and_reuses_the_customer(
    agency: Any, worker: Any, client_for: Any
) -> None:
    service = ServiceFactory(agency=agency, name="Street repair")
    ServiceAttributeFactory(
        service=service,
        code="size",
        label="Pothole size",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        required=True,
        choices=[{"key": "small", "name": "Small"}, {"key": "large", "name": "Large"}],
    )
    existing = CustomerFactory(agency=agency, name="Ann Lee", email="ann@example.org")
    data = {
        "channel": "phone",
        "service": service.pk,
        "customer_kind": "person",
        "customer_name": "Ann Lee",
        "customer_email": "ANN@example.org",
        "subject": "Pothole on Elm Street",
        "attribute_size": "large",
    }
    response = client_for(worker).post("/cases/new/", data)
    assert response.status_code == 302
    case = Case.objects.get(subject="Pothole on Elm Street")
    assert case.customer == existing
    assert case.attributes == {"size": "large"}
    assert case.channel == "phone"
    assert Customer.objects.filter(agency=agency).count() == 1


def test_intake_with_a_missing_answer_keeps_everything_typed(
    agency: Any, worker: Any, client_for: Any
) -> None:
    service = ServiceFactory(agency=agency)
    ServiceAttributeFactory(service=service, code="plate", label="Licence plate", required=True)
    data = {
        "channel": "mail",
        "service": service.pk,
        "customer_kind": "person",
        "customer_name": "Typed Name",
        "customer_phone": "555 0100",
        "subject": "Typed subject",
    }
    response = client_for(worker).post("/cases/new/", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "This field is required" in page
    assert 'value="Typed Name"' in page
    assert 'value="Typed subject"' in page
    assert not Case.objects.exists()


def test_the_questions_of_a_service_come_as_a_partial(
    agency: Any, worker: Any, client_for: Any
) -> None:
    service = ServiceFactory(agency=agency)
    ServiceAttributeFactory(service=service, code="plate", label="Licence plate")
    response = client_for(worker).get(f"/cases/new/questions/?service={service.pk}")
    page = response.content.decode()
    assert "Licence plate" in page
    assert "<html" not in page


def test_bulk_close_asks_for_confirmation_then_reports_refusals(
    agency: Any, client_for: Any
) -> None:
    supervisor = UserFactoryWithRole(agency, Role.SUPERVISOR)
    working = CaseFactory(agency=agency, status=CaseStatus.OPEN)
    cancelled = CaseFactory(agency=agency, status=CaseStatus.CANCELLED)
    client = client_for(supervisor)
    ids = [working.pk, cancelled.pk]
    confirm = client.post("/cases/bulk/", {"action": "close", "cases": ids})
    assert confirm.status_code == 200
    assert "Confirm the change" in confirm.content.decode()
    working.refresh_from_db()
    assert working.status == CaseStatus.OPEN
    done = client.post(
        "/cases/bulk/",
        {"action": "close", "cases": ids, "confirmed": "on", "resolution": "Fixed in bulk"},
        follow=True,
    )
    page = done.content.decode()
    working.refresh_from_db()
    assert working.status == CaseStatus.CLOSED
    assert f"{cancelled.reference}:" in page


def test_caseworkers_cannot_run_bulk_actions(case: Any, worker: Any, client_for: Any) -> None:
    response = client_for(worker).post("/cases/bulk/", {"action": "close", "cases": [case.pk]})
    assert response.status_code == 403


def test_the_customer_page_lists_their_cases(agency: Any, worker: Any, client_for: Any) -> None:
    customer = CustomerFactory(agency=agency, name="Ravi Patel")
    cases = CaseFactory.create_batch(3, agency=agency, customer=customer)
    CaseNoteFactory(case=cases[0])
    page = client_for(worker).get(f"/customers/{customer.pk}/").content.decode()
    for case in cases:
        assert case.reference in page


def UserFactoryWithRole(agency: Any, role: str) -> Any:  # noqa: N802
    user = member(agency, role)
    MembershipFactory(
        user=user, agency=agency, team=TeamFactory(agency=agency), role=Role.CASEWORKER
    )
    return user


def test_the_case_page_costs_the_same_with_a_long_timeline(
    agency: Any,
    worker: Any,
    client_for: Any,
    django_assert_max_num_queries: Any,
    settings: Any,
) -> None:
    """At most 13 queries, whatever the case holds, with sessions served from the shared
    cache as in production (CACHE_URL set); two more once a minute (below)."""
    from cases import services as case_services

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    short = CaseFactory(agency=agency)
    long = CaseFactory(agency=agency, attributes={"colour": "red"})
    ServiceAttributeFactory(service=long.service, code="colour", label="Colour")
    for index in range(60):
        case_services.case_add_note(case=long, body=f"Note {index:02d}", actor=worker)
    case_services.case_link(case=long, other=short, actor=worker)
    client = client_for(worker)
    client.get(f"/cases/{short.pk}/")  # the session reaches the cache
    with django_assert_max_num_queries(13) as baseline:
        assert client.get(f"/cases/{short.pk}/").status_code == 200
    with django_assert_max_num_queries(13) as large:
        response = client.get(f"/cases/{long.pk}/")
    page = response.content.decode()
    assert "Note 59" in page
    assert "Colour" in page
    assert short.reference in page
    # The long case pays only for what the short one has not got: its intake questions.
    assert len(large.captured_queries) <= len(baseline.captured_queries) + 1
    # The newest 25 of the history show; the rest on asking, at the same cost.
    assert "Note 35" in page
    assert "Note 34" not in page
    assert "Show the whole history" in page
    with django_assert_max_num_queries(13):
        whole = client.get(f"/cases/{long.pk}/", {"history": "all"}).content.decode()
    assert "Note 00" in whole
    assert "Show the whole history" not in whole


def test_the_case_page_stays_within_15_queries_in_the_minute_it_writes_the_activity(
    agency: Any,
    worker: Any,
    client_for: Any,
    django_assert_max_num_queries: Any,
    settings: Any,
) -> None:
    """Once a minute a page saves the session's activity stamp and the person's presence;
    the second-factor re-check rides on the same clock and writes nothing of its own."""
    import time_machine
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from routing.models import Presence
    from routing.presence import presence_set

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    case = CaseFactory(agency=agency)
    presence_set(user=worker, state="available", actor=worker)
    client = client_for(worker)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.get(f"/cases/{case.pk}/")
        client.get(f"/cases/{case.pk}/")
    soon = start + timedelta(seconds=30)
    with time_machine.travel(soon, tick=False), django_assert_max_num_queries(13) as quiet:
        assert client.get(f"/cases/{case.pk}/").status_code == 200
    assert not any("UPDATE" in query["sql"] for query in quiet.captured_queries)
    later = start + timedelta(minutes=2)
    with time_machine.travel(later, tick=False), django_assert_max_num_queries(17) as writing:
        assert client.get(f"/cases/{case.pk}/").status_code == 200
    # The session is saved in a transaction of its own: SAVEPOINT and RELEASE here, where the
    # test runs in a transaction; BEGIN and COMMIT, which are not statements, in production.
    statements = [
        query["sql"] for query in writing.captured_queries if "SAVEPOINT" not in query["sql"]
    ]
    assert len(statements) <= 15
    updates = [sql for sql in statements if sql.startswith("UPDATE")]
    assert len(updates) == 2
    assert any("django_session" in sql for sql in updates)
    assert any("routing_presence" in sql for sql in updates)
    assert Presence.objects.get(user=worker).last_activity_at == later
    session = Session.objects.get(session_key=client.session.session_key).get_decoded()
    assert session["last_activity"] == int(later.timestamp())
    assert "second_factor_checked" not in session


def test_related_cases_splits_links_and_duplicates_in_one_read(
    agency: Any, worker: Any, django_assert_num_queries: Any
) -> None:
    from cases import selectors
    from cases import services as case_services

    case = CaseFactory(agency=agency)
    linked = CaseFactory(agency=agency)
    duplicate = CaseFactory(agency=agency, duplicate_of=case)
    both = CaseFactory(agency=agency, duplicate_of=case)
    CaseFactory(agency=agency)  # unrelated
    case_services.case_link(case=case, other=linked, actor=worker)
    case_services.case_link(case=both, other=case, actor=worker)

    with django_assert_num_queries(1):
        links, duplicates = selectors.related_cases(case=case)

    assert {c.pk for c in links} == {linked.pk, both.pk}
    assert {c.pk for c in duplicates} == {duplicate.pk, both.pk}
