"""The caseworker's pages: lists, the case page and its actions, intake, customers, bulk actions.

Every view starts with its access check; every change calls a service. Pages work
without JavaScript; htmx swaps in the named partials where it is present.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.forms import Form
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from backoffice.access import agency_or_404, role_required, staff_user
from backoffice.errors import DomainError, add_to_form
from backoffice.http import safe_next_url
from backoffice.models import Agency, Role
from backoffice.pagination import InvalidCursorError, keyset_page, query_without_cursor
from backoffice.services import audit_record
from routing.views import work as routing_work_views

from . import selectors, services, subject_access
from .access import get_attachment_for, get_case_for, get_customer_for
from .files import download_name
from .forms import (
    AssignForm,
    AttachmentForm,
    BulkForm,
    CaseFilterForm,
    ContactForm,
    IntakeForm,
    LegalHoldForm,
    LinkForm,
    MessageForm,
    NoteForm,
    ReopenForm,
    StatusForm,
)
from .models import Case, CaseStatus, Customer
from .services import retention

EVERYONE = tuple(Role.values)
BULK_ROLES = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
PAGE_SIZE = 25


def _is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


# Lists -------------------------------------------------------------------------------------


def _filters(form: CaseFilterForm) -> selectors.CaseFilters:
    if not form.is_valid():
        return selectors.CaseFilters(status="open")
    data = form.cleaned_data
    return selectors.CaseFilters(
        q=data.get("q") or "",
        status=data.get("status") or "",
        service=data.get("service"),
        priority=data.get("priority"),
        channel=data.get("channel") or "",
        assignee=data.get("assignee") or "",
        team_id=data["team"].pk if data.get("team") else None,
        older_than_days=data.get("age"),
        sla=data.get("sla") or "",
    )


def _case_list_page(
    request: HttpRequest, *, title: str, defaults: dict[str, str], template: str
) -> HttpResponse:
    agency = agency_or_404(request)
    user = staff_user(request)
    data = {**defaults, **request.GET.dict()} if request.GET else defaults
    if request.GET.get("q", "").strip() and "sort" not in request.GET:
        data = {**data, "sort": selectors.RELEVANCE}  # a search without a chosen sort
    form = CaseFilterForm(data, agency=agency)
    sort_field = form.fields["sort"]
    sort_field.choices = [(selectors.RELEVANCE, _("Best match")), *sort_field.choices]  # type: ignore[attr-defined]
    filters = _filters(form)
    sort = form.cleaned_data.get("sort") if form.is_valid() else ""
    cases = selectors.case_list(user=user, agency=agency, filters=filters)
    if sort == selectors.RELEVANCE and filters.q:
        ordering = selectors.RELEVANCE_ORDERING
        cases = selectors.best_matches(cases, filters.q, agency=agency)
    else:
        # Best match without a search has nothing to rank: newest first.
        ordering = selectors.SORTS.get(sort or "newest", selectors.SORTS["newest"])
    try:
        page = keyset_page(
            cases,
            ordering=ordering,
            cursor=request.GET.get("after"),
            size=PAGE_SIZE,
            ids_first=True,
            rows=selectors.case_rows(agency),
        )
    except InvalidCursorError:
        return redirect(request.path)
    context = {
        "title": title,
        "form": form,
        "page": page,
        "query": query_without_cursor(request.GET),
        "can_bulk": bool(set(request.roles) & set(BULK_ROLES)),  # type: ignore[attr-defined]
        "list_url": request.path,
    }
    name = f"{template}#results" if _is_htmx(request) else template
    return render(request, name, context)


@require_GET
@role_required(*EVERYONE)
def my_cases(request: HttpRequest) -> HttpResponse:
    return _case_list_page(
        request,
        title=_("My cases"),
        defaults={"status": "open", "assignee": "me", "sort": "priority"},
        template="cases/case_list.html",
    )


@require_GET
@role_required(*EVERYONE)
def case_list(request: HttpRequest) -> HttpResponse:
    return _case_list_page(
        request,
        title=_("Cases"),
        defaults={"status": "open", "sort": "newest"},
        template="cases/case_list.html",
    )


# The case page -------------------------------------------------------------------------------


def _case_context(request: HttpRequest, case: Case, **forms: Form) -> dict[str, Any]:
    context: dict[str, Any] = {
        "case": case,
        "note_form": NoteForm(),
        "message_form": MessageForm(),
        "contact_form": ContactForm(),
        "status_form": StatusForm(allowed=case.allowed_transitions()),
        "assign_form": AssignForm(agency=case.agency, initial={"assignee": case.assignee_id}),
        "attachment_form": AttachmentForm(),
        "link_form": LinkForm(),
        "reopen_form": ReopenForm(),
        "can_reopen": case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED),
        "legal_hold_form": LegalHoldForm(holding=case.legal_hold),
        "can_hold": bool(set(request.roles) & set(BULK_ROLES)),  # type: ignore[attr-defined]
        **selectors.case_page_data(case=case, whole_history=request.GET.get("history") == "all"),
        **routing_work_views.queue_panel(request, case),
    }
    context.update(forms)
    return context


@require_GET
@role_required(*EVERYONE)
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for(staff_user(request), pk)
    if case.customer_id:
        audit_record(
            action="customer.read",
            request=request,
            agency=case.agency,
            obj=case.customer,
            details={"via": case.reference},
        )
    return render(request, "cases/case_detail.html", _case_context(request, case))


ActionRun = Callable[[Case, Any], object]


def _case_action(
    request: HttpRequest,
    pk: int,
    *,
    form_name: str,
    form: Form,
    run: ActionRun,
    done: str,
) -> HttpResponse:
    """Validate the form and call the service; on a refusal re-show the page with the input kept."""
    case = get_case_for(staff_user(request), pk)
    if form.is_valid():
        try:
            run(case, form.cleaned_data)
        except DomainError as error:
            add_to_form(form, error)
        else:
            messages.success(request, done)
            return redirect("case_detail", pk=case.pk)
    return case_page_refused(request, case, form_name=form_name, form=form)


def case_page_refused(
    request: HttpRequest, case: Case, *, form_name: str, form: Form
) -> HttpResponse:
    """The case page again (400) with *form* open, its input kept and its errors shown."""
    case.refresh_from_db()
    context = _case_context(request, case, **{form_name: form})
    context["focus_form"] = form_name
    return render(request, "cases/case_detail.html", context, status=400)


@require_POST
@role_required(*EVERYONE)
def case_note(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    return _case_action(
        request,
        pk,
        form_name="note_form",
        form=NoteForm(request.POST),
        run=lambda case, data: services.case_add_note(case=case, body=data["body"], actor=actor),
        done=_("Note added."),
    )


@require_POST
@role_required(*EVERYONE)
def case_message(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    return _case_action(
        request,
        pk,
        form_name="message_form",
        form=MessageForm(request.POST),
        run=lambda case, data: services.case_message_customer(
            case=case, subject=data["subject"], body=data["body"], actor=actor
        ),
        done=_("Message queued for the customer."),
    )


@require_POST
@role_required(*EVERYONE)
def case_contact(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    return _case_action(
        request,
        pk,
        form_name="contact_form",
        form=ContactForm(request.POST),
        run=lambda case, data: services.case_log_contact(
            case=case,
            direction=data["direction"],
            channel=data["channel"],
            body=data["body"],
            actor=actor,
        ),
        done=_("Contact logged."),
    )


@require_POST
@role_required(*EVERYONE)
def case_status(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)

    def run(case: Case, data: dict[str, Any]) -> object:
        original = None
        if data["status"] == CaseStatus.DUPLICATE and data.get("duplicate_of"):
            original = Case.objects.filter(
                agency=case.agency, reference__iexact=data["duplicate_of"].strip()
            ).first()
            if original is None:
                raise DomainError(
                    _("No case of this agency has that reference."), field="duplicate_of"
                )
        return services.case_change_status(
            case=case,
            status=data["status"],
            resolution=data.get("resolution", ""),
            duplicate_of=original,
            actor=actor,
        )

    return _case_action(
        request,
        pk,
        form_name="status_form",
        form=StatusForm(request.POST),
        run=run,
        done=_("Status changed."),
    )


@require_POST
@role_required(*EVERYONE)
def case_assign(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    case = get_case_for(actor, pk)
    return _case_action(
        request,
        pk,
        form_name="assign_form",
        form=AssignForm(request.POST, agency=case.agency),
        run=lambda case, data: services.case_assign(
            case=case, assignee=data["assignee"], actor=actor
        ),
        done=_("Case assigned."),
    )


@require_POST
@role_required(*EVERYONE)
def case_take(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    case = get_case_for(actor, pk)
    try:
        services.case_assign(case=case, assignee=actor, actor=actor)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The case is yours."))
    return redirect("case_detail", pk=case.pk)


@require_POST
@role_required(*EVERYONE)
def case_unassign(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    case = get_case_for(actor, pk)
    try:
        services.case_unassign(case=case, actor=actor)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The case is back in the queue."))
    return redirect("case_detail", pk=case.pk)


@require_POST
@role_required(*EVERYONE)
def case_attachment_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)

    def run(case: Case, data: dict[str, Any]) -> object:
        upload = data["file"]
        return services.case_add_attachment(
            case=case, upload=upload, name=upload.name, size=upload.size, actor=actor
        )

    return _case_action(
        request,
        pk,
        form_name="attachment_form",
        form=AttachmentForm(request.POST, request.FILES),
        run=run,
        done=_("File attached."),
    )


@require_GET
@role_required(*EVERYONE)
def case_attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponseBase:
    attachment = get_attachment_for(staff_user(request), pk, attachment_pk)
    audit_record(
        action="attachment.download",
        request=request,
        agency=attachment.case.agency,
        obj=attachment,
        details={"case": attachment.case.reference},
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


@require_POST
@role_required(*EVERYONE)
def case_link(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)

    def run(case: Case, data: dict[str, Any]) -> object:
        other = Case.objects.filter(
            agency=case.agency, reference__iexact=data["reference"].strip()
        ).first()
        if other is None:
            raise DomainError(_("No case of this agency has that reference."), field="reference")
        return services.case_link(case=case, other=other, actor=actor)

    return _case_action(
        request,
        pk,
        form_name="link_form",
        form=LinkForm(request.POST),
        run=run,
        done=_("Cases linked."),
    )


@require_POST
@role_required(*EVERYONE)
def case_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    actor = staff_user(request)
    return _case_action(
        request,
        pk,
        form_name="reopen_form",
        form=ReopenForm(request.POST),
        run=lambda case, data: services.case_reopen(case=case, reason=data["reason"], actor=actor),
        done=_("Case reopened."),
    )


@require_POST
@role_required(*BULK_ROLES)
def case_legal_hold(request: HttpRequest, pk: int) -> HttpResponse:
    """Set or lift the legal hold that keeps a case's personal data past its retention."""
    actor = staff_user(request)
    case = get_case_for(actor, pk)
    setting = request.POST.get("legal_hold-hold") == "1"
    return _case_action(
        request,
        pk,
        form_name="legal_hold_form",
        form=LegalHoldForm(request.POST, holding=case.legal_hold),
        run=lambda case, data: retention.case_set_legal_hold(
            case=case, hold=data["hold"], reason=data["reason"], actor=actor
        ),
        done=_("Legal hold set.") if setting else _("Legal hold lifted."),
    )


# Intake ---------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@role_required(*EVERYONE)
def case_new(request: HttpRequest) -> HttpResponse:
    """Log a contact taken by phone, in person, by mail or by email as a new case."""
    agency = agency_or_404(request)
    actor = staff_user(request)
    if request.method == "POST" and request.POST.get("refresh"):
        # Without JavaScript: the service was chosen, show its questions keeping the input.
        form = IntakeForm(request.POST, agency=agency)
        status = 200
    elif request.method == "POST":
        form = IntakeForm(request.POST, agency=agency)
        if form.is_valid():
            try:
                case = _open_from_form(form, agency=agency, actor=actor)
            except DomainError as error:
                add_to_form(form, error)
            else:
                messages.success(
                    request, _("Case %(reference)s opened.") % {"reference": case.reference}
                )
                return redirect("case_detail", pk=case.pk)
        status = 400
    else:
        form = IntakeForm(agency=agency, initial={"channel": request.GET.get("channel", "phone")})
        status = 200
    return render(request, "cases/case_new.html", {"form": form}, status=status)


@transaction.atomic
def _open_from_form(form: IntakeForm, *, agency: Agency, actor: Any) -> Case:
    data = form.cleaned_data
    customer = services.customer_find_or_create(
        agency=agency,
        kind=data["customer_kind"],
        name=data["customer_name"],
        organisation=data.get("customer_organisation", ""),
        email=data.get("customer_email", ""),
        phone=data.get("customer_phone", ""),
        address=data.get("customer_address", ""),
        actor=actor,
    )
    return services.case_open(
        agency=agency,
        service=data["service"],
        channel=data["channel"],
        subject=data["subject"],
        description=data.get("description", ""),
        customer=customer,
        attributes=form.attribute_values(),
        address=data.get("address", ""),
        priority=data.get("priority"),
        actor=actor,
    )


@require_GET
@role_required(*EVERYONE)
def case_new_attributes(request: HttpRequest) -> HttpResponse:
    """The chosen service's intake questions, for the new-case form (htmx)."""
    agency = agency_or_404(request)
    form = IntakeForm(agency=agency, initial={"service": request.GET.get("service")})
    return render(request, "cases/case_new.html#attributes", {"form": form})


# Customers --------------------------------------------------------------------------------------


@require_GET
@role_required(*EVERYONE)
def customer_list(request: HttpRequest) -> HttpResponse:
    agency = agency_or_404(request)
    q = request.GET.get("q", "")[:200]
    customers = selectors.customers_search(user=staff_user(request), agency=agency, q=q)
    try:
        page = keyset_page(customers, ordering=["name", "id"], cursor=request.GET.get("after"))
    except InvalidCursorError:
        return redirect(request.path)
    return render(
        request,
        "cases/customer_list.html",
        {"page": page, "q": q, "query": query_without_cursor(request.GET)},
    )


@require_GET
@role_required(*EVERYONE)
def customer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    customer = get_customer_for(staff_user(request), pk)
    audit_record(action="customer.read", request=request, agency=customer.agency, obj=customer)
    try:
        page = keyset_page(
            selectors.customer_cases(customer=customer),
            ordering=["-created_at", "-id"],
            cursor=request.GET.get("after"),
        )
    except InvalidCursorError:
        return redirect(request.path)
    return render(
        request,
        "cases/customer_detail.html",
        {
            "customer": customer,
            "page": page,
            "query": "",
            "can_export": subject_access.may_export(request, customer),
        },
    )


def _subject_access(
    request: HttpRequest, pk: int, export_format: str
) -> tuple[Customer, subject_access.Document]:
    """The customer and their subject-access document, with the export in the audit log."""
    customer = subject_access.get_customer_for_export(staff_user(request), pk)
    document = subject_access.subject_access_document(customer=customer)
    audit_record(
        action="customer.export",
        request=request,
        agency=customer.agency,
        obj=customer,
        details={"format": export_format, "cases": len(document["cases"])},
    )
    return customer, document


def _export_filename(customer: Customer, extension: str) -> str:
    day = timezone.localdate(timezone=customer.agency.zone).isoformat()
    return f"subject-access-{customer.agency.slug}-customer-{customer.pk}-{day}.{extension}"


@never_cache
@require_GET
@role_required(*subject_access.EXPORT_ROLES)
def customer_subject_access(request: HttpRequest, pk: int) -> HttpResponse:
    """Everything held about a customer as a printable page; ?download=1 saves it as a file."""
    download = request.GET.get("download") == "1"
    customer, document = _subject_access(request, pk, "html-file" if download else "html")
    context = {"customer": customer, "document": document}
    if not download:
        return render(request, "cases/subject_access.html", context)
    response = render(request, "cases/subject_access_document.html", context)
    filename = _export_filename(customer, "html")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@require_GET
@role_required(*subject_access.EXPORT_ROLES)
def customer_subject_access_json(request: HttpRequest, pk: int) -> HttpResponse:
    """Everything held about a customer as JSON, the same content as the printable page."""
    customer, document = _subject_access(request, pk, "json")
    body = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = _export_filename(customer, "json")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Bulk actions -------------------------------------------------------------------------------------


@require_POST
@role_required(*BULK_ROLES)
def bulk_action(request: HttpRequest) -> HttpResponse:
    """First post shows a confirmation of what will happen; the confirmed post does it."""
    agency = agency_or_404(request)
    actor = staff_user(request)
    ids = [int(pk) for pk in request.POST.getlist("cases") if pk.isdigit()][:200]
    cases = list(
        selectors.case_list(user=actor, agency=agency, filters=selectors.CaseFilters())
        .filter(pk__in=ids)
        .order_by("reference")
    )
    back = safe_next_url(request, request.POST.get("back", ""), reverse("case_list"))
    if not cases:
        messages.error(request, _("Select at least one case first."))
        return redirect(back)
    case_ids = [c.pk for c in cases]
    if not request.POST.get("confirmed"):
        form = BulkForm(
            agency=agency, case_ids=case_ids, initial={"action": request.POST.get("action")}
        )
        return render(
            request, "cases/bulk_confirm.html", {"form": form, "cases": cases, "back": back}
        )
    form = BulkForm(request.POST, agency=agency, case_ids=case_ids)
    if not form.is_valid():
        return render(
            request,
            "cases/bulk_confirm.html",
            {"form": form, "cases": cases, "back": back},
            status=400,
        )
    data = form.cleaned_data
    if data["action"] == "assign":
        result = services.bulk_assign(cases=cases, assignee=data["assignee"], actor=actor)
    else:
        result = services.bulk_close(cases=cases, resolution=data["resolution"], actor=actor)
    if result.done:
        messages.success(request, _("Done for %(count)s cases.") % {"count": len(result.done)})
    for case, reason in result.refused:
        messages.error(request, f"{case.reference}: {reason}")
    return redirect(back)
