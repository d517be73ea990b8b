"""Every address of the project that takes a parameter, read from the URL configuration,
and every API operation on one, read from the OpenAPI schema, reconciled into one list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

API_PREFIX = "api/v1/"
_ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>\w+)>")
_SCHEMA_PARAMETER = re.compile(r"\{\w+\}")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>")


@dataclass(frozen=True)
class Address:
    """One URL pattern with parameters. ``key`` names it in the registry."""

    key: str
    name: str | None  # for reverse(), with the namespace
    route: str  # the whole pattern, as written
    parameters: tuple[str, ...]
    kind: str  # "page", "api" or "admin"
    admin_model: str | None = None  # "app_label.model_name" for the admin's object pages
    methods: tuple[str, ...] = ("GET", "POST")

    def fill(self, kwargs: dict[str, object]) -> str:
        """The path with *kwargs* put in (for patterns without a name to reverse)."""
        return "/" + _ROUTE_PARAMETER.sub(lambda m: str(kwargs[m.group("name")]), self.route)

    @property
    def shape(self) -> str:
        """The route with each parameter as ``{}``, to match it with the schema's paths."""
        return "/" + _ROUTE_PARAMETER.sub("{}", self.route)


def _parameters(pattern: object) -> tuple[str, ...]:
    if isinstance(pattern, RoutePattern):
        return tuple(m.group("name") for m in _ROUTE_PARAMETER.finditer(str(pattern)))
    if isinstance(pattern, RegexPattern):
        return tuple(m.group("name") for m in _REGEX_GROUP.finditer(str(pattern)))
    return ()


def _walk(
    resolver: URLResolver, prefix: str = "", namespace: str = "", params: tuple[str, ...] = ()
) -> list[tuple[str, str | None, URLPattern, tuple[str, ...]]]:
    found = []
    for item in resolver.url_patterns:
        here = params + _parameters(item.pattern)
        route = prefix + str(item.pattern).lstrip("^").rstrip("$")
        if isinstance(item, URLResolver):
            ns = f"{namespace}{item.namespace}:" if item.namespace else namespace
            found += _walk(item, route, ns, here)
        else:
            name = f"{namespace}{item.name}" if item.name else None
            found.append((route, name, item, here))
    return found


def _admin_model(route: str) -> str | None:
    rest = route.removeprefix(settings.ADMIN_PATH)
    parts = rest.split("/")
    if len(parts) < 3:
        return None
    label = f"{parts[0]}.{parts[1]}"
    registered = {m._meta.label_lower for m in admin.site._registry}
    return label if label in registered else None


@cache
def addresses() -> tuple[Address, ...]:
    """Every URL pattern that takes a parameter, from the project's URL configuration."""
    found = []
    for route, name, pattern, params in _walk(get_resolver()):
        if not params:
            continue
        model = _admin_model(route) if route.startswith(settings.ADMIN_PATH) else None
        if model is not None:
            suffix = name.rsplit("_", 1)[-1] if name else "redirect"
            key = name or f"admin:{model.replace('.', '_')}_{suffix}"
            kind = "admin"
        else:
            key = name or pattern.lookup_str
            kind = "api" if route.startswith(API_PREFIX) else "page"
            kind = "admin" if route.startswith(settings.ADMIN_PATH) else kind
        found.append(Address(key, name, route, params, kind, model))
    keys = [a.key for a in found]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"Two URL patterns share the names {duplicates}"
    return tuple(found)


@cache
def schema_operations() -> dict[str, tuple[str, ...]]:
    """API paths with parameters in the OpenAPI schema, each with its methods."""
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = {}
    for path, item in schema["paths"].items():
        if "{" not in path:
            continue
        methods = tuple(m.upper() for m in ("get", "put", "patch", "post", "delete") if m in item)
        operations[_SCHEMA_PARAMETER.sub("{}", path)] = methods
    return operations


def reconciled() -> tuple[list[Address], list[str]]:
    """Every address, API ones with their schema methods, and what does not match.

    An API address in the URL configuration that the schema lacks, or a schema path no
    URL pattern serves, is a problem: each endpoint must be counted once and tested with
    the methods it documents.
    """
    operations = schema_operations()
    problems = []
    result = []
    seen = set()
    for address in addresses():
        if address.kind != "api" or not address.route.startswith(API_PREFIX):
            result.append(address)
            continue
        methods = operations.get(address.shape)
        if methods is None:
            if address.name is not None:
                problems.append(f"{address.key} ({address.route}) is not in the OpenAPI schema")
            result.append(address)
            continue
        seen.add(address.shape)
        result.append(
            Address(
                address.key, address.name, address.route, address.parameters, "api", None, methods
            )
        )
    problems += [
        f"the OpenAPI schema's {path} matches no URL pattern"
        for path in operations
        if path not in seen
    ]
    return result, problems
