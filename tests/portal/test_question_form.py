"""The public question form: CSRF, the deadline, field messages, one question once."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from moot.meetings import services
from moot.meetings.models import PublicQuestion
from tests.portal.helpers import MARCH, future_meeting, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(example):
    return future_meeting(example, days_ahead=30)


@pytest.fixture
def form_url(meeting) -> str:
    return meeting.get_absolute_url() + "question/"


@pytest.fixture
def browser() -> Client:
    return Client(enforce_csrf_checks=True)


def submit(browser: Client, url: str, **fields) -> object:
    """Submit as a browser does: read the form (and its CSRF cookie) first."""
    page = browser.get(url)
    assert page.status_code == 200
    token = browser.cookies["csrftoken"].value
    data = {"name": "", "email": "", "question": "", **fields}
    return browser.post(url, {**data, "csrfmiddlewaretoken": token})


def test_form_shows_the_deadline(client, meeting, form_url):
    html = client.get(form_url).content.decode()
    text = visible_text(html)
    assert "Ask a question at this meeting" in text
    assert "Send it by" in text
    assert 'name="csrfmiddlewaretoken"' in html
    assert html.count("<h1") == 1
    for field in ("question-name", "question-email", "question-question"):
        assert f'<label class="govuk-label govuk-label--s" for="{field}">' in html


def test_post_without_csrf_token_is_refused(browser, form_url):
    response = browser.post(
        form_url, {"name": "Ann", "email": "ann@example.com", "question": "Why?"}
    )
    assert response.status_code == 403
    assert not PublicQuestion.objects.exists()


def test_question_is_sent_and_the_visitor_is_told(browser, meeting, form_url):
    response = submit(
        browser,
        form_url,
        name="Ann Smith",
        email="ann@example.com",
        question="How will the Board measure the Framework's effect?",
    )
    assert response.status_code == 302
    assert response["Location"] == form_url + "sent/"
    sent = browser.get(response["Location"])
    assert sent.status_code == 200
    assert "Question sent" in sent.content.decode()
    question = PublicQuestion.objects.get(meeting=meeting)
    assert question.name == "Ann Smith"
    assert question.status == PublicQuestion.Status.SUBMITTED


def field_error(response, field: str) -> str:
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    marker = f'id="question-{field}-error"'
    assert marker in html, f"no error message on the {field} field"
    return visible_text(html.split(marker, 1)[1].split("</p>", 1)[0])


def test_empty_fields_are_refused_with_a_message_on_the_field(browser, form_url):
    response = submit(browser, form_url)
    assert "Enter your name." in field_error(response, "name")
    response = submit(browser, form_url, name="Ann")
    assert "Enter your email address." in field_error(response, "email")
    response = submit(browser, form_url, name="Ann", email="ann@example.com", question="   ")
    assert "Enter your question." in field_error(response, "question")
    assert not PublicQuestion.objects.exists()


def summary_links(response) -> dict[str, str]:
    """The error summary's entries: link target -> message."""
    html = response.content.decode()
    assert response.status_code == 200
    summary = html.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    links = re.findall(r'<li><a href="#([^"]+)">([^<]+)</a></li>', summary)
    return dict(links)


def test_every_error_is_listed_at_once_each_linked_to_its_field(browser, form_url):
    response = submit(browser, form_url)
    assert summary_links(response) == {
        "question-name": "Enter your name.",
        "question-email": "Enter your email address.",
        "question-question": "Enter your question.",
    }
    html = response.content.decode()
    for field in ("name", "email", "question"):
        assert f'id="question-{field}"' in html  # each link lands on its field
    assert not PublicQuestion.objects.exists()


def test_format_and_presence_errors_come_together_and_typed_text_is_kept(browser, form_url):
    response = submit(browser, form_url, name="", email="not an email", question="Why so late?")
    links = summary_links(response)
    assert links["question-name"] == "Enter your name."
    assert links["question-email"].startswith("Enter an email address in the correct format")
    assert "question-question" not in links
    html = response.content.decode()
    assert 'value="not an email"' in html
    assert ">Why so late?</textarea>" in html
    assert not PublicQuestion.objects.exists()


def test_the_service_refuses_with_every_field_error(meeting):
    with pytest.raises(services.QuestionRefused) as refused:
        services.question_submit(meeting=meeting, name=" ", email="", question="x" * 2001)
    assert set(refused.value.errors) == {"name", "email", "question"}
    assert "2,000 characters or fewer" in refused.value.errors["question"]


def test_badly_written_email_is_refused(browser, form_url):
    response = submit(browser, form_url, name="Ann", email="not an email", question="Why?")
    assert "Enter an email address in the correct format" in field_error(response, "email")


def test_a_question_over_2000_characters_is_refused(browser, form_url):
    response = submit(browser, form_url, name="Ann", email="ann@example.com", question="x" * 2001)
    message = field_error(response, "question")
    assert "2001 characters long" in message and "2,000 characters or fewer" in message
    assert "x" * 2001 in response.content.decode()  # kept for the visitor to shorten


def test_the_same_question_twice_is_refused(browser, meeting, form_url):
    fields = {"name": "Ann", "email": "Ann@Example.com", "question": "Why   the delay?"}
    assert submit(browser, form_url, **fields).status_code == 302
    again = submit(browser, form_url, **{**fields, "email": "ann@example.com"})
    assert "You have already submitted this question." in field_error(again, "question")
    assert PublicQuestion.objects.filter(meeting=meeting).count() == 1


def closed_page_text(response) -> str:
    """A closed meeting's question page: it says so, and has neither the open form nor its
    wording (a refusal after a stale form is posted is listed in the error summary)."""
    assert response.status_code == 200
    html = response.content.decode()
    text = visible_text(html)
    assert "This meeting is not taking questions" in text
    assert "Send it by" not in text
    assert "<textarea" not in html and "<form" not in html.split("<main", 1)[1]
    return text


def test_a_late_question_is_refused(browser, example):
    tomorrow = future_meeting(example, days_ahead=1)
    url = tomorrow.get_absolute_url() + "question/"
    closed_page_text(browser.get(url))
    response = submit(browser, url, name="Ann", email="ann@example.com", question="Why?")
    assert "had to be submitted by" in closed_page_text(response)
    assert not PublicQuestion.objects.exists()


def test_a_held_meeting_takes_no_questions(browser, example):
    closed_page_text(browser.get(MARCH + "question/"))
    response = submit(
        browser, MARCH + "question/", name="Ann", email="ann@example.com", question="Why?"
    )
    text = closed_page_text(response)
    assert "There is a problem" in text and "is not taking questions." in text
    assert not PublicQuestion.objects.exists()


def test_unknown_meeting_is_404(client):
    assert client.get("/bodies/nobody/meetings/2030-01-01/question/").status_code == 404
