"""The business calendar admin: scoped to one's agencies, saving through the services."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from backoffice.models import AuditEvent, Role
from cases import services
from cases.models import BusinessCalendar

from ..conftest import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(administrator: Any, client_for: Any) -> Any:
    return client_for(administrator)


@pytest.fixture
def calendar(agency: Any) -> BusinessCalendar:
    return services.calendar_for(agency)


def _form(calendar: BusinessCalendar, *extra_hours: tuple[int, str, str], **closure: str) -> dict:
    rows = list(calendar.opening_hours.all())
    data: dict[str, Any] = {
        "name": calendar.name,
        "time_zone": calendar.time_zone,
        "use_public_holidays": "on",
        "country": calendar.country,
        "subdivision": calendar.subdivision,
        "opening_hours-TOTAL_FORMS": str(len(rows) + len(extra_hours)),
        "opening_hours-INITIAL_FORMS": str(len(rows)),
        "opening_hours-MIN_NUM_FORMS": "0",
        "opening_hours-MAX_NUM_FORMS": "1000",
        "closures-TOTAL_FORMS": "1" if closure else "0",
        "closures-INITIAL_FORMS": "0",
        "closures-MIN_NUM_FORMS": "0",
        "closures-MAX_NUM_FORMS": "1000",
    }
    hours = [(row.pk, row.weekday, f"{row.opens:%H:%M}", f"{row.closes:%H:%M}") for row in rows]
    hours += [(None, *row) for row in extra_hours]
    for index, (pk, weekday, opens, closes) in enumerate(hours):
        prefix = f"opening_hours-{index}-"
        data.update(
            {
                f"{prefix}id": pk or "",
                f"{prefix}calendar": calendar.pk,
                f"{prefix}weekday": weekday,
                f"{prefix}opens": opens,
                f"{prefix}closes": closes,
            }
        )
    data.update({f"closures-0-{name}": value for name, value in closure.items()})
    if closure:
        data["closures-0-calendar"] = calendar.pk
    return data


def _change(calendar: BusinessCalendar) -> str:
    return f"/admin/cases/businesscalendar/{calendar.pk}/change/"


def test_an_agency_administrator_sees_only_their_agencys_calendar(
    calendar: BusinessCalendar, other_agency: Any, admin_client: Any
) -> None:
    theirs = services.calendar_for(other_agency)
    BusinessCalendar.objects.filter(pk=theirs.pk).update(name="Foreign hours")

    listing = admin_client.get("/admin/cases/businesscalendar/").content.decode()

    assert calendar.agency.name in listing
    assert "Foreign hours" not in listing
    assert admin_client.get(_change(theirs)).status_code in (302, 403, 404)


def test_a_caseworker_cannot_open_the_calendar_admin(
    calendar: BusinessCalendar, agency: Any, client_for: Any
) -> None:
    caseworker = member(agency, Role.CASEWORKER, is_staff=True)
    response = client_for(caseworker).get(_change(calendar))
    assert response.status_code in (302, 403, 404)


def test_hours_and_closures_added_in_the_admin_go_through_the_services(
    calendar: BusinessCalendar, admin_client: Any
) -> None:
    data = _form(
        calendar,
        (5, "10:00", "14:00"),
        starts_0="2026-04-22",
        starts_1="12:00:00",
        ends_0="2026-04-23",
        ends_1="12:00:00",
        reason="Storm",
    )

    response = admin_client.post(_change(calendar), data)

    assert response.status_code == 302, response.content.decode()
    saturday = calendar.opening_hours.filter(weekday=5)
    assert list(saturday.values_list("opens", "closes")) == [(time(10), time(14))]
    assert list(calendar.closures.values_list("reason", flat=True)) == ["Storm"]
    audits = AuditEvent.objects.filter(agency=calendar.agency)
    assert set(audits.values_list("action", flat=True)) == {
        "calendar.hours",
        "calendar.closure_add",
    }
    assert audits.get(action="calendar.hours").details["weekday"] == 5


def test_overlapping_hours_are_refused_on_the_form(
    calendar: BusinessCalendar, admin_client: Any
) -> None:
    response = admin_client.post(_change(calendar), _form(calendar, (0, "16:00", "18:00")))

    assert response.status_code == 200
    assert "must not overlap" in response.content.decode()
    assert calendar.opening_hours.filter(weekday=0).count() == 1
    assert not AuditEvent.objects.filter(action__startswith="calendar.").exists()


def test_moving_a_row_to_another_weekday_empties_the_old_one(
    calendar: BusinessCalendar, admin_client: Any
) -> None:
    data = _form(calendar)
    monday = next(k for k, v in data.items() if k.endswith("-weekday") and v == 0)
    data[monday] = 6

    response = admin_client.post(_change(calendar), data)

    assert response.status_code == 302, response.content.decode()
    weekdays = sorted(calendar.opening_hours.values_list("weekday", flat=True))
    assert weekdays == [1, 2, 3, 4, 6]
    changed = AuditEvent.objects.filter(action="calendar.hours")
    assert sorted(a.details["weekday"] for a in changed) == [0, 6]
