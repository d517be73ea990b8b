"""Factories for organisations: each builds a valid object with one call."""

from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from backoffice.models import Agency, AuditEvent, Membership, Role, Team, User

PASSWORD = "correct-horse-battery-staple"


def _letters(n: int) -> str:
    """1, 2, ... as AA, AB, ...: unique capital-letter suffixes for case prefixes."""
    text = ""
    n += 26
    while n:
        n, rest = divmod(n, 26)
        text = chr(ord("A") + rest) + text
    return text[-5:]


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@agency.example")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj: User, create: bool, extracted: object, **kwargs: object) -> None:  # noqa: N805
        if create:
            obj.save()


class AgencyFactory(DjangoModelFactory[Agency]):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Agency number {n:04d}")
    slug = factory.Sequence(lambda n: f"agency-{n}")
    country = "US"
    subdivision = "IL"
    time_zone = "America/Chicago"
    case_prefix = factory.Sequence(lambda n: "T" + _letters(n))


class TeamFactory(DjangoModelFactory[Team]):
    class Meta:
        model = Team

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Team {n}")


class MembershipFactory(DjangoModelFactory[Membership]):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    agency = factory.SubFactory(AgencyFactory)
    team = None
    role = Role.CASEWORKER


class AuditEventFactory(DjangoModelFactory[AuditEvent]):
    """For setting up history (an event in the past); the code writes through audit_record."""

    class Meta:
        model = AuditEvent

    action = "team.update"
    agency = factory.SubFactory(AgencyFactory)
