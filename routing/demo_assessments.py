"""Demonstration skill assessments: two or three per agency with their questions and pass
marks, the attempts behind the levels the routing demo says were earned in assessments,
a few recent attempts (one not passed, one below a level already held) and the observed
practical assessments behind the levels it says were observed.

Called by the routing demo for each agency after its levels are set. Idempotent: an
assessment that exists is left as it is (an administrator may have changed it), and
attempts are only added with an assessment created now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from backoffice.models import Agency, Membership, Role, User

from .assessments import assessment_submit
from .models import (
    Assessment,
    AssessmentAttempt,
    AssessmentChoice,
    AssessmentQuestion,
    ObservedAssessment,
    PersonSkill,
    Skill,
    SkillLevelChange,
    SkillSource,
)


@dataclass(frozen=True)
class DemoQuestion:
    text: str
    right: str
    wrong: tuple[str, ...]


@dataclass(frozen=True)
class DemoAttempt:
    """A recent attempt by *email*, *hours_ago*, with the first *right* questions right."""

    email: str
    right: int
    hours_ago: int


@dataclass(frozen=True)
class DemoAssessment:
    skill: str
    title: str
    instructions: str
    marks: dict[int, int]
    questions: tuple[DemoQuestion, ...]
    attempts: tuple[DemoAttempt, ...] = ()
    retake_after_hours: int = 24


Q = DemoQuestion

SPANISH_QUESTIONS = (
    Q(
        "A caller says: “Necesito renovar mi licencia de negocio.” What do they need?",
        "To renew their business licence",
        ("To close their business", "To report a noisy neighbour"),
    ),
    Q(
        "How do you say “Your case reference is on the letter”?",
        "El número de su caso está en la carta.",
        ("Su carta está cerrada hoy.", "El caso fue cancelado ayer."),
    ),
    Q(
        "A visitor asks: “¿Cuánto cuesta el permiso?” What do they want to know?",
        "What the permit costs",
        ("Where the office is", "When the permit expires"),
    ),
    Q(
        "Which is the polite way to ask someone to hold the line for a moment?",
        "¿Puede esperar un momento, por favor?",
        ("¡Espere!", "No puede esperar."),
    ),
    Q(
        "“La inspección es el martes por la mañana.” When is the inspection?",
        "Tuesday morning",
        ("Thursday afternoon", "Monday evening"),
    ),
    Q(
        "A customer writes: “Me cobraron dos veces.” What happened?",
        "They were charged twice",
        ("They paid late", "They lost their receipt"),
    ),
)

SPANISH_INSTRUCTIONS = (
    "Six questions on the Spanish you use with callers, visitors and letters. Pick one "
    "answer for each. Levels 4 and 5 are given after a supervisor observes a conversation."
)

RIVERTON = (
    DemoAssessment(
        skill="spanish",
        title="Spanish for casework",
        instructions=SPANISH_INSTRUCTIONS,
        marks={1: 40, 2: 60, 3: 80},
        questions=SPANISH_QUESTIONS,
        attempts=(DemoAttempt("james.okafor@riverton.example", right=1, hours_ago=72),),
    ),
    DemoAssessment(
        skill="food-safety",
        title="Food premises basics",
        instructions=(
            "Five questions on the rules for food premises that licence applications and "
            "complaints come up against."
        ),
        marks={1: 40, 2: 60, 3: 80},
        questions=(
            Q(
                "At what temperature must cold food be held?",
                "41°F (5°C) or below",
                ("50°F (10°C) or below", "60°F (15°C) or below"),
            ),
            Q(
                "A restaurant changes owner. What does the new owner need before opening?",
                "A food service licence in their own name",
                ("Nothing: the licence stays with the premises", "Only a fire inspection"),
            ),
            Q(
                "Where is a handwashing sink, separate from the food sinks, required?",
                "In every food preparation area",
                (
                    "Only in kitchens with more than five staff",
                    "Only where raw fish is served",
                ),
            ),
            Q(
                "A food truck applies for a licence. What comes first?",
                "A plan review of the truck's layout and equipment",
                ("A liquor licence hearing", "A zoning variance"),
            ),
            Q(
                "A caller reports food poisoning after a meal at a restaurant. What do you do?",
                "Open a complaint and send it to inspections the same day",
                ("Ask them to write a letter", "Close it as a private dispute"),
            ),
        ),
    ),
    DemoAssessment(
        skill="business-licensing",
        title="Business licence types and fees",
        instructions=(
            "Six questions on which licence a business needs, what it costs and when it is renewed."
        ),
        marks={1: 40, 2: 60, 3: 75, 4: 90},
        questions=(
            Q(
                "A hair salon opens in a shopping centre. Which licence does it need?",
                "A general business licence and a cosmetology establishment licence",
                ("A home occupation permit", "No licence, only a sales tax number"),
            ),
            Q(
                "When are general business licences renewed?",
                "Every year, by the anniversary of the first issue",
                ("Every five years", "Only when the business moves"),
            ),
            Q(
                "A licence renewal is paid 20 days late. What applies?",
                "A late fee on top of the renewal fee",
                ("The licence is revoked at once", "Nothing until 90 days"),
            ),
            Q(
                "Someone runs a bookkeeping business from their flat, with no visitors. "
                "What do they need?",
                "A home occupation permit",
                ("A commercial zoning variance", "A liquor licence"),
            ),
            Q(
                "Who checks the zoning of a new business address before a licence is issued?",
                "The planning department, through the zoning check in the application",
                ("The applicant's landlord", "Nobody: zoning is checked after opening"),
            ),
            Q(
                "A business moves across town. What happens to its licence?",
                "It is updated with the new address after a new zoning check",
                ("It carries on unchanged", "The business must wait a year to reapply"),
            ),
        ),
        attempts=(DemoAttempt("maria.lopez@riverton.example", right=5, hours_ago=5),),
    ),
)

SHARED = (
    DemoAssessment(
        skill="spanish",
        title="Spanish for casework",
        instructions=SPANISH_INSTRUCTIONS,
        marks={1: 40, 2: 60, 3: 80},
        questions=SPANISH_QUESTIONS,
    ),
    DemoAssessment(
        skill="payroll",
        title="Payroll essentials",
        instructions="Six questions on pay dates, deductions and corrections for client agencies.",
        marks={1: 40, 2: 60, 3: 75, 4: 90},
        questions=(
            Q(
                "An employee was underpaid last period. How is it usually corrected?",
                "An off-cycle payment or an adjustment on the next pay date",
                ("A refund from the employee's bank", "Nothing until the end of the year"),
            ),
            Q(
                "Which deduction is taken before income tax is worked out?",
                "A pre-tax retirement contribution",
                ("A wage garnishment", "A union fee paid after tax"),
            ),
            Q(
                "A new hire's first day is after the period's cut-off. When are they paid?",
                "On the next pay date, for every day worked",
                ("Never for the first period", "Only after three months"),
            ),
            Q(
                "An employee asks to change their bank account. What do you need?",
                "A signed direct deposit form, checked with the employee",
                ("An email from anyone in their team", "Nothing: change it when asked"),
            ),
            Q(
                "Who approves overtime before it is paid?",
                "The employee's supervisor, on the timesheet",
                ("Payroll decides alone", "The employee approves their own"),
            ),
            Q(
                "A garnishment order arrives from a court. What do you do?",
                "Apply it from the next pay date and confirm to the court",
                ("Ask the employee whether to apply it", "File it until the year end"),
            ),
        ),
        attempts=(DemoAttempt("daniel.moore@shared.example", right=3, hours_ago=48),),
    ),
    DemoAssessment(
        skill="accounts-payable",
        title="Duplicate payments and recoveries",
        instructions=(
            "Five questions on spotting duplicate supplier payments and getting them back."
        ),
        marks={2: 40, 3: 60, 4: 80},
        questions=(
            Q(
                "What most often causes a duplicate payment?",
                "The same invoice entered twice, once from a copy or a reminder",
                ("A supplier changing banks", "Paying early"),
            ),
            Q(
                "Before paying, which check catches most duplicates?",
                "Matching supplier, invoice number and amount against paid invoices",
                ("Checking the invoice date only", "Asking the supplier"),
            ),
            Q(
                "A supplier was paid twice. What is the first step?",
                "Ask the supplier for a refund or a credit note, in writing",
                ("Stop every payment to them", "Write the amount off"),
            ),
            Q(
                "The supplier offers a credit note. When can it be used?",
                "Against their next invoices, recorded so it is not used twice",
                ("Only in the next financial year", "It cannot be used"),
            ),
            Q(
                "Who is told when a duplicate over the reporting limit is found?",
                "The finance manager, who reports it to internal audit",
                ("Nobody, if it is recovered", "The supplier's bank"),
            ),
        ),
    ),
)

ASSESSMENTS: dict[str, Sequence[DemoAssessment]] = {
    "riverton-licensing": RIVERTON,
    "state-shared-services": SHARED,
}


@transaction.atomic
def seed_assessments(*, agency: Agency) -> None:
    """Create the agency's demo assessments that are missing, with their attempts, and the
    observed assessments behind observed levels."""
    skills = {skill.code: skill for skill in Skill.objects.filter(agency=agency)}
    for item in ASSESSMENTS.get(agency.slug, ()):
        skill = skills.get(item.skill)
        if skill is None or Assessment.objects.filter(agency=agency, title=item.title).exists():
            continue
        assessment = _assessment(agency, skill, item)
        _earned_attempts(assessment)
        for attempt in item.attempts:
            _recent_attempt(assessment, attempt)
    _observations(agency)


def _assessment(agency: Agency, skill: Skill, item: DemoAssessment) -> Assessment:
    marks = {f"level_{level}_mark": mark for level, mark in item.marks.items()}
    assessment = Assessment.objects.create(
        agency=agency,
        skill=skill,
        title=item.title,
        instructions=item.instructions,
        retake_after_hours=item.retake_after_hours,
        created_at=timezone.now() - timedelta(days=180),
        **marks,
    )
    for order, spec in enumerate(item.questions, start=1):
        question = AssessmentQuestion.objects.create(
            assessment=assessment, order=order, text=spec.text
        )
        # The right answer is not always first: it moves down one place per question.
        texts = list(spec.wrong)
        texts.insert((order - 1) % (len(texts) + 1), spec.right)
        AssessmentChoice.objects.bulk_create(
            AssessmentChoice(
                question=question, order=place, text=text, is_correct=text == spec.right
            )
            for place, text in enumerate(texts, start=1)
        )
    return assessment


def _answers(assessment: Assessment, right: int) -> tuple[dict[str, int], dict[int, int]]:
    """Answers with the first *right* questions right: as stored, and as submitted."""
    chosen: dict[int, int] = {}
    questions = assessment.questions.prefetch_related("choices").order_by("order", "id")
    for number, question in enumerate(questions):
        choices = list(question.choices.all())
        pick = next(c for c in choices if c.is_correct == (number < right))
        chosen[question.pk] = pick.pk
    return {str(pk): choice for pk, choice in chosen.items()}, chosen


def _earned_attempts(assessment: Assessment) -> None:
    """The attempts behind levels the history says were earned in this skill's assessment,
    at the time of the change: the demo's starting point, recorded as it happened then."""
    total = assessment.questions.count()
    earned = SkillLevelChange.objects.filter(
        skill=assessment.skill, source=SkillSource.ASSESSMENT, level_after__isnull=False
    ).order_by("changed_at", "id")
    for change in earned:
        right = next(
            (
                k
                for k in range(total + 1)
                if assessment.level_for(k * 100 // total) == change.level_after
            ),
            None,
        )
        if right is None:
            continue
        stored, _submitted = _answers(assessment, right)
        AssessmentAttempt.objects.create(
            assessment=assessment,
            user_id=change.user_id,
            submitted_at=change.changed_at,
            answers=stored,
            correct=right,
            questions=total,
            score=right * 100 // total,
            level_before=change.level_before,
            level_awarded=change.level_after,
        )


def _recent_attempt(assessment: Assessment, item: DemoAttempt) -> None:
    """A recent attempt through the service, so its level and audit rows are the real ones."""
    user = User.objects.filter(
        email=item.email,
        pk__in=Membership.objects.filter(agency=assessment.agency).values("user_id"),
    ).first()
    if user is None:
        return
    when = timezone.now() - timedelta(hours=item.hours_ago)
    _stored, submitted = _answers(assessment, item.right)
    attempt = assessment_submit(assessment=assessment, user=user, answers=submitted, now=when)
    if attempt.level_awarded is not None and attempt.level_awarded != attempt.level_before:
        # Demo only: the level changed when the attempt was made, not at loading.
        change = (
            SkillLevelChange.objects.filter(user=user, skill=assessment.skill_id)
            .order_by("-id")
            .first()
        )
        if change is not None:
            SkillLevelChange.objects.filter(pk=change.pk).update(changed_at=when)
            PersonSkill.objects.filter(user=user, skill=assessment.skill_id).update(updated_at=when)


def _observations(agency: Agency) -> None:
    """The observed practical assessments behind the levels the history says were observed."""
    observers = Membership.objects.filter(agency=agency).order_by("id")
    fallback = (
        observers.filter(role=Role.SUPERVISOR).values_list("user_id", flat=True).first()
        or observers.filter(role=Role.ADMINISTRATOR).values_list("user_id", flat=True).first()
    )
    observed = SkillLevelChange.objects.filter(
        skill__agency=agency, source=SkillSource.OBSERVED, level_after__isnull=False
    ).order_by("changed_at", "id")
    done = set(
        ObservedAssessment.objects.filter(skill__agency=agency).values_list("user_id", "skill_id")
    )
    for change in observed:
        observer = change.changed_by_id or fallback
        assert change.level_after is not None  # noqa: S101 (filtered on)
        if (
            observer is None
            or observer == change.user_id
            or (change.user_id, change.skill_id) in done
        ):
            continue
        ObservedAssessment.objects.create(
            user_id=change.user_id,
            skill_id=change.skill_id,
            level=change.level_after,
            level_before=change.level_before,
            observed_by_id=observer,
            observed_at=change.changed_at,
            notes=change.note or "Observed at work.",
        )
        done.add((change.user_id, change.skill_id))
