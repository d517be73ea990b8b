"""API keys: create, rotate, revoke, and find the client a presented key belongs to.

A key reads ``bo_<prefix>_<secret>``. The prefix (8 characters) finds the row and is
shown in the admin; the secret is 32 random bytes. Only the SHA-256 hash of the whole
key is stored, so the raw key is seen once, when it is made.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import string
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .access import has_role
from .errors import ConflictError, DomainError
from .models import Agency, ApiClient, Membership, Role, User
from .services import audit_record

logger = logging.getLogger(__name__)

KEY_PREFIX_LENGTH = 8
KEY_SECRET_BYTES = 32
SCOPES = ("read", "write")
# last_used_at is written at most this often per client, not on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)
_PREFIX_ALPHABET = string.ascii_lowercase + string.digits


def hash_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


def _new_key() -> tuple[str, str]:
    """A fresh (prefix, raw key) whose prefix no client uses, current or previous."""
    while True:
        prefix = "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(KEY_PREFIX_LENGTH))
        taken = ApiClient.objects.filter(Q(key_prefix=prefix) | Q(previous_key_prefix=prefix))
        if not taken.exists():
            return prefix, f"bo_{prefix}_{secrets.token_urlsafe(KEY_SECRET_BYTES)}"


def _split_key(raw_key: str) -> str | None:
    """The prefix of a well-formed key, or None."""
    parts = raw_key.split("_", 2)
    if len(parts) != 3 or parts[0] != "bo" or len(parts[1]) != KEY_PREFIX_LENGTH:
        return None
    if not parts[2] or not parts[1].isalnum():
        return None
    return parts[1]


def _require_administrator(actor: User, agency: Agency) -> None:
    if not has_role(actor, agency, Role.ADMINISTRATOR):
        raise DomainError(
            _("Only an administrator of the agency can manage its API keys."), code="forbidden"
        )


def is_staff_of(user: User, agency: Agency) -> bool:
    """Whether *user* is an active member of staff (any role) of *agency*."""
    return (
        user.is_active and Membership.objects.filter(user=user, agency=agency).exists()
    ) or bool(user.is_active and user.is_superuser)


def _scope_flags(scopes: Iterable[str]) -> tuple[bool, bool]:
    chosen = set(scopes)
    unknown = chosen - set(SCOPES)
    if unknown or not chosen:
        raise DomainError(_("Choose the read scope, the write scope or both."), field="scopes")
    return "read" in chosen, "write" in chosen


@transaction.atomic
def api_client_create(
    *,
    agency: Agency,
    name: str,
    owner: User,
    scopes: Iterable[str],
    actor: User,
    rate: str = "",
) -> tuple[ApiClient, str]:
    """Create an API client and return it with its raw key, which is never shown again.

    Only administrators of the agency create keys; the owner must be active staff of
    the agency, since every write made with the key is made as the owner.
    """
    _require_administrator(actor, agency)
    if not is_staff_of(owner, agency):
        raise DomainError(
            _("The owner must be an active member of staff of this agency."), field="owner"
        )
    can_read, can_write = _scope_flags(scopes)
    prefix, raw_key = _new_key()
    client = ApiClient(
        agency=agency,
        name=name.strip(),
        owner=owner,
        can_read=can_read,
        can_write=can_write,
        key_prefix=prefix,
        key_hash=hash_key(raw_key),
        rate=rate.strip(),
    )
    client.full_clean()
    client.save()
    audit_record(
        action="api_client.create",
        actor=actor,
        agency=agency,
        obj=client,
        details={"owner": owner.email, "scopes": client.scopes, "prefix": prefix},
    )
    return client, raw_key


@transaction.atomic
def api_client_update(
    *, client: ApiClient, actor: User, name: str, scopes: Iterable[str], rate: str = ""
) -> ApiClient:
    """Rename a client, change its scopes or its rate limit; its key stays the same.

    The owner cannot change: a key acts as one person, so a new owner means a new key.
    """
    _require_administrator(actor, client.agency)
    client = ApiClient.objects.select_for_update().get(pk=client.pk)
    if not client.is_active:
        raise ConflictError(_("A revoked key cannot be changed."))
    can_read, can_write = _scope_flags(scopes)
    fields = {"name": name.strip(), "can_read": can_read, "can_write": can_write}
    fields["rate"] = rate.strip()
    changes = {k: [getattr(client, k), v] for k, v in fields.items() if getattr(client, k) != v}
    for key, value in fields.items():
        setattr(client, key, value)
    client.full_clean()
    client.save()
    if changes:
        audit_record(
            action="api_client.update",
            actor=actor,
            agency=client.agency,
            obj=client,
            details=changes,
        )
    return client


@transaction.atomic
def api_client_rotate(*, client: ApiClient, actor: User, grace_hours: int = 24) -> str:
    """Give the client a new key and return it; the old key keeps working for *grace_hours*.

    The grace period lets the other system switch keys without downtime; with 0 hours
    the old key stops at once. A revoked client cannot be rotated.
    """
    _require_administrator(actor, client.agency)
    client = ApiClient.objects.select_for_update().get(pk=client.pk)
    if not client.is_active:
        raise ConflictError(_("A revoked key cannot be rotated; create a new client instead."))
    if grace_hours < 0:
        raise DomainError(_("The grace period cannot be negative."), field="grace_hours")
    now = timezone.now()
    old_prefix = client.key_prefix
    prefix, raw_key = _new_key()
    if grace_hours:
        client.previous_key_prefix = old_prefix
        client.previous_key_hash = client.key_hash
        client.previous_key_expires_at = now + timedelta(hours=grace_hours)
    else:
        client.previous_key_prefix = client.previous_key_hash = ""
        client.previous_key_expires_at = None
    client.key_prefix, client.key_hash, client.rotated_at = prefix, hash_key(raw_key), now
    client.save()
    audit_record(
        action="api_client.rotate",
        actor=actor,
        agency=client.agency,
        obj=client,
        details={"old_prefix": old_prefix, "prefix": prefix, "grace_hours": grace_hours},
    )
    return raw_key


@transaction.atomic
def api_client_revoke(*, client: ApiClient, actor: User) -> ApiClient:
    """Stop the client's keys (current and previous) at once; revoking is final."""
    _require_administrator(actor, client.agency)
    client = ApiClient.objects.select_for_update().get(pk=client.pk)
    if not client.is_active:
        raise ConflictError(_("This key is already revoked."))
    client.revoked_at = timezone.now()
    client.previous_key_prefix = client.previous_key_hash = ""
    client.previous_key_expires_at = None
    client.save()
    audit_record(
        action="api_client.revoke",
        actor=actor,
        agency=client.agency,
        obj=client,
        details={"prefix": client.key_prefix},
    )
    return client


def _matches(client: ApiClient, prefix: str, digest: str, now: datetime) -> bool:
    if client.key_prefix == prefix:
        return hmac.compare_digest(client.key_hash, digest)
    fresh = client.previous_key_expires_at is not None and client.previous_key_expires_at > now
    return fresh and hmac.compare_digest(client.previous_key_hash, digest)


def client_for_key(raw_key: str, *, now: datetime | None = None) -> ApiClient | None:
    """The active client a raw key belongs to, or None.

    None for a malformed or unknown key, a revoked client, a previous key past its
    grace period, an inactive owner or agency, or an owner no longer staff of the
    agency. Records the time of use at most once a minute.
    """
    prefix = _split_key(raw_key.strip())
    if prefix is None:
        return None
    now = now or timezone.now()
    client = (
        ApiClient.objects.select_related("agency", "owner")
        .filter(Q(key_prefix=prefix) | Q(previous_key_prefix=prefix), revoked_at__isnull=True)
        .first()
    )
    if client is None or not _matches(client, prefix, hash_key(raw_key.strip()), now):
        return None
    if not client.agency.is_active or not is_staff_of(client.owner, client.agency):
        logger.info("API key %s refused: owner or agency no longer active", prefix)
        return None
    if client.last_used_at is None or now - client.last_used_at >= LAST_USED_RESOLUTION:
        # Bookkeeping, not a change of state: one conditional UPDATE, no audit row.
        ApiClient.objects.filter(pk=client.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USED_RESOLUTION)
        ).update(last_used_at=now)
        client.last_used_at = now
    return client
