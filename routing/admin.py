"""The routing admin: skills, queues and routing rules, scoped to the agencies a user administers.

Skills, queues and rules are configured here and every change is audited. Skill levels,
their history and presence are read-only: levels change through the routing services
(assessments and supervisors), presence through the people themselves.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django import forms
from django.contrib import admin
from django.db import transaction
from django.db.models import Count, Model, OuterRef, QuerySet, Subquery
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from backoffice.access import agency_ids_for, staff_user
from backoffice.admin import (
    ADMIN_ROLES,
    AdministratorRoleMixin,
    AgencyInline,
    AgencyScopedAdmin,
    ReadOnlyMixin,
)
from backoffice.models import Agency, Membership, Team, User
from backoffice.services import audit_record
from cases.models import Channel, CustomerKind, Priority, Service

from .models import (
    PersonSkill,
    Presence,
    Queue,
    RoutingRule,
    RuleSkill,
    ServiceSkill,
    Skill,
    SkillLevelChange,
)

# Models whose rows belong to one agency: their choices are limited to the user's agencies.
AGENCY_OWNED: tuple[type[Model], ...] = (Team, Service, Queue, Skill)


def _admin_ids(request: HttpRequest) -> set[int] | None:
    """The agencies the user administers; None for a platform administrator (every agency)."""
    if request.user.is_superuser:
        return None
    return agency_ids_for(request.user, ADMIN_ROLES)


def _people(agency_ids: Iterable[int] | None) -> QuerySet[User]:
    """People with a role in any of the agencies (in any agency when None)."""
    memberships = Membership.objects.all()
    if agency_ids is not None:
        memberships = memberships.filter(agency__in=agency_ids)
    return User.objects.filter(pk__in=memberships.values("user_id")).order_by("full_name", "email")


def _local_time(moment: datetime | None, zone: zoneinfo.ZoneInfo | str | None) -> str:
    """A time as the agency's staff read it: in its time zone, with the zone's abbreviation."""
    if moment is None:
        return "-"
    if isinstance(zone, str):
        zone = zoneinfo.ZoneInfo(zone)
    local = moment.astimezone(zone or zoneinfo.ZoneInfo("UTC"))
    return f"{date_format(local, 'SHORT_DATETIME_FORMAT')} {local.tzname()}"


def _form_agency(form: ModelForm, data: dict[str, Any]) -> Agency | None:
    """The agency a form's object belongs to: chosen on an add page, fixed once saved."""
    agency = data.get("agency")
    if isinstance(agency, Agency):
        return agency
    instance = form.instance
    return instance.agency if getattr(instance, "agency_id", None) else None


def _name_taken(model: type[Model], agency: Agency, pk: int | None, **lookup: Any) -> bool:
    """Whether another row of *agency* already uses the value (ignoring case).

    Checked by the forms because the agency is read-only on change pages, and Django then
    skips the (agency, ...) unique constraint; the save would otherwise fail with a 500.
    """
    rows = model._default_manager.filter(agency=agency, **lookup)
    return bool(rows.exclude(pk=pk).exists())


def _limit_choices(form: type[ModelForm], name: str, queryset: QuerySet[Any]) -> None:
    field = form.base_fields.get(name)
    if isinstance(field, forms.ModelChoiceField):
        field.queryset = queryset


def _changed_fields(original: Model | None, obj: Model) -> list[str]:
    """Names of the columns that differ from the saved row (all of them for a new row)."""
    return sorted(
        field.name
        for field in obj._meta.concrete_fields
        if not field.primary_key
        and (original is None or getattr(original, field.attname) != getattr(obj, field.attname))
    )


class RoutingScopedAdmin(AgencyScopedAdmin):
    """An agency's routing configuration: choices limited to the administered agencies,
    the agency fixed once saved, and every save audited as ``<audit_name>.create|update``.
    """

    audit_name = ""

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()  # routing configuration never moves to another agency

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = _admin_ids(request)
        if ids is not None and db_field.related_model in AGENCY_OWNED:
            kwargs["queryset"] = db_field.related_model.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        agency_id = getattr(obj, "agency_id", None)
        if agency_id is not None:
            # Changing an object: only its own agency's teams, services, queues and skills.
            for field in form.base_fields.values():
                if isinstance(field, forms.ModelChoiceField):
                    queryset = field.queryset
                    if queryset is not None and queryset.model in AGENCY_OWNED:
                        field.queryset = queryset.filter(agency=agency_id)
        return form

    def audit_details(self, original: Any, obj: Any, form: ModelForm) -> dict[str, Any]:
        """What the audit row records about a save; empty when nothing changed."""
        changed = _changed_fields(original, obj)
        return {"fields": changed} if changed else {}

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        actor = staff_user(request)
        with transaction.atomic():
            original = type(obj)._default_manager.filter(pk=obj.pk).first() if obj.pk else None
            details = self.audit_details(original, obj, form)
            obj.save()
            if details:
                action = "update" if original is not None else "create"
                audit_record(
                    action=f"{self.audit_name}.{action}",
                    actor=actor,
                    request=request,
                    agency=obj.agency,
                    obj=obj,
                    details=details,
                )


# Skills -------------------------------------------------------------------------------------


class SkillAdminForm(forms.ModelForm):
    class Meta:
        model = Skill
        fields = ("agency", "code", "name", "description", "is_active")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency, code = _form_agency(self, data), data.get("code")
        if agency and code and _name_taken(Skill, agency, self.instance.pk, code__iexact=code):
            self.add_error("code", _("This agency already has a skill with this code."))
        return data


@admin.register(Skill)
class SkillAdmin(RoutingScopedAdmin):
    """Skills are deactivated, never deleted: levels, history and cases refer to them."""

    audit_name = "skill"
    form = SkillAdminForm
    list_display = ("name", "code", "agency", "is_active")
    list_filter = ("is_active", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("code", "name", "description")
    list_select_related = ("agency",)
    prepopulated_fields = {"code": ("name",)}

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


# Queues -------------------------------------------------------------------------------------


class QueueAdminForm(forms.ModelForm):
    class Meta:
        model = Queue
        fields = (
            "agency",
            "name",
            "team",
            "mode",
            "is_active",
            "members",
            "offer_timeout_seconds",
            "overflow_queue",
            "overflow_after_minutes",
            "priority_step_minutes",
            "relax_level_after_minutes",
            "drop_preferred_after_minutes",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency = _form_agency(self, data)
        if agency is None:
            return data
        name = data.get("name")
        if name and _name_taken(Queue, agency, self.instance.pk, name__iexact=name):
            self.add_error("name", _("This agency already has a queue with this name."))
        self._check_members(agency, data.get("members"))
        return data

    def _check_members(self, agency: Agency, members: QuerySet[User] | None) -> None:
        if not members:
            return
        inside = set(_people([agency.pk]).values_list("pk", flat=True))
        outsiders = [str(person) for person in members if person.pk not in inside]
        if outsiders:
            self.add_error(
                "members",
                _("%(people)s have no role in this agency.") % {"people": ", ".join(outsiders)},
            )


@admin.register(Queue)
class QueueAdmin(RoutingScopedAdmin):
    """Queues are deactivated, never deleted: their cases and rules point at them."""

    audit_name = "queue"
    form = QueueAdminForm
    list_display = ("name", "agency", "team", "mode", "member_count", "is_active")
    list_filter = ("mode", "is_active", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("name", "team__name")
    list_select_related = ("agency", "team")
    filter_horizontal = ("members",)
    fieldsets = (
        (None, {"fields": ("agency", "name", "team", "mode", "is_active")}),
        (_("People"), {"fields": ("members",)}),
        (_("Offers (push queues)"), {"fields": ("offer_timeout_seconds",)}),
        (_("Overflow"), {"fields": ("overflow_queue", "overflow_after_minutes")}),
        (
            _("Scoring and relaxing skill requirements"),
            {
                "fields": (
                    "priority_step_minutes",
                    "relax_level_after_minutes",
                    "drop_preferred_after_minutes",
                )
            },
        ),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Queue]:
        return super().get_queryset(request).annotate(member_total=Count("members", distinct=True))

    @admin.display(description=_("members"), ordering="member_total")
    def member_count(self, obj: Queue) -> int:
        return getattr(obj, "member_total", 0)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "members":
            kwargs["queryset"] = _people(_admin_ids(request))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        if isinstance(obj, Queue):
            others = Queue.objects.filter(agency=obj.agency_id).exclude(pk=obj.pk)
            _limit_choices(form, "members", _people([obj.agency_id]))
            _limit_choices(form, "overflow_queue", others)
        return form

    def audit_details(self, original: Any, obj: Any, form: ModelForm) -> dict[str, Any]:
        details = super().audit_details(original, obj, form)
        if "members" not in form.cleaned_data:
            return details
        before = set(original.members.values_list("pk", flat=True)) if original else set()
        after = {person.pk for person in form.cleaned_data["members"]}
        if before != after:
            details["members_added"] = sorted(after - before)
            details["members_removed"] = sorted(before - after)
            details.setdefault("fields", []).append("members")
        return details


# Skills needed by services and rules ----------------------------------------------------------


class SameAgencySkillFormSet(BaseInlineFormSet):
    """Rows of skills needed by a service or a rule: only skills of the owner's agency."""

    def clean(self) -> None:
        super().clean()
        agency_id = getattr(self.instance, "agency_id", None)
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            if not form.has_changed() or data.get("DELETE"):
                continue
            skill = data.get("skill")
            if skill is not None and agency_id is not None and skill.agency_id != agency_id:
                form.add_error("skill", _("Choose a skill of this agency."))


class SkillRowsInline(AgencyInline):
    """Skill rows of an agency's service or rule, editable by whoever administers the agency."""

    formset = SameAgencySkillFormSet
    fields = ("skill", "min_level", "required")

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = _admin_ids(request)
        if ids is not None and db_field.related_model is Skill:
            kwargs["queryset"] = Skill.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request: HttpRequest, obj: Model | None = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        agency_id = getattr(obj, "agency_id", None)
        field = formset.form.base_fields.get("skill")
        if agency_id is not None and isinstance(field, forms.ModelChoiceField):
            field.queryset = Skill.objects.filter(agency=agency_id)
        return formset


class ServiceSkillInline(SkillRowsInline):
    """The skills a service's cases need; shown on the service's admin page."""

    model = ServiceSkill


class RuleSkillInline(SkillRowsInline):
    model = RuleSkill


def save_skill_rows(
    *, request: HttpRequest, formset: BaseInlineFormSet, owner: Any, action: str
) -> None:
    """Save an inline of skill rows and write one audit row naming what was saved and removed."""
    with transaction.atomic():
        saved = formset.save(commit=False)
        removed = [row for row in formset.deleted_objects if row.pk]
        names = {
            "saved": sorted(row.skill.code for row in saved),
            "removed": sorted(row.skill.code for row in removed),
        }
        for row in removed:
            row.delete()
        for row in saved:
            row.save()
        if saved or removed:
            audit_record(
                action=action,
                actor=staff_user(request),
                request=request,
                agency=owner.agency,
                obj=owner,
                details=names,
            )


# Routing rules ------------------------------------------------------------------------------


def _with_any(label: Any, choices: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [("", label), *choices]


def _choice_label(choices: list[tuple[Any, Any]], value: Any) -> str:
    return str(dict(choices).get(value, value))


class RoutingRuleAdminForm(forms.ModelForm):
    channel = forms.ChoiceField(
        label=_("When the channel is"),
        choices=_with_any(_("Any channel"), Channel.choices),
        required=False,
    )
    priority = forms.TypedChoiceField(
        label=_("When the priority is"),
        choices=_with_any(_("Any priority"), Priority.choices),
        coerce=int,
        empty_value=None,
        required=False,
    )
    customer_kind = forms.ChoiceField(
        label=_("When the customer is"),
        choices=_with_any(_("Any customer"), CustomerKind.choices),
        required=False,
    )

    class Meta:
        model = RoutingRule
        fields = (
            "agency",
            "name",
            "order",
            "is_active",
            "service",
            "channel",
            "priority",
            "customer_kind",
            "keyword",
            "queue",
            "priority_change",
        )

    def clean_keyword(self) -> str:
        return (self.cleaned_data.get("keyword") or "").strip()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency = _form_agency(self, data)
        if agency is None:
            return data
        service, queue = data.get("service"), data.get("queue")
        if service is not None and service.agency_id != agency.pk:
            self.add_error("service", _("Choose a service of this agency."))
        if queue is not None and queue.agency_id != agency.pk:
            self.add_error("queue", _("Choose a queue of this agency."))
        return data


def rule_conditions(rule: RoutingRule) -> str:
    """A rule's conditions in words, e.g. "channel is Phone; text contains “permit”"."""
    parts: list[str] = []
    if rule.service_id:
        parts.append(_("service is %(service)s") % {"service": rule.service})
    if rule.channel:
        parts.append(
            _("channel is %(channel)s") % {"channel": _choice_label(Channel.choices, rule.channel)}
        )
    if rule.priority is not None:
        parts.append(
            _("priority is %(priority)s")
            % {"priority": _choice_label(Priority.choices, rule.priority)}
        )
    if rule.customer_kind:
        kind = _choice_label(CustomerKind.choices, rule.customer_kind)
        parts.append(_("customer is %(kind)s") % {"kind": kind.lower()})
    if rule.keyword:
        parts.append(_("text contains “%(keyword)s”") % {"keyword": rule.keyword})
    return "; ".join(parts) if parts else str(_("any case"))


@admin.register(RoutingRule)
class RoutingRuleAdmin(RoutingScopedAdmin):
    """Rules apply in order at intake; the first active one whose conditions hold routes a case."""

    audit_name = "routing_rule"
    form = RoutingRuleAdminForm
    list_display = (
        "order",
        "name",
        "conditions",
        "queue",
        "priority_steps",
        "is_active",
        "agency",
    )
    list_display_links = ("name",)
    list_editable = ("order", "is_active")
    list_filter = (
        "is_active",
        ("agency", admin.RelatedOnlyFieldListFilter),
        ("queue", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("name", "keyword", "queue__name", "service__name")
    list_select_related = ("agency", "queue", "service")
    inlines = (RuleSkillInline,)
    fieldsets = (
        (None, {"fields": ("agency", "name", "order", "is_active")}),
        (
            _("Conditions"),
            {
                "description": _("Every condition set must hold; empty ones match any case."),
                "fields": ("service", "channel", "priority", "customer_kind", "keyword"),
            },
        ),
        (_("Actions"), {"fields": ("queue", "priority_change")}),
    )

    @admin.display(description=_("conditions"))
    def conditions(self, obj: RoutingRule) -> str:
        return rule_conditions(obj)

    @admin.display(description=_("change priority by"), ordering="priority_change")
    def priority_steps(self, obj: RoutingRule) -> str:
        return f"{obj.priority_change:+d}" if obj.priority_change else "-"

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        save_skill_rows(
            request=request, formset=formset, owner=form.instance, action="routing_rule.skills"
        )

    def _delete_audited(self, request: HttpRequest, rule: RoutingRule) -> None:
        audit_record(
            action="routing_rule.delete",
            actor=staff_user(request),
            request=request,
            agency=rule.agency,
            obj=rule,
            details={"queue": rule.queue_id, "order": rule.order},
        )
        rule.delete()

    def delete_model(self, request: HttpRequest, obj: RoutingRule) -> None:
        with transaction.atomic():
            self._delete_audited(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[RoutingRule]) -> None:
        with transaction.atomic():
            for rule in queryset.select_related("agency"):
                self._delete_audited(request, rule)


# Read-only: levels, their history, presence ---------------------------------------------------


class ReadOnlyAdmin(ReadOnlyMixin, AdministratorRoleMixin, admin.ModelAdmin):
    """Visible to administrators of the agency, never added, changed or deleted here."""


class SkillScopedReadOnlyAdmin(ReadOnlyAdmin):
    """Rows reached through a skill: visible to administrators of the skill's agency."""

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request).select_related("user", "skill__agency")
        ids = _admin_ids(request)
        return queryset if ids is None else queryset.filter(skill__agency__in=ids)


@admin.register(PersonSkill)
class PersonSkillAdmin(SkillScopedReadOnlyAdmin):
    """People's current levels; they change through assessments and supervisors, with history."""

    list_display = ("user", "skill", "level", "source", "since")
    list_filter = (("skill", admin.RelatedOnlyFieldListFilter), "level", "source")
    search_fields = ("user__full_name", "user__email", "skill__name", "skill__code")
    fields = ("user", "skill", "level", "source", "since")
    readonly_fields = fields

    @admin.display(description=_("since"), ordering="updated_at")
    def since(self, obj: PersonSkill) -> str:
        return _local_time(obj.updated_at, obj.skill.agency.zone)


@admin.register(SkillLevelChange)
class SkillLevelChangeAdmin(SkillScopedReadOnlyAdmin):
    list_display = ("changed", "user", "skill", "level_before", "level_after", "source", "by")
    list_filter = (("skill", admin.RelatedOnlyFieldListFilter), "source")
    search_fields = ("user__full_name", "user__email", "skill__name", "note")
    fields = (
        "changed",
        "user",
        "skill",
        "level_before",
        "level_after",
        "source",
        "note",
        "changed_by",
    )
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[SkillLevelChange]:
        return super().get_queryset(request).select_related("changed_by")

    @admin.display(description=_("changed"), ordering="changed_at")
    def changed(self, obj: SkillLevelChange) -> str:
        return _local_time(obj.changed_at, obj.skill.agency.zone)

    @admin.display(description=_("changed by"), ordering="changed_by__full_name")
    def by(self, obj: SkillLevelChange) -> str:
        return str(obj.changed_by) if obj.changed_by_id else "-"


@admin.register(Presence)
class PresenceAdmin(ReadOnlyAdmin):
    """People's presence, for the agencies one administers; people set it themselves."""

    list_display = ("user", "state", "reason", "since_local", "capacity")
    list_filter = ("state", "reason")
    search_fields = ("user__full_name", "user__email")
    fields = ("user", "state", "reason", "since_local", "capacity", "missed_offers")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Presence]:
        # Presence has no agency: a person is in scope through a role in an administered agency.
        memberships = Membership.objects.all()
        ids = _admin_ids(request)
        if ids is not None:
            memberships = memberships.filter(agency__in=ids)
        zone = memberships.filter(user=OuterRef("user")).order_by("agency__name")
        return (
            super()
            .get_queryset(request)
            .filter(user__in=memberships.values("user_id"))
            .select_related("user")
            .annotate(person_zone=Subquery(zone.values("agency__time_zone")[:1]))
        )

    @admin.display(description=_("since"), ordering="since")
    def since_local(self, obj: Presence) -> str:
        return _local_time(obj.since, getattr(obj, "person_zone", None))
