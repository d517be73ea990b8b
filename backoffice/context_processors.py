"""Navigation that depends on the user's roles in the current agency, and the unread count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .access import user_agencies
from .models import Role
from .selectors import UnreadNotifications
from .services import request_agency

_UNREAD_KEY = "_unread_notifications"


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    roles: frozenset[str]
    group: str = ""

    def is_current(self, path: str) -> bool:
        if self.url == "/":
            return path == "/"
        return path == self.url or (
            path.startswith(self.url) and not _more_specific(path, self.url)
        )


def _more_specific(path: str, url: str) -> bool:
    """True when another item's URL matches *path* better (e.g. /cases/new/ over /cases/)."""
    return any(
        other != url and other.startswith(url) and path.startswith(other)
        for other in (item.url for item in _items())
    )


# The items of each language (and URL prefix): worked out once per process, not per page.
_ITEMS: dict[tuple[str, ...], tuple[NavItem, ...]] = {}


def _items() -> tuple[NavItem, ...]:
    key = (
        get_language() or "",
        get_script_prefix(),
        str(get_urlconf() or settings.ROOT_URLCONF),
        settings.ADMIN_PATH,
    )
    items = _ITEMS.get(key)
    if items is None:
        items = _ITEMS[key] = tuple(_build_items())
    return items


def _build_items() -> list[NavItem]:
    everyone = frozenset(Role.values)
    supervisors = frozenset({Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR})
    cases = str(_("Cases"))
    people = str(_("Teams and people"))
    feedback = str(_("Feedback"))
    reports = str(_("Reports"))
    administration = str(_("Administration"))
    return [
        NavItem(str(_("Home")), reverse("home"), everyone),
        NavItem(str(_("My work")), reverse("routing_me"), everyone),
        NavItem(str(_("My cases")), reverse("my_cases"), everyone),
        NavItem(str(_("All cases")), reverse("case_list"), everyone, cases),
        NavItem(str(_("New case")), reverse("case_new"), everyone, cases),
        NavItem(str(_("Customers")), reverse("customer_list"), everyone, cases),
        NavItem(str(_("Wallboard")), reverse("wallboard"), supervisors),
        NavItem(str(_("Teams")), reverse("team_list"), everyone, people),
        NavItem(str(_("People")), reverse("people"), everyone, people),
        NavItem(str(_("Skill assessments")), reverse("assessment_list"), everyone, people),
        NavItem(str(_("Friction reports")), reverse("friction_list"), everyone, feedback),
        NavItem(str(_("Pulse surveys")), reverse("pulse_home"), everyone, feedback),
        NavItem(str(_("Feedback results")), reverse("feedback_results"), supervisors, feedback),
        NavItem(
            str(_("Office survey codes")),
            reverse("survey_offices"),
            frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR}),
            feedback,
        ),
        NavItem(str(_("Dashboard")), reverse("reports_dashboard"), supervisors, reports),
        NavItem(str(_("People and presence")), reverse("reports_people"), supervisors, reports),
        NavItem(str(_("Workforce forecast")), reverse("reports_workforce"), supervisors, reports),
        NavItem(
            str(_("Customer experience (quarterly)")), reverse("reports_cx"), supervisors, reports
        ),
        NavItem(
            str(_("Service blueprints")),
            reverse("reports_blueprint_index"),
            frozenset({Role.MANAGER, Role.ADMINISTRATOR}),
            reports,
        ),
        NavItem(
            str(_("Audit log")),
            reverse("audit_log"),
            frozenset({Role.ADMINISTRATOR}),
            administration,
        ),
        NavItem(
            str(_("Configuration")),
            f"/{settings.ADMIN_PATH}",
            frozenset({Role.ADMINISTRATOR}),
            administration,
        ),
    ]


def unread_notifications(request: HttpRequest) -> UnreadNotifications:
    """The signed-in user's unread count, shared by the header and the page of one request."""
    unread = request.__dict__.get(_UNREAD_KEY)
    if unread is None:
        unread = UnreadNotifications(request.user)  # type: ignore[arg-type]
        request.__dict__[_UNREAD_KEY] = unread
    return unread


def navigation(request: HttpRequest) -> dict[str, Any]:
    context: dict[str, Any] = {"site_name": settings.SITE_NAME}
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return context
    agency = request_agency(request)
    roles = set(getattr(request, "roles", ()))
    context.update(
        current_agency=agency,
        current_roles=sorted(roles),
        current_role_labels=[str(Role(role).label) for role in sorted(roles)],
        user_agencies=user_agencies(user),
        unread_notifications=unread_notifications(request),
        nav_items=_entries(request.path, [item for item in _items() if item.roles & roles]),
    )
    return context


def _entries(path: str, items: list[NavItem]) -> list[dict[str, Any]]:
    """The header's entries: links, and groups (a menu button) where their first item was."""
    entries: list[dict[str, Any]] = []
    groups: dict[str, dict[str, Any]] = {}
    for item in items:
        link = {"label": item.label, "url": item.url, "current": item.is_current(path)}
        if not item.group:
            entries.append(link)
            continue
        group = groups.get(item.group)
        if group is None:
            group = groups[item.group] = {"label": item.group, "children": [], "current": False}
            entries.append(group)
        group["children"].append(link)
        group["current"] = group["current"] or link["current"]
    return entries
