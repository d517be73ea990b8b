"""Load realistic demonstration data and print the demo logins."""

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from backoffice import demo
from cases.models import Case
from feedback import demo as feedback_demo


class Command(BaseCommand):
    help = "Create (or complete) the demo agencies, teams and one login for every role."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--cases-per-agency",
            type=int,
            default=1000,
            help="How many demo cases to create in each agency that has none yet.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        logins = demo.seed(cases_per_agency=options["cases_per_agency"])
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with any of these:"))
        seen: set[tuple[str, str]] = set()
        for email, role, agency in logins:
            if (email, agency) in seen:
                continue
            seen.add((email, agency))
            self.stdout.write(f"  {email:<38} {role:<24} {agency}")
        self.stdout.write(f"  Password for every demo login: {demo.DEMO_PASSWORD}")
        self.stdout.write(f"Cases in the database: {Case.objects.count()}")
        site = settings.SITE_URL
        self.stdout.write("Try the REST API (this key is new on every run; docs at /api/docs/):")
        self.stdout.write(
            f'  curl -H "Authorization: Api-Key {demo.demo_api_key()}" {site}/api/v1/cases/'
        )
        survey = feedback_demo.sample_survey_path()
        if survey:
            self.stdout.write(f"A citizen's survey link: {site}{survey}")
        self.stdout.write(f"Public satisfaction results: {site}/satisfaction/")
