"""`moot alerts send-digest`: the daily digest from cron (or queued for the worker)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from moot import cli
from moot.alerts.models import AlertEvent, Delivery, Subscription
from moot.meetings.models import Meeting

pytestmark = pytest.mark.django_db


def moot(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_send_digest_sends_what_matched_and_reports_json(
    capsys, example, settings, django_capture_on_commit_callbacks
):
    settings.MOOT_SITE_URL = "https://moot.example.org"
    subscription = Subscription.objects.create(
        email="daily@example.org",
        kind="body",
        body=example,
        frequency="daily",
        confirmed_at=timezone.now() - timedelta(days=2),
    )
    Subscription.objects.create(  # never confirmed: never sent anything
        email="unconfirmed@example.org", kind="body", body=example, frequency="daily"
    )
    event = AlertEvent.objects.create(
        kind="agenda",
        meeting=Meeting.objects.get(body=example, date="2021-10-28"),
        title="Agenda published: Health and Wellbeing Board, 28 October 2021",
        url="https://moot.example.org/bodies/health-and-wellbeing-board/meetings/2021-10-28/",
    )
    with django_capture_on_commit_callbacks(execute=True):
        code, out, err = moot(capsys, "alerts", "send-digest", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"queued": False, "subscriptions": 1, "messages": 1, "events": 1}
    assert Delivery.objects.filter(subscription=subscription, event=event).exists()
    queued = DBTaskResult.objects.filter(task_path="moot.jobs.tasks.send_email")
    assert [r.args_kwargs["kwargs"]["to"] for r in queued] == [["daily@example.org"]]

    code, out, _ = moot(capsys, "alerts", "send-digest")
    assert code == 0 and out.startswith("0 digest(s) queued for 0 subscriber(s)")


def test_send_digest_can_be_queued_for_the_worker(capsys, example):
    code, out, _ = moot(capsys, "alerts", "send-digest", "--queue", "--json")
    assert code == 0 and json.loads(out)["queued"] is True
    assert DBTaskResult.objects.filter(task_path="moot.alerts.tasks.alerts_digest").exists()
