"""Access helpers keep each agency's data to itself."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import Http404

from backoffice import access
from backoffice.models import AuditEvent, Role, Team

from ..conftest import member
from .factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_user_sees_only_the_agencies_they_belong_to(agency: Any, other_agency: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    assert list(access.agencies_for(user)) == [agency]
    assert access.agency_ids_for(user, [Role.MANAGER]) == set()


def test_a_user_in_two_agencies_sees_both() -> None:
    first, second = AgencyFactory(), AgencyFactory()
    user = member(first, Role.MANAGER)
    MembershipFactory(user=user, agency=second, role=Role.MANAGER)
    assert set(access.agencies_for(user)) == {first, second}


def test_scope_filters_rows_to_the_users_agencies(agency: Any, other_agency: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    mine, theirs = TeamFactory(agency=agency), TeamFactory(agency=other_agency)
    scoped = access.scope(Team.objects.all(), user)
    assert mine in scoped
    assert theirs not in scoped


def test_an_object_of_another_agency_is_a_404_not_a_403(agency: Any, other_agency: Any) -> None:
    user = member(agency, Role.ADMINISTRATOR)
    theirs = TeamFactory(agency=other_agency)
    with pytest.raises(Http404):
        access.get_for_user(Team.objects.all(), user, pk=theirs.pk)
    with pytest.raises(Http404):
        access.get_for_user(Team.objects.all(), user, pk=999_999)


def test_roles_are_per_agency(agency: Any, other_agency: Any) -> None:
    user = member(agency, Role.MANAGER)
    MembershipFactory(user=user, agency=other_agency, team=TeamFactory(agency=other_agency))
    assert access.roles_in(user, agency) == {Role.MANAGER}
    assert access.roles_in(user, other_agency) == {Role.CASEWORKER}
    assert access.has_role(user, agency, Role.MANAGER, Role.ADMINISTRATOR)
    assert not access.has_role(user, other_agency, Role.MANAGER)


def test_inactive_users_and_inactive_agencies_give_no_access(agency: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    user.is_active = False
    user.save()
    assert access.agency_ids_for(user) == set()
    closed = AgencyFactory(is_active=False)
    other = member(closed, Role.MANAGER)
    assert access.agency_ids_for(other) == set()


def test_a_supervisor_supervises_only_their_own_teams(agency: Any) -> None:
    supervisor = UserFactory()
    theirs, other = TeamFactory(agency=agency), TeamFactory(agency=agency)
    MembershipFactory(user=supervisor, agency=agency, team=theirs, role=Role.SUPERVISOR)
    assert list(access.supervised_teams(supervisor, agency)) == [theirs]
    manager = member(agency, Role.MANAGER)
    assert set(access.supervised_teams(manager, agency)) == {theirs, other}


def test_a_platform_administrator_sees_every_agency(agency: Any, other_agency: Any) -> None:
    root = UserFactory(is_superuser=True, is_staff=True)
    assert set(access.agencies_for(root)) == {agency, other_agency}


def test_role_required_refuses_and_audits_a_missing_role(agency: Any, client_for: Any) -> None:
    caseworker = member(agency, Role.CASEWORKER)
    response = client_for(caseworker).get("/audit/")
    assert response.status_code == 403
    denial = AuditEvent.objects.get(action="access.denied")
    assert denial.actor == caseworker
    assert denial.agency == agency
    assert denial.outcome == "denied"
    assert denial.details["path"] == "/audit/"


def test_anonymous_users_are_sent_to_sign_in(client: Any) -> None:
    for path in ("/", "/teams/", "/people/", "/audit/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
