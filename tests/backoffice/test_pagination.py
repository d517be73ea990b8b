"""Keyset pages walk a list once, in order, with no row lost or repeated."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import Value
from django.db.models.functions import Length
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


@pytest.mark.django_db
def test_ids_first_reads_rows_from_the_rows_given_and_carries_the_ordering_annotation(
    django_assert_num_queries: Any,
) -> None:
    agency = AgencyFactory()
    teams = [TeamFactory(agency=agency, name="x" * n, description="Repairs") for n in range(1, 6)]
    filtered = Team.objects.filter(agency=agency, description__startswith="Rep").annotate(
        size=Length("name") + Value(0)
    )
    rows = Team.objects.filter(agency=agency).select_related("agency")
    ordering = ["-size", "id"]
    with django_assert_num_queries(2) as queries:
        page = keyset_page(
            filtered, ordering=ordering, cursor=None, size=2, ids_first=True, rows=rows
        )
    # The filter ran once, in the query choosing the ids; the rows were read by id alone.
    assert "Rep" in queries.captured_queries[0]["sql"]
    assert "Rep" not in queries.captured_queries[1]["sql"]
    assert [team.pk for team in page.items] == [teams[4].pk, teams[3].pk]
    assert [team.size for team in page.items] == [5, 4]
    assert page.items[0].agency == agency  # read with the rows' joins
    following = keyset_page(
        filtered, ordering=ordering, cursor=page.next_cursor, size=2, ids_first=True, rows=rows
    )
    assert [team.pk for team in following.items] == [teams[2].pk, teams[1].pk]
    # A row the rows given do not hold is left out, never read from elsewhere.
    narrow = rows.exclude(pk=teams[4].pk)
    page = keyset_page(
        filtered, ordering=ordering, cursor=None, size=2, ids_first=True, rows=narrow
    )
    assert [team.pk for team in page.items] == [teams[3].pk]
    assert page.has_next
