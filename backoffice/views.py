"""Pages of the project package: home per role, teams, people, audit log, notifications, health."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from cases.selectors import my_open_cases

from . import selectors
from .access import agency_or_404, get_for_user, role_required, staff_user, supervised_teams
from .audited import audited_export
from .context_processors import unread_notifications
from .exports import csv_stream
from .forms import AuditFilterForm, PeopleFilterForm, TeamFilterForm
from .http import safe_next_url
from .middleware import SESSION_KEY
from .models import Agency, AuditEvent, Notification, Role, Team
from .pagination import InvalidCursorError, keyset_page, query_without_cursor
from .services import notification_mark_read, request_agency

EVERYONE = tuple(Role.values)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The signed-in user's start page, with a section for each role they hold."""
    agency = request_agency(request)
    if agency is None:
        return render(request, "backoffice/no_agency.html", status=403)
    roles = set(request.roles)  # type: ignore[attr-defined]
    user = staff_user(request)
    context: dict[str, Any] = {"agency": agency, "roles": roles}
    context["my_cases"] = list(
        my_open_cases(user=user, agency=agency).order_by("-priority", "created_at")[:10]
    )
    context["my_teams"] = selectors.teams_with_counts(user=user, agency=agency).filter(
        memberships__user=user
    )
    if roles & {Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR}:
        context["supervised"] = [
            (team, selectors.team_memberships(team=team))
            for team in supervised_teams(user, agency).order_by("name")[:12]
        ]
    if roles & {Role.MANAGER, Role.ADMINISTRATOR}:
        context["role_counts"] = selectors.role_counts(agency=agency)
        context["team_count"] = Team.objects.filter(agency=agency).count()
    if Role.ADMINISTRATOR in roles:
        context["health"] = selectors.health_status()
        context["recent_changes"] = (
            AuditEvent.objects.filter(agency=agency)
            .exclude(action__startswith="auth.")
            .select_related("actor")[:8]
        )
    return render(request, "backoffice/home.html", context)


@require_POST
@login_required
def agency_switch(request: HttpRequest) -> HttpResponse:
    """Make another of the user's agencies the current one."""
    agency = get_for_user(
        Agency.objects.all(), request.user, via="pk", pk=request.POST.get("agency") or 0
    )
    request.session[SESSION_KEY] = agency.pk
    return redirect(safe_next_url(request, request.POST.get("next", ""), reverse("home")))


@require_GET
@role_required(*EVERYONE)
def team_list(request: HttpRequest) -> HttpResponse:
    agency = agency_or_404(request)
    form = TeamFilterForm(request.GET or None)
    search = form.cleaned_data["q"] if form.is_valid() else ""
    teams = selectors.teams_with_counts(user=staff_user(request), agency=agency, search=search)
    return render(
        request, "backoffice/team_list.html", {"teams": teams, "form": form, "search": search}
    )


@require_GET
@role_required(*EVERYONE)
def team_detail(request: HttpRequest, pk: int) -> HttpResponse:
    team = get_for_user(Team.objects.select_related("agency"), request.user, pk=pk)
    return render(
        request,
        "backoffice/team_detail.html",
        {"team": team, "memberships": selectors.team_memberships(team=team)},
    )


@require_GET
@role_required(*EVERYONE)
def people(request: HttpRequest) -> HttpResponse:
    """The agency's staff directory: search, filter by role, keyset pages of 25."""
    agency = agency_or_404(request)
    form = PeopleFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    memberships = selectors.people_in(
        user=staff_user(request),
        agency=agency,
        search=filters.get("q", ""),
        role=filters.get("role", ""),
    )
    try:
        page = keyset_page(
            memberships,
            ordering=["user__full_name", "id"],
            cursor=request.GET.get("after"),
        )
    except InvalidCursorError:
        return redirect(request.path)
    template = "backoffice/people.html#results" if request.htmx else "backoffice/people.html"  # type: ignore[attr-defined]
    roles = set(request.roles)  # type: ignore[attr-defined]
    can_assess = bool(roles & {Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR})
    return render(
        request,
        template,
        {
            "page": page,
            "form": form,
            "query": query_without_cursor(request.GET),
            "can_assess": can_assess,
        },
    )


def _audit_events(request: HttpRequest) -> tuple[AuditFilterForm, Agency, QuerySet[AuditEvent]]:
    """The audit viewer's form and the events its valid filters select."""
    agency = agency_or_404(request)
    user = staff_user(request)
    form = AuditFilterForm(request.GET or None, platform_admin=user.is_superuser)
    filters = form.filters(agency.zone) if form.is_bound else {}
    return form, agency, selectors.audit_events_for(user=user, agency=agency, **filters)


@require_GET
@role_required(Role.ADMINISTRATOR)
def audit_log(request: HttpRequest) -> HttpResponse:
    """The agency's audit trail for its administrators: newest first, filtered, 50 to a page."""
    form, agency, events = _audit_events(request)
    try:
        page = keyset_page(
            events, ordering=["-occurred_at", "-id"], cursor=request.GET.get("after"), size=50
        )
    except InvalidCursorError:
        return redirect(request.path)
    query = query_without_cursor(request.GET)
    return render(
        request,
        "backoffice/audit_log.html",
        {
            "page": page,
            "form": form,
            "query": query,
            "agency": agency,
            "filtered": form.is_bound,
            "platform_admin": "every_agency" in form.fields,
            "csv_url": f"{reverse('audit_log_csv')}?{query}" if query else reverse("audit_log_csv"),
        },
    )


AUDIT_CSV_HEADER = [
    "occurred_at",
    "actor",
    "action",
    "outcome",
    "object_type",
    "object_id",
    "object",
    "agency",
    "ip_address",
    "user_agent",
    "details",
]


def _audit_csv_rows(events: QuerySet[AuditEvent], zone: Any) -> Iterator[list[object]]:
    for event in events.order_by("-occurred_at", "-id").iterator(chunk_size=2000):
        yield [
            event.occurred_at.astimezone(zone).isoformat(),
            event.actor_label,
            event.action,
            event.outcome,
            event.object_type,
            event.object_id,
            event.object_repr,
            event.agency.slug if event.agency else "",
            event.ip_address or "",
            event.user_agent,
            json.dumps(event.details, sort_keys=True, cls=DjangoJSONEncoder),
        ]


@require_GET
@role_required(Role.ADMINISTRATOR)
@audited_export("audit")
def audit_log_csv(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The filtered events as CSV, streamed row by row whatever their number.

    Filters that do not validate answer with the page and its messages, not with an
    export of everything.
    """
    form, agency, events = _audit_events(request)
    if form.is_bound and not form.is_valid():
        return redirect(f"{reverse('audit_log')}?{request.GET.urlencode()}")
    stamp = timezone.now().astimezone(agency.zone).strftime("%Y%m%d-%H%M")
    return csv_stream(
        filename=f"{agency.slug}-audit-{stamp}.csv",
        header=AUDIT_CSV_HEADER,
        rows=_audit_csv_rows(events, agency.zone),
    )


# Notifications ---------------------------------------------------------------------------


def _own_notification(request: HttpRequest, pk: int) -> Notification:
    """One of the signed-in user's notifications; anyone else's is a 404."""
    notification = Notification.objects.filter(user=staff_user(request), pk=pk).first()
    if notification is None:
        raise Http404
    return notification


@require_GET
@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    """The signed-in user's notifications, newest first, unread ones marked, 25 to a page."""
    user = staff_user(request)
    try:
        page = keyset_page(
            selectors.notifications_for(user=user),
            ordering=["-created_at", "-id"],
            cursor=request.GET.get("after"),
        )
    except InvalidCursorError:
        return redirect(request.path)
    return render(
        request,
        "backoffice/notifications.html",
        {
            "page": page,
            "query": query_without_cursor(request.GET),
            "unread": unread_notifications(request),
        },
    )


def _back(request: HttpRequest) -> str:
    return safe_next_url(request, request.POST.get("next", ""), reverse("notifications"))


@require_POST
@login_required
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = _own_notification(request, pk)
    notification_mark_read(user=staff_user(request), ids=[notification.pk])
    messages.success(request, _("Marked as read: %(title)s") % {"title": notification.title})
    return redirect(_back(request))


@require_POST
@login_required
def notifications_read_all(request: HttpRequest) -> HttpResponse:
    count = notification_mark_read(user=staff_user(request))
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d notification marked as read.",
                "%(count)d notifications marked as read.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.info(request, _("Every notification was already read."))
    return redirect(_back(request))


@require_GET
@login_required
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Follow a notification's link, marking it read; only links within this site."""
    notification = _own_notification(request, pk)
    notification_mark_read(user=staff_user(request), ids=[notification.pk])
    link = notification.link if notification.link.startswith("/") else ""
    return redirect(safe_next_url(request, link, reverse("notifications")))


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness for operators and load balancers: 200 when all is well, 503 otherwise."""
    status = selectors.health_status()
    return JsonResponse(status, status=200 if status["ok"] else 503)


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``, which browsers ask for on pages that name no icon (the admin's)."""
    return redirect(static("img/favicon.svg"), permanent=True)
