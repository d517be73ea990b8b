"""The admin of services, customers and cases, scoped to the agencies a user administers.

Services and customers are saved through the services; cases are read-only here
and change only through admin actions that call the services.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import Model, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from backoffice.access import agency_ids_for, staff_user
from backoffice.admin import ADMIN_ROLES, AgencyScopedAdmin
from backoffice.errors import DomainError, add_to_form
from backoffice.models import User

from . import services
from .models import (
    BusinessCalendar,
    Case,
    CaseEvent,
    Channel,
    Closure,
    Customer,
    OpeningHours,
    Service,
    ServiceAttribute,
)

REFUSAL_ATTRIBUTE = "_cases_admin_refusal"


def _administers(request: HttpRequest, agency_id: int | None = None) -> bool:
    """Whether the user administers *agency_id* (or any agency when it is None)."""
    if request.user.is_superuser:
        return True
    ids = agency_ids_for(request.user, ADMIN_ROLES)
    return bool(ids) and (agency_id is None or agency_id in ids)


class ScopedInline(admin.TabularInline):
    """An inline visible to whoever administers the parent object's agency."""

    extra = 0

    def _allowed(self, request: HttpRequest, obj: Model | None) -> bool:
        return _administers(request, getattr(obj, "agency_id", None))

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)


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
            "is_active",
        )


class ServiceAttributeInline(ScopedInline):
    model = ServiceAttribute
    fields = ("order", "code", "label", "datatype", "required", "choices", "help_text")


@admin.register(Service)
class ServiceAdmin(RefusalOnFormAdmin):
    form = ServiceAdminForm
    list_display = ("code", "name", "agency", "group", "is_active")
    list_filter = ("is_active", "for_organisations", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("code", "name", "group", "keywords")
    list_select_related = ("agency",)
    inlines = (ServiceAttributeInline,)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # cases keep their service: a service is deactivated, never deleted

    def save_model(self, request: HttpRequest, obj: Service, form: ModelForm, change: bool) -> None:
        services.service_save(service=obj, actor=staff_user(request))

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
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


class CaseEventInline(ScopedInline):
    """The case's timeline; append-only, so nothing here can be added, changed or removed."""

    model = CaseEvent
    fields = ("occurred_at", "kind", "summary", "actor", "public")
    readonly_fields = fields
    ordering = ("occurred_at", "id")
    can_delete = False
    verbose_name_plural = _("timeline")

    def get_queryset(self, request: HttpRequest) -> QuerySet[CaseEvent]:
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


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
        "created_at",
    )
    list_filter = ("status", "priority", "channel", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("reference", "subject", "customer__name")
    list_select_related = ("agency", "service", "assignee")
    inlines = (CaseEventInline,)
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


class OpeningHoursInline(ScopedInline):
    model = OpeningHours
    fields = ("weekday", "opens", "closes")


class ClosureInline(ScopedInline):
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
