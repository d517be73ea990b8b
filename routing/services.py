"""Every write of the routing app's skills and rules: levels with their history, and routing a
new case by the agency's rules.

Presence has its own module (:mod:`routing.presence`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.access import has_role
from backoffice.errors import DomainError
from backoffice.models import Membership, Role, User
from cases.models import Case, Channel, CustomerKind, Priority

from .keys import route_key
from .models import (
    CaseSkill,
    PersonSkill,
    Queue,
    QueueMode,
    RoutingRule,
    RuleSkill,
    ServiceSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)
from .tasks import offers_dispatch

SKILL_SETTERS = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)


# Skill levels ------------------------------------------------------------------------------


@transaction.atomic
def skill_level_set(
    *,
    user: User,
    skill: Skill,
    level: int | None,
    source: str = SkillSource.SUPERVISOR,
    actor: User | None,
    note: str = "",
) -> PersonSkill | None:
    """Set (or, with no level, remove) a person's level 1-5 in a skill.

    Supervisors, managers and administrators of the skill's agency set levels; the
    person must work in that agency. Every change is kept in the level history and
    the audit log; setting the level a person already has changes nothing.
    """
    if actor is not None and not has_role(actor, skill.agency, *SKILL_SETTERS):
        raise DomainError(_("Only supervisors and managers set skill levels."), code="forbidden")
    if level is not None and not 1 <= level <= 5:
        raise DomainError(_("A level is from 1 (novice) to 5 (expert)."), field="level")
    if source not in SkillSource.values:
        raise DomainError(_("Choose where the level comes from."), field="source")
    if not Membership.objects.filter(user=user, agency=skill.agency_id).exists():
        raise DomainError(_("Choose someone who works in this agency."), field="user")
    current = PersonSkill.objects.select_for_update().filter(user=user, skill=skill).first()
    before = current.level if current else None
    if before == level:
        return current
    if level is None:
        PersonSkill.objects.filter(user=user, skill=skill).delete()
        current = None
    else:
        current, _created = PersonSkill.objects.update_or_create(
            user=user, skill=skill, defaults={"level": level, "source": source}
        )
    SkillLevelChange.objects.create(
        user=user,
        skill=skill,
        level_before=before,
        level_after=level,
        source=source,
        note=note[:300],
        changed_by=actor,
    )
    backoffice_services.audit_record(
        action="skill.level",
        actor=actor,
        agency=skill.agency,
        obj=skill,
        details={"user": user.pk, "level": [before, level], "source": source},
    )
    return current


# Routing at intake -------------------------------------------------------------------------


@dataclass
class Routing:
    """Where a new case went and why, for its timeline."""

    queue: Queue | None
    rule: RoutingRule | None = None
    reasons: list[str] = field(default_factory=list)
    priority: tuple[int, int] | None = None
    skills: list[CaseSkill] = field(default_factory=list)

    def summary(self) -> str:
        if self.queue is None:
            return _("Not routed: no rule matched and the team has no queue")
        if self.rule is None:
            return _("Queued in %(queue)s (the team's queue; no rule matched)") % {
                "queue": self.queue.name
            }
        return _("Routed to %(queue)s by rule “%(rule)s”: %(why)s") % {
            "queue": self.queue.name,
            "rule": self.rule.name,
            "why": "; ".join(self.reasons) or _("it matches every case"),
        }

    def data(self) -> dict[str, object]:
        return {
            "queue": self.queue.pk if self.queue else None,
            "rule": self.rule.pk if self.rule else None,
            "reasons": self.reasons,
            "priority": list(self.priority) if self.priority else None,
            "skills": [[s.skill_id, s.min_level, s.required] for s in self.skills],
        }


def _conditions(rule: RoutingRule, case: Case) -> list[tuple[bool, str]]:
    """The rule's conditions that are set: whether each holds for the case, and why."""
    conditions = []
    if rule.service_id is not None:
        conditions.append(
            (
                rule.service_id == case.service_id,
                _("the service is %(service)s") % {"service": case.service.name},
            )
        )
    if rule.channel:
        conditions.append(
            (
                rule.channel == case.channel,
                _("it came by %(channel)s") % {"channel": Channel(case.channel).label},
            )
        )
    if rule.priority is not None:
        conditions.append(
            (
                rule.priority == case.priority,
                _("the priority is %(priority)s") % {"priority": case.get_priority_display()},
            )
        )
    if rule.customer_kind:
        kind = case.customer.kind if case.customer else ""
        conditions.append(
            (
                rule.customer_kind == kind,
                _("the customer kind is %(kind)s")
                % {"kind": CustomerKind(rule.customer_kind).label.lower()},
            )
        )
    keyword = rule.keyword.strip()
    if keyword:
        text = f"{case.subject}\n{case.description}".casefold()
        conditions.append(
            (
                keyword.casefold() in text,
                _("the text mentions “%(keyword)s”") % {"keyword": keyword},
            )
        )
    return conditions


def rule_reasons(rule: RoutingRule, case: Case) -> list[str] | None:
    """Why the rule matches the case (one phrase per condition), or None if it does not."""
    conditions = _conditions(rule, case)
    if not all(holds for holds, _reason in conditions):
        return None
    return [reason for _holds, reason in conditions]


def _first_rule(case: Case) -> tuple[RoutingRule, list[str]] | None:
    rules = (
        RoutingRule.objects.filter(agency=case.agency_id, is_active=True, queue__is_active=True)
        .filter(Q(service__isnull=True) | Q(service=case.service_id))
        .select_related("queue")
        .prefetch_related("skills")
        .order_by("order", "id")
    )
    for rule in rules:
        reasons = rule_reasons(rule, case)
        if reasons is not None:
            return rule, reasons
    return None


def _team_queue(case: Case) -> Queue | None:
    if case.team_id is None:
        return None
    queues = list(Queue.objects.filter(team=case.team_id, is_active=True)[:2])
    return queues[0] if len(queues) == 1 else None


def _needed_skills(case: Case, rule: RoutingRule | None) -> list[CaseSkill]:
    """The service's skills and the rule's extra ones; a skill named twice keeps the stricter."""
    needed: dict[int, CaseSkill] = {}
    sources: list[ServiceSkill | RuleSkill] = list(
        ServiceSkill.objects.filter(service=case.service_id)
    )
    sources += list(rule.skills.all()) if rule else []
    for source in sources:
        found = needed.get(source.skill_id)
        if found is None:
            needed[source.skill_id] = CaseSkill(
                case=case,
                skill_id=source.skill_id,
                min_level=source.min_level,
                required=source.required,
            )
        else:
            found.min_level = max(found.min_level, source.min_level)
            found.required = found.required or source.required
    return list(needed.values())


def route_case(case: Case, *, now: datetime) -> Routing:
    """Apply the first matching routing rule to a new case (in its intake transaction).

    The rule sets the queue, may move the priority (kept between low and urgent) and
    adds skills; the service's skills always apply. With no matching rule the case
    waits in its team's queue when the team has exactly one.
    """
    found = _first_rule(case)
    rule, reasons = found if found else (None, [])
    routing = Routing(queue=rule.queue if rule else _team_queue(case), rule=rule, reasons=reasons)
    if rule is not None and rule.priority_change:
        raised = min(max(case.priority + rule.priority_change, Priority.LOW), Priority.URGENT)
        if raised != case.priority:
            routing.priority = (case.priority, raised)
            case.priority = raised
    if routing.queue is not None and routing.queue.team_id != case.team_id:
        case.team_id = routing.queue.team_id
    case.queue = routing.queue
    case.queued_at = now if routing.queue else None
    case.routed_by = rule
    case.route_key = route_key(case)
    case.save(update_fields=["queue", "queued_at", "routed_by", "route_key", "priority", "team"])
    routing.skills = CaseSkill.objects.bulk_create(_needed_skills(case, rule))
    if routing.queue is not None and routing.queue.mode == QueueMode.PUSH:
        _offer_soon(routing.queue.pk)
    return routing


def _offer_soon(queue_id: int) -> None:
    """After the intake commits, offer the push queue's cases without waiting for the sweep."""
    transaction.on_commit(lambda: offers_dispatch.delay(queue_id), robust=True)
