"""Fixtures of the cases tests: a service to open cases with, and Celery running tasks inline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from backoffice.celery import app as celery_app

from .factories import ServiceFactory


@pytest.fixture
def celery_eager() -> Iterator[None]:
    """Run tasks queued on commit in the test process, so the outbox really sends."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = previous


@pytest.fixture
def service(agency: Any) -> Any:
    return ServiceFactory(agency=agency, name="Street light out")
