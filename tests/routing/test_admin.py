"""The routing admin: skills, queues and rules scoped to the agencies one administers, checked on
the form and audited; skill levels, their history and presence visible but never changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.forms import Select
from django.utils import timezone

from backoffice.models import AuditEvent, Role, Team
from cases.models import Case, CaseStatus, Channel, CustomerKind, Priority, Service, SlaState
from routing.admin import route_keys_refresh
from routing.assessments import assessment_submit
from routing.keys import route_key
from routing.models import (
    Assessment,
    AssessmentChoice,
    AssessmentQuestion,
    Decline,
    ObservedAssessment,
    Offer,
    PersonSkill,
    Pickup,
    PickupMethod,
    Presence,
    PresenceState,
    Queue,
    QueueMode,
    RoutingRule,
    RuleSkill,
    ServiceSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)
from routing.services import skill_level_set

from ..admin_helpers import assert_shown_but_never_changed, change_url
from ..backoffice.factories import MembershipFactory, TeamFactory, UserFactory
from ..cases.factories import CaseFactory, ServiceFactory
from ..conftest import member
from .factories_assessments import answers, make_assessment

pytestmark = pytest.mark.django_db

SKILLS = "/admin/routing/skill/"
QUEUES = "/admin/routing/queue/"
RULES = "/admin/routing/routingrule/"
LEVELS = "/admin/routing/personskill/"
HISTORY = "/admin/routing/skilllevelchange/"
PRESENCE = "/admin/routing/presence/"
ASSESSMENTS = "/admin/routing/assessment/"
QUESTIONS = "/admin/routing/assessmentquestion/"
ATTEMPTS = "/admin/routing/assessmentattempt/"
OBSERVED = "/admin/routing/observedassessment/"
OFFERS = "/admin/routing/offer/"
DECLINES = "/admin/routing/decline/"
PICKUPS = "/admin/routing/pickup/"
EDITABLE = (SKILLS, QUEUES, RULES)
READ_ONLY = (LEVELS, HISTORY, PRESENCE, ATTEMPTS, OBSERVED, OFFERS, DECLINES, PICKUPS)


@pytest.fixture
def admin_client(administrator: Any, client_for: Any) -> Any:
    return client_for(administrator)


@pytest.fixture
def service(agency: Any) -> Any:
    return ServiceFactory(agency=agency, name="Building permit")


@pytest.fixture
def superuser_client(client_for: Any) -> Any:
    return client_for(UserFactory(is_staff=True, is_superuser=True))


def _skill(agency: Any, code: str = "spanish", name: str = "Spanish") -> Skill:
    return Skill.objects.create(agency=agency, code=code, name=name)


def _queue(agency: Any, name: str = "Permits desk", **fields: Any) -> Queue:
    if "team" not in fields:
        fields["team"] = TeamFactory(agency=agency)
    return Queue.objects.create(agency=agency, name=name, **fields)


def _rule(agency: Any, name: str = "Permits", **fields: Any) -> RoutingRule:
    if "queue" not in fields:
        fields["queue"] = _queue(agency, name=f"{name} queue")
    return RoutingRule.objects.create(agency=agency, name=name, **fields)


def _form(response: Any) -> Any:
    return response.context["adminform"].form


def _field_errors(response: Any) -> dict[str, str]:
    assert response.status_code == 200, response.status_code
    return {name: " ".join(errors) for name, errors in _form(response).errors.items()}


def _audits(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


def _world(agency: Any, label: str) -> dict[str, Any]:
    """One of each routing object in *agency*, named with *label* so pages can be searched."""
    skill = _skill(agency, code=f"{label.lower()}-skill", name=f"{label} skill")
    queue = _queue(agency, name=f"{label} queue")
    person = member(agency, Role.CASEWORKER, full_name=f"{label} Person")
    level = skill_level_set(user=person, skill=skill, level=3, actor=None)
    assessment = make_assessment(agency=agency, skill=skill, title=f"{label} assessment")
    case = CaseFactory(agency=agency, queue=queue)
    now = timezone.now()
    return {
        SKILLS: skill,
        QUEUES: queue,
        RULES: _rule(agency, name=f"{label} rule", queue=queue),
        LEVELS: level,
        HISTORY: SkillLevelChange.objects.get(user=person, skill=skill),
        PRESENCE: Presence.objects.create(user=person, state=PresenceState.AVAILABLE),
        ASSESSMENTS: assessment,
        QUESTIONS: assessment.questions.first(),
        ATTEMPTS: assessment_submit(
            assessment=assessment, user=person, answers=answers(assessment, right=1)
        ),
        # Written directly: recording it through the service would add a level change.
        OBSERVED: ObservedAssessment.objects.create(
            user=person,
            skill=skill,
            level=3,
            observed_by=member(agency, Role.SUPERVISOR, full_name=f"{label} Supervisor"),
            notes="Ran the counter.",
        ),
        OFFERS: Offer.objects.create(
            case=case, user=person, queue=queue, expires_at=now + timedelta(minutes=2)
        ),
        DECLINES: Decline.objects.create(case=case, user=person, reason=f"{label} is busy"),
        PICKUPS: Pickup.objects.create(
            agency=agency,
            queue=queue,
            case=case,
            user=person,
            method=PickupMethod.NEXT,
            queued_at=now - timedelta(minutes=9),
            picked_at=now,
            waited=timedelta(minutes=9),
        ),
    }


@pytest.fixture
def worlds(agency: Any, other_agency: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    return _world(agency, "Ownagency"), _world(other_agency, "Otheragency")


# Isolation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [*EDITABLE, *READ_ONLY])
def test_an_administrator_lists_and_opens_only_their_agencys_objects(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Any
) -> None:
    mine, theirs = worlds

    listing = admin_client.get(url)

    assert listing.status_code == 200
    assert [row.pk for row in listing.context["cl"].result_list] == [mine[url].pk]
    assert "Ownagency" in listing.content.decode()
    assert "Otheragency" not in listing.content.decode()  # neither rows nor filter choices
    assert admin_client.get(change_url(url, mine[url])).status_code == 200
    assert admin_client.get(change_url(url, theirs[url])).status_code in (302, 404)


@pytest.mark.parametrize("url", EDITABLE)
def test_another_agencys_object_cannot_be_changed_by_posting_to_it(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Any
) -> None:
    _mine, theirs = worlds
    target = theirs[url]

    response = admin_client.post(change_url(url, target), {"name": "Taken over", "order": "1"})

    assert response.status_code in (302, 403, 404)
    target.refresh_from_db()
    assert target.name != "Taken over"
    assert not AuditEvent.objects.filter(action__endswith=".update").exists()


def test_another_agencys_rule_cannot_be_deleted(
    worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Any
) -> None:
    _mine, theirs = worlds

    response = admin_client.post(f"{RULES}{theirs[RULES].pk}/delete/", {"post": "yes"})

    assert response.status_code in (302, 403, 404)
    assert RoutingRule.objects.filter(pk=theirs[RULES].pk).exists()


@pytest.mark.parametrize("url", [*EDITABLE, *READ_ONLY])
def test_a_caseworker_has_no_access_to_the_routing_admin(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], agency: Any, client_for: Any
) -> None:
    mine, _theirs = worlds
    client = client_for(member(agency, Role.CASEWORKER, is_staff=True))

    assert client.get(url).status_code == 403
    assert client.get(f"{url}add/").status_code == 403
    assert client.get(change_url(url, mine[url])).status_code in (302, 403)
    assert "routing" not in client.get("/admin/").content.decode().lower()


@pytest.mark.parametrize("url", [*EDITABLE, *READ_ONLY])
def test_a_platform_administrator_sees_every_agency(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], superuser_client: Any
) -> None:
    mine, theirs = worlds

    listing = superuser_client.get(url)

    assert {row.pk for row in listing.context["cl"].result_list} == {mine[url].pk, theirs[url].pk}
    assert superuser_client.get(change_url(url, theirs[url])).status_code == 200


# Skills -------------------------------------------------------------------------------------


def _skill_form(agency: Any | None, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": "spanish",
        "name": "Spanish",
        "description": "",
        "is_active": "on",
    }
    if agency is not None:
        data["agency"] = agency.pk
    data.update(changes)
    return data


def test_a_skill_added_and_changed_in_the_admin_is_audited(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    added = admin_client.post(f"{SKILLS}add/", _skill_form(agency))
    assert added.status_code == 302, added.content.decode()
    skill = Skill.objects.get(agency=agency, code="spanish")

    changed = admin_client.post(
        change_url(SKILLS, skill), _skill_form(None, name="Spanish, fluent")
    )

    assert changed.status_code == 302, changed.content.decode()
    skill.refresh_from_db()
    assert skill.name == "Spanish, fluent"
    [create] = _audits("skill.create")
    assert (create.actor, create.agency, create.object_id) == (administrator, agency, str(skill.pk))
    [update] = _audits("skill.update")
    assert update.details == {"fields": ["name"]}
    assert update.agency == agency


def test_saving_a_skill_unchanged_writes_no_audit_row(agency: Any, admin_client: Any) -> None:
    skill = _skill(agency)

    response = admin_client.post(change_url(SKILLS, skill), _skill_form(None))

    assert response.status_code == 302
    assert not _audits("skill.update")


def test_a_skill_code_already_used_in_the_agency_is_refused_on_the_form(
    agency: Any, admin_client: Any
) -> None:
    _skill(agency, code="spanish")
    french = _skill(agency, code="french", name="French")

    response = admin_client.post(change_url(SKILLS, french), _skill_form(None, name="French"))

    assert "already has a skill with this code" in _field_errors(response)["code"]
    french.refresh_from_db()
    assert french.code == "french"
    assert not _audits("skill.update")


def test_the_same_skill_code_may_be_used_by_another_agency(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    _skill(other_agency, code="spanish")

    response = admin_client.post(f"{SKILLS}add/", _skill_form(agency))

    assert response.status_code == 302
    assert Skill.objects.filter(code="spanish").count() == 2


def test_a_skill_cannot_be_added_to_another_agency(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    response = admin_client.post(f"{SKILLS}add/", _skill_form(other_agency))

    assert "agency" in _field_errors(response)
    assert not Skill.objects.exists()
    assert list(_form(admin_client.get(f"{SKILLS}add/")).fields["agency"].queryset) == [agency]


def test_skills_are_filtered_by_active_and_never_deleted(agency: Any, admin_client: Any) -> None:
    active = _skill(agency, code="spanish")
    retired = Skill.objects.create(agency=agency, code="fax", name="Fax", is_active=False)

    listing = admin_client.get(SKILLS, {"is_active__exact": "1"})
    deleted = admin_client.post(f"{SKILLS}{retired.pk}/delete/", {"post": "yes"})

    assert list(listing.context["cl"].result_list) == [active]
    assert deleted.status_code == 403
    assert Skill.objects.filter(pk=retired.pk).exists()


# Queues -------------------------------------------------------------------------------------


def _queue_form(agency: Any | None, team: Any, /, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Permits desk",
        "team": team.pk,
        "mode": QueueMode.PULL,
        "is_active": "on",
        "members": [],
        "offer_timeout_seconds": "120",
        "overflow_queue": "",
        "overflow_after_minutes": "",
        "priority_step_minutes": "30",
        "sla_risk_minutes": "60",
        "relax_level_after_minutes": "30",
        "drop_preferred_after_minutes": "60",
    }
    if agency is not None:
        data["agency"] = agency.pk
    data.update(changes)
    return data


def test_queue_choices_are_only_the_agencys_own(
    agency: Any, other_agency: Any, administrator: Any, admin_client: Any
) -> None:
    team, foreign_team = TeamFactory(agency=agency), TeamFactory(agency=other_agency)
    queue = _queue(agency, name="Permits desk", team=team)
    overflow = _queue(agency, name="Overflow desk", team=team)
    _queue(other_agency, name="Foreign desk", team=foreign_team)
    worker, manager = member(agency, Role.CASEWORKER), member(agency, Role.MANAGER)
    outsider = member(other_agency, Role.CASEWORKER)

    add = _form(admin_client.get(f"{QUEUES}add/")).fields
    change = _form(admin_client.get(change_url(QUEUES, queue))).fields

    for fields in (add, change):
        assert set(fields["team"].queryset) == set(Team.objects.filter(agency=agency))
        assert foreign_team not in fields["team"].queryset
        assert set(fields["members"].queryset) == {administrator, worker, manager}
        assert outsider not in fields["members"].queryset
    assert set(add["overflow_queue"].queryset) == {queue, overflow}
    assert list(change["overflow_queue"].queryset) == [overflow]  # never itself


def test_a_queue_added_with_members_is_audited(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency)
    worker = member(agency, Role.CASEWORKER)

    response = admin_client.post(
        f"{QUEUES}add/", _queue_form(agency, team, members=[worker.pk], mode=QueueMode.PUSH)
    )

    assert response.status_code == 302, response.content.decode()
    queue = Queue.objects.get(agency=agency, name="Permits desk")
    assert (queue.team, queue.mode, list(queue.members.all())) == (team, QueueMode.PUSH, [worker])
    [audit] = _audits("queue.create")
    assert (audit.actor, audit.agency, audit.object_id) == (administrator, agency, str(queue.pk))
    assert audit.details["members_added"] == [worker.pk]


def test_changing_a_queues_members_is_audited_with_who_was_added_and_removed(
    agency: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency)
    leaving, joining = member(agency, Role.CASEWORKER), member(agency, Role.CASEWORKER)
    queue = _queue(agency, team=team)
    queue.members.add(leaving)

    response = admin_client.post(
        change_url(QUEUES, queue), _queue_form(None, team, members=[joining.pk])
    )

    assert response.status_code == 302, response.content.decode()
    assert list(queue.members.all()) == [joining]
    [audit] = _audits("queue.update")
    assert audit.details == {
        "fields": ["members"],
        "members_added": [joining.pk],
        "members_removed": [leaving.pk],
    }


def test_the_queue_list_shows_how_many_members_each_queue_has(
    agency: Any, admin_client: Any
) -> None:
    queue = _queue(agency)
    queue.members.add(member(agency, Role.CASEWORKER), member(agency, Role.CASEWORKER))
    _queue(agency, name="Empty desk")

    listing = admin_client.get(QUEUES, {"mode__exact": QueueMode.PULL})

    counts = {row.name: row.member_total for row in listing.context["cl"].result_list}
    assert counts == {"Permits desk": 2, "Empty desk": 0}
    assert admin_client.get(QUEUES, {"mode__exact": QueueMode.PUSH}).context["cl"].result_count == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"overflow_after_minutes": "15"}, "overflow_queue", "Choose the queue cases move to"),
        ({"overflow_queue": "OVERFLOW"}, "overflow_after_minutes", "after how many minutes"),
    ],
)
def test_overflow_needs_both_a_queue_and_a_wait(
    agency: Any, admin_client: Any, changes: dict[str, str], field: str, message: str
) -> None:
    team = TeamFactory(agency=agency)
    overflow = _queue(agency, name="Overflow desk", team=team)
    changes = {k: str(overflow.pk) if v == "OVERFLOW" else v for k, v in changes.items()}

    response = admin_client.post(f"{QUEUES}add/", _queue_form(agency, team, **changes))

    assert message in _field_errors(response)[field]
    assert not Queue.objects.filter(name="Permits desk").exists()
    assert not _audits("queue.create")


def test_a_queue_cannot_overflow_into_itself(agency: Any, admin_client: Any) -> None:
    team = TeamFactory(agency=agency)
    queue = _queue(agency, team=team)

    response = admin_client.post(
        change_url(QUEUES, queue),
        _queue_form(None, team, overflow_queue=queue.pk, overflow_after_minutes="10"),
    )

    assert "overflow_queue" in _field_errors(response)
    queue.refresh_from_db()
    assert queue.overflow_queue is None
    queue.overflow_queue, queue.overflow_after_minutes = queue, 10
    with pytest.raises(ValidationError) as refused:
        queue.clean()
    assert refused.value.message_dict == {
        "overflow_queue": ["A queue cannot overflow into itself."]
    }


def test_two_queues_cannot_overflow_into_each_other(agency: Any, admin_client: Any) -> None:
    team = TeamFactory(agency=agency)
    first = _queue(agency, name="First desk", team=team)
    second = _queue(agency, name="Second desk", team=team)
    first.overflow_queue, first.overflow_after_minutes = second, 20
    first.save()

    response = admin_client.post(
        change_url(QUEUES, second),
        _queue_form(
            None, team, name="Second desk", overflow_queue=first.pk, overflow_after_minutes="20"
        ),
    )

    assert "already overflows back into this queue" in _field_errors(response)["overflow_queue"]


def test_a_queue_name_already_used_in_the_agency_is_refused_on_the_change_page(
    agency: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency)
    _queue(agency, name="Permits desk", team=team)
    other = _queue(agency, name="Licences desk", team=team)

    response = admin_client.post(change_url(QUEUES, other), _queue_form(None, team))

    assert "already has a queue with this name" in _field_errors(response)["name"]


@pytest.mark.parametrize(
    ("foreign", "field", "message"),
    [
        ("team", "team", "Choose a team of this agency."),
        ("overflow_queue", "overflow_queue", "Choose a queue of this agency."),
        ("members", "members", "have no role in this agency"),
    ],
)
def test_a_platform_administrator_cannot_mix_agencies_in_a_queue(
    agency: Any,
    other_agency: Any,
    superuser_client: Any,
    foreign: str,
    field: str,
    message: str,
) -> None:
    team = TeamFactory(agency=agency)
    values = {
        "team": TeamFactory(agency=other_agency).pk,
        "overflow_queue": _queue(other_agency, name="Foreign desk").pk,
        "members": [member(other_agency, Role.CASEWORKER, full_name="Otto Outsider").pk],
    }
    changes: dict[str, Any] = {foreign: values[foreign]}
    if foreign == "overflow_queue":
        changes["overflow_after_minutes"] = "10"

    response = superuser_client.post(f"{QUEUES}add/", _queue_form(agency, team, **changes))

    assert message in _field_errors(response)[field]
    assert not Queue.objects.filter(agency=agency).exists()


def test_queues_cannot_be_deleted(agency: Any, admin_client: Any) -> None:
    queue = _queue(agency)

    assert admin_client.post(f"{QUEUES}{queue.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Queue.objects.filter(pk=queue.pk).exists()


# Routing rules ------------------------------------------------------------------------------


def _rule_form(
    agency: Any | None, queue: Any, /, *skills: dict[str, Any], **changes: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Spanish permits",
        "order": "10",
        "is_active": "on",
        "service": "",
        "channel": "",
        "priority": "",
        "customer_kind": "",
        "keyword": "",
        "queue": queue.pk,
        "priority_change": "0",
        "skills-TOTAL_FORMS": str(len(skills)),
        "skills-INITIAL_FORMS": "0",
        "skills-MIN_NUM_FORMS": "0",
        "skills-MAX_NUM_FORMS": "1000",
    }
    if agency is not None:
        data["agency"] = agency.pk
    for number, row in enumerate(skills):
        data.update({f"skills-{number}-{name}": value for name, value in row.items()})
    data.update(changes)
    return data


def test_rules_are_listed_in_order_with_their_conditions(agency: Any, admin_client: Any) -> None:
    service = ServiceFactory(agency=agency, name="Building permit")
    queue = _queue(agency, name="Spanish desk")
    _rule(agency, name="Catch-all", order=90, queue=queue)
    _rule(
        agency,
        name="Spanish phone permits",
        order=10,
        queue=queue,
        service=service,
        channel=Channel.PHONE,
        priority=Priority.HIGH,
        customer_kind=CustomerKind.ORGANISATION,
        keyword="permiso",
        priority_change=1,
    )
    _rule(agency, name="Emails", order=50, channel=Channel.EMAIL, priority_change=-2)

    listing = admin_client.get(RULES)

    rows = listing.context["cl"].result_list
    assert [rule.name for rule in rows] == ["Spanish phone permits", "Emails", "Catch-all"]
    page = listing.content.decode()
    assert (
        "service is Building permit; channel is Phone; priority is High; "
        "customer is organisation; text contains “permiso”"
    ) in page
    assert "channel is Email" in page
    assert "any case" in page
    assert "+1" in page
    assert "-2" in page


def test_order_and_active_are_changed_in_the_list_and_audited(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    rule = _rule(agency, order=50)

    response = admin_client.post(
        RULES,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(rule.pk),
            "form-0-order": "5",
            "_save": "Save",
        },
    )

    assert response.status_code == 302
    rule.refresh_from_db()
    assert (rule.order, rule.is_active) == (5, False)
    [audit] = _audits("routing_rule.update")
    assert audit.details == {"fields": ["is_active", "order"]}
    assert (audit.actor, audit.agency) == (administrator, agency)


def test_rule_conditions_offer_the_known_channels_priorities_and_customer_kinds(
    agency: Any, other_agency: Any, service: Any, admin_client: Any
) -> None:
    queue = _queue(agency)
    ServiceFactory(agency=other_agency)
    _queue(other_agency, name="Foreign desk")
    rule = _rule(agency, queue=queue)

    for page in (f"{RULES}add/", change_url(RULES, rule)):
        fields = _form(admin_client.get(page)).fields
        assert fields["channel"].choices == [("", "Any channel"), *Channel.choices]
        assert fields["customer_kind"].choices == [("", "Any customer"), *CustomerKind.choices]
        assert fields["priority"].choices == [("", "Any priority"), *Priority.choices]
        assert all(isinstance(fields[n].widget, Select) for n in ("channel", "customer_kind"))
        assert list(fields["service"].queryset) == [service], page
        assert set(fields["queue"].queryset) == {queue, rule.queue}, page


def test_a_rule_with_extra_skills_is_saved_and_audited_with_a_stripped_keyword(
    agency: Any, service: Any, administrator: Any, admin_client: Any
) -> None:
    queue, spanish = _queue(agency), _skill(agency)

    response = admin_client.post(
        f"{RULES}add/",
        _rule_form(
            agency,
            queue,
            {"skill": spanish.pk, "min_level": "3", "required": "on"},
            service=service.pk,
            channel=Channel.PHONE,
            priority=str(Priority.HIGH),
            customer_kind=CustomerKind.PERSON,
            keyword="  permiso  ",
            priority_change="1",
        ),
    )

    assert response.status_code == 302, response.content.decode()
    rule = RoutingRule.objects.get(name="Spanish permits")
    assert (rule.service, rule.channel, rule.priority) == (service, Channel.PHONE, Priority.HIGH)
    assert (rule.customer_kind, rule.keyword, rule.priority_change) == ("person", "permiso", 1)
    assert list(RuleSkill.objects.filter(rule=rule).values_list("skill", "min_level")) == [
        (spanish.pk, 3)
    ]
    [created] = _audits("routing_rule.create")
    assert (created.actor, created.agency, created.object_id) == (
        administrator,
        agency,
        str(rule.pk),
    )
    [skills] = _audits("routing_rule.skills")
    assert skills.details == {"saved": ["spanish"], "removed": []}


def test_a_rule_with_empty_conditions_is_stored_as_any(agency: Any, admin_client: Any) -> None:
    response = admin_client.post(f"{RULES}add/", _rule_form(agency, _queue(agency)))

    assert response.status_code == 302, response.content.decode()
    rule = RoutingRule.objects.get()
    assert (rule.service, rule.channel, rule.priority, rule.customer_kind) == (None, "", None, "")


def test_an_unknown_channel_is_refused_on_the_form(agency: Any, admin_client: Any) -> None:
    response = admin_client.post(
        f"{RULES}add/", _rule_form(agency, _queue(agency), channel="pigeon")
    )

    assert "channel" in _field_errors(response)
    assert not RoutingRule.objects.exists()


@pytest.mark.parametrize(
    ("field", "message"),
    [("queue", "Choose a queue of this agency."), ("service", "Choose a service of this agency.")],
)
def test_a_platform_administrator_cannot_route_to_another_agencys_queue_or_service(
    agency: Any, other_agency: Any, superuser_client: Any, field: str, message: str
) -> None:
    queue = _queue(agency)
    foreign = {
        "queue": _queue(other_agency, name="Foreign desk").pk,
        "service": ServiceFactory(agency=other_agency).pk,
    }

    response = superuser_client.post(
        f"{RULES}add/", _rule_form(agency, queue, **{field: foreign[field]})
    )

    assert message in _field_errors(response)[field]
    assert not RoutingRule.objects.exists()
    assert not _audits("routing_rule.create")


def test_an_administrator_cannot_post_another_agencys_queue_into_a_rule(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    foreign = _queue(other_agency, name="Foreign desk")

    response = admin_client.post(f"{RULES}add/", _rule_form(agency, foreign))

    assert "queue" in _field_errors(response)
    assert not RoutingRule.objects.exists()


def test_a_skill_of_another_agency_is_refused_in_a_rules_extra_skills(
    agency: Any, other_agency: Any, superuser_client: Any
) -> None:
    foreign_skill = _skill(other_agency)

    response = superuser_client.post(
        f"{RULES}add/",
        _rule_form(agency, _queue(agency), {"skill": foreign_skill.pk, "min_level": "2"}),
    )

    assert response.status_code == 200
    [inline] = response.context["inline_admin_formsets"]
    assert "Choose a skill of this agency." in str(inline.formset.errors)
    assert not RoutingRule.objects.exists()


def test_deleting_a_rule_is_audited(agency: Any, administrator: Any, admin_client: Any) -> None:
    rule = _rule(agency)

    confirm = admin_client.get(f"{RULES}{rule.pk}/delete/")
    response = admin_client.post(f"{RULES}{rule.pk}/delete/", {"post": "yes"})

    assert confirm.status_code == 200
    assert response.status_code == 302
    assert not RoutingRule.objects.exists()
    [audit] = _audits("routing_rule.delete")
    assert (audit.actor, audit.agency, audit.object_id) == (administrator, agency, str(rule.pk))


def test_deleting_selected_rules_audits_each(agency: Any, admin_client: Any) -> None:
    rules = [_rule(agency, name="First"), _rule(agency, name="Second")]

    response = admin_client.post(
        RULES,
        {"action": "delete_selected", "_selected_action": [r.pk for r in rules], "post": "yes"},
    )

    assert response.status_code == 302
    assert not RoutingRule.objects.exists()
    assert {a.object_id for a in _audits("routing_rule.delete")} == {str(r.pk) for r in rules}


# Skills on the service admin -------------------------------------------------------------------


def _service_change_form(service: Service, *skills: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": service.code,
        "name": service.name,
        "channels": list(service.channels),
        "default_priority": str(service.default_priority),
        "reopen_window_days": "30",
        "is_active": "on",
        "attributes-TOTAL_FORMS": "0",
        "attributes-INITIAL_FORMS": "0",
        "attributes-MIN_NUM_FORMS": "0",
        "attributes-MAX_NUM_FORMS": "1000",
        "skills-TOTAL_FORMS": str(len(skills)),
        "skills-INITIAL_FORMS": "0",
        "skills-MIN_NUM_FORMS": "0",
        "skills-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(skills):
        data.update({f"skills-{number}-{name}": value for name, value in row.items()})
    return data


def test_a_services_skills_are_chosen_from_its_agency_and_audited(
    agency: Any, other_agency: Any, service: Any, admin_client: Any
) -> None:
    spanish = _skill(agency)
    _skill(other_agency, code="foreign", name="Foreign skill")
    page = f"/admin/cases/service/{service.pk}/change/"

    inline = next(
        formset
        for formset in admin_client.get(page).context["inline_admin_formsets"]
        if formset.opts.model is ServiceSkill
    )
    response = admin_client.post(
        page, _service_change_form(service, {"skill": spanish.pk, "min_level": "2"})
    )

    assert list(inline.formset.form.base_fields["skill"].queryset) == [spanish]
    assert response.status_code == 302, response.content.decode()
    row = ServiceSkill.objects.get(service=service)
    assert (row.skill, row.min_level, row.required) == (spanish, 2, False)
    [audit] = _audits("service.skills")
    assert (audit.agency, audit.object_id, audit.details["saved"]) == (
        agency,
        str(service.pk),
        ["spanish"],
    )


def test_a_platform_administrator_cannot_give_a_new_service_another_agencys_skill(
    agency: Any, other_agency: Any, superuser_client: Any
) -> None:
    foreign = _skill(other_agency)
    data = _service_change_form(
        Service(code="dog-licence", name="Dog licence"), {"skill": foreign.pk, "min_level": "1"}
    )

    response = superuser_client.post("/admin/cases/service/add/", {**data, "agency": agency.pk})

    assert response.status_code == 200
    inline = next(
        formset
        for formset in response.context["inline_admin_formsets"]
        if formset.opts.model is ServiceSkill
    )
    assert inline.formset.errors == [{"skill": ["Choose a skill of this agency."]}]
    assert not Service.objects.filter(code="dog-licence").exists()


# Read-only: levels, history, presence ------------------------------------------------------------


@pytest.mark.parametrize("url", READ_ONLY)
def test_levels_history_and_presence_cannot_be_added_changed_or_deleted(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Any
) -> None:
    mine, _theirs = worlds

    assert_shown_but_never_changed(admin_client, url, mine[url], {"level": "5", "state": "offline"})

    assert PersonSkill.objects.get(pk=mine[LEVELS].pk).level == 3
    assert Presence.objects.get(pk=mine[PRESENCE].pk).state == PresenceState.AVAILABLE


def test_the_level_history_filters_by_skill_and_source(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    spanish, french = _skill(agency), _skill(agency, code="french", name="French")
    person = member(agency, Role.CASEWORKER)
    skill_level_set(user=person, skill=spanish, level=2, actor=administrator)
    skill_level_set(
        user=person, skill=spanish, level=4, source=SkillSource.ASSESSMENT, actor=administrator
    )
    skill_level_set(user=person, skill=french, level=1, actor=administrator)

    by_skill = admin_client.get(HISTORY, {"skill__id__exact": spanish.pk})
    by_source = admin_client.get(HISTORY, {"source__exact": SkillSource.ASSESSMENT})

    assert [(c.level_before, c.level_after) for c in by_skill.context["cl"].result_list] == [
        (2, 4),
        (None, 2),
    ]
    [assessed] = by_source.context["cl"].result_list
    assert (assessed.skill, assessed.level_after) == (spanish, 4)


def test_levels_and_presence_show_times_in_the_agencys_time_zone(
    agency: Any, admin_client: Any
) -> None:
    winter = datetime(2026, 1, 15, 15, 30, tzinfo=UTC)  # 9:30 in Chicago (CST)
    person = member(agency, Role.CASEWORKER, full_name="Wendy Winter")
    level = skill_level_set(user=person, skill=_skill(agency), level=2, actor=None)
    assert level is not None
    PersonSkill.objects.filter(pk=level.pk).update(updated_at=winter)
    Presence.objects.create(user=person, state=PresenceState.AWAY, reason="break", since=winter)

    for url in (LEVELS, PRESENCE):
        page = admin_client.get(url).content.decode()
        assert "9:30" in page, url
        assert "CST" in page, url


def test_a_person_in_two_agencies_shows_once_to_each_agencys_administrator(
    agency: Any, other_agency: Any, admin_client: Any, client_for: Any
) -> None:
    person = member(agency, Role.CASEWORKER, full_name="Shared Person")
    MembershipFactory(user=person, agency=agency, role=Role.SUPERVISOR)
    MembershipFactory(user=person, agency=other_agency, role=Role.CASEWORKER)
    presence = Presence.objects.create(user=person)
    other_admin = member(other_agency, Role.ADMINISTRATOR, is_staff=True)

    for client in (admin_client, client_for(other_admin)):
        assert list(client.get(PRESENCE).context["cl"].result_list) == [presence]


# Skill assessments ------------------------------------------------------------------------------


def _assessment_form(
    agency: Any | None, skill: Any, *questions: dict[str, Any], **changes: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "skill": skill.pk,
        "title": "Spanish for casework",
        "instructions": "Pick one answer for each question.",
        "level_1_mark": "40",
        "level_2_mark": "60",
        "level_3_mark": "80",
        "level_4_mark": "",
        "level_5_mark": "",
        "retake_after_hours": "24",
        "questions-TOTAL_FORMS": str(len(questions)),
        "questions-INITIAL_FORMS": str(sum(1 for row in questions if row.get("id"))),
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
    }
    if agency is not None:
        data["agency"] = agency.pk
    for number, row in enumerate(questions):
        data.update({f"questions-{number}-{name}": value for name, value in row.items()})
    data.update(changes)
    return data


def _question_rows(assessment: Assessment) -> list[dict[str, Any]]:
    return [
        {"id": q.pk, "assessment": assessment.pk, "order": q.order, "text": q.text}
        for q in assessment.questions.order_by("order", "id")
    ]


def _inline_errors(response: Any) -> str:
    assert response.status_code == 200, response.status_code
    return " ".join(
        f"{inline.formset.non_form_errors()} {inline.formset.errors}"
        for inline in response.context["inline_admin_formsets"]
    )


def test_an_assessment_is_added_closed_with_its_questions_and_audited(
    agency: Any, administrator: Any, admin_client: Any
) -> None:
    skill = _skill(agency)
    add_page = admin_client.get(f"{ASSESSMENTS}add/")

    response = admin_client.post(
        f"{ASSESSMENTS}add/",
        _assessment_form(
            agency,
            skill,
            {"order": "1", "text": "What does “Necesito renovar mi licencia” ask for?"},
            {"order": "2", "text": "How do you ask someone to hold the line?"},
        ),
    )

    assert _form(add_page).initial["is_active"] is False
    assert response.status_code == 302, response.content.decode()
    assessment = Assessment.objects.get(agency=agency)
    assert (assessment.skill, assessment.is_active, assessment.marks()) == (
        skill,
        False,
        {1: 40, 2: 60, 3: 80},
    )
    assert assessment.questions.count() == 2
    [created] = _audits("assessment.create")
    assert (created.actor, created.agency, created.object_id) == (
        administrator,
        agency,
        str(assessment.pk),
    )
    [questions] = _audits("assessment.questions")
    assert questions.details["saved"] == sorted(assessment.questions.values_list("pk", flat=True))


def test_an_assessment_opens_only_when_every_question_has_its_choices(
    agency: Any, admin_client: Any
) -> None:
    assessment = make_assessment(agency=agency, questions=1, is_active=False)
    AssessmentQuestion.objects.create(assessment=assessment, order=2, text="No choices yet?")
    url = change_url(ASSESSMENTS, assessment)
    data = _assessment_form(
        None, assessment.skill, *_question_rows(assessment), title=assessment.title
    )

    refused = admin_client.post(url, {**data, "is_active": "on"})
    page = admin_client.get(url).content.decode()

    errors = _inline_errors(refused)
    assert (
        "Question 2: It needs at least two choices. Exactly one choice must be correct." in errors
    )
    assert "Keep the assessment closed" in errors
    assessment.refresh_from_db()
    assert not assessment.is_active
    assert "Edit the choices" in page
    last = assessment.questions.get(order=2)
    assert f"/admin/routing/assessmentquestion/{last.pk}/change/" in page

    AssessmentChoice.objects.create(question=last, order=1, text="Yes", is_correct=True)
    AssessmentChoice.objects.create(question=last, order=2, text="No")
    opened = admin_client.post(url, {**data, "is_active": "on"})

    assert opened.status_code == 302, _inline_errors(opened)
    assessment.refresh_from_db()
    assert assessment.is_active


def test_an_assessment_without_questions_cannot_open(agency: Any, admin_client: Any) -> None:
    response = admin_client.post(
        f"{ASSESSMENTS}add/", _assessment_form(agency, _skill(agency), is_active="on")
    )

    assert "needs questions" in _inline_errors(response)
    assert not Assessment.objects.exists()


@pytest.mark.parametrize(
    ("marks", "field", "message"),
    [
        ({"level_2_mark": "30"}, "level_2_mark", "higher mark than level 1 (40%)"),
        ({"level_3_mark": "", "level_4_mark": "60"}, "level_4_mark", "than level 2 (60%)"),
        (
            {"level_1_mark": "", "level_2_mark": "", "level_3_mark": ""},
            "level_1_mark",
            "at least one level",
        ),
        ({"level_3_mark": "101"}, "level_3_mark", "less than or equal to 100"),
    ],
)
def test_pass_marks_must_rise_with_the_level(
    agency: Any, admin_client: Any, marks: dict[str, str], field: str, message: str
) -> None:
    response = admin_client.post(
        f"{ASSESSMENTS}add/", _assessment_form(agency, _skill(agency), **marks)
    )

    assert message in _field_errors(response)[field]
    assert not Assessment.objects.exists()


def test_an_assessment_title_already_used_in_the_agency_is_refused(
    agency: Any, admin_client: Any
) -> None:
    make_assessment(agency=agency, title="Spanish for casework")
    other = make_assessment(agency=agency, title="Food premises basics", is_active=False)

    response = admin_client.post(
        change_url(ASSESSMENTS, other),
        _assessment_form(None, other.skill, *_question_rows(other), title="spanish FOR casework"),
    )

    assert "already has an assessment with this title" in _field_errors(response)["title"]


def test_a_platform_administrator_cannot_assess_another_agencys_skill(
    agency: Any, other_agency: Any, superuser_client: Any
) -> None:
    response = superuser_client.post(
        f"{ASSESSMENTS}add/", _assessment_form(agency, _skill(other_agency))
    )

    assert "Choose a skill of this agency." in _field_errors(response)["skill"]
    assert not Assessment.objects.exists()


def test_an_administrators_assessment_choices_are_their_agencys_skills(
    agency: Any, other_agency: Any, admin_client: Any
) -> None:
    mine = _skill(agency)
    _skill(other_agency, code="foreign", name="Foreign skill")

    fields = _form(admin_client.get(f"{ASSESSMENTS}add/")).fields

    assert list(fields["skill"].queryset) == [mine]
    assert list(fields["agency"].queryset) == [agency]


def test_assessments_cannot_be_deleted(agency: Any, admin_client: Any) -> None:
    assessment = make_assessment(agency=agency)

    response = admin_client.post(f"{ASSESSMENTS}{assessment.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Assessment.objects.filter(pk=assessment.pk).exists()


@pytest.mark.parametrize("url", [ASSESSMENTS, QUESTIONS])
def test_assessments_and_questions_are_kept_to_their_agency(
    url: str, worlds: tuple[dict[str, Any], dict[str, Any]], admin_client: Any
) -> None:
    mine, theirs = worlds

    listing = admin_client.get(url)

    own = mine[ASSESSMENTS]
    expected = set(own.questions.all()) if url == QUESTIONS else {own}
    assert set(listing.context["cl"].result_list) == expected
    assert "Otheragency" not in listing.content.decode()
    assert admin_client.get(change_url(url, mine[url])).status_code == 200
    assert admin_client.get(change_url(url, theirs[url])).status_code in (302, 404)
    posted = admin_client.post(change_url(url, theirs[url]), {"title": "Taken", "text": "Taken"})
    assert posted.status_code in (302, 403, 404)
    assert not AuditEvent.objects.filter(
        action__in=["assessment.update", "assessment_question.update"]
    ).exists()


def _choices_form(question: AssessmentQuestion, *choices: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "order": str(question.order),
        "text": question.text,
        "choices-TOTAL_FORMS": str(len(choices)),
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "0",
        "choices-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(choices):
        data.update({f"choices-{number}-{name}": value for name, value in row.items()})
    return data


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ([{"order": "1", "text": "Only one", "is_correct": "on"}], "Give at least two choices."),
        (
            [{"order": "1", "text": "Yes", "is_correct": "on"}, {"order": "2", "text": "Sí"}],
            None,
        ),
        (
            [
                {"order": "1", "text": "Yes", "is_correct": "on"},
                {"order": "2", "text": "Sí", "is_correct": "on"},
            ],
            "Mark exactly one choice as correct (2 marked now).",
        ),
        (
            [{"order": "1", "text": "Yes"}, {"order": "2", "text": "Sí"}],
            "Mark exactly one choice as correct (0 marked now).",
        ),
    ],
)
def test_a_question_needs_two_choices_and_exactly_one_correct(
    agency: Any, admin_client: Any, choices: list[dict[str, Any]], message: str | None
) -> None:
    assessment = make_assessment(agency=agency, questions=0, is_active=False)
    question = AssessmentQuestion.objects.create(assessment=assessment, text="Yes in Spanish?")

    response = admin_client.post(change_url(QUESTIONS, question), _choices_form(question, *choices))

    if message is None:
        assert response.status_code == 302, _inline_errors(response)
        assert response["Location"] == change_url(ASSESSMENTS, assessment)
        assert question.choices.count() == 2
        [audit] = _audits("assessment_question.choices")
        assert (audit.agency, audit.object_id) == (agency, str(question.pk))
    else:
        assert message in _inline_errors(response)
        assert not question.choices.exists()
        assert not _audits("assessment_question.choices")


def test_a_question_added_from_the_question_admin_is_audited_and_scoped(
    agency: Any, other_agency: Any, administrator: Any, admin_client: Any
) -> None:
    assessment = make_assessment(agency=agency, questions=0, is_active=False)
    make_assessment(agency=other_agency, title="Foreign assessment")
    choices = [{"order": "1", "text": "41°F", "is_correct": "on"}, {"order": "2", "text": "60°F"}]

    form = _form(admin_client.get(f"{QUESTIONS}add/"))
    response = admin_client.post(
        f"{QUESTIONS}add/",
        {
            **_choices_form(AssessmentQuestion(order=1, text="Cold holding?"), *choices),
            "assessment": assessment.pk,
        },
    )

    assert list(form.fields["assessment"].queryset) == [assessment]
    assert response.status_code == 302, _inline_errors(response)
    question = AssessmentQuestion.objects.get(assessment=assessment)
    [created] = _audits("assessment_question.create")
    assert (created.actor, created.agency, created.object_id) == (
        administrator,
        agency,
        str(question.pk),
    )


def test_deleting_a_question_is_audited(agency: Any, admin_client: Any) -> None:
    assessment = make_assessment(agency=agency, questions=2)
    question = assessment.questions.first()
    assert question is not None

    response = admin_client.post(f"{QUESTIONS}{question.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert assessment.questions.count() == 1
    [audit] = _audits("assessment_question.delete")
    assert (audit.agency, audit.object_id) == (agency, str(question.pk))


def test_attempts_show_the_score_and_link_to_the_answers(agency: Any, admin_client: Any) -> None:
    assessment = make_assessment(agency=agency)
    person = member(agency, Role.CASEWORKER)
    attempt = assessment_submit(
        assessment=assessment, user=person, answers=answers(assessment, right=3)
    )

    listing = admin_client.get(ATTEMPTS).content.decode()
    detail = admin_client.get(change_url(ATTEMPTS, attempt)).content.decode()

    assert "60% (3 of 5 right)" in listing
    assert f"/routing/assessments/attempts/{attempt.pk}/" in detail


# Queue weights put waiting cases back in line -----------------------------------------------------


def _waiting(queue: Queue, minutes_ago: int, **fields: Any) -> Case:
    case: Case = CaseFactory.create(
        agency=queue.agency,
        queue=queue,
        queued_at=timezone.now() - timedelta(minutes=minutes_ago),
        **fields,
    )
    case.route_key = route_key(case)
    case.save(update_fields=["route_key"])
    return case


def _queued(case: Case) -> datetime:
    assert case.queued_at is not None
    return case.queued_at


def _keys(*cases: Case) -> list[Any]:
    return [Case.objects.get(pk=case.pk).route_key for case in cases]


def test_changing_a_queues_weights_puts_its_waiting_cases_back_in_line(
    agency: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency)
    queue = _queue(agency, team=team)
    other = _queue(agency, name="Other desk", team=team)
    urgent = _waiting(queue, 10, priority=Priority.URGENT)
    at_risk = _waiting(queue, 20, priority=Priority.LOW, sla_state=SlaState.AT_RISK)
    taken = _waiting(queue, 30, priority=Priority.HIGH)
    Case.objects.filter(pk=taken.pk).update(
        assignee=member(agency, Role.CASEWORKER), status=CaseStatus.OPEN, route_key=None
    )
    elsewhere = _waiting(other, 10, priority=Priority.URGENT)
    before = _keys(elsewhere)

    response = admin_client.post(
        change_url(QUEUES, queue),
        _queue_form(None, team, priority_step_minutes="90", sla_risk_minutes="120"),
    )

    assert response.status_code == 302, response.content.decode()
    queue.refresh_from_db()
    for case in (urgent, at_risk):
        stored = Case.objects.select_related("queue").get(pk=case.pk)
        assert stored.route_key == route_key(stored)
    assert _keys(urgent) == [_queued(urgent) - timedelta(minutes=3 * 90)]
    assert _keys(at_risk) == [_queued(at_risk) - timedelta(minutes=120)]
    assert _keys(taken) == [None]
    assert _keys(elsewhere) == before
    [audit] = _audits("queue.update")
    assert audit.details["fields"] == ["priority_step_minutes", "sla_risk_minutes"]


def test_saving_a_queue_with_the_same_weights_leaves_the_line_alone(
    agency: Any, admin_client: Any
) -> None:
    team = TeamFactory(agency=agency)
    queue = _queue(agency, team=team)
    case = _waiting(queue, 10, priority=Priority.HIGH)
    stale = _queued(case) - timedelta(days=1)
    Case.objects.filter(pk=case.pk).update(route_key=stale)

    response = admin_client.post(change_url(QUEUES, queue), _queue_form(None, team, name="Renamed"))

    assert response.status_code == 302
    assert _keys(case) == [stale]


def test_route_keys_are_refreshed_in_batches(agency: Any) -> None:
    queue = _queue(agency)
    cases = [_waiting(queue, minutes, priority=Priority.HIGH) for minutes in (5, 10, 15)]
    Queue.objects.filter(pk=queue.pk).update(priority_step_minutes=45)
    queue.refresh_from_db()

    changed = route_keys_refresh(queue=queue, batch=2)

    assert changed == 3
    assert _keys(*cases) == [_queued(case) - timedelta(minutes=2 * 45) for case in cases]
