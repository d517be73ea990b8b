"""The cases API: services, customers, cases and the work on them, under /api/v1/.

Every view starts with its access check (the agency of the API key, or the session's
current agency, via :func:`backoffice.api.api_agency`; anything of another agency is a
404) and makes one call to the same services the pages call. A case is named in URLs by
its reference (``LIC-2026-000123``) or its numeric id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.http import FileResponse, Http404
from django.urls import URLPattern, URLResolver, path
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import generics, status
from rest_framework.filters import OrderingFilter
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from backoffice.access import scope, staff_user
from backoffice.api import ERROR_RESPONSES, api_agency
from backoffice.errors import DomainError
from backoffice.models import Agency, User
from backoffice.services import audit_record

from . import selectors, services, sla
from .files import OFFICE_TYPES, SIGNATURES, download_name
from .filters import CaseFilter
from .models import Case, CaseAttachment, CaseNote, Customer, CustomerMessage, Service
from .serializers import (
    AssignIn,
    AttachmentIn,
    AttachmentOut,
    CaseCreateIn,
    CaseOut,
    CaseSummaryOut,
    CaseUpdateIn,
    CustomerCreateIn,
    CustomerOut,
    CustomerUpdateIn,
    MessageIn,
    MessageOut,
    NoteIn,
    NoteOut,
    ReopenIn,
    ServiceOut,
    SlaOut,
    StatusIn,
    UnassignIn,
    case_in_agency,
)
from .services.sla import Calendars

# What an attachment can be served as: the types cases.files accepts.
ATTACHMENT_TYPES = sorted(
    {content_type for _magic, content_type in SIGNATURES}
    | set(OFFICE_TYPES.values())
    | {"image/webp", "text/plain"}
)
CASE_RELATED = ("service", "customer", "assignee", "team", "queue", "agency", "sla_policy")
CASE_PARAMETER = OpenApiParameter(
    "ref",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="The case's reference (e.g. LIC-2026-000123) or its numeric id.",
)


def errors(*codes: int) -> dict[int, Any]:
    """The documented error answers: *codes*, plus those every endpoint may give."""
    return {code: ERROR_RESPONSES[code] for code in sorted({401, 403, 429, *codes})}


def actor(request: Request) -> User:
    """The person acting: the signed-in user, or the API key's owner."""
    return staff_user(request)


def valid(serializer_class: type[Serializer], request: Request, **context: Any) -> Any:
    """The request body checked by *serializer_class*; a 400 with field messages if not."""
    serializer = serializer_class(
        data=request.data, context={"request": request, "agency": api_agency(request), **context}
    )
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


@contextmanager
def fields_named(rename: Callable[[str], str]) -> Iterator[None]:
    """Re-raise a domain error with its fields named as the API's input names them."""
    try:
        yield
    except DomainError as error:
        if not error.errors:
            raise
        raise DomainError(
            error.message,
            code=error.code,
            errors={rename(name): messages for name, messages in error.errors.items()},
        ) from error


def attribute_field(name: str) -> str:
    """The form's ``attribute_<code>`` is ``attributes.<code>`` in the API."""
    prefix = "attribute_"
    return f"attributes.{name.removeprefix(prefix)}" if name.startswith(prefix) else name


# Lookups: the agency's objects only ---------------------------------------------------------


def case_for(request: Request, ref: str) -> Case:
    """The request agency's case with this reference or id; any other is a 404."""
    case = case_in_agency(api_agency(request), ref)
    if case is None:
        raise Http404
    return case


def customer_for(request: Request, pk: int) -> Customer:
    customer = Customer.objects.filter(agency=api_agency(request), pk=pk).first()
    if customer is None:
        raise Http404
    return customer


def case_read(case: Case) -> Case:
    """The case again with everything its full answer shows."""
    return Case.objects.select_related(*CASE_RELATED, "duplicate_of", "created_by").get(pk=case.pk)


def sla_of(case: Case, *, now: datetime, calendars: Calendars | None = None) -> dict[str, Any]:
    """The case's service level at *now*, as :class:`SlaOut` shows it."""
    policy = case.sla_policy
    due = sla.next_due(case)
    remaining, overdue = None, False
    if policy is not None and due is not None:
        found = sla.remaining(case, (calendars or Calendars())(case.agency), now)
        overdue = due[1] <= (case.sla_paused_at or now)
        remaining = int(found[1].total_seconds()) if found is not None else None
    return {
        "policy": policy,
        "state": case.sla_state,
        "paused": case.sla_paused_at is not None,
        "paused_since": case.sla_paused_at,
        "round": case.sla_round,
        "response_due_at": case.response_due_at,
        "first_response_at": case.first_response_at,
        "resolution_due_at": case.resolution_due_at,
        "next_target": due[0] if due else None,
        "next_due_at": due[1] if due else None,
        "remaining_seconds": remaining,
        "overdue": overdue,
        "escalations": list(case.escalations.order_by("escalated_at", "level", "id")),
    }


def case_answer(
    request: Request, case: Case, *, code: int = status.HTTP_200_OK, audit: bool = False
) -> Response:
    """The full case, with its service level and timeline.

    *audit*: this is a read of the case, which reads its customer's personal data.
    """
    case = case_read(case)
    if audit and case.customer_id:
        audit_record(
            action="customer.read",
            request=request,
            agency=case.agency,
            obj=case.customer,
            details={"via": case.reference, "api": True},
        )
    context = {
        "request": request,
        "sla": sla_of(case, now=timezone.now()),
        "timeline": list(selectors.case_timeline(case=case)),
    }
    return Response(CaseOut(case, context=context).data, status=code)


# Services ----------------------------------------------------------------------------------


@extend_schema_view(
    get=extend_schema(
        operation_id="services_list",
        summary="List the active services",
        description="The agency's services that take new requests, with their intake "
        "attributes (the questions a case of the service answers).",
        tags=["services"],
        responses={200: ServiceOut(many=True), **errors(400, 404)},
    )
)
class ServiceList(generics.ListAPIView):
    serializer_class = ServiceOut
    queryset = Service.objects.none()  # the model, for the schema
    ordering = ("code",)

    def get_queryset(self) -> QuerySet[Service]:
        return selectors.active_services(agency=api_agency(self.request))


@extend_schema_view(
    get=extend_schema(
        operation_id="services_read",
        summary="Read a service",
        description="One service of the agency by its code, active or not.",
        tags=["services"],
        responses={200: ServiceOut, **errors(404)},
    )
)
class ServiceDetail(generics.RetrieveAPIView):
    serializer_class = ServiceOut
    queryset = Service.objects.none()  # the model, for the schema
    lookup_field = "code"

    def get_queryset(self) -> QuerySet[Service]:
        return Service.objects.filter(agency=api_agency(self.request)).prefetch_related(
            "attributes"
        )


# Customers ---------------------------------------------------------------------------------


class CustomerCollection(generics.ListAPIView):
    serializer_class = CustomerOut
    queryset = Customer.objects.none()  # the model, for the schema
    ordering = ("name", "id")

    def get_queryset(self) -> QuerySet[Customer]:
        q = (self.request.query_params.get("q") or "")[:200]
        return selectors.customers_search(
            user=actor(self.request), agency=api_agency(self.request), q=q
        )

    @extend_schema(
        operation_id="customers_list",
        summary="List or search customers",
        tags=["customers"],
        parameters=[
            OpenApiParameter(
                "q", OpenApiTypes.STR, description="Part of a name, email, phone or organisation."
            )
        ],
        responses={200: CustomerOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="customers_create",
        summary="Create a customer (or find the existing one)",
        description="A customer with the same email address, or else the same phone number, "
        "in the agency is reused, never duplicated: details it lacks are filled in. "
        "201 when created, 200 when an existing customer was found.",
        tags=["customers"],
        request=CustomerCreateIn,
        responses={201: CustomerOut, 200: CustomerOut, **errors(400)},
    )
    def post(self, request: Request) -> Response:
        agency = api_agency(request)
        data = valid(CustomerCreateIn, request)
        started = timezone.now()
        customer = services.customer_find_or_create(agency=agency, actor=actor(request), **data)
        created = customer.created_at >= started
        return Response(
            CustomerOut(customer).data, status=status.HTTP_201_CREATED if created else 200
        )


class CustomerDetail(generics.GenericAPIView):
    serializer_class = CustomerOut

    @extend_schema(
        operation_id="customers_read",
        summary="Read a customer",
        description="Reading a customer is a read of personal data and is audited.",
        tags=["customers"],
        responses={200: CustomerOut, **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        customer = customer_for(request, pk)
        audit_record(
            action="customer.read",
            request=request,
            agency=customer.agency,
            obj=customer,
            details={"api": True},
        )
        return Response(CustomerOut(customer).data)

    @extend_schema(
        operation_id="customers_update",
        summary="Change a customer's details",
        description="Only the fields given change. An email address stays unique in the agency.",
        tags=["customers"],
        request=CustomerUpdateIn,
        responses={200: CustomerOut, **errors(400, 404)},
    )
    def patch(self, request: Request, pk: int) -> Response:
        customer = customer_for(request, pk)
        data = valid(CustomerUpdateIn, request)
        customer = services.customer_update(customer=customer, actor=actor(request), **data)
        return Response(CustomerOut(customer).data)


# Cases -------------------------------------------------------------------------------------

CREATE_EXAMPLE = OpenApiExample(
    "A pothole reported by a new customer",
    value={
        "service": "pothole",
        "subject": "Deep pothole outside number 12",
        "description": "About 30 cm across, in the cycle lane.",
        "new_customer": {"name": "Ana Ruiz", "email": "ana@example.org"},
        "attributes": {"size": "large"},
        "address": "12 Elm Street",
    },
    request_only=True,
)


class CaseCollection(generics.ListAPIView):
    serializer_class = CaseSummaryOut
    queryset = Case.objects.none()  # the model, for the schema
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    filterset_class = CaseFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ("-created_at", "-id")

    def get_queryset(self) -> QuerySet[Case]:
        cases = Case.objects.filter(agency=api_agency(self.request))
        return scope(cases, actor(self.request)).select_related(*CASE_RELATED)

    @extend_schema(
        operation_id="cases_list",
        summary="List cases",
        description="Newest first by default. Clients that keep a copy in sync page with "
        "`ordering=updated_at` and `updated_after` set to the last change they saw.",
        tags=["cases"],
        responses={200: CaseSummaryOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="cases_create",
        summary="Open a case",
        description="Opens the case as every channel does: routed to its queue, its service "
        "level started, the first timeline event written and the customer acknowledged by "
        "email. The channel defaults to api. Intake answers are checked against the "
        "service's attributes; a wrong one is named `attributes.<code>` in the error.",
        tags=["cases"],
        request=CaseCreateIn,
        responses={201: CaseOut, **errors(400)},
        examples=[CREATE_EXAMPLE],
    )
    def post(self, request: Request) -> Response:
        agency = api_agency(request)
        data = valid(CaseCreateIn, request)
        case = open_case(agency=agency, user=actor(request), data=data)
        return case_answer(request, case, code=status.HTTP_201_CREATED)


@transaction.atomic
def open_case(*, agency: Agency, user: User, data: dict[str, Any]) -> Case:
    """Find or create the customer given inline, then open the case: both or neither."""
    customer = data.get("customer")
    new_customer = data.get("new_customer")
    if new_customer is not None:
        with fields_named(lambda name: f"new_customer.{name}"):
            customer = services.customer_find_or_create(agency=agency, actor=user, **new_customer)
    with fields_named(attribute_field):
        return services.case_open(
            agency=agency,
            service=data["service"],
            channel=data["channel"],
            subject=data["subject"],
            description=data.get("description", ""),
            customer=customer,
            attributes=data.get("attributes") or {},
            address=data.get("address", ""),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            priority=data.get("priority"),
            team=data.get("team"),
            actor=user,
        )


class CaseDetail(generics.GenericAPIView):
    serializer_class = CaseOut

    @extend_schema(
        operation_id="cases_read",
        summary="Read a case",
        description="The case with its intake answers, service level (state, due times, time "
        "left, escalations) and its whole timeline. Reading a case with a customer is "
        "audited as a read of personal data.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        responses={200: CaseOut, **errors(404)},
    )
    def get(self, request: Request, ref: str) -> Response:
        return case_answer(request, case_for(request, ref), audit=True)

    @extend_schema(
        operation_id="cases_update",
        summary="Change a case's details",
        description="Subject, description, priority, location and intake answers (all of "
        "them: `attributes` replaces the answers). Only an open case can be edited. Status "
        "and assignee have their own endpoints.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=CaseUpdateIn,
        responses={200: CaseOut, **errors(400, 404)},
    )
    def patch(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(CaseUpdateIn, request)
        with fields_named(attribute_field):
            case = services.case_update(case=case, actor=actor(request), **data)
        return case_answer(request, case)


class CaseSla(generics.GenericAPIView):
    serializer_class = SlaOut

    @extend_schema(
        operation_id="cases_sla",
        summary="A case's service level now",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        responses={200: SlaOut, **errors(404)},
    )
    def get(self, request: Request, ref: str) -> Response:
        case = case_read(case_for(request, ref))
        return Response(SlaOut(sla_of(case, now=timezone.now())).data)


class CaseStatusChange(generics.GenericAPIView):
    serializer_class = StatusIn

    @extend_schema(
        operation_id="cases_status",
        summary="Change a case's status",
        description="Along the lifecycle only (`allowed_transitions` of the case lists the "
        "next statuses). Resolving needs a `resolution`, which the customer is sent; marking "
        "a duplicate needs `duplicate_of`, the original's reference. 409 when the case "
        "already has that status.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=StatusIn,
        responses={200: CaseOut, **errors(400, 404, 409)},
        examples=[
            OpenApiExample(
                "Resolve",
                value={"status": "resolved", "resolution": "Pothole filled on 3 March."},
                request_only=True,
            )
        ],
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(StatusIn, request)
        case = services.case_change_status(
            case=case,
            status=data["status"],
            resolution=data.get("resolution", ""),
            duplicate_of=data.get("duplicate_of"),
            actor=actor(request),
        )
        return case_answer(request, case)


class CaseReopen(generics.GenericAPIView):
    serializer_class = ReopenIn

    @extend_schema(
        operation_id="cases_reopen",
        summary="Reopen a resolved or closed case",
        description="Within the service's reopen window; the service level starts a new round.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=ReopenIn,
        responses={200: CaseOut, **errors(400, 404)},
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(ReopenIn, request)
        case = services.case_reopen(case=case, reason=data["reason"], actor=actor(request))
        return case_answer(request, case)


class CaseAssign(generics.GenericAPIView):
    serializer_class = AssignIn

    @extend_schema(
        operation_id="cases_assign",
        summary="Assign a case to a person",
        description="`assignee` is the id of someone who works in the agency. A case waiting "
        "in a queue leaves it; a new case becomes open.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=AssignIn,
        responses={200: CaseOut, **errors(400, 404)},
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(AssignIn, request)
        case = services.case_assign(
            case=case,
            assignee=data["assignee"],
            reason=data.get("reason", ""),
            actor=actor(request),
        )
        return case_answer(request, case)


class CaseUnassign(generics.GenericAPIView):
    serializer_class = UnassignIn

    @extend_schema(
        operation_id="cases_unassign",
        summary="Put a case back in its queue",
        description="Nobody holds it afterwards; it waits at the back of its queue's line. "
        "409 when nobody holds it.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=UnassignIn,
        responses={200: CaseOut, **errors(400, 404, 409)},
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(UnassignIn, request)
        case = services.case_unassign(
            case=case, reason=data.get("reason", ""), actor=actor(request)
        )
        return case_answer(request, case)


class CaseNotes(generics.ListAPIView):
    serializer_class = NoteOut
    queryset = CaseNote.objects.none()  # the model, for the schema
    ordering = ("created_at", "id")

    def get_queryset(self) -> QuerySet[CaseNote]:
        case = case_for(self.request, self.kwargs["ref"])
        return case.notes.select_related("author")

    @extend_schema(
        operation_id="cases_notes_list",
        summary="A case's internal notes, oldest first",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        responses={200: NoteOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="cases_notes_add",
        summary="Add an internal note",
        description="Staff only: the customer never sees notes.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=NoteIn,
        responses={201: NoteOut, **errors(400, 404)},
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(NoteIn, request)
        note = services.case_add_note(case=case, body=data["body"], actor=actor(request))
        return Response(NoteOut(note).data, status=status.HTTP_201_CREATED)


class CaseMessages(generics.ListAPIView):
    serializer_class = MessageOut
    queryset = CustomerMessage.objects.none()  # the model, for the schema
    ordering = ("created_at", "id")

    def get_queryset(self) -> QuerySet[CustomerMessage]:
        case = case_for(self.request, self.kwargs["ref"])
        return case.messages.select_related("author")

    @extend_schema(
        operation_id="cases_messages_list",
        summary="Messages with the customer, oldest first",
        description="Both ways: messages sent to the customer and their logged replies.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        responses={200: MessageOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="cases_messages_send",
        summary="Email the customer",
        description="Sent through the outbox; the case's reference is added to the subject. "
        "The first message is the case's first response for its service level. A customer "
        "without an email address cannot be emailed (400).",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request=MessageIn,
        responses={201: MessageOut, **errors(400, 404)},
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        data = valid(MessageIn, request)
        message = services.case_message_customer(
            case=case, subject=data.get("subject", ""), body=data["body"], actor=actor(request)
        )
        return Response(MessageOut(message).data, status=status.HTTP_201_CREATED)


class CaseAttachments(generics.ListAPIView):
    serializer_class = AttachmentOut
    queryset = CaseAttachment.objects.none()  # the model, for the schema
    ordering = ("created_at", "id")
    parser_classes = [MultiPartParser, FormParser]

    def get_queryset(self) -> QuerySet[CaseAttachment]:
        case = case_for(self.request, self.kwargs["ref"])
        return case.attachments.select_related("uploaded_by")

    @extend_schema(
        operation_id="cases_attachments_list",
        summary="A case's attachments, oldest first",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        responses={200: AttachmentOut(many=True), **errors(400, 404)},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="cases_attachments_upload",
        summary="Attach a file",
        description="multipart/form-data with one `file`. The file is judged by its content, "
        "not its name: PDF, PNG, JPEG, GIF, WebP, Word, Excel or plain text, up to the "
        "configured size (10 MB by default). A refused file is not stored.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        request={"multipart/form-data": AttachmentIn},
        responses={201: AttachmentOut, **errors(400, 404)},
    )
    def post(self, request: Request, ref: str) -> Response:
        case = case_for(request, ref)
        upload = valid(AttachmentIn, request)["file"]
        attachment = services.case_add_attachment(
            case=case, upload=upload, name=upload.name, size=upload.size, actor=actor(request)
        )
        return Response(AttachmentOut(attachment).data, status=status.HTTP_201_CREATED)


class CaseAttachmentDownload(generics.GenericAPIView):
    serializer_class = AttachmentOut

    @extend_schema(
        operation_id="cases_attachments_download",
        summary="Download an attachment",
        description="The file's bytes, as an attachment, with the content type found when it "
        "was uploaded. Downloads are audited.",
        tags=["cases"],
        parameters=[CASE_PARAMETER],
        responses={
            **{
                (200, content_type): OpenApiResponse(
                    response=OpenApiTypes.BINARY, description="The file."
                )
                for content_type in ATTACHMENT_TYPES
            },
            **errors(404),
        },
    )
    def get(self, request: Request, ref: str, pk: int) -> FileResponse:
        case = case_for(request, ref)
        attachment = case.attachments.filter(pk=pk).first()
        if attachment is None:
            raise Http404
        audit_record(
            action="attachment.download",
            request=request,
            agency=case.agency,
            obj=attachment,
            details={"case": case.reference, "api": True},
        )
        response = FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=download_name(attachment.original_name),
            content_type=attachment.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response


urlpatterns: list[URLPattern | URLResolver] = [
    path("services/", ServiceList.as_view(), name="api_service_list"),
    path("services/<str:code>/", ServiceDetail.as_view(), name="api_service_detail"),
    path("customers/", CustomerCollection.as_view(), name="api_customer_list"),
    path("customers/<int:pk>/", CustomerDetail.as_view(), name="api_customer_detail"),
    path("cases/", CaseCollection.as_view(), name="api_case_list"),
    path("cases/<str:ref>/", CaseDetail.as_view(), name="api_case_detail"),
    path("cases/<str:ref>/sla/", CaseSla.as_view(), name="api_case_sla"),
    path("cases/<str:ref>/status/", CaseStatusChange.as_view(), name="api_case_status"),
    path("cases/<str:ref>/reopen/", CaseReopen.as_view(), name="api_case_reopen"),
    path("cases/<str:ref>/assign/", CaseAssign.as_view(), name="api_case_assign"),
    path("cases/<str:ref>/unassign/", CaseUnassign.as_view(), name="api_case_unassign"),
    path("cases/<str:ref>/notes/", CaseNotes.as_view(), name="api_case_notes"),
    path("cases/<str:ref>/messages/", CaseMessages.as_view(), name="api_case_messages"),
    path("cases/<str:ref>/attachments/", CaseAttachments.as_view(), name="api_case_attachments"),
    path(
        "cases/<str:ref>/attachments/<int:pk>/",
        CaseAttachmentDownload.as_view(),
        name="api_case_attachment",
    ),
]
