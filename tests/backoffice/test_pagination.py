"""Keyset pages walk a list once, in order, with no row lost or repeated."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice.models import Team
from backoffice.pagination import InvalidCursorError, decode_cursor, keyset_page

from .factories import AgencyFactory, TeamFactory


@pytest.mark.django_db
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(st.sampled_from(["Alpha", "Beta", "Gamma", "Delta"]), min_size=0, max_size=23),
    size=st.integers(min_value=1, max_value=7),
    descending=st.booleans(),
    ids_first=st.booleans(),
)
def test_walking_all_pages_returns_every_row_once_in_order(
    names: list[str], size: int, descending: bool, ids_first: bool
) -> None:
    agency = AgencyFactory()
    for index, name in enumerate(names):
        TeamFactory(agency=agency, name=f"{name} {index:02d}", description=name)
    ordering = ["-description", "-id"] if descending else ["description", "id"]
    expected = list(Team.objects.filter(agency=agency).order_by(*ordering))
    seen: list[Team] = []
    cursor = None
    while True:
        page = keyset_page(
            Team.objects.filter(agency=agency).select_related("agency"),
            ordering=ordering,
            cursor=cursor,
            size=size,
            ids_first=ids_first,
        )
        seen.extend(page.items)
        if not page.has_next:
            break
        cursor = page.next_cursor
    assert seen == expected
    Team.objects.filter(agency=agency).delete()


@pytest.mark.parametrize("cursor", ["", "!!!", "bm90IGpzb24", "WzFd"])
def test_a_malformed_cursor_is_refused(cursor: str) -> None:
    with pytest.raises(InvalidCursorError):
        decode_cursor(cursor, 2)
