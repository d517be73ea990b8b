"""Routing at intake (ordered rules, first match wins) and skill levels with their history."""

from __future__ import annotations

from typing import Any

import pytest

from backoffice.errors import DomainError
from backoffice.models import AuditEvent, Role
from cases import services
from cases.models import Channel, CustomerKind, EventKind, Priority
from routing.models import (
    CaseSkill,
    PersonSkill,
    RuleSkill,
    ServiceSkill,
    SkillLevelChange,
    SkillSource,
)
from routing.services import skill_level_set

from ..backoffice.factories import TeamFactory
from ..cases.factories import CustomerFactory, ServiceFactory
from ..conftest import member
from .factories import QueueFactory, RoutingRuleFactory, SkillFactory


@pytest.fixture
def intake(agency: Any) -> dict[str, Any]:
    team = TeamFactory(agency=agency, name="Permits")
    return {
        "agency": agency,
        "team": team,
        "service": ServiceFactory(agency=agency, name="Building permit", default_team=team),
        "worker": member(agency, Role.CASEWORKER),
    }


def open_case(intake: dict[str, Any], **fields: Any) -> Any:
    fields.setdefault("subject", "Extension at 4 Elm Road")
    fields.setdefault("channel", Channel.PHONE)
    return services.case_open(
        agency=intake["agency"], service=intake["service"], actor=intake["worker"], **fields
    )


class TestRules:
    def test_the_first_matching_rule_by_order_routes_the_case(self, intake: Any) -> None:
        agency = intake["agency"]
        later = RoutingRuleFactory(agency=agency, name="Everything else", order=50)
        first = RoutingRuleFactory(
            agency=agency, name="Phone permits", order=10, channel=Channel.PHONE
        )
        RoutingRuleFactory(agency=agency, name="Web", order=5, channel=Channel.WEB)
        case = open_case(intake)
        assert case.routed_by == first
        assert case.queue == first.queue
        assert case.queued_at == case.created_at
        web = open_case(intake, channel=Channel.WEB)
        assert web.routed_by.name == "Web"
        email = open_case(intake, channel=Channel.EMAIL)
        assert email.routed_by == later

    def test_every_condition_of_a_rule_must_hold(self, intake: Any) -> None:
        agency = intake["agency"]
        organisations = CustomerFactory(agency=agency, kind=CustomerKind.ORGANISATION)
        RoutingRuleFactory(
            agency=agency,
            name="Urgent flooding from businesses",
            service=intake["service"],
            channel=Channel.PHONE,
            priority=Priority.URGENT,
            customer_kind=CustomerKind.ORGANISATION,
            keyword="Flood",
        )
        matched = open_case(
            intake,
            subject="Basement",
            description="Water everywhere, FLOODING since noon",
            priority=Priority.URGENT,
            customer=organisations,
        )
        assert matched.routed_by is not None
        event = matched.events.get(kind=EventKind.ROUTED)
        assert "Urgent flooding from businesses" in event.summary
        assert "the text mentions “Flood”" in event.summary
        assert "the customer kind is organisation" in event.summary
        assert event.data["rule"] == matched.routed_by.pk
        # One condition off at a time: no match.
        for fields in (
            {"priority": Priority.HIGH, "customer": organisations},
            {"priority": Priority.URGENT, "customer": CustomerFactory(agency=agency)},
            {"priority": Priority.URGENT, "customer": organisations, "channel": Channel.WEB},
        ):
            case = open_case(intake, description="flooding", **fields)
            assert case.routed_by is None

    def test_inactive_rules_and_rules_of_other_agencies_never_apply(
        self, intake: Any, other_agency: Any
    ) -> None:
        RoutingRuleFactory(agency=intake["agency"], is_active=False)
        RoutingRuleFactory(agency=other_agency)
        assert open_case(intake).routed_by is None

    def test_a_rule_moves_the_priority_within_bounds(self, intake: Any) -> None:
        RoutingRuleFactory(agency=intake["agency"], priority_change=3)
        case = open_case(intake, priority=Priority.HIGH)
        assert case.priority == Priority.URGENT
        assert case.events.get(kind=EventKind.ROUTED).data["priority"] == [3, 4]

    def test_the_queue_decides_the_team(self, intake: Any) -> None:
        inspections = TeamFactory(agency=intake["agency"], name="Inspections")
        queue = QueueFactory(agency=intake["agency"], team=inspections)
        RoutingRuleFactory(agency=intake["agency"], queue=queue)
        assert open_case(intake).team == inspections

    def test_without_a_rule_the_case_waits_in_its_teams_only_queue(self, intake: Any) -> None:
        queue = QueueFactory(agency=intake["agency"], team=intake["team"])
        case = open_case(intake)
        assert case.queue == queue
        assert "no rule matched" in case.events.get(kind=EventKind.ROUTED).summary
        QueueFactory(agency=intake["agency"], team=intake["team"])
        assert open_case(intake).queue is None

    def test_the_case_needs_the_services_skills_and_the_rules_extra_ones(self, intake: Any) -> None:
        agency = intake["agency"]
        spanish, permits, structural = (SkillFactory(agency=agency) for _ in range(3))
        ServiceSkill.objects.create(service=intake["service"], skill=permits, min_level=2)
        ServiceSkill.objects.create(
            service=intake["service"], skill=spanish, min_level=1, required=False
        )
        rule = RoutingRuleFactory(agency=agency, keyword="extension")
        RuleSkill.objects.create(rule=rule, skill=structural, min_level=3)
        RuleSkill.objects.create(rule=rule, skill=permits, min_level=4)
        case = open_case(intake)
        needed = {
            (row.skill_id, row.min_level, row.required)
            for row in CaseSkill.objects.filter(case=case)
        }
        assert needed == {(permits.pk, 4, True), (spanish.pk, 1, False), (structural.pk, 3, True)}


class TestSkillLevels:
    def test_a_supervisor_sets_a_level_and_the_history_keeps_every_change(
        self, agency: Any
    ) -> None:
        supervisor = member(agency, Role.SUPERVISOR)
        worker = member(agency, Role.CASEWORKER)
        skill = SkillFactory(agency=agency, name="Spanish")
        skill_level_set(user=worker, skill=skill, level=2, actor=supervisor)
        skill_level_set(user=worker, skill=skill, level=2, actor=supervisor)
        skill_level_set(
            user=worker,
            skill=skill,
            level=4,
            source=SkillSource.ASSESSMENT,
            actor=supervisor,
            note="Passed",
        )
        held = PersonSkill.objects.get(user=worker, skill=skill)
        assert (held.level, held.source) == (4, SkillSource.ASSESSMENT)
        history = SkillLevelChange.objects.filter(user=worker).order_by("changed_at", "id")
        assert [(c.level_before, c.level_after) for c in history] == [(None, 2), (2, 4)]
        assert AuditEvent.objects.filter(action="skill.level").count() == 2
        skill_level_set(user=worker, skill=skill, level=None, actor=supervisor)
        assert not PersonSkill.objects.filter(user=worker).exists()
        removal = history.last()
        assert removal is not None
        assert removal.level_after is None

    def test_a_caseworker_cannot_set_levels(self, agency: Any) -> None:
        worker = member(agency, Role.CASEWORKER)
        with pytest.raises(DomainError):
            skill_level_set(user=worker, skill=SkillFactory(agency=agency), level=5, actor=worker)
        assert not PersonSkill.objects.exists()

    def test_levels_are_for_people_of_the_skills_agency_and_from_one_to_five(
        self, agency: Any, other_agency: Any
    ) -> None:
        supervisor = member(agency, Role.SUPERVISOR)
        skill = SkillFactory(agency=agency)
        outsider = member(other_agency, Role.CASEWORKER)
        with pytest.raises(DomainError) as error:
            skill_level_set(user=outsider, skill=skill, level=3, actor=supervisor)
        assert error.value.field == "user"
        with pytest.raises(DomainError) as error:
            skill_level_set(
                user=member(agency, Role.CASEWORKER), skill=skill, level=6, actor=supervisor
            )
        assert error.value.field == "level"
        other_supervisor = member(other_agency, Role.SUPERVISOR)
        with pytest.raises(DomainError):
            skill_level_set(
                user=member(agency, Role.CASEWORKER), skill=skill, level=3, actor=other_supervisor
            )
