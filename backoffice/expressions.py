"""Conditions that compare one value with an array (``value = ANY(array)``), and timestamps
read as plain integers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from django.db.models import BigIntegerField, BooleanField, Expression, F, Func, Value
from django.utils.functional import cached_property


class EqualsAny(Expression):
    """*value* = ANY(*array*), a condition usable in filter(), When() and annotate().

    *array* is any expression giving an array: an ``ArraySubquery`` (PostgreSQL computes it
    once, then probes an index with each element, where ``IN (subquery)`` may join), or a list
    bound as one parameter (see :class:`OneOf`). PostgreSQL only: callers choose another
    condition elsewhere.
    """

    conditional = True
    output_field = BooleanField()

    def __init__(self, value: Any, array: Any) -> None:
        super().__init__()
        self.value, self.array = value, array

    def get_source_expressions(self) -> list[Any]:
        return [self.value, self.array]

    def set_source_expressions(self, exprs: Sequence[Any]) -> None:
        self.value, self.array = exprs

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple[Any, ...]]:
        value, value_params = compiler.compile(self.value)
        array, array_params = compiler.compile(self.array)
        return f"{value} = ANY({array})", (*value_params, *array_params)


class OneOf(EqualsAny):
    """*column* is one of *values*: ``= ANY(array)`` on PostgreSQL, a JSON array on SQLite.

    One parameter binds and plans in a fraction of the time of an IN list of thousands
    of parameters (on PostgreSQL about 10 ms against 130 ms for 10,000 case ids), and
    has no limit on how many values it holds (SQLite refuses more than 32,766
    parameters).
    """

    def __init__(self, column: str, values: list[int]) -> None:
        super().__init__(F(column), Value([int(value) for value in values]))

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple[Any, ...]]:
        column, params = compiler.compile(self.value)
        values = self.array.value
        if connection.vendor == "postgresql":
            # The array as its text form: psycopg adapts a list of 15,000 ints in 18 ms, a
            # string in under 4.
            literal = "{" + ",".join(map(str, values)) + "}"
            return f"{column} = ANY(%s::bigint[])", (*params, literal)
        if connection.vendor == "sqlite":  # one JSON parameter: no limit on the count
            sql = f"{column} IN (SELECT value FROM json_each(%s))"  # noqa: S608
            return sql, (*params, json.dumps(values))
        if not values:
            return "1 = 0", tuple(params)
        marks = ", ".join(["%s"] * len(values))
        return f"{column} IN ({marks})", (*params, *values)


class EpochMicros(Func):
    """A timestamp as whole microseconds since 1970-01-01 UTC: an integer, or NULL.

    For reports that walk tens of thousands of timestamps in Python: an integer is read and
    compared far faster than an aware datetime (on PostgreSQL, psycopg's loader and
    Django's time zone cost about 2 microseconds a value), and sums of them stay exact.
    """

    output_field = BigIntegerField()

    def __init__(self, expression: Any) -> None:
        super().__init__(expression)

    @cached_property
    def convert_value(self) -> Any:
        # Both databases give an int already: no int() call per value.
        return self._convert_value_noop  # type: ignore[attr-defined]

    def as_postgresql(
        self, compiler: Any, connection: Any, **extra: Any
    ) -> tuple[str, tuple[Any, ...]]:
        template = "(EXTRACT(EPOCH FROM %(expressions)s) * 1000000)::bigint"
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_sqlite(
        self, compiler: Any, connection: Any, **extra: Any
    ) -> tuple[str, tuple[Any, ...]]:
        # Django stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC: whole seconds from julianday()
        # of the first 19 characters (exact once rounded), microseconds from the rest.
        template = (
            "(CAST(ROUND((julianday(substr(%(expressions)s, 1, 19)) - 2440587.5) * 86400)"
            " AS INTEGER) * 1000000 + CAST(substr(%(expressions)s, 21, 6) AS INTEGER))"
        )
        return self.as_sql(compiler, connection, template=template, **extra)
