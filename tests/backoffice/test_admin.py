"""The admin writes through the services: validated, scoped to the agency, audited."""

from __future__ import annotations

from typing import Any

import pytest

from backoffice import services as backoffice_services
from backoffice.models import AuditEvent, Membership, Notification, Role, User

from ..conftest import member
from .factories import MembershipFactory, TeamFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(agency: Any, client_for: Any) -> Any:
    return client_for(member(agency, Role.ADMINISTRATOR, is_staff=True))


def test_an_agency_administrator_adds_a_caseworker_with_a_team(
    agency: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency)
    response = admin_client.post(
        "/admin/backoffice/user/add/",
        {
            "email": "New.Person@Agency.example",
            "full_name": "New Person",
            "usable_password": "true",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "agency": agency.pk,
            "role": Role.CASEWORKER,
            "team": team.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()
    user = User.objects.get(email="new.person@agency.example")
    assert user.check_password("a-long-enough-passphrase")
    assert Membership.objects.filter(
        user=user, agency=agency, team=team, role=Role.CASEWORKER
    ).exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"user.create", "membership.grant"} <= actions


def test_a_caseworker_without_a_team_is_refused_with_a_message(
    agency: Any, admin_client: Any
) -> None:
    response = admin_client.post(
        "/admin/backoffice/user/add/",
        {
            "email": "no.team@agency.example",
            "full_name": "No Team",
            "usable_password": "true",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "agency": agency.pk,
            "role": Role.CASEWORKER,
        },
    )
    assert response.status_code == 200
    assert "must belong to a team" in response.content.decode()
    assert 'value="no.team@agency.example"' in response.content.decode()
    assert not User.objects.filter(email="no.team@agency.example").exists()


def test_an_agency_administrator_cannot_use_another_agencys_team(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    foreign_team = TeamFactory(agency=other_agency)
    user = member(agency, Role.MANAGER)
    response = admin_client.post(
        "/admin/backoffice/membership/add/",
        {
            "user": user.pk,
            "agency": other_agency.pk,
            "team": foreign_team.pk,
            "role": Role.CASEWORKER,
        },
    )
    assert response.status_code == 200
    assert not Membership.objects.filter(agency=other_agency, user=user).exists()


def test_revoking_a_membership_in_the_admin_is_audited(agency: Any, admin_client: Any) -> None:
    membership = MembershipFactory(agency=agency, team=TeamFactory(agency=agency))
    response = admin_client.post(
        f"/admin/backoffice/membership/{membership.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    event = AuditEvent.objects.get(action="membership.revoke")
    assert event.details["user"] == membership.user.email


def test_audit_events_are_read_only_in_the_admin(agency: Any, admin_client: Any) -> None:
    from backoffice import services

    event = services.audit_record(action="team.create", agency=agency)
    page = admin_client.get(f"/admin/backoffice/auditevent/{event.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert (
        admin_client.post(
            f"/admin/backoffice/auditevent/{event.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )
    assert admin_client.get("/admin/backoffice/auditevent/add/").status_code == 403


def test_people_without_the_administrator_role_cannot_open_the_admin(
    agency: Any, client_for: Any
) -> None:
    manager = member(agency, Role.MANAGER, is_staff=True)
    response = client_for(manager).get("/admin/backoffice/team/")
    assert response.status_code == 403


def _notify(agency: Any, title: str) -> Notification:
    person = member(agency, Role.SUPERVISOR)
    (note,) = backoffice_services.notify(
        notifications=[Notification(user=person, agency=agency, kind="sla.level2", title=title)]
    )
    return note


def test_notifications_are_read_only_and_shown_only_for_the_administrators_agency(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    mine = _notify(agency, "Breached: LIC-2026-000001")
    theirs = _notify(other_agency, "Breached: SSC-2026-000001")

    listing = admin_client.get("/admin/backoffice/notification/").content.decode()
    page = admin_client.get(f"/admin/backoffice/notification/{mine.pk}/change/")

    assert mine.title in listing
    assert theirs.title not in listing
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    foreign = admin_client.get(f"/admin/backoffice/notification/{theirs.pk}/change/")
    assert foreign.status_code in (302, 404)
    assert admin_client.get("/admin/backoffice/notification/add/").status_code == 403
    deleted = admin_client.post(
        f"/admin/backoffice/notification/{mine.pk}/delete/", {"post": "yes"}
    )
    assert deleted.status_code == 403
    assert Notification.objects.filter(pk=mine.pk).exists()


def test_a_platform_administrator_sees_every_agencys_notifications(
    agency: Any, other_agency: Any, client_for: Any
) -> None:
    superuser = User.objects.create_superuser(email="root@platform.example", password="x" * 20)
    notes = [_notify(agency, "At risk: one"), _notify(other_agency, "At risk: two")]

    listing = client_for(superuser).get("/admin/backoffice/notification/").content.decode()

    assert all(note.title in listing for note in notes)


def test_a_supervisor_cannot_open_the_notification_admin(agency: Any, client_for: Any) -> None:
    note = _notify(agency, "At risk: three")
    supervisor = member(agency, Role.SUPERVISOR, is_staff=True)

    client = client_for(supervisor)

    assert client.get("/admin/backoffice/notification/").status_code == 403
    assert client.get(f"/admin/backoffice/notification/{note.pk}/change/").status_code in (
        302,
        403,
        404,
    )
