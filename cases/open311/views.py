"""Open311 GeoReport v2 views: XML or JSON by the suffix, errors as the specification's list.

Reads are public and need no key. POST Service Request needs an API key of the
jurisdiction's agency with write scope; it is authenticated by that key, not by a
cookie, so it is exempt from CSRF. Every refusal is a 400, 403 or 404 with the errors
in the requested format, never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, NoReturn

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, ValidationError
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from backoffice import services as backoffice_services
from backoffice.api_keys import client_for_key
from backoffice.errors import DomainError
from backoffice.models import Agency, ApiClient, AuditOutcome

from ..attributes import clean_attributes
from . import documents, selectors
from .forms import RequestFilterForm, ServiceRequestForm, attribute_values, form_errors
from .render import Open311Error, error_response, respond
from .services import Submission, open311_request_create
from .throttle import address_wait, client_wait

View = Callable[..., HttpResponse]

# DomainError fields of the intake, named as the Open311 arguments they come from.
ARGUMENTS = {
    "latitude": "lat",
    "longitude": "long",
    "subject": "description",
    "name": "first_name",
    "customer": "email",
    "service": "service_code",
    "channel": "service_code",
}


def _shown(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def open311_endpoint(*methods: str) -> Callable[[View], View]:
    """Answer only *methods*, and turn every refusal into the specification's error list."""
    allowed = {*methods, "HEAD"} if "GET" in methods else set(methods)

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, fmt: str, **kwargs: Any) -> HttpResponse:
            if request.method not in allowed:
                response = error_response(
                    fmt,
                    Open311Error(
                        405, _("Use %(methods)s here.") % {"methods": " or ".join(methods)}
                    ),
                )
                response["Allow"] = ", ".join(sorted(allowed))
                return response
            try:
                return view(request, *args, fmt=fmt, **kwargs)
            except Open311Error as error:
                return error_response(fmt, error)
            except (RequestDataTooBig, TooManyFieldsSent):
                return error_response(fmt, Open311Error(400, _("The request is too large.")))

        return csrf_exempt(wrapper)

    return decorate


def _jurisdiction(request: HttpRequest) -> Agency:
    """The agency named by jurisdiction_id; it may be left out while there is only one."""
    given = (request.GET.get("jurisdiction_id") or request.POST.get("jurisdiction_id", "")).strip()
    agencies = selectors.active_agencies()
    if not given:
        found = list(agencies[:2])
        if len(found) == 1:
            return found[0]
        raise Open311Error(
            400, _("jurisdiction_id is required: this endpoint serves more than one agency.")
        )
    usable = len(given) <= 50 and "\x00" not in given
    agency = agencies.filter(slug=given).first() if usable else None
    if agency is None:
        raise Open311Error(
            404, _("jurisdiction_id “%(id)s” was not found.") % {"id": _shown(given)}
        )
    return agency


@open311_endpoint("GET")
def discovery(request: HttpRequest, fmt: str) -> HttpResponse:
    url = request.build_absolute_uri(reverse("open311_root"))
    data = documents.discovery(url=url.rstrip("/"), changed_at=selectors.catalogue_changed_at())
    return respond(fmt, "discovery", data)


@open311_endpoint("GET")
def service_list(request: HttpRequest, fmt: str) -> HttpResponse:
    agency = _jurisdiction(request)
    services = selectors.open311_services(agency=agency)
    return respond(fmt, "services", [documents.service(s) for s in services])


@open311_endpoint("GET")
def service_definition(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    agency = _jurisdiction(request)
    service = selectors.open311_service(agency=agency, code=code)
    if service is None:
        raise Open311Error(404, _("service_code “%(code)s” was not found.") % {"code": code})
    return respond(fmt, "service_definition", documents.service_definition(service))


@open311_endpoint("GET", "POST")
def service_requests(request: HttpRequest, fmt: str) -> HttpResponse:
    if request.method == "POST":
        return _create(request, fmt)
    agency = _jurisdiction(request)
    form = RequestFilterForm(request.GET)
    if not form.is_valid():
        raise Open311Error(400, *form_errors(form))
    cases = selectors.open311_requests(agency=agency, filters=form.filters())
    return respond(fmt, "service_requests", [documents.request(case) for case in cases])


@open311_endpoint("GET")
def service_request(request: HttpRequest, request_id: str, fmt: str) -> HttpResponse:
    agency = _jurisdiction(request)
    case = selectors.open311_request(agency=agency, request_id=request_id)
    if case is None:
        raise Open311Error(
            404, _("service_request_id “%(id)s” was not found.") % {"id": request_id}
        )
    return respond(fmt, "service_requests", [documents.request(case)])


@open311_endpoint("GET")
def token(request: HttpRequest, token: str, fmt: str) -> HttpResponse:
    """Every service is realtime, so POST returns the id itself and no token. A client that
    resolves a token anyway may pass the id: a request's id is its own token."""
    agency = _jurisdiction(request)
    case = selectors.open311_request(agency=agency, request_id=token)
    if case is None:
        raise Open311Error(404, _("token “%(token)s” was not found.") % {"token": token})
    return respond(fmt, "service_requests", [documents.token(case, token=token)])


def not_found(request: HttpRequest, rest: str) -> HttpResponse:
    """Anything else under the endpoint: a 404 in the format the path asks for."""
    fmt = "json" if rest.endswith(".json") else "xml"
    return error_response(
        fmt, Open311Error(404, _("There is no Open311 resource at this address."))
    )


# POST Service Request ------------------------------------------------------------------------


def _refuse_key(request: HttpRequest, agency: Agency, reason: str, description: str) -> NoReturn:
    backoffice_services.audit_record(
        action="open311.request",
        request=request,
        agency=agency,
        outcome=AuditOutcome.DENIED,
        details={"reason": reason},
    )
    raise Open311Error(403, description)


def _client(request: HttpRequest, agency: Agency, raw_key: str) -> ApiClient:
    """The API client of a valid key of this agency with write scope, else a 403."""
    if not raw_key:
        raise Open311Error(403, _("api_key is required to post a service request."))
    client = client_for_key(raw_key) if len(raw_key) <= 200 and "\x00" not in raw_key else None
    if client is None or client.agency_id != agency.pk:
        # A key of another agency gets the same answer as a wrong one: it confirms nothing.
        _refuse_key(request, agency, "invalid", _("Invalid api_key for this jurisdiction."))
    elif not client.can_write:
        _refuse_key(request, agency, "read_only", _("This api_key may only read."))
    return client


def _submission(request: HttpRequest, agency: Agency) -> Submission:
    form = ServiceRequestForm(request.POST)
    if not form.is_valid():
        if "service_code" in form.errors:
            raise Open311Error(400, *form_errors(form))
        errors = form_errors(form)
    else:
        errors = []
    code = form.cleaned_data["service_code"]
    service = selectors.open311_service(agency=agency, code=code)
    if service is None:
        raise Open311Error(404, _("service_code “%(code)s” was not found.") % {"code": code})
    attributes, attribute_errors = attribute_values(request.POST, service)
    if not attribute_errors:
        # Checked here too (case_open checks again) so every bad argument is named at once.
        try:
            clean_attributes(service=service, values=attributes)
        except DomainError as error:
            attribute_errors = _domain_errors(error)
    if errors or attribute_errors:
        raise Open311Error(400, *errors, *attribute_errors)
    data = form.cleaned_data
    return Submission(
        service=service,
        attributes=attributes,
        **{name: data[name] for name in form.fields if name != "service_code"},
    )


def _domain_errors(error: DomainError) -> list[str]:
    if not error.errors:
        return [error.message]
    lines = []
    for field, messages in error.errors.items():
        if field.startswith("attribute_"):
            name = f"attribute[{field.removeprefix('attribute_')}]"
        else:
            name = ARGUMENTS.get(field, field)
        lines += [f"{name}: {message}" for message in messages]
    return lines


def _too_many(fmt: str, wait: int) -> HttpResponse:
    response = error_response(fmt, Open311Error(429, _("Too many requests: try again later.")))
    response["Retry-After"] = str(wait)
    return response


def _create(request: HttpRequest, fmt: str) -> HttpResponse:
    wait = address_wait(request)
    if wait:
        return _too_many(fmt, wait)
    agency = _jurisdiction(request)
    client = _client(request, agency, request.POST.get("api_key", "").strip())
    wait = client_wait(client)
    if wait:
        return _too_many(fmt, wait)
    submission = _submission(request, agency)
    try:
        case = open311_request_create(
            agency=agency, client=client, submission=submission, request=request
        )
    except DomainError as error:
        if error.code == "forbidden":
            raise Open311Error(
                403, _("The owner of this api_key may no longer open cases in this agency.")
            ) from error
        raise Open311Error(400, *_domain_errors(error)) from error
    except ValidationError as error:
        raise Open311Error(400, *error.messages) from error
    document = documents.created(case, account_id=submission.account_id)
    return respond(fmt, "service_requests", [document])
