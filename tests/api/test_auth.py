"""API keys, authentication, scopes, throttling, errors and pagination of the REST API."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.utils import timezone
from rest_framework.test import APIClient

from backoffice.api_keys import (
    api_client_create,
    api_client_revoke,
    api_client_rotate,
    api_client_update,
    client_for_key,
)
from backoffice.errors import DomainError
from backoffice.models import ApiClient, AuditEvent, Membership, Role

from ..backoffice.factories import AgencyFactory, MembershipFactory, TeamFactory
from ..conftest import member
from .conftest import IssuedKey, error_of

ME = "/api/v1/me/"
PROBES = pytest.mark.urls("tests.api.probe_urls")


def with_key(raw: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {raw}")
    return client


# Keys: create, rotate, revoke -----------------------------------------------------------


def test_a_new_key_is_returned_once_and_stored_only_as_its_hash(agency, administrator, api_owner):
    client, raw = api_client_create(
        agency=agency, name="City website", owner=api_owner, scopes=["read"], actor=administrator
    )

    assert raw.startswith(f"bo_{client.key_prefix}_")
    assert len(client.key_prefix) == 8
    assert len(raw.split("_", 2)[2]) >= 43  # 32 random bytes, URL-safe base64
    stored = ApiClient.objects.filter(pk=client.pk).values().get()
    assert raw not in {str(value) for value in stored.values()}
    assert stored["key_hash"] == hashlib.sha256(raw.encode()).hexdigest()
    event = AuditEvent.objects.get(action="api_client.create")
    assert (event.actor, event.agency, event.object_id) == (administrator, agency, str(client.pk))
    assert raw not in str(event.details)


def test_only_an_administrator_of_the_agency_manages_its_keys(
    agency, other_agency, api_owner, write_key
):
    manager = member(agency, Role.MANAGER)
    elsewhere = member(other_agency, Role.ADMINISTRATOR, is_staff=True)
    for actor in (manager, elsewhere):
        with pytest.raises(DomainError) as refused:
            api_client_create(
                agency=agency, name="Sneaky", owner=api_owner, scopes=["read"], actor=actor
            )
        assert refused.value.code == "forbidden"
        with pytest.raises(DomainError):
            api_client_rotate(client=write_key.client, actor=actor)
        with pytest.raises(DomainError):
            api_client_revoke(client=write_key.client, actor=actor)
    assert ApiClient.objects.count() == 1
    assert with_key(write_key.raw).get(ME).status_code == 200


def test_the_owner_must_be_staff_of_the_keys_agency(agency, other_agency, administrator):
    outsider = member(other_agency, Role.CASEWORKER)
    with pytest.raises(DomainError) as refused:
        api_client_create(
            agency=agency, name="CRM", owner=outsider, scopes=["read"], actor=administrator
        )
    assert refused.value.field == "owner"


@pytest.mark.parametrize("scopes", [[], ["admin"], ["read", "delete"]])
def test_scopes_are_read_or_write_and_at_least_one(agency, administrator, api_owner, scopes):
    with pytest.raises(DomainError) as refused:
        api_client_create(
            agency=agency, name="CRM", owner=api_owner, scopes=scopes, actor=administrator
        )
    assert refused.value.field == "scopes"


def test_rotation_keeps_the_old_key_working_only_for_the_grace_period(
    agency, administrator, write_key
):
    new_raw = api_client_rotate(client=write_key.client, actor=administrator, grace_hours=24)

    assert new_raw != write_key.raw
    assert with_key(new_raw).get(ME).status_code == 200
    assert with_key(write_key.raw).get(ME).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(hours=24, seconds=1)):
        refused = with_key(write_key.raw).get(ME)
        assert refused.status_code == 401
        assert with_key(new_raw).get(ME).status_code == 200
    event = AuditEvent.objects.get(action="api_client.rotate")
    assert event.details["grace_hours"] == 24
    assert event.actor == administrator


def test_rotation_without_grace_stops_the_old_key_at_once(administrator, write_key):
    new_raw = api_client_rotate(client=write_key.client, actor=administrator, grace_hours=0)

    assert with_key(write_key.raw).get(ME).status_code == 401
    assert with_key(new_raw).get(ME).status_code == 200


def test_a_revoked_key_and_its_previous_key_are_refused(administrator, write_key):
    new_raw = api_client_rotate(client=write_key.client, actor=administrator)
    api_client_revoke(client=write_key.client, actor=administrator)

    for raw in (new_raw, write_key.raw):
        response = with_key(raw).get(ME)
        assert response.status_code == 401
        assert error_of(response)["code"] == "authentication_failed"
    with pytest.raises(DomainError) as again:
        api_client_revoke(client=write_key.client, actor=administrator)
    assert again.value.code == "conflict"
    with pytest.raises(DomainError):
        api_client_rotate(client=write_key.client, actor=administrator)


def test_changing_scopes_takes_effect_on_the_next_request(administrator, write_key):
    assert with_key(write_key.raw).post(ME, {}).status_code == 405  # allowed past the scope
    api_client_update(client=write_key.client, actor=administrator, name="CRM", scopes=["read"])

    response = with_key(write_key.raw).post(ME, {})
    assert response.status_code == 403
    assert error_of(response)["code"] == "insufficient_scope"
    assert AuditEvent.objects.filter(action="api_client.update").exists()


# Authentication ----------------------------------------------------------------------------


def _tampered(raw: str) -> str:
    return raw[:-1] + ("A" if raw[-1] != "A" else "B")


@pytest.mark.parametrize(
    "header",
    [
        "Api-Key bo_zzzzzzzz_" + "x" * 43,  # unknown prefix
        "Api-Key {tampered}",  # right prefix, wrong secret
        "Api-Key not-a-key",
        "Api-Key",
        "Api-Key two words",
        "Api-Key caf\u00e9",
    ],
)
def test_unknown_tampered_or_malformed_keys_are_401(read_key, header):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header.format(tampered=_tampered(read_key.raw)))

    response = client.get(ME)

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Api-Key")
    assert error_of(response)["code"] == "authentication_failed"


def test_no_credentials_is_401_naming_the_api_key_scheme(db):
    response = APIClient().get(ME)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Api-Key realm="api"'
    assert error_of(response)["code"] == "not_authenticated"


def test_the_key_of_an_inactive_owner_stops_working(read_key, api_owner):
    api_owner.is_active = False
    api_owner.save()

    assert with_key(read_key.raw).get(ME).status_code == 401


def test_the_key_stops_when_its_owner_leaves_the_agency(read_key, api_owner, agency):
    Membership.objects.filter(user=api_owner, agency=agency).delete()

    assert with_key(read_key.raw).get(ME).status_code == 401


def test_the_key_of_a_deactivated_agency_stops_working(read_key, agency):
    agency.is_active = False
    agency.save()

    assert with_key(read_key.raw).get(ME).status_code == 401


def test_last_use_is_recorded_at_most_once_a_minute(read_key):
    start = timezone.now()
    assert client_for_key(read_key.raw, now=start) is not None
    client_for_key(read_key.raw, now=start + timedelta(seconds=30))
    read_key.client.refresh_from_db()
    assert read_key.client.last_used_at == start

    client_for_key(read_key.raw, now=start + timedelta(seconds=61))
    read_key.client.refresh_from_db()
    assert read_key.client.last_used_at == start + timedelta(seconds=61)


def test_a_key_acts_as_its_owner_in_the_keys_agency_only(make_key, api_owner, agency):
    # The owner works in two agencies; the key belongs to the second one.
    second = AgencyFactory()
    MembershipFactory(user=api_owner, agency=second, role=Role.CASEWORKER)
    key = make_key(second, owner=api_owner, scopes=["read"])

    body = with_key(key.raw).get(ME).json()

    assert body["agency"]["slug"] == second.slug
    assert body["user"]["email"] == api_owner.email
    assert body["roles"] == ["caseworker"]
    assert body["authentication"] == "api_key"
    assert body["client"] == {"name": key.client.name, "key_prefix": key.client.key_prefix}


@PROBES
def test_a_key_never_lists_another_agencys_rows(make_key, agency, other_agency):
    TeamFactory.create_batch(2, agency=agency)
    theirs = TeamFactory.create_batch(3, agency=other_agency)
    key = make_key(other_agency, scopes=["read"])

    response = with_key(key.raw).get("/probe/teams/")

    # make_key gave the owner of other_agency's key a team of their own as well.
    ids = {row["id"] for row in response.json()["results"]}
    assert {team.pk for team in theirs} <= ids
    assert not ids & set(agency.teams.values_list("pk", flat=True))


# Scopes and roles ----------------------------------------------------------------------------


def test_a_read_key_reads_but_cannot_write(read_key):
    client = with_key(read_key.raw)

    assert client.get(ME).status_code == 200
    for method in (client.post, client.put, client.patch, client.delete):
        response = method(ME, {})
        assert response.status_code == 403
        error = error_of(response)
        assert error["code"] == "insufficient_scope"
        assert "write" in error["message"]


def test_a_write_only_key_cannot_read(make_key, agency):
    key = make_key(agency, scopes=["write"])

    response = with_key(key.raw).get(ME)

    assert response.status_code == 403
    assert error_of(response)["code"] == "insufficient_scope"


@PROBES
def test_endpoints_requiring_a_role_refuse_other_owners_with_403(
    write_key, make_key, agency, administrator
):
    refused = with_key(write_key.raw).get("/probe/raise/administrator/")
    admin_key = make_key(agency, owner=administrator, scopes=["read"])
    allowed = with_key(admin_key.raw).get("/probe/raise/administrator/")

    assert refused.status_code == 403
    assert error_of(refused)["code"] == "permission_denied"
    assert AuditEvent.objects.filter(action="access.denied", outcome="denied").exists()
    assert allowed.status_code == 200
    assert allowed.json() == {"agency": agency.slug}


# Sessions -----------------------------------------------------------------------------------


@PROBES
def test_a_session_must_send_the_csrf_token_to_write(session_client_for, caseworker):
    client = session_client_for(caseworker)
    assert client.get(ME).json()["authentication"] == "session"

    refused = client.post("/probe/echo/", {"name": "ok"}, format="json")
    assert refused.status_code == 403
    assert "CSRF" in error_of(refused)["message"]

    client.get("/")  # any page sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    accepted = client.post("/probe/echo/", {"name": "ok"}, format="json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201


def test_a_session_user_outside_every_agency_is_refused(session_client_for, db):
    from ..backoffice.factories import UserFactory

    response = session_client_for(UserFactory()).get(ME)

    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"


def test_the_session_reports_full_scopes_and_the_users_roles(session_client_for, caseworker):
    body = session_client_for(caseworker).get(ME).json()

    assert body["client"] is None
    assert body["scopes"] == ["read", "write"]
    assert body["roles"] == ["caseworker"]


# Throttling ---------------------------------------------------------------------------------


def test_a_key_over_its_rate_gets_429_with_retry_after(make_key, agency):
    limited = make_key(agency, scopes=["read"], rate="3/minute")
    other = make_key(agency, scopes=["read"])

    statuses = [with_key(limited.raw).get(ME).status_code for _ in range(4)]
    throttled = with_key(limited.raw).get(ME)

    assert statuses == [200, 200, 200, 429]
    assert 0 < int(throttled["Retry-After"]) <= 60
    assert error_of(throttled)["code"] == "throttled"
    assert with_key(other.raw).get(ME).status_code == 200  # counted per key


def test_keys_without_a_rate_use_the_default_and_sessions_their_own(
    make_key, agency, session_client_for, caseworker, settings
):
    settings.API_DEFAULT_RATE = "2/minute"
    settings.API_SESSION_RATE = "1/minute"
    key = make_key(agency, scopes=["read"])
    session = session_client_for(caseworker)

    assert [with_key(key.raw).get(ME).status_code for _ in range(3)] == [200, 200, 429]
    assert [session.get(ME).status_code for _ in range(2)] == [200, 429]


# Errors -------------------------------------------------------------------------------------


@PROBES
def test_serializer_errors_are_400_with_messages_per_field(write_key):
    response = with_key(write_key.raw).post(
        "/probe/echo/", {"name": "far too long", "tags": [1, "x"]}, format="json"
    )

    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert set(error["fields"]) == {"name", "tags.1"}
    assert "name" in error["message"]


@PROBES
def test_domain_errors_are_400_on_their_field_and_conflicts_409(write_key):
    client = with_key(write_key.raw)

    field = client.post("/probe/raise/field/")
    conflict = client.post("/probe/raise/conflict/")

    assert field.status_code == 400
    assert error_of(field)["fields"] == {"name": ["This name is taken."]}
    assert conflict.status_code == 409
    assert error_of(conflict) == {
        "status": 409,
        "code": "conflict",
        "message": "Someone else changed this case first.",
    }


@PROBES
def test_django_validation_errors_are_400_with_non_field_errors(write_key):
    response = with_key(write_key.raw).post("/probe/raise/django/")

    assert response.status_code == 400
    assert error_of(response)["fields"] == {
        "name": ["Too short."],
        "non_field_errors": ["Not allowed."],
    }


@PROBES
def test_not_found_is_404_without_naming_what_was_looked_for(write_key):
    response = with_key(write_key.raw).post("/probe/raise/missing/")

    assert response.status_code == 404
    error = error_of(response)
    assert error["code"] == "not_found"
    assert "Case" not in error["message"]


@PROBES
def test_a_value_of_the_wrong_type_is_400_not_500(read_key):
    response = with_key(read_key.raw).get("/probe/raise/number/", {"id": "abc"})

    assert response.status_code == 400
    assert error_of(response)["code"] == "invalid"


@PROBES
def test_malformed_json_is_400(write_key):
    response = with_key(write_key.raw).post(
        "/probe/echo/", data="{not json", content_type="application/json"
    )

    assert response.status_code == 400
    assert error_of(response)["code"] == "parse_error"


@pytest.mark.parametrize(
    ("path", "hint"),
    [("/api/v1/no-such-thing/", False), ("/api/v1/me", True), ("/api/v2/cases/", False)],
)
def test_an_address_that_is_no_endpoint_is_a_json_404(read_key, path, hint):
    response = with_key(read_key.raw).get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    error = error_of(response)
    assert error["code"] == "not_found"
    assert ("did you mean /api/v1/me/?" in error["message"]) is hint


def test_an_address_with_a_line_break_is_a_json_404_too(read_key):
    response = with_key(read_key.raw).get("/api/v1/cases/LIC%0A/attachments/false/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert error_of(response)["code"] == "not_found"


def test_a_write_to_an_address_that_is_no_endpoint_is_a_json_404_too(
    session_client_for, caseworker
):
    client = session_client_for(caseworker)
    response = client.patch("/api/v1/no-such-thing/1/", {}, format="json")

    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_options_describes_the_endpoint_without_building_serializers(read_key):
    response = with_key(read_key.raw).options(ME)

    assert response.status_code == 200
    assert response.json()["name"] == "Me"
    assert "actions" not in response.json()


def test_an_unsupported_method_is_405_in_the_error_shape(write_key):
    response = with_key(write_key.raw).delete(ME)

    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


# Keyset pagination --------------------------------------------------------------------------


@PROBES
def test_lists_page_by_cursor_through_every_row_once(api_client_for, read_key, agency):
    TeamFactory.create_batch(7, agency=agency)
    expected = list(agency.teams.order_by("pk").values_list("pk", flat=True))
    client = api_client_for(read_key)

    seen: list[int] = []
    url: str | None = "/probe/teams/?page_size=3"
    while url:
        page = client.get(url).json()
        assert len(page["results"]) <= 3
        seen += [row["id"] for row in page["results"]]
        url = page["next"]

    assert seen == expected
    assert set(page) == {"next", "previous", "results"}


@PROBES
def test_page_size_is_capped_at_200_and_a_silly_one_gives_50(read_key, agency):
    TeamFactory.create_batch(205, agency=agency)
    client = with_key(read_key.raw)

    def rows(size: str) -> int:
        response = client.get("/probe/teams/", {"page_size": size})
        assert response.status_code == 200
        return len(response.json()["results"])

    assert rows("7") == 7
    assert rows("5000") == 200
    assert [rows(size) for size in ("0", "-1", "ten", "")] == [50, 50, 50, 50]


@PROBES
@pytest.mark.parametrize(
    "cursor",
    [
        "%%%not-base64",
        base64.b64encode(b"p=abc").decode(),  # a position that is not a number
        base64.b64encode(b"o=-5").decode(),
    ],
)
def test_a_bad_cursor_is_400_on_the_cursor_field(read_key, cursor):
    response = with_key(read_key.raw).get("/probe/teams/", {"cursor": cursor})

    assert response.status_code == 400
    assert set(error_of(response)["fields"]) == {"cursor"}


# Schema and docs ----------------------------------------------------------------------------


@PROBES
def test_the_schema_and_docs_are_public_and_document_keys_and_errors(db):
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    docs = APIClient().get("/api/docs/")

    assert schema.status_code == 200
    body: dict[str, Any] = schema.json()
    assert body["components"]["securitySchemes"]["ApiKeyAuth"]["name"] == "Authorization"
    assert "Error" in body["components"]["schemas"]
    me = body["paths"]["/api/v1/me/"]["get"]["responses"]
    assert {"200", "401", "403", "429"} <= set(me)
    assert "Retry-After" in me["429"]["headers"]
    page_size = next(
        p for p in body["paths"]["/probe/teams/"]["get"]["parameters"] if p["name"] == "page_size"
    )
    assert "200" in page_size["description"]
    assert docs.status_code == 200
    assert b"drf_spectacular_sidecar" in docs.content


def test_a_body_of_an_unreadable_type_is_a_415_the_schema_documents(write_key):
    response = with_key(write_key.raw).post(
        "/api/v1/customers/", data="name=Ana", content_type="text/plain"
    )
    paths = APIClient().get("/api/schema/", {"format": "json"}).json()["paths"]

    assert response.status_code == 415
    assert error_of(response)["code"] == "unsupported_media_type"
    assert "415" in paths["/api/v1/customers/"]["post"]["responses"]
    assert "415" in paths["/api/v1/presence/"]["put"]["responses"]
    # Get next case reads no body, so no body can be refused.
    assert "415" not in paths["/api/v1/next-case/"]["post"]["responses"]


def test_fixtures_give_keys_of_the_agency_with_their_scopes(
    read_key: IssuedKey, write_key: IssuedKey, api_client_for: Callable[..., APIClient], agency
):
    assert read_key.client.scopes == ["read"]
    assert write_key.client.scopes == ["read", "write"]
    assert api_client_for(write_key.client).get(ME).json()["agency"]["slug"] == agency.slug
    owner = member(agency, Role.CASEWORKER)
    assert api_client_for(owner).get(ME).json()["user"]["email"] == owner.email
