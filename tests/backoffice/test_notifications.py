"""The notifications page: one's own only, unread marked in words, read one or all, open a link.

Notifications are delivered through backoffice.services.notify, as the service-level
sweep delivers them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from backoffice.models import Notification, Role
from backoffice.services import notify

from ..conftest import member

pytestmark = pytest.mark.django_db


def deliver(user: Any, agency: Any, count: int = 1, **fields: Any) -> list[Notification]:
    """*count* notifications to *user*, the last one newest."""
    start = timezone.now() - timedelta(hours=count)
    return notify(
        notifications=[
            Notification(
                user=user,
                agency=agency,
                kind="sla.level2",
                title=fields.get("title", f"Breached: case {n}"),
                body=fields.get("body", "Pothole on Main Street"),
                link=fields.get("link", "/cases/1/"),
                created_at=start + timedelta(hours=n),
            )
            for n in range(count)
        ],
        email=False,
    )


@pytest.fixture
def worker(agency: Any) -> Any:
    return member(agency, Role.CASEWORKER, full_name="Casey Worker")


@pytest.fixture
def colleague(agency: Any) -> Any:
    return member(agency, Role.SUPERVISOR)


def test_the_page_lists_only_ones_own_notifications_newest_first(
    agency: Any, worker: Any, colleague: Any, client_for: Any
) -> None:
    mine = deliver(worker, agency, 3)
    deliver(colleague, agency, title="For someone else")
    response = client_for(worker).get("/notifications/")
    assert response.status_code == 200
    assert [n.pk for n in response.context["page"].items] == [n.pk for n in reversed(mine)]
    assert "For someone else" not in response.content.decode()


def test_unread_notifications_are_marked_in_words_not_by_colour_alone(
    agency: Any, worker: Any, client_for: Any
) -> None:
    read, unread = deliver(worker, agency, 2)
    Notification.objects.filter(pk=read.pk).update(read_at=timezone.now())
    page = client_for(worker).get("/notifications/").content.decode()
    unread_item = page[page.index(unread.title) - 400 : page.index(unread.title)]
    read_item = page[page.index(read.title) - 400 : page.index(read.title)]
    assert ">Unread</span>" in unread_item
    assert ">Unread</span>" not in read_item
    assert page.count(">Mark as read<") == 1
    assert "Mark all as read" in page


def test_mark_as_read_marks_that_one_and_goes_back_with_a_message(
    agency: Any, worker: Any, client_for: Any
) -> None:
    first, second = deliver(worker, agency, 2)
    client = client_for(worker)
    response = client.post(
        f"/notifications/{first.pk}/read/", {"next": "/notifications/?after=x"}, follow=True
    )
    assert response.redirect_chain[0] == ("/notifications/?after=x", 302)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.read_at is not None
    assert second.read_at is None
    assert f"Marked as read: {first.title}" in response.content.decode()


def test_another_persons_notification_cannot_be_marked_read(
    agency: Any, worker: Any, colleague: Any, client_for: Any
) -> None:
    (theirs,) = deliver(colleague, agency)
    response = client_for(worker).post(f"/notifications/{theirs.pk}/read/")
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_marking_is_a_post_only(agency: Any, worker: Any, client_for: Any) -> None:
    (notification,) = deliver(worker, agency)
    client = client_for(worker)
    assert client.get(f"/notifications/{notification.pk}/read/").status_code == 405
    assert client.get("/notifications/read-all/").status_code == 405
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_as_read_touches_only_ones_own(
    agency: Any, other_agency: Any, worker: Any, colleague: Any, client_for: Any
) -> None:
    deliver(worker, agency, 3)
    deliver(worker, other_agency, 1)
    deliver(colleague, agency, 2)
    response = client_for(worker).post(
        "/notifications/read-all/", {"next": "https://evil.example/"}, follow=True
    )
    assert response.redirect_chain[0] == ("/notifications/", 302)
    assert "4 notifications marked as read." in response.content.decode()
    assert not Notification.objects.filter(user=worker, read_at__isnull=True).exists()
    assert Notification.objects.filter(user=colleague, read_at__isnull=True).count() == 2


def test_mark_all_with_nothing_unread_says_so(agency: Any, worker: Any, client_for: Any) -> None:
    response = client_for(worker).post("/notifications/read-all/", follow=True)
    assert "Every notification was already read." in response.content.decode()


def test_opening_a_notification_marks_it_read_and_goes_to_its_case(
    agency: Any, worker: Any, client_for: Any
) -> None:
    notification, other = deliver(worker, agency, 2, link="/cases/42/")
    response = client_for(worker).get(f"/notifications/{notification.pk}/open/")
    assert response.status_code == 302
    assert response["Location"] == "/cases/42/"
    notification.refresh_from_db()
    other.refresh_from_db()
    assert notification.read_at is not None
    assert other.read_at is None


def test_opening_another_persons_notification_is_not_found_and_leaves_it_unread(
    agency: Any, worker: Any, colleague: Any, client_for: Any
) -> None:
    (theirs,) = deliver(colleague, agency)
    assert client_for(worker).get(f"/notifications/{theirs.pk}/open/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


@pytest.mark.parametrize(
    "link", ["https://evil.example/cases/1/", "//evil.example/", "/\\evil.example", "", "cases/1/"]
)
def test_a_notification_never_leads_off_the_site(
    agency: Any, worker: Any, client_for: Any, link: str
) -> None:
    (notification,) = deliver(worker, agency, link=link)
    response = client_for(worker).get(f"/notifications/{notification.pk}/open/")
    assert response["Location"] == "/notifications/"


def test_the_header_shows_the_unread_count_to_signed_in_people(
    agency: Any, worker: Any, client_for: Any, client: Any
) -> None:
    deliver(worker, agency, 3)
    page = client_for(worker).get("/").content.decode()
    assert 'Notifications <span class="app-notification-count">(3' in page
    assert '<span class="usa-sr-only"> unread</span>)' in page
    assert "Notifications" not in client.get("/accounts/login/").content.decode()


def test_the_header_caps_a_large_unread_count(agency: Any, worker: Any, client_for: Any) -> None:
    deliver(worker, agency, 120)
    page = client_for(worker).get("/").content.decode()
    assert "(99+" in page


def test_the_header_shows_no_count_when_all_is_read(
    agency: Any, worker: Any, client_for: Any
) -> None:
    deliver(worker, agency, 2)
    client = client_for(worker)
    client.post("/notifications/read-all/")
    page = client.get("/").content.decode()
    assert 'href="/notifications/">Notifications</a>' in page


def test_an_empty_inbox_says_what_will_appear_there(worker: Any, client_for: Any) -> None:
    page = client_for(worker).get("/notifications/").content.decode()
    assert "You have no notifications." in page
    assert "Mark all as read" not in page


def test_the_page_needs_a_signed_in_user(client: Any, db: None) -> None:
    response = client.get("/notifications/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_list_pages_by_keyset_without_losing_one(
    agency: Any, worker: Any, client_for: Any
) -> None:
    delivered = deliver(worker, agency, 30)
    client = client_for(worker)
    first = client.get("/notifications/")
    cursor = first.context["page"].next_cursor
    assert cursor
    second = client.get(f"/notifications/?after={cursor}")
    seen = [n.pk for n in first.context["page"].items + second.context["page"].items]
    assert seen == [n.pk for n in reversed(delivered)]
    assert client.get("/notifications/?after=not-a-cursor").status_code == 302


def test_the_page_costs_a_fixed_number_of_queries(
    agency: Any, other_agency: Any, worker: Any, client_for: Any, django_assert_max_num_queries: Any
) -> None:
    client = client_for(worker)
    deliver(worker, agency, 2)
    with django_assert_max_num_queries(20) as small:
        assert client.get("/notifications/").status_code == 200
    deliver(worker, agency, 20)
    deliver(worker, other_agency, 20)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/notifications/")
    assert len(response.context["page"].items) == 25
