"""The demo data command gives every role a login and can run twice."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from backoffice.demo import DEMO_PASSWORD
from backoffice.models import Agency, Membership, Role, Team, User

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
    printed = out.getvalue()
    assert DEMO_PASSWORD in printed
    for email in Membership.objects.values_list("user__email", flat=True):
        assert email in printed


def test_demo_logins_work(client: object) -> None:
    call_command("seed_demo", "--cases-per-agency=10", stdout=StringIO())
    user = User.objects.get(email="maria.lopez@riverton.example")
    assert user.check_password(DEMO_PASSWORD)
