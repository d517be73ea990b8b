"""Accounts: log-in throttling, idle timeout, the administrators' second factor, sign-in
through the agency's identity provider, and the password rules."""

from __future__ import annotations

import importlib
import json
import re
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
import time_machine
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import clear_url_caches
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from backoffice.models import AuditEvent, Role, User
from backoffice.security import LAST_ACTIVITY_KEY

from ..admin_helpers import authenticator_for, current_code
from ..conftest import member
from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def sign_in(client: Client, email: str, password: str = PASSWORD, **extra: Any) -> Any:
    """Through the log-in form, as a browser does (not force_login)."""
    extra.setdefault("REMOTE_ADDR", "192.0.2.10")
    return client.post(LOGIN, {"username": email, "password": password}, **extra)


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


# Log-in throttling ---------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes_from_any_address(
    client: Client, agency: Any
) -> None:
    user = member(agency, Role.CASEWORKER)
    answers = [
        sign_in(client, user.email, "wrong-password-1", REMOTE_ADDR=f"198.51.100.{n}")
        for n in range(5)
    ]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 429]
    locked = sign_in(Client(), user.email, REMOTE_ADDR="203.0.113.50")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == 15 * 60
    page = locked.content.decode()
    assert "Sign-in paused" in page
    assert "15 minutes" in page
    assert "Try again after" in page
    event = AuditEvent.objects.filter(action="auth.locked_out").latest("pk")
    assert event.outcome == "denied"
    assert event.actor == user
    assert event.details["attempted"] == user.email


def test_the_lockout_page_is_the_same_whether_or_not_the_account_exists(
    client: Client, agency: Any
) -> None:
    user = member(agency, Role.CASEWORKER)
    pages = []
    for email, address in (
        (user.email, "198.51.100.1"),
        ("nobody@nowhere.example", "198.51.100.2"),
    ):
        for _ in range(5):
            response = sign_in(Client(), email, "wrong-password-1", REMOTE_ADDR=address)
        assert response.status_code == 429
        page = re.sub(r"<time[^<]*</time>", "", response.content.decode())
        # Only the per-response tokens differ.
        pages.append(re.sub(r'nonce="[^"]*"|"X-CSRFToken": "[^"]*"', "", page))

    assert pages[0] == pages[1]
    assert user.email not in pages[0]


def test_one_address_is_locked_out_for_every_account(client: Client, agency: Any) -> None:
    for n in range(5):
        sign_in(client, f"guess{n}@agency.example", "wrong-password-1", REMOTE_ADDR="198.51.100.9")
    user = member(agency, Role.CASEWORKER)

    assert sign_in(Client(), user.email, REMOTE_ADDR="198.51.100.9").status_code == 429
    assert sign_in(Client(), user.email, REMOTE_ADDR="198.51.100.10").status_code == 302


def test_the_lockout_ends_after_the_cool_off(client: Client, agency: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            sign_in(client, user.email, "wrong-password-1")
        assert sign_in(Client(), user.email).status_code == 429
    with time_machine.travel(start + timedelta(minutes=16), tick=False):
        assert sign_in(Client(), user.email).status_code == 302


def test_the_limit_and_cool_off_come_from_the_settings(
    client: Client, agency: Any, settings: Any
) -> None:
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = timedelta(minutes=5)
    user = member(agency, Role.CASEWORKER)
    sign_in(client, user.email, "wrong-password-1")
    locked = sign_in(client, user.email, "wrong-password-1")

    assert locked.status_code == 429
    assert locked["Retry-After"] == "300"
    assert "5 minutes" in locked.content.decode()


def test_an_operator_unlocks_an_account_with_the_reset_command(client: Client, agency: Any) -> None:
    user = member(agency, Role.CASEWORKER)
    for _ in range(5):
        sign_in(client, user.email, "wrong-password-1", REMOTE_ADDR="198.51.100.20")
    assert sign_in(Client(), user.email, REMOTE_ADDR="198.51.100.21").status_code == 429

    call_command("axes_reset_username", user.email)

    assert sign_in(Client(), user.email, REMOTE_ADDR="198.51.100.21").status_code == 302


def test_the_admin_sign_in_goes_through_the_throttled_log_in_page(client: Client) -> None:
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=")
    posted = client.post("/admin/login/", {"username": "x@example.org", "password": "y" * 12})
    assert posted.status_code == 302
    assert not signed_in(client)


def test_only_platform_administrators_see_the_lockout_records(
    client_for: Any, agency: Any, administrator: Any
) -> None:
    superuser = UserFactory(is_staff=True, is_superuser=True)

    assert client_for(administrator).get("/admin/axes/accessattempt/").status_code == 403
    assert "axes" not in client_for(administrator).get("/admin/").content.decode()
    assert client_for(administrator).get("/admin/otp_totp/totpdevice/").status_code == 403
    assert client_for(superuser).get("/admin/axes/accessattempt/").status_code == 200
    assert client_for(superuser).get("/admin/otp_totp/totpdevice/").status_code == 200


# Idle timeout ------------------------------------------------------------------------------------


def test_a_session_idle_for_longer_than_the_limit_is_signed_out_with_a_message(
    client_for: Any, caseworker: Any
) -> None:
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client = client_for(caseworker)
        assert client.get("/cases/mine/").status_code == 200
    with time_machine.travel(start + timedelta(minutes=31), tick=False):
        response = client.get("/cases/mine/?page=2")
        assert response.status_code == 302
        assert response["Location"] == f"{LOGIN}?next=/cases/mine/%3Fpage%3D2"
        page = client.get(response["Location"]).content.decode()

    assert "You were signed out after 30 minutes without activity" in page
    assert not signed_in(client)
    event = AuditEvent.objects.get(action="auth.idle_timeout")
    assert event.actor == caseworker
    assert event.details == {"idle_minutes": 31, "limit_minutes": 30}


def test_activity_keeps_the_session_alive(client_for: Any, caseworker: Any) -> None:
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client = client_for(caseworker)
    for minutes in (20, 40, 60):
        with time_machine.travel(start + timedelta(minutes=minutes), tick=False):
            assert client.get("/cases/mine/").status_code == 200


def test_the_idle_limit_comes_from_the_settings(
    client_for: Any, caseworker: Any, settings: Any
) -> None:
    settings.SESSION_IDLE_TIMEOUT = 5
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client = client_for(caseworker)
    with time_machine.travel(start + timedelta(minutes=6), tick=False):
        response = client.get("/cases/mine/", follow=True)
    assert "signed out after 5 minutes without activity" in response.content.decode()


def test_an_htmx_request_after_the_timeout_reloads_the_sign_in_page(
    client_for: Any, caseworker: Any
) -> None:
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client = client_for(caseworker)
    with time_machine.travel(start + timedelta(minutes=45), tick=False):
        response = client.get("/people/?q=a", HTTP_HX_REQUEST="true")
    assert response.status_code == 204
    assert response["HX-Redirect"] == LOGIN


def test_the_activity_time_is_written_at_most_once_a_minute(
    client_for: Any, caseworker: Any
) -> None:
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client = client_for(caseworker)
        stamped = client.session[LAST_ACTIVITY_KEY]
    with time_machine.travel(start + timedelta(seconds=50), tick=False):
        with CaptureQueriesContext(connection) as queries:
            client.get("/cases/mine/")
        assert client.session[LAST_ACTIVITY_KEY] == stamped
        assert not [
            q for q in queries.captured_queries if "UPDATE" in q["sql"] and "session" in q["sql"]
        ]
    with time_machine.travel(start + timedelta(seconds=70), tick=False):
        client.get("/cases/mine/")
        assert client.session[LAST_ACTIVITY_KEY] == stamped + 70


def test_requests_with_an_api_key_have_no_session_to_time_out(client: Client, agency: Any) -> None:
    from backoffice.api_keys import api_client_create

    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    owner = member(agency, Role.CASEWORKER)
    _key, raw = api_client_create(
        agency=agency, name="Integration", owner=owner, scopes=["read"], actor=admin
    )
    later = timezone.now() + timedelta(hours=2)
    with time_machine.travel(later, tick=False):
        response = client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Api-Key {raw}")
    assert response.status_code == 200
    assert not AuditEvent.objects.filter(action="auth.idle_timeout").exists()


# Second factor ----------------------------------------------------------------------------------


def test_an_administrator_without_an_authenticator_sets_one_up_after_the_password(
    client: Client, agency: Any
) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    assert sign_in(client, admin.email).status_code == 302

    held = client.get("/teams/")
    assert held["Location"] == "/accounts/second-factor/?next=%2Fteams%2F"
    setup = client.get(held["Location"], follow=True)
    page = setup.content.decode()
    assert setup.redirect_chain[-1][0].startswith("/accounts/second-factor/set-up/")
    assert '<svg role="img"' in page
    assert 'autocomplete="one-time-code"' in page
    assert 'inputmode="numeric"' in page
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    assert re.search(r"[A-Z2-7]{4}( [A-Z2-7]{4}){7}", page)

    wrong = client.post("/accounts/second-factor/set-up/", {"code": "000000", "next": "/teams/"})
    assert "That code does not match" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()

    done = client.post(
        "/accounts/second-factor/set-up/", {"code": current_code(device), "next": "/teams/"}
    )
    assert done["Location"] == "/accounts/second-factor/recovery-codes/?next=%2Fteams%2F"
    codes_page = client.get(done["Location"]).content.decode()
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", codes_page)
    assert len(codes) == 10
    assert codes[0] not in client.get(done["Location"]).content.decode()
    assert client.get("/teams/").status_code == 200
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {
        "auth.second_factor_enrolled",
        "auth.second_factor_failed",
        "auth.recovery_codes_issued",
    }


def test_an_administrator_with_an_authenticator_enters_a_code_before_any_page(
    client: Client, agency: Any
) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    device = authenticator_for(admin)
    sign_in(client, admin.email)

    assert client.get("/admin/")["Location"].startswith("/accounts/second-factor/")
    assert client.get("/audit/")["Location"].startswith("/accounts/second-factor/")
    wrong = client.post("/accounts/second-factor/", {"code": "12345", "next": "/audit/"})
    assert "Enter the 6 digits" in wrong.content.decode()
    refused = client.post("/accounts/second-factor/", {"code": "000000", "next": "/audit/"})
    assert "That code does not match" in refused.content.decode()
    failure = AuditEvent.objects.get(action="auth.second_factor_failed")
    assert failure.outcome == "failure"
    assert failure.actor == admin

    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    session_before = client.session.session_key
    passed = client.post(
        "/accounts/second-factor/", {"code": current_code(device), "next": "/audit/"}
    )
    assert passed["Location"] == "/audit/"
    assert client.session.session_key != session_before
    assert client.get("/admin/").status_code == 200
    assert AuditEvent.objects.filter(action="auth.second_factor_verified", actor=admin).exists()


def test_someone_with_only_the_password_cannot_replace_the_authenticator_or_the_codes(
    client: Client, agency: Any
) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    authenticator_for(admin)
    sign_in(client, admin.email)

    response = client.get("/accounts/second-factor/set-up/")
    assert response["Location"].startswith("/accounts/second-factor/?")
    assert TOTPDevice.objects.filter(user=admin).count() == 1
    codes = client.post("/accounts/second-factor/recovery-codes/", {"confirm": "on"})
    assert codes["Location"] == "/accounts/second-factor/"
    assert not StaticToken.objects.filter(device__user=admin).exists()


def test_a_recovery_code_works_once(client: Client, agency: Any) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    authenticator_for(admin)
    admin_client = Client()
    admin_client.force_login(admin)
    admin_client.post("/accounts/second-factor/recovery-codes/", {"confirm": "on"})
    code = StaticToken.objects.filter(device__user=admin).first().token

    sign_in(client, admin.email)
    used = client.post(
        "/accounts/second-factor/recovery/", {"code": f"{code[:4]}-{code[4:].upper()}"}
    )
    assert used["Location"] == "/"
    event = AuditEvent.objects.get(action="auth.recovery_code_used")
    assert event.details == {"codes_left": 9}

    again = Client()
    sign_in(again, admin.email)
    refused = again.post("/accounts/second-factor/recovery/", {"code": code})
    assert "not valid or has been used" in refused.content.decode()
    assert again.get("/teams/").status_code == 302


def test_new_recovery_codes_need_confirmation_and_replace_the_old_ones(
    client_for: Any, agency: Any
) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    client = client_for(admin)
    client.post("/accounts/second-factor/recovery-codes/", {"confirm": "on"})
    old = set(StaticToken.objects.values_list("token", flat=True))

    unconfirmed = client.post("/accounts/second-factor/recovery-codes/", {})
    assert "Confirm that your current recovery codes" in unconfirmed.content.decode()
    client.post("/accounts/second-factor/recovery-codes/", {"confirm": "on"})
    new = set(StaticToken.objects.values_list("token", flat=True))
    assert len(new) == 10
    assert not old & new


def test_agency_administrators_need_the_second_factor_and_caseworkers_do_not(
    client: Client, agency: Any
) -> None:
    agency_admin = member(agency, Role.ADMINISTRATOR)  # not staff
    caseworker = member(agency, Role.CASEWORKER)

    sign_in(client, agency_admin.email)
    assert client.get("/teams/")["Location"].startswith("/accounts/second-factor/")
    other = Client()
    sign_in(other, caseworker.email)
    assert other.get("/teams/").status_code == 200


def test_a_role_granted_during_a_session_needs_the_second_factor_within_a_minute(
    client: Client, agency: Any
) -> None:
    from .factories import MembershipFactory

    user = member(agency, Role.CASEWORKER)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_in(client, user.email)
        MembershipFactory(user=user, agency=agency, role=Role.ADMINISTRATOR)
        assert client.get("/teams/").status_code == 200
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        assert client.get("/teams/")["Location"].startswith("/accounts/second-factor/")


def test_htmx_and_api_requests_of_an_unverified_administrator(client: Client, agency: Any) -> None:
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    sign_in(client, admin.email)

    htmx = client.get("/people/?q=a", HTTP_HX_REQUEST="true")
    assert htmx.status_code == 204
    assert htmx["HX-Redirect"] == "/accounts/second-factor/"
    api = client.get("/api/v1/me/")
    assert api.status_code == 403
    assert api.json()["error"]["code"] == "second_factor_required"


def test_the_admin_site_refuses_a_session_without_the_second_factor(agency: Any) -> None:
    from django.contrib import admin
    from django.test import RequestFactory

    superuser: Any = UserFactory(is_staff=True, is_superuser=True)
    device = authenticator_for(superuser)
    request: Any = RequestFactory().get("/admin/")
    request.user = superuser
    request.session = {}
    assert not admin.site.has_permission(request)
    request.session = {DEVICE_ID_SESSION_KEY: device.persistent_id}
    assert admin.site.has_permission(request)


def test_the_second_factor_can_be_turned_off(client: Client, agency: Any, settings: Any) -> None:
    settings.OTP_REQUIRED_FOR_ADMINS = False
    admin = member(agency, Role.ADMINISTRATOR, is_staff=True)
    sign_in(client, admin.email)
    assert client.get("/admin/").status_code == 200


# OpenID Connect ------------------------------------------------------------------------------


PROVIDER = "https://id.agency.example"


@pytest.fixture
def oidc(settings: Any) -> Iterator[Any]:
    """Sign-in through an identity provider, configured as the environment would."""
    settings.OIDC_ENABLED = True
    settings.OIDC_PROVIDER_NAME = "Agency ID"
    settings.OIDC_RP_CLIENT_ID = "back-office"
    settings.OIDC_RP_CLIENT_SECRET = "client-secret"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{PROVIDER}/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{PROVIDER}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{PROVIDER}/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{PROVIDER}/jwks"
    settings.OIDC_RP_SIGN_ALGO = "RS256"
    settings.OIDC_RP_SCOPES = "openid email"
    settings.OIDC_CREATE_USER = False
    settings.OIDC_USE_PKCE = True
    settings.OIDC_CALLBACK_CLASS = "backoffice.oidc.CallbackView"
    settings.AUTHENTICATION_BACKENDS = [
        *settings.AUTHENTICATION_BACKENDS,
        "backoffice.oidc.ExistingAccountBackend",
    ]
    _reload_urls()
    yield settings
    settings.OIDC_ENABLED = False
    _reload_urls()


def _reload_urls() -> None:
    import backoffice.urls

    importlib.reload(backoffice.urls)
    clear_url_caches()


class Provider:
    """The identity provider's three endpoints, answering for one person."""

    def __init__(self, email: str) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.email = email
        self.nonce = ""

    def jwks(self) -> dict[str, Any]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**public, "kid": "k1", "alg": "RS256", "use": "sig"}]}

    def id_token(self) -> str:
        claims = {
            "iss": PROVIDER,
            "aud": "back-office",
            "sub": "person-1",
            "nonce": self.nonce,
            "iat": int(time.time()),
            "exp": int(time.time()) + 300,
        }
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": "k1"})

    def post(self, url: str, **kwargs: Any) -> Any:
        assert url == f"{PROVIDER}/token"
        assert kwargs["data"]["code"] == "the-code"
        assert kwargs["data"]["code_verifier"]
        return _answer(
            {"id_token": self.id_token(), "access_token": "access", "token_type": "Bearer"}
        )

    def get(self, url: str, **kwargs: Any) -> Any:
        if url == f"{PROVIDER}/jwks":
            return _answer(self.jwks())
        assert url == f"{PROVIDER}/userinfo"
        return _answer({"sub": "person-1", "email": self.email, "email_verified": True})


def _answer(body: dict[str, Any]) -> Any:
    response = mock.Mock(status_code=200, headers={"content-type": "application/json"})
    response.json.return_value = body
    response.raise_for_status.return_value = None
    return response


def _sign_in_with_provider(client: Client, provider: Provider) -> Any:
    started = client.get("/oidc/authenticate/?next=/teams/")
    assert started.status_code == 302
    location = urlsplit(started["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{PROVIDER}/authorize"
    query = parse_qs(location.query)
    provider.nonce = query["nonce"][0]
    with (
        mock.patch("mozilla_django_oidc.auth.requests.post", side_effect=provider.post),
        mock.patch("mozilla_django_oidc.auth.requests.get", side_effect=provider.get),
    ):
        return client.get(f"/oidc/callback/?code=the-code&state={query['state'][0]}")


def test_an_existing_person_signs_in_through_the_identity_provider(
    client: Client, agency: Any, oidc: Any
) -> None:
    user = member(agency, Role.CASEWORKER, email="maria@agency.example")

    page = client.get(LOGIN).content.decode()
    assert "Sign in with Agency ID" in page
    answer = _sign_in_with_provider(client, Provider("Maria@Agency.example"))

    assert answer.status_code == 302
    assert answer["Location"] == "/teams/"
    assert client.session["_auth_user_id"] == str(user.pk)
    event = AuditEvent.objects.get(action="auth.login")
    assert event.actor == user
    assert event.details == {"method": "oidc"}


def test_the_identity_provider_never_creates_an_account(
    client: Client, agency: Any, oidc: Any
) -> None:
    users = User.objects.count()
    answer = _sign_in_with_provider(client, Provider("stranger@elsewhere.example"))

    assert answer["Location"] == LOGIN
    assert User.objects.count() == users
    assert not signed_in(client)
    assert "could not be signed in with Agency ID" in client.get(LOGIN).content.decode()


def test_an_inactive_account_cannot_sign_in_through_the_identity_provider(
    client: Client, agency: Any, oidc: Any
) -> None:
    member(agency, Role.CASEWORKER, email="gone@agency.example", is_active=False)
    _sign_in_with_provider(client, Provider("gone@agency.example"))
    assert not signed_in(client)


def test_without_a_provider_the_log_in_page_offers_none_and_there_are_no_oidc_urls(
    client: Client, db: None
) -> None:
    assert "Sign in with" not in client.get(LOGIN).content.decode()
    assert client.get("/oidc/authenticate/").status_code == 404


# Passwords ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Kx9!vQ2#mL4", "at least 12 characters"),
        ("password1234", "too common"),
    ],
)
def test_short_and_common_passwords_are_refused(
    client_for: Any, caseworker: Any, password: str, message: str
) -> None:
    client = client_for(caseworker)
    response = client.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": password, "new_password2": password},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    caseworker.refresh_from_db()
    assert caseworker.check_password(PASSWORD)


def test_the_password_forms_explain_the_rules(client_for: Any, caseworker: Any) -> None:
    page = client_for(caseworker).get("/accounts/password/").content.decode()
    assert "at least 12 characters" in page
    assert "commonly used password" in page
    assert 'aria-describedby="id_new_password1_helptext"' in page
