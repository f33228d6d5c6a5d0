"""Public alerts end to end, on a real SMTP server on loopback: double opt-in with a
single-use, expiring link; exactly one e-mail when an agenda of the followed body is
published; none after one-click unsubscribe (RFC 8058); floods, malformed addresses and
oversized forms refused with a sentence; nothing sent to an unconfirmed address."""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.utils import timezone

from moot.alerts import services
from moot.alerts.models import AlertEvent, Subscription
from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting
from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db

BODY = "health-and-wellbeing-board"
SITE = "https://moot.example.org"


@pytest.fixture(autouse=True)
def site(settings):
    settings.MOOT_SITE_URL = SITE


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def subscribe(client, capture, email="reader@example.org", **fields):
    data = {"email": email, "kind": "body", "body": BODY, "frequency": "immediate", **fields}
    with capture(execute=True):
        return client.post("/alerts/", data)


def confirm_path(message) -> str:
    url = re.search(r"https://\S+/alerts/confirm/\S+/", text_of(message)).group(0)
    return urlsplit(url).path


def deliver() -> None:
    """The worker twice: the delivery job queues its e-mails (``email_queue``) when it
    commits, and the worker's next round sends them, as ``moot worker`` does."""
    run_jobs()
    run_jobs()


def publish(meeting: Meeting, capture, when: datetime) -> None:
    with capture(execute=True):
        meeting_services.agenda_publish(meeting=meeting, now=when, announce=False)


def test_one_email_on_publication_none_after_unsubscribing(
    client, example, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    assert subscribe(client, capture).status_code == 302
    subscribe(client, capture, email="never-confirms@example.org")
    run_jobs()
    assert len(smtp_server.messages) == 2  # one confirmation each, nothing else
    asked = next(m for m in smtp_server.messages if m["To"] == "reader@example.org")
    assert "Confirm your alerts about Health and Wellbeing Board" in asked["Subject"]
    assert asked["List-Unsubscribe"] is None

    path = confirm_path(asked)
    assert "Confirm" in client.get(path).content.decode()
    assert client.post(path).status_code == 200
    again = client.post(path)
    assert again.status_code == 400
    assert "already been used" in again.content.decode()

    october = Meeting.objects.get(body=example, date="2021-10-28")
    publish(october, capture, datetime(2021, 10, 12, 10, 0, tzinfo=meeting_services.LONDON))
    deliver()
    alerts = smtp_server.messages[2:]
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert["To"] == "reader@example.org"
    assert alert["Subject"] == "Agenda published: Health and Wellbeing Board, 28 October 2021"
    assert f"{SITE}/bodies/{BODY}/meetings/2021-10-28/" in text_of(alert)
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = str(alert["List-Unsubscribe"]).strip().strip("<>")
    assert unsubscribe.startswith(f"{SITE}/alerts/unsubscribe/")

    # Running the jobs again sends nothing twice.
    run_jobs(due_now=True)
    deliver()
    assert len(smtp_server.messages) == 3

    # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click", with no CSRF token.
    csrf_client = client.__class__(enforce_csrf_checks=True)
    done = csrf_client.post(
        urlsplit(unsubscribe).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert done.status_code == 200
    assert Subscription.objects.get(email="reader@example.org").unsubscribed_at is not None

    january = Meeting.objects.get(body=example, date="2022-01-27")
    publish(january, capture, datetime(2022, 1, 12, 10, 0, tzinfo=meeting_services.LONDON))
    deliver()
    assert len(smtp_server.messages) == 3  # none after unsubscribing, none to the unconfirmed


def test_the_confirmation_link_expires(client, example, monkeypatch):
    subscription = services.subscribe(email="late@example.org", kind="body", body=example)
    path = f"/alerts/confirm/{services.confirm_token(subscription)}/"
    later = time.time() + timedelta(days=3, minutes=1).total_seconds()
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.post(path)
    assert response.status_code == 400
    assert "has expired" in response.content.decode()
    assert Subscription.objects.get(pk=subscription.pk).confirmed_at is None


def test_a_tampered_link_is_refused(client, example):
    subscription = services.subscribe(email="x@example.org", kind="body", body=example)
    token = services.confirm_token(subscription)
    response = client.get(f"/alerts/confirm/{token[:-2]}xx/")
    assert response.status_code == 400
    assert "not valid" in response.content.decode()


@pytest.mark.parametrize(
    "email, sentence",
    [
        ("not-an-address", "is not an e-mail address"),
        ("", "Enter your e-mail address"),
        ("a@" + "b" * 260 + ".org", "at most 254 characters"),
    ],
)
def test_malformed_addresses_are_refused_and_what_was_typed_is_kept(
    client, example, email, sentence
):
    response = client.post(
        "/alerts/", {"email": email, "kind": "search", "query": "air quality", "frequency": "daily"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert sentence in html
    assert 'value="air quality"' in html
    assert not Subscription.objects.exists()


def test_an_oversized_form_is_refused(client, example):
    response = client.post("/alerts/", {"email": "a@example.org", "query": "x" * 5000})
    assert response.status_code == 413
    assert "larger than 4096 bytes" in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_flood_from_one_visitor_is_rate_limited(client, example):
    for n in range(5):
        response = client.post(
            "/alerts/",
            {"email": f"r{n}@example.org", "kind": "body", "body": BODY, "frequency": "daily"},
        )
        assert response.status_code == 302
    response = client.post(
        "/alerts/", {"email": "r9@example.org", "kind": "body", "body": BODY, "frequency": "daily"}
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert Subscription.objects.count() == 5


def test_a_flood_to_one_address_is_refused(client, example, settings):
    settings.MOOT_RATE_LIMITS = {**settings.MOOT_RATE_LIMITS, "subscribe": "100/h"}
    data = {"email": "victim@example.org", "kind": "body", "body": BODY, "frequency": "daily"}
    for _ in range(5):
        assert client.post("/alerts/", data).status_code == 302
    response = client.post("/alerts/", data)
    assert response.status_code == 400
    assert "victim@example.org has asked for 5 subscriptions in the last hour" in (
        response.content.decode()
    )


def test_a_daily_digest_lists_what_matched_once(
    example, smtp_server, django_capture_on_commit_callbacks
):
    confirmed = timezone.now() - timedelta(days=2)
    daily = Subscription.objects.create(
        email="daily@example.org",
        kind="search",
        query="working subgroups",
        frequency="daily",
        confirmed_at=confirmed,
    )
    other = Subscription.objects.create(
        email="other@example.org",
        kind="search",
        query="zqx nothing matches",
        frequency="daily",
        confirmed_at=confirmed,
    )
    october = Meeting.objects.get(body=example, date="2021-10-28")
    publish(
        october,
        django_capture_on_commit_callbacks,
        datetime(2021, 10, 12, 10, 0, tzinfo=meeting_services.LONDON),
    )
    assert AlertEvent.objects.count() == 1
    deliver()
    assert smtp_server.messages == []  # daily subscribers wait for the digest
    with django_capture_on_commit_callbacks(execute=True):
        summary = services.digest_send()
    assert summary == {"subscriptions": 2, "messages": 1, "events": 1}
    deliver()
    assert [m["To"] for m in smtp_server.messages] == ["daily@example.org"]
    assert "Agenda published: Health and Wellbeing Board" in text_of(smtp_server.messages[0])
    with django_capture_on_commit_callbacks(execute=True):
        assert services.digest_send(now=timezone.now() + timedelta(days=1))["messages"] == 0
    daily.refresh_from_db()
    other.refresh_from_db()
    assert daily.last_digest_at is not None and other.last_digest_at is not None
