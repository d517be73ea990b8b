"""The routing API: the agency's queues, the caller's presence, and Get next case.

API keys act as their owner: "my presence" and Get next case are the key owner's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count, Exists, Min, OuterRef, Q, QuerySet
from django.http import Http404
from django.urls import URLPattern, URLResolver, path
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response

from backoffice.access import staff_user
from backoffice.api import ERROR_RESPONSES, api_agency
from backoffice.errors import ConflictError, DomainError
from backoffice.models import Agency, User
from cases.models import Case, SlaState

from . import presence, work
from .models import Queue
from .serializers import NextCaseOut, PresenceIn, PresenceOut, QueueDetailOut, QueueOut

RISKY = (SlaState.AT_RISK, SlaState.BREACHED)


def errors(*codes: int) -> dict[int, Any]:
    """The documented error answers: *codes*, plus those every endpoint may give."""
    return {code: ERROR_RESPONSES[code] for code in sorted({401, 403, 429, *codes})}


def queues_with_lines(*, agency: Agency, user: User, now: datetime) -> QuerySet[Queue]:
    """The agency's queues with their line now, in one query: waiting (may be given out
    now), snoozed, since when the oldest waits, and whether *user* takes from it."""
    waiting = Q(
        cases__assignee__isnull=True,
        cases__route_key__isnull=False,
        cases__status__in=work.WAITING_STATUSES,
    )
    awake = Q(cases__snoozed_until__isnull=True) | Q(cases__snoozed_until__lte=now)
    membership = Queue.members.through.objects.filter(queue_id=OuterRef("pk"), user_id=user.pk)
    return (
        Queue.objects.filter(agency=agency)
        .select_related("team")
        .annotate(
            waiting=Count("cases", filter=waiting & awake),
            snoozed=Count("cases", filter=waiting & ~awake),
            oldest_queued_at=Min("cases__queued_at", filter=waiting & awake),
            is_member=Exists(membership),
        )
    )


class QueueList(generics.ListAPIView):
    serializer_class = QueueOut
    queryset = Queue.objects.none()  # the model, for the schema
    ordering = ("name",)

    def get_queryset(self) -> QuerySet[Queue]:
        queues = queues_with_lines(
            agency=api_agency(self.request), user=staff_user(self.request), now=self.now
        )
        return queues.filter(is_active=True)

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "now": self.now}

    @property
    def now(self) -> datetime:
        if not hasattr(self, "_now"):
            self._now = timezone.now()
        return self._now

    @extend_schema(
        operation_id="queues_list",
        summary="List the agency's active queues",
        description="Each with its line now: cases waiting to be given out, snoozed ones, and "
        "since when the oldest case waits.",
        tags=["routing"],
        responses={200: QueueOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class QueueDetail(generics.GenericAPIView):
    serializer_class = QueueDetailOut

    @extend_schema(
        operation_id="queues_read",
        summary="Read a queue",
        description="The queue's line now, its work in progress, its cases at service-level "
        "risk and how many people take from it.",
        tags=["routing"],
        responses={200: QueueDetailOut, **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        now = timezone.now()
        held = Q(cases__assignee__isnull=False, cases__status__in=work.IN_PROGRESS_STATUSES)
        waiting = Q(
            cases__assignee__isnull=True,
            cases__route_key__isnull=False,
            cases__status__in=work.WAITING_STATUSES,
        )
        queue = (
            queues_with_lines(agency=api_agency(request), user=staff_user(request), now=now)
            .annotate(
                in_progress=Count("cases", filter=held),
                at_risk=Count("cases", filter=(held | waiting) & Q(cases__sla_state__in=RISKY)),
            )
            .filter(pk=pk)
            .first()
        )
        if queue is None:
            raise Http404
        return Response(QueueDetailOut(queue, context={"now": now}).data)


# Presence ---------------------------------------------------------------------------------


def presence_answer(user: User) -> Response:
    mine = presence.presence_of(user)
    return Response(PresenceOut(mine, context={"load": work.load_of(user)}).data)


class MyPresence(generics.GenericAPIView):
    serializer_class = PresenceOut

    @extend_schema(
        operation_id="presence_read",
        summary="My presence",
        description="The caller's state (the API key owner's), capacity and cases in progress.",
        tags=["routing"],
        responses={200: PresenceOut, **errors()},
    )
    def get(self, request: Request) -> Response:
        return presence_answer(staff_user(request))

    @extend_schema(
        operation_id="presence_set",
        summary="Set my presence",
        description="Available, busy, away (with a reason: break, meeting or training) or "
        "offline. The change is logged with its time, as on the My work page.",
        tags=["routing"],
        request=PresenceIn,
        responses={200: PresenceOut, **errors(400)},
        examples=[
            OpenApiExample("Available", value={"state": "available"}, request_only=True),
            OpenApiExample(
                "On a break", value={"state": "away", "reason": "break"}, request_only=True
            ),
        ],
    )
    def put(self, request: Request) -> Response:
        user = staff_user(request)
        serializer = PresenceIn(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        presence.presence_set(
            user=user, state=data["state"], reason=data.get("reason", ""), actor=user
        )
        return presence_answer(user)


# Get next case --------------------------------------------------------------------------------


@transaction.atomic
def take_next_in(*, agency: Agency, user: User) -> work.Pick | None:
    """Get next case for *user*, only ever giving a case of *agency*.

    A person who takes cases in more than one agency could be given another agency's
    case; that claim is rolled back and refused, so a key never reaches another agency.
    Every refusal is a conflict with the person's state (away, at capacity, no queue).
    """
    try:
        pick = work.case_take_next(user=user, agency=agency)
    except DomainError as error:
        raise ConflictError(error.message) from error
    if pick is not None and pick.case.agency_id != agency.pk:
        raise ConflictError(
            _("The next case waiting for you belongs to another agency; take it there.")
        )
    return pick


class NextCase(generics.GenericAPIView):
    serializer_class = NextCaseOut

    @extend_schema(
        operation_id="next_case",
        summary="Get next case",
        description="Gives the caller (the API key owner) the best waiting case they may take "
        "from their pull queues, as the Get next case button does: skills checked with the "
        "relaxation its wait has earned, declined and snoozed cases skipped, the claim safe "
        "against others pressing at the same time.\n\n"
        "- 200: the case is now the caller's.\n"
        "- 204: nothing is waiting that the caller may take (try again later).\n"
        "- 409: the caller cannot take a case now: away or offline, at capacity, or in no "
        "pull queue; the message says which.",
        tags=["routing"],
        request=None,
        responses={
            200: NextCaseOut,
            204: OpenApiResponse(description="Nothing is waiting that the caller may take."),
            **errors(409),
        },
    )
    def post(self, request: Request) -> Response:
        pick = take_next_in(agency=api_agency(request), user=staff_user(request))
        if pick is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        case = (
            Case.objects.select_related("service", "customer", "assignee", "team", "queue")
            .filter(pk=pick.case.pk)
            .get()
        )
        waited = max(pick.waited, timedelta(0))
        answer = {"case": case, "queue": case.queue, "waited_seconds": int(waited.total_seconds())}
        return Response(NextCaseOut(answer).data)


urlpatterns: list[URLPattern | URLResolver] = [
    path("queues/", QueueList.as_view(), name="api_queue_list"),
    path("queues/<int:pk>/", QueueDetail.as_view(), name="api_queue_detail"),
    path("presence/", MyPresence.as_view(), name="api_presence"),
    path("next-case/", NextCase.as_view(), name="api_next_case"),
]
