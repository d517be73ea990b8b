"""Ready-made surveys: the federal post-transaction survey (OMB Circular A-11 section 280),
CSAT, NPS, CES and the employee pulse, each in English and Spanish.

These are content, stored in a survey's English and Spanish fields when an agency
creates a survey from one (``feedback.services.library.survey_from_template``); the
agency may then edit the copy in the admin. They are not passed through gettext, which
would put a third language into the English field. ``{agency}`` in any text stands for
the agency's name.

The A-11 wording follows the section 280 pattern: a trust statement ("This interaction
increased my trust in ...") and the drivers satisfaction, ease, efficiency,
transparency, effectiveness and employee helpfulness, all answered on a five-point
agreement scale, then what went well, what could be better and a comment.

Each citizen question that scores a stage of a case carries that stage
(:data:`STAGE_BY_MEASURE`), so the service blueprint can set the citizens' answers
beside the stage they are about.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Audience, Measure, QuestionKind, Stage, SurveyTemplate

AGENCY = "{agency}"

# The stage of a case each measure speaks about, for the service blueprint: ease of
# getting the request in, a reasonable time before someone took it up, helpful staff
# while working on it, understanding what was asked while waiting, the need addressed
# at resolution, and the overall verdict (satisfaction, trust, CSAT) after closure.
# Migration feedback 0003 filled existing questions from this mapping.
STAGE_BY_MEASURE: dict[str, str] = {
    Measure.EASE: Stage.INTAKE,
    Measure.EFFICIENCY: Stage.TRIAGE,
    Measure.HELPFULNESS: Stage.WORK,
    Measure.TRANSPARENCY: Stage.WAITING,
    Measure.EFFECTIVENESS: Stage.RESOLUTION,
    Measure.SATISFACTION: Stage.FOLLOW_UP,
    Measure.TRUST: Stage.FOLLOW_UP,
    Measure.CSAT: Stage.FOLLOW_UP,
}


@dataclass(frozen=True)
class ChoiceSpec:
    value: str
    label: str
    label_es: str


@dataclass(frozen=True)
class QuestionSpec:
    kind: str
    measure: str
    text: str
    text_es: str
    help_text: str = ""
    help_text_es: str = ""
    required: bool = False
    choices: tuple[ChoiceSpec, ...] = ()
    stage: str = ""  # empty: the stage of the measure (STAGE_BY_MEASURE), if it has one

    def __post_init__(self) -> None:
        if not self.stage:
            object.__setattr__(self, "stage", STAGE_BY_MEASURE.get(self.measure, ""))


@dataclass(frozen=True)
class SurveySpec:
    template: str
    audience: str
    name: str  # shown to staff only
    summary: str  # what the template is, for the admin's list of templates
    title: str
    title_es: str
    intro: str
    intro_es: str
    questions: tuple[QuestionSpec, ...]


PRIVACY_HINT = "Please leave out personal details such as your phone number or address."
PRIVACY_HINT_ES = (
    "Por favor, no incluya datos personales como su número de teléfono o su dirección."
)

COMMENT = QuestionSpec(
    kind=QuestionKind.TEXT,
    measure=Measure.COMMENT,
    text="Is there anything else you would like to tell us?",
    text_es="¿Hay algo más que quiera contarnos?",
    help_text=PRIVACY_HINT,
    help_text_es=PRIVACY_HINT_ES,
)


def _agree(
    measure: str,
    text: str,
    text_es: str,
    *,
    help_text: str = "",
    help_text_es: str = "",
    required: bool = False,
) -> QuestionSpec:
    return QuestionSpec(
        kind=QuestionKind.AGREEMENT,
        measure=measure,
        text=text,
        text_es=text_es,
        help_text=help_text,
        help_text_es=help_text_es,
        required=required,
    )


A11 = SurveySpec(
    template=SurveyTemplate.A11,
    audience=Audience.CUSTOMER,
    name="Post-transaction survey (A-11)",
    summary=(
        "The US federal post-transaction customer survey (OMB Circular A-11 section 280): "
        "trust, six drivers, what went well, what could be better and a comment."
    ),
    title="Tell us about your experience with {agency}",
    title_es="Cuéntenos su experiencia con {agency}",
    intro=(
        "Your answers help us improve our service. The survey takes about two minutes, "
        "every question is optional and your answers do not affect your request."
    ),
    intro_es=(
        "Sus respuestas nos ayudan a mejorar nuestro servicio. La encuesta toma unos dos "
        "minutos, todas las preguntas son opcionales y sus respuestas no afectan su solicitud."
    ),
    questions=(
        _agree(
            Measure.SATISFACTION,
            "I am satisfied with the service I received from {agency}.",
            "Estoy satisfecho/a con el servicio que recibí de {agency}.",
        ),
        _agree(
            Measure.TRUST,
            "This interaction increased my trust in {agency}.",
            "Esta interacción aumentó mi confianza en {agency}.",
        ),
        _agree(
            Measure.EFFECTIVENESS,
            "My need was addressed.",
            "Se atendió mi necesidad.",
        ),
        _agree(
            Measure.EASE,
            "It was easy to complete what I needed to do.",
            "Fue fácil completar lo que necesitaba hacer.",
        ),
        _agree(
            Measure.EFFICIENCY,
            "It took a reasonable amount of time to do what I needed to do.",
            "Hacer lo que necesitaba me llevó un tiempo razonable.",
        ),
        _agree(
            Measure.TRANSPARENCY,
            "I understood what was being asked of me throughout the process.",
            "Entendí lo que se me pedía durante todo el proceso.",
        ),
        _agree(
            Measure.HELPFULNESS,
            "The employees I dealt with were helpful.",
            "El personal que me atendió fue servicial.",
            help_text="Leave this question out if you did not deal with anyone in person.",
            help_text_es="Omita esta pregunta si no trató con ninguna persona.",
        ),
        QuestionSpec(
            kind=QuestionKind.MULTIPLE,
            measure=Measure.WENT_WELL,
            text="What went well?",
            text_es="¿Qué salió bien?",
            help_text="Choose all that apply.",
            help_text_es="Marque todas las opciones que correspondan.",
            choices=(
                ChoiceSpec("easy", "Easy to complete", "Fácil de completar"),
                ChoiceSpec("fast", "Process was fast", "El proceso fue rápido"),
                ChoiceSpec("clear", "Clear information", "Información clara"),
                ChoiceSpec("helpful-staff", "Helpful employee(s)", "Personal servicial"),
                ChoiceSpec("got-what-i-needed", "Got what I needed", "Obtuve lo que necesitaba"),
                ChoiceSpec("other", "Other", "Otro"),
            ),
        ),
        QuestionSpec(
            kind=QuestionKind.MULTIPLE,
            measure=Measure.COULD_BE_BETTER,
            text="What could be better?",
            text_es="¿Qué se podría mejorar?",
            help_text="Choose all that apply.",
            help_text_es="Marque todas las opciones que correspondan.",
            choices=(
                ChoiceSpec("hard", "Hard to complete", "Difícil de completar"),
                ChoiceSpec("slow", "Process was slow", "El proceso fue lento"),
                ChoiceSpec("unclear", "Information was unclear", "La información no era clara"),
                ChoiceSpec(
                    "unhelpful-staff", "Employee(s) not helpful", "El personal no fue servicial"
                ),
                ChoiceSpec(
                    "did-not-get-what-i-needed",
                    "Did not get what I needed",
                    "No obtuve lo que necesitaba",
                ),
                ChoiceSpec("other", "Other", "Otro"),
            ),
        ),
        COMMENT,
    ),
)

CSAT = SurveySpec(
    template=SurveyTemplate.CSAT,
    audience=Audience.CUSTOMER,
    name="Customer satisfaction (CSAT)",
    summary="One overall satisfaction question on a five-point scale, and a comment.",
    title="How did {agency} do?",
    title_es="¿Cómo lo hizo {agency}?",
    intro="One question and a comment box: it takes less than a minute.",
    intro_es="Una pregunta y un espacio para comentarios: le tomará menos de un minuto.",
    questions=(
        # "Overall, how satisfied..." worded as a statement, so it reads right on the
        # agreement scale's answers (strongly disagree to strongly agree).
        _agree(
            Measure.CSAT,
            "Overall, I am satisfied with how {agency} handled my request.",
            "En general, estoy satisfecho/a con la forma en que {agency} atendió mi solicitud.",
            help_text="1 means strongly disagree, 5 strongly agree.",
            help_text_es="1 significa muy en desacuerdo y 5, muy de acuerdo.",
            required=True,
        ),
        QuestionSpec(
            kind=QuestionKind.TEXT,
            measure=Measure.COMMENT,
            text="What is the main reason for your answer?",
            text_es="¿Cuál es el motivo principal de su respuesta?",
            help_text=PRIVACY_HINT,
            help_text_es=PRIVACY_HINT_ES,
        ),
    ),
)

NPS = SurveySpec(
    template=SurveyTemplate.NPS,
    audience=Audience.CUSTOMER,
    name="Net Promoter Score (NPS)",
    summary="How likely people are to recommend the agency, 0 to 10, and the reason.",
    title="Would you recommend {agency}?",
    title_es="¿Recomendaría {agency}?",
    intro="Two short questions about your recent request.",
    intro_es="Dos preguntas breves sobre su solicitud reciente.",
    questions=(
        QuestionSpec(
            kind=QuestionKind.NPS,
            measure=Measure.NPS,
            text="How likely are you to recommend {agency} to a friend or colleague?",
            text_es="¿Qué tan probable es que recomiende {agency} a un amigo o colega?",
            help_text="0 means not at all likely, 10 extremely likely.",
            help_text_es="0 significa nada probable y 10, muy probable.",
            required=True,
        ),
        QuestionSpec(
            kind=QuestionKind.TEXT,
            measure=Measure.COMMENT,
            text="What is the main reason for your score?",
            text_es="¿Cuál es el motivo principal de su puntuación?",
            help_text=PRIVACY_HINT,
            help_text_es=PRIVACY_HINT_ES,
        ),
    ),
)

CES = SurveySpec(
    template=SurveyTemplate.CES,
    audience=Audience.CUSTOMER,
    name="Customer effort score (CES)",
    summary="How easy the agency made it to handle the request, 1 to 7, and a comment.",
    title="How easy was it to deal with {agency}?",
    title_es="¿Qué tan fácil fue hacer su trámite con {agency}?",
    intro="Two short questions about your recent request.",
    intro_es="Dos preguntas breves sobre su solicitud reciente.",
    questions=(
        QuestionSpec(
            kind=QuestionKind.EFFORT,
            measure=Measure.CES,
            text="{agency} made it easy for me to handle my request.",
            text_es="{agency} me facilitó la gestión de mi solicitud.",
            help_text="1 means very difficult, 7 very easy.",
            help_text_es="1 significa muy difícil y 7, muy fácil.",
            required=True,
        ),
        QuestionSpec(
            kind=QuestionKind.TEXT,
            measure=Measure.COMMENT,
            text="What could we have done to make it easier?",
            text_es="¿Qué podríamos haber hecho para facilitarle el trámite?",
            help_text=PRIVACY_HINT,
            help_text_es=PRIVACY_HINT_ES,
        ),
    ),
)

PULSE = SurveySpec(
    template=SurveyTemplate.PULSE,
    audience=Audience.EMPLOYEE,
    name="Staff pulse survey",
    summary=(
        "An anonymous pulse for staff: workload, tools, support, employee NPS and a comment; "
        "shown only for groups of at least five."
    ),
    title="Staff pulse survey: how is work at {agency}?",
    title_es="Encuesta de pulso del personal: ¿cómo va el trabajo en {agency}?",
    intro=(
        "Two minutes and anonymous: your answer is not linked to you, and results are "
        "shown only for groups of five or more people."
    ),
    intro_es=(
        "Dos minutos y anónima: su respuesta no queda vinculada a usted y los resultados "
        "solo se muestran para grupos de cinco o más personas."
    ),
    questions=(
        _agree(
            Measure.WORKLOAD,
            "My workload is manageable.",
            "Mi carga de trabajo es manejable.",
        ),
        _agree(
            Measure.TOOLS,
            "I have the tools and systems I need to do my job well.",
            "Tengo las herramientas y los sistemas que necesito para hacer bien mi trabajo.",
        ),
        _agree(
            Measure.SUPPORT,
            "I get the support I need from my supervisor and my team.",
            "Recibo el apoyo que necesito de mi supervisor y de mi equipo.",
        ),
        QuestionSpec(
            kind=QuestionKind.NPS,
            measure=Measure.ENPS,
            text="How likely are you to recommend {agency} as a place to work?",
            text_es="¿Qué tan probable es que recomiende {agency} como lugar de trabajo?",
            help_text="0 means not at all likely, 10 extremely likely.",
            help_text_es="0 significa nada probable y 10, muy probable.",
        ),
        QuestionSpec(
            kind=QuestionKind.TEXT,
            measure=Measure.COMMENT,
            text="What one change would make your work easier?",
            text_es="¿Qué cambio le facilitaría el trabajo?",
            help_text="Your answer is anonymous: please leave out names.",
            help_text_es="Su respuesta es anónima: por favor, no incluya nombres.",
        ),
    ),
)

LIBRARY: dict[str, SurveySpec] = {spec.template: spec for spec in (A11, CSAT, NPS, CES, PULSE)}


def filled(text: str, agency_name: str) -> str:
    """*text* with the agency's name in place of ``{agency}``.

    A plain replacement, not ``str.format``: an agency's name or an administrator's
    edited text may hold braces of its own.
    """
    return text.replace(AGENCY, agency_name)
