"""Access helpers keep each agency's data to itself."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import Http404

from backoffice import access
from backoffice.access import agency_ids_for, roles_in, user_agencies
from backoffice.auth_backends import MembershipBackend
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


def test_the_user_comes_with_their_memberships_in_one_query(
    agency: Any, other_agency: Any, django_assert_num_queries: Any
) -> None:
    user = UserFactory()
    MembershipFactory(user=user, agency=agency, role=Role.CASEWORKER)
    MembershipFactory(user=user, agency=other_agency, role=Role.MANAGER)
    backend = MembershipBackend()
    with django_assert_num_queries(1):
        loaded = backend.get_user(user.pk)
        assert loaded is not None
        assert agency_ids_for(loaded) == {agency.pk, other_agency.pk}
        assert roles_in(loaded, other_agency) == {Role.MANAGER}
    # An inactive account is refused, as by Django's own back-end.
    user.is_active = False
    user.save()
    assert backend.get_user(user.pk) is None
    assert backend.get_user(0) is None


def test_a_user_without_memberships_still_signs_in(agency: Any, client_for: Any) -> None:
    lonely = UserFactory()
    assert MembershipBackend().get_user(lonely.pk) == lonely
    # Signed in with no agency: the home page says so rather than failing.
    response = client_for(lonely).get("/")
    assert response.status_code in (200, 403)
    admin = UserFactory(is_superuser=True, is_staff=True)
    loaded = MembershipBackend().get_user(admin.pk)
    assert loaded is not None
    assert agency in user_agencies(loaded)


def test_a_membership_granted_shows_on_the_next_request(agency: Any, client_for: Any) -> None:
    user = UserFactory()
    client = client_for(user)
    assert client.get("/cases/").status_code in (302, 403, 404)
    MembershipFactory(user=user, agency=agency, role=Role.CASEWORKER)
    assert client.get("/cases/").status_code == 200
