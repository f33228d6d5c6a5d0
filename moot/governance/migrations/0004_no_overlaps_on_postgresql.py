"""Terms-of-reference versions of a body never overlap, and a seat is held by one person
on a date: on PostgreSQL the database holds both as exclusion constraints over inclusive
date ranges (btree_gist lets the body or seat be compared with = in the same GiST index).
SQLite has no exclusion constraints: there the models' ``clean()`` and the services hold
them (see moot/governance/models.py)."""

from django.db import migrations

CONSTRAINTS = [
    (
        "governance_termsofreference",
        "tor_no_overlap",
        "body_id WITH =, daterange(in_force_from, in_force_to, '[]') WITH &&",
    ),
    (
        "governance_membership",
        "seat_held_once",
        "seat_id WITH =, daterange(start_date, end_date, '[]') WITH &&",
    ),
]


def add_constraints(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    for table, name, expression in CONSTRAINTS:
        schema_editor.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT {name} EXCLUDE USING gist ({expression})"
        )


def drop_constraints(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, name, _ in CONSTRAINTS:
        schema_editor.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("governance", "0003_audit_entry_relations")]

    operations = [migrations.RunPython(add_constraints, drop_constraints)]
