"""Password reset by e-mail: the message says why it came; a used or expired link is
refused with a sentence, and the password stays as it was."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail

from tests.jobs.helpers import run_jobs

pytestmark = pytest.mark.django_db

OLD, NEW = "the-old-password-41", "a-brand-new-password-42"


@pytest.fixture
def member():
    return User.objects.create_user("member", "member@example.org", OLD)


def ask_for_reset(client, capture) -> str:
    """The request queues the message; the worker sends it."""
    with capture(execute=True):
        response = client.post("/accounts/password/reset/", {"email": "member@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
    run_jobs()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["member@example.org"]
    assert "asked to reset the password of the Moot account for this address" in message.body
    html = message.alternatives[0][0]
    assert "asked to reset the password" in html
    return re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", message.body).group(1)


def choose_password(client, link: str):
    page = client.get(link, follow=True)
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    return client.post(form_url, {"password1": NEW, "password2": NEW}), page


def test_a_reset_link_sets_a_new_password_once(client, member, django_capture_on_commit_callbacks):
    link = ask_for_reset(client, django_capture_on_commit_callbacks)
    done, _ = choose_password(client, link)
    assert done.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW)

    reused = client.get(link, follow=True)
    text = reused.content.decode()
    assert "This reset link cannot be used" in text
    assert "has expired (a link works for 1 hour) or has already been used" in text


def test_an_expired_reset_link_is_refused_and_the_password_stays(
    client, member, django_capture_on_commit_callbacks
):
    link = ask_for_reset(client, django_capture_on_commit_callbacks)
    later = datetime.now() + timedelta(hours=2)
    with mock.patch.object(PasswordResetTokenGenerator, "_now", return_value=later):
        page = client.get(link, follow=True)
        assert "This reset link cannot be used" in page.content.decode()
        client.post(link, {"password1": NEW, "password2": NEW})
    member.refresh_from_db()
    assert member.check_password(OLD)


def test_an_unknown_address_gets_no_reset_link(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    run_jobs()
    assert all("/accounts/password/reset/key/" not in m.body for m in mail.outbox)
