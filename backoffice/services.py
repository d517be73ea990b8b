"""Every write to organisations, memberships, the audit log and heartbeats.

Services take keyword arguments and the acting user, run in one transaction and
write their audit row in that same transaction.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import smtplib
import socket
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage, mailers
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError, transaction
from django.db import connection as database
from django.db.models import F, Model
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit_context import DENIAL_RECORDED, current_request
from .errors import DomainError
from .models import (
    Agency,
    AuditEvent,
    AuditOutcome,
    Heartbeat,
    Membership,
    Notification,
    OutboundEmail,
    OutboundEmailStatus,
    Role,
    Team,
    User,
)


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR only, which a trusted proxy must set correctly."""
    return request.META.get("REMOTE_ADDR") or None


def request_agency(request: HttpRequest) -> Agency | None:
    """The request's current agency (set lazily by CurrentAgencyMiddleware), or None."""
    agency = getattr(request, "agency", None)
    return agency if isinstance(agency, Agency) and agency.pk else None


def audit_record(
    *,
    action: str,
    actor: User | None = None,
    request: HttpRequest | None = None,
    agency: Agency | None = None,
    obj: Model | None = None,
    outcome: str = AuditOutcome.SUCCESS,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one audit event. The only way AuditEvent rows are written.

    Without *request*, the address and browser come from the request being served, if
    any (a service called from the admin); the actor and agency are never guessed from it.
    """
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    if agency is None and request is not None:
        agency = request_agency(request)
    origin = request if request is not None else current_request.get()
    event = AuditEvent.objects.create(
        actor=actor,
        actor_label=actor.email if actor else "",
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        agency=agency,
        ip_address=client_ip(origin) if origin is not None else None,
        user_agent=(origin.META.get("HTTP_USER_AGENT", "") if origin is not None else "")[:300],
        outcome=outcome,
        details=details or {},
    )
    if request is not None and outcome == AuditOutcome.DENIED:
        setattr(request, DENIAL_RECORDED, True)
    return event


def _changes(instance: Model, fields: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        name: [getattr(instance, name), value]
        for name, value in fields.items()
        if getattr(instance, name) != value
    }


@transaction.atomic
def user_create(
    *,
    email: str,
    full_name: str,
    password: str | None,
    actor: User | None,
    is_staff: bool = False,
) -> User:
    """Create a staff account. Email addresses are unique regardless of case."""
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=email).exists():
        raise DomainError(_("A user with this email address already exists."), field="email")
    user = User.objects.create_user(
        email=email, password=password, full_name=full_name, is_staff=is_staff
    )
    audit_record(action="user.create", actor=actor, obj=user, details={"email": email})
    return user


@transaction.atomic
def user_update(*, user: User, changed: list[str], actor: User | None) -> User:
    """Save changes already applied to *user* (by an admin form) and audit which fields changed.

    Only a platform administrator may grant or remove superuser status.
    """
    if "is_superuser" in changed and not (actor and actor.is_superuser):
        raise DomainError(_("Only a platform administrator can change superuser status."))
    user.email = User.objects.normalize_email(user.email).lower()
    if User.objects.filter(email__iexact=user.email).exclude(pk=user.pk).exists():
        raise DomainError(_("A user with this email address already exists."), field="email")
    user.save()
    audit_record(action="user.update", actor=actor, obj=user, details={"fields": sorted(changed)})
    return user


@transaction.atomic
def agency_create(
    *,
    name: str,
    slug: str,
    country: str,
    time_zone: str = "UTC",
    subdivision: str = "",
    case_prefix: str = "",
    actor: User | None,
) -> Agency:
    """Create an agency after validating its time zone, country, slug and case prefix.

    Without a case prefix one is made from the slug's initials, unique among agencies.
    """
    if case_prefix and Agency.objects.filter(case_prefix=case_prefix.upper()).exists():
        raise DomainError(_("Another agency already uses this case prefix."), field="case_prefix")
    agency = Agency(
        name=name,
        slug=slug,
        country=country.upper(),
        time_zone=time_zone,
        subdivision=subdivision,
        case_prefix=(case_prefix or free_case_prefix(slug)).upper(),
    )
    agency.full_clean()
    agency.save()
    audit_record(action="agency.create", actor=actor, agency=agency, obj=agency)
    return agency


def free_case_prefix(slug: str) -> str:
    """A case prefix no agency uses yet, from the slug's initials (city-licensing -> CL)."""
    letters = "".join(part[:1] for part in slug.split("-") if part[:1].isalpha()).upper()
    base = (letters or "AG").ljust(2, "X")[:4]
    candidate, suffix = base, 0
    while Agency.objects.filter(case_prefix=candidate).exists():
        suffix += 1
        candidate = f"{base}{chr(ord('A') + (suffix - 1) % 26)}"[:6]
        if suffix > 26:
            base = f"{base[:3]}{chr(ord('A') + suffix // 26)}"
    return candidate


@transaction.atomic
def agency_update(*, agency: Agency, actor: User | None, **fields: Any) -> Agency:
    """Change an agency's settings, recording before and after of each changed field."""
    changes = _changes(agency, fields)
    for name, value in fields.items():
        setattr(agency, name, value)
    agency.full_clean()
    agency.save()
    if changes:
        audit_record(
            action="agency.update", actor=actor, agency=agency, obj=agency, details=changes
        )
    return agency


@transaction.atomic
def team_create(*, agency: Agency, name: str, description: str = "", actor: User | None) -> Team:
    """Create a team; team names are unique within an agency."""
    if Team.objects.filter(agency=agency, name__iexact=name).exists():
        raise DomainError(_("This agency already has a team with that name."), field="name")
    team = Team(agency=agency, name=name, description=description)
    team.full_clean()
    team.save()
    audit_record(action="team.create", actor=actor, agency=agency, obj=team)
    return team


@transaction.atomic
def team_update(*, team: Team, actor: User | None, **fields: Any) -> Team:
    """Rename or describe a team; a team never moves to another agency."""
    fields.pop("agency", None)
    name = fields.get("name")
    if (
        name
        and Team.objects.filter(agency=team.agency, name__iexact=name).exclude(pk=team.pk).exists()
    ):
        raise DomainError(_("This agency already has a team with that name."), field="name")
    changes = _changes(team, fields)
    for key, value in fields.items():
        setattr(team, key, value)
    team.full_clean()
    team.save()
    if changes:
        audit_record(
            action="team.update", actor=actor, agency=team.agency, obj=team, details=changes
        )
    return team


@transaction.atomic
def membership_grant(
    *, user: User, agency: Agency, role: str, team: Team | None = None, actor: User | None
) -> Membership:
    """Give a user a role in an agency (and team). Granting an existing role changes nothing.

    The team must belong to the same agency; a caseworker or supervisor needs a team.
    """
    if role not in Role.values:
        raise DomainError(_("Choose one of the listed roles."), field="role")
    if team is not None and team.agency_id != agency.pk:
        raise DomainError(_("The team must belong to the same agency."), field="team")
    if team is None and role in (Role.CASEWORKER, Role.SUPERVISOR):
        raise DomainError(_("Caseworkers and supervisors must belong to a team."), field="team")
    membership, created = Membership.objects.get_or_create(
        user=user, agency=agency, team=team, role=role
    )
    if created:
        audit_record(
            action="membership.grant",
            actor=actor,
            agency=agency,
            obj=membership,
            details={"user": user.email, "role": role, "team": team.name if team else None},
        )
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership, actor: User | None) -> None:
    """Remove a role from a user; the audit row keeps who had it."""
    audit_record(
        action="membership.revoke",
        actor=actor,
        agency=membership.agency,
        obj=membership,
        details={
            "user": membership.user.email,
            "role": membership.role,
            "team": membership.team.name if membership.team else None,
        },
    )
    membership.delete()


def heartbeat_record(*, name: str) -> Heartbeat:
    """Note that the periodic task *name* ran now. Idempotent: the row is upserted."""
    heartbeat, _created = Heartbeat.objects.update_or_create(
        name=name, defaults={"last_seen": timezone.now(), "hostname": socket.gethostname()[:200]}
    )
    return heartbeat


@transaction.atomic
def staff_add(
    *,
    email: str,
    full_name: str,
    password: str | None,
    agency: Agency,
    role: str,
    team: Team | None,
    actor: User | None,
) -> User:
    """Create an account together with its first role, so it is never outside every agency."""
    user = user_create(email=email, full_name=full_name, password=password, actor=actor)
    membership_grant(user=user, agency=agency, role=role, team=team, actor=actor)
    return user


def email_queue(
    *,
    to: str,
    subject: str,
    body: str,
    kind: str,
    agency: Agency | None = None,
    related: Model | None = None,
) -> OutboundEmail:
    """Write an email to the outbox; it is sent by a task once the caller's transaction commits."""
    from .tasks import send_outbound_email

    email = OutboundEmail.objects.create(
        agency=agency,
        to=to,
        # One line: a line break typed into a subject must not start a header of its own.
        subject=" ".join(subject.split())[:250],
        body=body,
        kind=kind,
        related_type=related._meta.label_lower if related is not None else "",
        related_id=str(related.pk) if related is not None else "",
    )
    # robust: the row is committed and email_requeue_stale sends it if this is lost, so a
    # broker that is down must not turn the caller's committed change into an error.
    transaction.on_commit(lambda: send_outbound_email.delay(email.pk), robust=True)
    return email


def email_send(
    *, email_id: int, connection: BaseEmailBackend | None = None
) -> OutboundEmail | None:
    """Send one outbox row if it is still pending. Raises on a delivery failure so it is retried.

    *connection*, when given, is a mail connection the caller keeps open across a batch
    (and closes); otherwise one is opened for this message.

    As close to once as SMTP allows:

    - One sender at a time: a second sender (a redelivered task, the stale requeue, a
      parallel worker) leaves alone a row another is sending. The lock dies with its
      holder, so a killed worker's row is free for the retry at once: a PostgreSQL
      advisory lock of the database session (a connection pooler must pool sessions,
      not transactions), or, on SQLite (one machine by nature), a
      record lock on one byte of a file beside the database, held by the worker process
      (Celery runs one task at a time per process, prefork or solo pool).
    - The status is read once the lock is held, so a row sent meanwhile is not sent again.
    - The row is marked sent as soon as the server has accepted the message (its reply to
      DATA), before QUIT and before the next message of a batch.
    - The Message-ID is made from the row (``<outbox.ID@site host>``), the same on every
      attempt, so a receiving system that drops duplicate Message-IDs drops a second copy.

    What remains at least once: a worker killed, or the database lost, between the
    server's acceptance and the commit of the UPDATE that marks the row sent (one local
    database round trip) leaves the row pending, and the retry sends it again. SMTP has
    this window itself (RFC 1047); only a receiver that deduplicates closes it. A worker
    killed before the server's acceptance loses nothing: the server discards a message
    whose client went away before the reply, and the row is still pending.
    """
    with _send_lock(email_id) as mine:
        email = OutboundEmail.objects.filter(pk=email_id).first()
        if email is None or not mine or email.status != OutboundEmailStatus.PENDING:
            return email
        OutboundEmail.objects.filter(pk=email.pk).update(attempts=F("attempts") + 1)
        message = EmailMessage(
            subject=email.subject,
            body=email.body,
            to=[email.to],
            headers={"Message-ID": _message_id(email)},
        )
        mailer = connection if connection is not None else mailers.default
        try:
            mailer.open()
            mailer.send_messages([message])
            OutboundEmail.objects.filter(pk=email.pk, status=OutboundEmailStatus.PENDING).update(
                status=OutboundEmailStatus.SENT, sent_at=timezone.now(), last_error=""
            )
        finally:
            if connection is None:
                email_connection_close(mailer)
    email.refresh_from_db()
    return email


def email_connection_close(mailer: BaseEmailBackend) -> None:
    """Close a mail connection; a failed QUIT after the messages were accepted is no error."""
    with contextlib.suppress(smtplib.SMTPException, OSError):
        mailer.close()


def _message_id(email: OutboundEmail) -> str:
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"<outbox.{email.pk}@{host}>"


# The first key of the two-key advisory locks taken by email_send: "outbox" in its own space.
OUTBOX_LOCK_SPACE = 0x0B0C


@contextlib.contextmanager
def _send_lock(email_id: int) -> Iterator[bool]:
    """Hold the lock for sending one outbox row, if free; yields whether it was got."""
    lock = _advisory_lock if database.vendor == "postgresql" else _file_lock
    with lock(email_id) as got:
        yield got


@contextlib.contextmanager
def _advisory_lock(email_id: int) -> Iterator[bool]:
    key = [OUTBOX_LOCK_SPACE, email_id & 0x7FFFFFFF]
    with database.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", key)
        row = cursor.fetchone()
    got = bool(row and row[0])
    try:
        yield got
    finally:
        if got:
            # A lost connection has already released it.
            with contextlib.suppress(DatabaseError), database.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)


def _lock_file() -> Path:
    """Beside the SQLite database, which every process sending its mail opens too."""
    name = str(database.settings_dict["NAME"])
    if name and ":memory:" not in name and "mode=memory" not in name:
        return Path(f"{name}.outbox-lock")
    return Path(settings.VAR_DIR) / "outbox.lock"


@contextlib.contextmanager
def _file_lock(email_id: int) -> Iterator[bool]:
    descriptor = os.open(_lock_file(), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, email_id)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, email_id)
    finally:
        os.close(descriptor)


def email_mark_failed(*, email_id: int, error: str) -> None:
    """Give up on an outbox row after its last retry, keeping the reason."""
    OutboundEmail.objects.filter(pk=email_id, status=OutboundEmailStatus.PENDING).update(
        status=OutboundEmailStatus.FAILED, last_error=error[:300]
    )


def email_requeue_stale(*, older_than_seconds: int = 300, limit: int = 500) -> int:
    """Send again the pending rows whose task was lost (broker restart, worker killed)."""
    from .tasks import send_outbound_email

    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    ids = list(
        OutboundEmail.objects.filter(status=OutboundEmailStatus.PENDING, created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    for email_id in ids:
        send_outbound_email.delay(email_id)
    return len(ids)


def notify(*, notifications: list[Notification], email: bool = True) -> list[Notification]:
    """Deliver notifications to staff: in the app, and by email through the outbox.

    Written in bulk in the caller's transaction; the emails go to one task on commit,
    so a sweep that notifies thousands of people sends thousands of messages, not
    thousands of broker round trips.
    """
    from .tasks import send_outbound_emails

    created = Notification.objects.bulk_create(notifications)
    if not email:
        return created
    emails = OutboundEmail.objects.bulk_create(
        OutboundEmail(
            agency_id=note.agency_id,
            to=note.user.email,
            subject=" ".join(note.title.split())[:250],
            body=_notification_body(note),
            kind=note.kind,
            related_type="backoffice.notification",
            related_id=str(note.pk or ""),
        )
        for note in created
        if note.user.email
    )
    ids = [email.pk for email in emails]
    if ids:
        # robust, as in email_queue: a lost task is sent again by email_requeue_stale.
        transaction.on_commit(lambda: send_outbound_emails.delay(ids), robust=True)
    return created


def _notification_body(note: Notification) -> str:
    body = note.body
    if note.link:
        body = (
            f"{body}\n\n{settings.SITE_URL}{note.link}\n"
            if body
            else f"{settings.SITE_URL}{note.link}\n"
        )
    return body


def notification_mark_read(*, user: User, ids: list[int] | None = None) -> int:
    """Mark some (or, without ids, all) of the user's unread notifications read."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())
