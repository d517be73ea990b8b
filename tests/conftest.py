"""Shared fixtures: factories, signed-in clients, and helpers for real worker processes."""

from __future__ import annotations

import os
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from hypothesis import settings as hypothesis_settings

from backoffice.models import Role

from .backoffice.factories import AgencyFactory, MembershipFactory, TeamFactory, UserFactory

# CI explores the same examples on every run, so a red build is reproducible;
# developers' runs keep exploring new ones.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

# Playwright's sync API runs an event loop in the test thread; the ORM calls the
# tests make around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _forced_logins_include_the_second_factor(monkeypatch: pytest.MonkeyPatch) -> None:
    """``force_login`` stands for a completed sign-in: an administrator's includes the second
    factor (an authenticator is made for them). Tests of the second factor itself sign in
    through the log-in form instead."""
    from backoffice.security import requires_second_factor

    from .admin_helpers import give_second_factor

    original = Client.force_login

    def force_login(client: Client, user: Any, backend: str | None = None) -> None:
        original(client, user, backend)
        if requires_second_factor(user):
            give_second_factor(client, user)

    monkeypatch.setattr(Client, "force_login", force_login)


def database_url() -> str:
    """A DATABASE_URL for the database this test process is using (the test database)."""
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    auth = params["USER"] or ""
    if params.get("PASSWORD"):
        auth += f":{params['PASSWORD']}"
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{auth}@{host}:{port}/{params['NAME']}"


@pytest.fixture
def agency(db: None) -> Any:
    return AgencyFactory()


@pytest.fixture
def other_agency(db: None) -> Any:
    return AgencyFactory()


def member(agency: Any, role: str, **user_fields: Any) -> Any:
    team = TeamFactory(agency=agency) if role in (Role.CASEWORKER, Role.SUPERVISOR) else None
    user = UserFactory(**user_fields)
    MembershipFactory(user=user, agency=agency, team=team, role=role)
    return user


@pytest.fixture
def caseworker(agency: Any) -> Any:
    return member(agency, Role.CASEWORKER)


@pytest.fixture
def administrator(agency: Any) -> Any:
    return member(agency, Role.ADMINISTRATOR, is_staff=True)


@pytest.fixture
def client_for() -> Any:
    def make(user: Any) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make


def pytest_runtest_setup(item: pytest.Item) -> None:
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if item.get_closest_marker("postgres") and "postgresql" not in engine:
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://... to run it")
