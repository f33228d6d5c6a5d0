"""Bulk export files (``/api/v1/exports/``): built by background jobs, rebuilt when a
meeting of that body and year changes, one event per line as ``/api/v1/events/ID``
answers it, and a failed build leaves the previous file served."""

from __future__ import annotations

import json

import pytest
from django.core.files.storage import default_storage
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from hypothesis import given
from hypothesis import strategies as st

from moot.access import visibility
from moot.api import exports, serialise
from moot.api.models import ExportFile
from moot.cli import main
from moot.meetings.models import AgendaItem, Meeting
from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db

SITE = override_settings(MOOT_SITE_URL="http://testserver")


def _published_item(example) -> AgendaItem:
    """A public item of a meeting whose minutes are published, so its minutes show."""
    for meeting in Meeting.objects.filter(body=example).order_by("date"):
        if visibility.minutes_public(meeting):
            item = meeting.items.filter(exempt=False).order_by("order").first()
            if item is not None:
                return item
    raise AssertionError("the example has no meeting with published minutes")


def _waiting_jobs() -> list[dict]:
    return [
        job.args_kwargs["kwargs"]
        for job in DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, task_path=exports.export_build_job.module_path
        )
    ]


def _lines(client, body: str, year: int) -> list[dict]:
    response = client.get(f"/api/v1/exports/{body}/{year}.jsonl")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-ndjson")
    content = b"".join(response.streaming_content).decode()
    assert content.endswith("\n")
    return [json.loads(line) for line in content.splitlines()]


@SITE
def test_a_change_queues_one_job_per_file_and_the_job_rebuilds_it(
    client, example, empty_queue, django_capture_on_commit_callbacks
):
    item = _published_item(example)
    year = item.meeting.date.year
    with django_capture_on_commit_callbacks(execute=True):
        item.minutes = "<p>Resolved to build the first file.</p>"
        item.save()
    assert _waiting_jobs() == [{"body_id": example.pk, "year": year}]
    run_jobs()
    listed = client.get("/api/v1/exports/").json()["results"]
    [entry] = [e for e in listed if e["year"] == year]
    assert entry["body"] == example.slug
    assert entry["url"] == f"http://testserver/api/v1/exports/{example.slug}/{year}.jsonl"
    lines = _lines(client, example.slug, year)
    assert (
        entry["records"]
        == len(lines)
        == Meeting.objects.filter(body=example, date__year=year).count()
    )
    assert all(line["start_date"].startswith(str(year)) for line in lines)

    old_name = ExportFile.objects.get(body=example, year=year).name
    # Two changes before the worker runs: one job waits for the file, not two.
    with django_capture_on_commit_callbacks(execute=True):
        item.minutes = "<p>Resolved zqxchangedminute to rebuild the file.</p>"
        item.save()
    with django_capture_on_commit_callbacks(execute=True):
        item.meeting.save()
    assert _waiting_jobs() == [{"body_id": example.pk, "year": year}]
    run_jobs()
    rebuilt = client.get("/api/v1/exports/").json()["results"]
    [after] = [e for e in rebuilt if e["year"] == year]
    assert after["sha256"] != entry["sha256"]
    text = json.dumps(_lines(client, example.slug, year))
    assert "zqxchangedminute" in text
    # The new file replaced the old one in the storage rather than joining it.
    assert not default_storage.exists(old_name)
    assert default_storage.exists(ExportFile.objects.get(body=example, year=year).name)


@SITE
def test_each_line_is_the_events_answer_of_the_api(client, example):
    built = exports.export_build_all(body_slug=example.slug)
    assert built and all(b.records for b in built)
    for b in built:
        for line in _lines(client, b.body, b.year):
            meeting_id = line["id"].rsplit("/", 1)[1]
            assert client.get(f"/api/v1/events/{meeting_id}").json() == line


def test_a_failed_build_leaves_the_previous_file_served(client, example, monkeypatch):
    [first, *_] = exports.export_build_all(body_slug=example.slug)
    before = ExportFile.objects.get(body=example, year=first.year)
    content = b"".join(client.get(exports.address(first.body, first.year)).streaming_content)
    AgendaItem.objects.filter(meeting__body=example, meeting__date__year=first.year).update(
        title="Changed after the first build"
    )
    real_event = serialise.event
    calls = []

    def fails_on_the_second(row, uris):
        calls.append(row)
        if len(calls) == 2:
            raise RuntimeError("the build stopped half way")
        return real_event(row, uris)

    monkeypatch.setattr(serialise, "event", fails_on_the_second)
    with pytest.raises(RuntimeError):
        exports.export_build(example, first.year)
    monkeypatch.setattr(serialise, "event", real_event)

    def store_refuses(*args, **kwargs):
        raise OSError("the store is full")

    monkeypatch.setattr(default_storage, "save", store_refuses)
    with pytest.raises(OSError):
        exports.export_build(example, first.year)
    after = ExportFile.objects.get(body=example, year=first.year)
    assert (after.name, after.sha256, after.built_at) == (
        before.name,
        before.sha256,
        before.built_at,
    )
    served = b"".join(client.get(exports.address(first.body, first.year)).streaming_content)
    assert served == content
    assert b"Changed after the first build" not in served
    assert len(calls) == 2


def test_a_file_not_built_or_a_body_unknown_answers_404_json(client, example):
    for path in (
        "/api/v1/exports/nowhere/2021.jsonl",
        f"/api/v1/exports/{example.slug}/1900.jsonl",
    ):
        response = client.get(path)
        assert response.status_code == 404
        assert "No export file" in response.json()["error"]["message"]
    assert client.get("/api/v1/exports/").json() == {"results": []}


def test_the_openapi_document_describes_the_exports(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/exports/" in paths
    assert "/api/v1/exports/{body}/{year}.jsonl" in paths
    assert client.get("/api/v1/").json()["links"]["exports"].endswith("/api/v1/exports/")


def test_moot_export_build_builds_every_year_and_names_a_bad_body(example, capsys):
    assert main(["export", "build", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    years = set(
        Meeting.objects.filter(body=example).values_list("date__year", flat=True).distinct()
    )
    assert {f["year"] for f in payload["files"] if f["body"] == example.slug} == years
    assert ExportFile.objects.filter(body=example).count() == len(years)
    assert main(["export", "build", "--json"]) == 0  # nothing changed: nothing rebuilt
    assert json.loads(capsys.readouterr().out)["changed"] == 0
    assert main(["export", "build", "--body", "nowhere"]) == 1
    assert "--body 'nowhere'" in capsys.readouterr().err


def test_a_year_whose_meetings_are_gone_loses_its_file(example):
    meeting = Meeting.objects.filter(body=example).order_by("date").first()
    year = meeting.date.year
    exports.export_build(example, year)
    assert ExportFile.objects.filter(body=example, year=year).exists()
    for moved in Meeting.objects.filter(body=example, date__year=year):
        Meeting.objects.filter(pk=moved.pk).update(date=moved.date.replace(year=1990))
    built = exports.export_build(example, year)
    assert built.records == 0 and built.changed
    assert not ExportFile.objects.filter(body=example, year=year).exists()


@given(
    year=st.integers(min_value=1900, max_value=2200),
    a=st.text("0123456789abcdef", min_size=64, max_size=64),
    b=st.text("0123456789abcdef", min_size=64, max_size=64),
)
def test_a_year_holds_its_days_and_each_build_has_its_own_name(year, a, b):
    first, last = exports.year_bounds(year)
    assert (first.year, last.year) == (year, year)
    assert (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    assert exports.file_name("board", year, a).startswith(f"exports/board/{year}-")
    assert (exports.file_name("board", year, a) == exports.file_name("board", year, b)) == (
        a[:16] == b[:16]
    )
