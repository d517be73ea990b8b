"""The routing demo: skills with levels and their history, one queue per team, ordered rules
that route the demo cases at intake, presence, every waiting case in its place in line,
room for Get next case, a morning's pickups, offers, declines and snoozes, and nothing
added when loaded twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db.models import F
from django.utils import timezone

from backoffice import demo as backoffice_demo
from backoffice.models import Agency, AuditEvent, Membership, Role, User
from cases import demo as cases_demo
from cases.models import Case, CaseEvent, EventKind, Service
from routing import demo as routing_demo
from routing import keys
from routing.models import (
    AssessmentAttempt,
    CaseSkill,
    Decline,
    Offer,
    OfferStatus,
    PersonSkill,
    Pickup,
    Presence,
    PresenceLog,
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
from routing.presence import day_bounds
from routing.selectors import wallboard
from routing.work import WAITING_STATUSES, case_take_next, load_of, waiting_cases

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
        Pickup.objects.count(),
        Offer.objects.count(),
        Decline.objects.count(),
        Case.objects.filter(snoozed_until__isnull=False).count(),
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


def test_every_caseworker_and_supervisor_has_levels_set_by_a_supervisor_or_an_assessment(
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
                if change.source == SkillSource.ASSESSMENT and change.changed_by is None:
                    # Earned in an assessment: the attempt that set it is on record.
                    assert AssessmentAttempt.objects.filter(
                        user=level.user,
                        assessment__skill=level.skill,
                        level_awarded=change.level_after,
                    ).exists(), (membership.user.email, level.skill.code)
                    continue
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
    for case in queued.filter(assignee__isnull=True, status__in=WAITING_STATUSES):
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


def test_every_waiting_case_has_its_place_in_line_from_its_back_dated_wait(
    seeded: None,
) -> None:
    waiting = Case.objects.filter(waiting_cases())

    assert waiting.count() >= 10
    assert not Case.objects.filter(
        queue__isnull=False, assignee__isnull=True, status__in=WAITING_STATUSES, route_key=None
    ).exists()
    for case in Case.objects.filter(agency__slug__in=SLUGS).select_related("queue"):
        assert case.route_key == keys.route_key(case), case.reference
    # The oldest place in line is a case that waited days, not one queued at loading.
    oldest = waiting.order_by("queued_at").first()
    assert oldest is not None
    assert oldest.queued_at is not None
    assert oldest.queued_at < timezone.now() - timedelta(days=1)


def test_everyone_has_a_capacity_of_three_to_six_with_room_for_get_next_case(
    seeded: None,
) -> None:
    presences = Presence.objects.filter(user__memberships__agency__slug__in=SLUGS).distinct()

    assert presences.count() == 7
    for presence in presences.select_related("user"):
        assert 3 <= presence.capacity <= 6, presence.user.email
        # Capacity counts new, open and in-progress cases only.
        assert load_of(presence.user) < presence.capacity, presence.user.email
        assert not presence.busy_at_capacity
    maria = User.objects.get(email="maria.lopez@riverton.example")

    pick = case_take_next(user=maria)

    assert pick is not None
    assert pick.case.assignee == maria
    assert pick.waited > timedelta(0)


def test_pickups_are_dated_when_their_cases_were_taken_and_some_were_today(
    seeded: None,
) -> None:
    now = timezone.now()
    pickups = Pickup.objects.filter(agency__slug__in=SLUGS).select_related("case", "agency")

    assert pickups.count() >= 20
    assert not pickups.exclude(waited=F("picked_at") - F("queued_at")).exists()
    assert not pickups.filter(queued_at__lt=F("case__created_at")).exists()
    assert not pickups.filter(picked_at__gt=now).exists()
    assigned = set(
        CaseEvent.objects.filter(kind=EventKind.ASSIGNED).values_list("case_id", "occurred_at")
    )
    for pickup in pickups:
        assert any(
            case_id == pickup.case_id and abs(at - pickup.picked_at) < timedelta(seconds=2)
            for case_id, at in assigned
        ), pickup.case.reference
    for slug in SLUGS:
        agency = Agency.objects.get(slug=slug)
        start, _end = day_bounds(now.astimezone(agency.zone).date(), agency.zone)
        mine = pickups.filter(agency=agency)
        assert mine.filter(picked_at__gte=start).exists(), slug
        assert mine.filter(picked_at__lt=start - timedelta(days=7)).exists(), slug
    waits = sorted(pickups.values_list("waited", flat=True))
    assert timedelta(minutes=5) < waits[len(waits) // 2] < timedelta(days=3)
    assert set(pickups.values_list("method", flat=True)) >= {"taken", "next", "offer"}


def test_the_morning_left_open_offers_declines_and_snoozed_cases(seeded: None) -> None:
    now = timezone.now()
    pending = Offer.objects.filter(status=OfferStatus.PENDING).select_related("queue", "case")

    assert pending.exists()
    for offer in pending:
        assert offer.queue.mode == QueueMode.PUSH
        assert offer.queue.members.filter(pk=offer.user_id).exists()
        assert offer.case.queue_id == offer.queue_id
        assert offer.case.assignee_id is None
        assert offer.expires_at > offer.offered_at
        assert Presence.objects.get(user=offer.user_id).state == PresenceState.AVAILABLE
    assert Offer.objects.filter(status=OfferStatus.ACCEPTED).exists()
    declined = Offer.objects.filter(status=OfferStatus.DECLINED)
    assert declined.exists()
    for offer in declined:  # a declined case is never offered to them again
        assert not pending.filter(case=offer.case_id, user=offer.user_id).exists()
    declines = Decline.objects.filter(case__agency__slug__in=SLUGS)
    assert declines.count() >= 3
    assert not declines.filter(reason="").exists()
    snoozed = Case.objects.filter(waiting_cases(), snoozed_until__gt=now)
    assert snoozed.count() >= 2
    for case in snoozed:
        event = case.events.get(kind=EventKind.SNOOZED)
        assert event.actor is not None
        assert ": " in event.summary  # with the reason


def test_each_agencys_wallboard_shows_waiting_work_pickups_today_and_varied_presence(
    seeded: None,
) -> None:
    for slug in SLUGS:
        board = wallboard(agency=Agency.objects.get(slug=slug), now=timezone.now())

        assert board.waiting > 0, slug
        assert board.picked_up_today > 0, slug
        assert board.average_wait_today is not None, slug
        assert board.in_progress > 0, slug
        assert sum(1 for count in board.people_by_state.values() if count) >= 2, slug
        assert any(row.snoozed for row in board.queues), slug
