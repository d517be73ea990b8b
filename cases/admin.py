"""The admin of services, customers, cases and service levels, scoped to the agencies a user
administers.

Services, customers, calendars and service-level policies are saved through the
services; cases and escalations are read-only here, and cases change only through
admin actions that call the services.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from backoffice.access import staff_user
from backoffice.admin import (
    AgencyInline,
    AgencyScopedAdmin,
    ReadOnlyMixin,
)
from backoffice.admin_audit import (
    ReadOnlyInlineMixin,
    admin_agency_ids,
    agency_time,
    in_admin_scope,
)
from backoffice.errors import DomainError, add_to_form
from backoffice.models import Agency, Team, User
from backoffice.services import audit_record
from routing.admin import ServiceSkillInline, save_skill_rows
from routing.models import Queue, ServiceSkill

from . import services
from .models import (
    PAUSABLE_STATUSES,
    BusinessCalendar,
    Case,
    CaseEvent,
    CaseStatus,
    Channel,
    Closure,
    Customer,
    Escalation,
    OpeningHours,
    RetentionRun,
    Service,
    ServiceAttribute,
    SlaBasis,
    SlaPolicy,
)
from .models.service import DEFAULT_RETENTION_DAYS
from .services.retention import retention_run
from .services.sla import sla_policy_delete, sla_policy_save

REFUSAL_ATTRIBUTE = "_cases_admin_refusal"


class RefusalOnFormAdmin(AgencyScopedAdmin):
    """Shows a service's refusal on the form, keeping what was typed, instead of an error page.

    The refused save is rolled back with the admin's transaction; the same input is
    then validated again with the refusal attached to its field.
    """

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except DomainError as error:
            setattr(request, REFUSAL_ATTRIBUTE, error)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        refusal: DomainError | None = getattr(request, REFUSAL_ATTRIBUTE, None)
        if refusal is None:
            return form

        def clean(self: ModelForm) -> dict[str, Any] | None:
            data = form.clean(self)
            add_to_form(self, refusal)
            return data

        return type(form.__name__, (form,), {"clean": clean})


# Services ---------------------------------------------------------------------------------


class ServiceAdminForm(forms.ModelForm):
    channels = forms.MultipleChoiceField(
        label=_("Channels offered"),
        choices=Channel.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Channels on which this service can be requested."),
    )
    # Optional in the form so that leaving it empty keeps the period the service has (or, for
    # a new service, the default), rather than refusing the whole form.
    retention_days = forms.IntegerField(
        label=_("Retention after closure (days)"),
        required=False,
        min_value=30,
        help_text=format_lazy(
            _(
                "How long a closed case keeps its customer's personal data; at least 30 days. "
                "After this the retention job anonymises the case and, once none of their "
                "cases needs it, the customer; the statistics stay. Leave empty to keep the "
                "current period ({days} days for a new service)."
            ),
            days=DEFAULT_RETENTION_DAYS,
        ),
    )

    def clean_retention_days(self) -> int:
        days: int | None = self.cleaned_data.get("retention_days")
        if days is not None:
            return days
        return self.instance.retention_days if self.instance.pk else DEFAULT_RETENTION_DAYS

    class Meta:
        model = Service
        fields = (
            "agency",
            "code",
            "name",
            "description",
            "group",
            "keywords",
            "channels",
            "default_priority",
            "default_team",
            "for_organisations",
            "reopen_window_days",
            "retention_days",
            "privacy_purpose",
            "is_active",
        )


class ServiceAttributeInline(AgencyInline):
    model = ServiceAttribute
    fields = ("order", "code", "label", "datatype", "required", "choices", "help_text")


@admin.register(Service)
class ServiceAdmin(RefusalOnFormAdmin):
    form = ServiceAdminForm
    list_display = ("code", "name", "agency", "group", "retention_days", "is_active")
    list_filter = ("is_active", "for_organisations", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("code", "name", "group", "keywords")
    list_select_related = ("agency",)
    inlines = (ServiceAttributeInline, ServiceSkillInline)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # cases keep their service: a service is deactivated, never deleted

    def save_model(self, request: HttpRequest, obj: Service, form: ModelForm, change: bool) -> None:
        services.service_save(service=obj, actor=staff_user(request))

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        if formset.model is ServiceSkill:
            save_skill_rows(
                request=request, formset=formset, owner=form.instance, action="service.skills"
            )
            return
        attributes = formset.save(commit=False)
        services.service_attributes_save(
            service=form.instance,
            attributes=attributes,
            removed=formset.deleted_objects,
            actor=staff_user(request),
        )


# Customers --------------------------------------------------------------------------------

CUSTOMER_INTAKE_FIELDS = (
    "name",
    "email",
    "phone",
    "kind",
    "organisation",
    "address",
    "preferred_language",
    "preferred_channel",
)


@admin.register(Customer)
class CustomerAdmin(RefusalOnFormAdmin):
    list_display = ("name", "kind", "email", "phone", "preferred_channel", "agency")
    list_filter = ("kind", "preferred_channel", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("name", "email", "phone")
    list_select_related = ("agency",)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        shown = getattr(response, "context_data", {}).get("original")
        if request.method == "GET" and isinstance(shown, Customer):
            # The customer's page in the admin is a read of personal data, as in the app.
            audit_record(
                action="customer.read",
                request=request,
                agency=shown.agency,
                obj=shown,
                details={"admin": True},
            )
        return response

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        fields = ("created_at", "updated_at")
        return ("agency", *fields) if obj else fields

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # a customer's cases keep them; erasure is its own procedure

    def save_model(
        self, request: HttpRequest, obj: Customer, form: ModelForm, change: bool
    ) -> None:
        actor = staff_user(request)
        if change:
            fields = {n: form.cleaned_data[n] for n in form.changed_data if n != "agency"}
            if fields:
                original = Customer.objects.get(pk=obj.pk)
                services.customer_update(customer=original, actor=actor, **fields)
            return
        customer = services.customer_find_or_create(
            agency=obj.agency,
            actor=actor,
            **{name: getattr(obj, name) for name in CUSTOMER_INTAKE_FIELDS},
        )
        if customer.survey_consent != obj.survey_consent:
            services.customer_update(
                customer=customer, actor=actor, survey_consent=obj.survey_consent
            )
        obj.pk = customer.pk


# Cases ----------------------------------------------------------------------------------------


class CaseEventInline(ReadOnlyInlineMixin, AgencyInline):
    """The case's timeline; append-only, so nothing here can be added, changed or removed."""

    model = CaseEvent
    fields = ("occurred_at", "kind", "summary", "actor", "public")
    readonly_fields = fields
    ordering = ("occurred_at", "id")
    verbose_name_plural = _("timeline")

    def get_queryset(self, request: HttpRequest) -> QuerySet[CaseEvent]:
        return super().get_queryset(request).select_related("actor")


def _escalation_actions(escalation: Escalation) -> str:
    """What the sweep did at this rung, in words."""
    actions = escalation.actions or {}
    parts: list[str] = []
    if "priority" in actions:
        parts.append(str(_("priority raised")))
    if "team" in actions:
        parts.append(str(_("moved to the escalation team")))
    notified = len(actions.get("notified") or [])
    parts.append(
        ngettext("%(count)d person notified", "%(count)d people notified", notified)
        % {"count": notified}
    )
    return "; ".join(parts)


class EscalationInline(ReadOnlyInlineMixin, AgencyInline):
    """The case's escalations; written only by the sweep, so nothing here can be changed."""

    model = Escalation
    fields = ("target", "level", "round", "due", "escalated", "what_was_done")
    readonly_fields = fields
    ordering = ("escalated_at", "level")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Escalation]:
        return super().get_queryset(request).select_related("case__agency")

    @admin.display(description=_("due at"))
    def due(self, obj: Escalation) -> str:
        return agency_time(obj.threshold_at, obj.case.agency)

    @admin.display(description=_("escalated at"))
    def escalated(self, obj: Escalation) -> str:
        return agency_time(obj.escalated_at, obj.case.agency)

    @admin.display(description=_("what was done"))
    def what_was_done(self, obj: Escalation) -> str:
        return _escalation_actions(obj)


@admin.register(Case)
class CaseAdmin(AgencyScopedAdmin):
    """Read-only: cases are worked in the case pages; the actions call the services."""

    list_display = (
        "reference",
        "subject",
        "agency",
        "service",
        "status",
        "priority",
        "assignee",
        "sla_state",
        "legal_hold",
        "created_at",
    )
    list_filter = (
        "status",
        "priority",
        "sla_state",
        "channel",
        "legal_hold",
        ("anonymised_at", admin.EmptyFieldListFilter),
        ("agency", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("reference", "subject", "customer__name")
    list_select_related = ("agency", "service", "assignee")
    inlines = (EscalationInline, CaseEventInline)
    actions = ("close_resolved", "assign_to_me")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def _refused(self, request: HttpRequest, case: Case, message: str) -> None:
        self.message_user(
            request,
            _("%(reference)s: %(message)s") % {"reference": case.reference, "message": message},
            level=messages.ERROR,
        )

    @admin.action(description=_("Close selected cases (resolved ones)"))
    def close_resolved(self, request: HttpRequest, queryset: QuerySet[Case]) -> None:
        actor = staff_user(request)
        closed = 0
        for case in queryset.select_related("agency"):
            try:
                services.case_close(case=case, actor=actor)
            except DomainError as error:
                self._refused(request, case, error.message)
            else:
                closed += 1
        if closed:
            self.message_user(
                request,
                ngettext("Closed %(count)d case.", "Closed %(count)d cases.", closed)
                % {"count": closed},
                level=messages.SUCCESS,
            )

    @admin.action(description=_("Assign selected cases to me"))
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Case]) -> None:
        actor = staff_user(request)
        try:
            result = services.bulk_assign(
                cases=queryset.select_related("agency"), assignee=actor, actor=actor
            )
        except DomainError as error:
            self._domain_error(request, error)
            return
        for case, message in result.refused:
            self._refused(request, case, message)
        if result.done:
            count = len(result.done)
            self.message_user(
                request,
                ngettext(
                    "Assigned %(count)d case to you.", "Assigned %(count)d cases to you.", count
                )
                % {"count": count},
                level=messages.SUCCESS,
            )


# Business calendars -----------------------------------------------------------------------
# Imported here, beside the admin that uses them, while it is their only user.


class OpeningHoursInline(AgencyInline):
    model = OpeningHours
    fields = ("weekday", "opens", "closes")


class ClosureInline(AgencyInline):
    """Closures are added or removed; one entered wrongly is removed and entered again."""

    model = Closure
    fields = ("starts", "ends", "reason")

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


def _save_opening_hours(
    calendar: BusinessCalendar, formset: BaseInlineFormSet, actor: User
) -> None:
    """Apply the inline's rows as whole weekdays, the way the service replaces them."""
    changed = formset.save(commit=False)
    touched = {row.pk for row in [*changed, *formset.deleted_objects] if row.pk}
    before = OpeningHours.objects.filter(pk__in=touched).values_list("weekday", flat=True)
    weekdays = {row.weekday for row in changed} | set(before)
    days: dict[int, list[Any]] = {weekday: [] for weekday in weekdays}
    kept = OpeningHours.objects.filter(calendar=calendar, weekday__in=weekdays).exclude(
        pk__in=touched
    )
    for row in [*kept, *changed]:
        days[row.weekday].append((row.opens, row.closes))
    for weekday, intervals in sorted(days.items()):
        services.opening_hours_set(
            calendar=calendar, weekday=weekday, intervals=intervals, actor=actor
        )


def _save_closures(calendar: BusinessCalendar, formset: BaseInlineFormSet, actor: User) -> None:
    for closure in formset.save(commit=False):
        if closure.pk is None:
            services.closure_add(
                calendar=calendar,
                starts=closure.starts,
                ends=closure.ends,
                reason=closure.reason,
                actor=actor,
            )
    for closure in formset.deleted_objects:
        services.closure_remove(closure=closure, actor=actor)


@admin.register(BusinessCalendar)
class BusinessCalendarAdmin(RefusalOnFormAdmin):
    list_display = ("name", "agency", "time_zone", "use_public_holidays", "country")
    list_filter = ("use_public_holidays", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("name", "agency__name")
    list_select_related = ("agency",)
    inlines = (OpeningHoursInline, ClosureInline)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # service levels count on the calendar: it is changed, never deleted

    def save_model(
        self, request: HttpRequest, obj: BusinessCalendar, form: ModelForm, change: bool
    ) -> None:
        services.calendar_save(calendar=obj, actor=staff_user(request))

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        actor = staff_user(request)
        if formset.model is OpeningHours:
            _save_opening_hours(form.instance, formset, actor)
        elif formset.model is Closure:
            _save_closures(form.instance, formset, actor)


# Service levels ---------------------------------------------------------------------------


def _duration(value: timedelta | None, basis: str) -> str:
    """A target as people say it: business time in hours ("120 h"), calendar time in days
    and hours ("1 d 4 h"); "-" for none."""
    if value is None:
        return "-"
    minutes = int(value.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60) if basis == SlaBasis.CALENDAR else (0, minutes)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{n} {unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "min")) if n]
    return " ".join(parts) or "0 min"


class SlaPolicyAdminForm(forms.ModelForm):
    pause_statuses = forms.MultipleChoiceField(
        label=_("Statuses that pause the clock"),
        choices=[(status, CaseStatus(status).label) for status in PAUSABLE_STATUSES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Time spent in these statuses does not count against the targets."),
    )

    class Meta:
        model = SlaPolicy
        fields = (
            "agency",
            "name",
            "service",
            "priority",
            "is_active",
            "basis",
            "response_target",
            "resolution_target",
            "pause_statuses",
            "warning_percent",
            "notify_assignee_at_warning",
            "raise_priority_at_breach",
            "escalate_after",
            "escalation_queue",
            "escalation_team",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency = data.get("agency") or (self.instance.agency if self.instance.agency_id else None)
        if agency is None or "service" not in data or "priority" not in data:
            return data
        clash = (
            SlaPolicy.objects.filter(
                agency=agency, service=data["service"], priority=data["priority"]
            )
            .exclude(pk=self.instance.pk)
            .first()
        )
        if clash is not None:
            self.add_error(
                "service",
                _("%(policy)s already covers this service and priority; change that one instead.")
                % {"policy": clash.name},
            )
        return data


def _refusal(error: ValidationError) -> DomainError:
    """A model validation error as a refusal the admin shows on the form's fields."""
    if hasattr(error, "error_dict"):
        errors = error.message_dict
    else:
        errors = {NON_FIELD_ERRORS: list(error.messages)}
    return DomainError(error.messages[0], errors=errors)


@admin.register(SlaPolicy)
class SlaPolicyAdmin(RefusalOnFormAdmin):
    """Policies are saved through the service, which validates and audits each change.

    A policy applies to cases opened (or reopened, or re-prioritised) after it is
    saved; running cases keep their due times, also when the policy is deleted.
    """

    form = SlaPolicyAdminForm
    list_display = (
        "name",
        "agency",
        "service",
        "priority",
        "basis",
        "response",
        "resolution",
        "warning_percent",
        "escalation",
        "is_active",
    )
    list_filter = (
        "is_active",
        "basis",
        "priority",
        ("agency", admin.RelatedOnlyFieldListFilter),
        ("service", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("name", "service__name", "service__code")
    list_select_related = ("agency", "service")
    fieldsets = (
        (None, {"fields": ("agency", "name", "service", "priority", "is_active")}),
        (
            _("Targets"),
            {"fields": ("basis", "response_target", "resolution_target", "pause_statuses")},
        ),
        (
            _("Escalation"),
            {
                "fields": (
                    "warning_percent",
                    "notify_assignee_at_warning",
                    "raise_priority_at_breach",
                    "escalate_after",
                    "escalation_queue",
                    "escalation_team",
                )
            },
        ),
    )

    @admin.display(description=_("first response"), ordering="response_target")
    def response(self, obj: SlaPolicy) -> str:
        return _duration(obj.response_target, obj.basis)

    @admin.display(description=_("resolution"), ordering="resolution_target")
    def resolution(self, obj: SlaPolicy) -> str:
        return _duration(obj.resolution_target, obj.basis)

    @admin.display(description=_("escalate after"), ordering="escalate_after")
    def escalation(self, obj: SlaPolicy) -> str:
        return _duration(obj.escalate_after, obj.basis)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()  # a policy never moves to another agency

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = admin_agency_ids(request)
        if ids is not None and db_field.related_model in (Service, Queue):
            kwargs["queryset"] = db_field.related_model.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        if isinstance(obj, SlaPolicy):
            # Changing a policy: only its own agency's services and teams to choose from.
            fields = form.base_fields
            if "service" in fields:
                fields["service"].queryset = Service.objects.filter(agency=obj.agency_id)
            if "escalation_team" in fields:
                fields["escalation_team"].queryset = Team.objects.filter(agency=obj.agency_id)
            if "escalation_queue" in fields:
                fields["escalation_queue"].queryset = Queue.objects.filter(agency=obj.agency_id)
        return form

    def save_model(
        self, request: HttpRequest, obj: SlaPolicy, form: ModelForm, change: bool
    ) -> None:
        try:
            sla_policy_save(policy=obj, actor=staff_user(request))
        except ValidationError as error:
            raise _refusal(error) from error

    def delete_model(self, request: HttpRequest, obj: SlaPolicy) -> None:
        sla_policy_delete(policy=obj, actor=staff_user(request))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[SlaPolicy]) -> None:
        actor = staff_user(request)
        for policy in queryset.select_related("agency"):
            sla_policy_delete(policy=policy, actor=actor)


@admin.register(Escalation)
class EscalationAdmin(ReadOnlyMixin, AgencyScopedAdmin):
    """Read-only: escalations are written by the sweep, once per case, target, level and round."""

    agency_path = "case__agency"
    list_display = (
        "case_reference",
        "agency",
        "target",
        "level",
        "round",
        "due",
        "escalated",
        "what_was_done",
    )
    list_filter = ("level", "target", ("case__agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("case__reference", "case__subject")
    list_select_related = ("case__agency",)
    fields = ("case", "target", "level", "round", "due", "escalated", "what_was_done")
    readonly_fields = fields

    @admin.display(description=_("case"), ordering="case__reference")
    def case_reference(self, obj: Escalation) -> str:
        return obj.case.reference

    @admin.display(description=_("agency"), ordering="case__agency__name")
    def agency(self, obj: Escalation) -> str:
        return obj.case.agency.name

    @admin.display(description=_("due at"), ordering="threshold_at")
    def due(self, obj: Escalation) -> str:
        return agency_time(obj.threshold_at, obj.case.agency)

    @admin.display(description=_("escalated at"), ordering="escalated_at")
    def escalated(self, obj: Escalation) -> str:
        return agency_time(obj.escalated_at, obj.case.agency)

    @admin.display(description=_("what was done"))
    def what_was_done(self, obj: Escalation) -> str:
        return _escalation_actions(obj)


# Retention --------------------------------------------------------------------------------

# How many references of each service the run's page lists; the run's details keep them all.
SHOWN_REFERENCES = 200


class RetentionPreviewForm(forms.Form):
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        label=_("Agency"),
        help_text=_("The report lists what the next run would anonymise; nothing is changed."),
    )

    def __init__(self, *args: Any, agencies: QuerySet[Agency], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["agency"]
        if isinstance(field, forms.ModelChoiceField):
            field.queryset = agencies
            if len(agencies) == 1:
                field.initial = agencies[0]


def _references(references: list[str]) -> str:
    shown = ", ".join(references[:SHOWN_REFERENCES])
    more = len(references) - SHOWN_REFERENCES
    if more > 0:
        return str(_("%(shown)s and %(more)d more") % {"shown": shown, "more": more})
    return shown or "—"


@admin.register(RetentionRun)
class RetentionRunAdmin(ReadOnlyMixin, AgencyScopedAdmin):
    """Read-only: runs are recorded by the daily job, ``manage.py retention`` and the preview."""

    list_display = (
        "started",
        "agency",
        "kind",
        "cases_anonymised",
        "customers_anonymised",
        "attachments_removed",
        "cases_on_hold",
        "requested_by",
        "finished",
    )
    list_filter = ("dry_run", ("agency", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("agency", "requested_by")
    fields = (
        "agency",
        "kind",
        "started",
        "finished",
        "requested_by",
        "cases_anonymised",
        "customers_anonymised",
        "attachments_removed",
        "cases_on_hold",
        "report",
    )
    readonly_fields = fields

    @admin.display(description=_("kind"), ordering="dry_run")
    def kind(self, obj: RetentionRun) -> str:
        return str(_("Dry run (nothing changed)") if obj.dry_run else _("Run"))

    @admin.display(description=_("started"), ordering="started_at")
    def started(self, obj: RetentionRun) -> str:
        return agency_time(obj.started_at, obj.agency)

    @admin.display(description=_("finished"), ordering="finished_at")
    def finished(self, obj: RetentionRun) -> str:
        if obj.finished_at is None:
            return str(_("Not finished: stopped midway or still running"))
        return agency_time(obj.finished_at, obj.agency)

    @admin.display(description=_("report"))
    def report(self, obj: RetentionRun) -> str:
        lines = (obj.details or {}).get("services") or []
        if not lines:
            return str(_("No case was past its retention period."))
        rows = format_html_join(
            "",
            "<tr><th scope='row'>{} ({})</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    line.get("name", ""),
                    line.get("code", ""),
                    line.get("retention_days", ""),
                    line.get("cases", 0),
                    _references(line.get("references") or []),
                    _references(line.get("held_references") or []),
                )
                for line in lines
            ),
        )
        return format_html(
            "<table><caption>{}</caption><thead><tr><th scope='col'>{}</th><th scope='col'>{}</th>"
            "<th scope='col'>{}</th><th scope='col'>{}</th><th scope='col'>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            _("Cases past retention, by service"),
            _("Service"),
            _("Retention (days)"),
            _("Cases"),
            _("References"),
            _("Kept for legal hold"),
            rows,
        )

    def get_urls(self) -> list[Any]:
        view = self.admin_site.admin_view(self.preview_view)
        return [
            path("preview/", view, name="cases_retentionrun_preview"),
            *super().get_urls(),
        ]

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """Record a dry run for one agency and show its report."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        agencies = in_admin_scope(Agency.objects.order_by("name"), request, "pk")
        form = RetentionPreviewForm(request.POST or None, agencies=agencies)
        if request.method == "POST" and form.is_valid():
            try:
                run = retention_run(
                    agency=form.cleaned_data["agency"], dry_run=True, actor=staff_user(request)
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                self.message_user(
                    request,
                    _(
                        "Dry run recorded: %(cases)d cases and %(customers)d customers would be "
                        "anonymised. Nothing was changed."
                    )
                    % {"cases": run.cases_anonymised, "customers": run.customers_anonymised},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse("admin:cases_retentionrun_change", args=[run.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Preview retention (dry run)"),
            "form": form,
        }
        return TemplateResponse(request, "admin/cases/retentionrun/preview.html", context)
