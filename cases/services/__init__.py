"""Every write to services, customers and cases.

Each function takes keyword arguments and the acting user, runs in one
transaction, writes the case's timeline event in it, and sends email only on
commit (through the outbox).
"""

from ._common import BULK_ROLES, WORK_ROLES, normalise_phone
from .calendars import (
    DEFAULT_OPENING_HOURS,
    DEFAULT_WEEKDAYS,
    END_OF_DAY,
    calendar_for,
    calendar_save,
    closure_add,
    closure_remove,
    opening_hours_set,
)
from .catalogue import CHOICE_DATATYPES, service_attributes_save, service_save
from .customers import customer_find_or_create, customer_update
from .intake import case_open, next_reference
from .lifecycle import (
    EDITABLE,
    BulkResult,
    bulk_assign,
    bulk_close,
    case_assign,
    case_change_status,
    case_close,
    case_reopen,
    case_unassign,
    case_update,
)
from .work import (
    case_add_attachment,
    case_add_note,
    case_link,
    case_log_contact,
    case_message_customer,
)

__all__ = [
    "BULK_ROLES",
    "CHOICE_DATATYPES",
    "DEFAULT_OPENING_HOURS",
    "DEFAULT_WEEKDAYS",
    "EDITABLE",
    "END_OF_DAY",
    "WORK_ROLES",
    "BulkResult",
    "bulk_assign",
    "bulk_close",
    "calendar_for",
    "calendar_save",
    "case_add_attachment",
    "case_add_note",
    "case_assign",
    "case_change_status",
    "case_close",
    "case_link",
    "case_log_contact",
    "case_message_customer",
    "case_open",
    "case_reopen",
    "case_unassign",
    "case_update",
    "closure_add",
    "closure_remove",
    "customer_find_or_create",
    "customer_update",
    "next_reference",
    "normalise_phone",
    "opening_hours_set",
    "service_attributes_save",
    "service_save",
]
