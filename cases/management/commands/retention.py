"""Report, or run, the retention job: ``manage.py retention [--agency SLUG] [--apply]``.

A dry run by default: it records what a run would anonymise (a dry-run RetentionRun and
an audit event) and changes nothing. ``--apply`` anonymises, as the daily beat job does.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from backoffice.models import Agency
from cases.models import RetentionRun
from cases.services.retention import retention_run

# How many references of each service the report prints; the run's details keep them all.
SHOWN_REFERENCES = 20


class Command(BaseCommand):
    help = (
        "Report which cases and customers are past their service's retention period "
        "(a dry run, the default), or anonymise them with --apply."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--agency", help="Only this agency (its short name).")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would be anonymised and change nothing (the default).",
        )
        mode.add_argument("--apply", action="store_true", help="Anonymise what is past retention.")

    def handle(self, *args: Any, **options: Any) -> None:
        agencies = Agency.objects.order_by("pk")
        if options["agency"]:
            agencies = agencies.filter(slug=options["agency"])
            if not agencies:
                raise CommandError(f"No agency has the short name {options['agency']!r}.")
        dry_run = not options["apply"]
        for agency in agencies:
            self._report(agency, retention_run(agency=agency, dry_run=dry_run))

    def _report(self, agency: Agency, run: RetentionRun) -> None:
        verb = "would be" if run.dry_run else "were"
        self.stdout.write(
            f"{agency.name} ({agency.slug}): {run.cases_anonymised} cases and "
            f"{run.customers_anonymised} customers {verb} anonymised, "
            f"{run.attachments_removed} attachments removed; "
            f"{run.cases_on_hold} cases past retention kept for legal hold."
        )
        for line in run.details.get("services", []):
            references = line["references"]
            shown = ", ".join(references[:SHOWN_REFERENCES])
            more = len(references) - SHOWN_REFERENCES
            self.stdout.write(
                f"  {line['name']} ({line['code']}, {line['retention_days']} days): "
                f"{line['cases']} cases, {line['on_hold']} on hold"
                + (f": {shown}" if shown else "")
                + (f" and {more} more" if more > 0 else "")
            )
        if run.dry_run:
            self.stdout.write("  Dry run: nothing was changed. Run with --apply to anonymise.")
