"""Timestamps read as integers (``EpochMicros``) and ids matched against one array (``OneOf``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backoffice.expressions import EpochMicros, OneOf
from routing.models import PresenceLog, PresenceState

from .factories import UserFactory

pytestmark = pytest.mark.django_db

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 29, 0, 59, 59, 999_999, tzinfo=UTC),  # just before a clock change
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # whole seconds: stored without a fraction
        datetime(2024, 2, 29, 23, 30, 15, 1, tzinfo=ZoneInfo("Australia/Sydney")),
        datetime(2031, 12, 31, 23, 59, 59, 500_000, tzinfo=ZoneInfo("America/Chicago")),
    ],
)
def test_a_timestamp_reads_as_its_exact_microseconds_since_1970(moment: datetime) -> None:
    log = PresenceLog.objects.create(
        user=UserFactory(), state=PresenceState.AVAILABLE, started_at=moment
    )
    started, ended = (
        PresenceLog.objects.filter(pk=log.pk)
        .values_list(EpochMicros("started_at"), EpochMicros("ended_at"))
        .get()
    )
    assert started == _micros(moment)
    assert type(started) is int
    assert ended is None


def test_one_of_matches_the_ids_given_and_nothing_for_none() -> None:
    at = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    logs = [
        PresenceLog.objects.create(user=UserFactory(), state=PresenceState.BUSY, started_at=at)
        for _ in range(3)
    ]
    chosen = [logs[0].pk, logs[2].pk, 10**12]
    found = PresenceLog.objects.filter(OneOf("id", chosen)).values_list("pk", flat=True)
    assert sorted(found) == [logs[0].pk, logs[2].pk]
    assert not PresenceLog.objects.filter(OneOf("id", [])).exists()
