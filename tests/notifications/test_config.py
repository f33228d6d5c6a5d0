"""MOOT_EMAIL_URL's forms (README "Configuration")."""

import pytest

from moot.notifications.config import CONSOLE, SMTP, EmailUrlError, email_settings_from_url


def test_unset_means_the_console():
    assert email_settings_from_url("") == {"EMAIL_BACKEND": CONSOLE}
    assert email_settings_from_url("console:") == {"EMAIL_BACKEND": CONSOLE}


@pytest.mark.parametrize(
    "url, port, tls, ssl",
    [
        ("smtp://mail.example.org", 25, False, False),
        ("smtp+tls://mail.example.org", 587, True, False),
        ("smtps://mail.example.org", 465, False, True),
        ("smtps://mail.example.org:2465", 2465, False, True),
    ],
)
def test_smtp_forms(url, port, tls, ssl):
    config = email_settings_from_url(url)
    assert config["EMAIL_BACKEND"] == SMTP
    assert config["EMAIL_HOST"] == "mail.example.org"
    assert (config["EMAIL_PORT"], config["EMAIL_USE_TLS"], config["EMAIL_USE_SSL"]) == (
        port,
        tls,
        ssl,
    )


def test_user_and_password_are_percent_decoded():
    config = email_settings_from_url("smtp+tls://moot%40example.org:p%40ss%3Aword@mail:587")
    assert config["EMAIL_HOST_USER"] == "moot@example.org"
    assert config["EMAIL_HOST_PASSWORD"] == "p@ss:word"


@pytest.mark.parametrize(
    "url, sentence",
    [
        ("imap://mail.example.org", "'imap' is not a known transport"),
        ("smtp://", "names no host"),
    ],
)
def test_unknown_forms_are_refused_with_a_sentence(url, sentence):
    with pytest.raises(EmailUrlError, match=sentence):
        email_settings_from_url(url)
