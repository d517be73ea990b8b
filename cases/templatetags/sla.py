"""Service-level display: a case's state and the time left to its next due time.

The time left is business time or calendar time, as the case's policy counts it, and
needs the agency's business calendar: each request loads a calendar once per agency
(see :func:`request_calendars`) and reads every row of a list at the same instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django import template
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from cases import sla
from cases.calendar import Calendar
from cases.models import Case, SlaBasis, SlaState, SlaTarget
from cases.services.sla import Calendars

register = template.Library()

_CLOCK_KEY = "_sla_clock"


@dataclass
class RequestClock:
    """What every row of one page is measured with: one instant, one calendar per agency."""

    now: datetime
    calendars: Calendars

    def calendar(self, case: Case) -> Calendar:
        return self.calendars(case.agency)


def request_clock(request: HttpRequest | None) -> RequestClock:
    """The request's clock, made on first use; without a request, a fresh one."""
    if request is None:
        return RequestClock(now=timezone.now(), calendars=Calendars())
    clock = request.__dict__.get(_CLOCK_KEY)
    if clock is None:
        clock = RequestClock(now=timezone.now(), calendars=Calendars())
        request.__dict__[_CLOCK_KEY] = clock
    return clock


@dataclass(frozen=True)
class SlaStatus:
    """A case's service level as shown to staff: state in words, and the time left."""

    state: str  # an SlaState value, for the tag's style
    label: str
    paused: bool
    target: str  # what is due next: "First response" or "Resolution"; "" if nothing
    countdown: str  # "5 h 20 min of business time left"; "" if nothing is due
    overdue: bool

    @property
    def shows_state(self) -> bool:
        """A paused clock hides "on track": the pause is what matters then."""
        return bool(self.state) and not (self.paused and self.state == SlaState.ON_TRACK)


@register.filter
def sla_duration(value: timedelta | None) -> str:
    """A length of time in hours and minutes: "5 h 20 min", "45 min", "3 h"."""
    if value is None:
        return ""
    minutes = int(abs(value).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": minutes}
    if hours:
        return _("%(hours)d h") % {"hours": hours}
    return _("%(minutes)d min") % {"minutes": minutes}


def countdown_text(left: timedelta, *, overdue: bool, business: bool) -> str:
    amount = sla_duration(left)
    if overdue:
        if business:
            return _("%(time)s of business time overdue") % {"time": amount}
        return _("%(time)s overdue") % {"time": amount}
    if business:
        return _("%(time)s of business time left") % {"time": amount}
    return _("%(time)s left") % {"time": amount}


def sla_status_of(case: Case, clock: RequestClock) -> SlaStatus | None:
    """The case's service level, or None when no policy applies or nothing is measured."""
    policy = case.sla_policy
    paused = case.sla_paused_at is not None
    if policy is None or not (case.sla_state or paused):
        return None
    target = countdown = ""
    overdue = False
    due = sla.next_due(case)
    if due is not None:
        moment = case.sla_paused_at or clock.now
        found = sla.remaining(case, clock.calendar(case), clock.now)
        if found is not None:
            overdue = due[1] <= moment
            target = str(SlaTarget(found[0]).label)
            countdown = countdown_text(
                found[1], overdue=overdue, business=policy.basis == SlaBasis.BUSINESS
            )
    return SlaStatus(
        state=case.sla_state,
        label=str(SlaState(case.sla_state).label) if case.sla_state else "",
        paused=paused,
        target=target,
        countdown=countdown,
        overdue=overdue,
    )


def badge_html(status: SlaStatus | None) -> SafeString:
    """The state tag, a paused tag and the countdown, as list rows and the case page show
    them. Written here rather than in a template: a list draws one per row."""
    if status is None:
        return format_html(
            '<span aria-hidden="true">—</span><span class="usa-sr-only">{}</span>',
            _("No service level"),
        )
    tags = []
    if status.shows_state:
        tags.append(
            format_html(
                '<span class="usa-tag app-sla-tag app-sla-tag--{}">{}</span>',
                status.state,
                status.label,
            )
        )
    if status.paused:
        tags.append(
            format_html(
                '<span class="usa-tag app-sla-tag app-sla-tag--paused">{}</span>', _("Paused")
            )
        )
    countdown = ""
    if status.countdown:
        overdue = " app-sla__countdown--overdue" if status.overdue else ""
        countdown = format_html(
            '<span class="app-sla__countdown{}">{}: {}</span>',
            overdue,
            status.target,
            status.countdown,
        )
    joined = format_html_join(" ", "{}", ((tag,) for tag in tags))
    return format_html('<span class="app-sla">{}{}</span>', joined, countdown)


@register.simple_tag(takes_context=True)
def sla_badge(context: template.Context, case: Case) -> SafeString:
    """The state tag and countdown of a case, for a list row or the case page."""
    return badge_html(sla_status_of(case, request_clock(context.get("request"))))
