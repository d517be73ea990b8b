"""Rebuild report rollups for past days: ``manage.py reports_backfill``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from backoffice.models import Agency
from backoffice.reports.backfill import backfill


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date in the form YYYY-MM-DD."
        ) from None


class Command(BaseCommand):
    help = "Rebuild the daily and 15-minute report rollups of past days (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--agency", help="Only this agency (its short name).")
        parser.add_argument("--since", type=_day, help="First local day, YYYY-MM-DD.")
        parser.add_argument("--until", type=_day, help="Last local day, YYYY-MM-DD.")

    def handle(self, *args: Any, **options: Any) -> None:
        agencies = Agency.objects.order_by("pk")
        if options["agency"]:
            agencies = agencies.filter(slug=options["agency"])
            if not agencies:
                raise CommandError(f"No agency has the short name {options['agency']!r}.")
        since, until = options["since"], options["until"]
        if since and until and since > until:
            raise CommandError("--since must not be after --until.")
        done = backfill(agencies=list(agencies), now=timezone.now(), since=since, until=until)
        self.stdout.write(f"Rebuilt {done} agency-days of report rollups.")
