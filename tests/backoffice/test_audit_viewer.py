"""The audit viewer: only administrators, only their agency, filters, pages, CSV export."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest
from django.http import StreamingHttpResponse
from django.utils import timezone

from backoffice import services
from backoffice.models import AuditEvent, Role

from ..admin_helpers import assert_shown_but_never_changed
from ..conftest import member
from .factories import AuditEventFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_second_factor(settings: Any) -> None:
    # Administrators give a second factor before any page (tested with the accounts); these
    # tests are about what the audit log shows and records once they are in.
    settings.OTP_REQUIRED_FOR_ADMINS = False


def _actions(response: Any) -> list[str]:
    return [event.action for event in response.context["page"].items]


def _csv(response: Any) -> list[dict[str, str]]:
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def admin_client(agency: Any, client_for: Any) -> Any:
    return client_for(member(agency, Role.ADMINISTRATOR, is_staff=True))


class TestWhoMaySeeIt:
    @pytest.mark.parametrize("role", [Role.CASEWORKER, Role.SUPERVISOR, Role.MANAGER])
    def test_other_roles_are_refused_and_the_refusal_is_recorded(
        self, agency: Any, client_for: Any, role: str
    ) -> None:
        client = client_for(member(agency, role))
        for path in ("/audit/", "/audit/events.csv"):
            response = client.get(path)
            assert response.status_code == 403, path
        denials = AuditEvent.objects.filter(action="access.denied")
        assert sorted(event.details["path"] for event in denials) == [
            "/audit/",
            "/audit/events.csv",
        ]
        assert not AuditEvent.objects.filter(action="audit.export").exists()

    def test_anonymous_visitors_are_sent_to_sign_in(self, client: Any, db: None) -> None:
        for path in ("/audit/", "/audit/events.csv"):
            response = client.get(path)
            assert response.status_code == 302
            assert response["Location"].startswith("/accounts/login/")

    def test_an_administrator_sees_only_their_agencys_events(
        self, agency: Any, other_agency: Any, admin_client: Any
    ) -> None:
        services.audit_record(action="team.create", agency=agency)
        services.audit_record(action="team.delete", agency=other_agency)
        services.audit_record(action="auth.login_failed", details={"attempted": "x@y.example"})
        assert _actions(admin_client.get("/audit/")) == ["team.create"]
        rows = _csv(admin_client.get("/audit/events.csv"))
        # The export is recorded before its rows are read, so it lists itself first.
        assert [row["action"] for row in rows] == ["audit.export", "team.create"]

    def test_an_administrator_cannot_widen_to_every_agency(
        self, agency: Any, other_agency: Any, admin_client: Any
    ) -> None:
        services.audit_record(action="team.delete", agency=other_agency)
        response = admin_client.get("/audit/?every_agency=on")
        assert response.context["page"].items == []
        assert "every_agency" not in response.content.decode()

    def test_a_platform_administrator_may_see_every_agency_and_events_of_none(
        self, agency: Any, other_agency: Any, client_for: Any
    ) -> None:
        root = UserFactory(is_superuser=True, is_staff=True)
        services.audit_record(action="team.create", agency=agency)
        services.audit_record(action="team.delete", agency=other_agency)
        services.audit_record(action="auth.login_failed")
        client = client_for(root)
        page = client.get("/audit/?every_agency=on")
        assert {"team.create", "team.delete", "auth.login_failed"} <= set(_actions(page))
        assert other_agency.name in page.content.decode()
        current = _actions(client.get("/audit/"))
        assert len(current) == 1
        assert set(current) <= {"team.create", "team.delete"}


class TestFilters:
    @pytest.fixture
    def events(self, agency: Any) -> dict[str, Any]:
        admin = member(agency, Role.ADMINISTRATOR, email="ada@agency.example")
        other = member(agency, Role.CASEWORKER, email="cas@agency.example")
        rows = {
            "login": AuditEventFactory(
                action="auth.login", actor=other, agency=agency, ip_address="198.51.100.4"
            ),
            "denied": services.audit_record(
                action="access.denied", actor=other, agency=agency, outcome="denied"
            ),
            "config": services.audit_record(
                action="team.update", actor=admin, agency=agency, obj=agency
            ),
            "export": services.audit_record(action="report_cx.export", actor=admin, agency=agency),
            "read": services.audit_record(action="customer.read", actor=other, agency=agency),
            "old": AuditEventFactory(
                action="service.update",
                agency=agency,
                occurred_at=timezone.now() - timedelta(days=40),
            ),
        }
        return rows

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("group=auth", ["auth.login"]),
            ("group=denied", ["access.denied"]),
            ("group=configuration", ["team.update", "service.update"]),
            ("group=exports", ["report_cx.export"]),
            ("group=personal_data", ["customer.read"]),
            ("outcome=denied", ["access.denied"]),
            ("actor=ADA@", ["report_cx.export", "team.update"]),
            ("action=auth.", ["auth.login"]),
            ("ip_address=198.51.100.4", ["auth.login"]),
        ],
    )
    def test_each_filter_selects_its_events(
        self, events: dict[str, Any], admin_client: Any, query: str, expected: list[str]
    ) -> None:
        assert _actions(admin_client.get(f"/audit/?{query}")) == expected

    def test_the_object_filter_takes_a_type_and_an_id(
        self, agency: Any, events: dict[str, Any], admin_client: Any
    ) -> None:
        query = f"object_type=backoffice.agency&object_id={agency.pk}"
        assert _actions(admin_client.get(f"/audit/?{query}")) == ["team.update"]
        assert _actions(admin_client.get("/audit/?object_id=999999")) == []

    def test_the_date_range_is_read_in_the_agencys_time_zone(
        self, events: dict[str, Any], admin_client: Any
    ) -> None:
        old_day = timezone.localdate(events["old"].occurred_at, timezone=events["old"].agency.zone)
        query = f"since={old_day.isoformat()}&until={old_day.isoformat()}"
        assert _actions(admin_client.get(f"/audit/?{query}")) == ["service.update"]

    def test_a_bad_filter_is_explained_next_to_its_field(self, admin_client: Any) -> None:
        response = admin_client.get("/audit/?ip_address=not-an-address&since=2026-05-10")
        page = response.content.decode()
        assert response.status_code == 200
        assert "Enter an IPv4 or IPv6 address" in page
        assert 'id="id_ip_address_error"' in page
        assert 'value="2026-05-10"' in page

    def test_the_empty_states_tell_apart_no_events_and_no_matches(
        self, agency: Any, admin_client: Any
    ) -> None:
        page = admin_client.get("/audit/").content.decode()
        assert "Nothing has been recorded in this agency yet." in page
        services.audit_record(action="team.create", agency=agency)
        page = admin_client.get("/audit/?group=exports").content.decode()
        assert "No audit events match these filters." in page
        assert "Clear the filters" in page


def test_the_filter_form_and_table_are_accessible(agency: Any, admin_client: Any) -> None:
    services.audit_record(action="team.create", agency=agency)
    page = admin_client.get("/audit/").content.decode()
    assert '<fieldset class="usa-fieldset">' in page
    assert "<legend" in page
    for name in ("since", "until", "actor", "group", "action", "outcome", "object_type"):
        assert f'for="id_{name}"' in page, name
    assert '<caption id="audit-caption">' in page
    assert '<th scope="col">' in page
    assert "style=" not in page
    assert "<script>" not in page


def test_pages_of_fifty_cost_the_same_queries_whatever_the_size(
    agency: Any, admin_client: Any, django_assert_max_num_queries: Any
) -> None:
    for number in range(60):
        services.audit_record(action="team.update", agency=agency, details={"n": number})
    with django_assert_max_num_queries(12):
        first = admin_client.get("/audit/")
    page = first.context["page"]
    assert len(page.items) == 50
    assert page.has_next
    second = admin_client.get(f"/audit/?after={page.next_cursor}")
    rest = second.context["page"]
    assert len(rest.items) == 10
    assert not rest.has_next
    seen = [e.details["n"] for e in page.items] + [e.details["n"] for e in rest.items]
    assert seen == list(range(59, -1, -1))
    assert admin_client.get("/audit/?after=garbage!").status_code == 302


class TestCsvExport:
    def test_the_export_streams_the_filtered_events_with_formulas_defused(
        self, agency: Any, admin_client: Any
    ) -> None:
        services.audit_record(action="team.create", agency=agency, details={"name": "=cmd|x"})
        AuditEventFactory(action="auth.login", agency=agency, user_agent="=HYPERLINK(evil)")
        response = admin_client.get("/audit/events.csv?group=auth")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"].startswith(f'attachment; filename="{agency.slug}')
        rows = _csv(response)
        assert [row["action"] for row in rows] == ["auth.login"]
        assert rows[0]["user_agent"] == "'=HYPERLINK(evil)"

    def test_the_export_is_itself_audited_with_its_filters(
        self, agency: Any, admin_client: Any
    ) -> None:
        admin_client.get(
            "/audit/events.csv?group=configuration",
            HTTP_USER_AGENT="AuditBrowser/2",
            REMOTE_ADDR="192.0.2.44",
        )
        event = AuditEvent.objects.get(action="audit.export")
        assert event.actor is not None
        assert event.agency == agency
        assert event.outcome == "success"
        assert event.ip_address == "192.0.2.44"
        assert event.user_agent == "AuditBrowser/2"
        assert event.details["query"] == "group=configuration"
        assert event.details["file"].endswith(".csv")

    def test_an_export_with_bad_filters_goes_back_to_the_page(self, admin_client: Any) -> None:
        response = admin_client.get("/audit/events.csv?ip_address=nope")
        assert response.status_code == 302
        assert response["Location"] == "/audit/?ip_address=nope"
        assert not AuditEvent.objects.filter(action="audit.export").exists()

    def test_the_page_links_to_the_export_of_its_filters(
        self, agency: Any, admin_client: Any
    ) -> None:
        services.audit_record(action="auth.login", agency=agency)
        page = admin_client.get("/audit/?group=auth").content.decode()
        assert 'href="/audit/events.csv?group=auth"' in page


class TestAdmin:
    def test_audit_events_are_shown_but_never_added_changed_or_deleted(
        self, agency: Any, admin_client: Any
    ) -> None:
        event = services.audit_record(action="team.create", agency=agency)
        assert_shown_but_never_changed(
            admin_client, "/admin/backoffice/auditevent/", event, {"action": "tampered"}
        )
        assert AuditEvent.objects.get(pk=event.pk).action == "team.create"

    def test_the_admin_offers_no_bulk_action_even_to_a_platform_administrator(
        self, agency: Any, client_for: Any
    ) -> None:
        event = services.audit_record(action="team.create", agency=agency)
        client = client_for(UserFactory(is_superuser=True, is_staff=True))
        assert_shown_but_never_changed(
            client, "/admin/backoffice/auditevent/", event, {"action": "tampered"}
        )
        page = client.get("/admin/backoffice/auditevent/").content.decode()
        assert 'name="action"' not in page

    def test_an_agency_administrator_sees_only_their_agencys_rows(
        self, agency: Any, other_agency: Any, admin_client: Any
    ) -> None:
        mine = services.audit_record(action="team.create", agency=agency)
        theirs = services.audit_record(action="team.secret", agency=other_agency)
        page = admin_client.get("/admin/backoffice/auditevent/").content.decode()
        assert "team.create" in page
        assert "team.secret" not in page
        hidden = admin_client.get(f"/admin/backoffice/auditevent/{theirs.pk}/change/")
        assert hidden.status_code in (302, 403, 404)
        assert "team.secret" not in admin_client.get(hidden.get("Location", "/")).content.decode()
        assert mine.pk != theirs.pk
