"""Fixtures of the API tests: real keys sent in the header, and signed-in sessions.

``api_client_for(x)`` gives a DRF test client that sends ``Authorization: Api-Key``
with a real key: *x* may be a user (a read+write key of their agency is made, owned by
them), an ``IssuedKey`` or an ``ApiClient`` made by these fixtures. ``read_key`` and
``write_key`` are keys of ``agency`` owned by ``api_owner``, who is a caseworker,
supervisor and manager there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from backoffice.api_keys import api_client_create, api_client_rotate
from backoffice.models import Agency, ApiClient, Membership, Role, User

from ..backoffice.factories import MembershipFactory, TeamFactory, UserFactory
from ..conftest import member


@dataclass(frozen=True)
class IssuedKey:
    client: ApiClient
    raw: str

    @property
    def header(self) -> str:
        return f"Api-Key {self.raw}"


@pytest.fixture(autouse=True)
def _fresh_throttle_counts() -> Iterator[None]:
    """Throttle counts live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_owner(agency: Agency) -> Any:
    """Staff of ``agency`` holding the everyday roles: caseworker, supervisor and manager."""
    user = UserFactory(full_name="Integration Owner")
    team = TeamFactory(agency=agency)
    MembershipFactory(user=user, agency=agency, team=team, role=Role.CASEWORKER)
    MembershipFactory(user=user, agency=agency, team=team, role=Role.SUPERVISOR)
    MembershipFactory(user=user, agency=agency, role=Role.MANAGER)
    return user


_RAW_KEYS: dict[int, str] = {}


@pytest.fixture
def make_key(db: None) -> Iterator[Callable[..., IssuedKey]]:
    """Issue a real key through the service: ``make_key(agency, owner=..., scopes=...)``."""

    def make(
        agency: Agency,
        *,
        owner: User | None = None,
        scopes: Iterable[str] = ("read", "write"),
        rate: str = "",
        name: str = "Test integration",
    ) -> IssuedKey:
        admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
        owner = owner or member(agency, Role.CASEWORKER)
        client, raw = api_client_create(
            agency=agency, name=name, owner=owner, scopes=list(scopes), actor=admin
        )
        if rate:
            ApiClient.objects.filter(pk=client.pk).update(rate=rate)
            client.refresh_from_db()
        _RAW_KEYS[client.pk] = raw
        return IssuedKey(client=client, raw=raw)

    yield make
    _RAW_KEYS.clear()


@pytest.fixture
def read_key(make_key: Callable[..., IssuedKey], agency: Agency, api_owner: Any) -> IssuedKey:
    return make_key(agency, owner=api_owner, scopes=["read"], name="Read-only integration")


@pytest.fixture
def write_key(make_key: Callable[..., IssuedKey], agency: Agency, api_owner: Any) -> IssuedKey:
    return make_key(
        agency, owner=api_owner, scopes=["read", "write"], name="Read-write integration"
    )


def _raw_key_of(client: ApiClient) -> str:
    if client.pk not in _RAW_KEYS:
        admin = member(client.agency, Role.ADMINISTRATOR, is_staff=True)
        _RAW_KEYS[client.pk] = api_client_rotate(client=client, actor=admin, grace_hours=0)
    return _RAW_KEYS[client.pk]


@pytest.fixture
def api_client_for(make_key: Callable[..., IssuedKey]) -> Callable[..., APIClient]:
    """A DRF client sending a real key: for a user, an IssuedKey or an ApiClient."""

    def make(subject: User | IssuedKey | ApiClient, *, agency: Agency | None = None) -> APIClient:
        if isinstance(subject, IssuedKey):
            raw = subject.raw
        elif isinstance(subject, ApiClient):
            raw = _raw_key_of(subject)
        else:
            if agency is None:
                first = Membership.objects.filter(user=subject).select_related("agency").first()
                if first is None:
                    raise ValueError("Pass agency= for a user who belongs to none.")
                agency = first.agency
            raw = make_key(agency, owner=subject).raw
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Api-Key {raw}")
        return client

    return make


@pytest.fixture
def session_client_for() -> Callable[[User], APIClient]:
    """A signed-in browser session that, like a browser, must send the CSRF token."""

    def make(user: User) -> APIClient:
        client = APIClient(enforce_csrf_checks=True)
        client.force_login(user)
        return client

    return make


def error_of(response: Any) -> dict[str, Any]:
    """The error body of a response, after checking it has the shared shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert error["status"] == response.status_code
    assert isinstance(error["code"], str)
    assert error["code"]
    assert isinstance(error["message"], str)
    assert error["message"]
    assert set(error) <= {"status", "code", "message", "fields"}
    return dict(error)
