from django.db import migrations, models

from moot.search import schema


class Migration(migrations.Migration):
    initial = True

    dependencies: list = []

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("item", "Agenda item"),
                            ("minutes", "Minutes"),
                            ("resolution", "Decision"),
                            ("document", "Document"),
                        ],
                        max_length=20,
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField()),
                ("meeting_id", models.PositiveBigIntegerField(db_index=True)),
                ("meeting_identifier", models.CharField(max_length=200)),
                ("meeting_date", models.DateField(db_index=True)),
                ("body_slug", models.CharField(db_index=True, max_length=120)),
                ("body_name", models.CharField(max_length=250)),
                ("title", models.CharField(max_length=500)),
                ("text", models.TextField(blank=True)),
                ("url", models.CharField(max_length=500)),
            ],
            options={
                "verbose_name_plural": "search entries",
                "ordering": ["-meeting_date", "id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "object_id"), name="search_entry_once"
                    )
                ],
            },
        ),
        # The full-text structures differ by database vendor (see moot/search/schema.py).
        migrations.RunPython(schema.install, schema.uninstall),
    ]
