"""Periodic tasks of the feedback app."""

from __future__ import annotations

from dataclasses import asdict

from celery import shared_task

from .services import dispatch


@shared_task(name="feedback.tasks.feedback_sweep")
def feedback_sweep() -> dict[str, int]:
    """Run by beat every FEEDBACK_SWEEP_SECONDS: expire links, send due invitations, remind."""
    return asdict(dispatch.feedback_sweep())
