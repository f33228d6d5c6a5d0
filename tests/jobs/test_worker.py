"""``moot worker`` as a real process against a file database: it runs jobs, retries a job
that raises and then shows it failed, and takes up a job whose worker was killed."""

from __future__ import annotations

import os
import signal

import pypdfium2 as pdfium

ENQUEUE = "from tests.jobs import sample_tasks as t; print(t.{call}.id)"


def test_worker_runs_a_job_enqueued_by_another_process(installation):
    job = installation.shell(ENQUEUE.format(call="add.enqueue(2, 3)"))

    done = installation.moot("worker", "--batch")

    assert done.returncode == 0, done.stdout + done.stderr
    value = installation.shell(
        "from tests.jobs import sample_tasks as t; "
        f"r = t.add.get_result('{job}'); print(r.status, r.return_value)"
    )
    assert value == "SUCCESSFUL 5"


def test_a_job_that_raises_is_retried_then_shown_as_failed_with_its_error(installation):
    job = installation.shell(ENQUEUE.format(call="always_fails.enqueue('disk full')"))

    installation.moot("worker", "--batch")

    assert installation.jobs()[job.replace("-", "")] == ("FAILED", 3)  # 3 attempts, then failed
    listed = installation.shell(
        "from moot.jobs.models import FailedJob; from moot.jobs.admin import FailedJobAdmin; "
        "from django.contrib import admin; a = FailedJobAdmin(FailedJob, admin.site); "
        "print([(str(j.id), a.error(j)) for j in FailedJob.objects.all()])"
    )
    assert listed == str([(job, "RuntimeError: planned failure: disk full")])


def test_a_job_that_fails_once_is_run_again_and_succeeds(installation, tmp_path):
    marker = tmp_path / "ran"
    job = installation.shell(ENQUEUE.format(call=f"fails_once.enqueue('{marker}')"))

    installation.moot("worker", "--batch")

    assert installation.jobs()[job.replace("-", "")] == ("SUCCESSFUL", 2)


def test_a_worker_killed_during_a_pack_build_leaves_no_partial_file_and_the_job_runs_again(
    installation,
):
    done = installation.moot("load-example", "leicester-hwb")
    assert done.returncode == 0, done.stderr
    job = installation.shell(
        "from moot.meetings.services import find_meeting; from moot.jobs import tasks; "
        "m = find_meeting('health-and-wellbeing-board/2021-07-29'); "
        "print(tasks.pack_build.enqueue(meeting_id=m.pk).id)"
    )
    packs = installation.data_dir / "packs" / "health-and-wellbeing-board"

    worker = installation.start_worker()
    try:
        installation.wait_for_status(job, "RUNNING")
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        worker.wait(timeout=30)

    # Killed in the middle: the job is still marked running and no pack file exists.
    assert installation.jobs()[job.replace("-", "")] == ("RUNNING", 1)
    assert not list(packs.glob("*.pdf")) if packs.exists() else True

    done = installation.moot("worker", "--batch")

    assert done.returncode == 0, done.stdout + done.stderr
    assert installation.jobs()[job.replace("-", "")] == ("SUCCESSFUL", 2)
    (pack,) = packs.glob("*.pdf")
    assert not list(packs.glob(".*.tmp"))  # nothing left half written
    document = pdfium.PdfDocument(str(pack))
    assert len(document) > 10
    document.close()


def test_worker_refuses_a_database_without_a_job_queue(tmp_path):
    import subprocess
    import sys

    env = dict(os.environ, MOOT_DATA_DIR=str(tmp_path / "empty"), MOOT_DEBUG="1")
    env.pop("DATABASE_URL", None)
    (tmp_path / "empty").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "moot.cli", "worker", "--batch"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "moot manage migrate" in done.stderr
