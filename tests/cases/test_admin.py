"""The cases admin: scoped to the agencies one administers; cases change only by actions."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import messages

from backoffice.models import AuditEvent, Role
from cases import services
from cases.models import Case, CaseEvent, CaseStatus, Channel, EventKind, Service

from ..conftest import member
from .factories import CaseFactory, ServiceFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/cases/case/"


@pytest.fixture
def administrator(agency: Any) -> Any:
    return member(agency, Role.ADMINISTRATOR, is_staff=True)


@pytest.fixture
def admin_client(administrator: Any, client_for: Any) -> Any:
    return client_for(administrator)


def _opened(agency: Any, **changes: Any) -> Case:
    worker = member(agency, Role.CASEWORKER)
    case = services.case_open(
        agency=agency,
        service=ServiceFactory(agency=agency),
        channel=Channel.PHONE,
        subject="Licence renewal",
        actor=worker,
    )
    if changes.get("resolved"):
        case = services.case_change_status(
            case=case, status=CaseStatus.RESOLVED, resolution="Licence renewed.", actor=worker
        )
    return case


def _messages(response: Any) -> list[tuple[int, str]]:
    return [(m.level, str(m)) for m in response.context["messages"]]


def test_an_agency_administrator_sees_only_their_agencys_rows(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    mine = CaseFactory(agency=agency, customer__name="Alice Ownagency", service__code="own-service")
    theirs = CaseFactory(
        agency=other_agency, customer__name="Bob Otheragency", service__code="foreign-service"
    )
    pages = (
        ("/admin/cases/case/", mine.reference, theirs.reference),
        ("/admin/cases/customer/", "Alice Ownagency", "Bob Otheragency"),
        ("/admin/cases/service/", "own-service", "foreign-service"),
    )
    for url, own, foreign in pages:
        page = admin_client.get(url)
        assert page.status_code == 200, url
        assert own in page.content.decode(), url
        assert foreign not in page.content.decode(), url

    for url in (
        f"/admin/cases/case/{theirs.pk}/change/",
        f"/admin/cases/customer/{theirs.customer.pk}/change/",
        f"/admin/cases/service/{theirs.service.pk}/change/",
    ):
        assert admin_client.get(url).status_code == 302, url  # "does not exist"


def test_cases_cannot_be_added_changed_or_deleted_in_the_admin(
    agency: Any, admin_client: Any
) -> None:
    case = CaseFactory(agency=agency, subject="Original subject")

    page = admin_client.get(f"/admin/cases/case/{case.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert admin_client.get("/admin/cases/case/add/").status_code == 403
    changed = admin_client.post(
        f"/admin/cases/case/{case.pk}/change/", {"subject": "Changed subject"}
    )
    assert changed.status_code == 403
    deleted = admin_client.post(f"/admin/cases/case/{case.pk}/delete/", {"post": "yes"})
    assert deleted.status_code == 403
    assert "delete_selected" not in admin_client.get(CHANGELIST).content.decode()
    case.refresh_from_db()
    assert case.subject == "Original subject"


def test_closing_a_case_that_is_not_resolved_reports_why_and_changes_nothing(
    agency: Any, admin_client: Any
) -> None:
    case = _opened(agency)
    events = CaseEvent.objects.filter(case=case).count()

    response = admin_client.post(
        CHANGELIST, {"action": "close_resolved", "_selected_action": [case.pk]}, follow=True
    )

    assert (messages.ERROR, f"{case.reference}: A case that is new cannot become closed.") in (
        _messages(response)
    )
    case.refresh_from_db()
    assert case.status == CaseStatus.NEW
    assert CaseEvent.objects.filter(case=case).count() == events


def test_closing_a_resolved_case_closes_it_on_the_timeline(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    case = _opened(agency, resolved=True)

    response = admin_client.post(
        CHANGELIST, {"action": "close_resolved", "_selected_action": [case.pk]}, follow=True
    )

    assert (messages.SUCCESS, "Closed 1 case.") in _messages(response)
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED
    assert case.closed_at is not None
    event = CaseEvent.objects.filter(case=case).last()
    assert event is not None
    assert event.kind == EventKind.STATUS
    assert event.data["status"] == [CaseStatus.RESOLVED, CaseStatus.CLOSED]
    assert event.actor == administrator


def test_assign_to_me_assigns_open_cases_and_reports_closed_ones(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    waiting = _opened(agency)
    closed = CaseFactory(agency=agency, status=CaseStatus.CLOSED)

    response = admin_client.post(
        CHANGELIST,
        {"action": "assign_to_me", "_selected_action": [waiting.pk, closed.pk]},
        follow=True,
    )

    shown = _messages(response)
    assert (messages.SUCCESS, "Assigned 1 case to you.") in shown
    assert (
        messages.ERROR,
        f"{closed.reference}: A case that is closed cannot be assigned.",
    ) in shown
    waiting.refresh_from_db()
    assert waiting.assignee == administrator
    assert Case.objects.get(pk=closed.pk).assignee is None


def _service_form(agency: Any, **attribute: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agency": agency.pk,
        "code": "dog-licence",
        "name": "Dog licence",
        "channels": [Channel.WEB, Channel.MAIL],
        "default_priority": 2,
        "reopen_window_days": 30,
        "is_active": "on",
        "attributes-TOTAL_FORMS": "1",
        "attributes-INITIAL_FORMS": "0",
        "attributes-MIN_NUM_FORMS": "0",
        "attributes-MAX_NUM_FORMS": "1000",
        "attributes-0-order": "10",
        "attributes-0-code": "breed",
        "attributes-0-label": "Breed",
        "attributes-0-datatype": "string",
        "attributes-0-choices": "[]",
        "skills-TOTAL_FORMS": "0",
        "skills-INITIAL_FORMS": "0",
        "skills-MIN_NUM_FORMS": "0",
        "skills-MAX_NUM_FORMS": "1000",
    }
    data.update({f"attributes-0-{name}": value for name, value in attribute.items()})
    return data


def test_a_service_added_in_the_admin_is_saved_through_the_services(
    agency: Any, admin_client: Any
) -> None:
    response = admin_client.post("/admin/cases/service/add/", _service_form(agency))

    assert response.status_code == 302, response.content.decode()
    service = Service.objects.get(agency=agency, code="dog-licence")
    assert service.channels == [Channel.WEB, Channel.MAIL]
    assert list(service.attributes.values_list("code", flat=True)) == ["breed"]
    actions = set(AuditEvent.objects.filter(agency=agency).values_list("action", flat=True))
    assert {"service.create", "service.attributes"} <= actions


def test_a_choice_question_without_options_is_refused_keeping_what_was_typed(
    agency: Any, admin_client: Any
) -> None:
    response = admin_client.post(
        "/admin/cases/service/add/", _service_form(agency, datatype="singlevaluelist")
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "needs a list of options" in page
    assert 'value="dog-licence"' in page
    assert not Service.objects.filter(code="dog-licence").exists()


def test_a_customer_added_in_the_admin_needs_a_way_to_reach_them(
    agency: Any, admin_client: Any
) -> None:
    form = {
        "agency": agency.pk,
        "kind": "person",
        "name": "Nora Nocontact",
        "preferred_language": "en",
        "preferred_channel": "email",
        "survey_consent": "on",
    }

    refused = admin_client.post("/admin/cases/customer/add/", form)
    assert refused.status_code == 200
    assert "Give at least an email address" in refused.content.decode()
    assert 'value="Nora Nocontact"' in refused.content.decode()

    added = admin_client.post("/admin/cases/customer/add/", {**form, "email": "Nora@Example.org"})
    assert added.status_code == 302
    assert AuditEvent.objects.filter(action="customer.create", agency=agency).exists()


def test_the_case_list_counts_only_up_to_a_cap(
    agency: Any, admin_client: Any, monkeypatch: Any
) -> None:
    from backoffice.admin import CappedCountPaginator

    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    first, *_ = CaseFactory.create_batch(4, agency=agency)

    page = admin_client.get(CHANGELIST).content.decode()
    assert "More than 3 cases: filter or search to narrow the list" in page

    page = admin_client.get(CHANGELIST, {"q": first.reference}).content.decode()
    assert "1 case" in page
    assert "More than" not in page
