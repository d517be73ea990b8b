"""What the isolation test knows about each address that takes a parameter.

Every URL pattern with a parameter (an id, a reference, a token, a slug) must be listed
here, or the isolation test fails naming it. Three kinds of entry:

``Scoped``
    The parameter names an object of one agency. The entry's ``build`` makes such an
    object in agency A and returns the arguments of the address and the text that
    identifies the object (reference, subject, a customer's name). Staff of agency B in
    every role, an API key of agency B, staff of agency A without one of ``roles``, a
    person with no membership and an anonymous visitor must all be refused (403 or 404,
    or sent to log in) and must never see that text. ``personal`` objects belong to one
    person, so the other staff of agency A are refused as well.

``Public``
    The address is public by design (a signed link in an email, a published document).
    The entry says why; the test checks that a forged or foreign parameter is refused.

``NotAnObject``
    The parameter does not name an object (a catch-all that answers 404, an app's index).

The Django admin is keyed by model (``ADMIN_MODELS``): each admin page of a model that
takes an object id (change, history, delete, the bare id that redirects to change) is
tried with an object of agency A. Superusers run the platform and see every agency by
design, so they are out of scope here; models only they may open (``auth.group``) are
built the same way and must be refused to every agency administrator.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.db.models import Model
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from backoffice.models import Agency, ApiClient, Membership, Notification, Role, Team, User
from cases import services as case_services
from cases.models import (
    BusinessCalendar,
    Case,
    CaseAttachment,
    Channel,
    Customer,
    Escalation,
    RetentionRun,
    Service,
)
from feedback import links
from feedback.models import (
    FrictionReport,
    Office,
    PulseRound,
    Question,
    Survey,
    SurveyInvitation,
    SurveyResponse,
)
from routing.models import (
    AssessmentAttempt,
    AssessmentQuestion,
    Decline,
    ObservedAssessment,
    Offer,
    PersonSkill,
    Pickup,
    Presence,
    Queue,
    Skill,
    SkillLevelChange,
    SkillSource,
)

from ..backoffice.factories import AuditEventFactory, MembershipFactory, UserFactory
from ..cases.factories import CaseFactory, CustomerFactory, ServiceFactory, SlaPolicyFactory
from ..feedback.factories import (
    FeedbackPolicyFactory,
    FrictionReportFactory,
    OfficeFactory,
    PulseRoundFactory,
    SurveyResponseFactory,
    a11_like_survey,
    sent_invitation,
)
from ..routing.factories import QueueFactory, RoutingRuleFactory, SkillFactory
from ..routing.factories_assessments import make_assessment

EVERYONE = tuple(Role.values)
SUPERVISING = (Role.SUPERVISOR, Role.MANAGER, Role.ADMINISTRATOR)
MANAGING = (Role.MANAGER, Role.ADMINISTRATOR)
POSTER_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)

# Text that identifies agency A's objects. It must never reach anyone outside agency A.
CUSTOMER_NAME = "Philippa Quarrington-Vell"
CUSTOMER_EMAIL = "p.quarrington-vell@private.example"
CASE_SUBJECT = "Zebra crossing repainting at Wickerby Lane"


@dataclass
class World:
    """Two agencies and their staff; ``objects`` caches what the factories made."""

    agency: Agency
    other: Agency
    owner_team: Team
    owner: User  # agency A: every role, in a team, may open the admin
    members: dict[str, User]  # agency A: one person per role
    outsiders: dict[str, User]  # agency B: one person per role (the administrator is staff)
    nobody: User  # signed in, but a member of no agency
    outsider_key: str  # a read and write API key of agency B, owned by staff with every role
    objects: dict[str, Any] = field(default_factory=dict)

    def once(self, name: str, make: Callable[[], Any]) -> Any:
        if name not in self.objects:
            self.objects[name] = make()
        return self.objects[name]


@dataclass(frozen=True)
class Target:
    """An address's arguments, the text identifying the object, and the object itself."""

    kwargs: dict[str, Any]
    secrets: tuple[str, ...] = ()
    obj: Model | None = None
    query: dict[str, str] = field(default_factory=dict)


Build = Callable[[World], Target]


@dataclass(frozen=True)
class Scoped:
    build: Build
    roles: tuple[str, ...] = EVERYONE
    personal: bool = False


@dataclass(frozen=True)
class Public:
    reason: str
    forged: Build  # a wrong, forged or foreign parameter: refused
    refused_with: tuple[int, ...] = (404,)
    # The real address, opened by anyone: it may answer, but never shows these secrets.
    real: Build | None = None


@dataclass(frozen=True)
class NotAnObject:
    reason: str


Entry = Scoped | Public | NotAnObject


# Agency A's objects ---------------------------------------------------------------------


def customer(world: World) -> Customer:
    return world.once(
        "customer",
        lambda: CustomerFactory(agency=world.agency, name=CUSTOMER_NAME, email=CUSTOMER_EMAIL),
    )


def service(world: World) -> Service:
    return world.once(
        "service",
        lambda: ServiceFactory(
            agency=world.agency,
            code="wickerby-road-markings",
            name="Wickerby road markings",
            channels=list(Channel.values),
        ),
    )


def queue(world: World) -> Queue:
    return world.once(
        "queue",
        lambda: QueueFactory(
            agency=world.agency, team=world.owner_team, name="Wickerby street works"
        ),
    )


def case(world: World) -> Case:
    def make() -> Case:
        made: Case = CaseFactory.create(
            agency=world.agency,
            service=service(world),
            customer=customer(world),
            team=world.owner_team,
            queue=queue(world),
            reference=f"{world.agency.case_prefix}-2026-424242",
            subject=CASE_SUBJECT,
        )
        return made

    return world.once("case", make)


def case_secrets(world: World) -> tuple[str, ...]:
    found = case(world)
    return (found.reference, found.subject, CUSTOMER_NAME, CUSTOMER_EMAIL)


def case_target(world: World) -> Target:
    return Target({"pk": case(world).pk}, case_secrets(world), case(world))


def case_ref_target(world: World) -> Target:
    return Target({"ref": case(world).reference}, case_secrets(world), case(world))


def attachment(world: World) -> CaseAttachment:
    def make() -> CaseAttachment:
        content = b"Minutes of the Wickerby Lane site visit.\n"
        made: CaseAttachment = case_services.case_add_attachment(
            case=case(world),
            upload=io.BytesIO(content),
            name="wickerby-site-visit.txt",
            size=len(content),
            actor=world.owner,
        )
        return made

    return world.once("attachment", make)


def attachment_target(world: World) -> Target:
    found = attachment(world)
    return Target(
        {"pk": case(world).pk, "attachment_pk": found.pk},
        (*case_secrets(world), found.original_name, "Wickerby Lane site visit"),
        found,
    )


def api_attachment_target(world: World) -> Target:
    found = attachment(world)
    return Target(
        {"ref": case(world).reference, "pk": found.pk},
        (*case_secrets(world), found.original_name, "Wickerby Lane site visit"),
        found,
    )


def survey(world: World) -> Survey:
    return world.once(
        "survey",
        lambda: a11_like_survey(
            agency=world.agency, service=service(world), name="Wickerby satisfaction"
        ),
    )


def invitation(world: World) -> SurveyInvitation:
    def make() -> SurveyInvitation:
        survey(world)
        return sent_invitation(
            survey(world),
            customer=customer(world),
            subject="Wickerby pothole, closed",
            reference=f"{world.agency.case_prefix}-2026-515151",
        )

    return world.once("invitation", make)


def office(world: World) -> Office:
    return world.once(
        "office", lambda: OfficeFactory(agency=world.agency, name="Wickerby front desk")
    )


def pulse_round(world: World) -> PulseRound:
    return world.once("pulse_round", lambda: PulseRoundFactory(agency=world.agency))


def friction(world: World) -> FrictionReport:
    return world.once(
        "friction",
        lambda: FrictionReportFactory(
            agency=world.agency,
            raised_by=world.owner,
            title="The Wickerby permit form asks for the address twice",
        ),
    )


def skill(world: World) -> Skill:
    return world.once("skill", lambda: SkillFactory(agency=world.agency, name="Wickerby bylaws"))


def assessment_attempt(world: World) -> AssessmentAttempt:
    def make() -> AssessmentAttempt:
        assessment = make_assessment(
            agency=world.agency, skill=skill(world), title="Wickerby bylaws test"
        )
        return AssessmentAttempt.objects.create(
            assessment=assessment, user=world.owner, correct=4, questions=5, score=80
        )

    return world.once("attempt", make)


def offer(world: World) -> Offer:
    return world.once(
        "offer",
        lambda: Offer.objects.create(
            case=case(world),
            user=world.owner,
            queue=queue(world),
            expires_at=timezone.now() + timedelta(minutes=5),
        ),
    )


def notification(world: World) -> Notification:
    return world.once(
        "notification",
        lambda: Notification.objects.create(
            user=world.owner,
            agency=world.agency,
            kind="case.assigned",
            title=f"Assigned to you: {CASE_SUBJECT}",
            link=f"/cases/{case(world).pk}/",
        ),
    )


def person(world: World) -> User:
    """A caseworker of agency A whose skills supervisors set (not one of the visitors, whose
    own name every page shows them)."""
    return world.once("person", lambda: _user_of_a(world))


def survey_response(world: World) -> SurveyResponse:
    return world.once(
        "survey_response",
        lambda: SurveyResponseFactory(
            survey=survey(world), agency=world.agency, case=case(world), service=service(world)
        ),
    )


def pk_of(make: Callable[[World], Model], *secrets: Callable[[Model], str]) -> Build:
    """A target whose only argument, ``pk``, is the object's id."""

    def build(world: World) -> Target:
        obj = make(world)
        return Target({"pk": obj.pk}, tuple(s(obj) for s in secrets), obj)

    return build


def _user_of_a(world: World) -> User:
    user: User = UserFactory.create(
        full_name="Ottoline Brackenbury", email="ottoline@wickerby.example"
    )
    MembershipFactory(user=user, agency=world.agency, role=Role.CASEWORKER, team=world.owner_team)
    return user


def _forged_survey_token(world: World) -> Target:
    real = links.invitation_token(invitation(world))
    return Target({"token": real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")})


def _forged_office_token(world: World) -> Target:
    real = links.office_token(
        office=office(world), survey=survey(world), service_id=service(world).pk
    )
    return Target({"token": real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")})


def _real_survey_token(world: World) -> Target:
    found = invitation(world)
    return Target(
        {"token": links.invitation_token(found)},
        (found.case.reference, CUSTOMER_NAME, CUSTOMER_EMAIL),
        found,
    )


def _open311(name: str) -> tuple[Build, Build]:
    """A request of agency A asked for under agency B's jurisdiction; and under its own."""

    def forged(world: World) -> Target:
        return Target(
            {name: case(world).reference, "fmt": "json"},
            case_secrets(world),
            query={"jurisdiction_id": world.other.slug},
        )

    def real(world: World) -> Target:
        return Target(
            {name: case(world).reference, "fmt": "json"},
            (CUSTOMER_NAME, CUSTOMER_EMAIL),
            query={"jurisdiction_id": world.agency.slug},
        )

    return forged, real


def _reset_link(world: World) -> Target:
    user = world.members[Role.CASEWORKER]
    return Target(
        {"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": "forged-token"},
        (user.email,),
    )


_open311_request = _open311("request_id")
_open311_token = _open311("token")


def _office_poster(world: World) -> Target:
    return Target(
        {"pk": office(world).pk, "survey_pk": survey(world).pk, "service_pk": service(world).pk},
        ("Wickerby front desk", "Wickerby road markings"),
        office(world),
    )


def _case_survey_record(world: World) -> Target:
    found = invitation(world)
    return Target(
        {"pk": found.case_id, "survey_pk": found.survey_id},
        (found.case.reference, found.case.subject, CUSTOMER_NAME),
        found,
    )


def _service_report(world: World) -> Target:
    return Target({"service_id": service(world).pk}, ("Wickerby road markings",), service(world))


def _service_code(world: World) -> Target:
    return Target({"code": service(world).code}, ("Wickerby road markings",), service(world))


def _person_target(world: World) -> Target:
    user = person(world)
    return Target({"user_pk": user.pk}, (user.full_name, user.email), user)


CASE_PAGES = (
    "case_detail",
    "case_note",
    "case_message",
    "case_contact",
    "case_status",
    "case_assign",
    "case_take",
    "case_unassign",
    "case_reopen",
    "case_link",
    "case_attachment_add",
    "case_surveys",
    "routing_transfer_person",
    "routing_transfer_queue",
    "routing_take_back",
    "routing_priority",
    "routing_snooze",
    "routing_wake",
    "routing_decline",
)
CASE_API = (
    "api_case_detail",
    "api_case_sla",
    "api_case_status",
    "api_case_reopen",
    "api_case_assign",
    "api_case_unassign",
    "api_case_notes",
    "api_case_messages",
    "api_case_attachments",
)

URLS: dict[str, Entry] = {
    **{name: Scoped(case_target) for name in CASE_PAGES},
    **{name: Scoped(case_ref_target) for name in CASE_API},
    "case_legal_hold": Scoped(case_target, roles=SUPERVISING),
    "customer_subject_access": Scoped(
        pk_of(customer, lambda c: CUSTOMER_NAME, lambda c: CUSTOMER_EMAIL), roles=SUPERVISING
    ),
    "customer_subject_access_json": Scoped(
        pk_of(customer, lambda c: CUSTOMER_NAME, lambda c: CUSTOMER_EMAIL), roles=SUPERVISING
    ),
    "case_attachment": Scoped(attachment_target),
    "api_case_attachment": Scoped(api_attachment_target),
    "customer_detail": Scoped(pk_of(customer, lambda c: CUSTOMER_NAME, lambda c: CUSTOMER_EMAIL)),
    "api_customer_detail": Scoped(
        pk_of(customer, lambda c: CUSTOMER_NAME, lambda c: CUSTOMER_EMAIL)
    ),
    "team_detail": Scoped(pk_of(lambda w: w.owner_team, lambda t: t.name)),
    "notification_read": Scoped(pk_of(notification, lambda n: n.title), personal=True),
    "notification_open": Scoped(pk_of(notification, lambda n: n.title), personal=True),
    "offer_accept": Scoped(pk_of(offer, lambda o: CASE_SUBJECT), personal=True),
    "offer_decline": Scoped(pk_of(offer, lambda o: CASE_SUBJECT), personal=True),
    "assessment_take": Scoped(pk_of(lambda w: assessment_attempt(w).assessment, lambda a: a.title)),
    "assessment_result": Scoped(
        pk_of(assessment_attempt, lambda a: a.assessment.title), roles=SUPERVISING
    ),
    "person_skills": Scoped(_person_target, roles=SUPERVISING),
    "person_skill_level": Scoped(_person_target, roles=SUPERVISING),
    "person_skill_observed": Scoped(_person_target, roles=SUPERVISING),
    "case_survey_record": Scoped(_case_survey_record),
    "survey_office_poster": Scoped(_office_poster, roles=POSTER_ROLES),
    "pulse_answer": Scoped(pk_of(pulse_round, lambda r: r.survey.title)),
    "pulse_thanks": Scoped(pk_of(pulse_round, lambda r: r.survey.title)),
    "pulse_round_close": Scoped(pk_of(pulse_round, lambda r: r.survey.title), roles=MANAGING),
    "pulse_results": Scoped(pk_of(pulse_round, lambda r: r.survey.title), roles=MANAGING),
    "friction_detail": Scoped(pk_of(friction, lambda f: f.title)),
    "friction_vote": Scoped(pk_of(friction, lambda f: f.title)),
    "friction_triage": Scoped(pk_of(friction, lambda f: f.title)),
    "reports_blueprint": Scoped(_service_report, roles=MANAGING),
    "reports_blueprint_csv": Scoped(_service_report, roles=MANAGING),
    "api_service_detail": Scoped(_service_code),
    "api_queue_detail": Scoped(pk_of(queue, lambda q: q.name)),
    "api_survey_response_detail": Scoped(
        pk_of(survey_response, lambda r: r.survey.name), roles=SUPERVISING
    ),
    # Public by design --------------------------------------------------------------------
    "password_reset_confirm": Public(
        "Django's password reset link, signed for one account: a wrong token shows the "
        "'link is no longer valid' page, the same for every account.",
        _reset_link,
        refused_with=(200,),
    ),
    **{
        name: Public(
            "The signed single-use survey link sent to a customer: the survey page shows "
            "the agency and the questions, never the case or the customer.",
            _forged_survey_token,
            real=_real_survey_token,
        )
        for name in (
            "survey_answer",
            "survey_thanks",
            "survey_unsubscribe",
            "survey_unsubscribed",
        )
    },
    **{
        name: Public(
            "The signed survey link printed on an office poster (QR code): anyone at the "
            "counter may answer; it names an office, a survey and a service, no person.",
            _forged_office_token,
        )
        for name in ("survey_office", "survey_office_thanks")
    },
    **{
        name: Public(
            "An agency's published satisfaction results, public by design (counts only, "
            "never a comment or a person); an unknown agency is a 404.",
            lambda w: Target({"slug": "no-such-agency"}),
            real=lambda w: Target({"slug": w.agency.slug}, (CUSTOMER_NAME, CASE_SUBJECT)),
        )
        for name in ("satisfaction_agency", "satisfaction_agency_csv")
    },
    "privacy_agency": Public(
        "An agency's privacy notice, public by law: what it collects, why and for how "
        "long, from its configuration; never a case or a person. An unknown agency is a 404.",
        lambda w: Target({"slug": "no-such-agency"}),
        real=lambda w: Target({"slug": w.agency.slug}, (CUSTOMER_NAME, CASE_SUBJECT)),
    ),
    **{
        name: NotAnObject("The parameter is the response format, xml or json.")
        for name in ("open311_discovery", "open311_services", "open311_requests")
    },
    "open311_service_definition": Public(
        "Open311 GeoReport v2 service definitions are public; a service is found only in "
        "its own jurisdiction.",
        lambda w: Target(
            {"code": service(w).code, "fmt": "json"},
            query={"jurisdiction_id": w.other.slug},
        ),
    ),
    "open311_request": Public(
        "Open311 GeoReport v2 service requests are public documents without the "
        "customer's details; a request is found only in its own jurisdiction.",
        _open311_request[0],
        real=_open311_request[1],
    ),
    "open311_token": Public(
        "Open311 tokens resolve to public service request ids, only in their own jurisdiction.",
        _open311_token[0],
        real=_open311_token[1],
    ),
    # Not an object ------------------------------------------------------------------------
    "backoffice.api.api_not_found": NotAnObject(
        "The catch-all under /api/ that answers every unknown address with a 404."
    ),
    "cases.open311.views.not_found": NotAnObject(
        "The catch-all under /open311/v2/ that answers every unknown address with a 404."
    ),
    "admin:app_list": NotAnObject("The admin's index of one application's models."),
    "django.contrib.admin.sites.AdminSite.catch_all_view": NotAnObject(
        "The admin's catch-all: a 404, or the log-in page for a visitor."
    ),
    "admin:view_on_site": NotAnObject(
        "The admin's 'view on site' shortcut redirects to the object's own page, whose "
        "access check is tested under that page's name."
    ),
}


# The admin, by model --------------------------------------------------------------------


def _presence(world: World) -> Presence:
    return Presence.objects.create(user=person(world))


ADMIN_MODELS: dict[str, Callable[[World], Model]] = {
    # Platform-wide: superusers only; every agency administrator is refused.
    "auth.group": lambda w: Group.objects.create(name="Wickerby platform operators"),
    "backoffice.agency": lambda w: w.agency,
    "backoffice.team": lambda w: w.owner_team,
    "backoffice.membership": lambda w: Membership.objects.get(user=person(w), agency=w.agency),
    "backoffice.user": person,
    "backoffice.auditevent": lambda w: AuditEventFactory.create(
        agency=w.agency, action="case.view", object_repr=CASE_SUBJECT
    ),
    "backoffice.notification": notification,
    "backoffice.apiclient": lambda w: ApiClient.objects.create(
        agency=w.agency,
        name="Wickerby parking system",
        owner=w.owner,
        key_prefix="wickerby",
        key_hash="0" * 64,
    ),
    "routing.skill": skill,
    "routing.queue": queue,
    "routing.routingrule": lambda w: RoutingRuleFactory.create(
        agency=w.agency, queue=queue(w), name="Wickerby markings rule"
    ),
    "routing.personskill": lambda w: PersonSkill.objects.create(
        user=person(w), skill=skill(w), level=2, source=SkillSource.SUPERVISOR
    ),
    "routing.skilllevelchange": lambda w: SkillLevelChange.objects.create(
        user=person(w), skill=skill(w), source=SkillSource.SUPERVISOR
    ),
    "routing.presence": _presence,
    "routing.assessment": lambda w: assessment_attempt(w).assessment,
    "routing.assessmentquestion": lambda w: AssessmentQuestion.objects.filter(
        assessment=assessment_attempt(w).assessment
    ).order_by("pk")[0],
    "routing.assessmentattempt": assessment_attempt,
    "routing.observedassessment": lambda w: ObservedAssessment.objects.create(
        user=person(w), skill=skill(w), level=2, observed_by=w.owner, notes="Wickerby visit"
    ),
    "routing.offer": offer,
    "routing.decline": lambda w: Decline.objects.create(case=case(w), user=person(w)),
    "routing.pickup": lambda w: Pickup.objects.create(
        agency=w.agency,
        queue=queue(w),
        case=case(w),
        user=person(w),
        method="pull",
        queued_at=timezone.now() - timedelta(minutes=5),
        picked_at=timezone.now(),
        waited=timedelta(minutes=5),
    ),
    "cases.service": service,
    "cases.customer": customer,
    "cases.case": case,
    "cases.businesscalendar": lambda w: BusinessCalendar.objects.create(
        agency=w.agency, name="Wickerby working week"
    ),
    "cases.slapolicy": lambda w: SlaPolicyFactory.create(agency=w.agency, name="Wickerby targets"),
    "cases.escalation": lambda w: Escalation.objects.create(
        case=case(w),
        target="assignee",
        level=1,
        threshold_at=timezone.now(),
        escalated_at=timezone.now(),
    ),
    "feedback.survey": survey,
    "feedback.question": lambda w: Question.objects.filter(survey=survey(w)).order_by("pk")[0],
    "feedback.feedbackpolicy": lambda w: FeedbackPolicyFactory.create(agency=w.agency),
    "feedback.office": office,
    "feedback.surveyinvitation": invitation,
    "feedback.surveyresponse": survey_response,
    "feedback.pulseround": pulse_round,
    "feedback.frictionreport": friction,
    "cases.retentionrun": lambda w: RetentionRun.objects.create(
        agency=w.agency, requested_by=w.owner, dry_run=True, cases_anonymised=3
    ),
    # Sign-in records and second factors: platform-wide, superusers only.
    "axes.accessattempt": lambda w: AccessAttempt.objects.create(
        username=person(w).email, ip_address="192.0.2.10", failures_since_start=2
    ),
    "axes.accesslog": lambda w: AccessLog.objects.create(
        username=person(w).email, ip_address="192.0.2.10"
    ),
    "axes.accessfailurelog": lambda w: AccessFailureLog.objects.create(
        username=person(w).email, ip_address="192.0.2.10"
    ),
    "otp_totp.totpdevice": lambda w: TOTPDevice.objects.create(
        user=person(w), name="Ottoline's phone", confirmed=True
    ),
    "otp_static.staticdevice": lambda w: StaticDevice.objects.create(
        user=person(w), name="Ottoline's recovery codes", confirmed=True
    ),
}

# Models whose admin only superusers may open: agency A's own administrator is refused too.
ADMIN_SUPERUSER_ONLY = {
    "auth.group",
    "axes.accessattempt",
    "axes.accesslog",
    "axes.accessfailurelog",
    "otp_totp.totpdevice",
    "otp_static.staticdevice",
}


def admin_secrets(obj: Model) -> tuple[str, ...]:
    """The object's own name, where it has one that is not generic."""
    text = str(obj)
    return (text,) if len(text) >= 12 and "object (" not in text else ()
