"""The default sign-off steps: lead officer, legal, finance (without signatories: an
administrator names them with `moot report-step set` or in the admin)."""

from django.db import migrations

DEFAULT_STEPS = [(1, "Lead officer"), (2, "Legal"), (3, "Finance")]


def add_default_steps(apps, schema_editor):
    SignOffStep = apps.get_model("reports", "SignOffStep")
    if SignOffStep.objects.exists():
        return
    for order, name in DEFAULT_STEPS:
        SignOffStep.objects.create(name=name, order=order)


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_report_signoff")]

    operations = [migrations.RunPython(add_default_steps, migrations.RunPython.noop)]
