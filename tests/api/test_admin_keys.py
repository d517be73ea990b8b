"""API clients in the admin: a key is shown once, rotation and revocation ask first."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest
from rest_framework.test import APIClient

from backoffice.models import ApiClient, AuditEvent, Role

from ..conftest import member

ADD = "/admin/backoffice/apiclient/"
ME = "/api/v1/me/"


@pytest.fixture
def admin_client(administrator: Any, client_for: Any) -> Any:
    return client_for(administrator)


def me_with(raw: str) -> int:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {raw}")
    return int(client.get(ME).status_code)


def shown_keys(response: Any) -> list[str]:
    return re.findall(r'value="(bo_[a-z0-9]{8}_[A-Za-z0-9_-]+)"', response.content.decode())


def test_creating_a_client_shows_its_key_once_and_never_again(admin_client, agency, api_owner):
    response = admin_client.post(
        f"{ADD}add/",
        {"agency": agency.pk, "name": "City website", "owner": api_owner.pk, "scopes": ["read"]},
    )

    assert response.status_code == 200, response.content.decode()
    assert "no-store" in response["Cache-Control"]
    [raw] = shown_keys(response)
    client = ApiClient.objects.get(name="City website")
    assert client.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert (client.owner, client.scopes) == (api_owner, ["read"])
    assert me_with(raw) == 200
    assert raw not in admin_client.get(f"{ADD}{client.pk}/change/").content.decode()
    listing = admin_client.get(ADD).content.decode()
    assert client.key_prefix in listing
    assert raw not in listing
    assert AuditEvent.objects.filter(action="api_client.create", actor__isnull=False).exists()


def test_the_owner_must_be_staff_of_the_agency(admin_client, agency, other_agency):
    outsider = member(other_agency, Role.CASEWORKER)

    response = admin_client.post(
        f"{ADD}add/",
        {"agency": agency.pk, "name": "CRM", "owner": outsider.pk, "scopes": ["read"]},
    )

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not ApiClient.objects.exists()


def test_rotation_asks_first_then_shows_the_new_key(admin_client, read_key):
    pk = str(read_key.client.pk)
    asked = admin_client.post(ADD, {"action": "rotate_keys", "_selected_action": [pk]})

    assert asked.status_code == 200
    assert "Rotate these keys?" in asked.content.decode()
    assert me_with(read_key.raw) == 200  # nothing changed yet

    done = admin_client.post(
        ADD,
        {"action": "rotate_keys", "_selected_action": [pk], "post": "yes", "grace_hours": "0"},
    )

    [new_raw] = shown_keys(done)
    assert "no-store" in done["Cache-Control"]
    assert me_with(new_raw) == 200
    assert me_with(read_key.raw) == 401


def test_revocation_asks_first_then_stops_the_key(admin_client, read_key):
    pk = str(read_key.client.pk)
    asked = admin_client.post(ADD, {"action": "revoke_keys", "_selected_action": [pk]})
    assert "Revoke these keys?" in asked.content.decode()
    assert me_with(read_key.raw) == 200

    admin_client.post(ADD, {"action": "revoke_keys", "_selected_action": [pk], "post": "yes"})

    assert me_with(read_key.raw) == 401
    read_key.client.refresh_from_db()
    assert read_key.client.revoked_at is not None
    assert "Revoked" in admin_client.get(ADD).content.decode()


def test_an_agency_administrator_sees_only_their_agencys_clients(
    admin_client, make_key, agency, other_agency
):
    ours = make_key(agency, name="Our CRM")
    theirs = make_key(other_agency, name="Their CRM")

    listing = admin_client.get(ADD).content.decode()
    foreign = admin_client.get(f"{ADD}{theirs.client.pk}/change/")
    admin_client.post(
        ADD, {"action": "revoke_keys", "_selected_action": [theirs.client.pk], "post": "yes"}
    )

    assert "Our CRM" in listing
    assert "Their CRM" not in listing
    assert ours.client.key_prefix in listing
    assert foreign.status_code == 302  # the admin's "does not exist" redirect
    assert me_with(theirs.raw) == 200


def test_a_revoked_client_can_no_longer_be_edited(admin_client, administrator, read_key):
    from backoffice.api_keys import api_client_revoke

    api_client_revoke(client=read_key.client, actor=administrator)

    page = admin_client.get(f"{ADD}{read_key.client.pk}/change/").content.decode()
    admin_client.post(
        f"{ADD}{read_key.client.pk}/change/", {"name": "Renamed", "scopes": ["read", "write"]}
    )

    assert 'name="name"' not in page
    read_key.client.refresh_from_db()
    assert read_key.client.name != "Renamed"
    assert read_key.client.scopes == ["read"]
