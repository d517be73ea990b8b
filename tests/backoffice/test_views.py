"""Pages of the foundation: home per role, teams, people, audit log, health and errors."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.staticfiles import finders
from django.core import mail
from django.utils import timezone

from backoffice import services
from backoffice.models import Role

from ..conftest import member
from .factories import AgencyFactory, AuditEventFactory, MembershipFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_log_in_page_asks_for_an_email_address(client: Any) -> None:
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'type="email"' in page
    assert 'autocomplete="username"' in page
    assert 'href="#main-content"' in page


def test_a_failed_log_in_keeps_what_was_typed(client: Any, db: None) -> None:
    response = client.post(
        "/accounts/login/", {"username": "typed@agency.example", "password": "wrong-password"}
    )
    assert 'value="typed@agency.example"' in response.content.decode()


@pytest.mark.parametrize(
    ("role", "sees", "does_not_see"),
    [
        (Role.CASEWORKER, ["Your teams"], ["The agency in figures", "System health", "Audit log"]),
        (Role.SUPERVISOR, ["Teams you supervise"], ["The agency in figures", "System health"]),
        (Role.MANAGER, ["The agency in figures"], ["System health", "Audit log"]),
        (Role.ADMINISTRATOR, ["System health", "Administration", "Recent configuration"], []),
    ],
)
def test_the_home_page_shows_what_each_role_needs(
    agency: Any, client_for: Any, role: str, sees: list[str], does_not_see: list[str]
) -> None:
    user = member(agency, role)
    response = client_for(user).get("/")
    assert response.status_code == 200
    page = response.content.decode()
    assert agency.name in page
    for text in sees:
        assert text in page
    for text in does_not_see:
        assert text not in page


def test_the_header_shows_links_and_groups_related_pages_in_menus(
    agency: Any, client_for: Any
) -> None:
    caseworker = member(agency, Role.CASEWORKER)
    supervisor = member(agency, Role.SUPERVISOR)

    page = client_for(caseworker).get("/").content.decode()
    nav = page[page.index('aria-label="Primary navigation"') :]
    nav = nav[: nav.index("</nav>")]
    assert '<a href="/routing/me/" class="usa-nav-link"><span>My work</span></a>' in nav
    assert (
        '<li class="usa-nav__submenu-item"><a href="/cases/"><span>All cases</span></a></li>' in nav
    )
    assert nav.count("usa-accordion__button") == 3
    assert "<span>Cases</span></button>" in nav
    assert "<span>Teams and people</span></button>" in nav
    assert "<span>Feedback</span></button>" in nav
    assert 'href="/feedback/friction/"' in nav
    assert 'href="/feedback/results/"' not in nav

    page = client_for(supervisor).get("/feedback/results/").content.decode()
    nav = page[page.index('aria-label="Primary navigation"') :]
    assert 'usa-nav__link usa-current"' in nav
    assert '<a href="/feedback/results/" class="usa-current" aria-current="page">' in nav


def test_a_user_without_an_agency_is_told_so(client_for: Any, db: None) -> None:
    response = client_for(UserFactory()).get("/")
    assert response.status_code == 403
    assert "not in an agency yet" in response.content.decode()


def test_the_home_page_costs_a_fixed_number_of_queries(
    agency: Any, client_for: Any, django_assert_max_num_queries: Any
) -> None:
    admin = member(agency, Role.ADMINISTRATOR)
    for _ in range(5):
        team = TeamFactory(agency=agency)
        for _ in range(4):
            MembershipFactory(agency=agency, team=team)
    client = client_for(admin)
    with django_assert_max_num_queries(30):
        assert client.get("/").status_code == 200


class TestIsolation:
    """A user of one agency never sees another agency's teams or members."""

    @pytest.fixture
    def setup(self, agency: Any, other_agency: Any) -> dict[str, Any]:
        hidden_team = TeamFactory(agency=other_agency, name="Hidden Procurement Team")
        hidden_person = UserFactory(full_name="Zelda Hiddenperson", email="zelda@hidden.example")
        MembershipFactory(
            user=hidden_person, agency=other_agency, team=hidden_team, role=Role.SUPERVISOR
        )
        services.audit_record(action="team.create", agency=other_agency, obj=hidden_team)
        return {"team": hidden_team, "person": hidden_person}

    @pytest.mark.parametrize("role", Role.values)
    def test_no_page_lists_another_agencys_teams_or_members(
        self, agency: Any, client_for: Any, setup: dict[str, Any], role: str
    ) -> None:
        client = client_for(member(agency, role, is_staff=role == Role.ADMINISTRATOR))
        for path in ("/", "/teams/", "/people/", "/people/?q=Zel", "/teams/?q=Procure", "/audit/"):
            page = client.get(path).content.decode()
            assert "Hidden Procurement Team" not in page, path
            assert "Hiddenperson" not in page, path
            assert "zelda@hidden.example" not in page, path

    def test_another_agencys_team_is_not_found(
        self, agency: Any, client_for: Any, setup: dict[str, Any]
    ) -> None:
        client = client_for(member(agency, Role.MANAGER))
        response = client.get(f"/teams/{setup['team'].pk}/")
        assert response.status_code == 404
        assert "Hidden" not in response.content.decode()

    def test_switching_to_an_agency_one_does_not_belong_to_is_not_found(
        self, agency: Any, other_agency: Any, client_for: Any, setup: dict[str, Any]
    ) -> None:
        client = client_for(member(agency, Role.MANAGER))
        response = client.post("/agency/switch/", {"agency": other_agency.pk})
        assert response.status_code == 404
        assert "Hidden" not in client.get("/teams/").content.decode()

    def test_the_admin_shows_an_agency_administrator_only_their_agency(
        self, agency: Any, other_agency: Any, client_for: Any, setup: dict[str, Any]
    ) -> None:
        client = client_for(member(agency, Role.ADMINISTRATOR, is_staff=True))
        for path in (
            "/admin/backoffice/team/",
            "/admin/backoffice/membership/",
            "/admin/backoffice/user/",
            "/admin/backoffice/agency/",
            "/admin/backoffice/auditevent/",
        ):
            response = client.get(path)
            assert response.status_code == 200, path
            page = response.content.decode()
            assert "Hidden Procurement Team" not in page, path
            assert "zelda@hidden.example" not in page, path
            assert other_agency.name not in page, path
        for path in (
            f"/admin/backoffice/team/{setup['team'].pk}/change/",
            f"/admin/backoffice/user/{setup['person'].pk}/change/",
            f"/admin/backoffice/agency/{other_agency.pk}/change/",
        ):
            response = client.get(path, follow=True)
            assert "Hidden Procurement Team" not in response.content.decode(), path
            assert "zelda@hidden.example" not in response.content.decode(), path


def test_a_multi_agency_user_switches_agency(client_for: Any, db: None) -> None:
    first, second = AgencyFactory(name="First Agency"), AgencyFactory(name="Second Agency")
    user = member(first, Role.MANAGER)
    MembershipFactory(user=user, agency=second, role=Role.MANAGER)
    TeamFactory(agency=second, name="Only In Second")
    client = client_for(user)
    assert "Only In Second" not in client.get("/teams/").content.decode()
    response = client.post("/agency/switch/", {"agency": second.pk, "next": "/teams/"})
    assert response.status_code == 302
    assert response["Location"] == "/teams/"
    assert "Only In Second" in client.get("/teams/").content.decode()


def test_switching_agency_never_redirects_off_site(client_for: Any, agency: Any) -> None:
    client = client_for(member(agency, Role.MANAGER))
    response = client.post(
        "/agency/switch/", {"agency": agency.pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_people_search_filters_and_pages(agency: Any, client_for: Any) -> None:
    team = TeamFactory(agency=agency, name="Permits")
    for index in range(30):
        MembershipFactory(
            agency=agency, team=team, user=UserFactory(full_name=f"Person {index:02d}")
        )
    MembershipFactory(agency=agency, team=team, user=UserFactory(full_name="Unique Name"))
    client = client_for(member(agency, Role.MANAGER, full_name="Zoe Manager"))
    first = client.get("/people/")
    assert first.status_code == 200
    assert len(first.context["page"].items) == 25
    assert first.context["page"].has_next
    second = client.get(f"/people/?after={first.context['page'].next_cursor}")
    names = [m.user.full_name for m in first.context["page"].items + second.context["page"].items]
    assert len(names) == len(set(names)) == 32
    assert names == sorted(names)
    found = client.get("/people/?q=unique")
    assert [m.user.full_name for m in found.context["page"].items] == ["Unique Name"]
    managers = client.get("/people/?role=manager")
    assert [m.user.full_name for m in managers.context["page"].items] == ["Zoe Manager"]


def test_people_search_answers_htmx_with_the_results_only(agency: Any, client_for: Any) -> None:
    client = client_for(member(agency, Role.CASEWORKER, full_name="Hana Htmx"))
    response = client.get("/people/?q=Hana", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "Hana Htmx" in page
    assert "<html" not in page


def test_a_bad_cursor_goes_back_to_the_first_page(agency: Any, client_for: Any) -> None:
    client = client_for(member(agency, Role.CASEWORKER))
    response = client.get("/people/?after=not-a-cursor!!")
    assert response.status_code == 302
    assert response["Location"] == "/people/"


def test_the_audit_log_filters_by_action_and_date(agency: Any, client_for: Any) -> None:
    admin = member(agency, Role.ADMINISTRATOR)
    services.audit_record(action="team.create", agency=agency, actor=admin)
    AuditEventFactory(
        action="team.update", agency=agency, occurred_at=timezone.now() - timedelta(days=40)
    )
    client = client_for(admin)
    page = client.get("/audit/?action=team.").context["page"]
    assert {e.action for e in page.items} == {"team.create", "team.update"}
    since = (timezone.now() - timedelta(days=5)).date().isoformat()
    page = client.get(f"/audit/?action=team.&since={since}").context["page"]
    assert [e.action for e in page.items] == ["team.create"]


def test_the_audit_log_rejects_an_end_before_the_start(agency: Any, client_for: Any) -> None:
    client = client_for(member(agency, Role.ADMINISTRATOR))
    response = client.get("/audit/?since=2026-05-10&until=2026-05-01")
    assert response.status_code == 200
    assert "on or after the start date" in response.content.decode()
    assert 'value="2026-05-10"' in response.content.decode()


def test_healthz_reports_database_broker_and_heartbeat(client: Any, db: None) -> None:
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert body["database"]["ok"] is True
    assert body["broker"]["ok"] is True
    assert body["heartbeat"] == {"ok": False, "last_seen": None, "age_seconds": None}
    assert response.status_code == 503
    services.heartbeat_record(name="celery")
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["ok"] is True
    assert body["heartbeat"]["age_seconds"] < 5


def test_a_stale_heartbeat_makes_healthz_unhealthy(client: Any, db: None) -> None:
    beat = services.heartbeat_record(name="celery")
    type(beat).objects.filter(pk=beat.pk).update(last_seen=timezone.now() - timedelta(minutes=5))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["heartbeat"]["ok"] is False


def test_favicon_ico_leads_to_the_icon_every_page_names(client: Any, db: None) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")
    login = client.get("/accounts/login/").content.decode()
    assert f'<link rel="icon" href="{response["Location"]}" type="image/svg+xml">' in login
    assert finders.find("img/favicon.svg")


def test_unknown_pages_get_a_friendly_404(agency: Any, client_for: Any, settings: Any) -> None:
    settings.DEBUG = False
    response = client_for(member(agency, Role.CASEWORKER)).get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Go to your home page" in response.content.decode()


def test_password_reset_sends_a_link(agency: Any, client: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    response = client.post("/accounts/password-reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body
    assert mail.outbox[0].to == [user.email]
