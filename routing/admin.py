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
from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import Count, Model, OuterRef, QuerySet, Subquery
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from backoffice.access import staff_user
from backoffice.admin import (
    AdministratorRoleMixin,
    AgencyInline,
    AgencyScopedAdmin,
    ReadOnlyMixin,
    administers,
)
from backoffice.admin_audit import (
    AuditedSaveMixin,
    SameAgencyRowsFormSet,
    SameAgencyRowsInline,
    admin_agency_ids,
    agency_time,
    in_admin_scope,
    save_audited_rows,
)
from backoffice.models import Agency, Membership, Team, User
from backoffice.services import audit_record
from cases.models import Case, Channel, CustomerKind, Priority, Service

from .assessments import question_problems
from .keys import route_key
from .models import (
    Assessment,
    AssessmentAttempt,
    AssessmentChoice,
    AssessmentQuestion,
    Decline,
    ObservedAssessment,
    Offer,
    PersonSkill,
    Pickup,
    Presence,
    Queue,
    RoutingRule,
    RuleSkill,
    ServiceSkill,
    Skill,
    SkillLevelChange,
)

# Models whose rows belong to one agency: their choices are limited to the user's agencies.
AGENCY_OWNED: tuple[type[Model], ...] = (Team, Service, Queue, Skill, Assessment)


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


class RoutingScopedAdmin(AuditedSaveMixin, AgencyScopedAdmin):
    """An agency's routing configuration: choices limited to the administered agencies,
    the agency fixed once saved, and every save audited as ``<audit_name>.create|update``.
    """

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()  # routing configuration never moves to another agency

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = admin_agency_ids(request)
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
            "sla_risk_minutes",
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


WEIGHT_FIELDS = ("priority_step_minutes", "sla_risk_minutes")
ROUTE_KEY_BATCH = 500


@transaction.atomic
def route_keys_refresh(*, queue: Queue, batch: int = ROUTE_KEY_BATCH) -> int:
    """Recompute the place in line of the queue's waiting cases after its weights changed.

    Works through the cases in batches by id, locking each batch so a case taken
    meanwhile keeps the empty key its claim gave it. Returns how many keys changed.
    """
    waiting = Case.objects.filter(queue=queue, assignee__isnull=True, route_key__isnull=False).only(
        "pk", "queue_id", "queued_at", "assignee_id", "status", "priority", "sla_state", "route_key"
    )
    changed, after = 0, 0
    while True:
        cases = list(
            waiting.select_for_update(of=("self",)).filter(pk__gt=after).order_by("pk")[:batch]
        )
        if not cases:
            return changed
        moved = []
        for case in cases:
            case.queue = queue
            key = route_key(case)
            if key != case.route_key:
                case.route_key = key
                moved.append(case)
        Case.objects.bulk_update(moved, ["route_key"])
        changed += len(moved)
        after = cases[-1].pk


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
                "description": _(
                    "A waiting case's place in line is its waiting time plus these weights; "
                    "changing them puts the queue's waiting cases back in line at once."
                ),
                "fields": (
                    "priority_step_minutes",
                    "sla_risk_minutes",
                    "relax_level_after_minutes",
                    "drop_preferred_after_minutes",
                ),
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
            kwargs["queryset"] = _people(admin_agency_ids(request))
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

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        before = (
            Queue.objects.filter(pk=obj.pk).values_list(*WEIGHT_FIELDS).first() if obj.pk else None
        )
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            after = tuple(getattr(obj, name) for name in WEIGHT_FIELDS)
            if before is None or before == after:
                return
            moved = route_keys_refresh(queue=obj)
        if moved:
            self.message_user(
                request,
                ngettext(
                    "%(count)d waiting case was put back in line by the new weights.",
                    "%(count)d waiting cases were put back in line by the new weights.",
                    moved,
                )
                % {"count": moved},
                messages.INFO,
            )

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


class SameAgencySkillFormSet(SameAgencyRowsFormSet):
    """Rows of skills needed by a service or a rule: only skills of the owner's agency."""

    choice_field = "skill"
    other_agency_error = _("Choose a skill of this agency.")


class SkillRowsInline(SameAgencyRowsInline):
    """Skill rows of an agency's service or rule, editable by whoever administers the agency."""

    formset = SameAgencySkillFormSet
    fields = ("skill", "min_level", "required")
    choice_field = "skill"
    choice_model = Skill


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

    def audit_delete_details(self, obj: RoutingRule) -> dict[str, Any]:
        return {"queue": obj.queue_id, "order": obj.order}


# Read-only: levels, their history, presence ---------------------------------------------------


class ReadOnlyAdmin(ReadOnlyMixin, AdministratorRoleMixin, admin.ModelAdmin):
    """Visible to administrators of the agency, never added, changed or deleted here."""


class AgencyReadOnlyAdmin(ReadOnlyAdmin):
    """Records of the system, visible to administrators of the agency reached by agency_path."""

    agency_path = "agency"
    related: tuple[str, ...] = ()

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request).select_related(*self.related)
        return in_admin_scope(queryset, request, self.agency_path)


@admin.register(PersonSkill)
class PersonSkillAdmin(AgencyReadOnlyAdmin):
    """People's current levels; they change through assessments and supervisors, with history."""

    agency_path = "skill__agency"
    related = ("user", "skill__agency")
    list_display = ("user", "skill", "level", "source", "since")
    list_filter = (("skill", admin.RelatedOnlyFieldListFilter), "level", "source")
    search_fields = ("user__full_name", "user__email", "skill__name", "skill__code")
    fields = ("user", "skill", "level", "source", "since")
    readonly_fields = fields

    @admin.display(description=_("since"), ordering="updated_at")
    def since(self, obj: PersonSkill) -> str:
        return agency_time(obj.updated_at, obj.skill.agency)


@admin.register(SkillLevelChange)
class SkillLevelChangeAdmin(AgencyReadOnlyAdmin):
    agency_path = "skill__agency"
    related = ("user", "skill__agency", "changed_by")
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

    @admin.display(description=_("changed"), ordering="changed_at")
    def changed(self, obj: SkillLevelChange) -> str:
        return agency_time(obj.changed_at, obj.skill.agency)

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
        memberships = in_admin_scope(Membership.objects.all(), request)
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


# Skill assessments --------------------------------------------------------------------------


class AssessmentAdminForm(forms.ModelForm):
    class Meta:
        model = Assessment
        fields = (
            "agency",
            "skill",
            "title",
            "instructions",
            "level_1_mark",
            "level_2_mark",
            "level_3_mark",
            "level_4_mark",
            "level_5_mark",
            "retake_after_hours",
            "is_active",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency, title = _form_agency(self, data), data.get("title")
        if (
            agency
            and title
            and _name_taken(Assessment, agency, self.instance.pk, title__iexact=title)
        ):
            self.add_error("title", _("This agency already has an assessment with this title."))
        return data


class QuestionFormSet(BaseInlineFormSet):
    """An assessment open to take has questions, and each has its choices."""

    def clean(self) -> None:
        super().clean()
        if any(self.errors) or not getattr(self.instance, "is_active", False):
            return
        kept = [
            form
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and (form.instance.pk or form.has_changed())
        ]
        if not kept:
            raise forms.ValidationError(
                _(
                    "An assessment open to take needs questions: add them, or untick "
                    "“open to take” until they are ready."
                )
            )
        problems: list[str] = []
        for number, form in enumerate(kept, start=1):
            question = form.instance
            found = question_problems(question) if question.pk else [_("It has no choices yet.")]
            if found:
                problems.append(
                    _("Question %(number)d: %(problems)s")
                    % {"number": number, "problems": " ".join(str(p) for p in found)}
                )
        if problems:
            problems.append(
                str(
                    _(
                        "Keep the assessment closed (untick “open to take”) until every question "
                        "has at least two choices and exactly one correct one; edit a question's "
                        "choices from its link in the list of questions."
                    )
                )
            )
            raise forms.ValidationError(problems)


class AssessmentQuestionInline(AgencyInline):
    model = AssessmentQuestion
    formset = QuestionFormSet
    fields = ("order", "text", "choice_summary")
    readonly_fields = ("choice_summary",)
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 70})}
    }

    def get_extra(self, request: HttpRequest, obj: Model | None = None, **kwargs: Any) -> int:
        return 3 if obj is None else 1

    @admin.display(description=_("choices"))
    def choice_summary(self, obj: AssessmentQuestion) -> str:
        if obj.pk is None:
            return str(_("Save the question, then add its choices."))
        choices = list(obj.choices.all())
        correct = next((choice.text for choice in choices if choice.is_correct), None)
        summary = ngettext("%(count)d choice", "%(count)d choices", len(choices)) % {
            "count": len(choices)
        }
        if correct is not None:
            summary += str(_("; right answer: %(choice)s") % {"choice": correct})
        problems = " ".join(str(problem) for problem in question_problems(obj))
        url = reverse("admin:routing_assessmentquestion_change", args=[obj.pk])
        return format_html(
            '{} {} <a href="{}">{}</a>', summary, problems, url, _("Edit the choices")
        )


@admin.register(Assessment)
class AssessmentAdmin(RoutingScopedAdmin):
    """Assessments are closed, never deleted: attempts and the levels they set refer to them."""

    audit_name = "assessment"
    form = AssessmentAdminForm
    list_display = ("title", "skill", "agency", "question_count", "pass_marks", "is_active")
    list_filter = (
        "is_active",
        ("agency", admin.RelatedOnlyFieldListFilter),
        ("skill", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("title", "skill__name", "instructions")
    list_select_related = ("agency", "skill")
    inlines = (AssessmentQuestionInline,)
    fieldsets = (
        (None, {"fields": ("agency", "skill", "title", "instructions", "is_active")}),
        (
            _("Pass marks"),
            {
                "description": _(
                    "The percent of right answers each level needs. Leave a level empty when "
                    "this assessment does not award it; a higher level needs a higher mark."
                ),
                "fields": (
                    "level_1_mark",
                    "level_2_mark",
                    "level_3_mark",
                    "level_4_mark",
                    "level_5_mark",
                ),
            },
        ),
        (_("Retakes"), {"fields": ("retake_after_hours",)}),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Assessment]:
        return super().get_queryset(request).annotate(question_total=Count("questions"))

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        # New assessments start closed: their questions get choices before anyone takes them.
        return {"is_active": False, **super().get_changeform_initial_data(request)}

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    @admin.display(description=_("questions"), ordering="question_total")
    def question_count(self, obj: Assessment) -> int:
        return getattr(obj, "question_total", 0)

    @admin.display(description=_("pass marks"))
    def pass_marks(self, obj: Assessment) -> str:
        return " · ".join(
            str(_("level %(level)d: %(mark)d%%") % {"level": level, "mark": mark})
            for level, mark in sorted(obj.marks().items())
        )

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        assessment = form.instance
        save_audited_rows(
            request=request,
            formset=formset,
            agency=assessment.agency,
            owner=assessment,
            action="assessment.questions",
        )


class ChoiceFormSet(BaseInlineFormSet):
    """A question has at least two choices and exactly one correct one."""

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        kept = [
            form.cleaned_data
            for form in self.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        problems: list[str] = []
        if len(kept) < 2:
            problems.append(str(_("Give at least two choices.")))
        correct = sum(1 for data in kept if data.get("is_correct"))
        if correct != 1:
            problems.append(
                _("Mark exactly one choice as correct (%(count)d marked now).") % {"count": correct}
            )
        if problems:
            raise forms.ValidationError(problems)


class AssessmentChoiceInline(AgencyInline):
    model = AssessmentChoice
    formset = ChoiceFormSet
    fields = ("order", "text", "is_correct")

    def _allowed(self, request: HttpRequest, obj: Model | None) -> bool:
        if isinstance(obj, AssessmentQuestion):
            return administers(request, obj.assessment.agency_id)
        return administers(request)

    def get_extra(self, request: HttpRequest, obj: Model | None = None, **kwargs: Any) -> int:
        if isinstance(obj, AssessmentQuestion) and obj.choices.exists():
            return 1
        return 4


@admin.register(AssessmentQuestion)
class AssessmentQuestionAdmin(AuditedSaveMixin, AgencyScopedAdmin):
    """A question of an assessment with its choices, one of them correct."""

    audit_name = "assessment_question"
    agency_path = "assessment__agency"
    audit_parent = "assessment"
    list_display = ("short_text", "assessment", "order", "choice_count")
    list_filter = (("assessment", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("text", "assessment__title")
    list_select_related = ("assessment",)
    fields = ("assessment", "order", "text")
    inlines = (AssessmentChoiceInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet[AssessmentQuestion]:
        return (
            super()
            .get_queryset(request)
            .select_related("assessment__agency")
            .annotate(choice_total=Count("choices"))
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("assessment",) if obj else ()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = admin_agency_ids(request)
        if db_field.name == "assessment" and ids is not None:
            kwargs["queryset"] = Assessment.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("question"), ordering="text")
    def short_text(self, obj: AssessmentQuestion) -> str:
        return str(obj)

    @admin.display(description=_("choices"), ordering="choice_total")
    def choice_count(self, obj: AssessmentQuestion) -> int:
        return getattr(obj, "choice_total", 0)

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        question = form.instance
        save_audited_rows(
            request=request,
            formset=formset,
            agency=question.assessment.agency,
            owner=question,
            action="assessment_question.choices",
        )

    def response_post_save_add(self, request: HttpRequest, obj: AssessmentQuestion) -> Any:
        return self._back_to_assessment(obj)

    def response_post_save_change(self, request: HttpRequest, obj: AssessmentQuestion) -> Any:
        return self._back_to_assessment(obj)

    def _back_to_assessment(self, obj: AssessmentQuestion) -> Any:
        """After saving a question, back to its assessment with the other questions."""
        return HttpResponseRedirect(
            reverse("admin:routing_assessment_change", args=[obj.assessment_id])
        )


# Read-only: what routing and assessments recorded ---------------------------------------------


@admin.register(AssessmentAttempt)
class AssessmentAttemptAdmin(AgencyReadOnlyAdmin):
    agency_path = "assessment__agency"
    related = ("user", "assessment__agency", "assessment__skill")
    list_display = (
        "submitted",
        "user",
        "assessment",
        "score_text",
        "level_before",
        "level_awarded",
    )
    list_filter = (("assessment", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("user__full_name", "user__email", "assessment__title")
    fields = (
        "submitted",
        "user",
        "assessment",
        "score_text",
        "level_before",
        "level_awarded",
        "answers_link",
    )
    readonly_fields = fields

    @admin.display(description=_("submitted"), ordering="submitted_at")
    def submitted(self, obj: AssessmentAttempt) -> str:
        return agency_time(obj.submitted_at, obj.assessment.agency)

    @admin.display(description=_("score"), ordering="score")
    def score_text(self, obj: AssessmentAttempt) -> str:
        return str(
            _("%(score)d%% (%(right)d of %(total)d right)")
            % {"score": obj.score, "right": obj.correct, "total": obj.questions}
        )

    @admin.display(description=_("answers"))
    def answers_link(self, obj: AssessmentAttempt) -> str:
        url = reverse("assessment_result", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("See the answers"))


@admin.register(ObservedAssessment)
class ObservedAssessmentAdmin(AgencyReadOnlyAdmin):
    agency_path = "skill__agency"
    related = ("user", "skill__agency", "observed_by")
    list_display = ("observed", "user", "skill", "level_before", "level", "observed_by")
    list_filter = (("skill", admin.RelatedOnlyFieldListFilter), "level")
    search_fields = ("user__full_name", "user__email", "skill__name", "notes")
    fields = ("observed", "user", "skill", "level_before", "level", "observed_by", "notes")
    readonly_fields = fields

    @admin.display(description=_("observed"), ordering="observed_at")
    def observed(self, obj: ObservedAssessment) -> str:
        return agency_time(obj.observed_at, obj.skill.agency)


@admin.register(Offer)
class OfferAdmin(AgencyReadOnlyAdmin):
    agency_path = "queue__agency"
    related = ("case", "user", "queue__agency")
    list_display = ("offered", "case", "user", "queue", "status", "answered")
    list_filter = ("status", ("queue", admin.RelatedOnlyFieldListFilter))
    search_fields = ("case__reference", "user__full_name", "user__email")
    fields = ("case", "user", "queue", "status", "offered", "expires", "answered")
    readonly_fields = fields

    @admin.display(description=_("offered"), ordering="offered_at")
    def offered(self, obj: Offer) -> str:
        return agency_time(obj.offered_at, obj.queue.agency)

    @admin.display(description=_("expires"), ordering="expires_at")
    def expires(self, obj: Offer) -> str:
        return agency_time(obj.expires_at, obj.queue.agency)

    @admin.display(description=_("answered"), ordering="answered_at")
    def answered(self, obj: Offer) -> str:
        return agency_time(obj.answered_at, obj.queue.agency)


@admin.register(Decline)
class DeclineAdmin(AgencyReadOnlyAdmin):
    agency_path = "case__agency"
    related = ("case__agency", "user")
    list_display = ("declined", "case", "user", "reason")
    search_fields = ("case__reference", "user__full_name", "user__email", "reason")
    fields = ("declined", "case", "user", "reason")
    readonly_fields = fields

    @admin.display(description=_("declined"), ordering="declined_at")
    def declined(self, obj: Decline) -> str:
        return agency_time(obj.declined_at, obj.case.agency)


@admin.register(Pickup)
class PickupAdmin(AgencyReadOnlyAdmin):
    related = ("agency", "case", "user", "queue")
    list_display = ("picked", "case", "user", "queue", "method", "waited")
    list_filter = ("method", ("queue", admin.RelatedOnlyFieldListFilter))
    search_fields = ("case__reference", "user__full_name", "user__email")
    fields = ("picked", "case", "user", "queue", "method", "queued", "waited")
    readonly_fields = fields

    @admin.display(description=_("picked up"), ordering="picked_at")
    def picked(self, obj: Pickup) -> str:
        return agency_time(obj.picked_at, obj.agency)

    @admin.display(description=_("waiting since"), ordering="queued_at")
    def queued(self, obj: Pickup) -> str:
        return agency_time(obj.queued_at, obj.agency)
