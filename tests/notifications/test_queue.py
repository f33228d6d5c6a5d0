"""Every e-mail goes out as a job: composed in the request, enqueued on commit, sent by
the worker to a real SMTP server on loopback; a server that is down is tried again and, in
the end, the job is shown failed."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from moot.notifications.services import EmailRefused, email_queue
from tests.accounts.support import enrol_totp
from tests.jobs.helpers import run_jobs

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_queue")]

REASON = "You get this e-mail because it is about the security of your Moot account."
SEND_EMAIL = "moot.jobs.tasks.send_email"


def _parts(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def test_a_queued_message_is_sent_by_the_worker_with_both_parts(
    smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queued = email_queue(
            to="clerk@example.org",
            subject="Your password was changed",
            text="Your password was changed.",
            reason=REASON,
        )
    assert smtp_server.messages == []  # nothing goes out inside the request
    (job,) = DBTaskResult.objects.filter(task_path=SEND_EMAIL)
    assert job.args_kwargs["kwargs"]["to"] == ["clerk@example.org"]

    run_jobs()

    (message,) = smtp_server.messages
    assert smtp_server.envelopes[0].rcpt_tos == ["clerk@example.org"]
    assert message["Message-ID"] == queued.message_id
    assert message.get_content_type() == "multipart/alternative"
    text, html = _parts(message)
    assert "Your password was changed." in text and REASON in text
    assert "<p>Your password was changed.</p>" in html and REASON in html
    job.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL


def test_a_rolled_back_change_queues_no_message(smtp_server, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        email_queue(to="clerk@example.org", subject="s", text="t", reason=REASON)
        raise RuntimeError("the change failed")
    assert callbacks == []
    run_jobs()
    assert not DBTaskResult.objects.exists()
    assert smtp_server.messages == []


def test_bad_input_is_refused_at_once_and_nothing_is_queued(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(EmailRefused, match="'not-an-address' is not an e-mail address"),
    ):
        email_queue(to="not-an-address", subject="s", text="t", reason=REASON)
    assert not DBTaskResult.objects.exists()


@pytest.fixture
def smtp_down(settings):
    """Django's SMTP backend pointed at a loopback port where nothing listens."""
    import socket

    from moot.notifications.config import email_settings_from_url

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    for name, value in email_settings_from_url(f"smtp://127.0.0.1:{port}").items():
        setattr(settings, name, value)
    settings.EMAIL_TIMEOUT = 2


def test_a_password_reset_answers_at_once_when_the_mail_server_is_down_then_retries_and_fails(
    client, smtp_down, django_capture_on_commit_callbacks
):
    User.objects.create_user("member", "member@example.org", "the-old-password-41")
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password/reset/", {"email": "member@example.org"})
    assert response.status_code == 302
    assert time.monotonic() - started < 5
    (job,) = DBTaskResult.objects.filter(task_path=SEND_EMAIL)
    assert job.status == TaskResultStatus.READY

    run_jobs()  # the first attempt: the server refuses the connection
    job.refresh_from_db()
    assert job.status == TaskResultStatus.READY  # to be tried again after a pause
    assert "ConnectionRefusedError" in job.exception_class_path
    assert len(job.worker_ids) == 1

    for _ in range(4):  # send_email has five attempts
        run_jobs(due_now=True)
    job.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED
    assert len(job.worker_ids) == 5

    administrator = User.objects.create_superuser("root", password="pw")
    enrol_totp(administrator)
    client.force_login(administrator)
    page = client.get("/admin/jobs/failedjob/")
    assert page.status_code == 200
    assert str(job.pk) in page.content.decode()
    assert "send_email" in page.content.decode()
