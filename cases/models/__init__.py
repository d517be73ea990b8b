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
from .service import AttributeDatatype, Service, ServiceAttribute

__all__ = [
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
    "EventKind",
    "MessageDirection",
    "OpeningHours",
    "Priority",
    "ReferenceSequence",
    "Service",
    "ServiceAttribute",
    "Weekday",
]
