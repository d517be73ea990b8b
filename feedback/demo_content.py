"""The words of the feedback demo: citizens' comments, staff pulse comments and friction reports.

Kept apart from :mod:`feedback.demo` so the numbers there read at a glance. Comments are
in English and Spanish; a few carry a phone number, an email or a street address, as real
comments do, so the masking on the results pages has something to hide.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import FrictionStatus, Stage

F = FrictionStatus

# Comments -------------------------------------------------------------------------------------

GOOD = (
    "Quick and friendly service, thank you.",
    "The staff member explained every step clearly.",
    "Much easier than I expected.",
    "I got my answer the same day.",
    "Everything was clear and I knew what would happen next.",
    "Polite, patient and efficient. Thank you!",
    "The reminder email about the missing document really helped.",
)
BAD = (
    "I had to explain my situation three times to different people.",
    "Nobody told me my request was waiting on another department.",
    "The website logged me out twice while I was filling in the form.",
    "It took weeks to hear anything back.",
    "I was asked for documents I had already sent.",
    "The letter I got was full of jargon and I still don't know what it means.",
)
MIXED = (
    "Good in the end, but it took longer than I was told.",
    "The person on the phone was helpful, the online form was not.",
    "Fine overall; the letters are hard to understand.",
    "OK, but I would have liked an update while I was waiting.",
)
GOOD_ES = (
    "Me atendieron muy rápido y con mucha amabilidad.",
    "Todo fue claro y sencillo, gracias.",
    "La empleada me explicó cada paso con paciencia.",
    "Excelente servicio, resolvieron mi trámite el mismo día.",
)
BAD_ES = (
    "Tuve que llamar varias veces para saber cómo iba mi solicitud.",
    "El formulario en línea no estaba en español.",
    "Tardaron demasiado en responder y nadie me explicó por qué.",
    "Me pidieron documentos que ya había entregado.",
)
MIXED_ES = (
    "Al final lo resolvieron, pero tardó más de lo que me dijeron.",
    "La atención en persona fue buena; la página web, confusa.",
)
# With personal data in them: {phone}, {email} and {address} are filled in.
PERSONAL = (
    "Please call me back on {phone}, nobody has answered my emails.",
    "You can reach me at {email} if you need more details.",
    "My neighbour at {address} has the same problem and gave up.",
    "Send the decision to {email} please, the letter never arrived.",
)
PERSONAL_ES = (
    "Pueden llamarme al {phone} para más detalles.",
    "Mi correo es {email} y nadie me ha respondido.",
)
FIRST_NAMES = ("maria", "james", "ana", "luis", "karen", "david", "rosa", "kevin", "linda")
LAST_NAMES = ("garcia", "smith", "nguyen", "johnson", "martinez", "brown", "lee", "wilson")
STREETS = ("Oak Ridge Rd", "Maple Ave", "Walnut St", "Elm St", "Church St", "State St")

# What citizens say about one service in particular: (good, bad).
SERVICE_COMMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "business-licence": (
        ("Renewed my food licence in one visit.", "The licence arrived by email the next day."),
        (
            "The renewal asked for the same certificates as last year.",
            "Why do I need to bring my lease again? Nothing has changed.",
        ),
    ),
    "building-permit": (
        ("The permit technician helped me fix my drawings on the spot.",),
        (
            "Plan review took over a month with no updates.",
            "Six weeks for a deck permit is far too long.",
            "Every review round found something new; list it all the first time.",
        ),
    ),
    "parking-appeal": (
        ("The hearing officer listened and the ticket was cancelled.",),
        (
            "The appeal was rejected without looking at my photos.",
            "I never got a reason for the decision.",
        ),
    ),
    "street-repair": (
        ("The pothole on my street was fixed within a week.", "Crew was quick, thank you."),
        ("I reported the same pothole twice before anyone came.",),
    ),
    "tax-enquiry": (
        ("The clerk answered my property tax question right away.",),
        ("I waited 40 minutes on hold.", "The phone line closes too early for working people."),
    ),
    "onboarding": (
        ("Our new starter had badge, laptop and payroll ready on day one.",),
        (
            "The new hire's system access was not ready on the first day.",
            "We had to chase the badge request twice.",
        ),
    ),
    "purchase-request": (
        ("The buyer found a cheaper supplier for us.",),
        (
            "The purchase order sat in approval for three weeks.",
            "Too many approval steps for a small purchase.",
        ),
    ),
    "invoice-dispute": (
        ("The dispute was resolved and the credit note arrived quickly.",),
        ("We could not see where our dispute was in the process.",),
    ),
}

PULSE_COMMENTS = (
    "Fewer duplicate data-entry screens would save hours every week.",
    "We need one more person on the phones on Monday mornings.",
    "More time for training on the case system.",
    "The plan-review software freezes when drawings are large.",
    "Clearer priorities from management when everything is urgent.",
    "Being able to see the customer's earlier cases in one place.",
    "Shared drive permissions take weeks to fix.",
    "A quiet room for difficult phone calls.",
    "Recognition when the team clears the backlog.",
)

# Friction reports -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoFriction:
    title: str
    description: str
    service: str  # a service code, or "" for something every service meets
    stage: str
    status: str
    days_ago: int
    votes: int  # how many colleagues said "me too" (at most the agency's staff allow)
    response: str = ""
    with_case: bool = False


RIVERTON_FRICTION = (
    DemoFriction(
        "The licence form asks for the business address we already hold",
        "Returning businesses type their address again and half the time it differs "
        "slightly from our record, so we end up with two customer records.",
        "business-licence",
        Stage.INTAKE,
        F.PLANNED,
        64,
        5,
        "The renewal form will fill in the address from the customer record in the next release.",
        with_case=True,
    ),
    DemoFriction(
        "The address lookup times out on the counter PCs",
        "Between 9 and 10 in the morning the lookup spins for 30 seconds and then fails, "
        "so we type addresses by hand while the queue grows.",
        "",
        Stage.INTAKE,
        F.REVIEWING,
        12,
        6,
        "IT is measuring the lookup service at peak times; update by the end of the month.",
    ),
    DemoFriction(
        "Plan review comments have to be typed twice",
        "Once in the drawing tool and again in the case notes, because the applicant only "
        "sees the case.",
        "building-permit",
        Stage.WORK,
        F.NEW,
        5,
        3,
        with_case=True,
    ),
    DemoFriction(
        "Inspection slots are booked in a separate calendar",
        "We phone the inspectors to find a slot and then copy it into the case by hand.",
        "building-permit",
        Stage.WAITING,
        F.REVIEWING,
        30,
        4,
        "We are checking whether the inspectors' calendar can be shown on the case.",
    ),
    DemoFriction(
        "The case closes before the inspection result is attached",
        "Closing the case sends the survey even though the inspection report comes later.",
        "building-permit",
        Stage.RESOLUTION,
        F.FIXED,
        120,
        4,
        "Fixed: building permit cases now wait for the inspection report before closing.",
    ),
    DemoFriction(
        "Parking appeal photos arrive as email attachments we save by hand",
        "Each photo has to be downloaded and attached to the case one by one.",
        "parking-appeal",
        Stage.INTAKE,
        F.FIXED,
        150,
        5,
        "Fixed: photos sent to the appeals mailbox are attached to the case automatically.",
    ),
    DemoFriction(
        "Refunds need a supervisor's signature on paper",
        "An upheld appeal waits days for a paper form to go round the office.",
        "parking-appeal",
        Stage.RESOLUTION,
        F.DECLINED,
        95,
        2,
        "Finance rules still require a signed form for refunds; we asked them to review "
        "it next year.",
    ),
    DemoFriction(
        "No way to tell a caller where their case is without opening three screens",
        "Callers ask for a status; we need the case, the payment and the inspection screens.",
        "tax-enquiry",
        Stage.FOLLOW_UP,
        F.NEW,
        2,
        5,
    ),
    DemoFriction(
        "Search does not find customers by a former surname",
        "People who changed their name after marriage are created again as new customers.",
        "tax-enquiry",
        Stage.INTAKE,
        F.NEW,
        9,
        1,
    ),
    DemoFriction(
        "Spanish-speaking callers wait for the one bilingual colleague",
        "There is no Spanish line in the phone menu, so calls are passed around the office.",
        "tax-enquiry",
        Stage.INTAKE,
        F.PLANNED,
        40,
        4,
        "A Spanish option in the phone menu goes live with the new queue set-up next month.",
    ),
    DemoFriction(
        "Street repair reports from the app show no photo preview",
        "We download every photo to see whether it is a pothole or a sinkhole.",
        "street-repair",
        Stage.TRIAGE,
        F.REVIEWING,
        21,
        2,
        "The app supplier is quoting for thumbnails in the case view.",
    ),
    DemoFriction(
        "Duplicate pothole reports are not flagged",
        "Five reports about the same pothole become five cases for the crew.",
        "street-repair",
        Stage.TRIAGE,
        F.NEW,
        7,
        4,
        with_case=True,
    ),
    DemoFriction(
        "The map pin defaults to City Hall when the address is not found",
        "Crews have driven to City Hall twice this month.",
        "street-repair",
        Stage.INTAKE,
        F.FIXED,
        70,
        3,
        "Fixed: a report without a found address now asks the caller for a landmark.",
    ),
    DemoFriction(
        "Letters to customers cannot be sent in Spanish",
        "The template list only has English letters; we translate by hand.",
        "",
        Stage.FOLLOW_UP,
        F.PLANNED,
        55,
        5,
        "Spanish versions of the ten most used letters are being translated.",
    ),
    DemoFriction(
        "The counter scanner saves files with random names",
        "Scans must be renamed before they can be attached, which slows the queue.",
        "",
        Stage.INTAKE,
        F.NEW,
        3,
        2,
    ),
    DemoFriction(
        "We cannot mark a case as waiting on the state registry",
        "Business licences wait on the state registry but only 'waiting on customer' fits, "
        "which pauses the wrong clock.",
        "business-licence",
        Stage.WAITING,
        F.DECLINED,
        80,
        1,
        "'Waiting on a third party' covers the registry; we updated the guidance.",
    ),
    DemoFriction(
        "The payment receipt number is copied from the cashiering system",
        "Every licence needs the receipt number typed in from another screen.",
        "business-licence",
        Stage.RESOLUTION,
        F.REVIEWING,
        18,
        3,
        "Finance is checking whether the cashiering system can send receipts to cases.",
    ),
)

SHARED_FRICTION = (
    DemoFriction(
        "The onboarding form asks for the employee ID we already hold in payroll",
        "Client agencies often leave it blank, so we look it up and type it in.",
        "onboarding",
        Stage.INTAKE,
        F.PLANNED,
        45,
        4,
        "The form will look the ID up from payroll once the interface is approved.",
        with_case=True,
    ),
    DemoFriction(
        "Supplier lookup times out when the vendor file is large",
        "Searching the vendor master for common names fails after 30 seconds.",
        "purchase-request",
        Stage.WORK,
        F.REVIEWING,
        14,
        4,
        "IT is adding an index to the vendor search.",
    ),
    DemoFriction(
        "Purchases under $500 still need three approvals",
        "Small orders wait as long as large ones because every level has to sign.",
        "purchase-request",
        Stage.WAITING,
        F.PLANNED,
        60,
        5,
        "A single approval for orders under $500 starts next quarter.",
    ),
    DemoFriction(
        "Invoice PDFs from client agencies are not searchable",
        "Scanned invoices are images, so we re-key invoice numbers by hand.",
        "invoice-dispute",
        Stage.INTAKE,
        F.NEW,
        4,
        3,
    ),
    DemoFriction(
        "No status for waiting on the client agency's finance office",
        "Disputes sit in 'in progress' while the client checks its records.",
        "invoice-dispute",
        Stage.WAITING,
        F.DECLINED,
        90,
        1,
        "'Waiting on a third party' covers this and pauses the clock; guidance updated.",
    ),
    DemoFriction(
        "Access requests for new hires go to IT by email and get lost",
        "Half of the late accounts last month were emails nobody picked up.",
        "onboarding",
        Stage.WORK,
        F.FIXED,
        130,
        5,
        "Fixed: access requests are now raised as IT tickets from the onboarding case.",
    ),
    DemoFriction(
        "The contract change template is out of date",
        "It still names the old procurement rules and confuses suppliers.",
        "purchase-request",
        Stage.RESOLUTION,
        F.FIXED,
        100,
        2,
        "Fixed: the template was updated with Legal.",
    ),
    DemoFriction(
        "Client agencies cannot see their own open requests",
        "They email us for status updates several times a week.",
        "",
        Stage.FOLLOW_UP,
        F.REVIEWING,
        25,
        5,
        "We are looking at a read-only status page for client agencies.",
    ),
    DemoFriction(
        "Payroll cut-off dates are not shown on onboarding cases",
        "A start date just after cut-off means the first pay is late, and we only notice too late.",
        "onboarding",
        Stage.TRIAGE,
        F.NEW,
        6,
        3,
        with_case=True,
    ),
    DemoFriction(
        "Approval emails land in spam for some client agencies",
        "Approvers say they never got the request.",
        "purchase-request",
        Stage.WAITING,
        F.REVIEWING,
        20,
        2,
        "IT has asked the client agencies to allow our sending address.",
    ),
    DemoFriction(
        "The same supplier exists three times with different spellings",
        "Payments go to the wrong record and are returned.",
        "purchase-request",
        Stage.WORK,
        F.NEW,
        11,
        4,
    ),
    DemoFriction(
        "Expense receipts arrive as phone photos that are hard to read",
        "We send a third of them back asking for a clearer copy.",
        "invoice-dispute",
        Stage.INTAKE,
        F.NEW,
        8,
        1,
    ),
    DemoFriction(
        "No reply template for a dispute that is out of scope",
        "Everyone writes their own explanation, and they do not agree.",
        "invoice-dispute",
        Stage.RESOLUTION,
        F.PLANNED,
        35,
        2,
        "A reply template is being drafted with the finance lead.",
    ),
    DemoFriction(
        "Monthly reports to client agencies are built by hand",
        "Two days a month go into copying figures into spreadsheets.",
        "",
        Stage.FOLLOW_UP,
        F.REVIEWING,
        50,
        4,
        "The reports team is checking whether the manager reports can be shared.",
    ),
    DemoFriction(
        "Badge photos have to be collected in person",
        "New hires in other cities travel to Albany only for a photo.",
        "onboarding",
        Stage.WORK,
        F.DECLINED,
        75,
        2,
        "Security rules require the photo to be taken on site; we now book it for the first day.",
    ),
)
