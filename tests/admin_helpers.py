"""Helpers for the admin tests of every app."""

from __future__ import annotations

from typing import Any

from django.db.models import Model
from django.test import Client


def change_url(changelist: str, obj: Model) -> str:
    """The change page of *obj*, under the admin list at *changelist*."""
    return f"{changelist}{obj.pk}/change/"


def assert_shown_but_never_changed(
    client: Client, changelist: str, obj: Model, changes: dict[str, Any]
) -> None:
    """The admin shows *obj*, but refuses to add one, to save *changes* to it or to delete it."""
    detail = client.get(change_url(changelist, obj))
    posted = client.post(change_url(changelist, obj), changes)

    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert posted.status_code == 403
    assert client.get(f"{changelist}add/").status_code == 403
    assert client.post(f"{changelist}{obj.pk}/delete/", {"post": "yes"}).status_code == 403
    assert "delete_selected" not in client.get(changelist).content.decode()
    assert type(obj)._default_manager.filter(pk=obj.pk).exists()


# Second factor ------------------------------------------------------------------------------


def authenticator_for(user: Any) -> Any:
    """A confirmed authenticator app (TOTP device) of *user*, made if they have none."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)


def current_code(device: Any) -> str:
    """The code *device*'s app shows now."""
    from django_otp.oath import totp

    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:0{device.digits}d}"


def give_second_factor(client: Client, user: Any) -> Any:
    """Mark *client*'s session as having given its second factor, as django_otp.login does."""
    from django_otp import DEVICE_ID_SESSION_KEY

    device = authenticator_for(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def enter_second_factor(page: Any, user: Any) -> None:
    """In a browser just signed in as *user* (who has an authenticator), enter its code."""
    page.get_by_label("Code from your authenticator app").fill(
        current_code(authenticator_for(user))
    )
    page.get_by_role("button", name="Continue").click()
