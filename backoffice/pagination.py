"""Keyset pagination: pages that cost the same at row ten and at row ten million.

A page is the rows after a cursor in a fixed ordering; the cursor holds the
ordering values of the last row shown. No COUNT and no OFFSET.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model, Q, QuerySet
from django.http import QueryDict

M = TypeVar("M", bound=Model)


class InvalidCursorError(ValueError):
    pass


@dataclass
class KeysetPage[M: Model]:
    items: list[M]
    next_cursor: str | None
    is_first: bool

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None


class _CursorEncoder(DjangoJSONEncoder):
    """Keeps microseconds: DjangoJSONEncoder rounds times to milliseconds, which repeats rows."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime):
            return o.isoformat()
        return super().default(o)


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, cls=_CursorEncoder, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursorError(cursor) from exc
    if not isinstance(values, list) or len(values) != width:
        raise InvalidCursorError(cursor)
    return values


def query_without_cursor(query: QueryDict) -> str:
    """The list's query string (filters, sort) without its cursor, for page links."""
    rest = query.copy()
    rest.pop("after", None)
    return rest.urlencode()


def _after(ordering: list[str], values: list[Any]) -> Q:
    """Rows strictly after *values* in *ordering* (each field '-name' for descending)."""
    condition = Q()
    for index, field in enumerate(ordering):
        name = field.lstrip("-")
        op = "lt" if field.startswith("-") else "gt"
        step = Q(**{f"{name}__{op}": values[index]})
        for earlier, value in zip(ordering[:index], values[:index], strict=True):
            step &= Q(**{earlier.lstrip("-"): value})
        condition |= step
    return condition


def keyset_page[M: Model](
    queryset: QuerySet[M],
    *,
    ordering: list[str],
    cursor: str | None,
    size: int = 25,
    ids_first: bool = False,
    rows: QuerySet[M] | None = None,
) -> KeysetPage[M]:
    """Return the page of *queryset* after *cursor*; the last ordering field must be unique.

    With *ids_first* the page's ids (and their ordering values, for the next cursor) are
    found first, from the table alone, and only then its rows with everything they join:
    PostgreSQL otherwise may join every matching row before sorting when it underestimates
    how many match (thousands of open cases joined to their customers, people and teams to
    show 25). One query more, each cheap. The rows are read by id from *rows* when given
    (the same model, joins and scope without the filters: a search's filter then runs once,
    not twice), else from *queryset*; an annotation the page is ordered by is set on them.
    """
    queryset = queryset.order_by(*ordering)
    if cursor:
        queryset = queryset.filter(_after(ordering, decode_cursor(cursor, len(ordering))))
    fields = [field.lstrip("-") for field in ordering]
    if ids_first:
        keys = list(queryset.values_list("pk", *fields)[: size + 1])
        more = len(keys) > size
        source = queryset.order_by() if rows is None else rows.order_by()
        by_id = {row.pk: row for row in source.filter(pk__in=[key[0] for key in keys[:size]])}
        found = [key for key in keys[:size] if key[0] in by_id]
        items = [by_id[key[0]] for key in found]
        # An annotation the page is ordered by (a search's rank) is set on its rows, as if
        # they had been read with it.
        annotated = [(n, f) for n, f in enumerate(fields, 1) if f in queryset.query.annotations]
        for key, item in zip(found, items, strict=True):
            for n, name in annotated:
                setattr(item, name, key[n])
        last_values = list(found[-1][1:]) if found else []
    else:
        page_rows = list(queryset[: size + 1])
        items, more = page_rows[:size], len(page_rows) > size
        last_values = [_value(items[-1], field) for field in fields] if items else []
    next_cursor = encode_cursor(last_values) if more and items else None
    return KeysetPage(items=items, next_cursor=next_cursor, is_first=not cursor)


def _value(obj: Model, path: str) -> Any:
    value: Any = obj
    for part in path.split("__"):
        value = getattr(value, part)
    return value.pk if isinstance(value, Model) else value
