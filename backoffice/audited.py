"""Exports in the audit log: a decorator for every view that answers with a download."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponseBase

from .services import audit_record

ViewFunc = TypeVar("ViewFunc", bound=Callable[..., HttpResponseBase])

# Longest query string kept in an audit row.
QUERY_KEPT = 500


def audited_export(name: str) -> Callable[[ViewFunc], ViewFunc]:
    """Record ``<name>.export`` for each download the view answers (status 200).

    Put it under the access decorator, so a refused request is recorded as a denial
    and not as an export. The row is written before a streamed body is sent: a download
    the client abandons midway is still recorded as requested.
    """

    def decorator(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            response = view(request, *args, **kwargs)
            if response.status_code == 200:
                disposition = response.get("Content-Disposition", "")
                audit_record(
                    action=f"{name}.export",
                    request=request,
                    details={
                        "path": request.path,
                        "query": request.GET.urlencode()[:QUERY_KEPT],
                        "file": disposition.partition("filename=")[2].strip('"'),
                    },
                )
            return response

        return wrapped  # type: ignore[return-value]

    return decorator
