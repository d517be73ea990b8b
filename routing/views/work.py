"""Pages of the routing app: my work (presence, load, queues, Get next case) and the queue
tools of the case page (transfer, take back, snooze, decline, priority).

Every view starts with its access check and calls one service; a refusal re-shows the
page with the typed input kept and the error under its field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min, Q
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from backoffice.access import agency_or_404, role_required, roles_in, staff_user
from backoffice.errors import DomainError, add_to_form
from backoffice.http import safe_next_url
from backoffice.models import Role, User
from backoffice.services import audit_record, request_agency
from cases import services as case_services
from cases import views as case_views
from cases.access import get_case_for
from cases.models import Case

from .. import offers, presence, supervise, work
from ..forms import (
    DeclineForm,
    PresenceForm,
    PriorityForm,
    SnoozeForm,
    TakeBackForm,
    TransferPersonForm,
    TransferQueueForm,
    WakeForm,
)
from ..models import CaseSkill, Decline, PresenceState, Queue

EVERYONE = tuple(Role.values)
# The cases listed on My work; the count above the list is always exact.
MY_CASES_SHOWN = 20


# My work -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    queue: Queue
    waiting: int
    snoozed: int
    oldest: datetime | None


def my_queues(user: User, *, now: datetime) -> list[QueueRow]:
    """The active queues the person is a member of, with their waiting counts (one query).

    Waiting: nobody holds it and it may be given out now; snoozed ones are counted apart.
    """
    waiting = Q(
        cases__assignee__isnull=True,
        cases__route_key__isnull=False,
        cases__status__in=work.WAITING_STATUSES,
    )
    awake = Q(cases__snoozed_until__isnull=True) | Q(cases__snoozed_until__lte=now)
    queues = (
        Queue.objects.filter(members=user, is_active=True)
        .select_related("agency", "team")
        .annotate(
            waiting=Count("cases", filter=waiting & awake),
            snoozed=Count("cases", filter=waiting & ~awake),
            oldest=Min("cases__queued_at", filter=waiting & awake),
        )
        .order_by("agency__name", "name")
    )
    return [
        QueueRow(queue=q, waiting=q.waiting, snoozed=q.snoozed, oldest=q.oldest) for q in queues
    ]


def _my_work_context(request: HttpRequest, **forms: Form) -> dict[str, Any]:
    user = staff_user(request)
    now = timezone.now()
    mine = presence.presence_of(user)
    agency = request_agency(request)
    zone = agency.zone if agency is not None else timezone.get_current_timezone()
    in_progress = (
        Case.objects.filter(assignee=user, status__in=work.IN_PROGRESS_STATUSES)
        .select_related("service")
        .order_by("-priority", "created_at", "id")
    )
    load = work.load_of(user)
    today = timezone.localtime(now, zone).date()
    spent = presence.time_in_states_for(users=[user], day=today, zone=zone, now=now)[user.pk]
    context: dict[str, Any] = {
        "presence": mine,
        "in_state_for": work.duration_text(now - mine.since),
        "load": load,
        "free": max(mine.capacity - load, 0),
        "cases": list(in_progress[:MY_CASES_SHOWN]),
        "more_cases": max(load - MY_CASES_SHOWN, 0),
        "queues": my_queues(user, now=now),
        "today": [
            (PresenceState(state).label, work.duration_text(spent[state]))
            for state in PresenceState.values
            if spent[state] >= timedelta(seconds=1)
        ],
        "presence_form": PresenceForm(initial={"state": mine.state, "reason": mine.reason}),
        "zone": zone,
        "now": now,
    }
    context.update(forms)
    return context


@require_GET
@role_required(*EVERYONE)
def my_work(request: HttpRequest) -> HttpResponse:
    return render(request, "routing/work/me.html", _my_work_context(request))


@require_POST
@role_required(*EVERYONE)
def presence_change(request: HttpRequest) -> HttpResponse:
    """Set my own presence; the change is logged with its time."""
    user = staff_user(request)
    form = PresenceForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            changed = presence.presence_set(
                user=user, state=data["state"], reason=data["reason"], actor=user
            )
        except DomainError as error:
            add_to_form(form, error)
        else:
            label = changed.get_state_display()
            if changed.reason:
                label = f"{label} ({changed.get_reason_display().lower()})"
            messages.success(request, _("You are now %(state)s.") % {"state": label})
            return redirect(
                safe_next_url(request, request.POST.get("next", ""), reverse("routing_me"))
            )
    context = _my_work_context(request, presence_form=form)
    return render(request, "routing/work/me.html", context, status=400)


@require_POST
@role_required(*EVERYONE)
def take_next(request: HttpRequest) -> HttpResponse:
    """Get next case: the best waiting case this person may take becomes theirs."""
    user = staff_user(request)
    back = safe_next_url(request, request.POST.get("next", ""), reverse("routing_me"))
    try:
        pick = work.case_take_next(user=user, agency=agency_or_404(request))
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(back)
    if pick is None:
        messages.info(
            request,
            _(
                "No case is waiting for you right now: your queues are empty, or what waits "
                "needs skills you do not have yet. Try again in a few minutes."
            ),
        )
        return redirect(back)
    case = pick.case
    messages.success(
        request,
        _("Case %(reference)s is yours. It waited %(wait)s in %(queue)s.")
        % {
            "reference": case.reference,
            "wait": work.duration_text(pick.waited),
            "queue": case.queue.name if case.queue else "—",
        },
    )
    return redirect("case_detail", pk=case.pk)


# The case page's queue panel ------------------------------------------------------------------


def _roles_for(request: HttpRequest, case: Case) -> set[str]:
    """The person's roles in the case's agency (the request's, when that is the same one)."""
    agency = request_agency(request)
    if agency is not None and agency.pk == case.agency_id:
        return set(request.roles)  # type: ignore[attr-defined]
    return roles_in(request.user, case.agency)


def queue_panel(request: HttpRequest, case: Case) -> dict[str, Any]:
    """What the case page's Queue panel shows, and the tools this person may use on it."""
    user = staff_user(request)
    roles = _roles_for(request, case)
    supervises = bool(roles & set(supervise.SUPERVISOR_ROLES))
    works = bool(roles & set(supervise.WORK_ROLES))
    now = timezone.now()
    snoozed = case.snoozed_until is not None and case.snoozed_until > now
    waiting = (
        case.assignee_id is None
        and case.queue_id is not None
        and case.status in work.WAITING_STATUSES
    )
    declined = None
    if works and waiting:
        declined = Decline.objects.filter(case=case, user=user).first()
    context: dict[str, Any] = {
        "queue_case_queue": case.queue if case.queue_id else None,
        "queue_case_skills": list(
            CaseSkill.objects.filter(case=case)
            .select_related("skill")
            .order_by("-required", "skill__name")
        ),
        "queue_case_snoozed": snoozed,
        "queue_case_waiting": waiting,
        "queue_declined": declined,
    }
    if works and case.is_open and case.queue_id is not None:
        context["snooze_form"] = SnoozeForm(case=case)
    if works and snoozed:
        context["wake_form"] = WakeForm()
    if works and waiting and declined is None:
        context["decline_form"] = DeclineForm()
    if supervises and case.is_open:
        context["transfer_person_form"] = TransferPersonForm(case=case)
        context["transfer_queue_form"] = TransferQueueForm(case=case)
        context["priority_form"] = PriorityForm(initial={"priority": case.priority})
    if supervises and case.is_open and case.assignee_id is not None:
        context["take_back_form"] = TakeBackForm()
    return context


def _require_supervisor(request: HttpRequest, case: Case) -> None:
    if not _roles_for(request, case) & set(supervise.SUPERVISOR_ROLES):
        audit_record(
            action="access.denied",
            request=request,
            agency=case.agency,
            outcome="denied",
            details={"path": request.path, "needs": list(supervise.SUPERVISOR_ROLES)},
        )
        raise PermissionDenied


Run = Callable[[dict[str, Any]], object]
Said = Callable[[dict[str, Any]], str]


def _queue_action(
    request: HttpRequest,
    case: Case,
    *,
    form: Form,
    run: Run,
    done: Said,
) -> HttpResponse:
    """Validate the form and call the service; a refusal re-shows the case page.

    *done* words the success message from the form's data.
    """
    if form.is_valid():
        try:
            run(form.cleaned_data)
        except DomainError as error:
            if error.code == "forbidden":
                raise PermissionDenied from error
            add_to_form(form, error)
        else:
            messages.success(request, done(form.cleaned_data))
            return redirect("case_detail", pk=case.pk)
    return case_views.case_page_refused(request, case, form_name=f"{form.prefix}_form", form=form)


def _case(request: HttpRequest, pk: int, *, supervisor: bool = False) -> tuple[User, Case]:
    actor = staff_user(request)
    case = get_case_for(actor, pk)
    if supervisor:
        _require_supervisor(request, case)
    return actor, case


@require_POST
@role_required(*EVERYONE)
def transfer_person(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk, supervisor=True)
    form = TransferPersonForm(request.POST, case=case)

    def run(data: dict[str, Any]) -> object:
        return supervise.case_transfer_to_person(
            case=case, user=data["assignee"], actor=actor, reason=data["reason"]
        )

    return _queue_action(
        request,
        case,
        form=form,
        run=run,
        done=lambda data: _("Transferred to %(name)s.") % {"name": data["assignee"].full_name},
    )


@require_POST
@role_required(*EVERYONE)
def transfer_queue(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk, supervisor=True)
    form = TransferQueueForm(request.POST, case=case)

    def run(data: dict[str, Any]) -> object:
        return supervise.case_transfer_to_queue(
            case=case, queue=data["queue"], actor=actor, reason=data["reason"]
        )

    return _queue_action(
        request,
        case,
        form=form,
        run=run,
        done=lambda data: _("The case now waits in %(queue)s.") % {"queue": data["queue"].name},
    )


@require_POST
@role_required(*EVERYONE)
def take_back(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk, supervisor=True)

    def run(data: dict[str, Any]) -> object:
        return supervise.case_take_back(case=case, actor=actor, reason=data["reason"])

    return _queue_action(
        request,
        case,
        form=TakeBackForm(request.POST),
        run=run,
        done=lambda data: _("Taken back: the case waits in its queue again."),
    )


@require_POST
@role_required(*EVERYONE)
def change_priority(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk, supervisor=True)

    def run(data: dict[str, Any]) -> object:
        return case_services.case_update(case=case, priority=data["priority"], actor=actor)

    return _queue_action(
        request,
        case,
        form=PriorityForm(request.POST),
        run=run,
        done=lambda data: _("Priority changed."),
    )


@require_POST
@role_required(*EVERYONE)
def snooze(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk)
    form = SnoozeForm(request.POST, case=case)

    def run(data: dict[str, Any]) -> object:
        return supervise.case_snooze(
            case=case, until=data["until"], actor=actor, reason=data["reason"]
        )

    def done(data: dict[str, Any]) -> str:
        local = timezone.localtime(data["until"], case.agency.zone)
        return _("Snoozed until %(until)s.") % {"until": date_format(local, "D Y-m-d H:i")}

    return _queue_action(request, case, form=form, run=run, done=done)


@require_POST
@role_required(*EVERYONE)
def wake(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk)

    def run(data: dict[str, Any]) -> object:
        return supervise.case_snooze(case=case, until=None, actor=actor, reason=data["reason"])

    return _queue_action(
        request,
        case,
        form=WakeForm(request.POST),
        run=run,
        done=lambda data: _("The case is awake: it can be given out again."),
    )


@require_POST
@role_required(*EVERYONE)
def decline(request: HttpRequest, pk: int) -> HttpResponse:
    actor, case = _case(request, pk)

    def run(data: dict[str, Any]) -> object:
        return offers.case_decline(case=case, user=actor, reason=data["reason"])

    return _queue_action(
        request,
        case,
        form=DeclineForm(request.POST),
        run=run,
        done=lambda data: (
            _("You declined %(reference)s: it will not be given to you.")
            % {"reference": case.reference}
        ),
    )


urlpatterns: list[URLPattern] = [
    path("me/", my_work, name="routing_me"),
    path("me/presence/", presence_change, name="routing_presence"),
    path("next/", take_next, name="routing_next"),
    path("cases/<int:pk>/transfer-person/", transfer_person, name="routing_transfer_person"),
    path("cases/<int:pk>/transfer-queue/", transfer_queue, name="routing_transfer_queue"),
    path("cases/<int:pk>/take-back/", take_back, name="routing_take_back"),
    path("cases/<int:pk>/priority/", change_priority, name="routing_priority"),
    path("cases/<int:pk>/snooze/", snooze, name="routing_snooze"),
    path("cases/<int:pk>/wake/", wake, name="routing_wake"),
    path("cases/<int:pk>/decline/", decline, name="routing_decline"),
]
