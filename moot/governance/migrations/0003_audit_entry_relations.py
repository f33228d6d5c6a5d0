"""The audit trail gains a user foreign key, a generic relation to its object and the
before/after values of what changed. Existing rows keep their user name (as user_label,
linked to the account of that username if there is one) and their object_type string
(mapped to its content type where the model still exists)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def link_existing(apps, schema_editor):
    AuditEntry = apps.get_model("governance", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, model_name = settings.AUTH_USER_MODEL.split(".")
    User = apps.get_model(app_label, model_name)
    types = {}
    for entry in AuditEntry.objects.all().iterator():
        label = entry.object_type or ""
        if label not in types:
            app, _, model = label.partition(".")
            types[label] = ContentType.objects.filter(app_label=app, model=model).first()
        fields = {}
        if types[label] is not None:
            fields["content_type"] = types[label]
        if entry.user_label:
            account = User.objects.filter(username=entry.user_label).first()
            if account is not None:
                fields["user"] = account
        if fields:
            AuditEntry.objects.filter(pk=entry.pk).update(**fields)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("governance", "0002_person_user"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameField(model_name="auditentry", old_name="user", new_name="user_label"),
        migrations.AddField(
            model_name="auditentry",
            name="user",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for the system or a command run without a user.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="audit_entries",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="content_type",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="contenttypes.contenttype",
            ),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="changes",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="object_id",
            field=models.CharField(db_index=True, max_length=64),
        ),
        migrations.AddIndex(
            model_name="auditentry",
            index=models.Index(fields=["content_type", "object_id"], name="audit_object"),
        ),
        migrations.RunPython(link_existing, migrations.RunPython.noop),
    ]
