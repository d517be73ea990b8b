"""Business calendars: opening hours, public holidays and closures."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from itertools import pairwise

from django.db import transaction
from django.utils.translation import gettext as _

from backoffice import services as backoffice_services
from backoffice.errors import DomainError
from backoffice.models import Agency, Role, User

from ..calendar import holidays_of
from ..models import (
    BusinessCalendar,
    Closure,
    OpeningHours,
    Weekday,
)
from ._common import _require_worker

END_OF_DAY = timedelta(days=1)


DEFAULT_OPENING_HOURS = ((time(9), time(17)),)


DEFAULT_WEEKDAYS = (
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
)


@transaction.atomic
def calendar_for(agency: Agency) -> BusinessCalendar:
    """The agency's business calendar, made on first use as Monday-Friday 09:00-17:00."""
    calendar, created = BusinessCalendar.objects.get_or_create(
        agency=agency, defaults={"name": _("Business hours")}
    )
    if created:
        OpeningHours.objects.bulk_create(
            OpeningHours(calendar=calendar, weekday=weekday, opens=opens, closes=closes)
            for weekday in DEFAULT_WEEKDAYS
            for opens, closes in DEFAULT_OPENING_HOURS
        )
    return calendar


def _check_holiday_region(calendar: BusinessCalendar) -> None:
    if not calendar.use_public_holidays:
        return
    country, subdivision = calendar.holiday_region
    try:
        holidays_of(country, "", years=())
    except ValueError:
        raise DomainError(
            _("Public holidays of the country %(country)s are not known.") % {"country": country},
            field="country",
        ) from None
    try:
        holidays_of(country, subdivision, years=())
    except ValueError:
        raise DomainError(
            _("%(country)s has no state or region %(subdivision)s.")
            % {"country": country, "subdivision": subdivision},
            field="subdivision",
        ) from None


@transaction.atomic
def calendar_save(*, calendar: BusinessCalendar, actor: User | None) -> BusinessCalendar:
    """Create or change an agency's business calendar (agency administrators only).

    A calendar stays with its agency, and with public holidays on, its country and
    subdivision (its own or the agency's) must be ones whose holidays are known.
    """
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    original = BusinessCalendar.objects.filter(pk=calendar.pk).first() if calendar.pk else None
    if original is not None and original.agency_id != calendar.agency_id:
        raise DomainError(_("A calendar cannot move to another agency."), field="agency")
    calendar.full_clean()
    _check_holiday_region(calendar)
    calendar.save()
    changed = [
        f.name
        for f in BusinessCalendar._meta.concrete_fields
        if original is None or getattr(original, f.attname) != getattr(calendar, f.attname)
    ]
    if changed:
        backoffice_services.audit_record(
            action="calendar.create" if original is None else "calendar.update",
            actor=actor,
            agency=calendar.agency,
            obj=calendar,
            details={"fields": sorted(changed)},
        )
    return calendar


def _day_start(moment: time) -> timedelta:
    return timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second)


def _day_end(closes: time) -> timedelta:
    """How far into the day an interval closes, 00:00 (midnight) being the end of the day."""
    return END_OF_DAY if closes == time(0) else _day_start(closes)


def _check_intervals(intervals: list[tuple[time, time]]) -> list[tuple[time, time]]:
    ordered = sorted(intervals)
    for opens, closes in ordered:
        if closes != time(0) and closes <= opens:
            raise DomainError(
                _("%(opens)s-%(closes)s closes before it opens (00:00 means midnight).")
                % {"opens": f"{opens:%H:%M}", "closes": f"{closes:%H:%M}"},
                field="intervals",
            )
    for (_opens, closes), (next_opens, _closes) in pairwise(ordered):
        if _day_end(closes) > _day_start(next_opens):
            raise DomainError(_("Opening hours of one day must not overlap."), field="intervals")
    return ordered


@transaction.atomic
def opening_hours_set(
    *,
    calendar: BusinessCalendar,
    weekday: int,
    intervals: list[tuple[time, time]],
    actor: User | None,
) -> list[OpeningHours]:
    """Replace a weekday's opening hours (agency administrators only).

    Each interval closes after it opens, 00:00 meaning midnight; intervals of one day
    may touch but not overlap. An empty list closes the calendar on that weekday.
    """
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    if weekday not in Weekday.values:
        raise DomainError(_("Choose a weekday from Monday to Sunday."), field="weekday")
    ordered = _check_intervals(intervals)
    OpeningHours.objects.filter(calendar=calendar, weekday=weekday).delete()
    rows = [
        OpeningHours(calendar=calendar, weekday=weekday, opens=opens, closes=closes)
        for opens, closes in ordered
    ]
    for row in rows:
        row.full_clean()
        row.save()
    backoffice_services.audit_record(
        action="calendar.hours",
        actor=actor,
        agency=calendar.agency,
        obj=calendar,
        details={
            "weekday": weekday,
            "intervals": [[f"{o:%H:%M}", f"{c:%H:%M}"] for o, c in ordered],
        },
    )
    return rows


@transaction.atomic
def closure_add(
    *,
    calendar: BusinessCalendar,
    starts: datetime,
    ends: datetime,
    reason: str,
    actor: User | None,
) -> Closure:
    """Close the calendar from *starts* to *ends*, e.g. for a storm (administrators only).

    The closure must end after it starts; service-level time stops while it lasts.
    """
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    if ends <= starts:
        raise DomainError(_("A closure must end after it starts."), field="ends")
    closure = Closure(calendar=calendar, starts=starts, ends=ends, reason=reason)
    closure.full_clean()
    closure.save()
    backoffice_services.audit_record(
        action="calendar.closure_add",
        actor=actor,
        agency=calendar.agency,
        obj=closure,
        details={"starts": starts.isoformat(), "ends": ends.isoformat(), "reason": reason},
    )
    return closure


@transaction.atomic
def closure_remove(*, closure: Closure, actor: User | None) -> None:
    """Remove a closure entered by mistake (agency administrators only); audited."""
    calendar = closure.calendar
    _require_worker(actor, calendar.agency, (Role.ADMINISTRATOR,))
    backoffice_services.audit_record(
        action="calendar.closure_remove",
        actor=actor,
        agency=calendar.agency,
        obj=closure,
        details={
            "starts": closure.starts.isoformat(),
            "ends": closure.ends.isoformat(),
            "reason": closure.reason,
        },
    )
    closure.delete()
