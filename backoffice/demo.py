"""Realistic demonstration data: two agencies, their teams and one login for every role.

Idempotent: running it again finds what exists and adds only what is missing.
Later capabilities add their own demo data through ``seed_demo`` too.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from . import services
from .models import Agency, Role, Team, User

DEMO_PASSWORD = "demo-back-office-2026"  # noqa: S105  (printed for the demo, never used in production)


@dataclass(frozen=True)
class DemoAgency:
    name: str
    slug: str
    country: str
    subdivision: str
    time_zone: str
    teams: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DemoPerson:
    email: str
    full_name: str
    agency: str
    role: str
    team: str | None


AGENCIES = (
    DemoAgency(
        name="City of Riverton Licensing and Permits",
        slug="riverton-licensing",
        country="US",
        subdivision="IL",
        time_zone="America/Chicago",
        teams=(
            ("Business Licensing", "Food, liquor, street-trading and general business licences."),
            (
                "Building Permits",
                "Residential and commercial building, sign and demolition permits.",
            ),
            ("Inspections", "Site and premises inspections booked from licence and permit cases."),
            ("Front Counter and Phones", "In-person counter, phone line and mail intake."),
        ),
    ),
    DemoAgency(
        name="State Shared Services Centre",
        slug="state-shared-services",
        country="US",
        subdivision="NY",
        time_zone="America/New_York",
        teams=(
            ("HR Services", "Onboarding, leave, payroll queries for client agencies."),
            ("Procurement", "Purchase requests, supplier onboarding and contract changes."),
            ("Finance Operations", "Invoices, payments and expense claims for client agencies."),
        ),
    ),
)

PEOPLE = (
    DemoPerson(
        "maria.lopez@riverton.example",
        "Maria Lopez",
        "riverton-licensing",
        Role.CASEWORKER,
        "Business Licensing",
    ),
    DemoPerson(
        "james.okafor@riverton.example",
        "James Okafor",
        "riverton-licensing",
        Role.CASEWORKER,
        "Building Permits",
    ),
    DemoPerson(
        "aisha.khan@riverton.example",
        "Aisha Khan",
        "riverton-licensing",
        Role.CASEWORKER,
        "Front Counter and Phones",
    ),
    DemoPerson(
        "tom.becker@riverton.example",
        "Tom Becker",
        "riverton-licensing",
        Role.SUPERVISOR,
        "Business Licensing",
    ),
    DemoPerson(
        "tom.becker@riverton.example",
        "Tom Becker",
        "riverton-licensing",
        Role.SUPERVISOR,
        "Front Counter and Phones",
    ),
    DemoPerson(
        "grace.chen@riverton.example", "Grace Chen", "riverton-licensing", Role.MANAGER, None
    ),
    DemoPerson(
        "sam.rivera@riverton.example", "Sam Rivera", "riverton-licensing", Role.ADMINISTRATOR, None
    ),
    DemoPerson(
        "priya.nair@shared.example",
        "Priya Nair",
        "state-shared-services",
        Role.CASEWORKER,
        "HR Services",
    ),
    DemoPerson(
        "daniel.moore@shared.example",
        "Daniel Moore",
        "state-shared-services",
        Role.CASEWORKER,
        "Procurement",
    ),
    DemoPerson(
        "olivia.brown@shared.example",
        "Olivia Brown",
        "state-shared-services",
        Role.SUPERVISOR,
        "HR Services",
    ),
    DemoPerson(
        "kwame.mensah@shared.example", "Kwame Mensah", "state-shared-services", Role.MANAGER, None
    ),
    DemoPerson(
        "elena.petrova@shared.example",
        "Elena Petrova",
        "state-shared-services",
        Role.ADMINISTRATOR,
        None,
    ),
    # A manager who works for both agencies: the agency switcher shows both.
    DemoPerson(
        "ruth.adams@shared.example", "Ruth Adams", "state-shared-services", Role.MANAGER, None
    ),
    DemoPerson("ruth.adams@shared.example", "Ruth Adams", "riverton-licensing", Role.MANAGER, None),
)

PLATFORM_ADMIN = ("platform.admin@backoffice.example", "Platform Administrator")


def _agency(spec: DemoAgency) -> Agency:
    agency = Agency.objects.filter(slug=spec.slug).first()
    if agency is None:
        agency = services.agency_create(
            name=spec.name,
            slug=spec.slug,
            country=spec.country,
            subdivision=spec.subdivision,
            time_zone=spec.time_zone,
            actor=None,
        )
    for name, description in spec.teams:
        if not Team.objects.filter(agency=agency, name=name).exists():
            services.team_create(agency=agency, name=name, description=description, actor=None)
    return agency


def _user(email: str, full_name: str, *, is_staff: bool = False) -> User:
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = services.user_create(
            email=email, full_name=full_name, password=DEMO_PASSWORD, actor=None, is_staff=is_staff
        )
    return user


@transaction.atomic
def seed(*, cases_per_agency: int = 1000) -> list[tuple[str, str, str]]:
    """Create the demo organisation and its cases; return (email, role, agency) for every login."""
    from cases import demo as cases_demo  # the cases app builds on this module
    from feedback import demo as feedback_demo  # surveys of the demo cases, after them

    from .reports.backfill import backfill

    agencies = {spec.slug: _agency(spec) for spec in AGENCIES}
    logins: list[tuple[str, str, str]] = []
    for person in PEOPLE:
        agency = agencies[person.agency]
        user = _user(person.email, person.full_name, is_staff=person.role == Role.ADMINISTRATOR)
        team = Team.objects.get(agency=agency, name=person.team) if person.team else None
        services.membership_grant(user=user, agency=agency, team=team, role=person.role, actor=None)
        logins.append((person.email, str(Role(person.role).label), agency.name))
    email, name = PLATFORM_ADMIN
    admin = User.objects.filter(email__iexact=email).first()
    if admin is None:
        admin = User.objects.create_superuser(email=email, password=DEMO_PASSWORD, full_name=name)
        services.audit_record(action="user.create", obj=admin, details={"superuser": True})
    logins.append((email, "Platform administrator", "all agencies"))
    cases_demo.seed(cases_per_agency=cases_per_agency)
    feedback_demo.seed(cases_per_agency=cases_per_agency)
    # The reports read rollups; beat keeps today's fresh, the demo's history is built here.
    backfill(agencies=list(agencies.values()), now=timezone.now())
    return logins


DEMO_API_CLIENT = "Demo integration"


@transaction.atomic
def demo_api_key() -> str:
    """A fresh key of the demo API client of the first demo agency, made or rotated now.

    The raw key is never stored, so every run of the demo rotates it (at once, no grace)
    and prints the new one; the supervisor owns it, so writes and survey reads work.
    """
    from .api_keys import api_client_create, api_client_rotate
    from .models import ApiClient

    agency = Agency.objects.get(slug=AGENCIES[0].slug)
    administrator = User.objects.get(email=_first_login(agency, Role.ADMINISTRATOR))
    owner = User.objects.get(email=_first_login(agency, Role.SUPERVISOR))
    client = ApiClient.objects.filter(
        agency=agency, name=DEMO_API_CLIENT, revoked_at__isnull=True
    ).first()
    if client is None:
        _client, raw_key = api_client_create(
            agency=agency,
            name=DEMO_API_CLIENT,
            owner=owner,
            scopes=["read", "write"],
            actor=administrator,
        )
        return raw_key
    return api_client_rotate(client=client, actor=administrator, grace_hours=0)


def _first_login(agency: Agency, role: str) -> str:
    return next(
        person.email for person in PEOPLE if person.agency == agency.slug and person.role == role
    )
