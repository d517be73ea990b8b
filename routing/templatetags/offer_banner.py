"""The offer banner's data for templates: ``{% offer_banner_for as offer_banner %}``."""

from __future__ import annotations

from typing import Any

from django import template

from ..views.offers import OfferBanner, banner_for

register = template.Library()


@register.simple_tag(takes_context=True)
def offer_banner_for(context: dict[str, Any]) -> OfferBanner:
    """The signed-in person's banner (worked out once per request); empty without a request."""
    request = context.get("request")
    if request is None:
        return OfferBanner(polls=False)
    return banner_for(request)
