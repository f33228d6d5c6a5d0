"""The API's records are validated as dicts (``schemas.Record``): the same checks and
defaults as ninja's attribute reader, which still serves anything that is not a dict."""

from types import SimpleNamespace

import pytest
from pydantic import ValidationError

from moot.api import schemas


def test_a_dict_record_is_checked_against_its_schema():
    with pytest.raises(ValidationError, match="status"):
        schemas.EventSummary.model_validate(
            {
                "id": "http://testserver/api/v1/events/1",
                "identifier": "cabinet/2026-01-01",
                "moderngov_id": 1,
                "name": "Cabinet",
                "classification": "meeting",
                "organization": {
                    "id": "http://testserver/api/v1/organizations/body-1",
                    "name": "C",
                },
                "start_date": "2026-01-01T10:00:00+00:00",
                "status": "postponed-forever",
                "moot_status": "scheduled",
                "location": {"name": "Hall"},
                "attendance_mode": "in_person",
                "media": [],
                "agenda_published": False,
                "minutes_published": False,
                "url": "http://testserver/",
            }
        )


def test_a_nested_dict_gets_its_defaults_in_schema_order():
    document = schemas.Document.model_validate(
        {"note": "Withheld", "exempt": True, "id": "http://testserver/api/v1/documents/3"}
    )
    assert list(document.model_dump()) == list(schemas.Document.model_fields)
    assert document.model_dump()["classification"] is None


def test_an_object_is_still_read_by_its_attributes():
    ref = schemas.Ref.model_validate(SimpleNamespace(id="http://testserver/x", name="Cabinet"))
    assert ref.model_dump() == {"id": "http://testserver/x", "name": "Cabinet"}
