"""The public privacy notice: no log-in, one page per agency, written from its configuration.

For each active service the notice says what personal data the agency collects (the
customer details every request takes, the location, the service's own intake questions,
files, and survey answers where a satisfaction survey covers the service), why
(``Service.privacy_purpose``, or a plain default), and how long it is kept after the case
is closed (``Service.retention_days``, which the retention job enforces). Nothing here is
typed twice: change a service and the notice changes with it.

The agency model holds no contact details of its own, so the notice points people to the
agency's active offices (feedback.Office) and, failing those, to the messages they
received about their request.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from backoffice.models import Agency
from feedback.models import Audience, Office, SurveyService

from .models import Service, ServiceAttribute

# Public and identical for everyone: browsers and proxies may keep it briefly.
CACHE_SECONDS = 300
DAYS_IN_YEAR = 365
DAYS_IN_MONTH = 30


@dataclass(frozen=True)
class ServiceNotice:
    """What one service collects, why, and for how long."""

    service: Service
    collected: list[str]
    purpose: str
    purpose_is_default: bool
    retention: str


@dataclass(frozen=True)
class PrivacyNotice:
    agency: Agency
    services: list[ServiceNotice]
    offices: list[Office]


def retention_in_words(days: int) -> str:
    """*days* as people say it: 2190 is "6 years", 425 "1 year and 2 months", 45 "1 month
    and 15 days". A year counts 365 days and a month 30, as retention periods are set."""
    years, rest = divmod(days, DAYS_IN_YEAR)
    months, days_left = divmod(rest, DAYS_IN_MONTH)
    parts = []
    if years:
        parts.append(ngettext("%(count)d year", "%(count)d years", years) % {"count": years})
    if months:
        parts.append(ngettext("%(count)d month", "%(count)d months", months) % {"count": months})
    if days_left or not parts:
        parts.append(ngettext("%(count)d day", "%(count)d days", days_left) % {"count": days_left})
    if len(parts) == 1:
        return parts[0]
    return _("%(first)s and %(last)s") % {"first": ", ".join(parts[:-1]), "last": parts[-1]}


def default_purpose(service: Service) -> str:
    return _(
        "To deal with your request about %(service)s: to contact you about it, to keep a "
        "record of what we did, and to learn how to improve the service."
    ) % {"service": service.name}


def _collected(service: Service, surveyed: bool) -> list[str]:
    """What a request for *service* collects, in the order people give it."""
    items = [
        _("Your name, and the organisation you represent if you ask on its behalf."),
        _(
            "The contact details you give us: email address, phone number or postal address, "
            "and how and in which language you prefer us to contact you."
        ),
        _("What you ask for: the subject and description of your request."),
        _("The place the request is about, if you give an address or a point on a map."),
    ]
    attributes: list[ServiceAttribute] = list(service.attributes.all())
    if attributes:
        labels = "; ".join(attribute.label for attribute in attributes)
        items.append(
            _("Your answers to this service's questions: %(labels)s.") % {"labels": labels}
        )
    items.append(_("Files and photos you send us, and the messages we exchange with you."))
    if surveyed:
        items.append(
            _("If you choose to answer our satisfaction survey: your answers and comments.")
        )
    return items


def privacy_notice(*, agency: Agency) -> PrivacyNotice:
    """The notice of *agency* from its active services. Four queries."""
    services = list(
        Service.objects.filter(agency=agency, is_active=True)
        .prefetch_related(
            Prefetch("attributes", queryset=ServiceAttribute.objects.order_by("order", "id"))
        )
        .order_by("group", "name", "id")
    )
    surveyed = set(
        SurveyService.objects.filter(
            survey__agency=agency,
            survey__audience=Audience.CUSTOMER,
            survey__is_active=True,
            service__in=services,
        ).values_list("service_id", flat=True)
    )
    notices = [
        ServiceNotice(
            service=service,
            collected=_collected(service, service.pk in surveyed),
            purpose=service.privacy_purpose.strip() or default_purpose(service),
            purpose_is_default=not service.privacy_purpose.strip(),
            retention=retention_in_words(service.retention_days),
        )
        for service in services
    ]
    offices = list(Office.objects.filter(agency=agency, is_active=True).order_by("name", "id"))
    return PrivacyNotice(agency=agency, services=notices, offices=offices)


@require_GET
@cache_control(public=True, max_age=CACHE_SECONDS)
def privacy_index(request: HttpRequest) -> HttpResponse:
    """Every active agency, each linking to its privacy notice."""
    agencies = Agency.objects.filter(is_active=True).order_by("name").only("name", "slug")
    return render(request, "privacy/index.html", {"agencies": agencies})


@require_GET
@cache_control(public=True, max_age=CACHE_SECONDS)
def privacy_agency(request: HttpRequest, slug: str) -> HttpResponse:
    """One agency's privacy notice; an unknown or inactive agency is a 404."""
    agency = get_object_or_404(Agency, slug=slug, is_active=True)
    return render(request, "privacy/agency.html", {"notice": privacy_notice(agency=agency)})


urlpatterns: list[URLPattern] = [
    path("", privacy_index, name="privacy_index"),
    path("<slug:slug>/", privacy_agency, name="privacy_agency"),
]
