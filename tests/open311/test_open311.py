"""Open311 GeoReport v2: each method in XML and JSON against the specification, its errors,
the case a POST opens, isolation between jurisdictions, and no personal data in public reads.

JSON answers are validated with the Open311 community's JSON Schemas, read from
``../shared/open311/georeport-v2/`` beside the clone; XML answers are read back with the
specification's element names and must carry the same data as the JSON ones.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from backoffice.api_keys import api_client_create, api_client_revoke
from backoffice.models import ApiClient, AuditEvent, Role
from cases.models import (
    AttributeDatatype,
    Case,
    CaseNote,
    CaseStatus,
    Channel,
    Customer,
)

from ..cases.factories import (
    CaseFactory,
    CustomerFactory,
    ServiceAttributeFactory,
    ServiceFactory,
    SlaPolicyFactory,
)
from ..conftest import member
from ..routing.factories import QueueFactory, RoutingRuleFactory

SCHEMAS = Path(settings.BASE_DIR).parent / "shared" / "open311" / "georeport-v2"
BASE = "/open311/v2"
FORMATS = ("xml", "json")

# The specification's fields of each element, and the items of each list.
SERVICE_FIELDS = {
    "service_code",
    "service_name",
    "description",
    "metadata",
    "type",
    "keywords",
    "group",
}
ATTRIBUTE_FIELDS = {
    "variable",
    "code",
    "datatype",
    "required",
    "datatype_description",
    "order",
    "description",
    "values",
}
REQUEST_FIELDS = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}
CREATED_FIELDS = {"service_request_id", "token", "service_notice", "account_id"}
LIST_ITEMS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}


# Reading answers ------------------------------------------------------------------------------


def _spark(element: ET.Element) -> Any:
    """An XML answer as the JSON the Spark convention maps it to (lists by element name)."""
    if element.tag in LIST_ITEMS:
        assert all(child.tag == LIST_ITEMS[element.tag] for child in element), element.tag
        return [_spark(child) for child in element]
    if len(element):
        names = [child.tag for child in element]
        assert len(names) == len(set(names)), f"repeated element in <{element.tag}>"
        return {child.tag: _spark(child) for child in element}
    return element.text


def read_xml(response: Any, root: str) -> Any:
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    element = ET.fromstring(response.content)  # noqa: S314  (our own answer)
    assert element.tag == root
    return _spark(element)


def read_json(response: Any) -> Any:
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content.decode("utf-8"))


def _as_xml_text(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [_as_xml_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_xml_text(item) for key, item in value.items()}
    return None if value is None else str(value)


def assert_same_data(xml_data: Any, json_data: Any) -> None:
    """The XML and the JSON answer say the same thing."""
    assert xml_data == _as_xml_text(json_data)


def schema_validator(name: str) -> Draft7Validator:
    if not SCHEMAS.is_dir():
        pytest.skip(f"the Open311 JSON Schemas are not at {SCHEMAS}")
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT7))
        for path in SCHEMAS.glob("*.json")
    ]
    schema = json.loads((SCHEMAS / name).read_text())
    return Draft7Validator(schema, registry=Registry().with_resources(resources))


def assert_valid(data: Any, schema: str) -> None:
    errors = [error.message for error in schema_validator(schema).iter_errors(data)]
    assert errors == []


def assert_w3c_datetime(value: str | None) -> None:
    """The specification's dates: ISO 8601 with the time zone always given."""
    if value is None:
        return
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value


def assert_request_fields(request: dict[str, Any]) -> None:
    assert set(request) <= REQUEST_FIELDS
    assert request["status"] in ("open", "closed")
    for name in ("requested_datetime", "updated_datetime", "expected_datetime"):
        assert_w3c_datetime(request[name])


def errors_of(response: Any, fmt: str) -> list[dict[str, Any]]:
    """The specification's error list, checked for shape, as JSON data."""
    if fmt == "json":
        errors = read_json(response)
        for error in errors:
            assert set(error) == {"code", "description"}
            assert isinstance(error["code"], int)
            assert isinstance(error["description"], str)
    else:
        errors = [
            {"code": int(e["code"]), "description": e["description"]}
            for e in read_xml(response, "errors")
        ]
    assert errors
    assert all(error["code"] == response.status_code for error in errors)
    return errors


def descriptions(response: Any, fmt: str) -> str:
    return " | ".join(error["description"] for error in errors_of(response, fmt))


# Fixtures ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    # Throttle counters live in the cache; each test starts with none.
    cache.clear()


@pytest.fixture
def web() -> Client:
    """A client that enforces CSRF like a browser would: POSTs must not need a token."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def pothole(agency: Any) -> Any:
    service = ServiceFactory(
        agency=agency,
        code="pothole",
        name="Pothole",
        description="A hole in the road surface.",
        group="Streets",
        keywords="road, hole, asphalt",
    )
    ServiceAttributeFactory(
        service=service,
        code="size",
        label="How big is it?",
        datatype=AttributeDatatype.SINGLE_CHOICE,
        required=True,
        order=0,
        choices=[
            {"key": "small", "name": "Smaller than a plate"},
            {"key": "large", "name": "Larger"},
        ],
    )
    ServiceAttributeFactory(
        service=service, code="depth_cm", label="Depth in cm", datatype="number", order=0
    )
    ServiceAttributeFactory(
        service=service,
        code="hazards",
        label="Hazards",
        datatype=AttributeDatatype.MULTI_CHOICE,
        order=5,
        choices=[{"key": "water", "name": "Water"}, {"key": "traffic", "name": "Traffic"}],
    )
    ServiceAttributeFactory(
        service=service,
        code="seen_at",
        label="When did you see it?",
        datatype=AttributeDatatype.DATETIME,
        order=7,
        help_text="Roughly is fine.",
    )
    return service


@pytest.fixture
def graffiti(agency: Any) -> Any:
    return ServiceFactory(agency=agency, code="graffiti", name="Graffiti", group="")


@pytest.fixture
def unpublished(agency: Any) -> list[Any]:
    """Services that Open311 must not show: for organisations, not on the API, inactive."""
    return [
        ServiceFactory(agency=agency, code="partner", for_organisations=True),
        ServiceFactory(agency=agency, code="phone-only", channels=[Channel.PHONE]),
        ServiceFactory(agency=agency, code="retired", is_active=False),
    ]


@pytest.fixture
def owner(agency: Any) -> Any:
    return member(agency, Role.CASEWORKER, full_name="Integration Owner")


def make_key(agency: Any, owner: Any, scopes: tuple[str, ...] = ("read", "write")) -> str:
    admin = member(agency, Role.ADMINISTRATOR)
    _client, raw_key = api_client_create(
        agency=agency, name="City app", owner=owner, scopes=scopes, actor=admin
    )
    return raw_key


@pytest.fixture
def api_key(agency: Any, owner: Any) -> str:
    return make_key(agency, owner)


@pytest.fixture
def api_queue(agency: Any) -> Any:
    """Routing and a service level like any other channel's: a rule for the API channel."""
    queue = QueueFactory(agency=agency, name="Street reports")
    RoutingRuleFactory(agency=agency, name="Open311", channel=Channel.API, queue=queue, order=1)
    SlaPolicyFactory(agency=agency)
    return queue


def post(client: Client, fmt: str, pairs: list[tuple[str, str]] | dict[str, str]) -> Any:
    """POST Service Request, form-encoded as the specification says."""
    return client.post(
        f"{BASE}/requests.{fmt}",
        data=urlencode(pairs),
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )


def valid_request(agency: Any, api_key: str, **changes: str) -> dict[str, str]:
    data = {
        "api_key": api_key,
        "jurisdiction_id": agency.slug,
        "service_code": "pothole",
        "lat": "41.878113",
        "long": "-87.629799",
        "address_string": "100 W Randolph St, Chicago",
        "email": "resident@example.org",
        "first_name": "Ramona",
        "last_name": "Flowers",
        "phone": "312-555-0100",
        "description": "Deep pothole in the bike lane\nNear the crossing.",
        "attribute[size]": "large",
        "attribute[depth_cm]": "12.5",
        "device_id": "device-42",
        "account_id": "acct-7",
        "media_url": "https://photos.example.org/pothole.jpg",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


# Discovery and services ----------------------------------------------------------------------


@pytest.mark.django_db
def test_discovery_describes_this_endpoint_in_xml_and_json(web: Client) -> None:
    as_json = read_json(web.get(f"{BASE}/discovery.json"))
    as_xml = read_xml(web.get(f"{BASE}/discovery.xml"), "discovery")
    assert_same_data(as_xml, as_json)
    assert set(as_json) == {"changeset", "contact", "key_service", "endpoints"}
    (endpoint,) = as_json["endpoints"]
    assert set(endpoint) == {"specification", "url", "changeset", "type", "formats"}
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2"
    assert endpoint["type"] in ("production", "test")
    assert endpoint["formats"] == ["application/xml", "application/json"]
    assert_w3c_datetime(as_json["changeset"])


@pytest.mark.django_db
@pytest.mark.usefixtures("unpublished")
def test_service_list_shows_only_published_services_with_the_spec_fields(
    web: Client, agency: Any, other_agency: Any, pothole: Any, graffiti: Any
) -> None:
    ServiceFactory(agency=other_agency, code="elsewhere")
    url = f"{BASE}/services.%s?jurisdiction_id={agency.slug}"
    as_json = read_json(web.get(url % "json"))
    as_xml = read_xml(web.get(url % "xml"), "services")
    assert_valid(as_json, "services.json")
    assert_same_data(as_xml, as_json)
    by_code = {service["service_code"]: service for service in as_json}
    assert set(by_code) == {"pothole", "graffiti"}
    assert all(set(service) == SERVICE_FIELDS for service in as_json)
    assert by_code["pothole"] == {
        "service_code": "pothole",
        "service_name": "Pothole",
        "description": "A hole in the road surface.",
        "metadata": True,
        "type": "realtime",
        "keywords": "road, hole, asphalt",
        "group": "Streets",
    }
    assert by_code["graffiti"]["metadata"] is False
    assert by_code["graffiti"]["group"] is None


@pytest.mark.django_db
def test_service_definition_maps_intake_questions_to_spec_attributes(
    web: Client, agency: Any, other_agency: Any, pothole: Any
) -> None:
    url = f"{BASE}/services/pothole.%s?jurisdiction_id={agency.slug}"
    as_json = read_json(web.get(url % "json"))
    as_xml = read_xml(web.get(url % "xml"), "service_definition")
    assert_valid(as_json, "service-definition.json")
    assert_same_data(as_xml, as_json)
    assert as_json["service_code"] == "pothole"
    attributes = as_json["attributes"]
    assert all(set(a) <= ATTRIBUTE_FIELDS for a in attributes)
    # Ordered by the service's order (ties by creation), numbered from 1 as the spec asks.
    assert [(a["order"], a["code"], a["datatype"]) for a in attributes] == [
        (1, "size", "singlevaluelist"),
        (2, "depth_cm", "number"),
        (3, "hazards", "multivaluelist"),
        (4, "seen_at", "datetime"),
    ]
    size, depth, hazards, seen = attributes
    assert size["required"] is True
    assert depth["required"] is False
    assert size["variable"] is True
    assert size["description"] == "How big is it?"
    assert size["values"] == [
        {"key": "small", "name": "Smaller than a plate"},
        {"key": "large", "name": "Larger"},
    ]
    assert [v["key"] for v in hazards["values"]] == ["water", "traffic"]
    assert "values" not in depth
    assert seen["datatype_description"] == "Roughly is fine."
    assert depth["datatype_description"]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_service_definition_of_an_unknown_or_unpublished_service_is_a_404(
    web: Client, agency: Any, unpublished: list[Any], fmt: str
) -> None:
    for code in ["nothing-here", *(service.code for service in unpublished)]:
        response = web.get(f"{BASE}/services/{code}.{fmt}?jurisdiction_id={agency.slug}")
        assert response.status_code == 404
        assert code in descriptions(response, fmt)


# Jurisdictions -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_jurisdiction_id_is_required_with_several_agencies_and_must_exist(
    web: Client, agency: Any, other_agency: Any, fmt: str
) -> None:
    missing = web.get(f"{BASE}/services.{fmt}")
    assert missing.status_code == 400
    assert "jurisdiction_id" in descriptions(missing, fmt)
    unknown = web.get(f"{BASE}/requests.{fmt}?jurisdiction_id=no-such-city")
    assert unknown.status_code == 404
    assert "no-such-city" in descriptions(unknown, fmt)
    escaped = web.get(f"{BASE}/services.{fmt}?jurisdiction_id=%3Cb%3E%00")
    assert escaped.status_code == 404
    errors_of(escaped, fmt)


@pytest.mark.django_db
def test_jurisdiction_id_may_be_left_out_when_one_agency_is_served(
    web: Client, pothole: Any
) -> None:
    response = web.get(f"{BASE}/services.json")
    assert response.status_code == 200
    assert [s["service_code"] for s in read_json(response)] == ["pothole"]


# POST Service Request ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_opens_a_routed_case_with_its_service_level_in_the_caseworker_list(
    web: Client, agency: Any, api_key: str, api_queue: Any, owner: Any, caseworker: Any
) -> None:
    response = post(web, "json", valid_request(agency, api_key))

    assert response.status_code == 200, response.content
    (created,) = read_json(response)
    assert set(created) <= CREATED_FIELDS
    assert "token" not in created
    assert created["account_id"] == "acct-7"
    case = Case.objects.get(reference=created["service_request_id"])
    assert case.agency == agency
    assert case.channel == Channel.API
    assert case.created_by == owner
    # Routed by the agency's rule and on the clock like any other case.
    assert case.queue == api_queue
    assert case.routed_by is not None
    assert case.queued_at is not None
    assert case.sla_policy is not None
    assert case.response_due_at is not None
    assert case.resolution_due_at is not None
    assert case.reference in created["service_notice"]
    assert "aims to resolve" in created["service_notice"]
    # What was posted is on the case, typed by the service's definition.
    assert case.subject == "Deep pothole in the bike lane"
    assert case.attributes == {"size": "large", "depth_cm": 12.5}
    assert case.latitude == Decimal("41.878113")
    assert case.longitude == Decimal("-87.629799")
    assert case.address == "100 W Randolph St, Chicago"
    assert case.media_url == "https://photos.example.org/pothole.jpg"
    customer = case.customer
    assert customer is not None
    assert (customer.name, customer.email, customer.phone) == (
        "Ramona Flowers",
        "resident@example.org",
        "312-555-0100",
    )
    # What the case has no field for is kept for the caseworker.
    note = CaseNote.objects.get(case=case)
    assert "photos.example.org" not in note.body
    assert "device-42" in note.body
    assert "acct-7" in note.body
    assert AuditEvent.objects.filter(action="open311.request", object_id=str(case.pk)).exists()

    listing = Client()
    listing.force_login(caseworker)
    page = listing.get("/cases/", {"channel": "api"})
    assert page.status_code == 200
    assert [c.pk for c in page.context["page"].items] == [case.pk]
    assert case.reference in page.content.decode()


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_answers_in_xml_and_reuses_the_customer_with_that_email(
    web: Client, agency: Any, api_key: str
) -> None:
    known = CustomerFactory(agency=agency, email="resident@example.org", name="Known Person")
    response = post(web, "xml", valid_request(agency, api_key, first_name="", last_name=""))

    assert response.status_code == 200, response.content
    (created,) = read_xml(response, "service_requests")
    assert set(created) <= CREATED_FIELDS
    case = Case.objects.get(reference=created["service_request_id"])
    assert case.customer == known
    assert Customer.objects.filter(agency=agency).count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_without_contact_details_opens_a_case_without_a_customer(
    web: Client, agency: Any, api_key: str
) -> None:
    data = valid_request(agency, api_key, email="", phone="", lat="", long="")
    response = post(web, "json", data)
    assert response.status_code == 200, response.content
    case = Case.objects.get(reference=read_json(response)[0]["service_request_id"])
    assert case.customer is None
    assert case.latitude is None
    assert "Ramona Flowers" in CaseNote.objects.get(case=case).body


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_takes_several_values_of_a_multivaluelist(
    web: Client, agency: Any, api_key: str
) -> None:
    pairs = [
        *valid_request(agency, api_key).items(),
        ("attribute[hazards][]", "water"),
        ("attribute[hazards][]", "traffic"),
        ("attribute[seen_at]", "2026-12-01T08:00:00Z"),
    ]
    response = post(web, "json", pairs)
    assert response.status_code == 200, response.content
    case = Case.objects.get(reference=read_json(response)[0]["service_request_id"])
    assert case.attributes["hazards"] == ["water", "traffic"]
    assert case.attributes["seen_at"].startswith("2026-12-01T08:00:00")


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
@pytest.mark.parametrize("fmt", FORMATS)
def test_post_refuses_missing_wrong_read_only_and_revoked_keys_with_403(
    web: Client, agency: Any, owner: Any, fmt: str
) -> None:
    read_only = make_key(agency, owner, scopes=("read",))
    revoked = make_key(agency, owner)
    admin = member(agency, Role.ADMINISTRATOR)
    api_client_revoke(client=ApiClient.objects.order_by("-pk").first(), actor=admin)
    for key in ["", "not-a-key", "bo_abcdefgh_wrong", read_only, revoked, "x" * 5000]:
        response = post(web, fmt, valid_request(agency, key))
        assert response.status_code == 403, key
        assert "api_key" in descriptions(response, fmt)
    assert not Case.objects.exists()
    assert AuditEvent.objects.filter(action="open311.request", outcome="denied").count() == 5


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_key_of_one_jurisdiction_cannot_post_to_another(
    web: Client, agency: Any, other_agency: Any, api_key: str, fmt: str
) -> None:
    ServiceFactory(agency=other_agency, code="pothole")
    response = post(web, fmt, valid_request(other_agency, api_key))
    assert response.status_code == 403
    assert not Case.objects.exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_as_an_owner_who_left_the_agency_is_refused(
    web: Client, agency: Any, owner: Any, api_key: str
) -> None:
    owner.memberships.all().delete()
    response = post(web, "json", valid_request(agency, api_key))
    assert response.status_code == 403
    assert not Case.objects.exists()


BAD_POSTS: list[tuple[str, dict[str, str], int, str]] = [
    ("no service", {"service_code": ""}, 400, "service_code"),
    ("unknown service", {"service_code": "volcano"}, 404, "volcano"),
    ("unpublished service", {"service_code": "partner"}, 404, "partner"),
    ("lat without long", {"long": ""}, 400, "lat and long"),
    ("lat not a number", {"lat": "north"}, 400, "lat"),
    ("lat out of range", {"lat": "91"}, 400, "lat"),
    ("long out of range", {"long": "-180.5"}, 400, "long"),
    ("lat not finite", {"lat": "NaN"}, 400, "lat"),
    ("lat huge exponent", {"lat": "1e999999999"}, 400, "lat"),
    ("no location", {"lat": "", "long": "", "address_string": ""}, 400, "location"),
    ("description too long", {"description": "x" * 4001}, 400, "description"),
    ("null character", {"description": "bad\x00byte"}, 400, "description"),
    ("email not an email", {"email": "someone at home"}, 400, "email"),
    ("media_url not a url", {"media_url": "not a url"}, 400, "media_url"),
    ("name too long", {"first_name": "R" * 101}, 400, "first_name"),
    ("address too long", {"address_string": "A" * 301}, 400, "address_string"),
    ("required answer missing", {"attribute[size]": ""}, 400, "attribute[size]"),
    ("answer not listed", {"attribute[size]": "enormous"}, 400, "attribute[size]"),
    ("number not a number", {"attribute[depth_cm]": "deep"}, 400, "attribute[depth_cm]"),
    ("number too large", {"attribute[depth_cm]": "1e9999999"}, 400, "attribute[depth_cm]"),
    ("date not a date", {"attribute[seen_at]": "2026-02-30T10:00"}, 400, "attribute[seen_at]"),
    ("unknown question", {"attribute[colour]": "red"}, 400, "attribute[colour]"),
    ("null in an answer", {"attribute[depth_cm]": "1\x00"}, 400, "attribute[depth_cm]"),
]


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole", "unpublished")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("changes", "status", "mentions"),
    [case[1:] for case in BAD_POSTS],
    ids=[case[0] for case in BAD_POSTS],
)
def test_bad_post_is_answered_with_the_spec_errors_and_opens_nothing(
    web: Client,
    agency: Any,
    api_key: str,
    fmt: str,
    changes: dict[str, str],
    status: int,
    mentions: str,
) -> None:
    response = post(web, fmt, valid_request(agency, api_key, **changes))
    assert response.status_code == status, response.content
    assert mentions in descriptions(response, fmt)
    assert not Case.objects.exists()
    assert not Customer.objects.exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_reports_every_bad_argument_at_once(web: Client, agency: Any, api_key: str) -> None:
    data = valid_request(agency, api_key, lat="95", email="nope", **{"attribute[size]": "huge"})
    response = post(web, "json", data)
    assert response.status_code == 400
    text = descriptions(response, "json")
    assert len(errors_of(response, "json")) == 3
    assert "lat" in text
    assert "email" in text
    assert "attribute[size]" in text


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_post_is_throttled_per_key_with_a_spec_error(
    web: Client, agency: Any, api_key: str, settings: Any
) -> None:
    settings.OPEN311_POST_RATE = "2/minute"
    statuses = [post(web, "json", valid_request(agency, api_key)).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    refused = post(web, "xml", valid_request(agency, api_key))
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    errors_of(refused, "xml")
    assert Case.objects.count() == 2


@pytest.mark.django_db
def test_post_is_throttled_per_address_before_any_key_is_checked(
    web: Client, agency: Any, settings: Any
) -> None:
    settings.OPEN311_ADDRESS_RATE = "3/minute"
    statuses = [post(web, "json", {"api_key": f"guess-{n}"}).status_code for n in range(4)]
    assert statuses == [403, 403, 403, 429]


# GET Service Requests ------------------------------------------------------------------------


def _open(agency: Any, service: Any, **fields: Any) -> Any:
    """A case of *service*, as if taken in on the phone (every channel is published)."""
    return CaseFactory(agency=agency, service=service, **fields)


@pytest.mark.django_db
def test_requests_in_both_formats_follow_the_spec_and_the_json_schema(
    web: Client, agency: Any, api_key: str, api_queue: Any, pothole: Any
) -> None:
    posted = post(web, "json", valid_request(agency, api_key))
    reference = read_json(posted)[0]["service_request_id"]
    closed = _open(
        agency,
        pothole,
        status=CaseStatus.CLOSED,
        closed_at=timezone.now(),
        resolution_due_at=timezone.now(),
    )

    url = f"{BASE}/requests.%s?jurisdiction_id={agency.slug}"
    as_json = read_json(web.get(url % "json"))
    as_xml = read_xml(web.get(url % "xml"), "service_requests")
    assert_valid(as_json, "requests.json")
    assert_same_data(as_xml, as_json)
    for request in as_json:
        assert_request_fields(request)
    first, second = as_json
    assert first["service_request_id"] == closed.reference
    assert first["status"] == "closed"
    assert first["status_notes"] == "Closed"
    assert first["expected_datetime"] is None
    assert second["service_request_id"] == reference
    assert second["status"] == "open"
    assert second["service_code"] == "pothole"
    assert second["service_name"] == "Pothole"
    assert second["agency_responsible"] == agency.name
    assert (second["lat"], second["long"]) == (41.878113, -87.629799)
    assert second["address"] == "100 W Randolph St, Chicago"
    case = Case.objects.get(reference=reference)
    assert case.resolution_due_at is not None
    assert datetime.fromisoformat(second["expected_datetime"]) == case.resolution_due_at.replace(
        microsecond=0
    )
    assert datetime.fromisoformat(second["requested_datetime"]) == case.created_at.replace(
        microsecond=0
    )


@pytest.mark.django_db
def test_requests_filters_window_and_status(
    web: Client, agency: Any, pothole: Any, graffiti: Any
) -> None:
    now = timezone.now()
    recent = _open(agency, pothole, created_at=now - timedelta(days=2))
    resolved = _open(agency, graffiti, status=CaseStatus.RESOLVED, created_at=now - timedelta(5))
    old = _open(agency, pothole, created_at=now - timedelta(days=120))

    def ids(**params: str) -> list[str]:
        response = web.get(f"{BASE}/requests.json", {"jurisdiction_id": agency.slug, **params})
        assert response.status_code == 200, response.content
        return [request["service_request_id"] for request in read_json(response)]

    # The default window is the last 90 days.
    assert ids() == [recent.reference, resolved.reference]
    assert ids(status="open") == [recent.reference]
    assert ids(status="closed") == [resolved.reference]
    assert ids(status="open,closed") == [recent.reference, resolved.reference]
    assert ids(service_code="graffiti") == [resolved.reference]
    assert ids(service_code="graffiti,pothole") == [recent.reference, resolved.reference]
    start = (now - timedelta(days=150)).isoformat()
    assert ids(start_date=start) == [old.reference]
    assert ids(end_date=(now - timedelta(days=100)).isoformat()) == [old.reference]
    assert ids(
        start_date=(now - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        end_date=(now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    ) == [recent.reference]
    # Ids override every other argument, the window included.
    asked = f"{old.reference}, {recent.reference.lower()},NOPE-1"
    assert ids(service_request_id=asked, status="closed") == [recent.reference, old.reference]


BAD_FILTERS = [
    {"start_date": "yesterday"},
    {"end_date": "2026-13-01T00:00:00Z"},
    {"start_date": "0001-01-01T00:00:00+05:00"},
    {"start_date": "2026-03-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"},
    {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"},
    {"status": "pending"},
    {"service_code": "a," * 101},
    {"service_request_id": ",".join(str(n) for n in range(1001))},
    {"service_code": "x\x00"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("params", BAD_FILTERS)
def test_bad_filters_are_a_400_in_the_spec_error_format(
    web: Client, agency: Any, fmt: str, params: dict[str, str]
) -> None:
    response = web.get(f"{BASE}/requests.{fmt}", {"jurisdiction_id": agency.slug, **params})
    assert response.status_code == 400
    errors_of(response, fmt)


@pytest.mark.django_db
def test_requests_returns_at_most_the_newest_thousand(
    web: Client, agency: Any, graffiti: Any
) -> None:
    now = timezone.now()
    cases = CaseFactory.build_batch(1001, agency=agency, service=graffiti, customer=None)
    for minutes, case in enumerate(cases):
        case.created_at = now - timedelta(minutes=minutes)
    Case.objects.bulk_create(cases)
    response = web.get(f"{BASE}/requests.json", {"jurisdiction_id": agency.slug})
    found = [request["service_request_id"] for request in read_json(response)]
    assert len(found) == 1000
    assert found[0] == cases[0].reference
    assert cases[-1].reference not in found


@pytest.mark.django_db
def test_listing_requests_costs_the_same_queries_for_few_or_many(
    web: Client, agency: Any, pothole: Any, django_assert_num_queries: Any
) -> None:
    def listing() -> int:
        response = web.get(f"{BASE}/requests.json", {"jurisdiction_id": agency.slug})
        return len(read_json(response))

    _open(agency, pothole)
    with django_assert_num_queries(3):  # the agency, its published services, the cases
        assert listing() == 1
    for _ in range(20):
        _open(agency, pothole)
    with django_assert_num_queries(3):
        assert listing() == 21


@pytest.mark.django_db
@pytest.mark.usefixtures("unpublished")
def test_cases_of_unpublished_services_are_never_listed(
    web: Client, agency: Any, unpublished: list[Any]
) -> None:
    hidden = [_open(agency, service) for service in unpublished[:2]]
    response = web.get(f"{BASE}/requests.json", {"jurisdiction_id": agency.slug})
    assert read_json(response) == []
    for case in hidden:
        one = web.get(f"{BASE}/requests/{case.reference}.json?jurisdiction_id={agency.slug}")
        assert one.status_code == 404


# One request and tokens --------------------------------------------------------------------


@pytest.mark.django_db
def test_one_request_and_its_token_in_both_formats(web: Client, agency: Any, pothole: Any) -> None:
    case = _open(
        agency,
        pothole,
        address="Corner of 5th and Main",
        media_url="https://photos.example.org/corner.jpg",
    )
    url = f"{BASE}/requests/{case.reference}.%s?jurisdiction_id={agency.slug}"
    as_json = read_json(web.get(url % "json"))
    as_xml = read_xml(web.get(url % "xml"), "service_requests")
    assert_valid(as_json, "requests.json")
    assert_same_data(as_xml, as_json)
    (request,) = as_json
    assert_request_fields(request)
    assert request["service_request_id"] == case.reference
    assert request["address"] == "Corner of 5th and Main"
    assert request["media_url"] == "https://photos.example.org/corner.jpg"

    token_url = f"{BASE}/tokens/{case.reference}.%s?jurisdiction_id={agency.slug}"
    token_json = read_json(web.get(token_url % "json"))
    token_xml = read_xml(web.get(token_url % "xml"), "service_requests")
    assert token_json == [{"service_request_id": case.reference, "token": case.reference}]
    assert_same_data(token_xml, token_json)


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_request_token_and_address_are_404s(web: Client, agency: Any, fmt: str) -> None:
    for path in (
        f"requests/NOPE-2026-000001.{fmt}",
        f"tokens/123456.{fmt}",
        f"nothing-here.{fmt}",
        f"services/pothole.{fmt}/extra",
    ):
        response = web.get(f"{BASE}/{path}?jurisdiction_id={agency.slug}")
        assert response.status_code == 404, path
        errors_of(response, "json" if path.endswith(".json") else "xml")


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_other_methods_are_refused_with_the_spec_errors(web: Client, agency: Any, fmt: str) -> None:
    response = web.put(f"{BASE}/requests.{fmt}")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    errors_of(response, fmt)
    assert web.post(f"{BASE}/services.{fmt}").status_code == 405


# Isolation and personal data ---------------------------------------------------------------


@pytest.mark.django_db
def test_requests_of_one_jurisdiction_are_not_listed_under_another(
    web: Client, agency: Any, other_agency: Any, pothole: Any
) -> None:
    theirs = _open(other_agency, ServiceFactory(agency=other_agency, code="pothole"))
    mine = _open(agency, pothole)
    for fmt in FORMATS:
        listed = web.get(f"{BASE}/requests.{fmt}", {"jurisdiction_id": agency.slug})
        assert mine.reference.encode() in listed.content
        assert theirs.reference.encode() not in listed.content
        by_id = web.get(
            f"{BASE}/requests.{fmt}",
            {"jurisdiction_id": agency.slug, "service_request_id": theirs.reference},
        )
        assert theirs.reference.encode() not in by_id.content
        for kind in ("requests", "tokens"):
            one = web.get(f"{BASE}/{kind}/{theirs.reference}.{fmt}?jurisdiction_id={agency.slug}")
            assert one.status_code == 404


@pytest.mark.django_db
@pytest.mark.usefixtures("pothole")
def test_public_reads_carry_no_personal_data(web: Client, agency: Any, api_key: str) -> None:
    description = (
        "Zelda Quintanilla here: pothole outside my house at 12 Elm Street. "
        "Call me on 312-555-0199 or write to zelda.q@example.org."
    )
    data = valid_request(
        agency,
        api_key,
        first_name="Zelda",
        last_name="Quintanilla",
        email="zelda.q@example.org",
        phone="312 555 0199",
        description=description,
    )
    reference = read_json(post(web, "json", data))[0]["service_request_id"]
    assert Case.objects.get(reference=reference).description == description

    personal = ["Zelda", "Quintanilla", "zelda.q", "555", "Elm Street"]
    for path in (f"requests.%s?jurisdiction_id={agency.slug}", f"requests/{reference}.%s"):
        for fmt in FORMATS:
            response = web.get(f"{BASE}/{path % fmt}", {"jurisdiction_id": agency.slug})
            text = response.content.decode("utf-8")
            assert reference in text
            assert "pothole outside my house" in text
            assert [word for word in personal if word in text] == []


@pytest.mark.django_db
def test_xml_escapes_markup_and_drops_characters_xml_cannot_carry(
    web: Client, agency: Any, pothole: Any
) -> None:
    case = _open(agency, pothole, description="<b>Tom & Jerry</b>\x01 ]]> done", customer=None)
    response = web.get(f"{BASE}/requests/{case.reference}.xml?jurisdiction_id={agency.slug}")
    (request,) = read_xml(response, "service_requests")
    assert request["description"] == "<b>Tom & Jerry</b> ]]> done"
    as_json = read_json(
        web.get(f"{BASE}/requests/{case.reference}.json?jurisdiction_id={agency.slug}")
    )
    assert as_json[0]["description"] == "<b>Tom & Jerry</b>\x01 ]]> done"
