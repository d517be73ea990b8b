"""Open311 responses: one document, written as XML or as JSON, and the spec's error list.

The views build plain Python data (dicts, lists, strings, numbers, booleans, None) once.
JSON is that data; XML follows the specification's element names, which the JSON form
maps by the Spark convention: a list becomes a container element with one child per
item, named by ``ITEM_NAMES`` (``services`` holds ``service`` elements, and so on).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Any

from django.http import HttpResponse

FORMATS = ("xml", "json")
XML_CONTENT_TYPE = "application/xml; charset=utf-8"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'

# The element name of each item of a list, by the name of the list.
ITEM_NAMES = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}

# Characters XML 1.0 cannot carry at all, even escaped: text from other channels may hold them.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Open311Error(Exception):
    """A request the API refuses: the HTTP status and one or more (code, description) errors."""

    def __init__(self, status: int, *descriptions: str) -> None:
        super().__init__("; ".join(descriptions))
        self.status = status
        self.descriptions = list(descriptions)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return NOT_XML.sub("", str(value))


def _append(parent: ET.Element, name: str, value: Any) -> None:
    element = ET.SubElement(parent, name)
    _fill(element, name, value)


def _fill(element: ET.Element, name: str, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _append(element, key, item)
    elif isinstance(value, list):
        item_name = ITEM_NAMES[name]
        for item in value:
            _append(element, item_name, item)
    elif value is not None:
        element.text = _text(value)


def to_xml(root: str, data: Any) -> bytes:
    element = ET.Element(root)
    _fill(element, root, data)
    return (XML_DECLARATION + ET.tostring(element, encoding="unicode")).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, default=_json_default).encode("utf-8")


def respond(fmt: str, root: str, data: Any, *, status: int = 200) -> HttpResponse:
    """*data* as an XML document under *root*, or as JSON, with the right content type."""
    if fmt == "json":
        return HttpResponse(to_json(data), status=status, content_type=JSON_CONTENT_TYPE)
    return HttpResponse(to_xml(root, data), status=status, content_type=XML_CONTENT_TYPE)


def error_response(fmt: str, error: Open311Error) -> HttpResponse:
    """The specification's list of errors, each with a code and a description."""
    errors = [{"code": error.status, "description": text} for text in error.descriptions]
    return respond(fmt, "errors", errors, status=error.status)
