"""The public privacy notice: written from each agency's services, readable without signing in."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation

from cases.privacy import privacy_notice, retention_in_words
from feedback.models import Audience

from ..backoffice.factories import AgencyFactory
from ..feedback.factories import OfficeFactory, SurveyFactory, SurveyServiceFactory
from .factories import ServiceAttributeFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def _notice(client: Any, agency: Any) -> str:
    response = client.get(reverse("privacy_agency", args=[agency.slug]))
    assert response.status_code == 200
    assert "max-age=" in response["Cache-Control"]
    return response.content.decode()


def test_each_active_service_shows_what_is_collected_why_and_for_how_long(
    client: Any, agency: Any
) -> None:
    permits = ServiceFactory(
        agency=agency,
        name="Parking permit",
        privacy_purpose="To issue and check your permit (statutory duty).",
        retention_days=2 * 365,
    )
    ServiceAttributeFactory(service=permits, label="Vehicle registration")
    ServiceAttributeFactory(service=permits, label="Permit zone")
    ServiceFactory(agency=agency, name="Graffiti removal", retention_days=425)

    html = _notice(client, agency)

    assert html.count("<h1") == 1
    assert "Parking permit" in html
    assert "To issue and check your permit (statutory duty)." in html
    assert "2 years after your request is closed" in html
    assert "Vehicle registration; Permit zone" in html
    assert "Graffiti removal" in html
    assert "To deal with your request about Graffiti removal" in html
    assert "1 year and 2 months after your request is closed" in html


def test_inactive_services_are_left_out(client: Any, agency: Any) -> None:
    ServiceFactory(agency=agency, name="Tree planting")
    ServiceFactory(agency=agency, name="Retired service", is_active=False)
    html = _notice(client, agency)
    assert "Tree planting" in html
    assert "Retired service" not in html


def test_survey_answers_are_listed_only_where_a_customer_survey_covers_the_service(
    agency: Any,
) -> None:
    surveyed = ServiceFactory(agency=agency, name="Surveyed")
    ServiceFactory(agency=agency, name="Not surveyed")
    staff_only = ServiceFactory(agency=agency, name="Staff pulse only")
    SurveyServiceFactory(survey=SurveyFactory(agency=agency), service=surveyed)
    SurveyServiceFactory(
        survey=SurveyFactory(agency=agency, audience=Audience.EMPLOYEE), service=staff_only
    )
    lapsed = ServiceFactory(agency=agency, name="Only a retired survey")
    SurveyServiceFactory(survey=SurveyFactory(agency=agency, is_active=False), service=lapsed)

    with translation.override("en"):
        notice = privacy_notice(agency=agency)
    mentions = {
        item.service.name: any("satisfaction survey" in thing for thing in item.collected)
        for item in notice.services
    }
    assert mentions == {
        "Surveyed": True,
        "Not surveyed": False,
        "Staff pulse only": False,
        "Only a retired survey": False,
    }


def test_the_notice_names_the_agency_offices_to_contact(client: Any, agency: Any) -> None:
    OfficeFactory(agency=agency, name="Town hall desk", address="1 Main Street")
    OfficeFactory(agency=agency, name="Closed annex", is_active=False)
    html = _notice(client, agency)
    assert "Town hall desk" in html
    assert "1 Main Street" in html
    assert "Closed annex" not in html


def test_another_agency_services_never_appear(client: Any, agency: Any, other_agency: Any) -> None:
    ServiceFactory(agency=other_agency, name="Someone else's service")
    html = _notice(client, agency)
    assert "Someone else&#x27;s service" not in html
    assert "no services at the moment" in html


def test_an_unknown_or_inactive_agency_is_not_found(client: Any) -> None:
    inactive = AgencyFactory(is_active=False)
    assert client.get(reverse("privacy_agency", args=["no-such-agency"])).status_code == 404
    assert client.get(reverse("privacy_agency", args=[inactive.slug])).status_code == 404


def test_the_index_lists_active_agencies_without_signing_in(
    client: Any, agency: Any, other_agency: Any
) -> None:
    inactive = AgencyFactory(is_active=False)
    response = client.get(reverse("privacy_index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("privacy_agency", args=[agency.slug]) in html
    assert reverse("privacy_agency", args=[other_agency.slug]) in html
    assert reverse("privacy_agency", args=[inactive.slug]) not in html


def test_the_notice_takes_a_fixed_number_of_queries(
    client: Any, agency: Any, django_assert_max_num_queries: Any
) -> None:
    for n in range(15):
        service = ServiceFactory(agency=agency)
        ServiceAttributeFactory(service=service, label=f"Question {n}")
        SurveyServiceFactory(survey=SurveyFactory(agency=agency), service=service)
    with django_assert_max_num_queries(5):
        _notice(client, agency)


def test_the_sign_in_and_survey_pages_link_to_the_notices(client: Any) -> None:
    login = client.get(reverse("login")).content.decode()
    assert f'href="{reverse("privacy_index")}"' in login
    survey = client.get(reverse("survey_answer", args=["not-a-valid-link"]))
    assert survey.status_code == 404
    assert f'href="{reverse("privacy_index")}"' in survey.content.decode()


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (6 * 365, "6 years"),
        (365, "1 year"),
        (425, "1 year and 2 months"),
        (45, "1 month and 15 days"),
        (30, "1 month"),
        (400, "1 year, 1 month and 5 days"),
        (31, "1 month and 1 day"),
    ],
)
def test_retention_is_written_in_years_months_and_days(days: int, words: str) -> None:
    with translation.override("en"):
        assert retention_in_words(days) == words
