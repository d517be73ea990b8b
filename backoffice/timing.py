"""A ``Server-Timing`` header with each response's SQL query count and time (opt-in).

With ``SERVER_TIMING=true`` in the environment every response carries, for example::

    Server-Timing: db;dur=12.3;desc="7 queries", app;dur=40.1

``db`` is the time spent in SQL and ``desc`` how many statements ran; ``app`` is the
whole request in Django, middleware included. The benchmarks read it to report what
each page costs in queries against a real server, and a browser's developer tools show
it beside each request. It is off by default because it tells any client how much work
a page does.

Queries are counted with ``connection.execute_wrapper``, which sees every statement
whatever DEBUG says (``connection.queries`` needs DEBUG on). For a streamed response
(a CSV export, a file) the figures are those of the work done before the headers were
sent: the rows read while the body streams come later and are not in the header.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import connections
from django.http import HttpRequest, HttpResponseBase


class QueryTally:
    """An execute wrapper that counts statements and adds up their time."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0

    def __call__(
        self,
        execute: Callable[..., Any],
        sql: str,
        params: Any,
        many: bool,
        context: dict[str, Any],
    ) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def server_timing(*, tally: QueryTally, app_seconds: float) -> str:
    """The header's value: the database's share first, then the whole request."""
    noun = "query" if tally.count == 1 else "queries"
    return (
        f'db;dur={tally.seconds * 1000:.1f};desc="{tally.count} {noun}", '
        f"app;dur={app_seconds * 1000:.1f}"
    )


class ServerTimingMiddleware:
    """Adds ``Server-Timing`` when ``settings.SERVER_TIMING`` is on; otherwise not loaded.

    Put it first in MIDDLEWARE so the sessions, authentication and agency lookups of the
    other middleware are counted too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        if not getattr(settings, "SERVER_TIMING", False):
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        tally = QueryTally()
        started = time.perf_counter()
        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(tally))
            response = self.get_response(request)
        response["Server-Timing"] = server_timing(
            tally=tally, app_seconds=time.perf_counter() - started
        )
        return response
