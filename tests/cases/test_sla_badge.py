"""The service-level badge's markup: state, paused and countdown, escaped."""

from __future__ import annotations

from cases.templatetags.sla import SlaStatus, badge_html


def test_no_service_level_is_said_to_screen_readers() -> None:
    assert badge_html(None) == (
        '<span aria-hidden="true">—</span><span class="usa-sr-only">No service level</span>'
    )


def test_state_paused_and_countdown() -> None:
    status = SlaStatus(
        state="at_risk",
        label="At risk",
        paused=True,
        target="Resolution",
        countdown="2 h of business time overdue",
        overdue=True,
    )
    assert badge_html(status) == (
        '<span class="app-sla"><span class="usa-tag app-sla-tag app-sla-tag--at_risk">At risk'
        '</span> <span class="usa-tag app-sla-tag app-sla-tag--paused">Paused</span>'
        '<span class="app-sla__countdown app-sla__countdown--overdue">Resolution: '
        "2 h of business time overdue</span></span>"
    )


def test_a_paused_clock_on_track_shows_only_the_pause_and_text_is_escaped() -> None:
    status = SlaStatus(
        state="on_track", label="<On track>", paused=True, target="", countdown="", overdue=False
    )
    html = badge_html(status)
    assert html == (
        '<span class="app-sla"><span class="usa-tag app-sla-tag app-sla-tag--paused">Paused'
        "</span></span>"
    )
    shown = SlaStatus(
        state="breached", label="<b>x</b>", paused=False, target="T", countdown="1 h", overdue=False
    )
    assert "&lt;b&gt;x&lt;/b&gt;" in badge_html(shown)
    assert 'class="app-sla__countdown">T: 1 h</span>' in badge_html(shown)
