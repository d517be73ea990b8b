from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("backoffice", "0010_stage_rollup"),
    ]

    operations = [
        migrations.AddField(
            model_name="dailyrollup",
            name="surveys_offered",
            field=models.PositiveIntegerField(
                db_default=0,
                default=0,
                help_text="Citizen survey invitations sent during the day about the group's cases.",
                verbose_name="citizen surveys sent",
            ),
        ),
    ]
