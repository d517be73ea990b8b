"""The Django admin: platform administrators see everything, agency administrators their agency.

Saves and deletes go through the services so each change is validated and audited.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.core.paginator import Paginator
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import api_keys, services
from .access import agency_ids_for
from .errors import DomainError
from .models import (
    Agency,
    ApiClient,
    AuditEvent,
    Membership,
    Notification,
    Role,
    Team,
    User,
)

# Admin lists count at most this many rows (see CappedCountPaginator).
ADMIN_COUNT_CAP = 10_000

admin.site.site_header = _("%(site)s administration") % {"site": settings.SITE_NAME}
admin.site.site_title = settings.SITE_NAME
admin.site.index_title = _("Configuration")

ADMIN_ROLES = (Role.ADMINISTRATOR,)


def _admin_agency_ids(request: HttpRequest) -> set[int]:
    return agency_ids_for(request.user, ADMIN_ROLES)


def administers(request: HttpRequest, agency_id: int | None = None) -> bool:
    """Whether the user administers *agency_id* (or any agency when it is None)."""
    if request.user.is_superuser:
        return True
    ids = _admin_agency_ids(request)
    return bool(ids) and (agency_id is None or agency_id in ids)


class AgencyInline(admin.TabularInline):
    """An inline visible to, and editable by, whoever administers the parent's agency."""

    extra = 0

    def _allowed(self, request: HttpRequest, obj: Model | None) -> bool:
        return administers(request, getattr(obj, "agency_id", None))

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)


class ReadOnlyMixin:
    """For model admins of records written by the system: viewed here, never added or changed."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class AdministratorRoleMixin:
    """Opens a model admin to the administrators of an agency, limited to rows they may see.

    Agency administrators are staff without Django model permissions; their
    membership role is what grants access. ``get_queryset`` must already be scoped.
    """

    def _allowed(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if request.user.is_superuser:
            return True
        if not _admin_agency_ids(request):
            return False
        scoped = self.get_queryset(request)  # type: ignore[attr-defined]
        return obj is None or scoped.filter(pk=obj.pk).exists()

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._allowed(request)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._allowed(request)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return self._allowed(request, obj)


class CappedCountPaginator(Paginator):
    """Counts the rows of a list only up to a cap, so a list over a million cases costs
    what one over ten thousand does; the pages past the cap are reached by filtering or
    searching. ``capped`` says the list holds more than the count shows."""

    cap = ADMIN_COUNT_CAP

    @cached_property
    def count(self) -> int:
        object_list = self.object_list
        if isinstance(object_list, QuerySet):
            return int(object_list[: self.cap + 1].count())
        return len(object_list)

    @property
    def capped(self) -> bool:
        return self.count > self.cap


class AgencyScopedAdmin(AdministratorRoleMixin, admin.ModelAdmin):
    """Limits rows and choices to the agencies where the user is an administrator.

    Agency administrators are staff without Django model permissions; their
    membership role is what grants access here. Lists count their rows up to a cap and
    never count the unfiltered table a second time.
    """

    agency_path = "agency"
    paginator = CappedCountPaginator
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.agency_path}__in": _admin_agency_ids(request)})

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if not request.user.is_superuser:
            ids = _admin_agency_ids(request)
            if db_field.related_model is Agency:
                kwargs["queryset"] = Agency.objects.filter(pk__in=ids)
            elif db_field.related_model is Team:
                kwargs["queryset"] = Team.objects.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def _domain_error(self, request: HttpRequest, error: DomainError) -> None:
        self.message_user(request, error.message, level=messages.ERROR)


@admin.register(Agency)
class AgencyAdmin(AgencyScopedAdmin):
    agency_path = "pk"
    list_display = ("name", "slug", "country", "subdivision", "time_zone", "is_active")
    list_filter = ("is_active", "country")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}

    def has_add_permission(self, request: HttpRequest) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # agencies are deactivated, never deleted: their history stays

    def save_model(self, request: HttpRequest, obj: Agency, form: ModelForm, change: bool) -> None:
        fields = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            original = Agency.objects.get(pk=obj.pk)
            services.agency_update(agency=original, actor=request.user, **fields)  # type: ignore[arg-type]
        else:
            created = services.agency_create(
                name=obj.name,
                slug=obj.slug,
                country=obj.country,
                time_zone=obj.time_zone,
                subdivision=obj.subdivision,
                case_prefix=obj.case_prefix,
                actor=request.user,  # type: ignore[arg-type]
            )
            obj.pk = created.pk


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    fields = ("user", "role", "created_at")
    readonly_fields = ("user", "role", "created_at")
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Team)
class TeamAdmin(AgencyScopedAdmin):
    list_display = ("name", "agency", "created_at")
    list_filter = (("agency", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("name", "description")
    inlines = (MembershipInline,)

    def save_model(self, request: HttpRequest, obj: Team, form: ModelForm, change: bool) -> None:
        if change:
            original = Team.objects.get(pk=obj.pk)
            fields = {n: form.cleaned_data[n] for n in form.changed_data if n != "agency"}
            services.team_update(team=original, actor=request.user, **fields)  # type: ignore[arg-type]
        else:
            created = services.team_create(
                agency=obj.agency,
                name=obj.name,
                description=obj.description,
                actor=request.user,  # type: ignore[arg-type]
            )
            obj.pk = created.pk

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return ("agency",) if obj else ()

    def delete_model(self, request: HttpRequest, obj: Team) -> None:
        if obj.memberships.exists():
            self.message_user(
                request, _("Remove the team's members before deleting it."), messages.ERROR
            )
            return
        services.audit_record(action="team.delete", actor=request.user, agency=obj.agency, obj=obj)  # type: ignore[arg-type]
        obj.delete()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Team]) -> None:
        # "Delete selected" takes the same path as the delete button: checked and audited.
        for team in queryset.select_related("agency"):
            self.delete_model(request, team)


@admin.register(Membership)
class MembershipAdmin(AgencyScopedAdmin):
    list_display = ("user", "agency", "team", "role", "created_at")
    list_filter = (
        "role",
        ("agency", admin.RelatedOnlyFieldListFilter),
        ("team", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("user__full_name", "user__email", "team__name")
    autocomplete_fields = ("user",)
    list_select_related = ("user", "agency", "team")

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        # A membership is granted or revoked, never edited into another one.
        return ("user", "agency", "team", "role") if obj else ()

    def save_model(
        self, request: HttpRequest, obj: Membership, form: ModelForm, change: bool
    ) -> None:
        if change:
            return
        created = services.membership_grant(
            user=obj.user,
            agency=obj.agency,
            team=obj.team,
            role=obj.role,
            actor=request.user,  # type: ignore[arg-type]
        )
        obj.pk = created.pk

    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        services.membership_revoke(membership=obj, actor=request.user)  # type: ignore[arg-type]

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Membership]) -> None:
        for membership in queryset.select_related("user", "agency", "team"):
            services.membership_revoke(membership=membership, actor=request.user)  # type: ignore[arg-type]


class StaffCreationForm(AdminUserCreationForm):
    """A new account is always given its first role, so it lands inside an agency."""

    agency = forms.ModelChoiceField(queryset=Agency.objects.none(), label=_("Agency"))
    role = forms.ChoiceField(choices=Role.choices, label=_("Role"))
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        required=False,
        label=_("Team"),
        help_text=_("Required for caseworkers and supervisors."),
    )

    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ("email", "full_name")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        team, agency, role = data.get("team"), data.get("agency"), data.get("role")
        if team is not None and agency is not None and team.agency_id != agency.pk:
            self.add_error("team", _("The team must belong to the chosen agency."))
        if team is None and role in (Role.CASEWORKER, Role.SUPERVISOR):
            self.add_error("team", _("Caseworkers and supervisors must belong to a team."))
        return data


@admin.register(User)
class UserAdmin(AdministratorRoleMixin, DjangoUserAdmin):
    ordering = ("full_name", "email")
    list_display = ("email", "full_name", "is_active", "is_staff", "last_login")
    list_filter = ("is_active", "is_staff", "is_superuser")
    search_fields = ("email", "full_name")
    fieldsets = (
        (None, {"fields": ("email", "full_name", "password")}),
        (_("Access"), {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_form = StaffCreationForm
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),
        (_("First role"), {"fields": ("agency", "role", "team")}),
    )
    readonly_fields = ("last_login", "date_joined")

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(memberships__agency__in=_admin_agency_ids(request)).distinct()

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            agencies = Agency.objects.all()
            if not request.user.is_superuser:
                agencies = agencies.filter(pk__in=_admin_agency_ids(request))
            form.base_fields["agency"].queryset = agencies  # type: ignore[attr-defined]
            form.base_fields["team"].queryset = Team.objects.filter(  # type: ignore[attr-defined]
                agency__in=agencies
            )
        return form

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # accounts are deactivated so the audit trail keeps its actors

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        fields = tuple(self.readonly_fields)
        if not request.user.is_superuser:
            fields += ("is_superuser", "groups")
        return fields

    def save_model(self, request: HttpRequest, obj: User, form: ModelForm, change: bool) -> None:
        actor = request.user
        if change:
            services.user_update(user=obj, changed=list(form.changed_data), actor=actor)  # type: ignore[arg-type]
            return
        created = services.staff_add(
            email=obj.email,
            full_name=obj.full_name,
            password=form.cleaned_data.get("password1"),
            agency=form.cleaned_data["agency"],
            role=form.cleaned_data["role"],
            team=form.cleaned_data.get("team"),
            actor=actor,  # type: ignore[arg-type]
        )
        obj.pk = created.pk


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyMixin, AgencyScopedAdmin):
    """Read-only: the audit trail is append-only (a PostgreSQL trigger refuses the rest).

    No add, change or delete, and no bulk actions (Django's "delete selected" among
    them); agency administrators see the rows of the agencies they administer.
    """

    actions = None

    list_display = (
        "occurred_at",
        "action",
        "outcome",
        "actor_label",
        "object_repr",
        "agency",
        "ip_address",
    )
    list_filter = ("outcome", ("agency", admin.RelatedOnlyFieldListFilter), "action")
    search_fields = ("action", "actor_label", "object_repr", "object_id")
    date_hierarchy = "occurred_at"
    list_select_related = ("agency",)
    readonly_fields = [f.name for f in AuditEvent._meta.fields]


@admin.register(Notification)
class NotificationAdmin(ReadOnlyMixin, AgencyScopedAdmin):
    """Read-only, for looking into what staff were told: each person reads theirs in the app."""

    list_display = ("created_at", "user", "agency", "kind", "title", "read_at")
    list_filter = ("kind", ("agency", admin.RelatedOnlyFieldListFilter))
    search_fields = ("title", "user__email", "user__full_name")
    date_hierarchy = "created_at"
    list_select_related = ("user", "agency")
    fields = ("created_at", "user", "agency", "kind", "title", "body", "link", "read_at")
    readonly_fields = fields


# API clients --------------------------------------------------------------------------

ISSUED_KEYS_ATTRIBUTE = "_issued_api_keys"
API_SCOPE_CHOICES = [("read", _("Read")), ("write", _("Write"))]


class ApiClientForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        label=_("Scopes"),
        choices=API_SCOPE_CHOICES,
        initial=["read"],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Read lets the system look things up; write lets it change them."),
    )

    class Meta:
        model = ApiClient
        fields = ("agency", "name", "owner", "rate")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["scopes"] = self.instance.scopes

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        agency = data.get("agency") or getattr(self.instance, "agency", None)
        owner = data.get("owner")
        if owner is not None and agency is not None and not api_keys.is_staff_of(owner, agency):
            self.add_error(
                "owner", _("The owner must be an active member of staff of this agency.")
            )
        return data


class GraceForm(forms.Form):
    grace_hours = forms.IntegerField(
        label=_("Hours the old key keeps working"),
        min_value=0,
        max_value=24 * 14,
        initial=24,
        help_text=_("Time for the other system to switch to the new key. 0 stops it at once."),
    )


@admin.register(ApiClient)
class ApiClientAdmin(AgencyScopedAdmin):
    """Keys for other systems: the raw key is shown once, after creating or rotating."""

    form = ApiClientForm
    list_display = ("name", "agency", "key_prefix", "owner", "scope_list", "last_used_at", "status")
    list_filter = (("agency", admin.RelatedOnlyFieldListFilter), "can_write")
    search_fields = ("name", "key_prefix", "owner__email", "owner__full_name")
    list_select_related = ("agency", "owner")
    actions = ("rotate_keys", "revoke_keys")
    readonly_fields = (
        "key_prefix",
        "status",
        "created_at",
        "last_used_at",
        "rotated_at",
        "previous_key_expires_at",
        "revoked_at",
    )

    def get_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        editable = ("agency", "name", "owner", "scopes", "rate")
        return editable + self.readonly_fields if obj else editable

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        if obj is None:
            return ()
        # The key acts as its owner: another owner means another key.
        return ("agency", "owner", *self.readonly_fields)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "owner":
            users = User.objects.filter(is_active=True)
            if not request.user.is_superuser:
                users = users.filter(memberships__agency__in=_admin_agency_ids(request))
            kwargs["queryset"] = users.distinct().order_by("full_name", "email")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if isinstance(obj, ApiClient) and not obj.is_active:
            return False  # a revoked client stays as it was, for the record
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False  # revoked, never deleted: the audit trail names the client

    @admin.display(description=_("scopes"))
    def scope_list(self, obj: ApiClient) -> str:
        return ", ".join(obj.scopes)

    @admin.display(description=_("status"))
    def status(self, obj: ApiClient) -> str:
        if not obj.is_active:
            return str(_("Revoked"))
        if obj.previous_key_expires_at and obj.previous_key_expires_at > timezone.now():
            return str(_("Active; old key works until %(time)s")) % {
                "time": formats.date_format(
                    timezone.localtime(obj.previous_key_expires_at), "DATETIME_FORMAT"
                )
            }
        return str(_("Active"))

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
            self._domain_error(request, error)
            return HttpResponseRedirect(request.get_full_path())

    def save_model(
        self, request: HttpRequest, obj: ApiClient, form: ModelForm, change: bool
    ) -> None:
        actor: User = request.user  # type: ignore[assignment]
        scopes = form.cleaned_data["scopes"]
        if change:
            saved = api_keys.api_client_update(
                client=obj, actor=actor, name=obj.name, scopes=scopes, rate=obj.rate
            )
        else:
            saved, raw_key = api_keys.api_client_create(
                agency=obj.agency,
                name=obj.name,
                owner=obj.owner,
                scopes=scopes,
                actor=actor,
                rate=obj.rate,
            )
            setattr(request, ISSUED_KEYS_ATTRIBUTE, [(saved, raw_key)])
        for field in ApiClient._meta.concrete_fields:
            setattr(obj, field.attname, getattr(saved, field.attname))

    def response_add(
        self, request: HttpRequest, obj: ApiClient, post_url_continue: str | None = None
    ) -> HttpResponse:
        issued = getattr(request, ISSUED_KEYS_ATTRIBUTE, None)
        if issued:
            return self._show_keys(request, issued)
        return super().response_add(request, obj, post_url_continue)

    def _show_keys(self, request: HttpRequest, issued: list[tuple[ApiClient, str]]) -> HttpResponse:
        """The one page that ever shows a raw key; it is not kept anywhere after this."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Copy the new key now"),
            "issued": issued,
        }
        response = TemplateResponse(request, "admin/backoffice/apiclient/key_issued.html", context)
        response["Cache-Control"] = "no-store"
        return response

    def _confirm(
        self,
        request: HttpRequest,
        queryset: QuerySet[ApiClient],
        *,
        action: str,
        title: object,
        grace_form: GraceForm | None = None,
    ) -> HttpResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            "action": action,
            "clients": queryset,
            "grace_form": grace_form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/backoffice/apiclient/confirm_action.html", context)

    @admin.action(description=_("Rotate the keys of the selected clients"))
    def rotate_keys(self, request: HttpRequest, queryset: QuerySet[ApiClient]) -> HttpResponse:
        active = queryset.filter(revoked_at__isnull=True).select_related("agency", "owner")
        title = _("Rotate these keys?")
        if request.POST.get("post") != "yes":
            return self._confirm(
                request, active, action="rotate_keys", title=title, grace_form=GraceForm()
            )
        grace = GraceForm(request.POST)
        if not grace.is_valid():
            return self._confirm(
                request, active, action="rotate_keys", title=title, grace_form=grace
            )
        issued = []
        for client in active:
            try:
                raw_key = api_keys.api_client_rotate(
                    client=client,
                    actor=request.user,  # type: ignore[arg-type]
                    grace_hours=grace.cleaned_data["grace_hours"],
                )
            except DomainError as error:
                self._domain_error(request, error)
                continue
            client.refresh_from_db()
            issued.append((client, raw_key))
        return self._show_keys(request, issued)

    @admin.action(description=_("Revoke the keys of the selected clients"))
    def revoke_keys(
        self, request: HttpRequest, queryset: QuerySet[ApiClient]
    ) -> HttpResponse | None:
        active = queryset.filter(revoked_at__isnull=True).select_related("agency", "owner")
        if request.POST.get("post") != "yes":
            return self._confirm(
                request, active, action="revoke_keys", title=_("Revoke these keys?")
            )
        revoked = 0
        for client in active:
            try:
                api_keys.api_client_revoke(client=client, actor=request.user)  # type: ignore[arg-type]
            except DomainError as error:
                self._domain_error(request, error)
                continue
            revoked += 1
        self.message_user(
            request,
            ngettext("%(count)d key revoked.", "%(count)d keys revoked.", revoked)
            % {"count": revoked},
        )
        return None
