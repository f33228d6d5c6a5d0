"""`moot export ocd` writes Open Civic Data JSON that the OCD schemas shipped in the
`pupa` package accept (Draft 3 JSON Schema, as pupa validates its scrapers' output)."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
from pupa.scrape.schemas.event import schema as event_schema
from pupa.scrape.schemas.organization import schema as organization_schema
from pupa.scrape.schemas.person import schema as person_schema

from moot.cli import main
from moot.meetings.models import Meeting

pytestmark = pytest.mark.django_db

SCHEMAS = {"event": event_schema, "organization": organization_schema, "person": person_schema}


def validate(obj: dict) -> list[str]:
    schema = SCHEMAS[obj["_type"]]
    validator = jsonschema.Draft3Validator(schema, format_checker=jsonschema.FormatChecker())
    return [f"{obj['_id']}: {e.message}" for e in validator.iter_errors(obj)]


def test_the_examples_events_people_and_organizations_validate(example, tmp_path, capsys):
    assert main(["export", "ocd", "-o", str(tmp_path), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)["written"]
    files = sorted(tmp_path.glob("*.json"))
    objects = [json.loads(f.read_text()) for f in files]
    kinds = {o["_type"] for o in objects}
    assert kinds == {"event", "organization", "person"}
    assert (
        written["event"] == Meeting.objects.count() == sum(o["_type"] == "event" for o in objects)
    )
    errors = [e for o in objects for e in validate(o)]
    assert errors == []
    march = next(
        o for o in objects if o["_type"] == "event" and o["start_date"].startswith("2021-03-25")
    )
    assert [a["description"] for a in march["agenda"]] == list(
        Meeting.objects.get(date=date(2021, 3, 25), body=example)
        .items.order_by("order")
        .values_list("title", flat=True)
    )
    assert any(p["type"] == "person" for p in march["participants"])


def test_export_of_one_body_since_a_date_and_bad_input(example, tmp_path, capsys):
    assert (
        main(
            ["export", "ocd", "--body", example.slug, "--since", "2000-01-01", "-o", str(tmp_path)]
        )
        == 0
    )
    assert list(tmp_path.glob("event_*.json"))
    assert main(["export", "ocd", "--body", "nowhere", "-o", str(tmp_path)]) == 1
    assert "--body" in capsys.readouterr().err
    assert main(["export", "ocd", "--since", "yesterday", "-o", str(tmp_path)]) == 1
    assert "--since" in capsys.readouterr().err
