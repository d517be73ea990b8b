"""The routing demo: skills with levels and their history, one queue per team, ordered rules
that route the demo cases at intake, presence, and nothing added when loaded twice."""

from __future__ import annotations

import pytest

from backoffice import demo as backoffice_demo
from backoffice.models import Agency, AuditEvent, Membership, Role
from cases import demo as cases_demo
from cases.models import Case, CaseEvent, EventKind, Service
from routing import demo as routing_demo
from routing.models import (
    CaseSkill,
    PersonSkill,
    Presence,
    PresenceLog,
    Queue,
    QueueMode,
    RoutingRule,
    RuleSkill,
    ServiceSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)

pytestmark = pytest.mark.django_db

SIZE = 40
SLUGS = [spec.slug for spec in routing_demo.ROUTINGS.values()]
WORKING = (Role.CASEWORKER, Role.SUPERVISOR)


@pytest.fixture
def seeded() -> None:
    backoffice_demo.seed(cases_per_agency=SIZE)


def _counts() -> tuple[int, ...]:
    return (
        Skill.objects.count(),
        Queue.objects.count(),
        Queue.members.through.objects.count(),
        ServiceSkill.objects.count(),
        RoutingRule.objects.count(),
        RuleSkill.objects.count(),
        PersonSkill.objects.count(),
        SkillLevelChange.objects.count(),
        AuditEvent.objects.filter(action="skill.level").count(),
        Presence.objects.count(),
        PresenceLog.objects.count(),
        CaseSkill.objects.count(),
        Case.objects.count(),
    )


def test_seeding_twice_adds_no_skills_queues_rules_levels_or_presence(seeded: None) -> None:
    before = _counts()

    backoffice_demo.seed(cases_per_agency=SIZE)
    cases_demo.seed(cases_per_agency=SIZE)

    assert _counts() == before


def test_an_agency_that_already_has_cases_gets_its_missing_routing_and_no_new_cases(
    seeded: None,
) -> None:
    agency = Agency.objects.get(slug="riverton-licensing")
    rules = set(RoutingRule.objects.filter(agency=agency).values_list("name", "order"))
    RoutingRule.objects.filter(agency=agency).delete()
    cases = Case.objects.count()

    backoffice_demo.seed(cases_per_agency=SIZE)

    assert set(RoutingRule.objects.filter(agency=agency).values_list("name", "order")) == rules
    assert Case.objects.count() == cases


def test_every_agency_has_skills_queues_with_their_teams_people_and_ordered_rules(
    seeded: None,
) -> None:
    for agency in Agency.objects.filter(slug__in=SLUGS):
        assert 4 <= Skill.objects.filter(agency=agency).count() <= 8, agency.slug
        queues = Queue.objects.filter(agency=agency).prefetch_related("members")
        assert sorted(q.team_id for q in queues) == sorted(t.pk for t in agency.teams.all())
        staffed = [queue for queue in queues if queue.members.all()]
        assert staffed, agency.slug
        for queue in staffed:
            team = set(
                Membership.objects.filter(team=queue.team, role__in=WORKING).values_list(
                    "user", flat=True
                )
            )
            assert {member.pk for member in queue.members.all()} == team, queue.name
        push = [queue for queue in queues if queue.mode == QueueMode.PUSH]
        assert len(push) == 1
        assert push[0].offer_timeout_seconds == 120
        assert push[0].members.exists()
        overflowing = [queue for queue in queues if queue.overflow_queue_id]
        assert [q.overflow_after_minutes for q in overflowing] == [240]
        orders = list(RoutingRule.objects.filter(agency=agency).values_list("order", flat=True))
        assert 3 <= len(orders) <= 5
        assert len(set(orders)) == len(orders)


def test_the_rules_use_every_kind_of_condition_and_add_skills(seeded: None) -> None:
    rules = RoutingRule.objects.filter(agency__slug__in=SLUGS)

    assert rules.exclude(keyword="").filter(priority_change__gt=0, skills__isnull=False).exists()
    assert rules.exclude(channel="").exists()
    assert rules.exclude(customer_kind="").exists()
    assert rules.filter(service__isnull=False, priority__isnull=False).exists()
    assert rules.filter(priority_change__lt=0).exists()
    catch_all = rules.filter(
        service=None, channel="", priority=None, customer_kind="", keyword=""
    ).get()
    assert catch_all.order == max(
        RoutingRule.objects.filter(agency=catch_all.agency).values_list("order", flat=True)
    )


def test_every_service_needs_a_skill_and_some_prefer_spanish(seeded: None) -> None:
    for service in Service.objects.filter(agency__slug__in=SLUGS):
        needed = service.skills.filter(required=True)
        assert needed.exists(), service.code
        assert all(2 <= need.min_level <= 3 for need in needed), service.code
        assert not needed.exclude(skill__agency=service.agency_id).exists()
    assert ServiceSkill.objects.filter(skill__code="spanish", required=False).exists()


def test_every_caseworker_and_supervisor_has_levels_set_by_a_supervisor_or_administrator(
    seeded: None,
) -> None:
    people = Membership.objects.filter(agency__slug__in=SLUGS, role__in=WORKING)
    for membership in people.select_related("user", "agency"):
        levels = PersonSkill.objects.filter(user=membership.user, skill__agency=membership.agency)
        assert levels.count() >= 3, membership.user.email
        for level in levels:
            history = list(
                SkillLevelChange.objects.filter(user=level.user, skill=level.skill).order_by("id")
            )
            assert history, (membership.user.email, level.skill.code)
            assert history[-1].level_after == level.level
            assert history[-1].changed_at == level.updated_at
            for change in history:
                assert change.changed_by is not None
                assert change.changed_by != level.user
                roles = Membership.objects.filter(
                    user=change.changed_by, agency=membership.agency
                ).values_list("role", flat=True)
                assert set(roles) & {Role.SUPERVISOR, Role.ADMINISTRATOR}
    assert {1, 5} <= set(PersonSkill.objects.values_list("level", flat=True))
    assessed = SkillLevelChange.objects.filter(source=SkillSource.ASSESSMENT, level_before=2)
    assert assessed.exclude(note="").exists()
    assert (
        AuditEvent.objects.filter(action="skill.level").count() == SkillLevelChange.objects.count()
    )


def test_most_demo_cases_wait_in_a_queue_and_rule_routed_ones_name_the_rule(
    seeded: None,
) -> None:
    cases = Case.objects.filter(agency__slug__in=SLUGS)
    queued = cases.filter(queue__isnull=False)

    assert queued.count() >= cases.count() / 2
    for slug in SLUGS:
        assert cases.filter(agency__slug=slug, routed_by__isnull=False).exists(), slug
    routed_events = {
        case_id: (summary, data)
        for case_id, summary, data in CaseEvent.objects.filter(kind=EventKind.ROUTED).values_list(
            "case_id", "summary", "data"
        )
    }
    # Routing happens in the intake transaction, so it is dated with the opening.
    opened_at = dict(
        CaseEvent.objects.filter(kind=EventKind.OPENED).values_list("case_id", "occurred_at")
    )
    for case_id, routed_at in CaseEvent.objects.filter(kind=EventKind.ROUTED).values_list(
        "case_id", "occurred_at"
    ):
        assert routed_at == opened_at[case_id]
    for case in cases.filter(routed_by__isnull=False).select_related("routed_by", "queue"):
        assert case.routed_by is not None
        assert case.queue == case.routed_by.queue
        summary, data = routed_events[case.pk]
        assert data["rule"] == case.routed_by.pk
        assert f"“{case.routed_by.name}”" in summary, case.reference
    for case in queued:
        assert case.queued_at == case.created_at, case.reference  # back-dated together


def test_the_skills_of_routed_cases_include_their_services_and_rules(seeded: None) -> None:
    hazard = Case.objects.filter(routed_by__keyword="manhole").first()
    letter = Case.objects.filter(routed_by__channel="mail", service__code="tax-enquiry").first()

    assert hazard is not None  # a loose cover: the service needs level 2, the rule 4
    assert _needs(hazard) == {"street-works": (4, True)}
    assert letter is not None
    assert _needs(letter) == {"tax-accounts": (2, True), "spanish": (2, False)}


def _needs(case: Case) -> dict[str, tuple[int, bool]]:
    return {s.skill.code: (s.min_level, s.required) for s in case.skills.select_related("skill")}


def test_every_person_with_a_demo_presence_has_one_open_log_row(seeded: None) -> None:
    emails = [email for spec in routing_demo.ROUTINGS.values() for email in spec.presence]
    presences = Presence.objects.filter(user__email__in=emails).select_related("user")

    assert presences.count() == len(emails)
    assert {p.state for p in presences} >= {"available", "busy", "away", "offline"}
    for presence in presences:
        open_rows = PresenceLog.objects.filter(user=presence.user, ended_at__isnull=True)
        assert [(row.state, row.started_at) for row in open_rows] == [
            (presence.state, presence.since)
        ]
