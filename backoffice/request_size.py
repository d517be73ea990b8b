"""Refuse a request body larger than any form or API call needs, before it is read.

Django limits the size of form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not of uploaded
files, which it streams to disk whatever their size, and an API call's JSON body is
read by the REST framework without that limit. This middleware answers 413 with a
clear message when the declared length passes REQUEST_BODY_MAX_BYTES (the attachment
limit plus room for the other fields) for a multipart body, or DATA_UPLOAD_MAX_MEMORY_SIZE
for any other, so an oversized body never reaches the parser. A file between the
attachment limit and this one is read and then refused with its size by
``cases.files.check_upload``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from cases.open311.render import Open311Error, error_response


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:g}"


def refusal(request: HttpRequest) -> str | None:
    """Why the request's body is too large to read, or None if it is not.

    Files come only in multipart bodies; any other body is all fields, which Django
    would refuse past DATA_UPLOAD_MAX_MEMORY_SIZE once read, with a less helpful 400.
    """
    length = _declared_length(request)
    if request.content_type == "multipart/form-data":
        if length <= settings.REQUEST_BODY_MAX_BYTES:
            return None
        return _(
            "The request is too large. Files may be %(limit)s MB at most; send a smaller "
            "file or split it into parts."
        ) % {"limit": _megabytes(settings.ATTACHMENT_MAX_BYTES)}
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if limit is None or length <= limit:
        return None
    return _("The request is too large. Text sent in one go may be %(limit)s MB at most.") % {
        "limit": _megabytes(limit)
    }


class RequestSizeLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        message = refusal(request)
        if message is None:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            body = {"error": {"status": 413, "code": "too_large", "message": message}}
            return JsonResponse(body, status=413)
        if request.path.startswith("/open311/"):
            fmt = "json" if request.path.endswith(".json") else "xml"
            return error_response(fmt, Open311Error(413, message))
        return render(request, "413.html", {"message": message}, status=413)
