"""The arguments of the Open311 methods, checked before anything reads or writes a case.

Every refusal becomes a 400 with one error per argument, named as the specification
names it (``lat``, ``attribute[code]``, ``start_date``), so a client can fix its request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import AttributeDatatype, Service

# GET Service Requests: "a span of 90 days or first 1000 requests, whichever is smallest".
REQUEST_WINDOW = timedelta(days=90)
REQUEST_LIMIT = 1000
MAX_SERVICE_CODES = 100
# Outside these years a date is a typing error, and 90 days either side must still be a date.
EARLIEST_YEAR, LATEST_YEAR = 1970, 9000
STATUSES = ("open", "closed")
DESCRIPTION_MAX = 4000
ATTRIBUTE_KEY = re.compile(r"^attribute\[([^\[\]]{1,100})\](\[\])?$")


def form_errors(form: forms.Form) -> list[str]:
    """The form's errors as "argument: message" lines, in the order of its fields."""
    lines = []
    for name, errors in form.errors.items():
        for message in errors:
            lines.append(str(message) if name == "__all__" else f"{name}: {message}")
    return lines


def _comma_list(value: str) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


def parse_w3c_datetime(value: str) -> datetime:
    """A W3C date-time (or a date, read as midnight); without a time zone it is UTC."""
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = datetime.combine(day, time.min)
    except ValueError:  # well formed but impossible, e.g. 30 February
        parsed = None
    if parsed is None:
        raise forms.ValidationError(_("Use the W3C format, e.g. 2010-01-01T00:00:00Z."))
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        raise forms.ValidationError(
            _("Give a year from %(first)s to %(last)s.")
            % {"first": EARLIEST_YEAR, "last": LATEST_YEAR}
        )
    return parsed.replace(tzinfo=UTC) if timezone.is_naive(parsed) else parsed


@dataclass(frozen=True)
class RequestFilters:
    """What GET Service Requests asks for; ``ids``, when given, overrides everything else."""

    ids: tuple[str, ...] = ()
    service_codes: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    statuses: frozenset[str] = frozenset()


class RequestFilterForm(forms.Form):
    """The optional arguments of GET Service Requests, with the specification's window."""

    service_request_id = forms.CharField(required=False, max_length=40_000)
    service_code = forms.CharField(required=False, max_length=4_200)
    start_date = forms.CharField(required=False, max_length=40)
    end_date = forms.CharField(required=False, max_length=40)
    status = forms.CharField(required=False, max_length=40)

    def clean_service_request_id(self) -> list[str]:
        ids = [value.upper() for value in _comma_list(self.cleaned_data["service_request_id"])]
        if len(ids) > REQUEST_LIMIT:
            raise forms.ValidationError(
                _("Ask for at most %(limit)s requests at once.") % {"limit": REQUEST_LIMIT}
            )
        return ids

    def clean_service_code(self) -> list[str]:
        codes = _comma_list(self.cleaned_data["service_code"])
        if len(codes) > MAX_SERVICE_CODES:
            raise forms.ValidationError(
                _("Ask for at most %(limit)s service codes at once.") % {"limit": MAX_SERVICE_CODES}
            )
        return codes

    def clean_start_date(self) -> datetime | None:
        value = self.cleaned_data["start_date"]
        return parse_w3c_datetime(value) if value else None

    def clean_end_date(self) -> datetime | None:
        value = self.cleaned_data["end_date"]
        return parse_w3c_datetime(value) if value else None

    def clean_status(self) -> frozenset[str]:
        statuses = frozenset(value.lower() for value in _comma_list(self.cleaned_data["status"]))
        if statuses - set(STATUSES):
            raise forms.ValidationError(_("Use open, closed, or both separated by a comma."))
        return statuses

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if self.errors or data.get("service_request_id"):
            return data
        if start is None:
            end = end or timezone.now()
            start = end - REQUEST_WINDOW
        elif end is None:
            end = start + REQUEST_WINDOW
        if start > end:
            raise forms.ValidationError(_("start_date must be before end_date."))
        if end - start > REQUEST_WINDOW:
            raise forms.ValidationError(
                _("start_date and end_date may not span more than %(days)s days.")
                % {"days": REQUEST_WINDOW.days}
            )
        data["start_date"], data["end_date"] = start, end
        return data

    def filters(self) -> RequestFilters:
        data = self.cleaned_data
        return RequestFilters(
            ids=tuple(data["service_request_id"]),
            service_codes=tuple(data["service_code"]),
            start=data.get("start_date"),
            end=data.get("end_date"),
            statuses=data["status"],
        )


def _coordinate(value: str, limit: int) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise forms.ValidationError(_("Enter a number.")) from exc
    if not number.is_finite() or not -limit <= number <= limit:
        raise forms.ValidationError(
            _("Enter a number from -%(limit)s to %(limit)s.") % {"limit": limit}
        )
    return number


class ServiceRequestForm(forms.Form):
    """The arguments of POST Service Request, except api_key and the attributes."""

    service_code = forms.CharField(
        max_length=40, error_messages={"required": gettext_lazy("service_code is required.")}
    )
    lat = forms.CharField(required=False, max_length=40)
    long = forms.CharField(required=False, max_length=40)
    address_string = forms.CharField(required=False, max_length=300)
    address_id = forms.CharField(required=False, max_length=100)
    email = forms.EmailField(required=False, max_length=254)
    device_id = forms.CharField(required=False, max_length=100)
    account_id = forms.CharField(required=False, max_length=100)
    first_name = forms.CharField(required=False, max_length=100)
    last_name = forms.CharField(required=False, max_length=100)
    phone = forms.CharField(required=False, max_length=40)
    description = forms.CharField(required=False, max_length=DESCRIPTION_MAX)
    media_url = forms.URLField(required=False, max_length=500, assume_scheme="https")

    def clean_lat(self) -> Decimal | None:
        value = self.cleaned_data["lat"]
        return _coordinate(value, 90) if value else None

    def clean_long(self) -> Decimal | None:
        value = self.cleaned_data["long"]
        return _coordinate(value, 180) if value else None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "lat" in self.errors or "long" in self.errors:
            return data
        lat, lon = data.get("lat"), data.get("long")
        if (lat is None) != (lon is None):
            raise forms.ValidationError(_("Send lat and long together."))
        if lat is None and not data.get("address_string") and not data.get("address_id"):
            raise forms.ValidationError(
                _("Give the location: lat and long, address_string or address_id.")
            )
        return data


def attribute_values(data: QueryDict, service: Service) -> tuple[dict[str, Any], list[str]]:
    """The ``attribute[code]`` answers, a list for multiple choice, and the errors in them.

    A multivaluelist answer comes as ``attribute[code][]=a&attribute[code][]=b``; any other
    question takes one value. The answers themselves are checked by ``clean_attributes``.
    """
    multiple = {
        a.code for a in service.attributes.all() if a.datatype == AttributeDatatype.MULTI_CHOICE
    }
    given: dict[str, list[str]] = {}
    for key in data:
        match = ATTRIBUTE_KEY.match(key)
        if match:
            given.setdefault(match.group(1), []).extend(data.getlist(key))
    values: dict[str, Any] = {}
    errors: list[str] = []
    for code, items in given.items():
        items = [item.strip() for item in items if item.strip()]
        if any("\x00" in item for item in items):
            errors.append(f"attribute[{code}]: " + _("Null characters are not allowed."))
        elif code in multiple:
            values[code] = items
        elif len(items) > 1:
            errors.append(f"attribute[{code}]: " + _("Give one value only."))
        else:
            values[code] = items[0] if items else ""
    return values, errors
