"""Load realistic demonstration data and print the demo logins."""

from typing import Any

from django.core.management.base import BaseCommand

from backoffice import demo


class Command(BaseCommand):
    help = "Create (or complete) the demo agencies, teams and one login for every role."

    def handle(self, *args: Any, **options: Any) -> None:
        logins = demo.seed()
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in with any of these:"))
        seen: set[tuple[str, str]] = set()
        for email, role, agency in logins:
            if (email, agency) in seen:
                continue
            seen.add((email, agency))
            self.stdout.write(f"  {email:<38} {role:<24} {agency}")
        self.stdout.write(f"  Password for every demo login: {demo.DEMO_PASSWORD}")
