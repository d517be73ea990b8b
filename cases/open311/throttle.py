"""Limits on POST Service Request, counted in Django's cache in fixed windows.

Two counters: per client address before the key is looked up (so a script trying keys
or flooding without one is stopped early), and per API client after, at the client's
own rate when an administrator set one, else ``OPEN311_POST_RATE``. Both can be set in
settings; the counts are shared by all processes only if the default cache is.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from backoffice.models import ApiClient
from backoffice.services import client_ip

DEFAULT_POST_RATE = "60/minute"
DEFAULT_ADDRESS_RATE = "120/minute"
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """ "600/minute" as (600, 60): the number of requests and the window in seconds."""
    number, _slash, unit = rate.partition("/")
    return int(number), UNIT_SECONDS[unit.strip()[:1]]


def _wait(bucket: str, rate: str) -> int:
    """Count one request in *bucket*; 0 if within *rate*, else the seconds left to wait."""
    limit, window = parse_rate(rate)
    now = time.time()
    slot = int(now // window)
    key = f"open311:posts:{bucket}:{window}:{slot}"
    cache.add(key, 0, timeout=window * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window * 2)
        count = 1
    return 0 if count <= limit else max(1, int((slot + 1) * window - now))


def address_wait(request: HttpRequest) -> int:
    rate = getattr(settings, "OPEN311_ADDRESS_RATE", DEFAULT_ADDRESS_RATE)
    return _wait(f"address:{client_ip(request) or 'unknown'}", rate)


def client_wait(client: ApiClient) -> int:
    rate = client.rate or getattr(settings, "OPEN311_POST_RATE", DEFAULT_POST_RATE)
    return _wait(f"client:{client.pk}", rate)
