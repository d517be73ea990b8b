"""Input and output shapes of the cases API: one small serializer per operation.

Input serializers check types and sizes and look up what the input names inside the
caller's agency (a service by code, a customer or person by id, a case by reference);
the rules of the domain stay in :mod:`cases.services`. Output serializers only read.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from backoffice.models import Agency, Team, User

from . import selectors
from .models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
    CustomerKind,
    CustomerMessage,
    Escalation,
    MessageDirection,
    Priority,
    Service,
    ServiceAttribute,
    SlaBasis,
    SlaState,
    SlaTarget,
)

LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]


def _agency(serializer: serializers.Serializer) -> Agency | None:
    """The agency the view passed; None only where the schema is drawn, with no request."""
    agency = serializer.context.get("agency")
    return agency if isinstance(agency, Agency) else None


# Shared pieces ----------------------------------------------------------------------------


class PersonOut(serializers.Serializer):
    """A member of staff as other objects name them."""

    id = serializers.IntegerField(read_only=True)
    full_name = serializers.CharField(read_only=True)


class NamedOut(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class ServiceRefOut(serializers.Serializer):
    code = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class CustomerRefOut(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


# Services ---------------------------------------------------------------------------------


class ChoiceOut(serializers.Serializer):
    key = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)


class ServiceAttributeOut(serializers.ModelSerializer):
    choices = serializers.SerializerMethodField()

    class Meta:
        model = ServiceAttribute
        fields = ("code", "label", "datatype", "required", "order", "help_text", "choices")
        read_only_fields = fields

    @extend_schema_field(ChoiceOut(many=True))
    def get_choices(self, attribute: ServiceAttribute) -> list[dict[str, str]]:
        return [
            {"key": str(c.get("key")), "name": str(c.get("name") or c.get("key"))}
            for c in attribute.choices or []
        ]


class ServiceOut(serializers.ModelSerializer):
    channels = serializers.ListField(child=serializers.ChoiceField(Channel.choices), read_only=True)
    attributes = ServiceAttributeOut(many=True, read_only=True)

    class Meta:
        model = Service
        fields = (
            "id",
            "code",
            "name",
            "description",
            "group",
            "keywords",
            "channels",
            "default_priority",
            "for_organisations",
            "reopen_window_days",
            "is_active",
            "attributes",
        )
        read_only_fields = fields


# Customers --------------------------------------------------------------------------------


class CustomerOut(serializers.ModelSerializer):
    # Blank for a customer known by phone or address only, so not declared as an email.
    email = serializers.CharField(
        read_only=True, help_text=_("Email address; empty when the customer has none.")
    )

    class Meta:
        model = Customer
        fields = (
            "id",
            "kind",
            "name",
            "organisation",
            "email",
            "phone",
            "address",
            "preferred_language",
            "preferred_channel",
            "survey_consent",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class CustomerCreateIn(serializers.Serializer):
    """A new customer; one with the same email (or phone) in the agency is reused instead."""

    kind = serializers.ChoiceField(CustomerKind.choices, default=CustomerKind.PERSON)
    name = serializers.CharField(max_length=200)
    organisation = serializers.CharField(max_length=200, required=False, allow_blank=True)
    email = serializers.EmailField(max_length=254, required=False, allow_blank=True)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    address = serializers.CharField(max_length=300, required=False, allow_blank=True)
    preferred_language = serializers.ChoiceField(LANGUAGES, default="en")
    preferred_channel = serializers.ChoiceField(Channel.choices, required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not (attrs.get("email") or attrs.get("phone") or attrs.get("address")):
            raise serializers.ValidationError(
                {"email": _("Give at least an email address, a phone number or a postal address.")}
            )
        return attrs


class CustomerUpdateIn(serializers.Serializer):
    """The details to change; those left out stay as they are."""

    kind = serializers.ChoiceField(CustomerKind.choices, required=False)
    name = serializers.CharField(max_length=200, required=False)
    organisation = serializers.CharField(max_length=200, required=False, allow_blank=True)
    email = serializers.EmailField(max_length=254, required=False, allow_blank=True)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    address = serializers.CharField(max_length=300, required=False, allow_blank=True)
    preferred_language = serializers.ChoiceField(LANGUAGES, required=False)
    preferred_channel = serializers.ChoiceField(Channel.choices, required=False)
    survey_consent = serializers.BooleanField(required=False)


# Cases: service levels ----------------------------------------------------------------------


class EscalationOut(serializers.ModelSerializer):
    due_at = serializers.DateTimeField(source="threshold_at", read_only=True)

    class Meta:
        model = Escalation
        fields = ("target", "level", "round", "due_at", "escalated_at")
        read_only_fields = fields


class SlaPolicyOut(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    basis = serializers.ChoiceField(SlaBasis.choices, read_only=True)


class SlaOut(serializers.Serializer):
    """A case's service level at one instant: state, due times and the time left.

    ``remaining_seconds`` is counted as the policy counts (business or calendar time);
    negative once overdue; while the clock is paused it is what was left when it stopped.
    """

    policy = SlaPolicyOut(allow_null=True, read_only=True)
    state = serializers.ChoiceField(SlaState.choices, read_only=True)
    paused = serializers.BooleanField(read_only=True)
    paused_since = serializers.DateTimeField(allow_null=True, read_only=True)
    round = serializers.IntegerField(read_only=True)
    response_due_at = serializers.DateTimeField(allow_null=True, read_only=True)
    first_response_at = serializers.DateTimeField(allow_null=True, read_only=True)
    resolution_due_at = serializers.DateTimeField(allow_null=True, read_only=True)
    next_target = serializers.ChoiceField(SlaTarget.choices, allow_null=True, read_only=True)
    next_due_at = serializers.DateTimeField(allow_null=True, read_only=True)
    remaining_seconds = serializers.IntegerField(allow_null=True, read_only=True)
    overdue = serializers.BooleanField(read_only=True)
    escalations = EscalationOut(many=True, read_only=True)


# Cases ----------------------------------------------------------------------------------------


class CaseSummaryOut(serializers.ModelSerializer):
    """A case as lists show it."""

    service = ServiceRefOut(read_only=True)
    customer = CustomerRefOut(allow_null=True, read_only=True)
    assignee = PersonOut(allow_null=True, read_only=True)
    team = NamedOut(allow_null=True, read_only=True)
    queue = NamedOut(allow_null=True, read_only=True)
    sla_paused = serializers.SerializerMethodField()

    class Meta:
        model = Case
        fields: tuple[str, ...] = (
            "id",
            "reference",
            "subject",
            "status",
            "priority",
            "channel",
            "service",
            "customer",
            "assignee",
            "team",
            "queue",
            "sla_state",
            "sla_paused",
            "response_due_at",
            "resolution_due_at",
            "created_at",
            "updated_at",
        )
        read_only_fields: tuple[str, ...] = fields

    def get_sla_paused(self, case: Case) -> bool:
        return case.sla_paused_at is not None


class CaseEventOut(serializers.ModelSerializer):
    actor = PersonOut(allow_null=True, read_only=True)
    data = serializers.JSONField(read_only=True)

    class Meta:
        model = CaseEvent
        fields = ("id", "kind", "occurred_at", "actor", "summary", "data", "public")
        read_only_fields = fields


class CaseOut(CaseSummaryOut):
    """A case in full: details, intake answers, service level and timeline.

    The view passes ``sla`` (see :func:`cases.api.sla_of`) and ``timeline`` in the context.
    """

    attributes = serializers.JSONField(read_only=True)
    duplicate_of = serializers.SlugRelatedField(
        slug_field="reference", read_only=True, allow_null=True
    )
    created_by = PersonOut(allow_null=True, read_only=True)
    allowed_transitions = serializers.ListField(
        child=serializers.ChoiceField(CaseStatus.choices), read_only=True
    )
    sla = serializers.SerializerMethodField()
    timeline = serializers.SerializerMethodField()

    class Meta(CaseSummaryOut.Meta):
        fields = (
            *CaseSummaryOut.Meta.fields,
            "description",
            "attributes",
            "address",
            "latitude",
            "longitude",
            "resolution",
            "duplicate_of",
            "created_by",
            "queued_at",
            "first_response_at",
            "resolved_at",
            "closed_at",
            "allowed_transitions",
            "sla",
            "timeline",
        )
        read_only_fields = fields

    @extend_schema_field(SlaOut)
    def get_sla(self, case: Case) -> Any:
        return SlaOut(self.context["sla"]).data

    @extend_schema_field(CaseEventOut(many=True))
    def get_timeline(self, case: Case) -> Any:
        return CaseEventOut(self.context["timeline"], many=True).data


class CaseCreateIn(serializers.Serializer):
    """A new case. The customer is an existing one (``customer``), a new one
    (``new_customer``, reused if its email or phone is known), or none."""

    service = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Service.objects.none(),
        error_messages={"does_not_exist": _("No active service of this agency has this code.")},
    )
    channel = serializers.ChoiceField(Channel.choices, default=Channel.API)
    subject = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    priority = serializers.ChoiceField(Priority.choices, required=False)
    customer = serializers.PrimaryKeyRelatedField(
        queryset=Customer.objects.none(),
        required=False,
        error_messages={"does_not_exist": _("No customer of this agency has this id.")},
    )
    new_customer = CustomerCreateIn(required=False)
    attributes = serializers.DictField(
        child=serializers.JSONField(), required=False, help_text=_("Answers by attribute code.")
    )
    address = serializers.CharField(max_length=300, required=False, allow_blank=True)
    latitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, required=False, allow_null=True
    )
    longitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, required=False, allow_null=True
    )
    team = serializers.PrimaryKeyRelatedField(
        queryset=Team.objects.none(),
        required=False,
        allow_null=True,
        error_messages={"does_not_exist": _("No team of this agency has this id.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency = _agency(self)
        if agency is not None:
            self.fields["service"].queryset = Service.objects.filter(agency=agency, is_active=True)
            self.fields["customer"].queryset = Customer.objects.filter(agency=agency)
            self.fields["team"].queryset = Team.objects.filter(agency=agency)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("customer") is not None and attrs.get("new_customer") is not None:
            raise serializers.ValidationError(
                {"new_customer": _("Give an existing customer or a new one, not both.")}
            )
        return attrs


class CaseUpdateIn(serializers.Serializer):
    """The details to change; those left out stay. ``attributes`` replaces every answer."""

    subject = serializers.CharField(max_length=200, required=False)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    priority = serializers.ChoiceField(Priority.choices, required=False)
    address = serializers.CharField(max_length=300, required=False, allow_blank=True)
    latitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, required=False, allow_null=True
    )
    longitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, required=False, allow_null=True
    )
    attributes = serializers.DictField(child=serializers.JSONField(), required=False)


@extend_schema_field(OpenApiTypes.STR)
class CaseByReferenceField(serializers.Field):
    """Another case of the agency, named by its reference (or id); blank is none."""

    default_error_messages = {
        "invalid": _("Give a case reference, e.g. LIC-2026-000123."),
        "no_case": _("No case of this agency has that reference."),
    }

    def to_internal_value(self, data: Any) -> Case | None:
        if isinstance(data, bool) or not isinstance(data, str | int) or len(str(data)) > 30:
            self.fail("invalid")
        text = str(data).strip()
        if not text:
            return None
        agency = self.context.get("agency")
        case = case_in_agency(agency if isinstance(agency, Agency) else None, text)
        if case is None:
            self.fail("no_case")
        return case

    def to_representation(self, value: Case) -> str:
        return value.reference


class StatusIn(serializers.Serializer):
    status = serializers.ChoiceField(CaseStatus.choices)
    resolution = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=20000,
        help_text=_("Needed when resolving: what was done. The customer sees it."),
    )
    duplicate_of = CaseByReferenceField(
        required=False,
        help_text=_("Needed when marking a duplicate: the original case's reference."),
    )


class ReopenIn(serializers.Serializer):
    reason = serializers.CharField(max_length=2000)


class AssignIn(serializers.Serializer):
    assignee = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.none(),
        error_messages={"does_not_exist": _("Choose someone who works in this agency.")},
    )
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency = _agency(self)
        if agency is not None:
            self.fields["assignee"].queryset = selectors.assignable_people(agency=agency)


class UnassignIn(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)


class NoteIn(serializers.Serializer):
    body = serializers.CharField(max_length=20000)


class NoteOut(serializers.ModelSerializer):
    author = PersonOut(read_only=True)

    class Meta:
        model = CaseNote
        fields = ("id", "body", "author", "created_at")
        read_only_fields = fields


class MessageIn(serializers.Serializer):
    subject = serializers.CharField(max_length=150, required=False, allow_blank=True)
    body = serializers.CharField(max_length=20000)


class MessageOut(serializers.ModelSerializer):
    author = PersonOut(allow_null=True, read_only=True)
    direction = serializers.ChoiceField(MessageDirection.choices, read_only=True)

    class Meta:
        model = CustomerMessage
        fields = ("id", "direction", "channel", "subject", "body", "author", "created_at")
        read_only_fields = fields


class AttachmentIn(serializers.Serializer):
    file = serializers.FileField(
        help_text=_("PDF, image (PNG, JPEG, GIF, WebP), Word, Excel or plain text."),
    )


class AttachmentOut(serializers.ModelSerializer):
    name = serializers.CharField(source="original_name", read_only=True)
    uploaded_by = PersonOut(allow_null=True, read_only=True)

    class Meta:
        model = CaseAttachment
        fields = ("id", "name", "content_type", "size", "sha256", "uploaded_by", "created_at")
        read_only_fields = fields


# Lookups ------------------------------------------------------------------------------------


def case_in_agency(agency: Agency | None, key: str) -> Case | None:
    """The agency's case with this reference (any case) or numeric id, else None."""
    if agency is None:
        return None
    cases = Case.objects.filter(agency=agency)
    key = key.strip()
    if key.isascii() and key.isdigit():
        return cases.filter(pk=int(key)).first() if len(key) < 19 else None
    return cases.filter(reference__iexact=key).first()
