"""The service-level admin: policies scoped to one's agencies and saved through the service;
escalations visible but never changed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import AuditEvent, Role
from cases import services
from cases.models import Case, Channel, Escalation, EscalationLevel, SlaPolicy, SlaTarget
from cases.services.sla import sla_sweep

from ..backoffice.factories import TeamFactory, UserFactory
from ..conftest import member
from ..routing.factories import QueueFactory
from .factories import ServiceFactory, SlaPolicyFactory

pytestmark = pytest.mark.django_db

POLICIES = "/admin/cases/slapolicy/"
ESCALATIONS = "/admin/cases/escalation/"


@pytest.fixture
def admin_client(administrator: Any, client_for: Any) -> Any:
    return client_for(administrator)


def _change(policy: SlaPolicy) -> str:
    return f"{POLICIES}{policy.pk}/change/"


def _form(agency: Any, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agency": agency.pk,
        "name": "Street lights",
        "service": "",
        "priority": "",
        "is_active": "on",
        "basis": "business",
        "response_target": "8:00:00",
        "resolution_target": "5 00:00:00",
        "pause_statuses": ["waiting_customer", "waiting_third_party"],
        "warning_percent": "75",
        "notify_assignee_at_warning": "on",
        "raise_priority_at_breach": "on",
        "escalate_after": "",
        "escalation_team": "",
        "escalation_queue": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def _field_errors(response: Any) -> dict[str, list[str]]:
    form = response.context["adminform"].form
    return {name: [str(message) for message in errors] for name, errors in form.errors.items()}


def _opened(agency: Any, service: Any) -> Case:
    return services.case_open(
        agency=agency,
        service=service,
        channel=Channel.PHONE,
        subject="Street light out on Elm St",
        actor=member(agency, Role.CASEWORKER),
    )


def test_an_administrator_lists_and_opens_only_their_agencys_policies(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    mine = SlaPolicyFactory(agency=agency, name="Own agency default")
    theirs = SlaPolicyFactory(agency=other_agency, name="Foreign agency default")

    listing = admin_client.get(POLICIES)

    assert listing.status_code == 200
    assert mine.name in listing.content.decode()
    assert "40 h" in listing.content.decode()  # business time reads in hours, not "1 d 16 h"
    assert theirs.name not in listing.content.decode()
    assert admin_client.get(_change(mine)).status_code == 200
    assert admin_client.get(_change(theirs)).status_code in (302, 404)
    response = admin_client.post(_change(theirs), _form(other_agency, name="Taken over"))
    assert response.status_code in (302, 403, 404)
    theirs.refresh_from_db()
    assert theirs.name == "Foreign agency default"


def test_a_caseworker_cannot_open_the_policy_admin(agency: Any, client_for: Any) -> None:
    policy = SlaPolicyFactory(agency=agency)
    caseworker = member(agency, Role.CASEWORKER, is_staff=True)

    client = client_for(caseworker)

    assert client.get(POLICIES).status_code in (302, 403)
    assert client.get(_change(policy)).status_code in (302, 403, 404)


def test_service_and_team_choices_are_only_the_agencys_own(
    agency: Any, other_agency: Any, service: Any, admin_client: Any
) -> None:
    foreign_service = ServiceFactory(agency=other_agency)
    team, foreign_team = TeamFactory(agency=agency), TeamFactory(agency=other_agency)
    policy = SlaPolicyFactory(agency=agency)

    for page in (f"{POLICIES}add/", _change(policy)):
        fields = admin_client.get(page).context["adminform"].form.fields
        assert list(fields["service"].queryset) == [service], page
        assert list(fields["escalation_team"].queryset) == [team], page
        assert foreign_service not in fields["service"].queryset
        assert foreign_team not in fields["escalation_team"].queryset


def test_escalation_queue_choices_are_only_the_agencys_own(
    agency: Any, other_agency: Any, admin_client: Any, client_for: Any
) -> None:
    queue = QueueFactory(agency=agency)
    foreign_queue = QueueFactory(agency=other_agency)
    policy = SlaPolicyFactory(agency=agency)

    for page in (f"{POLICIES}add/", _change(policy)):
        fields = admin_client.get(page).context["adminform"].form.fields
        assert list(fields["escalation_queue"].queryset) == [queue], page

    superuser = UserFactory(is_staff=True, is_superuser=True)
    response = client_for(superuser).post(
        f"{POLICIES}add/",
        _form(agency, escalate_after="4:00:00", escalation_queue=foreign_queue.pk),
    )
    assert "Choose a queue of this agency." in _field_errors(response)["escalation_queue"]
    assert list(SlaPolicy.objects.all()) == [policy]


def test_another_agencys_service_cannot_be_posted_into_a_policy(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    foreign_service = ServiceFactory(agency=other_agency)

    response = admin_client.post(f"{POLICIES}add/", _form(agency, service=foreign_service.pk))

    assert response.status_code == 200
    assert "service" in _field_errors(response)
    assert not SlaPolicy.objects.exists()


def test_a_platform_administrator_cannot_mix_one_agencys_policy_with_anothers_team(
    agency: Any, other_agency: Any, client_for: Any
) -> None:
    superuser = UserFactory(is_staff=True, is_superuser=True)
    foreign_team = TeamFactory(agency=other_agency)

    response = client_for(superuser).post(
        f"{POLICIES}add/", _form(agency, escalate_after="4:00:00", escalation_team=foreign_team.pk)
    )

    assert response.status_code == 200
    assert "Choose a team of this agency." in _field_errors(response)["escalation_team"]
    assert not SlaPolicy.objects.exists()


def test_a_policy_added_in_the_admin_is_saved_through_the_service_and_audited(
    agency: Any, service: Any, administrator: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency, name="Night crew")
    data = _form(
        agency,
        service=service.pk,
        pause_statuses=["waiting_customer"],
        escalate_after="4:00:00",
        escalation_team=team.pk,
    )

    response = admin_client.post(f"{POLICIES}add/", data)

    assert response.status_code == 302, response.content.decode()
    policy = SlaPolicy.objects.get()
    assert (policy.agency, policy.service, policy.escalation_team) == (agency, service, team)
    assert policy.response_target == timedelta(hours=8)
    assert policy.resolution_target == timedelta(days=5)
    assert policy.pause_statuses == ["waiting_customer"]
    audit = AuditEvent.objects.get(action="sla_policy.create")
    assert (audit.actor, audit.agency, audit.object_id) == (administrator, agency, str(policy.pk))


def test_changing_a_policy_is_audited_with_the_fields_changed(
    agency: Any, admin_client: Any
) -> None:
    policy = SlaPolicyFactory(agency=agency, name="Agency default")
    data = _form(agency, name="Agency default", resolution_target="3 00:00:00")
    data["escalate_after"] = "8:00:00"
    del data["agency"]  # read-only once the policy exists

    response = admin_client.post(_change(policy), data)

    assert response.status_code == 302, response.content.decode()
    policy.refresh_from_db()
    assert policy.resolution_target == timedelta(days=3)
    audit = AuditEvent.objects.get(action="sla_policy.update")
    assert "resolution_target" in audit.details["fields"]
    assert "name" not in audit.details["fields"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"response_target": "3 00:00:00", "resolution_target": "1 00:00:00"},
            "response_target",
            "cannot be due after the resolution",
        ),
        ({"response_target": "0:00:00"}, "response_target", "longer than zero"),
        ({"escalate_after": "0:00:00"}, "escalate_after", "longer than zero"),
        (
            {"response_target": "", "resolution_target": ""},
            "resolution_target",
            "Set a first-response target",
        ),
        ({"warning_percent": "100"}, "warning_percent", ""),
    ],
)
def test_an_invalid_policy_is_shown_again_with_the_error_on_its_field(
    agency: Any, admin_client: Any, changes: dict[str, str], field: str, message: str
) -> None:
    response = admin_client.post(f"{POLICIES}add/", _form(agency, **changes))

    assert response.status_code == 200
    errors = _field_errors(response)
    assert field in errors, errors
    assert message in " ".join(errors[field])
    assert not SlaPolicy.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="sla_policy.").exists()


def test_a_second_policy_for_the_same_service_and_priority_is_refused_on_the_form(
    agency: Any, service: Any, admin_client: Any
) -> None:
    SlaPolicyFactory(agency=agency, service=service, name="Street lights, all priorities")

    response = admin_client.post(f"{POLICIES}add/", _form(agency, service=service.pk))

    assert response.status_code == 200
    assert "Street lights, all priorities" in " ".join(_field_errors(response)["service"])
    assert SlaPolicy.objects.count() == 1


def test_deleting_a_policy_keeps_its_cases_due_times_and_is_audited(
    agency: Any, service: Any, admin_client: Any
) -> None:
    policy = SlaPolicyFactory(agency=agency)
    case = _opened(agency, service)
    assert case.sla_policy == policy
    due = case.resolution_due_at

    confirm = admin_client.get(f"{POLICIES}{policy.pk}/delete/")
    response = admin_client.post(f"{POLICIES}{policy.pk}/delete/", {"post": "yes"})

    assert confirm.status_code == 200
    assert response.status_code == 302
    assert not SlaPolicy.objects.exists()
    case.refresh_from_db()
    assert case.sla_policy is None
    assert case.resolution_due_at == due
    assert AuditEvent.objects.filter(action="sla_policy.delete", agency=agency).exists()


def test_another_agencys_policy_cannot_be_deleted(other_agency: Any, admin_client: Any) -> None:
    theirs = SlaPolicyFactory(agency=other_agency)

    response = admin_client.post(f"{POLICIES}{theirs.pk}/delete/", {"post": "yes"})

    assert response.status_code in (302, 403, 404)
    assert SlaPolicy.objects.filter(pk=theirs.pk).exists()


@pytest.fixture
def escalated(agency: Any, other_agency: Any, service: Any) -> tuple[Case, Case]:
    """One breached case in each agency, escalated by a real sweep."""
    SlaPolicyFactory(agency=agency, response_target=timedelta(hours=1))
    SlaPolicyFactory(agency=other_agency, response_target=timedelta(hours=1))
    mine = _opened(agency, service)
    theirs = _opened(other_agency, ServiceFactory(agency=other_agency))
    sla_sweep(now=timezone.now() + timedelta(days=30))
    return mine, theirs


def test_escalations_are_listed_only_for_the_administrators_agency(
    escalated: tuple[Case, Case], admin_client: Any
) -> None:
    mine, theirs = escalated
    assert Escalation.objects.filter(case=theirs).exists()

    listing = admin_client.get(ESCALATIONS).content.decode()
    by_level = admin_client.get(ESCALATIONS, {"level__exact": EscalationLevel.BREACH})
    by_target = admin_client.get(ESCALATIONS, {"target__exact": SlaTarget.RESPONSE})

    assert mine.reference in listing
    assert theirs.reference not in listing
    assert {e.level for e in by_level.context["cl"].result_list} == {EscalationLevel.BREACH}
    assert {e.target for e in by_target.context["cl"].result_list} == {SlaTarget.RESPONSE}
    foreign = Escalation.objects.filter(case=theirs).first()
    assert foreign is not None
    assert admin_client.get(f"{ESCALATIONS}{foreign.pk}/change/").status_code in (302, 404)


def test_escalations_cannot_be_added_changed_or_deleted(
    escalated: tuple[Case, Case], admin_client: Any
) -> None:
    mine, _theirs = escalated
    escalation = Escalation.objects.filter(case=mine).first()
    assert escalation is not None
    page = f"{ESCALATIONS}{escalation.pk}/change/"

    detail = admin_client.get(page)
    posted = admin_client.post(page, {"level": EscalationLevel.WARNING})

    assert detail.status_code == 200
    assert 'name="level"' not in detail.content.decode()
    assert posted.status_code == 403
    assert admin_client.get(f"{ESCALATIONS}add/").status_code == 403
    deleted = admin_client.post(f"{ESCALATIONS}{escalation.pk}/delete/", {"post": "yes"})
    assert deleted.status_code == 403
    assert Escalation.objects.filter(pk=escalation.pk, level=escalation.level).exists()


def test_the_case_admin_shows_the_cases_escalations_read_only(
    escalated: tuple[Case, Case], admin_client: Any
) -> None:
    mine, _theirs = escalated

    page = admin_client.get(f"/admin/cases/case/{mine.pk}/change/")

    assert page.status_code == 200
    inline = next(
        formset
        for formset in page.context["inline_admin_formsets"]
        if formset.opts.model is Escalation
    )
    assert len(inline.formset.queryset) == Escalation.objects.filter(case=mine).count() > 0
    assert not inline.has_add_permission
    assert not inline.has_change_permission
    assert not inline.has_delete_permission
    assert "notified" in page.content.decode()
