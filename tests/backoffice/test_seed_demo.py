"""The demo data command gives every role a login and can run twice."""

from __future__ import annotations

import re
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from backoffice.demo import DEMO_API_CLIENT, DEMO_PASSWORD
from backoffice.models import Agency, ApiClient, DailyRollup, Membership, Role, Team, User

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_covers_every_role() -> None:
    out = StringIO()
    call_command("seed_demo", "--cases-per-agency=10", stdout=out)
    counts = (
        Agency.objects.count(),
        Team.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    call_command("seed_demo", "--cases-per-agency=10", stdout=StringIO())
    assert counts == (
        Agency.objects.count(),
        Team.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    assert Agency.objects.count() >= 2
    for agency in Agency.objects.all():
        roles = set(Membership.objects.filter(agency=agency).values_list("role", flat=True))
        assert roles == set(Role.values), agency
    for agency in Agency.objects.all():
        assert DailyRollup.objects.filter(agency=agency).exists(), agency
    printed = out.getvalue()
    assert DEMO_PASSWORD in printed
    for email in Membership.objects.values_list("user__email", flat=True):
        assert email in printed


def test_demo_logins_work(client: object) -> None:
    call_command("seed_demo", "--cases-per-agency=10", stdout=StringIO())
    user = User.objects.get(email="maria.lopez@riverton.example")
    assert user.check_password(DEMO_PASSWORD)


def test_the_demo_prints_an_api_key_that_works_and_a_new_one_each_run(client: Any) -> None:
    def printed_key() -> str:
        out = StringIO()
        call_command("seed_demo", "--cases-per-agency=10", stdout=out)
        match = re.search(r"Api-Key (bo_\S+)\"", out.getvalue())
        assert match is not None, out.getvalue()
        return match.group(1)

    first = printed_key()
    answer = client.get("/api/v1/cases/", HTTP_AUTHORIZATION=f"Api-Key {first}")
    assert answer.status_code == 200
    assert answer.json()["results"]
    second = printed_key()
    assert second != first
    assert ApiClient.objects.filter(name=DEMO_API_CLIENT).count() == 1
    refused = client.get("/api/v1/cases/", HTTP_AUTHORIZATION=f"Api-Key {first}")
    assert refused.status_code == 401
    assert client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Api-Key {second}").status_code == 200
