"""Models of the cases app, one module per concept."""

from .calendar import BusinessCalendar, Closure, OpeningHours, Weekday
from .case import (
    Case,
    CaseEvent,
    CaseLink,
    CaseStatus,
    Channel,
    EventKind,
    Priority,
    ReferenceSequence,
)
from .communication import CaseAttachment, CaseNote, CustomerMessage, MessageDirection
from .customer import Customer, CustomerKind
from .retention import RetentionRun
from .service import AttributeDatatype, Service, ServiceAttribute
from .sla import (
    PAUSABLE_STATUSES,
    Escalation,
    EscalationLevel,
    SlaBasis,
    SlaPolicy,
    SlaState,
    SlaTarget,
)

__all__ = [
    "PAUSABLE_STATUSES",
    "AttributeDatatype",
    "BusinessCalendar",
    "Case",
    "CaseAttachment",
    "CaseEvent",
    "CaseLink",
    "CaseNote",
    "CaseStatus",
    "Channel",
    "Closure",
    "Customer",
    "CustomerKind",
    "CustomerMessage",
    "Escalation",
    "EscalationLevel",
    "EventKind",
    "MessageDirection",
    "OpeningHours",
    "Priority",
    "ReferenceSequence",
    "RetentionRun",
    "Service",
    "ServiceAttribute",
    "SlaBasis",
    "SlaPolicy",
    "SlaState",
    "SlaTarget",
    "Weekday",
]
