"""An upload's text is read by a background job queued on commit: the request keeps the
checks (a refused file is named at once, nothing stored, nothing queued), and search
finds the text once the worker has run the job."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from moot.documents.models import Document
from moot.documents.services import DocumentRejected, document_upload, render_text_pdf
from moot.meetings import services as meeting_services
from moot.search.backends import search
from tests.documents.helpers import files_under
from tests.jobs.helpers import run_jobs

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_queue")]

EXTRACT = "moot.jobs.tasks.document_text_extract"
WORD = "zygomorphic"


def _published_meeting(body):
    meeting = meeting_services.meeting_create(
        body=body, day=date(2024, 9, 5), at=time(10), recording_past=True, standing_items=False
    )
    item = meeting_services.item_add(meeting=meeting, title="Budget", at_end=True)
    meeting_services.agenda_publish(
        meeting=meeting,
        now=datetime(2024, 8, 1, 12, tzinfo=meeting_services.LONDON),
        announce=False,
    )
    return meeting, item


def _hits() -> int:
    return search(WORD, since=date(2024, 9, 1)).total


def test_the_text_is_extracted_by_the_job_and_then_found_by_search(
    example, store, django_capture_on_commit_callbacks
):
    meeting, item = _published_meeting(example)
    pdf = render_text_pdf(title="Budget report", text=f"The {WORD} budget is balanced.")
    upload = SimpleUploadedFile("Budget report.pdf", pdf, content_type="application/pdf")

    with django_capture_on_commit_callbacks(execute=True):
        document = document_upload(
            meeting=meeting, item=item, uploaded_file=upload, title="Budget report"
        )
    document.refresh_from_db()
    assert document.file.name and document.page_count == 1
    assert document.text == ""  # not read inside the request
    (job,) = DBTaskResult.objects.filter(task_path=EXTRACT)
    assert job.args_kwargs["kwargs"] == {"document_id": document.pk}
    assert _hits() == 0

    run_jobs()

    job.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL
    document.refresh_from_db()
    assert WORD in document.text
    assert _hits() == 1


def test_a_refused_file_is_named_at_once_and_nothing_is_stored_or_queued(
    example, store, django_capture_on_commit_callbacks
):
    meeting, item = _published_meeting(example)
    upload = SimpleUploadedFile(
        "minutes.pdf", b"%PDF-1.7 not really", content_type="application/pdf"
    )
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(DocumentRejected, match="minutes.pdf"),
    ):
        document_upload(meeting=meeting, item=item, uploaded_file=upload, title="Minutes")
    assert not Document.objects.filter(meeting=meeting).exists()
    assert not DBTaskResult.objects.exists()
    assert files_under(store / "media") == []


def test_a_failed_upload_transaction_queues_no_extraction(
    example, store, django_capture_on_commit_callbacks, monkeypatch
):
    from moot.documents import services

    meeting, item = _published_meeting(example)
    pdf = render_text_pdf(title="Report", text="Text.")

    def refuse(*args, **kwargs):
        raise RuntimeError("the audit log is unavailable")

    monkeypatch.setattr(services, "log_action", refuse)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        document_upload(
            meeting=meeting,
            item=item,
            uploaded_file=SimpleUploadedFile("Report.pdf", pdf),
            title="Report",
        )
    assert not DBTaskResult.objects.exists()
