"""No one outside an agency reaches its objects, through any address that takes an id.

The addresses come from the URL configuration (pages, the admin, the API) and from the
OpenAPI schema (the API's methods); tests/security/objects.py says how to build an object
for each. For every address and every kind of outsider — staff of another agency in each
role, that agency's API key, staff of the same agency without the role the page needs,
a person with no agency, an anonymous visitor — the answer is a refusal (403 or 404, or
the log-in page) and never shows the object. A new address fails here until it is added
to the registry, so isolation is proved for it too.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode, urlparse

import pytest
from django.conf import settings
from django.db import transaction
from django.http import HttpResponseBase
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse

from backoffice.models import Role, User

from .addresses import Address, reconciled
from .conftest import TALLY, signed_in, summary_line, with_key
from .objects import (
    ADMIN_MODELS,
    ADMIN_SUPERUSER_ONLY,
    CASE_SUBJECT,
    CUSTOMER_EMAIL,
    CUSTOMER_NAME,
    URLS,
    NotAnObject,
    Public,
    Scoped,
    Target,
    World,
    admin_secrets,
    case,
    customer,
)

ADDRESSES, MISMATCHES = reconciled()
REGISTRY_FILE = "tests/security/objects.py"


def _id(address: Address) -> str:
    return address.key


# Sending requests and judging the answers -----------------------------------------------


class Probe:
    """Sends the requests of one address and collects every answer that is not a refusal."""

    def __init__(self, address: Address, target: Target) -> None:
        self.address = address
        self.target = target
        self.path = self._path(target.kwargs)
        self.url = self.path + (f"?{urlencode(target.query)}" if target.query else "")
        self.problems: list[str] = []
        self.shown = tuple(s for s in target.secrets if s and s not in self.url)

    def _path(self, kwargs: dict[str, Any]) -> str:
        if self.address.name is not None:
            return reverse(self.address.name, kwargs=kwargs)
        return self.address.fill(kwargs)

    def send(self, client: Client, method: str) -> HttpResponseBase:
        TALLY["requests"] += 1
        if method == "GET":
            return client.get(self.url)
        if self.address.kind == "api":
            return client.generic(method, self.url, "{}", content_type="application/json")
        return client.post(self.url, {"post": "yes"} if self.address.kind == "admin" else {})

    def expect_refused(self, who: str, client: Client, known: tuple[str, ...] = ()) -> None:
        """Every method of the address refuses *client*; at least one reaches the view.
        *known* is text the visitor sees anyway (their own agency's name)."""
        answered = []
        for method in self.address.methods:
            response = self.send(client, method)
            verdict = self._verdict(response)
            answered.append(response.status_code)
            if verdict is not None:
                self.problems.append(
                    f"{method} {self.url} as {who}: {verdict} (status {response.status_code})"
                )
                continue
            body = _body(response)
            leaked = [s for s in self.shown if s not in known and _contains(body, s)]
            if leaked:
                self.problems.append(f"{method} {self.url} as {who} shows {leaked}")
        if all(code == 405 for code in answered):
            self.problems.append(f"{self.url} as {who}: no method reached the view {answered}")

    def _verdict(self, response: HttpResponseBase) -> str | None:
        status = response.status_code
        if status in (403, 404, 405) or (status == 401 and self.address.kind == "api"):
            return None
        if self.address.kind == "admin" and status == 302:
            location = urlparse(response.headers["Location"]).path
            if location in _admin_landings() or location == f"{self.path}change/":
                return None
            return f"the admin sent them to {location}"
        if status in (301, 302) and _is_login(response):
            return None
        return "not refused"


def _admin_landings() -> set[str]:
    """Where the admin sends someone it refuses: its log-in page, or its index with
    "doesn't exist" (the same for an object of another agency as for no object). A bare
    object address always redirects to its change page, whose refusal is tested too."""
    return {reverse("admin:login"), reverse("admin:index"), resolve_url(settings.LOGIN_URL)}


def _is_login(response: HttpResponseBase) -> bool:
    location = urlparse(response.headers.get("Location", "")).path
    return location in (resolve_url(settings.LOGIN_URL), reverse("admin:login"))


def _body(response: HttpResponseBase) -> str:
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    return content.decode("utf-8", errors="replace")


def _contains(body: str, secret: str) -> bool:
    return secret in body or html.escape(secret) in body


@contextmanager
def rolled_back() -> Iterator[None]:
    """Runs a request whose changes are undone, to prove the owner reaches the object."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


# Who is tried -----------------------------------------------------------------------------


Visitor = tuple[str, Client, tuple[str, ...]]


def outsiders(world: World, address: Address, entry: Scoped) -> list[Visitor]:
    """Every kind of person who must be refused the object of *address*: who they are,
    their client, and the text they see anyway (their own agency's name)."""
    own = (world.agency.name,)
    visitors: list[Visitor] = [
        ("an anonymous visitor", Client(), ()),
        ("a person in no agency", signed_in(world.nobody), ()),
    ]
    for role, user in world.outsiders.items():
        visitors.append((f"the other agency's {role}", signed_in(user), ()))
    for role, user in world.members.items():
        if role not in entry.roles or entry.personal:
            who = f"the agency's own {role} (without the role, or not their object)"
            visitors.append((who, signed_in(user), own))
    if address.kind == "api":
        visitors.append(("the other agency's API key", with_key(world.outsider_key), ()))
    return visitors


# The registry is complete ------------------------------------------------------------------


def test_the_url_configuration_and_the_api_schema_agree() -> None:
    """Each API endpoint is counted once: the schema and the URLs describe the same ones."""
    assert not MISMATCHES, "\n".join(MISMATCHES)


def test_every_admin_model_with_object_pages_has_a_factory() -> None:
    missing = sorted(
        {a.admin_model for a in ADDRESSES if a.admin_model and a.admin_model not in ADMIN_MODELS}
    )
    assert not missing, (
        f"The admin has object pages for {missing}, which {REGISTRY_FILE} cannot build: "
        f"add a factory to ADMIN_MODELS there."
    )


def test_the_text_looked_for_is_what_the_pages_show(isolation_world: World) -> None:
    """The refusals are searched for the text that the object's own pages show its agency,
    so a page that leaked the object would be caught."""
    world = isolation_world
    owner = signed_in(world.owner)
    case_page = _body(owner.get(reverse("case_detail", args=[case(world).pk])))
    customer_api = _body(owner.get(reverse("api_customer_detail", args=[customer(world).pk])))

    for secret in (CASE_SUBJECT, CUSTOMER_NAME, case(world).reference):
        assert _contains(case_page, secret), secret
    assert _contains(customer_api, CUSTOMER_EMAIL)


# Every address ----------------------------------------------------------------------------


@pytest.mark.parametrize("address", ADDRESSES, ids=_id)
def test_no_one_outside_the_agency_reaches_the_object(
    address: Address, isolation_world: World
) -> None:
    world = isolation_world
    if address.admin_model is not None:
        _admin_address(address, world)
        return
    entry = URLS.get(address.key)
    if entry is None:
        pytest.fail(
            f"The URL {address.key!r} (/{address.route}) takes {list(address.parameters)} but "
            f"the isolation test does not know how to build an object for it: add a factory "
            f"(or a Public/NotAnObject entry with the reason) to URLS in {REGISTRY_FILE}."
        )
    if isinstance(entry, NotAnObject):
        TALLY["not_object"] += 1
        return
    if isinstance(entry, Public):
        _public_address(address, entry, world)
        return
    _scoped_address(address, entry, world)


def _scoped_address(address: Address, entry: Scoped, world: World) -> None:
    target = entry.build(world)
    probe = Probe(address, target)
    for who, client, known in outsiders(world, address, entry):
        probe.expect_refused(who, client, known)
    _still_there(target)
    _owner_reaches(probe, world)
    assert not probe.problems, _report(address, probe.problems)
    TALLY["api" if address.kind == "api" else "pages"] += 1


def _owner_reaches(probe: Probe, world: World) -> None:
    """The object is real and reachable by its own agency: the refusals above prove
    isolation, not a factory that built nothing."""
    client = signed_in(world.owner)
    for method in probe.address.methods:
        with rolled_back():
            response = probe.send(client, method)
        if response.status_code == 405:
            continue
        if response.status_code in (401, 403, 404) or _is_login(response):
            probe.problems.append(
                f"{method} {probe.url}: agency A's own staff with every role got "
                f"{response.status_code}; the factory's object is not reachable, so the "
                f"refusals prove nothing"
            )
        return
    probe.problems.append(f"{probe.url}: no method reached the view for agency A's staff")


def _still_there(target: Target) -> None:
    obj = target.obj
    if obj is not None:
        assert type(obj)._default_manager.filter(pk=obj.pk).exists(), (
            f"{obj!r} was deleted by someone outside its agency"
        )


def _public_address(address: Address, entry: Public, world: World) -> None:
    forged = entry.forged(world)
    probe = Probe(address, forged)
    anonymous = Client()
    for method in address.methods:
        response = probe.send(anonymous, method)
        if response.status_code == 405:
            continue
        if response.status_code not in entry.refused_with:
            probe.problems.append(
                f"{method} {probe.url} (forged): status {response.status_code}, "
                f"expected {entry.refused_with}"
            )
        body = _body(response)
        leaked = [s for s in probe.shown if _contains(body, s)]
        if leaked:
            probe.problems.append(f"{method} {probe.url} (forged) shows {leaked}")
    if entry.real is not None:
        real = Probe(address, entry.real(world))
        response = real.send(anonymous, "GET")
        body = _body(response)
        leaked = [s for s in real.shown if _contains(body, s)]
        if response.status_code >= 500 or leaked:
            real.problems.append(
                f"GET {real.url} (public): status {response.status_code}, shows {leaked}"
            )
        probe.problems += real.problems
    assert not probe.problems, _report(address, probe.problems)
    TALLY["public"] += 1


def _admin_address(address: Address, world: World) -> None:
    model = address.admin_model
    assert model is not None
    make = ADMIN_MODELS.get(model)
    if make is None:
        pytest.fail(
            f"The admin page {address.key!r} (/{address.route}) shows {model} objects, which "
            f"the isolation test cannot build: add a factory to ADMIN_MODELS in "
            f"{REGISTRY_FILE}."
        )
    obj = make(world)
    (parameter,) = address.parameters
    target = Target({parameter: obj.pk}, admin_secrets(obj), obj)
    probe = Probe(address, target)
    entry = Scoped(lambda w: target, roles=(Role.ADMINISTRATOR,))
    visitors = outsiders(world, address, entry)
    if model in ADMIN_SUPERUSER_ONLY:
        own = (world.agency.name,)
        visitors.append(("the agency's own administrator", signed_in(world.owner), own))
    for who, client, known in visitors:
        probe.expect_refused(who, client, known)
    _still_there(target)
    if address.key.endswith("_change"):
        _admin_owner_reaches(probe, model, obj, world)
    assert not probe.problems, _report(address, probe.problems)
    TALLY["admin"] += 1


def _admin_owner_reaches(probe: Probe, model: str, obj: Any, world: World) -> None:
    if model in ADMIN_SUPERUSER_ONLY:
        reader = User.objects.create_superuser(email="platform@wickerby.example", password=None)
    else:
        reader = world.owner
    app_label, model_name = model.split(".")
    change = reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk])
    response = signed_in(reader).get(change)
    if response.status_code != 200:
        probe.problems.append(
            f"GET {change}: agency A's administrator got {response.status_code}; the "
            f"factory's object is not reachable, so the refusals prove nothing"
        )


def _report(address: Address, problems: list[str]) -> str:
    TALLY["problems"] += len(problems)
    head = f"{address.key} (/{address.route}) is not isolated:"
    return "\n".join([head, *(f"  - {p}" for p in problems)])


# The count ----------------------------------------------------------------------------------


def test_isolation_summary() -> None:
    """What the run covered, printed with -s and in the terminal summary; it runs after
    the tests above, and fails with the count if any of them found an answer not refused."""
    line = summary_line()
    print(f"\n{line}")
    assert not TALLY["problems"], line
