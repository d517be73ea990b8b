"""Factories for services, customers and cases: each builds a valid object with one call.

They write rows directly, for setting up tests; the code writes through cases.services.
"""

from __future__ import annotations

from datetime import timedelta

import factory
from factory.django import DjangoModelFactory

from cases.models import (
    AttributeDatatype,
    Case,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
    Priority,
    Service,
    ServiceAttribute,
    SlaBasis,
    SlaPolicy,
)

from ..backoffice.factories import AgencyFactory, UserFactory


class ServiceFactory(DjangoModelFactory[Service]):
    class Meta:
        model = Service

    agency = factory.SubFactory(AgencyFactory)
    code = factory.Sequence(lambda n: f"service-{n}")
    name = factory.Sequence(lambda n: f"Service number {n}")
    channels = factory.LazyFunction(lambda: list(Channel.values))
    default_priority = Priority.NORMAL


class ServiceAttributeFactory(DjangoModelFactory[ServiceAttribute]):
    class Meta:
        model = ServiceAttribute

    service = factory.SubFactory(ServiceFactory)
    code = factory.Sequence(lambda n: f"attribute_{n}")
    label = factory.Sequence(lambda n: f"Question {n}")
    datatype = AttributeDatatype.STRING
    required = False
    choices = factory.LazyFunction(list)


class CustomerFactory(DjangoModelFactory[Customer]):
    class Meta:
        model = Customer

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"customer{n}@example.org")


class CaseFactory(DjangoModelFactory[Case]):
    class Meta:
        model = Case

    agency = factory.SubFactory(AgencyFactory)
    service = factory.SubFactory(ServiceFactory, agency=factory.SelfAttribute("..agency"))
    customer = factory.SubFactory(CustomerFactory, agency=factory.SelfAttribute("..agency"))
    reference = factory.Sequence(lambda n: f"TST-2026-{n:06d}")
    channel = Channel.PHONE
    subject = factory.Sequence(lambda n: f"Request number {n}")
    status = CaseStatus.NEW
    priority = factory.SelfAttribute("service.default_priority")


class CaseNoteFactory(DjangoModelFactory[CaseNote]):
    class Meta:
        model = CaseNote

    case = factory.SubFactory(CaseFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Faker("sentence")


class SlaPolicyFactory(DjangoModelFactory[SlaPolicy]):
    """An agency-wide default policy: respond in 8 business hours, resolve in 40."""

    class Meta:
        model = SlaPolicy

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Policy {n}")
    basis = SlaBasis.BUSINESS
    response_target = timedelta(hours=8)
    resolution_target = timedelta(hours=40)
    escalate_after = timedelta(hours=8)
