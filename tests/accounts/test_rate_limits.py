"""429 with a sentence and Retry-After: the public question form, the open data API."""

from __future__ import annotations

import pytest
from django.test import Client

from moot.meetings.models import PublicQuestion
from tests.portal.helpers import future_meeting

pytestmark = pytest.mark.django_db


def test_the_question_form_answers_429_after_the_limit_and_saves_nothing(example, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "question": "2/h"}
    url = future_meeting(example, days_ahead=30).get_absolute_url() + "question/"
    browser = Client(enforce_csrf_checks=True)
    browser.get(url)
    token = browser.cookies["csrftoken"].value
    for n in range(2):
        sent = browser.post(
            url,
            {
                "name": f"Ann {n}",
                "email": f"ann{n}@example.com",
                "question": f"Question {n}?",
                "csrfmiddlewaretoken": token,
            },
        )
        assert sent.status_code == 302
    refused = browser.post(
        url,
        {
            "name": "Ann 3",
            "email": "ann3@example.com",
            "question": "Question 3?",
            "csrfmiddlewaretoken": token,
        },
    )
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 3600
    text = refused.content.decode()
    assert "Too many questions sent from your address in a short time." in text
    assert "Please try again in" in text
    assert PublicQuestion.objects.count() == 2
    assert browser.get(url).status_code == 200  # reading the form is not limited


def test_other_addresses_are_counted_apart(example, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "question": "1/h"}
    url = future_meeting(example, days_ahead=30).get_absolute_url() + "question/"
    data = {"name": "Ann", "email": "ann@example.com", "question": "Why?"}
    assert Client().post(url, data, REMOTE_ADDR="192.0.2.1").status_code == 302
    assert Client().post(url, data, REMOTE_ADDR="192.0.2.1").status_code == 429
    other = {"name": "Bob", "email": "bob@example.com", "question": "How?"}
    assert Client().post(url, other, REMOTE_ADDR="192.0.2.2").status_code == 302


def test_the_api_and_json_twins_answer_429_in_json_after_the_limit(client, example, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "3/m"}
    assert client.get("/api/v1/").status_code == 200
    assert client.get("/bodies/", {"format": "json"}).status_code == 200
    assert client.get("/api/v1/openapi.json").status_code == 200
    refused = client.get("/api/v1/")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    body = refused.json()
    assert body["error"].startswith("Too many requests to the open data API from your address")
    assert int(refused["Retry-After"]) == body["retry_after"]
    assert client.get("/bodies/").status_code == 200  # the HTML pages are not counted


def test_a_broken_counter_lets_the_public_through(client, example, settings, monkeypatch):
    from django.core.cache import caches

    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "api": "1/m"}
    counter = caches["ratelimit"]
    monkeypatch.setattr(counter, "add", lambda *a, **k: False)
    monkeypatch.setattr(counter, "incr", lambda *a, **k: (_ for _ in ()).throw(ValueError()))
    assert [client.get("/api/v1/").status_code for _ in range(3)] == [200, 200, 200]
