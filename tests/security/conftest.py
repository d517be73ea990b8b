"""Fixtures of the isolation test: two agencies, their staff, and signed-in clients."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from backoffice.api_keys import api_client_create
from backoffice.models import Role, User

from ..admin_helpers import give_second_factor
from ..backoffice.factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory
from .objects import World

# Requests made and addresses covered, over the whole run: printed at the end.
TALLY: Counter[str] = Counter()


def _staff(agency: Any, roles: tuple[str, ...], team: Any, **fields: Any) -> User:
    """Staff of *agency* holding *roles*. Everyone may open the admin: what they see there
    must follow from their roles, not from the flag."""
    user: User = UserFactory.create(is_staff=True, **fields)
    for role in roles:
        in_team = role in (Role.CASEWORKER, Role.SUPERVISOR)
        MembershipFactory(user=user, agency=agency, role=role, team=team if in_team else None)
    return user


@pytest.fixture
def isolation_world(db: None, settings: Any, tmp_path: Any) -> Iterator[World]:
    """Agency A with an owner (every role) and one person per role; agency B likewise,
    with an API key; and a signed-up person in no agency. API throttle counts start at
    zero, so no refusal below is a 429."""
    settings.MEDIA_ROOT = tmp_path
    cache.clear()
    agency = AgencyFactory(name="Wickerby District Council")
    other = AgencyFactory()
    team, other_team = (
        TeamFactory(agency=agency, name="Wickerby roads team"),
        TeamFactory(agency=other),
    )
    everything = tuple(Role.values)
    owner = _staff(agency, everything, team)
    members = {role: _staff(agency, (role,), team) for role in Role.values}
    outsiders = {role: _staff(other, (role,), other_team) for role in Role.values}
    key_owner = _staff(other, everything, other_team)
    _, raw_key = api_client_create(
        agency=other,
        name="Other agency's integration",
        owner=key_owner,
        scopes=["read", "write"],
        actor=outsiders[Role.ADMINISTRATOR],
    )
    yield World(
        agency=agency,
        other=other,
        owner_team=team,
        owner=owner,
        members=members,
        outsiders=outsiders,
        nobody=UserFactory(is_staff=True),
        outsider_key=raw_key,
    )
    cache.clear()


def signed_in(user: User | None) -> Client:
    """A browser session of *user* (anonymous for None) that has passed the admin's second
    factor where the project requires one, so the admin's own checks are what answer."""
    client = Client()
    if user is None:
        return client
    client.force_login(user)
    give_second_factor(client, user)
    return client


def with_key(raw_key: str) -> Client:
    return Client(headers={"Authorization": f"Api-Key {raw_key}"})


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TALLY["requests"]:
        terminalreporter.write_line(summary_line())


def summary_line() -> str:
    outcome = (
        "all 403/404 or sent to log in"
        if not TALLY["problems"]
        else f"{TALLY['problems']:,} NOT refused"
    )
    return (
        f"isolation: {TALLY['pages']} page URLs, {TALLY['admin']} admin URLs and "
        f"{TALLY['api']} API endpoints with an object id, {TALLY['public']} public token "
        f"URLs, {TALLY['not_object']} parameters naming no object; "
        f"{TALLY['requests']:,} requests, {outcome}"
    )
