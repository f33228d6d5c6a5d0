"""Public questions in the workspace: acknowledged by e-mail, accepted or rejected with a
reason (the questioner told), answered, and published on the meeting page and in the
minutes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.core import mail

from moot.documents.selectors import minutes_plan
from moot.governance.models import AuditEntry
from moot.meetings import services as meeting_services
from moot.meetings.models import PublicQuestion
from tests.jobs.helpers import run_jobs
from tests.workspace.conftest import LONDON, url

pytestmark = pytest.mark.django_db

QUESTION = "How many young carers were reached by the strategy this year?"


@pytest.fixture
def question(january, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return meeting_services.question_submit(
            meeting=january,
            name="Ada Lovelace",
            email="ada@example.org",
            question=QUESTION,
            now=datetime(2022, 1, 10, 12, 0, tzinfo=LONDON),
        )


def _decide(client, question, **data):
    prefix = f"decide-{question.pk}"
    return client.post(
        url(question.meeting, "question_decide", question.pk),
        {f"{prefix}-{k}": v for k, v in data.items()},
    )


def test_the_questioner_is_acknowledged_by_email(question):
    run_jobs()  # e-mail goes out as a background job
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ada@example.org"]
    assert QUESTION in mail.outbox[0].body


def test_the_questions_page_lists_the_meetings_questions(signed_in, question):
    page = signed_in.get(url(question.meeting, "questions"))
    assert page.status_code == 200
    assert QUESTION in page.content.decode()
    assert "Question from Ada Lovelace" in page.content.decode()


def test_rejecting_without_a_reason_is_refused_and_keeps_the_choice(signed_in, question):
    response = _decide(signed_in, question, decision="reject", reason="  ")
    assert response.status_code == 400
    text = response.content.decode()
    assert "Rejecting a question needs a reason" in text
    assert 'value="reject" selected' in text
    question.refresh_from_db()
    assert question.status == PublicQuestion.Status.SUBMITTED


def test_rejecting_with_a_reason_tells_the_questioner(
    signed_in, question, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _decide(
            signed_in, question, decision="reject", reason="It concerns a named patient."
        )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == PublicQuestion.Status.REJECTED
    assert question.reason == "It concerns a named patient."
    run_jobs()  # e-mail goes out as a background job (the acknowledgement's too)
    told = [m for m in mail.outbox if "It concerns a named patient." in m.body]
    assert len(told) == 1 and told[0].to == ["ada@example.org"]
    assert AuditEntry.objects.filter(action="moot.question.decided").exists()


def test_an_empty_answer_is_refused(signed_in, question):
    meeting_services.question_decide(question=question, accept=True)
    response = signed_in.post(
        url(question.meeting, "question_answer", question.pk),
        {f"answer-{question.pk}-answer": ""},
    )
    assert response.status_code == 400
    question.refresh_from_db()
    assert question.status == PublicQuestion.Status.ACCEPTED


def test_an_accepted_and_answered_question_is_published(
    signed_in, client, question, october, django_capture_on_commit_callbacks
):
    meeting = question.meeting
    with django_capture_on_commit_callbacks(execute=True):
        assert _decide(signed_in, question, decision="accept", reason="").status_code == 302
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert QUESTION in page and "ada@example.org" not in page

    answer = "142 young carers were reached."
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            url(meeting, "question_answer", question.pk), {f"answer-{question.pk}-answer": answer}
        )
        assert response.status_code == 302
        meeting = meeting_services.meeting_hold(meeting=meeting, today=date(2022, 1, 27))
        meeting_services.minutes_publish_draft(meeting=meeting)
    client.logout()
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert answer in page

    meeting.refresh_from_db()
    minutes = minutes_plan(meeting).document.minutes
    assert any(QUESTION in m.text_html and answer in m.text_html for m in minutes)


def test_a_rejected_question_is_not_published(client, question, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        meeting_services.question_decide(question=question, accept=False, reason="Off topic.")
    assert QUESTION not in client.get(question.meeting.get_absolute_url()).content.decode()


def test_someone_who_is_not_the_clerk_cannot_decide(client, question, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="v", password="x-unused"))
    assert _decide(client, question, decision="accept").status_code == 403
