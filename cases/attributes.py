"""Validation of a case's intake answers against its service's attribute definitions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from backoffice.errors import DomainError

from .models import AttributeDatatype, Service, ServiceAttribute

FIELD_PREFIX = "attribute_"
MAX_INTEGER_DIGITS = 15


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _number(attribute: ServiceAttribute, value: Any) -> Any:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(_("Enter a number.")) from exc
    if not number.is_finite():
        raise ValueError(_("Enter a number."))
    # Checked before int(): "1e9999999" would otherwise take minutes to convert.
    if number.adjusted() >= MAX_INTEGER_DIGITS:
        raise ValueError(
            _("Enter a number with at most %(digits)s digits before the decimal point.")
            % {"digits": MAX_INTEGER_DIGITS}
        )
    return int(number) if number == number.to_integral_value() else float(number)


def _datetime(attribute: ServiceAttribute, value: Any) -> Any:
    try:
        parsed = value if isinstance(value, datetime) else parse_datetime(str(value).strip())
    except ValueError:  # well formed but impossible, e.g. 30 February
        parsed = None
    if parsed is None:
        raise ValueError(_("Enter a date and time, e.g. 2026-05-01T14:30."))
    return parsed.isoformat()


def _single(attribute: ServiceAttribute, value: Any) -> Any:
    if str(value) not in attribute.choice_keys():
        raise ValueError(_("Choose one of the listed options."))
    return str(value)


def _multiple(attribute: ServiceAttribute, value: Any) -> Any:
    values = value if isinstance(value, list | tuple) else [value]
    keys = attribute.choice_keys()
    if any(str(v) not in keys for v in values):
        raise ValueError(_("Choose only listed options."))
    return [str(v) for v in values]


def _text(attribute: ServiceAttribute, value: Any) -> Any:
    text = str(value).strip()
    limit = 200 if attribute.datatype == AttributeDatatype.STRING else 5000
    if len(text) > limit:
        raise ValueError(_("Keep this under %(limit)s characters.") % {"limit": limit})
    return text


CLEANERS: dict[str, Callable[[ServiceAttribute, Any], Any]] = {
    AttributeDatatype.NUMBER: _number,
    AttributeDatatype.DATETIME: _datetime,
    AttributeDatatype.SINGLE_CHOICE: _single,
    AttributeDatatype.MULTI_CHOICE: _multiple,
}


def _clean_one(attribute: ServiceAttribute, value: Any) -> Any:
    return CLEANERS.get(attribute.datatype, _text)(attribute, value)


def clean_attributes(*, service: Service, values: dict[str, Any]) -> dict[str, Any]:
    """Return the answers typed as the service defines them, or raise with a message per field.

    Unknown codes are refused, required answers must be present, choices must be listed.
    """
    definitions = {a.code: a for a in service.attributes.all()}
    errors: dict[str, list[str]] = {}
    unknown = sorted(set(values) - set(definitions))
    for code in unknown:
        errors[FIELD_PREFIX + code] = [
            _("This service does not ask for “%(code)s”.") % {"code": code}
        ]
    cleaned: dict[str, Any] = {}
    for code, attribute in definitions.items():
        value = values.get(code)
        if _blank(value):
            if attribute.required:
                errors[FIELD_PREFIX + code] = [
                    _("%(label)s is required.") % {"label": attribute.label}
                ]
            continue
        try:
            cleaned[code] = _clean_one(attribute, value)
        except ValueError as exc:
            errors[FIELD_PREFIX + code] = [str(exc)]
    if errors:
        raise DomainError(_("Check the answers to the service's questions."), errors=errors)
    return cleaned
