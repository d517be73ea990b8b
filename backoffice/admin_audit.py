"""Pieces shared by the apps' admins: the administered agencies, audited saves and deletes of
configuration, audited inline rows, inline rows kept to one agency, read-only inlines and times
as an agency's staff read them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.db import transaction
from django.db.models import Model, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest
from django.utils.formats import date_format

from .access import agency_ids_for, staff_user
from .admin import ADMIN_ROLES, AgencyInline
from .models import Agency
from .services import audit_record


def admin_agency_ids(request: HttpRequest) -> set[int] | None:
    """The agencies the user administers; None for a platform administrator (every agency)."""
    if request.user.is_superuser:
        return None
    return agency_ids_for(request.user, ADMIN_ROLES)


def in_admin_scope(
    queryset: QuerySet[Any], request: HttpRequest, path: str = "agency"
) -> QuerySet[Any]:
    """The rows whose agency, reached by *path*, the user administers."""
    ids = admin_agency_ids(request)
    return queryset if ids is None else queryset.filter(**{f"{path}__in": ids})


def agency_time(moment: datetime | None, agency: Agency) -> str:
    """A time as the agency's staff read it: in its time zone, with the zone's abbreviation."""
    if moment is None:
        return "-"
    local = moment.astimezone(agency.zone)
    return f"{date_format(local, 'SHORT_DATETIME_FORMAT')} {local.tzname()}"


def changed_fields(original: Model | None, obj: Model) -> list[str]:
    """Names of the columns that differ from the saved row (all of them for a new row)."""
    return sorted(
        field.name
        for field in obj._meta.concrete_fields
        if not field.primary_key
        and (original is None or getattr(original, field.attname) != getattr(obj, field.attname))
    )


def save_audited_rows(
    *, request: HttpRequest, formset: BaseInlineFormSet, agency: Agency, owner: Model, action: str
) -> None:
    """Save an inline and write one audit row with the ids saved and removed."""
    with transaction.atomic():
        saved = formset.save(commit=False)
        removed = [row.pk for row in formset.deleted_objects if row.pk]
        for row in formset.deleted_objects:
            row.delete()
        for row in saved:
            row.save()
        if saved or removed:
            audit_record(
                action=action,
                actor=staff_user(request),
                request=request,
                agency=agency,
                obj=owner,
                details={"saved": sorted(row.pk for row in saved), "removed": sorted(removed)},
            )


class AuditedSaveMixin:
    """Saves and deletes of a model admin, each with an audit row in the same transaction.

    Saves are audited as ``<audit_name>.create|update`` when a column changed, deletes as
    ``<audit_name>.delete``. The row's agency is reached from the object by ``agency_path``
    (as in ``AgencyScopedAdmin``); ``audit_parent`` names a parent whose id each row records.
    """

    audit_name = ""
    agency_path = "agency"
    audit_parent = ""

    def audit_agency(self, obj: Any) -> Agency:
        for name in self.agency_path.split("__"):
            obj = getattr(obj, name)
        return obj

    def _parent(self, obj: Any) -> dict[str, Any]:
        if not self.audit_parent:
            return {}
        return {self.audit_parent: getattr(obj, f"{self.audit_parent}_id")}

    def audit_details(self, original: Any, obj: Any, form: ModelForm) -> dict[str, Any]:
        """What the audit row records about a save; empty when nothing changed."""
        changed = changed_fields(original, obj)
        return {**self._parent(obj), "fields": changed} if changed else {}

    def audit_delete_details(self, obj: Any) -> dict[str, Any]:
        """What the audit row records about a delete."""
        return self._parent(obj)

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
                    agency=self.audit_agency(obj),
                    obj=obj,
                    details=details,
                )

    def _delete_audited(self, request: HttpRequest, obj: Any) -> None:
        audit_record(
            action=f"{self.audit_name}.delete",
            actor=staff_user(request),
            request=request,
            agency=self.audit_agency(obj),
            obj=obj,
            details=self.audit_delete_details(obj),
        )
        obj.delete()

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            self._delete_audited(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        with transaction.atomic():
            for obj in queryset.select_related(self.agency_path):
                self._delete_audited(request, obj)


class SameAgencyRowsFormSet(BaseInlineFormSet):
    """Inline rows that each pick an agency's object in ``choice_field``: only objects of the
    owner's agency, else ``other_agency_error`` on the row."""

    choice_field = ""
    other_agency_error: Any = ""

    def clean(self) -> None:
        super().clean()
        agency_id = getattr(self.instance, "agency_id", None)
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            if not form.has_changed() or data.get("DELETE"):
                continue
            chosen = data.get(self.choice_field)
            if chosen is not None and agency_id is not None and chosen.agency_id != agency_id:
                form.add_error(self.choice_field, self.other_agency_error)


class SameAgencyRowsInline(AgencyInline):
    """An inline whose rows pick a ``choice_model`` object in ``choice_field``: the choices are
    those of the agencies the user administers, and of the owner's agency once it is saved."""

    choice_field = ""
    choice_model: type[Model]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        ids = admin_agency_ids(request)
        if ids is not None and db_field.related_model is self.choice_model:
            kwargs["queryset"] = self.choice_model._default_manager.filter(agency__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request: HttpRequest, obj: Model | None = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        agency_id = getattr(obj, "agency_id", None)
        field = formset.form.base_fields.get(self.choice_field)
        if agency_id is not None and isinstance(field, forms.ModelChoiceField):
            field.queryset = self.choice_model._default_manager.filter(agency=agency_id)
        return formset


class ReadOnlyInlineMixin:
    """For inlines of records written by the system: shown, never added, changed or removed."""

    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
