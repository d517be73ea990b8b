"""Security headers: the Content Security Policy with its nonce on every page, and the
production headers (HSTS, secure cookies, framing, referrer, opener and permissions)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from backoffice.headers import permissions_policy
from backoffice.models import Role

from ..conftest import member
from .test_settings import run_python

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "-production-secret-that-is-long-and-random-0123456789",
    "ALLOWED_HOSTS": "cases.agency.example",
}
# Requests a page over HTTPS and over plain HTTP with the production settings, and prints
# what came back. The login page needs no database; static files are not collected here, so
# their names are not looked up in the manifest.
PRODUCTION_PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client, override_settings
override_settings(STORAGES={
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}).enable()
client = Client(HTTP_HOST="cases.agency.example")
page = client.get("/accounts/login/", secure=True)
plain = client.get("/accounts/login/")
csrf = page.cookies["csrftoken"]
print(json.dumps({
    "status": page.status_code,
    "headers": dict(page.headers),
    "csrf_cookie": {"secure": csrf["secure"], "samesite": csrf["samesite"]},
    "plain": [plain.status_code, plain.headers.get("Location")],
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "session_cookie_httponly": settings.SESSION_COOKIE_HTTPONLY,
}))
"""


def production_page(tmp_path: Path, **env: str) -> tuple[dict[str, Any], dict[str, str]]:
    """What the probe saw, and the page's headers by lower-case name."""
    result = run_python(["-c", PRODUCTION_PROBE], tmp_path, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    return seen, {name.lower(): value for name, value in seen["headers"].items()}


NONCE = re.compile(r"'nonce-([A-Za-z0-9_-]+)'")


def policy(header: str) -> dict[str, list[str]]:
    directives = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in directives}


def test_the_policy_allows_only_this_site_and_the_nonce(client: Client) -> None:
    response = client.get(reverse("login"))
    header = response.headers["Content-Security-Policy"]
    directives = policy(header)
    nonce = NONCE.search(header)
    assert nonce
    assert directives == {
        "default-src": ["'self'"],
        "script-src": ["'self'", f"'nonce-{nonce.group(1)}'"],
        "style-src": ["'self'", f"'nonce-{nonce.group(1)}'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
    assert "unsafe" not in header
    assert "Content-Security-Policy-Report-Only" not in response.headers


@pytest.mark.django_db
def test_each_page_gets_a_fresh_nonce_that_its_script_tags_carry(
    client_for: Any, agency: Any
) -> None:
    client = client_for(member(agency, Role.CASEWORKER))
    nonces = []
    for _ in range(2):
        response = client.get(reverse("home"))
        assert response.status_code == 200
        nonce = NONCE.search(response.headers["Content-Security-Policy"])
        assert nonce
        html = response.content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert scripts
        for tag in scripts:
            assert f'nonce="{nonce.group(1)}"' in tag, tag
        nonces.append(nonce.group(1))
    assert nonces[0] != nonces[1]
    assert len(nonces[0]) >= 22  # 16 random bytes


def test_no_template_has_inline_script_style_or_handlers() -> None:
    templates = Path(__file__).resolve().parents[2] / "templates"
    inline = re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*csp_nonce_attr)[^>]*>"
        r"|<style(?![^>]*csp_nonce_attr)[^>]*>"
        r"|\sstyle=\""
        r"|\son[a-z]+=\""
        r"|javascript:"
        r"|\shx-on[:-]",
        re.IGNORECASE,
    )
    found = [
        f"{path.relative_to(templates)}: {match.group(0).strip()}"
        for path in templates.rglob("*.html")
        for match in inline.finditer(path.read_text())
    ]
    assert found == []


def test_htmx_is_configured_for_the_policy(client: Client) -> None:
    html = client.get(reverse("login")).content.decode()
    config = re.search(r"<meta name=\"htmx-config\" content='([^']+)'>", html)
    assert config
    assert json.loads(config.group(1)) == {
        "includeIndicatorStyles": False,
        "allowEval": False,
        "allowScriptTags": False,
    }


def test_pages_refuse_framing_and_unused_browser_features(client: Client) -> None:
    response = client.get(reverse("login"))
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(
        item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(",")
    )
    assert features["camera"] == features["microphone"] == features["geolocation"] == "()"


def test_permissions_policy_quotes_origins_and_keeps_keywords_bare() -> None:
    assert (
        permissions_policy(
            {"camera": [], "fullscreen": ["self", "https://maps.example"], "autoplay": ["*"]}
        )
        == 'camera=(), fullscreen=(self "https://maps.example"), autoplay=*'
    )


def test_production_sends_hsts_secure_cookies_and_the_policy(tmp_path: Path) -> None:
    seen, headers = production_page(tmp_path)
    assert seen["status"] == 200
    assert headers["strict-transport-security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert "'nonce-" in headers["content-security-policy"]
    assert "unsafe" not in headers["content-security-policy"]
    assert seen["csrf_cookie"] == {"secure": True, "samesite": "Lax"}
    assert seen["session_cookie_secure"] is True
    assert seen["session_cookie_httponly"] is True
    # Plain HTTP is sent to HTTPS.
    assert seen["plain"] == [301, "https://cases.agency.example/accounts/login/"]


def test_report_only_rollout_and_report_endpoint_from_the_environment(tmp_path: Path) -> None:
    _, headers = production_page(
        tmp_path, CSP_REPORT_ONLY="true", CSP_REPORT_URI="https://reports.agency.example/csp"
    )
    assert "content-security-policy" not in headers
    directives = policy(headers["content-security-policy-report-only"])
    assert directives["report-uri"] == ["https://reports.agency.example/csp"]
    assert directives["report-to"] == ["csp"]
    assert directives["script-src"][0] == "'self'"
    assert headers["reporting-endpoints"] == 'csp="https://reports.agency.example/csp"'
