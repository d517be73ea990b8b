"""What the audit log records: who, from where, with which browser and outcome, for sign-ins,
refusals, configuration changes, exports and reads of personal data."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.admin.options import ModelAdmin
from django.test import RequestFactory
from django.utils import timezone

from backoffice.admin_audit import AuditedSaveMixin
from backoffice.models import AuditEvent, Role, User
from cases.models import CaseAttachment

from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from ..routing.factories import QueueFactory
from .factories import PASSWORD, TeamFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_second_factor(settings: Any) -> None:
    # Administrators give a second factor before any page (tested with the accounts); these
    # tests are about what the audit log shows and records once they are in.
    settings.OTP_REQUIRED_FOR_ADMINS = False


BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AuditCoverage/1.0"
ADDRESS = "203.0.113.77"
FROM = {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": ADDRESS}
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def last_id() -> int:
    """The newest audit row's id (0 for none): rows after it are those a request wrote."""
    newest = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    return newest or 0


def only(action: str) -> AuditEvent:
    """The one row of *action*; fails if there is none or more than one."""
    return AuditEvent.objects.get(action=action)


def assert_from_the_request(event: AuditEvent, actor: Any, outcome: str = "success") -> None:
    assert event.actor == actor
    assert event.actor_label == (actor.email if actor else "")
    assert event.ip_address == ADDRESS
    assert event.user_agent == BROWSER
    assert event.outcome == outcome


class TestSignIns:
    def test_a_sign_in_a_failed_one_and_a_sign_out_are_each_recorded(
        self, agency: Any, client: Any
    ) -> None:
        user = member(agency, Role.CASEWORKER)
        client.post("/accounts/login/", {"username": user.email, "password": "wrong!"}, **FROM)
        client.post("/accounts/login/", {"username": user.email, "password": PASSWORD}, **FROM)
        client.post("/accounts/logout/", **FROM)
        assert_from_the_request(only("auth.login_failed"), user, "failure")
        assert_from_the_request(only("auth.login"), user)
        assert_from_the_request(only("auth.logout"), user)


class TestRefusals:
    def test_a_missing_role_is_recorded_once_with_what_it_needed(
        self, agency: Any, client_for: Any
    ) -> None:
        caseworker = member(agency, Role.CASEWORKER)
        assert client_for(caseworker).get("/audit/", **FROM).status_code == 403
        event = only("access.denied")
        assert_from_the_request(event, caseworker, "denied")
        assert event.details["needs"] == [Role.ADMINISTRATOR]
        assert event.agency == agency

    def test_a_403_from_the_admin_is_recorded_by_the_403_handler(
        self, agency: Any, client_for: Any
    ) -> None:
        administrator = member(agency, Role.ADMINISTRATOR, is_staff=True)
        response = client_for(administrator).get("/admin/backoffice/auditevent/add/", **FROM)
        assert response.status_code == 403
        event = only("access.denied")
        assert_from_the_request(event, administrator, "denied")
        assert event.details == {"path": "/admin/backoffice/auditevent/add/", "method": "GET"}

    def test_another_agencys_object_is_a_404_recorded_with_its_path(
        self, agency: Any, other_agency: Any, client_for: Any
    ) -> None:
        hidden = TeamFactory(agency=other_agency)
        manager = member(agency, Role.MANAGER)
        assert client_for(manager).get(f"/teams/{hidden.pk}/", **FROM).status_code == 404
        event = only("access.not_found")
        assert_from_the_request(event, manager, "denied")
        assert event.details["path"] == f"/teams/{hidden.pk}/"
        assert event.agency == agency

    def test_unknown_addresses_and_anonymous_404s_are_not_recorded(
        self, agency: Any, client: Any, client_for: Any
    ) -> None:
        hidden = TeamFactory(agency=agency)
        assert client.get("/wp-login.php", **FROM).status_code == 404
        assert client.get(f"/teams/{hidden.pk + 1000}/", **FROM).status_code in (302, 404)
        signed_in = client_for(member(agency, Role.CASEWORKER))
        assert signed_in.get("/no-such-page/", **FROM).status_code == 404
        assert not AuditEvent.objects.filter(action__startswith="access.").exists()

    def test_the_api_records_another_agencys_case_as_not_found(
        self, agency: Any, other_agency: Any, client_for: Any
    ) -> None:
        hidden = CaseFactory(agency=other_agency)
        caseworker = member(agency, Role.CASEWORKER)
        response = client_for(caseworker).get(f"/api/v1/cases/{hidden.reference}/", **FROM)
        assert response.status_code == 404
        event = only("access.not_found")
        assert_from_the_request(event, caseworker, "denied")
        assert event.details["api"] is True
        assert not AuditEvent.objects.filter(action="customer.read").exists()


class TestConfiguration:
    def test_a_change_in_the_admin_records_the_address_and_browser(
        self, agency: Any, client_for: Any
    ) -> None:
        administrator = member(agency, Role.ADMINISTRATOR, is_staff=True)
        team = TeamFactory(agency=agency, name="Permits")
        response = client_for(administrator).post(
            f"/admin/backoffice/team/{team.pk}/change/",
            {
                "name": "Permits and licences",
                "description": "",
                "memberships-TOTAL_FORMS": "0",
                "memberships-INITIAL_FORMS": "0",
            },
            **FROM,
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        event = only("team.update")
        assert_from_the_request(event, administrator)
        assert event.agency == agency

    def test_deleting_teams_in_bulk_is_audited_like_one_by_one(
        self, agency: Any, client_for: Any
    ) -> None:
        administrator = member(agency, Role.ADMINISTRATOR, is_staff=True)
        teams = [TeamFactory(agency=agency) for _ in range(2)]
        response = client_for(administrator).post(
            "/admin/backoffice/team/",
            {
                "action": "delete_selected",
                "_selected_action": [team.pk for team in teams],
                "post": "yes",
            },
            **FROM,
        )
        assert response.status_code == 302
        deleted = AuditEvent.objects.filter(action="team.delete")
        assert sorted(int(event.object_id) for event in deleted) == sorted(t.pk for t in teams)
        for event in deleted:
            assert_from_the_request(event, administrator)

    def test_every_admin_that_writes_records_its_writes(self, db: None) -> None:
        """Each model admin of the project either cannot write, uses AuditedSaveMixin, or
        writes through its own save and delete methods (which call the audited services)."""
        request = RequestFactory().get("/")
        request.user = User.objects.create_superuser(email="root@platform.example")
        unaudited = []
        for model, model_admin in admin.site._registry.items():
            if model._meta.app_label not in ("backoffice", "cases", "routing", "feedback"):
                continue
            if isinstance(model_admin, AuditedSaveMixin):
                continue
            saves = model_admin.has_add_permission(request) or model_admin.has_change_permission(
                request
            )
            deletes = model_admin.has_delete_permission(request)
            hooks = (["save_model"] if saves else []) + (
                ["delete_model", "delete_queryset"] if deletes else []
            )
            missing = [
                hook
                for hook in hooks
                if getattr(type(model_admin), hook) is getattr(ModelAdmin, hook)
            ]
            if missing:
                unaudited.append(f"{type(model_admin).__name__}: {', '.join(missing)}")
        assert unaudited == []


class TestExports:
    @pytest.fixture
    def manager_client(self, agency: Any, client_for: Any) -> Any:
        return client_for(member(agency, Role.MANAGER))

    @pytest.mark.parametrize(
        ("path", "action"),
        [
            ("/reports/dashboard.csv", "report_dashboard.export"),
            ("/reports/people.csv", "report_people.export"),
            ("/reports/cx.csv", "report_cx.export"),
            ("/feedback/results/results.csv", "feedback_results.export"),
        ],
    )
    def test_each_report_download_is_recorded(
        self, agency: Any, manager_client: Any, path: str, action: str
    ) -> None:
        response = manager_client.get(path, **FROM)
        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        event = only(action)
        assert event.agency == agency
        assert event.outcome == "success"
        assert event.ip_address == ADDRESS
        assert event.user_agent == BROWSER
        assert event.details["file"].endswith(".csv")

    def test_the_blueprint_and_interval_downloads_are_recorded(
        self, agency: Any, manager_client: Any
    ) -> None:
        service = ServiceFactory(agency=agency)
        queue = QueueFactory(agency=agency)
        day = timezone.localdate(timezone=agency.zone).isoformat()
        blueprint = manager_client.get(f"/reports/blueprint/{service.pk}/blueprint.csv", **FROM)
        intervals = manager_client.get(
            f"/reports/workforce/intervals.csv?queue={queue.pk}&day={day}", **FROM
        )
        assert (blueprint.status_code, intervals.status_code) == (200, 200)
        assert only("report_blueprint.export").details["path"].endswith("blueprint.csv")
        assert only("report_workforce.export").details["query"] == f"queue={queue.pk}&day={day}"

    def test_a_refused_download_is_a_denial_not_an_export(
        self, agency: Any, client_for: Any
    ) -> None:
        caseworker = client_for(member(agency, Role.CASEWORKER))
        assert caseworker.get("/reports/dashboard.csv", **FROM).status_code == 403
        assert not AuditEvent.objects.filter(action__endswith=".export").exists()
        assert only("access.denied").details["path"] == "/reports/dashboard.csv"


class TestPersonalData:
    @pytest.fixture
    def case(self, agency: Any) -> Any:
        return CaseFactory(agency=agency)

    @pytest.fixture
    def caseworker(self, agency: Any) -> Any:
        return member(agency, Role.CASEWORKER)

    def test_opening_a_case_writes_one_read_of_its_customer(
        self, case: Any, caseworker: Any, client_for: Any
    ) -> None:
        client = client_for(caseworker)
        mark = last_id()
        assert client.get(f"/cases/{case.pk}/", **FROM).status_code == 200
        assert AuditEvent.objects.filter(id__gt=mark).count() == 1
        event = only("customer.read")
        assert_from_the_request(event, caseworker)
        assert event.object_id == str(case.customer_id)
        assert event.details["via"] == case.reference

    def test_the_customer_page_is_a_read(self, case: Any, caseworker: Any, client_for: Any) -> None:
        client = client_for(caseworker)
        mark = last_id()
        assert client.get(f"/customers/{case.customer_id}/", **FROM).status_code == 200
        assert AuditEvent.objects.filter(id__gt=mark).count() == 1
        assert_from_the_request(only("customer.read"), caseworker)

    def test_the_customer_page_in_the_admin_is_a_read(
        self, agency: Any, case: Any, client_for: Any
    ) -> None:
        administrator = member(agency, Role.ADMINISTRATOR, is_staff=True)
        client = client_for(administrator)
        url = f"/admin/cases/customer/{case.customer_id}/change/"
        assert client.get(url, **FROM).status_code == 200
        event = only("customer.read")
        assert_from_the_request(event, administrator)
        assert event.details == {"admin": True}

    def test_an_attachment_download_is_recorded(
        self, case: Any, caseworker: Any, client_for: Any, settings: Any, tmp_path: Any
    ) -> None:
        settings.MEDIA_ROOT = tmp_path
        client = client_for(caseworker)
        upload = io.BytesIO(PDF)
        upload.name = "plan.pdf"
        client.post(f"/cases/{case.pk}/attachments/", {"attachment-file": upload})
        attachment = CaseAttachment.objects.get(case=case)
        response = client.get(f"/cases/{case.pk}/attachments/{attachment.pk}/", **FROM)
        assert response.status_code == 200
        event = only("attachment.download")
        assert_from_the_request(event, caseworker)
        assert event.object_id == str(attachment.pk)

    def test_the_api_case_and_customer_details_are_reads(
        self, case: Any, caseworker: Any, client_for: Any
    ) -> None:
        client = client_for(caseworker)
        assert client.get(f"/api/v1/cases/{case.reference}/", **FROM).status_code == 200
        assert client.get(f"/api/v1/customers/{case.customer_id}/", **FROM).status_code == 200
        reads = AuditEvent.objects.filter(action="customer.read")
        assert reads.count() == 2
        for event in reads:
            assert_from_the_request(event, caseworker)
            assert event.details["api"] is True
