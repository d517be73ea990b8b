"""Demonstration services, service levels, customers and about 2,000 cases with believable
timelines.

Everything is written through the services, as staff would write it, then moved back
in time so the cases spread over the last 90 days; each case's service-level clock is
then replayed over its back-dated history. Idempotent: an agency that already has
cases is left alone.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify

from backoffice import services as backoffice_services
from backoffice.models import (
    Agency,
    Membership,
    Notification,
    OutboundEmail,
    OutboundEmailStatus,
    Role,
    Team,
    User,
)
from routing import demo as routing_demo
from routing.models import Pickup

from . import services, sla
from .calendar import Calendar, business_time_between, open_intervals
from .models import (
    AttributeDatatype,
    Case,
    CaseEvent,
    CaseLink,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
    CustomerKind,
    CustomerMessage,
    Escalation,
    EventKind,
    MessageDirection,
    Priority,
    Service,
    ServiceAttribute,
    SlaBasis,
    SlaPolicy,
    SlaTarget,
)
from .models.case import OPEN_STATUSES

# The sweep's own escalation step writes the escalations of the replayed history, so
# they read exactly like the ones the running sweep makes.
from .services.sla import (
    SLA_FIELDS,
    Calendars,
    EscalationBatch,
    EscalationPeople,
    escalate,
    policy_for,
    sla_policy_save,
    sla_sweep,
)

DAYS = 90
S = CaseStatus
C = Channel
D = AttributeDatatype


@dataclass(frozen=True)
class DemoAttribute:
    code: str
    label: str
    datatype: str = D.STRING
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    samples: tuple[str, ...] = ()
    pattern: str = ""  # e.g. "INV-{n:06d}", filled with a random number
    numbers: tuple[int, int] = (1, 10)
    only_if: tuple[str, str] | None = None  # asked only when another answer has this key
    help_text: str = ""


@dataclass(frozen=True)
class DemoService:
    code: str
    name: str
    group: str
    team: str
    description: str
    channels: tuple[str, ...]
    weight: int  # share of the agency's cases
    pace_days: float  # typical days from intake to resolution
    attributes: tuple[DemoAttribute, ...]
    subjects: tuple[str, ...]  # formatted with string answers, choice names and {street}
    notes: tuple[str, ...]
    questions: tuple[str, ...]  # what staff ask the customer for
    referral: str  # the third party a case waits on
    resolutions: tuple[str, ...]
    priority: int = Priority.NORMAL
    keywords: str = ""
    located: bool = False
    anonymous_ok: bool = False
    for_organisations: bool = False
    urgent_when: tuple[tuple[str, str], ...] = ()  # answers that make a request urgent


BUSINESS_DAY = timedelta(hours=8)  # the default calendar is open 09:00-17:00


@dataclass(frozen=True)
class DemoPolicy:
    """A service-level policy: for a service, a priority, both, or the agency's default."""

    name: str
    response: timedelta | None
    resolution: timedelta | None
    service: str | None = None
    priority: int | None = None
    basis: str = SlaBasis.BUSINESS
    escalate_after: timedelta | None = None
    escalation_team: str = ""


@dataclass(frozen=True)
class DemoAgency:
    slug: str
    case_prefix: str
    area_code: str
    services: tuple[DemoService, ...]
    policies: tuple[DemoPolicy, ...] = ()
    showcase: str = ""  # the service whose cases are placed to show every service-level state


RIVERTON_STREETS = (
    "N 3rd St",
    "E Lincoln Ave",
    "W Jefferson St",
    "S 6th St",
    "Riverside Dr",
    "Oak Ridge Rd",
    "Maple Ave",
    "Sangamon Ave",
    "Prairie View Ln",
    "Cedar Ct",
    "Walnut St",
    "Mill St",
    "Park Ave",
    "Church St",
    "Elm St",
    "Depot St",
)

RIVERTON = DemoAgency(
    slug="riverton-licensing",
    case_prefix="LIC",
    area_code="217",
    services=(
        DemoService(
            code="business-licence",
            name="Business licence application",
            group="Licences",
            team="Business Licensing",
            description="Apply for, renew or change a licence to run a business in Riverton.",
            keywords="licence,license,business,food,liquor,trading",
            channels=(C.WEB, C.EMAIL, C.IN_PERSON, C.MAIL),
            weight=16,
            pace_days=10,
            located=True,
            attributes=(
                DemoAttribute(
                    "business_type",
                    "Type of business",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("food", "Food service"),
                        ("retail", "Retail shop"),
                        ("liquor", "Liquor sales"),
                        ("street", "Street trading"),
                        ("salon", "Salon or barber"),
                        ("other", "Other"),
                    ),
                ),
                DemoAttribute(
                    "trading_name",
                    "Trading name",
                    required=True,
                    samples=(
                        "Blue Heron Café",
                        "Main Street Hardware",
                        "Sangamon Sweets",
                        "Prairie Cuts",
                        "Riverton Taqueria",
                        "Northside Books",
                        "Golden Wok",
                        "Maple Leaf Bakery",
                        "Lincoln Laundromat",
                        "Corner Brew Coffee",
                        "Old Mill Antiques",
                        "Depot Street Diner",
                    ),
                ),
                DemoAttribute("employees", "Number of employees", D.NUMBER, numbers=(1, 40)),
            ),
            subjects=(
                "{business_type_name} licence application for {trading_name}",
                "Licence renewal for {trading_name}",
                "Change of ownership: {trading_name}",
                "Temporary event licence for {trading_name}",
                "Outdoor seating added to the licence of {trading_name}",
            ),
            notes=(
                "Zoning confirmed as commercial; no conditional use needed.",
                "Fee payment confirmed in the finance system.",
                "Premises inspection booked with Inspections for next week.",
                "Certificate of insurance on file and valid.",
            ),
            questions=(
                "a copy of your certificate of liability insurance",
                "a floor plan of the premises",
                "proof of food handler certification for the manager on duty",
            ),
            referral="Referred to the County Health Department for the food premises check.",
            resolutions=(
                "Licence issued and mailed to the applicant.",
                "Licence approved after the premises inspection.",
                "Renewal processed; the new licence is valid for 12 months.",
                "Licence issued with conditions on opening hours.",
            ),
        ),
        DemoService(
            code="building-permit",
            name="Building permit application",
            group="Permits",
            team="Building Permits",
            description="Permits for new buildings, additions, alterations, decks, signs and "
            "demolition.",
            keywords="permit,building,construction,deck,demolition,sign",
            channels=(C.WEB, C.IN_PERSON, C.MAIL, C.EMAIL),
            weight=14,
            pace_days=21,
            located=True,
            attributes=(
                DemoAttribute(
                    "work_type",
                    "Type of work",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("new_build", "New building"),
                        ("addition", "Addition"),
                        ("alteration", "Interior alteration"),
                        ("deck", "Deck or porch"),
                        ("demolition", "Demolition"),
                        ("sign", "Sign"),
                    ),
                ),
                DemoAttribute(
                    "estimated_cost", "Estimated cost (USD)", D.NUMBER, numbers=(1500, 450000)
                ),
                DemoAttribute("parcel_number", "Parcel number", pattern="14-22-{n:03d}-010"),
            ),
            subjects=(
                "{work_type_name} permit on {street}",
                "Permit application: {work_type_name} at a home on {street}",
                "{work_type_name} on {street}: plans submitted",
            ),
            notes=(
                "Plan review started; structural drawings look complete.",
                "Setback checked against the zoning map: compliant.",
                "Contractor's registration verified.",
                "Footing inspection booked after permit issue.",
            ),
            questions=(
                "stamped structural drawings",
                "a site plan showing the distance to the property lines",
                "the contractor's registration number",
            ),
            referral="Sent to the Fire Marshal for plan review.",
            resolutions=(
                "Plans approved; permit issued.",
                "Permit issued after revised drawings were received.",
                "Permit approved with conditions; first inspection booked.",
                "No permit needed: the work is exempt; applicant informed.",
            ),
        ),
        DemoService(
            code="parking-appeal",
            name="Parking fine appeal",
            group="Fines and appeals",
            team="Front Counter and Phones",
            description="Appeal a parking citation issued in Riverton.",
            keywords="parking,ticket,citation,fine,appeal",
            channels=(C.WEB, C.MAIL, C.IN_PERSON, C.EMAIL),
            weight=18,
            pace_days=14,
            priority=Priority.LOW,
            attributes=(
                DemoAttribute(
                    "citation_number", "Citation number", required=True, pattern="PK{n:06d}"
                ),
                DemoAttribute(
                    "grounds",
                    "Grounds for the appeal",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("signage", "Signs were missing or unclear"),
                        ("permit", "A valid permit was displayed"),
                        ("sold", "The vehicle had been sold"),
                        ("emergency", "Medical or other emergency"),
                        ("meter", "The parking meter was broken"),
                    ),
                ),
            ),
            subjects=(
                "Appeal of parking citation {citation_number}",
                "Citation {citation_number}: {grounds_name}",
                "Dispute of parking ticket {citation_number}",
            ),
            notes=(
                "Officer's photographs reviewed.",
                "Meter maintenance log checked for that day.",
                "Permit database checked for the vehicle.",
            ),
            questions=(
                "a photo of the permit that was displayed",
                "the bill of sale for the vehicle",
                "any document that shows the emergency",
            ),
            referral="Asked the Police Department for the officer's notes.",
            resolutions=(
                "Appeal upheld; citation cancelled.",
                "Appeal refused; fine reduced to the early payment amount.",
                "Appeal refused after review of the photographs; payment plan offered.",
                "Citation cancelled: the permit was valid on the day.",
            ),
        ),
        DemoService(
            code="street-repair",
            name="Street repair report",
            group="Streets",
            team="Inspections",
            description="Report a pothole, broken pavement, a loose manhole cover or a "
            "damaged curb.",
            keywords="pothole,street,road,pavement,manhole,curb",
            channels=(C.WEB, C.PHONE, C.API, C.EMAIL),
            weight=30,
            pace_days=6,
            located=True,
            anonymous_ok=True,
            attributes=(
                DemoAttribute(
                    "defect_type",
                    "What is the problem?",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("pothole", "Pothole"),
                        ("pavement", "Broken pavement"),
                        ("manhole", "Loose manhole cover"),
                        ("curb", "Damaged curb"),
                    ),
                ),
                DemoAttribute(
                    "pothole_size",
                    "Pothole size",
                    D.SINGLE_CHOICE,
                    choices=(
                        ("small", "Smaller than a dinner plate"),
                        ("medium", "Up to a car tyre"),
                        ("large", "Larger than a car tyre"),
                    ),
                    only_if=("defect_type", "pothole"),
                ),
                DemoAttribute(
                    "location",
                    "Where exactly is it?",
                    required=True,
                    help_text="Lane, nearest house number or landmark.",
                    samples=(
                        "Eastbound lane, by the bus stop",
                        "Outside the school entrance",
                        "Middle of the intersection",
                        "Next to the storm drain",
                        "In the bike lane",
                        "By the church parking lot",
                    ),
                ),
            ),
            subjects=(
                "{defect_type_name} on {street}",
                "{defect_type_name} reported on {street}",
            ),
            notes=(
                "Inspected on site; marked with paint for the crew.",
                "Added to this week's crew schedule.",
                "Cones placed until the repair.",
            ),
            questions=("a photo of the problem", "the nearest house number"),
            referral="Reported to Riverton Water, who own the cover.",
            urgent_when=(("defect_type", "manhole"),),
            resolutions=(
                "Pothole filled by the street crew.",
                "Temporary patch applied; resurfacing scheduled for spring.",
                "Cover reseated by the utility.",
                "Repaired; area swept and cones removed.",
            ),
        ),
        DemoService(
            code="tax-enquiry",
            name="Tax account enquiry",
            group="Payments",
            team="Front Counter and Phones",
            description="Questions about a city tax account: balance, payment plans, refunds.",
            keywords="tax,account,balance,refund,payment plan",
            channels=(C.PHONE, C.EMAIL, C.WEB, C.MAIL, C.IN_PERSON),
            weight=22,
            pace_days=3,
            priority=Priority.LOW,
            attributes=(
                DemoAttribute(
                    "enquiry_type",
                    "What is it about?",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("balance", "Balance or statement"),
                        ("payment_plan", "Payment plan"),
                        ("refund", "Refund"),
                        ("exemption", "Exemption"),
                        ("penalty", "Late-payment penalty"),
                    ),
                ),
                DemoAttribute(
                    "account_number", "Account number", required=True, pattern="TX{n:07d}"
                ),
            ),
            subjects=(
                "{enquiry_type_name} question on account {account_number}",
                "Account {account_number}: {enquiry_type_name}",
            ),
            notes=("Account history checked.", "Payment posted on the 3rd confirmed."),
            questions=("the last four digits of the account holder's phone number",),
            referral="Asked the County Treasurer to confirm the payment.",
            resolutions=(
                "Statement sent with the current balance.",
                "Payment plan set up over six months.",
                "Refund approved and issued by check.",
                "Penalty waived: the bank posted the payment late.",
            ),
        ),
    ),
    policies=(
        DemoPolicy(
            "Riverton standard service",
            response=2 * BUSINESS_DAY,
            resolution=15 * BUSINESS_DAY,
            escalate_after=3 * BUSINESS_DAY,
        ),
        DemoPolicy(
            "Urgent requests",
            priority=Priority.URGENT,
            response=timedelta(hours=2),
            resolution=BUSINESS_DAY,
            escalate_after=timedelta(hours=4),
        ),
        DemoPolicy(
            "Street repairs",
            service="street-repair",
            response=BUSINESS_DAY,
            resolution=10 * BUSINESS_DAY,
            escalate_after=2 * BUSINESS_DAY,
        ),
        DemoPolicy(
            "Street hazards (urgent, around the clock)",
            service="street-repair",
            priority=Priority.URGENT,
            basis=SlaBasis.CALENDAR,
            response=timedelta(hours=2),
            resolution=timedelta(hours=24),
            escalate_after=timedelta(hours=4),
            escalation_team="Inspections",
        ),
        DemoPolicy(
            "Building permit plan review",
            service="building-permit",
            response=2 * BUSINESS_DAY,
            resolution=20 * BUSINESS_DAY,
            escalate_after=5 * BUSINESS_DAY,
        ),
        DemoPolicy(
            "Tax account enquiries",
            service="tax-enquiry",
            response=BUSINESS_DAY,
            resolution=5 * BUSINESS_DAY,
            escalate_after=2 * BUSINESS_DAY,
            escalation_team="Front Counter and Phones",
        ),
    ),
    showcase="business-licence",
)

SHARED = DemoAgency(
    slug="state-shared-services",
    case_prefix="SSC",
    area_code="518",
    services=(
        DemoService(
            code="onboarding",
            name="New-hire onboarding",
            group="HR",
            team="HR Services",
            description="Accounts, payroll record, badge and equipment for a new employee.",
            keywords="onboarding,new hire,starter,badge,laptop",
            channels=(C.WEB, C.EMAIL, C.API),
            weight=30,
            pace_days=7,
            for_organisations=True,
            attributes=(
                DemoAttribute(
                    "employee_name",
                    "New employee's name",
                    required=True,
                    samples=(
                        "Alicia Gomez",
                        "Brian O'Connor",
                        "Chen Wei",
                        "Deborah Adeyemi",
                        "Ethan Novak",
                        "Farah Siddiqui",
                        "Gabriel Rossi",
                        "Hannah Lindqvist",
                    ),
                ),
                DemoAttribute("start_date", "Start date", D.DATETIME, required=True),
                DemoAttribute(
                    "position",
                    "Position",
                    required=True,
                    samples=(
                        "Program Analyst",
                        "Civil Engineer II",
                        "Accountant",
                        "IT Specialist",
                        "Administrative Assistant",
                        "Policy Advisor",
                    ),
                ),
                DemoAttribute(
                    "equipment",
                    "Equipment needed",
                    D.MULTI_CHOICE,
                    choices=(
                        ("laptop", "Laptop"),
                        ("phone", "Mobile phone"),
                        ("badge", "Building badge"),
                        ("parking", "Parking permit"),
                    ),
                ),
            ),
            subjects=(
                "Onboarding: {employee_name}, {position}",
                "New starter {employee_name} ({position})",
            ),
            notes=(
                "Payroll record created.",
                "Laptop ordered from the IT pool.",
                "Badge photo appointment booked.",
            ),
            questions=("the signed offer letter", "the cost centre for the position"),
            referral="Waiting on the Office of Information Technology Services for accounts.",
            resolutions=(
                "Accounts, badge and laptop ready; welcome pack sent.",
                "Onboarding complete; payroll record active.",
                "Start date moved; onboarding completed for the new date.",
            ),
        ),
        DemoService(
            code="purchase-request",
            name="Purchase request",
            group="Procurement",
            team="Procurement",
            description="Buy goods or services through state contracts.",
            keywords="purchase,procurement,order,supplier,quote",
            channels=(C.WEB, C.EMAIL, C.API),
            weight=45,
            pace_days=12,
            for_organisations=True,
            attributes=(
                DemoAttribute(
                    "category",
                    "Category",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("it_hardware", "IT hardware"),
                        ("software", "Software licences"),
                        ("supplies", "Office supplies"),
                        ("furniture", "Furniture"),
                        ("services", "Professional services"),
                    ),
                ),
                DemoAttribute(
                    "amount",
                    "Estimated amount (USD)",
                    D.NUMBER,
                    required=True,
                    numbers=(250, 120000),
                ),
                DemoAttribute(
                    "supplier",
                    "Preferred supplier",
                    required=True,
                    samples=(
                        "Empire Office Supply",
                        "Hudson Valley Tech",
                        "Capital Furniture Co.",
                        "Adirondack Consulting",
                        "Northway Software",
                    ),
                ),
            ),
            subjects=(
                "{category_name} from {supplier}",
                "Purchase request: {category_name} ({supplier})",
            ),
            notes=(
                "Checked against the statewide contract list.",
                "Budget code confirmed with the requesting agency.",
                "Three quotes received.",
            ),
            questions=("the budget code", "a second quote", "the delivery address"),
            referral="Sent to the Office of General Services for contract approval.",
            resolutions=(
                "Purchase order issued to the supplier.",
                "Approved under the state contract; purchase order sent.",
                "Order placed with the lowest compliant bid.",
            ),
        ),
        DemoService(
            code="invoice-dispute",
            name="Invoice dispute",
            group="Finance",
            team="Finance Operations",
            description="Dispute a supplier invoice paid through shared services.",
            keywords="invoice,dispute,payment,credit note",
            channels=(C.EMAIL, C.WEB, C.PHONE),
            weight=25,
            pace_days=9,
            priority=Priority.HIGH,
            for_organisations=True,
            attributes=(
                DemoAttribute(
                    "invoice_number", "Invoice number", required=True, pattern="INV-{n:06d}"
                ),
                DemoAttribute(
                    "disputed_amount",
                    "Disputed amount (USD)",
                    D.NUMBER,
                    required=True,
                    numbers=(50, 40000),
                ),
                DemoAttribute(
                    "reason",
                    "Reason",
                    D.SINGLE_CHOICE,
                    required=True,
                    choices=(
                        ("duplicate", "Charged twice"),
                        ("amount", "Wrong amount"),
                        ("not_received", "Goods or services not received"),
                        ("rate", "Rate differs from the contract"),
                    ),
                ),
            ),
            subjects=(
                "Dispute of invoice {invoice_number}",
                "Invoice {invoice_number}: {reason_name}",
            ),
            notes=(
                "Payment history pulled from the ledger.",
                "Contract rate sheet attached to the file.",
                "Supplier's accounts team contacted.",
            ),
            questions=("the receiving report", "a copy of the purchase order"),
            referral="Waiting on the supplier's accounts team.",
            resolutions=(
                "Credit note issued by the supplier.",
                "Duplicate payment recovered.",
                "Invoice corrected and paid at the contract rate.",
                "Dispute rejected: delivery confirmed by the receiving agency.",
            ),
        ),
    ),
    policies=(
        DemoPolicy(
            "Shared services standard",
            response=BUSINESS_DAY,
            resolution=10 * BUSINESS_DAY,
            escalate_after=2 * BUSINESS_DAY,
        ),
        DemoPolicy(
            "Invoice disputes",
            service="invoice-dispute",
            response=timedelta(hours=4),
            resolution=5 * BUSINESS_DAY,
            escalate_after=BUSINESS_DAY,
            escalation_team="Finance Operations",
        ),
        DemoPolicy(
            "New-hire onboarding",
            service="onboarding",
            response=BUSINESS_DAY,
            resolution=8 * BUSINESS_DAY,
            escalate_after=2 * BUSINESS_DAY,
        ),
    ),
    showcase="purchase-request",
)

AGENCIES = (RIVERTON, SHARED)

FIRST_NAMES = (  # noqa: SIM905  (a word list reads better as text)
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Carlos Karen Daniel Lisa Matthew Nancy Anthony "
    "Betty Mark Sandra Luis Ashley Steven Kimberly Andrew Emily Kenneth Donna Joshua Michelle "
    "Kevin Carol Brian Amanda Jorge Melissa Wei Deborah Ahmed Stephanie Ryan Rebecca Jacob "
    "Laura Gary Sharon Nicholas Cynthia Eric Fatima Hiroshi Ana"
).split()
LAST_NAMES = (  # noqa: SIM905
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
    "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen "
    "Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Kowalski "
    "Novak O'Brien Patel Kim Schmidt Okafor Haddad Yamamoto Lindqvist"
).split()

STATE_DEPARTMENTS = (
    "Department of Transportation",
    "Department of Health",
    "Department of Labor",
    "Department of Environmental Conservation",
    "Department of Taxation and Finance",
    "Department of Motor Vehicles",
    "Office of Children and Family Services",
    "Department of Corrections and Community Supervision",
    "Office of Mental Health",
    "Department of Agriculture and Markets",
    "Department of State",
    "Division of Homeland Security and Emergency Services",
    "Office of Parks, Recreation and Historic Preservation",
    "Department of Public Service",
    "Office for the Aging",
    "Division of Veterans' Services",
    "Department of Financial Services",
    "Office of General Services",
    "Education Department",
    "Division of Human Rights",
)

CANCEL_REASONS = (
    "Customer withdrew the request by phone.",
    "Submitted twice by mistake; customer confirmed.",
    "No reply after two reminders; cancelled under the 30-day rule.",
    "Customer decided not to go ahead.",
)
REOPEN_REASONS = (
    "Customer reports the problem is back.",
    "Customer sent a document that changes the outcome.",
    "Resolution did not match what was asked; reviewing again.",
)
# Channel mix of incoming requests, before each service's own channels narrow it.
CHANNEL_WEIGHTS: dict[str, int] = {
    C.WEB: 35,
    C.EMAIL: 20,
    C.PHONE: 22,
    C.IN_PERSON: 10,
    C.MAIL: 5,
    C.API: 8,
}
STAFFED_CHANNELS = (C.PHONE, C.IN_PERSON, C.MAIL)
ONLINE_CHANNELS = (C.WEB, C.EMAIL, C.API)


def seed(*, cases_per_agency: int = 1000) -> int:
    """Create the demo services, customers and cases; return how many cases were created.

    An agency that already has cases, or that does not exist yet, is skipped.
    """
    rng = random.Random(2026)  # noqa: S311  (demo data, not security)
    created = 0
    for spec in AGENCIES:
        agency = Agency.objects.filter(slug=spec.slug).first()
        if agency is None:
            continue
        with transaction.atomic():
            catalogue = _services(agency, spec)
            _policies(agency, spec, catalogue)
            # Before any case is opened, so intake routes the demo cases by the demo rules.
            routing_demo.seed(
                agency=agency, services={code: found for code, (_i, found) in catalogue.items()}
            )
            fresh = not Case.objects.filter(agency=agency).exists()
            if fresh:
                created += _cases(agency, spec, catalogue, rng, cases_per_agency)
            # After the cases: places in line, presence, and this morning's work on the floor.
            routing_demo.seed_floor(agency=agency, morning=fresh)
    return created


# Catalogue -------------------------------------------------------------------------------------


def _services(agency: Agency, spec: DemoAgency) -> dict[str, tuple[DemoService, Service]]:
    """The demo catalogue of the agency, creating the services it lacks."""
    teams = {team.name: team for team in agency.teams.all()}
    for item in spec.services:
        if not Service.objects.filter(agency=agency, code=item.code).exists():
            _service_create(agency, item, teams)
    codes = [item.code for item in spec.services]
    loaded = Service.objects.filter(agency=agency, code__in=codes)
    by_code = {
        s.code: s for s in loaded.select_related("default_team").prefetch_related("attributes")
    }
    return {item.code: (item, by_code[item.code]) for item in spec.services}


def _service_create(agency: Agency, item: DemoService, teams: dict[str, Team]) -> Service:
    service = services.service_save(
        service=Service(
            agency=agency,
            code=item.code,
            name=item.name,
            description=item.description,
            group=item.group,
            keywords=item.keywords,
            channels=list(item.channels),
            default_priority=item.priority,
            default_team=teams.get(item.team),
            for_organisations=item.for_organisations,
        ),
        actor=None,
    )
    attributes = [
        ServiceAttribute(
            service=service,
            code=attribute.code,
            label=attribute.label,
            datatype=attribute.datatype,
            required=attribute.required,
            order=(position + 1) * 10,
            help_text=attribute.help_text,
            choices=[{"key": key, "name": name} for key, name in attribute.choices],
        )
        for position, attribute in enumerate(item.attributes)
    ]
    services.service_attributes_save(service=service, attributes=attributes, actor=None)
    return service


def _policies(
    agency: Agency, spec: DemoAgency, catalogue: dict[str, tuple[DemoService, Service]]
) -> None:
    """The agency's service levels, created before any case so every case runs a clock."""
    teams = {team.name: team for team in agency.teams.all()}
    for item in spec.policies:
        service = catalogue[item.service][1] if item.service else None
        exists = SlaPolicy.objects.filter(agency=agency, service=service, priority=item.priority)
        if exists.exists():
            continue
        sla_policy_save(
            policy=SlaPolicy(
                agency=agency,
                name=item.name,
                service=service,
                priority=item.priority,
                basis=item.basis,
                response_target=item.response,
                resolution_target=item.resolution,
                escalate_after=item.escalate_after,
                escalation_team=teams.get(item.escalation_team),
            ),
            actor=None,
        )


# Customers -------------------------------------------------------------------------------------


@dataclass
class Customers:
    everyone: list[Customer] = field(default_factory=list)
    with_email: list[Customer] = field(default_factory=list)


def _customers(
    agency: Agency, spec: DemoAgency, rng: random.Random, actor: User, cases: int
) -> Customers:
    # About one citizen for every two or three requests; a few hundred at full size.
    count = min(400, max(20, cases * 2 // 5))
    people = _people(spec, rng, count) if spec is RIVERTON else _organisations(spec, rng)
    pools = Customers()
    for details in people:
        customer = services.customer_find_or_create(agency=agency, actor=actor, **details)
        pools.everyone.append(customer)
        if customer.email:
            pools.with_email.append(customer)
    return pools


def _address(rng: random.Random) -> str:
    return f"{rng.randint(100, 2400)} {rng.choice(RIVERTON_STREETS)}, Riverton, IL 62561"


def _people(spec: DemoAgency, rng: random.Random, count: int) -> list[dict[str, Any]]:
    pairs = rng.sample([(f, last) for f in FIRST_NAMES for last in LAST_NAMES], count)
    people = []
    for number, (first, last) in enumerate(pairs):
        kind = rng.random()
        details: dict[str, Any] = {
            "name": f"{first} {last}",
            "preferred_language": "es" if rng.random() < 0.06 else "en",
        }
        phone = f"({spec.area_code}) 555-{1000 + number:04d}"
        if kind < 0.12:  # phone only
            details.update(phone=phone, preferred_channel=C.PHONE)
        elif kind < 0.15:  # writes letters
            details.update(address=_address(rng), preferred_channel=C.MAIL)
        else:
            details["email"] = f"{first}.{last}".lower().replace("'", "") + "@example.org"
            if rng.random() < 0.4:
                details["phone"] = phone
            if rng.random() < 0.5:
                details["address"] = _address(rng)
        people.append(details)
    return people


def _organisations(spec: DemoAgency, rng: random.Random) -> list[dict[str, Any]]:
    organisations = []
    for number, name in enumerate(STATE_DEPARTMENTS):
        short = slugify(name).removeprefix("department-of-").removeprefix("office-of-")
        details: dict[str, Any] = {
            "name": name,
            "kind": CustomerKind.ORGANISATION,
            "organisation": "State of New York",
            "email": f"shared.services@{short.removeprefix('division-of-')}.example.org",
        }
        if rng.random() < 0.5:
            details["phone"] = f"({spec.area_code}) 555-{2000 + number:04d}"
        organisations.append(details)
    return organisations


# Staff and plans ----------------------------------------------------------------------------


@dataclass
class Staff:
    by_team: dict[int | None, list[User]]
    everyone: list[User]
    counter: list[User]  # who takes in phone calls, visitors and letters

    def workers(self, service: Service) -> list[User]:
        return self.by_team.get(service.default_team_id) or self.everyone

    def intake(self, service: Service) -> list[User]:
        return self.counter or self.workers(service)


def _staff(agency: Agency) -> Staff:
    memberships = (
        Membership.objects.filter(
            agency=agency, role__in=(Role.CASEWORKER, Role.SUPERVISOR), user__is_active=True
        )
        .select_related("user", "team")
        .order_by("id")
    )
    by_team: dict[int | None, list[User]] = defaultdict(list)
    everyone: list[User] = []
    counter: list[User] = []
    for membership in memberships:
        by_team[membership.team_id].append(membership.user)
        if membership.user not in everyone:
            everyone.append(membership.user)
        if membership.team and membership.team.name == "Front Counter and Phones":
            counter.append(membership.user)
    return Staff(by_team=dict(by_team), everyone=everyone, counter=counter)


@dataclass(frozen=True)
class Plan:
    item: DemoService
    service: Service
    channel: str
    opened: datetime
    target: str
    pace_days: float | None = None  # instead of the service's usual pace
    showcase: bool = False


@dataclass(frozen=True)
class Showcase:
    """A case placed so that one service-level state shows even in a small demo.

    Its age is the share *used* of its policy's *clock* target, counted in the
    policy's kind of time back from when the demo is loaded.
    """

    target: str
    clock: str
    used: float
    pace_days: float | None = None


SHOWCASES = (
    Showcase(S.NEW, SlaTarget.RESPONSE, 0.1),  # on track
    Showcase(S.NEW, SlaTarget.RESPONSE, 0.88),  # at risk
    Showcase(S.IN_PROGRESS, SlaTarget.RESOLUTION, 1.5),  # breached
    Showcase(S.WAITING_THIRD_PARTY, SlaTarget.RESOLUTION, 0.3),  # paused
    Showcase(S.CLOSED, SlaTarget.RESOLUTION, 1.2, pace_days=1),  # met
    Showcase(S.RESOLVED, SlaTarget.RESOLUTION, 3, pace_days=365),  # missed: a slow one
)
URGENT_PACE_DAYS = 0.6
Schedule = tuple[datetime, float, int]  # opened, pace in days, priority when opened


def _moment(rng: random.Random, now: datetime, agency: Agency, staffed: bool) -> datetime:
    """When a request came in: staffed channels in office hours on weekdays, online any time."""
    for _attempt in range(50):
        day = (now - timedelta(days=rng.randint(0, DAYS - 1))).astimezone(agency.zone).date()
        if day.weekday() >= 5 and (staffed or rng.random() < 0.6):
            continue
        hours = rng.triangular(8, 17, 10.5) if staffed else rng.triangular(6, 23.5, 13)
        moment = datetime.combine(day, time(0), tzinfo=agency.zone) + timedelta(hours=hours)
        if moment < now - timedelta(minutes=30):
            return moment.astimezone(UTC)  # later arithmetic in UTC, not across DST changes
    return now - timedelta(hours=2)


def _target(rng: random.Random, age_days: int) -> str:
    """Where a case has got to: old cases are mostly closed, recent ones still being worked."""
    if age_days > 21:
        weights = {S.CLOSED: 74, S.RESOLVED: 8, S.CANCELLED: 7, S.DUPLICATE: 3}
        weights |= {S.IN_PROGRESS: 2, S.WAITING_CUSTOMER: 4, S.WAITING_THIRD_PARTY: 2}
    elif age_days > 5:
        weights = {S.CLOSED: 30, S.RESOLVED: 22, S.IN_PROGRESS: 18, S.WAITING_CUSTOMER: 10}
        weights |= {S.WAITING_THIRD_PARTY: 6, S.OPEN: 5, S.CANCELLED: 5, S.DUPLICATE: 4}
    else:
        weights = {S.NEW: 22, S.OPEN: 18, S.IN_PROGRESS: 24, S.WAITING_CUSTOMER: 10}
        weights |= {S.WAITING_THIRD_PARTY: 3, S.RESOLVED: 12, S.CANCELLED: 4, S.DUPLICATE: 4}
        weights |= {S.CLOSED: 3}
    return rng.choices(list(weights), list(weights.values()))[0]


def _clock_back(policy: SlaPolicy, cal: Calendar, now: datetime, length: timedelta) -> datetime:
    """The moment *length* of the policy's kind of time before *now*."""
    if policy.basis == SlaBasis.CALENDAR:
        return now - length
    remaining = length
    for start, end in reversed(list(open_intervals(cal, now - timedelta(days=2 * DAYS), now))):
        if end - start >= remaining:
            return end - remaining
        remaining -= end - start
    return now - timedelta(days=DAYS)


def _showcase_plans(
    agency: Agency,
    spec: DemoAgency,
    catalogue: dict[str, tuple[DemoService, Service]],
    count: int,
    now: datetime,
) -> list[Plan]:
    if not spec.showcase:
        return []
    item, service = catalogue[spec.showcase]
    policy = policy_for(Case(agency=agency, service=service, priority=service.default_priority))
    if policy is None:
        return []
    cal = Calendars()(agency)
    plans = []
    for showcase in SHOWCASES[:count]:
        length: timedelta | None = getattr(policy, f"{showcase.clock}_target")
        length = length or policy.resolution_target or policy.response_target
        if length is None:
            continue
        opened = _clock_back(policy, cal, now, length * showcase.used)
        opened = min(opened, now - timedelta(minutes=40))
        plans.append(
            Plan(item, service, C.WEB, opened, showcase.target, showcase.pace_days, showcase=True)
        )
    return plans


MORNING_ARRIVALS = 3  # of each service, still waiting in line when the demo is loaded


def _arrival_plans(
    rng: random.Random,
    catalogue: dict[str, tuple[DemoService, Service]],
    count: int,
    now: datetime,
) -> list[Plan]:
    """The last few hours' requests, new in every queue: work for the morning's routing."""
    if count < 2 * MORNING_ARRIVALS * len(catalogue):
        return []
    plans = []
    for item, service in catalogue.values():
        for _number in range(MORNING_ARRIVALS):
            channel = rng.choices(item.channels, [CHANNEL_WEIGHTS[c] for c in item.channels])[0]
            opened = now - timedelta(minutes=rng.uniform(15, 150))
            plans.append(Plan(item, service, channel, opened, S.NEW))
    return plans


def _plans(
    rng: random.Random,
    agency: Agency,
    spec: DemoAgency,
    catalogue: dict[str, tuple[DemoService, Service]],
    count: int,
    now: datetime,
) -> list[Plan]:
    offered = list(catalogue.values())
    plans = _showcase_plans(agency, spec, catalogue, count // 5, now)
    plans += _arrival_plans(rng, catalogue, count, now)
    for _number in range(count - len(plans)):
        item, service = rng.choices(offered, [item.weight for item, _s in offered])[0]
        channel = rng.choices(item.channels, [CHANNEL_WEIGHTS[c] for c in item.channels])[0]
        opened = _moment(rng, now, agency, channel in STAFFED_CHANNELS)
        target = _target(rng, (now - opened).days)
        plans.append(Plan(item, service, channel, opened, target))
    return sorted(plans, key=lambda plan: plan.opened)


# Intake -------------------------------------------------------------------------------------


def _answers(rng: random.Random, item: DemoService) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for attribute in item.attributes:
        if attribute.only_if and answers.get(attribute.only_if[0]) != attribute.only_if[1]:
            continue
        if attribute.required or rng.random() < 0.7:
            answers[attribute.code] = _answer(rng, attribute)
    return answers


def _answer(rng: random.Random, attribute: DemoAttribute) -> Any:
    keys = [key for key, _name in attribute.choices]
    if attribute.datatype == D.SINGLE_CHOICE:
        return rng.choice(keys)
    if attribute.datatype == D.MULTI_CHOICE:
        return rng.sample(keys, rng.randint(1, len(keys)))
    if attribute.datatype == D.NUMBER:
        return rng.randint(*attribute.numbers)
    if attribute.datatype == D.DATETIME:
        day = timezone.now().date() + timedelta(days=rng.randint(7, 45))
        return f"{day.isoformat()}T09:00:00"
    if attribute.pattern:
        return attribute.pattern.format(n=rng.randint(1, 999999))
    return rng.choice(attribute.samples)


def _subject(rng: random.Random, item: DemoService, answers: dict[str, Any], street: str) -> str:
    values = {"street": street}
    for attribute in item.attributes:
        answer = answers.get(attribute.code)
        values[attribute.code] = str(answer)
        values[f"{attribute.code}_name"] = dict(attribute.choices).get(str(answer), "")
    return rng.choice(item.subjects).format(**values)


def _location(rng: random.Random, item: DemoService) -> dict[str, Any]:
    if not item.located:
        return {}
    # Around Riverton, Illinois.
    return {
        "latitude": round(39.8437 + rng.uniform(-0.012, 0.012), 6),
        "longitude": round(-89.5393 + rng.uniform(-0.015, 0.015), 6),
    }


# Case stories -----------------------------------------------------------------------------------


HELD_IN_PROGRESS = (S.OPEN, S.IN_PROGRESS)
LONG_HELD = timedelta(days=14)  # a case in progress this long is waiting on someone else
STILL_QUEUED = timedelta(days=3)  # a case this recent nobody has room for is still in line


@dataclass
class World:
    """What the seeding has made so far, for customers' earlier cases and duplicates."""

    rng: random.Random
    agency: Agency
    staff: Staff
    customers: Customers
    recent: dict[str, list[Case]] = field(default_factory=lambda: defaultdict(list))
    last_case: dict[int, Case] = field(default_factory=dict)
    schedule: dict[int, Schedule] = field(default_factory=dict)
    now: datetime = field(default_factory=timezone.now)
    # Routing: how many more cases each worker may be left holding in active work.
    room: dict[int, int] = field(default_factory=dict)

    @property
    def deadline(self) -> datetime:
        """The demo's history ends a little before it was loaded."""
        return self.now - timedelta(minutes=10)

    def customer_for(self, plan: Plan) -> Customer | None:
        if plan.item.anonymous_ok and plan.channel in (C.WEB, C.API) and self.rng.random() < 0.15:
            return None
        online = plan.channel in ONLINE_CHANNELS
        return self.rng.choice(self.customers.with_email if online else self.customers.everyone)

    def open(self, plan: Plan) -> Case:
        rng, item = self.rng, plan.item
        street = rng.choice(RIVERTON_STREETS)
        answers = _answers(rng, item)
        staffed = plan.channel in STAFFED_CHANNELS or plan.channel == C.EMAIL
        urgent = any(answers.get(code) == key for code, key in item.urgent_when)
        case = services.case_open(
            agency=self.agency,
            service=plan.service,
            channel=plan.channel,
            subject=_subject(rng, item, answers, street),
            customer=self.customer_for(plan),
            attributes=answers,
            address=f"{rng.randint(100, 2400)} {street}, Riverton, IL" if item.located else "",
            actor=rng.choice(self.staff.intake(plan.service)) if staffed else None,
            priority=Priority.URGENT if urgent else None,
            **_location(rng, item),
        )
        pace = plan.pace_days or (URGENT_PACE_DAYS if urgent else item.pace_days)
        self.schedule[case.pk] = (plan.opened, pace, case.priority)
        return case

    def play(self, plan: Plan) -> None:
        case = self.open(plan)
        story = Story(self, case, plan.item, self.rng.choice(self.staff.workers(plan.service)))
        earlier = self.last_case.get(case.customer_id or 0)
        if earlier is not None and self.rng.random() < 0.04:
            services.case_link(case=case, other=earlier, actor=story.worker)
        target = self.within_capacity(plan, story)
        STORIES[target](story)
        if case.customer_id:
            self.last_case[case.customer_id] = case
        if target != S.DUPLICATE:
            self.recent[plan.item.code] = [*self.recent[plan.item.code][-9:], case]

    def within_capacity(self, plan: Plan, story: Story) -> str:
        """Where the case gets to, given that people work only a few cases at once.

        Capacity counts new, open and in-progress cases, so a case still in progress
        weeks later is waiting on the customer or a third party, and the others go to
        whoever in the team has room. When nobody has, a recent case still waits in its
        queue and an older one waits on someone else: everyone keeps room for Get next
        case.
        """
        if plan.target not in HELD_IN_PROGRESS or not self.room:
            return plan.target  # an agency without demo routing holds what it holds
        age = self.now - plan.opened
        if age > LONG_HELD and not plan.showcase:
            return self.rng.choice((S.WAITING_CUSTOMER, S.WAITING_THIRD_PARTY))
        team = [story.worker, *self.staff.workers(plan.service)]
        free = [worker for worker in team if self.room.get(worker.pk, 0) > 0]
        if free:
            story.worker = free[0]
            self.room[free[0].pk] -= 1
            return plan.target
        if plan.showcase:
            return plan.target
        if age < STILL_QUEUED:
            return S.NEW
        return self.rng.choice((S.WAITING_CUSTOMER, S.WAITING_THIRD_PARTY))


@dataclass
class Story:
    """The work done on one case, step by step, through the services."""

    world: World
    case: Case
    item: DemoService
    worker: User
    contacted: bool = False

    def chance(self, probability: float) -> bool:
        return self.world.rng.random() < probability

    def pick(self, options: tuple[str, ...]) -> str:
        return self.world.rng.choice(options)

    def assign(self) -> None:
        services.case_assign(case=self.case, assignee=self.worker, actor=self.worker)

    def status(self, status: str, **details: Any) -> None:
        services.case_change_status(case=self.case, status=status, actor=self.worker, **details)

    def note(self, body: str = "") -> None:
        services.case_add_note(
            case=self.case, body=body or self.pick(self.item.notes), actor=self.worker
        )

    def tell(self, subject: str, body: str, logged: str) -> None:
        """Email the customer when they have an address, otherwise log a call or a letter."""
        customer = self.case.customer
        self.contacted = True
        if customer is not None and customer.email:
            services.case_message_customer(
                case=self.case, subject=subject, body=body, actor=self.worker
            )
            return
        channel = C.PHONE if customer is not None and customer.phone else C.MAIL
        services.case_log_contact(
            case=self.case,
            direction=MessageDirection.OUTBOUND,
            channel=channel,
            body=logged,
            actor=self.worker,
        )

    def letter(self, text: str) -> str:
        customer = self.case.customer
        greeting = (
            customer.name.split()[0]
            if customer and customer.kind == CustomerKind.PERSON
            else "team"
        )
        return (
            f"Hello {greeting},\n\n{text}\n\nKind regards,\n{self.worker.full_name}\n"
            f"{self.world.agency.name}"
        )

    def ask(self) -> None:
        question = self.pick(self.item.questions)
        self.tell(
            "Information needed",
            self.letter(
                f"To continue with your request we need {question}. Please reply to "
                "this message or bring it to our office."
            ),
            f"Asked the customer for {question}.",
        )
        self.status(S.WAITING_CUSTOMER)

    def reply(self) -> None:
        customer = self.case.customer
        channel = C.EMAIL if customer and customer.email else C.PHONE
        if customer and not (customer.email or customer.phone):
            channel = C.MAIL
        services.case_log_contact(
            case=self.case,
            direction=MessageDirection.INBOUND,
            channel=channel,
            body="Customer sent what we asked for.",
            actor=self.worker,
        )

    def update(self) -> None:
        days = self.world.rng.randint(2, 10)
        self.tell(
            "Update on your request",
            self.letter(
                f"We have started work on your request and expect to finish within "
                f"{days} working days."
            ),
            f"Told the customer we expect to finish within {days} working days.",
        )


def _work(story: Story) -> None:
    """The usual path to a resolution; quick enquiries are answered without the extra steps."""
    story.assign()
    if story.case.customer and story.chance(0.9):
        story.update()  # the first response, which the service level counts
    if story.chance(0.6 if story.item.pace_days <= 3 else 0.2):
        return
    story.status(S.IN_PROGRESS)
    if story.case.customer and story.chance(0.25):
        story.ask()
        story.reply()
    if story.chance(0.4):
        story.note()
    if story.chance(0.1):
        story.note(story.item.referral)
        story.status(S.WAITING_THIRD_PARTY)
        story.status(S.IN_PROGRESS)
    if story.case.customer and not story.contacted and story.chance(0.2):
        story.update()


def _new(story: Story) -> None:
    if story.chance(0.15):
        story.note("Checked the request; waiting for someone in the team to take it.")


def _open(story: Story) -> None:
    story.assign()


def _in_progress(story: Story) -> None:
    story.assign()
    story.status(S.IN_PROGRESS)
    if story.chance(0.5):
        story.note()
    if story.case.customer and story.chance(0.7):
        story.update()


def _waiting_customer(story: Story) -> None:
    if story.case.customer is None:
        return _waiting_third_party(story)
    story.assign()
    story.status(S.IN_PROGRESS)
    story.ask()


def _waiting_third_party(story: Story) -> None:
    story.assign()
    story.status(S.IN_PROGRESS)
    if story.case.customer and story.chance(0.6):
        story.update()
    story.note(story.item.referral)
    story.status(S.WAITING_THIRD_PARTY)


def _resolved(story: Story) -> None:
    _work(story)
    story.status(S.RESOLVED, resolution=story.pick(story.item.resolutions))


def _closed(story: Story) -> None:
    _resolved(story)
    services.case_close(case=story.case, actor=story.worker)
    if story.chance(0.04):
        services.case_reopen(case=story.case, reason=story.pick(REOPEN_REASONS), actor=story.worker)
        story.status(S.IN_PROGRESS)
        story.status(S.RESOLVED, resolution=story.pick(story.item.resolutions))
        services.case_close(case=story.case, actor=story.worker)


def _cancelled(story: Story) -> None:
    if story.chance(0.6):
        story.assign()
    story.note(story.pick(CANCEL_REASONS))
    story.status(S.CANCELLED)


def _duplicate(story: Story) -> None:
    earlier = story.world.recent[story.item.code]
    if not earlier:
        return _cancelled(story)
    if story.chance(0.5):
        story.assign()
    story.status(S.DUPLICATE, duplicate_of=story.world.rng.choice(earlier))


STORIES: dict[str, Callable[[Story], None]] = {
    S.NEW: _new,
    S.OPEN: _open,
    S.IN_PROGRESS: _in_progress,
    S.WAITING_CUSTOMER: _waiting_customer,
    S.WAITING_THIRD_PARTY: _waiting_third_party,
    S.RESOLVED: _resolved,
    S.CLOSED: _closed,
    S.CANCELLED: _cancelled,
    S.DUPLICATE: _duplicate,
}


def _cases(
    agency: Agency,
    spec: DemoAgency,
    catalogue: dict[str, tuple[DemoService, Service]],
    rng: random.Random,
    count: int,
) -> int:
    staff = _staff(agency)
    if not staff.everyone or count <= 0:
        return 0
    if agency.case_prefix != spec.case_prefix:
        backoffice_services.agency_update(agency=agency, actor=None, case_prefix=spec.case_prefix)
    customers = _customers(agency, spec, rng, (staff.counter or staff.everyone)[0], count)
    world = World(
        rng=rng,
        agency=agency,
        staff=staff,
        customers=customers,
        room=routing_demo.held_cases(agency),
    )
    for plan in _plans(rng, agency, spec, catalogue, count, world.now):
        world.play(plan)
    dating = _backdate(world)
    notified = _replay_service_levels(world, dating)
    _sweep(notified)
    return count


# Back-dating ------------------------------------------------------------------------------------
#
# Demo back-dating only. The services stamp every row with the current time; to show
# 90 days of history the rows written above are moved back afterwards with bulk
# updates, keeping each case's order of events and every derived time consistent.
# Nothing outside the demo writes timestamps this way.

EventRow = tuple[int, int, str, dict[str, Any]]
HURRY: dict[int, float] = {Priority.URGENT: 0.1, Priority.HIGH: 0.4}


def _gap_hours(
    rng: random.Random, kind: str, data: dict[str, Any], previous: str, pace: float
) -> float:
    """Hours between one event of a case and the next, by what happened."""
    after = (data.get("status") or [None, None])[1] if kind == EventKind.STATUS else None
    if kind == EventKind.ROUTED:
        return 0.0  # routing happens in the intake transaction itself
    if kind == EventKind.NOTICE or (kind == EventKind.STATUS and previous == EventKind.MESSAGE_IN):
        return 0.02
    gaps: dict[str | None, tuple[float, float]] = {
        S.RESOLVED: (0.2 * pace * 24, 0.8 * pace * 24),
        S.CLOSED: (24, 240),
        S.WAITING_CUSTOMER: (0.05, 1),
        S.WAITING_THIRD_PARTY: (0.1, 2),
        S.IN_PROGRESS: (0.3, 30),
        S.CANCELLED: (1, 72),
        S.DUPLICATE: (0.5, 24),
        EventKind.ASSIGNED: (0.1, 8),
        EventKind.NOTE: (0.5, 48),
        EventKind.MESSAGE_OUT: (0.2, 6),
        EventKind.MESSAGE_IN: (6, 96),
        EventKind.REOPENED: (24, 120),
        EventKind.LINKED: (0.1, 4),
    }
    low, high = gaps.get(after or kind, (0.5, 12))
    return rng.uniform(low, high)


def _office_hours(moment: datetime, zone: ZoneInfo) -> datetime:
    """Staff work on weekdays from 8 to 18: later work moves to the next working morning."""
    local = moment.astimezone(zone)
    if local.weekday() < 5 and 8 <= local.hour < 18:
        return moment
    day = local.date() if local.hour < 8 else local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = timedelta(minutes=local.minute * 2, seconds=local.second)
    morning = datetime.combine(day, time(8), tzinfo=zone) + start
    return morning.astimezone(UTC)


def _walk(
    events: list[EventRow], gaps: list[float], opened: datetime, zone: ZoneInfo | None
) -> list[datetime]:
    moments = [opened]
    for event, gap in zip(events[1:], gaps[1:], strict=True):
        moment = moments[-1] + timedelta(hours=gap)
        if zone is not None and event[2] not in (EventKind.NOTICE, EventKind.ROUTED):
            moment = _office_hours(moment, zone)
        moments.append(moment)
    return moments


def _timeline(
    rng: random.Random, events: list[EventRow], schedule: Schedule, world: World
) -> list[datetime]:
    """Times of one case's events: in office hours when they fit before now, else compressed.

    Urgent and high-priority requests are picked up and answered sooner; urgent ones by
    whoever is on call, at any hour.
    """
    opened, pace, priority = schedule
    hurry = HURRY.get(priority, 1.0)
    gaps, previous = [0.0], events[0][2]
    for _id, _case, kind, data in events[1:]:
        gap = _gap_hours(rng, kind, data, previous, pace)
        gaps.append(gap * hurry if kind in (EventKind.ASSIGNED, EventKind.MESSAGE_OUT) else gap)
        previous = kind
    zone = None if priority == Priority.URGENT else world.agency.zone
    moments = _walk(events, gaps, opened, zone)
    if moments[-1] <= world.deadline:
        return moments
    room = (world.deadline - opened).total_seconds() / 3600
    scale = room * rng.uniform(0.6, 0.97) / sum(gaps)
    return _walk(events, [gap * scale for gap in gaps], opened, None)


@dataclass
class Backdating:
    moments: dict[int, datetime] = field(default_factory=dict)  # event id → time
    linked_at: dict[tuple[int, int], datetime] = field(default_factory=dict)
    by_case: dict[int, list[EventRow]] = field(default_factory=lambda: defaultdict(list))

    def first(
        self, case_id: int, kind: str, status: str = "", last: bool = False
    ) -> datetime | None:
        found = [
            self.moments[event_id]
            for event_id, _case, event_kind, data in self.by_case[case_id]
            if event_kind == kind
            and (not status or (data.get("status") or [None, None])[1] == status)
        ]
        if not found:
            return None
        return found[-1] if last else found[0]


def _backdate(world: World) -> Backdating:
    case_ids = list(world.schedule)
    dating = Backdating()
    rows = CaseEvent.objects.filter(case_id__in=case_ids).order_by("id")
    for row in rows.values_list("id", "case_id", "kind", "data"):
        dating.by_case[row[1]].append(row)
    for case_id, events in dating.by_case.items():
        # A link made from a later case happens when that case is worked, not in this one's story.
        own = [e for e in events if not (e[2] == EventKind.LINKED and e[3]["case"] > case_id)]
        for event, moment in zip(
            own, _timeline(world.rng, own, world.schedule[case_id], world), strict=True
        ):
            dating.moments[event[0]] = moment
            if event[2] == EventKind.LINKED:
                dating.linked_at[(case_id, event[3]["case"])] = moment
    for case_id, events in dating.by_case.items():
        for event_id, _case, _kind, data in events:
            if event_id not in dating.moments:
                dating.moments[event_id] = dating.linked_at[(data["case"], case_id)]
    _bulk(
        CaseEvent,
        [CaseEvent(pk=pk, occurred_at=at) for pk, at in dating.moments.items()],
        ["occurred_at"],
    )
    _backdate_cases(dating, case_ids)
    _backdate_pickups(dating, case_ids)
    _backdate_records(dating, case_ids)
    _backdate_emails(dating, case_ids, world.now)
    _backdate_customers(world)
    return dating


def _bulk(model: type[Model], rows: list[Any], names: list[str]) -> None:
    """UPDATE the named fields of each row by primary key, in one executemany."""
    if not rows:
        return
    quote = connection.ops.quote_name
    fields = [f for f in model._meta.concrete_fields if f.name in names]
    assignments = ", ".join(f"{quote(str(f.column))} = %s" for f in fields)
    table, key = quote(model._meta.db_table), quote(str(model._meta.pk.column))
    sql = f"UPDATE {table} SET {assignments} WHERE {key} = %s"  # noqa: S608  (names from the model)
    params = [
        [*(f.get_db_prep_save(getattr(row, f.attname), connection) for f in fields), row.pk]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _backdate_cases(dating: Backdating, case_ids: list[int]) -> None:
    cases = []
    current = Case.objects.filter(pk__in=case_ids).values_list(
        "id", "first_response_at", "resolved_at", "closed_at", "queued_at"
    )
    for case_id, responded, resolved, closed, queued in current:
        times = [dating.moments[e[0]] for e in dating.by_case[case_id]]
        cases.append(
            Case(
                pk=case_id,
                created_at=times[0],
                queued_at=queued and times[0],  # routed at intake
                updated_at=max(times),
                first_response_at=responded and dating.first(case_id, EventKind.MESSAGE_OUT),
                resolved_at=resolved
                and dating.first(case_id, EventKind.STATUS, S.RESOLVED, last=True),
                closed_at=closed and dating.first(case_id, EventKind.STATUS, S.CLOSED, last=True),
            )
        )
    fields = ["created_at", "queued_at", "updated_at", "first_response_at", "resolved_at"]
    _bulk(Case, cases, [*fields, "closed_at"])


def _backdate_pickups(dating: Backdating, case_ids: list[int]) -> None:
    """Each pickup when its case was assigned, having waited since the case was queued."""
    rows = []
    assigned: dict[int, list[datetime]] = {
        case_id: [dating.moments[e[0]] for e in events if e[2] == EventKind.ASSIGNED]
        for case_id, events in dating.by_case.items()
    }
    pickups = Pickup.objects.filter(case_id__in=case_ids).order_by("id")
    for pk, case_id in pickups.values_list("pk", "case_id"):
        queued = dating.moments[dating.by_case[case_id][0][0]]
        picked = assigned[case_id].pop(0)
        rows.append(Pickup(pk=pk, queued_at=queued, picked_at=picked, waited=picked - queued))
    _bulk(Pickup, rows, ["queued_at", "picked_at", "waited"])


def _backdate_records(dating: Backdating, case_ids: list[int]) -> None:
    notes, messages = [], []
    for events in dating.by_case.values():
        for event_id, _case, kind, data in events:
            if kind == EventKind.NOTE:
                notes.append(CaseNote(pk=data["note"], created_at=dating.moments[event_id]))
            elif "message" in data:
                messages.append(
                    CustomerMessage(pk=data["message"], created_at=dating.moments[event_id])
                )
    _bulk(CaseNote, notes, ["created_at"])
    _bulk(CustomerMessage, messages, ["created_at"])
    links = CaseLink.objects.filter(to_case_id__in=case_ids).values_list(
        "id", "from_case_id", "to_case_id"
    )
    _bulk(
        CaseLink,
        [CaseLink(pk=pk, created_at=dating.linked_at[(new, old)]) for pk, old, new in links],
        ["created_at"],
    )


def _backdate_emails(dating: Backdating, case_ids: list[int], now: datetime) -> None:
    """Date the demo's outbox rows and mark them sent.

    Thousands of demo customers must not be emailed: the send tasks queued on commit
    find nothing pending and do nothing.
    """
    sent_by_message = dict(
        CustomerMessage.objects.filter(
            case_id__in=case_ids, outbound_email__isnull=False
        ).values_list("outbound_email_id", "created_at")
    )
    notices: dict[int, list[datetime]] = {
        case_id: [dating.moments[e[0]] for e in events if e[2] == EventKind.NOTICE]
        for case_id, events in dating.by_case.items()
    }
    demo_emails = OutboundEmail.objects.filter(
        related_type=Case._meta.label_lower, related_id__in=[str(pk) for pk in case_ids]
    ).order_by("id")
    emails = []
    for pk, kind, related_id in demo_emails.values_list("id", "kind", "related_id"):
        case_id = int(related_id)
        if kind == "case.resolution" and notices[case_id]:
            queued = notices[case_id].pop(0)
        else:
            queued = sent_by_message.get(pk) or dating.moments[dating.by_case[case_id][0][0]]
        emails.append(
            OutboundEmail(
                pk=pk,
                created_at=queued,
                sent_at=min(queued + timedelta(minutes=1), now),
                status=OutboundEmailStatus.SENT,
                attempts=1,
            )
        )
    _bulk(OutboundEmail, emails, ["created_at", "sent_at", "status", "attempts"])


def _backdate_customers(world: World) -> None:
    first_case: dict[int, datetime] = {}
    for case_id, customer_id in Case.objects.filter(pk__in=list(world.schedule)).values_list(
        "id", "customer_id"
    ):
        if customer_id is not None:
            opened = world.schedule[case_id][0]
            first_case[customer_id] = min(first_case.get(customer_id, opened), opened)
    customers = []
    for customer in world.customers.everyone:
        since = first_case.get(customer.pk) or world.now - timedelta(
            days=world.rng.uniform(100, 400)
        )
        since -= timedelta(minutes=3)
        customers.append(Customer(pk=customer.pk, created_at=since, updated_at=since))
    _bulk(Customer, customers, ["created_at", "updated_at"])


# Service levels ---------------------------------------------------------------------------------
#
# Demo back-dating only. While the stories were played every clock ran from the moment of
# loading. Here each case's clock is replayed along its back-dated history with the pure
# functions of cases.sla, the way the lifecycle hooks ran it: paused while waiting,
# resumed with the paused time added to its due times, a new round on reopening. The
# escalations the minute-by-minute sweep would have made on the way are made by the
# sweep's own escalation step, dated when it would have made them; then one real sweep
# takes whatever has fallen due since.

SWEEP_DELAY = timedelta(seconds=40)  # the beat sweep runs every minute
READ_AFTER = timedelta(days=2)  # staff have read the notifications older than this
RESPONDED = "responded"

Change = tuple[datetime, str, str]  # when, the event kind (or RESPONDED), the status after


@dataclass
class Replay:
    """One case's service-level clock, replayed along its back-dated history."""

    case: Case
    policy: SlaPolicy
    cal: Calendar
    batch: EscalationBatch
    reached: dict[int, set[tuple[str, int]]] = field(default_factory=lambda: defaultdict(set))
    ladder: list[sla.Threshold] | None = None

    def start(self) -> None:
        case = self.case
        case.status, case.first_response_at = S.NEW, None
        case.sla_round, case.sla_started_at = 1, case.created_at
        case.sla_paused_at = case.response_due_at = None
        case.sla_paused_business = case.sla_paused_calendar = timedelta(0)
        self._recompute()

    def _recompute(self) -> None:
        case = self.case
        case.response_due_at, case.resolution_due_at = sla.due_times(case, self.policy, self.cal)
        self.ladder = None

    def escalate(self, since: datetime, until: datetime) -> None:
        """Escalate each rung the sweep would have reached between *since* and *until*."""
        case = self.case
        if case.status not in OPEN_STATUSES or case.sla_paused_at is not None:
            return
        if self.ladder is None:
            self.ladder = sla.thresholds(case, self.policy, self.cal)
        reached = self.reached[case.sla_round]
        for threshold in self.ladder:
            if threshold.at >= until:
                break
            if (threshold.target, threshold.level) not in reached:
                self.batch.now = min(max(threshold.at, since) + SWEEP_DELAY, until)
                escalate(case, self.policy, threshold, self.batch)
                reached.add((threshold.target, threshold.level))

    def apply(self, moment: datetime, kind: str, status: str) -> None:
        case = self.case
        if kind == RESPONDED:
            case.first_response_at = moment  # the response target stops; its due time stays
            self.ladder = None
        elif kind == EventKind.REOPENED:
            case.status = status
            case.sla_round += 1
            case.sla_started_at, case.sla_paused_at = moment, None
            case.sla_paused_business = case.sla_paused_calendar = timedelta(0)
            self._recompute()
        else:
            self._status(moment, status)

    def _status(self, moment: datetime, status: str) -> None:
        case = self.case
        pausing = status in (self.policy.pause_statuses or [])
        if case.sla_paused_at is not None and not pausing:
            case.sla_paused_business += business_time_between(self.cal, case.sla_paused_at, moment)
            case.sla_paused_calendar += moment - case.sla_paused_at
            case.sla_paused_at = None
            self._recompute()
        elif case.sla_paused_at is None and pausing:
            case.sla_paused_at = moment
        case.status = status


def _changes(dating: Backdating, case_id: int, responded: datetime | None) -> list[Change]:
    """What moved the case's clock, in order: status changes, reopening, the first response."""
    changes = [
        (dating.moments[event_id], kind, data["status"][1])
        for event_id, _case, kind, data in dating.by_case[case_id]
        if kind in (EventKind.STATUS, EventKind.REOPENED)
    ]
    if responded is not None:
        changes.append((responded, RESPONDED, ""))
    return sorted(changes, key=lambda change: change[0])


def _replay(replay: Replay, changes: list[Change], now: datetime) -> None:
    case = replay.case
    status, responded, updated = case.status, case.first_response_at, case.updated_at
    replay.start()
    since = case.created_at
    for moment, kind, after in changes:
        replay.escalate(since, moment)
        replay.apply(moment, kind, after)
        since = moment
    replay.escalate(since, now)
    case.status, case.first_response_at = status, responded
    case.updated_at = max(updated, case.updated_at)
    policy, cal = replay.policy, replay.cal
    ladder = sla.thresholds(case, policy, cal)
    case.sla_state = sla.state_at(case, policy, cal, now, ladder)
    reached = replay.reached[case.sla_round]
    case.sla_next_check_at = sla.next_check(case, policy, cal, reached, ladder)


def _replay_service_levels(world: World, dating: Backdating) -> list[int]:
    """Replay the clock of every demo case of the agency; return the notifications sent."""
    cal = Calendars()(world.agency)
    batch = EscalationBatch(now=world.now, people=EscalationPeople.of([world.agency.pk]))
    cases = list(
        Case.objects.filter(pk__in=list(world.schedule), sla_policy__isnull=False)
        .select_related("agency", "team", "assignee", "sla_policy__escalation_team")
        .order_by("pk")
    )
    for case in cases:
        policy = case.sla_policy
        if policy is not None:
            changes = _changes(dating, case.pk, case.first_response_at)
            _replay(Replay(case, policy, cal, batch), changes, world.now)
    Escalation.objects.bulk_create(batch.escalations)
    CaseEvent.objects.bulk_create(batch.events)
    notes = backoffice_services.notify(notifications=batch.notifications)
    clock = [name for name in SLA_FIELDS if name != "sla_policy"]
    moved = ["queue", "queued_at", "team", "assignee"]  # level 3 moves the case to a queue
    _bulk(Case, cases, [*clock, "priority", *moved, "updated_at"])
    return [note.pk for note in notes]


def _sweep(notified: list[int]) -> None:
    """One real sweep for what fell due while loading; no demo notification is emailed."""
    swept_at = timezone.now()
    sla_sweep(now=swept_at)
    swept = Notification.objects.filter(
        created_at=swept_at, agency__slug__in=[spec.slug for spec in AGENCIES]
    )
    _settle_notifications([*notified, *swept.values_list("pk", flat=True)], swept_at)


def _settle_notifications(ids: list[int], now: datetime) -> None:
    """Mark the demo notifications' emails sent, and the older notifications read."""
    sent = dict(Notification.objects.filter(pk__in=ids).values_list("pk", "created_at"))
    _bulk(
        Notification,
        [
            Notification(pk=pk, read_at=at + timedelta(hours=3))
            for pk, at in sent.items()
            if at < now - READ_AFTER
        ],
        ["read_at"],
    )
    emails = OutboundEmail.objects.filter(
        related_type=Notification._meta.label_lower, related_id__in=[str(pk) for pk in sent]
    )
    rows = []
    for pk, related_id in emails.values_list("pk", "related_id"):
        queued = sent[int(related_id)]
        rows.append(
            OutboundEmail(
                pk=pk,
                created_at=queued,
                sent_at=min(queued + timedelta(minutes=1), now),
                status=OutboundEmailStatus.SENT,
                attempts=1,
            )
        )
    _bulk(OutboundEmail, rows, ["created_at", "sent_at", "status", "attempts"])
