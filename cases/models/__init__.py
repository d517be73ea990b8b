"""Models of the cases app, one module per concept."""

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
    "Case",
    "CaseAttachment",
    "CaseEvent",
    "CaseLink",
    "CaseNote",
    "CaseStatus",
    "Channel",
    "Customer",
    "CustomerKind",
    "CustomerMessage",
    "EventKind",
    "MessageDirection",
    "Priority",
    "ReferenceSequence",
    "Service",
    "ServiceAttribute",
]
