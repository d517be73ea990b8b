"""The retention job: exactly the cases past their service's retention period and not on legal
hold lose their personal data, once; customers follow when none of their cases needs them; a
dry run changes nothing and reports the same; reports count the same before and after; the
legal hold on the case page; the command, the admin preview and the daily task."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from backoffice.errors import ConflictError
from backoffice.models import (
    Agency,
    AuditEvent,
    Heartbeat,
    Notification,
    OutboundEmail,
    Role,
    User,
)
from backoffice.reports.backfill import backfill
from backoffice.reports.figures import ReportFilter
from backoffice.reports.models import DailyRollup, IntervalRollup, StageRollup
from backoffice.reports.rollups import local_day
from backoffice.reports.views.dashboard import build_dashboard
from cases import services
from cases.models import (
    Case,
    CaseAttachment,
    CaseEvent,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
    CustomerMessage,
    EventKind,
    RetentionRun,
    Service,
)
from cases.services.retention import case_set_legal_hold, retention_plan, retention_run
from cases.tasks import retention_sweep
from feedback.models import QuestionKind, SurveyAnswer
from routing.supervise import case_transfer_to_queue

from ..backoffice.factories import AgencyFactory
from ..conftest import member
from ..feedback.factories import QuestionFactory, SurveyAnswerFactory, SurveyResponseFactory
from ..routing.factories import QueueFactory
from .factories import CaseFactory, CaseNoteFactory, CustomerFactory, ServiceFactory
from .sla_helpers import CeleryProcesses

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SECRET = "Orla Fitzgerald of 12 Mill Lane"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def days_ago(days: float) -> datetime:
    return timezone.now() - timedelta(days=days)


def ended(service: Service, days: float, *, status: str = CaseStatus.CLOSED, **fields: Any) -> Case:
    """A case of *service* that ended *days* ago, full of personal data."""
    end = days_ago(days)
    fields.setdefault("customer", CustomerFactory(agency=service.agency))
    values: dict[str, Any] = {
        "agency": service.agency,
        "service": service,
        "status": status,
        "subject": f"Streetlight outside {SECRET}",
        "description": f"{SECRET} says the light flickers",
        "address": "12 Mill Lane",
        "latitude": Decimal("41.881900"),
        "longitude": Decimal("-87.627800"),
        "media_url": "https://example.org/photo-of-orla.jpg",
        "attributes": {"pole": "P-17", "caller_note": SECRET},
        "created_at": end - timedelta(days=3),
        "updated_at": end,
        **fields,
    }
    if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        values.setdefault("resolution", f"Replaced the lamp for {SECRET}")
        values.setdefault("resolved_at", end)
    if status == CaseStatus.CLOSED:
        values.setdefault("closed_at", end)
    case: Case = CaseFactory.create(**values)
    author = member(service.agency, Role.CASEWORKER)
    note = CaseNoteFactory(case=case, author=author, body=f"Called {SECRET}")
    CaseEvent.objects.create(
        case=case,
        kind=EventKind.NOTE,
        actor=author,
        occurred_at=end,
        summary=note.body,
        data={"note": note.pk},
    )
    CustomerMessage.objects.create(
        case=case,
        direction="in",
        channel=Channel.PHONE,
        subject="Re: the light",
        body=f"{SECRET} called back",
    )
    return case


@dataclass
class Place:
    agency: Agency
    short: Service  # 30 days
    long: Service  # 365 days
    due: list[Case]
    kept: list[Case]
    held: Case
    shared: Customer  # one case due, one just inside retention
    whole: Customer  # two cases due, in two services
    caseless_old: Customer
    caseless_new: Customer
    elsewhere: Case


def place() -> Place:
    agency = AgencyFactory()
    short = ServiceFactory(agency=agency, name="Bins", retention_days=30)
    long = ServiceFactory(agency=agency, name="Permits", retention_days=365)
    shared = CustomerFactory(agency=agency, name="Shared Person")
    whole = CustomerFactory(agency=agency, name="Whole Person")
    due = [
        ended(short, 40),
        ended(long, 400, customer=shared),
        ended(short, 50, customer=whole),
        ended(long, 500, customer=whole),
        ended(short, 60, status=CaseStatus.CANCELLED),
        ended(short, 45, status=CaseStatus.RESOLVED),
    ]
    kept = [
        ended(short, 29, customer=shared),  # just inside retention
        ended(long, 300),  # inside the longer period
        ended(short, 200, status=CaseStatus.OPEN),  # still open
    ]
    held = ended(short, 100, legal_hold=True, legal_hold_reason="Claim 2026/14")
    caseless_old = CustomerFactory(agency=agency, name="Old Lead")
    caseless_new = CustomerFactory(agency=agency, name="New Lead")
    Customer.objects.filter(pk=caseless_old.pk).update(updated_at=days_ago(400))
    other = ServiceFactory(retention_days=30)
    elsewhere = ended(other, 400)
    return Place(
        agency=agency,
        short=short,
        long=long,
        due=due,
        kept=kept,
        held=held,
        shared=shared,
        whole=whole,
        caseless_old=caseless_old,
        caseless_new=caseless_new,
        elsewhere=elsewhere,
    )


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row the job could touch, as stored."""
    tables: dict[str, Any] = {
        "cases": Case.objects.all(),
        "customers": Customer.objects.all(),
        "notes": CaseNote.objects.all(),
        "messages": CustomerMessage.objects.all(),
        "events": CaseEvent.objects.all(),
        "attachments": CaseAttachment.objects.all(),
        "answers": SurveyAnswer.objects.all(),
        "emails": OutboundEmail.objects.all(),
        "notifications": Notification.objects.all(),
    }
    return {name: list(rows.order_by("pk").values()) for name, rows in tables.items()}


def anonymised_ids() -> set[int]:
    return set(Case.objects.filter(anonymised_at__isnull=False).values_list("pk", flat=True))


def assert_no_personal_data(case: Case) -> None:
    case.refresh_from_db()
    assert case.anonymised_at is not None
    assert case.subject == "Anonymised case"
    assert (case.description, case.resolution, case.address, case.media_url) == ("", "", "", "")
    assert (case.latitude, case.longitude, case.attributes) == (None, None, {})
    stored = repr(snapshot())
    assert "Mill Lane" not in repr(
        [
            list(case.notes.values()),
            list(case.messages.values()),
            list(case.events.values()),
            list(case.attachments.values()),
        ]
    ), stored[:200]


# The run --------------------------------------------------------------------------------------


def test_a_run_anonymises_exactly_the_cases_past_retention_and_a_second_changes_nothing() -> None:
    p = place()
    before = {case.pk: (case.status, case.closed_at, case.created_at) for case in p.due + p.kept}

    run = retention_run(agency=p.agency, dry_run=False)

    assert anonymised_ids() == {case.pk for case in p.due}
    for case in p.due:
        assert_no_personal_data(case)
        # What the statistics count stays.
        assert (case.status, case.closed_at, case.created_at) == before[case.pk]
    for case in [*p.kept, p.held, p.elsewhere]:
        case.refresh_from_db()
        assert case.anonymised_at is None
        assert SECRET in case.description
        assert case.notes.get().body.startswith("Called")
    assert (run.cases_anonymised, run.cases_on_hold, run.dry_run) == (6, 1, False)
    assert run.finished_at is not None
    by_service = {line["code"]: line for line in run.details["services"]}
    assert sorted(by_service[p.short.code]["references"]) == sorted(
        case.reference for case in p.due if case.service == p.short
    )
    assert by_service[p.short.code]["held_references"] == [p.held.reference]
    assert AuditEvent.objects.filter(action="retention.run", object_id=str(run.pk)).exists()

    rows = snapshot()
    again = retention_run(agency=p.agency, dry_run=False)

    assert (again.cases_anonymised, again.customers_anonymised, again.cases_on_hold) == (0, 0, 1)
    assert snapshot() == rows


def test_customers_are_anonymised_only_once_none_of_their_cases_keeps_personal_data() -> None:
    p = place()
    first_only = p.due[0].customer

    run = retention_run(agency=p.agency, dry_run=False)

    gone = set(Customer.objects.filter(anonymised_at__isnull=False).values_list("pk", flat=True))
    assert first_only is not None
    assert p.whole.pk in gone  # both cases, in two services, past retention
    assert first_only.pk in gone
    assert p.caseless_old.pk in gone  # no case, last changed longer ago than any retention
    assert p.shared.pk not in gone  # one case still inside retention
    assert p.held.customer_id not in gone
    assert p.caseless_new.pk not in gone
    assert p.elsewhere.customer_id not in gone
    whole = Customer.objects.get(pk=p.whole.pk)
    assert whole.name == "Anonymised customer"
    assert (whole.email, whole.phone, whole.address, whole.organisation) == ("", "", "", "")
    assert whole.survey_consent is False
    assert run.customers_anonymised == len(gone)


def test_a_dry_run_changes_nothing_and_reports_what_the_run_then_does() -> None:
    p = place()
    rows = snapshot()
    plan = retention_plan(agency=p.agency)

    now = timezone.now()
    dry = retention_run(agency=p.agency, dry_run=True, now=now)

    assert snapshot() == rows
    assert (plan.due, plan.held, plan.customers_without_cases) == (6, 1, 1)
    real = retention_run(agency=p.agency, dry_run=False, now=now)
    assert dry.dry_run
    assert not real.dry_run
    counts = ("cases_anonymised", "customers_anonymised", "attachments_removed", "cases_on_hold")
    assert [getattr(dry, name) for name in counts] == [getattr(real, name) for name in counts]

    def lines(run: RetentionRun) -> list[dict[str, Any]]:
        return [
            {**line, "references": sorted(line["references"])} for line in run.details["services"]
        ]

    assert lines(dry) == lines(real)
    assert AuditEvent.objects.filter(action="retention.dry_run", object_id=str(dry.pk)).exists()


def test_attachments_leave_the_storage_with_their_rows(agency: Any) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    case = ended(service, 10)
    worker = member(agency, Role.CASEWORKER)
    attachment = services.case_add_attachment(
        case=case, upload=io.BytesIO(PDF), name=f"{SECRET}.pdf", size=len(PDF), actor=worker
    )
    name = attachment.file.name
    assert default_storage.exists(name)
    Case.objects.filter(pk=case.pk).update(closed_at=days_ago(31))

    run = retention_run(agency=agency, dry_run=False)

    assert run.attachments_removed == 1
    assert not default_storage.exists(name)
    assert not CaseAttachment.objects.filter(case=case).exists()
    event = case.events.get(kind=EventKind.ATTACHMENT)
    assert event.summary == "Attachment added"
    assert event.data["size"] == len(PDF)


def test_timeline_events_lose_their_free_text_but_keep_what_reports_read(agency: Any) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    supervisor = member(agency, Role.SUPERVISOR)
    queue = QueueFactory(agency=agency)
    case = services.case_open(
        agency=agency,
        service=service,
        channel=Channel.PHONE,
        subject=f"Light out near {SECRET}",
        customer=CustomerFactory(agency=agency),
        actor=supervisor,
    )
    services.case_update(case=case, description=f"{SECRET} again", priority=3, actor=supervisor)
    case_transfer_to_queue(
        case=case, queue=queue, actor=supervisor, reason=f"{SECRET} asked for it"
    )
    services.case_change_status(
        case=case, status=CaseStatus.RESOLVED, resolution=f"Told {SECRET}", actor=supervisor
    )
    services.case_reopen(case=case, reason=f"{SECRET} rang back", actor=supervisor)
    services.bulk_close(cases=[case], resolution="Fixed", actor=supervisor)
    Case.objects.filter(pk=case.pk).update(closed_at=days_ago(31))
    kinds_before = list(case.events.values_list("kind", "occurred_at", "actor_id"))

    retention_run(agency=agency, dry_run=False)

    events = list(case.events.all())
    assert [(e.kind, e.occurred_at, e.actor_id) for e in events] == kinds_before
    for event in events:
        assert "Orla" not in f"{event.summary} {event.data}", event.kind
    updated = next(e for e in events if e.kind == EventKind.UPDATED)
    assert updated.data["priority"] == [2, 3]
    assert updated.data["description"] == [None, None]
    routed = [e for e in events if e.kind == EventKind.ROUTED and "queue" in e.data]
    assert routed[-1].data["queue"][-1] == queue.pk
    assert routed[-1].summary == f"Transferred to the queue {queue.name}"
    statuses = [e.data["status"] for e in events if e.kind == EventKind.STATUS]
    assert [CaseStatus.RESOLVED, CaseStatus.CLOSED] in statuses
    resolved = [e for e in events if e.kind == EventKind.STATUS and "resolution" in e.data]
    assert resolved
    assert {e.data["resolution"] for e in resolved} == {""}
    assert next(e for e in events if e.kind == EventKind.REOPENED).summary == "Reopened"


def test_survey_comments_go_and_scores_stay(agency: Any) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    case = ended(service, 40)
    response = SurveyResponseFactory(survey__agency=agency, case=case, service=service)
    score = SurveyAnswerFactory(response=response, number=5)
    comment = SurveyAnswerFactory(
        response=response,
        question=QuestionFactory(survey=response.survey, kind=QuestionKind.TEXT),
        text=f"Thanks, {SECRET}",
    )

    retention_run(agency=agency, dry_run=False)

    score.refresh_from_db()
    comment.refresh_from_db()
    assert score.number == 5
    assert comment.text == ""


def test_a_run_stopped_midway_leaves_each_batch_done_or_untouched(
    agency: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    worker = member(agency, Role.CASEWORKER)
    cases = [ended(service, 10) for _ in range(3)]
    for case in cases:
        services.case_add_attachment(
            case=case, upload=io.BytesIO(PDF), name="scan.pdf", size=len(PDF), actor=worker
        )
    Case.objects.filter(pk__in=[c.pk for c in cases]).update(closed_at=days_ago(31))
    deletions: list[str] = []
    original = FileSystemStorage.delete

    def failing_delete(storage: FileSystemStorage, name: str) -> None:
        # The storage fails on the second batch's file, as a full or read-only disk would.
        if len(deletions) == 1:
            raise OSError("disk unavailable")
        deletions.append(name)
        original(storage, name)

    monkeypatch.setattr(FileSystemStorage, "delete", failing_delete)
    with pytest.raises(OSError, match="disk unavailable"):
        retention_run(agency=agency, dry_run=False, batch_size=1)

    first, second, third = (Case.objects.get(pk=c.pk) for c in cases)
    assert first.anonymised_at is not None
    assert not first.attachments.exists()
    for untouched in (second, third):
        assert untouched.anonymised_at is None
        assert SECRET in untouched.description
        assert untouched.attachments.count() == 1
        assert untouched.notes.get().body.startswith("Called")
    stopped = RetentionRun.objects.get()
    assert (stopped.finished_at, stopped.cases_anonymised) == (None, 1)
    failure = AuditEvent.objects.get(action="retention.run", object_id=str(stopped.pk))
    assert failure.outcome == "failure"
    assert "disk unavailable" in failure.details["error"]

    monkeypatch.setattr(FileSystemStorage, "delete", original)
    finished = retention_run(agency=agency, dry_run=False, batch_size=1)
    assert finished.cases_anonymised == 2
    assert anonymised_ids() == {c.pk for c in cases}


# Reports ---------------------------------------------------------------------------------------


def report_rows() -> dict[str, list[dict[str, Any]]]:
    def rows(model: Any) -> list[dict[str, Any]]:
        return sorted(
            (
                {k: v for k, v in row.items() if k not in ("id", "computed_at")}
                for row in model.objects.values()
            ),
            key=repr,
        )

    return {model.__name__: rows(model) for model in (DailyRollup, IntervalRollup, StageRollup)}


def test_reports_count_the_same_before_and_after(agency: Any) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    other = ServiceFactory(agency=agency, retention_days=365)
    supervisor = member(agency, Role.SUPERVISOR)
    queue = QueueFactory(agency=agency)
    start = days_ago(90)
    opened: list[Case] = []
    for n, chosen in enumerate([service, service, other, service]):
        with time_machine.travel(start + timedelta(days=n, hours=2), tick=False):
            case = services.case_open(
                agency=agency,
                service=chosen,
                channel=Channel.PHONE if n % 2 else Channel.WEB,
                subject=f"Request {n} from {SECRET}",
                customer=CustomerFactory(agency=agency),
                actor=supervisor,
            )
            services.case_add_note(case=case, body=f"Spoke to {SECRET}", actor=supervisor)
            case_transfer_to_queue(case=case, queue=queue, actor=supervisor, reason="Their area")
        with time_machine.travel(start + timedelta(days=n + 1, hours=3), tick=False):
            services.case_assign(case=case, assignee=supervisor, actor=supervisor)
            if n < 3:
                services.case_change_status(
                    case=case, status=CaseStatus.RESOLVED, resolution="Done", actor=supervisor
                )
        with time_machine.travel(start + timedelta(days=n + 2, hours=4), tick=False):
            if n < 2:
                services.case_close(case=case, actor=supervisor)
        opened.append(case)
    with time_machine.travel(start + timedelta(days=2, hours=5), tick=False):
        response = SurveyResponseFactory(
            survey__agency=agency, case=opened[0], service=service, channel=Channel.WEB
        )
        SurveyAnswerFactory(response=response, number=4)
        SurveyAnswerFactory(
            response=response,
            question=QuestionFactory(survey=response.survey, kind=QuestionKind.TEXT),
            text=f"Thank you {SECRET}",
        )
    now = timezone.now()
    backfill(agencies=[agency], now=now)
    report = ReportFilter(
        agency=agency, first_day=local_day(agency, start), last_day=local_day(agency, now)
    )
    rows_before = report_rows()
    board_before = build_dashboard(report)
    # Something to compare: every kind of rollup has rows, the dashboard counts the cases.
    assert all(rows_before.values())
    assert (board_before.result.new, board_before.result.closed) == (4, 2)

    run = retention_run(agency=agency, dry_run=False)
    assert run.cases_anonymised == 2  # the two closed cases of the 30-day service
    backfill(agencies=[agency], now=now)

    assert report_rows() == rows_before
    board_after = build_dashboard(report)
    assert dataclasses.replace(board_after.result, computed_at=None) == dataclasses.replace(
        board_before.result, computed_at=None
    )
    assert board_after.trend == board_before.trend
    assert board_after.channels == board_before.channels
    assert board_after.satisfaction == board_before.satisfaction


# Legal hold on the case page ---------------------------------------------------------------------


def hold_form(hold: bool, reason: str = "Appeal lodged", confirm: bool = True) -> dict[str, str]:
    data = {"legal_hold-hold": "1" if hold else "0", "legal_hold-reason": reason}
    if confirm:
        data["legal_hold-confirm"] = "on"
    return data


def test_a_supervisor_sets_and_lifts_a_legal_hold_with_a_reason(
    agency: Any, client_for: Any
) -> None:
    supervisor = member(agency, Role.SUPERVISOR)
    service = ServiceFactory(agency=agency, retention_days=30)
    case = CaseFactory(
        agency=agency, service=service, status=CaseStatus.CLOSED, closed_at=days_ago(400)
    )
    client: Client = client_for(supervisor)
    url = reverse("case_legal_hold", args=[case.pk])
    page = client.get(reverse("case_detail", args=[case.pk]))
    assert b"Set a legal hold" in page.content

    response = client.post(url, hold_form(True))

    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.legal_hold, case.legal_hold_reason) == (True, "Appeal lodged")
    event = case.events.get(kind=EventKind.UPDATED)
    assert event.summary == "Legal hold set: Appeal lodged"
    assert event.actor == supervisor
    assert AuditEvent.objects.filter(action="case.legal_hold", object_id=str(case.pk)).exists()
    assert retention_run(agency=agency, dry_run=False).cases_on_hold == 1
    page = client.get(reverse("case_detail", args=[case.pk]))
    assert b"On legal hold" in page.content
    assert b"Lift the legal hold" in page.content

    client.post(url, hold_form(False, reason="Appeal withdrawn"))

    case.refresh_from_db()
    assert (case.legal_hold, case.legal_hold_reason) == (False, "")
    assert AuditEvent.objects.filter(action="case.legal_hold_lifted").exists()
    assert retention_run(agency=agency, dry_run=False).cases_anonymised == 1


def test_a_legal_hold_needs_a_reason_and_a_confirmation(agency: Any, client_for: Any) -> None:
    case = CaseFactory(agency=agency)
    client = client_for(member(agency, Role.MANAGER))
    url = reverse("case_legal_hold", args=[case.pk])

    no_reason = client.post(url, hold_form(True, reason=" "))
    unconfirmed = client.post(url, hold_form(True, confirm=False))

    assert no_reason.status_code == unconfirmed.status_code == 400
    assert no_reason.context["legal_hold_form"].errors["reason"]
    assert unconfirmed.context["legal_hold_form"].errors["confirm"] == ["Tick the box to confirm."]
    case.refresh_from_db()
    assert case.legal_hold is False


def test_caseworkers_and_other_agencies_cannot_touch_a_legal_hold(
    agency: Any, other_agency: Any, client_for: Any
) -> None:
    case = CaseFactory(agency=agency)
    url = reverse("case_legal_hold", args=[case.pk])
    caseworker = client_for(member(agency, Role.CASEWORKER))
    outsider = client_for(member(other_agency, Role.SUPERVISOR))

    assert caseworker.post(url, hold_form(True)).status_code == 403
    assert b"Set a legal hold" not in caseworker.get(reverse("case_detail", args=[case.pk])).content
    assert outsider.post(url, hold_form(True)).status_code == 404
    case.refresh_from_db()
    assert case.legal_hold is False


def test_an_anonymised_case_page_says_its_personal_data_was_removed(
    agency: Any, client_for: Any
) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    case = ended(service, 40)
    supervisor = member(agency, Role.SUPERVISOR)
    retention_run(agency=agency, dry_run=False)
    case.refresh_from_db()

    page = client_for(supervisor).get(reverse("case_detail", args=[case.pk]))

    assert page.status_code == 200
    text = page.content.decode()
    assert "Personal data removed" in text
    assert "removed on <time datetime=" in text
    assert case.anonymised_at is not None
    assert timezone.localtime(case.anonymised_at, agency.zone).strftime("%Y-%m-%d") in text
    assert "Orla" not in text
    assert "Mill Lane" not in text
    assert 'id="action-note"' not in text  # nothing personal is added back
    assert "Set a legal hold" not in text
    with pytest.raises(Exception, match="already removed"):
        case_set_legal_hold(case=case, hold=True, reason="Too late", actor=supervisor)


def test_nothing_personal_can_be_added_to_an_anonymised_case(agency: Any) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    case = ended(service, 40)
    worker = member(agency, Role.CASEWORKER)
    retention_run(agency=agency, dry_run=False)
    case.refresh_from_db()

    with pytest.raises(ConflictError, match="anonymised"):
        services.case_add_note(case=case, body=SECRET, actor=worker)
    with pytest.raises(ConflictError, match="anonymised"):
        services.case_add_attachment(
            case=case, upload=io.BytesIO(PDF), name="scan.pdf", size=len(PDF), actor=worker
        )
    assert not CaseNote.objects.filter(case=case).exclude(body="").exists()
    assert not CaseAttachment.objects.filter(case=case).exists()


# The command, the admin and the daily task -------------------------------------------------------


def test_the_command_reports_by_default_and_anonymises_with_apply() -> None:
    p = place()
    rows = snapshot()
    out = io.StringIO()

    call_command("retention", agency=p.agency.slug, stdout=out)

    assert snapshot() == rows
    assert "6 cases and 5 customers would be anonymised" in out.getvalue()
    assert p.due[0].reference in out.getvalue()
    assert "Dry run: nothing was changed" in out.getvalue()

    call_command("retention", agency=p.agency.slug, apply=True, stdout=io.StringIO())

    assert anonymised_ids() == {case.pk for case in p.due}


def test_the_admin_previews_a_dry_run_and_shows_runs_read_only(
    agency: Any, other_agency: Any, administrator: User, client_for: Any
) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    case = ended(service, 40)
    client = client_for(administrator)
    rows = snapshot()

    response = client.post(reverse("admin:cases_retentionrun_preview"), {"agency": agency.pk})

    run = RetentionRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:cases_retentionrun_change", args=[run.pk])
    assert snapshot() == rows
    assert run.dry_run
    assert run.requested_by == administrator
    page = client.get(response["Location"])
    assert case.reference in page.content.decode()
    assert client.get(reverse("admin:cases_retentionrun_add")).status_code == 403
    # Another agency is not on offer, and its runs are not listed.
    refused = client.post(reverse("admin:cases_retentionrun_preview"), {"agency": other_agency.pk})
    assert refused.status_code == 200
    assert RetentionRun.objects.count() == 1
    foreign = retention_run(agency=other_agency, dry_run=True)
    listing = client.get(reverse("admin:cases_retentionrun_changelist"))
    assert foreign.pk not in [row.pk for row in listing.context["cl"].result_list]


def test_the_service_admin_sets_the_retention_period_and_purpose(
    agency: Any, administrator: User, client_for: Any
) -> None:
    service: Service = ServiceFactory.create(agency=agency)
    url = reverse("admin:cases_service_change", args=[service.pk])
    data: dict[str, Any] = {
        "code": service.code,
        "name": service.name,
        "channels": list(service.channels),
        "default_priority": str(service.default_priority),
        "reopen_window_days": "30",
        "retention_days": "90",
        "privacy_purpose": "To fix street lights; public task.",
        "is_active": "on",
        **{
            f"{prefix}-{key}": value
            for prefix in ("attributes", "skills")
            for key, value in (
                ("TOTAL_FORMS", "0"),
                ("INITIAL_FORMS", "0"),
                ("MIN_NUM_FORMS", "0"),
                ("MAX_NUM_FORMS", "1000"),
            )
        },
    }
    client = client_for(administrator)

    too_short = client.post(url, {**data, "retention_days": "7"})
    saved = client.post(url, data)

    assert too_short.status_code == 200
    assert "retention_days" in too_short.context["adminform"].form.errors
    assert saved.status_code == 302
    service.refresh_from_db()
    assert service.retention_days == 90
    assert service.privacy_purpose == "To fix street lights; public task."


def test_the_daily_task_previews_each_agency_first_then_runs_unless_switched_off(
    settings: Any,
) -> None:
    p = place()
    settings.RETENTION_ENABLED = False
    assert retention_sweep() == {"agencies": 0, "previews": 0, "cases": 0, "customers": 0}
    assert not RetentionRun.objects.exists()

    settings.RETENTION_ENABLED = True
    settings.RETENTION_REVIEW_DAYS = 7
    first = retention_sweep()  # the report first: nothing is removed yet

    assert first["previews"] == 2
    assert first["cases"] == 0
    assert anonymised_ids() == set()
    previews = RetentionRun.objects.filter(dry_run=True)
    assert {run.agency_id for run in previews} == {p.agency.pk, p.elsewhere.agency_id}
    previews.update(started_at=days_ago(6))
    assert retention_sweep()["previews"] == 2  # still within the review time
    assert anonymised_ids() == set()

    RetentionRun.objects.filter(dry_run=True).update(started_at=days_ago(8))
    totals = retention_sweep()
    assert retention_sweep()["cases"] == 0

    assert totals["previews"] == 0
    assert totals["cases"] == 7  # six here, one in the other agency
    assert anonymised_ids() == {case.pk for case in [*p.due, p.elsewhere]}
    assert "retention-sweep" in settings.CELERY_BEAT_SCHEDULE


def reviewed(agency_ids: list[int], days: int = 8) -> None:
    """Record a finished preview for each agency, *days* ago: the daily job may now run."""
    for agency_id in agency_ids:
        RetentionRun.objects.create(
            agency_id=agency_id,
            dry_run=True,
            started_at=days_ago(days),
            finished_at=days_ago(days),
        )


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_daily_task_and_a_repeated_message_changes_nothing(
    tmp_path: Path,
) -> None:
    p = place()
    reviewed([p.agency.pk, p.elsewhere.agency_id])
    with CeleryProcesses(f"filesystem://{tmp_path / 'broker'}", tmp_path) as processes:
        processes.worker("worker")
        processes.send("backoffice.tasks.heartbeat")
        processes.wait_for(Heartbeat.objects.filter(name="celery").exists, "heartbeat")
        processes.send("cases.tasks.retention_sweep", times=2)

        def both_sweeps_done() -> bool:
            done = RetentionRun.objects.filter(dry_run=False, finished_at__isnull=False)
            return done.count() == 4  # two agencies, twice

        processes.wait_for(both_sweeps_done, "two sweeps over both agencies")

    assert anonymised_ids() == {case.pk for case in [*p.due, p.elsewhere]}
    runs = RetentionRun.objects.filter(agency=p.agency, dry_run=False).order_by("pk")
    assert [run.cases_anonymised for run in runs] == [6, 0]


# PostgreSQL --------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_the_search_no_longer_finds_an_anonymised_case_by_its_old_words(agency: Any) -> None:
    service = ServiceFactory(agency=agency, retention_days=30)
    case = ended(service, 40, subject="Flooding by the Fitzgerald bakery")

    def matches(words: str) -> list[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id FROM cases_case WHERE search_vector @@ plainto_tsquery('english', %s)",
                [words],
            )
            return [row[0] for row in cursor.fetchall()]

    assert matches("fitzgerald bakery") == [case.pk]
    retention_run(agency=agency, dry_run=False)
    assert matches("fitzgerald bakery") == []
    assert matches("flickers") == []
