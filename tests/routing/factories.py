"""Factories for the routing app: skills, queues and rules, each valid with one call."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from routing.models import Queue, RoutingRule, Skill

from ..backoffice.factories import AgencyFactory, TeamFactory


class SkillFactory(DjangoModelFactory[Skill]):
    class Meta:
        model = Skill

    agency = factory.SubFactory(AgencyFactory)
    code = factory.Sequence(lambda n: f"skill-{n}")
    name = factory.Sequence(lambda n: f"Skill {n}")


class QueueFactory(DjangoModelFactory[Queue]):
    class Meta:
        model = Queue

    agency = factory.SubFactory(AgencyFactory)
    team = factory.SubFactory(TeamFactory, agency=factory.SelfAttribute("..agency"))
    name = factory.Sequence(lambda n: f"Queue {n}")


class RoutingRuleFactory(DjangoModelFactory[RoutingRule]):
    class Meta:
        model = RoutingRule

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Rule {n}")
    queue = factory.SubFactory(QueueFactory, agency=factory.SelfAttribute("..agency"))
