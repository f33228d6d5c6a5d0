"""Moot's jobs run in-process (``Task.call``), the worker's recovery of abandoned jobs, and
the failed-jobs admin."""

from __future__ import annotations

import os
import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from moot.jobs import tasks
from moot.jobs.worker import jobs_recover_abandoned
from tests.accounts.support import enrol_totp


def test_send_email_sends_plain_text_and_html_parts(db):
    result = tasks.send_email.call(
        to=["resident@example.org"],
        subject="Agenda published",
        text="The agenda is published.",
        html="<p>The agenda is published.</p>",
        headers={"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    assert result == {"sent": 1, "to": ["resident@example.org"]}
    (message,) = mail.outbox
    assert message.body == "The agenda is published."
    assert message.alternatives[0][1] == "text/html"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_send_email_takes_only_json_arguments(db):
    """The accounts' sending function is wrapped in this job: its arguments travel
    through the database queue as JSON."""
    result = tasks.send_email.using(backend="default").enqueue(
        to=["a@example.org"], subject="s", text="t"
    )
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.args_kwargs["kwargs"]["to"] == ["a@example.org"]


def test_send_email_refuses_a_message_without_recipients(db):
    with pytest.raises(ValueError, match="at least one address in 'to'"):
        tasks.send_email.call(to=[], subject="s", text="t")


def test_document_text_extract_reads_the_stored_pdf_into_the_record(example):
    from moot.documents.models import Document

    document = Document.objects.exclude(file="").filter(exempt=False).first()
    expected = document.text
    Document.objects.filter(pk=document.pk).update(text="")

    result = tasks.document_text_extract.call(document.pk)

    document.refresh_from_db()
    assert result == {"document": document.pk, "characters": len(document.text)}
    assert document.text.split() == expected.split() or len(document.text) > 100


def test_search_meeting_index_job_indexes_the_meeting(example):
    from moot.meetings.models import Meeting
    from moot.search.models import SearchEntry

    meeting = Meeting.objects.filter(body=example).order_by("date").first()
    SearchEntry.objects.filter(meeting_id=meeting.pk).delete()

    assert tasks.search_meeting_index.call(meeting.pk) == {
        "meeting": meeting.pk,
        "indexed": True,
    }
    assert SearchEntry.objects.filter(meeting_id=meeting.pk).exists()


def _running(
    worker_id: str, started_minutes_ago: float = 1, task: str = "always_fails"
) -> DBTaskResult:
    return DBTaskResult.objects.create(
        args_kwargs={"args": ["x"], "kwargs": {}},
        task_path=f"tests.jobs.sample_tasks.{task}",
        backend_name="default",
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(minutes=started_minutes_ago),
        worker_ids=[worker_id],
    )


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_recovery_takes_up_a_job_whose_worker_process_is_gone(db):
    host = socket.gethostname()[:40]
    abandoned = _running(f"{host}:{_dead_pid()}:abc")
    alive = _running(f"{host}:{os.getpid()}:def")
    elsewhere_recent = _running("other-host:1:ghi", started_minutes_ago=5)
    elsewhere_stale = _running("other-host:1:jkl", started_minutes_ago=60 * 24)

    recovered = jobs_recover_abandoned(stale_seconds=6 * 3600)

    assert sorted(recovered) == sorted([str(abandoned.pk), str(elsewhere_stale.pk)])
    abandoned.refresh_from_db()
    assert abandoned.status == TaskResultStatus.READY
    assert "stopped before it finished" in abandoned.traceback
    for job in (alive, elsewhere_recent):
        job.refresh_from_db()
        assert job.status == TaskResultStatus.RUNNING


def test_recovery_marks_failed_a_job_with_no_attempts_left(db):
    host = socket.gethostname()[:40]
    job = _running(f"{host}:{_dead_pid()}:abc", task="add")  # one attempt only
    jobs_recover_abandoned()
    job.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED
    assert job.exception_class_path == "moot.jobs.WorkerStopped"


def test_failed_jobs_are_listed_read_only_for_administrators_only(db, client, django_user_model):
    from moot.jobs.models import FailedJob

    job = FailedJob.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="moot.jobs.tasks.pack_build",
        backend_name="default",
        status=TaskResultStatus.FAILED,
        exception_class_path="builtins.RuntimeError",
        traceback="Traceback...\nRuntimeError: appendix B is missing\n",
        worker_ids=["w1", "w2", "w3"],
        run_after=timezone.now(),
    )
    staff = django_user_model.objects.create_user("staff", password="pw", is_staff=True)
    enrol_totp(staff)
    client.force_login(staff)
    refused = client.get("/admin/jobs/failedjob/")  # staff is not a role: the sign-in page
    assert refused.status_code in (302, 403)
    assert b"appendix B is missing" not in refused.content

    admin_user = django_user_model.objects.create_superuser("root", password="pw")
    enrol_totp(admin_user)
    client.force_login(admin_user)
    page = client.get("/admin/jobs/failedjob/")
    assert page.status_code == 200
    assert "RuntimeError: appendix B is missing" in page.content.decode()
    detail = client.get(f"/admin/jobs/failedjob/{job.pk}/change/")
    assert detail.status_code == 200
    assert b'name="_save"' not in detail.content  # nothing to save: read-only
    assert client.post(f"/admin/jobs/failedjob/{job.pk}/delete/").status_code == 403


@pytest.fixture
def in_test_transaction(monkeypatch):
    """The worker closes connections that are not in autocommit between jobs (as a request
    does); inside a test's transaction that would close the test's own connection."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def _worker(**options):
    from moot.jobs.worker import MootWorker

    return MootWorker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=options.get("max_tasks"),
        worker_id=f"{socket.gethostname()[:40]}:{os.getpid()}:test",
        excluded_queue_names=[],
    )


def test_the_worker_retries_then_fails_on_this_database(db, in_test_transaction):
    """The same worker in-process, so the queue's locking runs on PostgreSQL too."""
    from tests.jobs import sample_tasks

    good = sample_tasks.add.enqueue(20, 22)
    bad = sample_tasks.always_fails.enqueue("no such appendix")

    _worker().run()

    good_row, bad_row = DBTaskResult.objects.get(pk=good.id), DBTaskResult.objects.get(pk=bad.id)
    assert (good_row.status, good_row.return_value) == (TaskResultStatus.SUCCESSFUL, 42)
    assert bad_row.status == TaskResultStatus.FAILED
    assert len(bad_row.worker_ids) == 3
    assert bad_row.traceback.strip().endswith("RuntimeError: planned failure: no such appendix")


def test_a_retry_waits_for_its_back_off(db, in_test_transaction):
    """A pack build that fails is not run again before its pause (30 s) has passed."""
    result = tasks.pack_build.enqueue(meeting_id=0)  # no such meeting: raises

    _worker().run()

    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.READY
    assert len(row.worker_ids) == 1
    assert "DoesNotExist" in row.exception_class_path
    pause = (row.run_after - timezone.now()).total_seconds()
    assert 25 < pause <= 30
