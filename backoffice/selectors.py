"""Reads shared by pages, the API and reports of the project package."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.models import Count, IntegerField, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy

from .access import memberships_for, scope, teams_for
from .models import Agency, AuditEvent, Heartbeat, Membership, Notification, Role, Team, User

# The header shows at most this many unread notifications; more read as "99+".
UNREAD_SHOWN = 99


def health_status() -> dict[str, Any]:
    """Database, broker and the last Celery heartbeat, each with ok true or false."""
    checks: dict[str, Any] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = {"ok": True, "vendor": connection.vendor}
    except Exception as exc:  # the page must report any failure, not raise it
        checks["database"] = {"ok": False, "error": exc.__class__.__name__}
    checks["broker"] = _broker_status()
    checks["heartbeat"] = _heartbeat_status(checks["database"]["ok"])
    checks["ok"] = all(checks[name]["ok"] for name in ("database", "broker", "heartbeat"))
    return checks


def _broker_status() -> dict[str, Any]:
    from .celery import app

    transport = settings.CELERY_BROKER_URL.split("://", 1)[0]
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return {"ok": True, "transport": transport}
    except Exception as exc:  # any failure to connect is reported, never raised
        return {"ok": False, "transport": transport, "error": exc.__class__.__name__}


def _heartbeat_status(database_ok: bool) -> dict[str, Any]:
    beat = Heartbeat.objects.filter(name="celery").first() if database_ok else None
    if beat is None:
        return {"ok": False, "last_seen": None, "age_seconds": None}
    age = (timezone.now() - beat.last_seen).total_seconds()
    return {
        "ok": age <= settings.HEARTBEAT_MAX_AGE.total_seconds(),
        "last_seen": beat.last_seen.isoformat(),
        "age_seconds": round(age, 1),
    }


def teams_with_counts(*, user: User, agency: Agency, search: str = "") -> QuerySet[Team]:
    """The agency's teams (only if the user belongs to it), with member counts per role."""
    teams = teams_for(user, agency).annotate(
        people=Count("memberships__user", distinct=True),
        caseworkers=Count(
            "memberships__user", filter=Q(memberships__role=Role.CASEWORKER), distinct=True
        ),
        supervisors=Count(
            "memberships__user", filter=Q(memberships__role=Role.SUPERVISOR), distinct=True
        ),
    )
    if search:
        teams = teams.filter(Q(name__icontains=search) | Q(description__icontains=search))
    return teams.order_by("name")


def team_memberships(*, team: Team) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(team=team)
        .select_related("user")
        .order_by("role", "user__full_name", "user__id")
    )


def people_in(
    *, user: User, agency: Agency, search: str = "", role: str = "", team_id: int | None = None
) -> QuerySet[Membership]:
    """Memberships of the agency, for the people directory, filtered as asked."""
    memberships = memberships_for(user, agency).filter(user__is_active=True)
    if search:
        memberships = memberships.filter(
            Q(user__full_name__icontains=search) | Q(user__email__icontains=search)
        )
    if role:
        memberships = memberships.filter(role=role)
    if team_id:
        memberships = memberships.filter(team_id=team_id)
    return memberships


def role_counts(*, agency: Agency) -> dict[str, int]:
    rows = (
        Membership.objects.filter(agency=agency, user__is_active=True)
        .values("role")
        .annotate(n=Count("user", distinct=True))
    )
    counts = {role: 0 for role in Role.values}
    counts.update({row["role"]: row["n"] for row in rows})
    return counts


@dataclass(frozen=True)
class AuditGroup:
    """A kind of audit event the viewer filters by: actions by prefix, suffix or name."""

    label: Any
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()

    def condition(self) -> Q:
        wanted = Q(action__in=self.names) if self.names else Q(pk__in=[])
        for prefix in self.prefixes:
            wanted |= Q(action__startswith=prefix)
        for suffix in self.suffixes:
            wanted |= Q(action__endswith=suffix)
        return wanted & ~Q(action__in=self.excluded) if self.excluded else wanted


class AuditGroups(dict[str, AuditGroup]):
    def choices(self) -> list[tuple[str, Any]]:
        return [(key, group.label) for key, group in self.items()]


# What each kind of event covers. A new audited action joins its kind by its prefix
# (configuration) or suffix (exports); reads of personal data are named one by one.
AUDIT_GROUPS = AuditGroups(
    auth=AuditGroup(gettext_lazy("Sign-ins and sign-outs"), prefixes=("auth.",)),
    denied=AuditGroup(gettext_lazy("Access refused"), prefixes=("access.",)),
    configuration=AuditGroup(
        gettext_lazy("Configuration changes"),
        prefixes=(
            "agency.",
            "team.",
            "membership.",
            "user.",
            "api_client.",
            "service.",
            "calendar.",
            "sla_policy.",
            "skill.",
            "queue.",
            "routing_rule.",
            "assessment.",
            "assessment_question.",
            "survey.",
            "survey_question.",
            "feedback_policy.",
            "office.",
        ),
        excluded=("assessment.attempt", "assessment.observed", "survey.answers_entered"),
    ),
    exports=AuditGroup(gettext_lazy("Exports"), suffixes=(".export",)),
    personal_data=AuditGroup(
        gettext_lazy("Reads of personal data"),
        names=(
            "customer.read",
            "customer.export",
            "attachment.download",
            "feedback.comments.read",
            "survey_response.view",
        ),
    ),
)

# The apps whose objects appear in the audit log, for the object type filter.
AUDITED_APPS = ("backoffice", "cases", "routing", "feedback")


def audit_object_types() -> list[tuple[str, str]]:
    """(label_lower, verbose name) of every model an audit row can name, by name."""
    types = [
        (model._meta.label_lower, str(model._meta.verbose_name).capitalize())
        for app in AUDITED_APPS
        for model in apps.get_app_config(app).get_models()
    ]
    return sorted(types, key=lambda pair: pair[1])


def audit_events_for(
    *,
    user: User,
    agency: Agency,
    every_agency: bool = False,
    group: str = "",
    action: str = "",
    outcome: str = "",
    actor: str = "",
    object_type: str = "",
    object_id: str = "",
    ip_address: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[AuditEvent]:
    """Audit events of one agency, for its administrators.

    A platform administrator may ask for *every_agency*: every row, with those that
    belong to no agency (failed sign-ins of unknown addresses, platform changes).
    """
    events = AuditEvent.objects.select_related("agency")
    if not (every_agency and user.is_superuser):
        events = scope(events, user, roles=(Role.ADMINISTRATOR,)).filter(agency=agency)
    if group in AUDIT_GROUPS:
        events = events.filter(AUDIT_GROUPS[group].condition())
    lookups = {
        "action__startswith": action,
        "outcome": outcome,
        "actor_label__icontains": actor,
        "object_type": object_type,
        "object_id": object_id,
        "ip_address": ip_address,
        "occurred_at__gte": since,
        "occurred_at__lt": until,
    }
    return events.filter(**{lookup: value for lookup, value in lookups.items() if value})


def notifications_for(*, user: User) -> QuerySet[Notification]:
    """The user's own notifications (of every agency), with what the list shows."""
    return Notification.objects.filter(user=user).select_related("agency")


class _CountOf(Subquery):
    """How many rows a subquery gives: ``(SELECT COUNT(*) FROM (subquery) AS counted)``."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


def _unread(user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user, read_at__isnull=True).order_by()


def unread_count(user: Any) -> Subquery:
    """The unread count of *user* (a user or an ``OuterRef``) as an expression, to read with
    another query of the same person (the page header's)."""
    return _CountOf(_unread(user).values("pk")[: UNREAD_SHOWN + 1])


class UnreadNotifications:
    """The user's unread count for the page header, counted once and only when shown.

    The count stops at one more than is shown, so a full inbox costs no more than an
    empty one (the partial index on unread notifications answers it). A query that reads
    the person anyway can bring it along (``unread_count``) and hand it over with ``known``.
    """

    def __init__(self, user: User) -> None:
        self.user = user

    @cached_property
    def count(self) -> int:
        return _unread(self.user)[: UNREAD_SHOWN + 1].count()

    def known(self, count: int) -> None:
        """The count, read by another query of this request."""
        self.__dict__["count"] = count

    @property
    def label(self) -> str:
        return f"{UNREAD_SHOWN}+" if self.count > UNREAD_SHOWN else str(self.count)
