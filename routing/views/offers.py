"""Pages of the routing app: the offer banner on every page, accepting and declining offers.

The banner is on every signed-in page, so it costs one query (is the person in a push
queue, and have they an open offer) and a second only to read an offer there is. It
polls with htmx; a poll that finds the same offer updates only the time left, so a
reason being typed is never wiped. Without JavaScript every page shows the offer as it was
when loaded, and the banner page is a link away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import reswap

from backoffice.access import role_required, staff_user
from backoffice.context_processors import unread_notifications
from backoffice.errors import DomainError
from backoffice.http import safe_next_url
from backoffice.models import Role, User
from backoffice.selectors import unread_count

from ..models import Offer, OfferStatus, Presence, Queue, QueueMode
from ..offers import offer_accept, offer_decline, offer_for, open_offers

EVERYONE = tuple(Role.values)
BANNER_TEMPLATE = "routing/offers/_banner.html"
RECENT_OFFERS = 10
_CACHE_KEY = "_offer_banner"


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for declining (optional)"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("For example a conflict of interest. At most 300 characters."),
    )


@dataclass
class OfferBanner:
    """What the banner shows a person: whether it polls, and their open offer if any."""

    polls: bool
    offer: Offer | None = None
    seconds_left: int = 0
    # The person's presence for the page header, read in the same query (None: offline).
    presence: Presence | None = None
    next_url: str = ""

    @property
    def time_left(self) -> str:
        return time_left_text(self.seconds_left)


def _polls_and_offered(
    request: HttpRequest, user: User, now: datetime
) -> tuple[bool, bool, Presence | None]:
    """Whether the person is in an active push queue, has an open offer, and their
    presence (for the header): one query, which also reads the header's unread count."""
    push_queues = Queue.objects.filter(members=OuterRef("pk"), mode=QueueMode.PUSH, is_active=True)
    row = (
        User.objects.filter(pk=user.pk)
        .select_related("presence")
        .annotate(
            polls=Exists(push_queues),
            offered=Exists(open_offers(OuterRef("pk"), now=now)),
            unread=unread_count(OuterRef("pk")),
        )
        .first()
    )
    if row is None:
        return False, False, None
    unread_notifications(request).known(row.unread)
    presence: Presence | None = getattr(row, "presence", None)
    return bool(row.polls), bool(row.offered), presence


def _here(request: HttpRequest) -> str:
    """The page the person is on: for a poll, the page that polled."""
    htmx = getattr(request, "htmx", None)
    if htmx and htmx.current_url_abs_path:
        return str(htmx.current_url_abs_path)
    return request.get_full_path()


def banner_for(request: HttpRequest) -> OfferBanner:
    """The banner of this request's person, worked out once per request."""
    cached: OfferBanner | None = request.__dict__.get(_CACHE_KEY)
    if cached is not None:
        return cached
    user = getattr(request, "user", None)
    banner = OfferBanner(polls=False)
    if isinstance(user, User) and user.is_authenticated:
        now = timezone.now()
        polls, offered, presence = _polls_and_offered(request, user, now)
        # Only someone with an open offer pays for the second query.
        offer = offer_for(user, now=now) if polls and offered else None
        seconds = int((offer.expires_at - now).total_seconds()) if offer else 0
        banner = OfferBanner(
            polls=polls,
            offer=offer,
            seconds_left=max(seconds, 0),
            next_url=_here(request),
            presence=presence,
        )
    request.__dict__[_CACHE_KEY] = banner
    return banner


def banner_if_read(request: HttpRequest) -> OfferBanner | None:
    """The banner if this request has already worked it out (its page showed it), else None."""
    return request.__dict__.get(_CACHE_KEY)


def _own_offer(request: HttpRequest, pk: int) -> tuple[User, Offer]:
    """The offer *pk* if it was made to the signed-in person; anyone else's is a 404."""
    user = staff_user(request)
    offer = (
        Offer.objects.select_related("case", "case__service", "case__agency", "queue")
        .filter(pk=pk)
        .first()
    )
    if offer is None or offer.user_id != user.pk:
        raise Http404
    return user, offer


def _back(request: HttpRequest) -> str:
    return safe_next_url(request, request.POST.get("next", ""), reverse("offer_banner"))


def _unchanged(request: HttpRequest, banner: OfferBanner) -> bool:
    shown = request.GET.get("shown", "")
    current = str(banner.offer.pk) if banner.offer else ""
    return shown == current


@require_GET
def offer_banner(request: HttpRequest) -> HttpResponse:
    """The banner for htmx polls; without htmx, a page of the person's offers."""
    htmx = bool(getattr(request, "htmx", False))
    if htmx:
        # A poll is not activity (PresenceActivityMiddleware skips requests marked so):
        # someone who left the page open is not at their desk.
        request.counts_as_activity = False  # type: ignore[attr-defined]
    if not request.user.is_authenticated:
        if htmx:
            return HttpResponse(status=286)  # signed out: htmx stops polling
        return redirect_to_login(request.get_full_path())
    banner = banner_for(request)
    if not htmx:
        return _offers_page(request, banner)
    if not banner.polls:
        return HttpResponse(status=286)  # no longer in a push queue: stop polling
    if _unchanged(request, banner):
        response = render(request, f"{BANNER_TEMPLATE}#time-left-update", {"offer_banner": banner})
        return reswap(response, "none")
    return render(
        request, f"{BANNER_TEMPLATE}#offer-banner", {"offer_banner": banner, "announce": True}
    )


def _offers_page(request: HttpRequest, banner: OfferBanner) -> HttpResponse:
    user = staff_user(request)
    recent = (
        Offer.objects.filter(user=user)
        .exclude(status=OfferStatus.PENDING)
        .select_related("case", "queue__agency")
        .order_by("-offered_at", "-id")[:RECENT_OFFERS]
    )
    context: dict[str, Any] = {
        "offer_banner": banner,
        "offer_page": True,
        "recent": list(recent),
        "in_push_queue": banner.polls,
    }
    return render(request, "routing/offers/offers.html", context)


@require_POST
@role_required(*EVERYONE)
def offer_accept_view(request: HttpRequest, pk: int) -> HttpResponse:
    user, offer = _own_offer(request, pk)
    try:
        case = offer_accept(offer=offer, user=user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect(_back(request))
    messages.success(
        request,
        _("You accepted %(reference)s. The case is yours.") % {"reference": case.reference},
    )
    return redirect("case_detail", pk=case.pk)


@require_http_methods(["GET", "POST"])
@role_required(*EVERYONE)
def offer_decline_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Decline with an optional reason; a reason that is too long is shown again to fix."""
    user, offer = _own_offer(request, pk)
    if request.method == "GET" and offer.status != OfferStatus.PENDING:
        messages.info(request, _("This offer is no longer open."))
        return redirect("offer_banner")
    form = DeclineForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            offer_decline(offer=offer, user=user, reason=form.cleaned_data["reason"])
        except DomainError as error:
            # The offer is no longer open (answered, expired, withdrawn): nothing to keep.
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("You declined %(reference)s. It will be offered to someone else.")
                % {"reference": offer.case.reference},
            )
        return redirect(_back(request))
    context = {
        "offer": offer,
        "form": form,
        "next_url": safe_next_url(request, request.POST.get("next", ""), ""),
        "offer_page": True,
        "time_left": time_left_text(_seconds_left(offer)),
    }
    return render(
        request, "routing/offers/decline.html", context, status=400 if form.errors else 200
    )


def _seconds_left(offer: Offer) -> int:
    return max(int((offer.expires_at - timezone.now()).total_seconds()), 0)


def time_left_text(seconds: int) -> str:
    return ngettext("%(n)d second left", "%(n)d seconds left", seconds) % {"n": seconds}


urlpatterns: list[URLPattern] = [
    path("offers/banner/", offer_banner, name="offer_banner"),
    path("offers/<int:pk>/accept/", offer_accept_view, name="offer_accept"),
    path("offers/<int:pk>/decline/", offer_decline_view, name="offer_decline"),
]
