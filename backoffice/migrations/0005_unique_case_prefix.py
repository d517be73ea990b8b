"""Case prefixes become unique: case references of two agencies must never collide."""

import django.core.validators
from django.db import migrations, models


def make_unique(apps, schema_editor):
    Agency = apps.get_model("backoffice", "Agency")
    seen = set()
    for agency in Agency.objects.order_by("pk"):
        prefix = agency.case_prefix
        suffix = 0
        while prefix in seen:
            suffix += 1
            prefix = f"{agency.case_prefix[:4]}{suffix:02d}"
            prefix = "".join(ch if ch.isalpha() else chr(ord("A") + int(ch)) for ch in prefix)
        seen.add(prefix)
        if prefix != agency.case_prefix:
            Agency.objects.filter(pk=agency.pk).update(case_prefix=prefix)


class Migration(migrations.Migration):
    dependencies = [("backoffice", "0004_outbox")]

    operations = [
        migrations.RunPython(make_unique, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="agency",
            name="case_prefix",
            field=models.CharField(
                help_text="Case references read PREFIX-YEAR-NUMBER, e.g. LIC-2026-000123.",
                max_length=6,
                unique=True,
                validators=[
                    django.core.validators.RegexValidator(
                        "^[A-Z]{2,6}$", "Use 2 to 6 capital letters, e.g. LIC."
                    )
                ],
                verbose_name="case reference prefix",
            ),
        ),
    ]
