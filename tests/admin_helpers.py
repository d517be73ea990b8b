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
