"""Records that a signed-in person is active, for the idle sweep of presence."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from backoffice.models import User

from .presence import presence_touch, touch_needed
from .views.offers import banner_if_read


class PresenceActivityMiddleware:
    """After each response to a signed-in person, move their last activity time.

    One conditional UPDATE at most: it matches nothing for people without a presence
    (no row is ever created here) or whose activity was written in the last minute, and
    it is skipped when the page already read the row and saw either.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        # Background polls (the offer banner) mark themselves, so a page left open does not
        # keep its owner active.
        counts = getattr(request, "counts_as_activity", True)
        if isinstance(user, User) and user.is_authenticated and counts:
            # A page whose header showed the presence has read the row already: write only
            # if that row says the last write is older than the interval.
            banner = banner_if_read(request)
            if banner is None or touch_needed(banner.presence):
                presence_touch(user)
        return response
