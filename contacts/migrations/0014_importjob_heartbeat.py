from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("contacts", "0013_person_email_lower_index")]

    operations = [
        migrations.AddField(
            model_name="importjob",
            name="heartbeat",
            field=models.DateTimeField(blank=True, null=True, verbose_name="last progress"),
        ),
    ]
