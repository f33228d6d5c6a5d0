"""email_send against a real SMTP server on loopback: both parts, the reason line, the
RFC 8058 one-click unsubscribe headers; refused input sends nothing."""

from __future__ import annotations

import pytest

from moot.notifications.services import EmailRefused, email_send

REASON = "You get this because you follow the Health and Wellbeing Board."


def _parts(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def test_a_subscription_message_has_both_parts_the_reason_and_one_click_unsubscribe(
    smtp_server,
):
    sent = email_send(
        to="reader@example.org",
        subject="New agenda: Health and Wellbeing Board, 29 July 2021",
        text="The agenda for 29 July 2021 is published.",
        reason=REASON,
        unsubscribe_url="https://moot.example.org/unsubscribe/abc123/",
    )
    assert len(smtp_server.messages) == 1
    message = smtp_server.messages[0]
    assert smtp_server.envelopes[0].rcpt_tos == ["reader@example.org"]
    assert message["Subject"] == "New agenda: Health and Wellbeing Board, 29 July 2021"
    assert message["Message-ID"] == sent.message_id
    assert message.get_content_type() == "multipart/alternative"
    text, html = _parts(message)
    assert "The agenda for 29 July 2021 is published." in text
    assert REASON in text
    assert "<p>The agenda for 29 July 2021 is published.</p>" in html
    assert REASON in html
    assert message["List-Unsubscribe"] == "<https://moot.example.org/unsubscribe/abc123/>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_message_that_is_not_a_subscription_has_no_unsubscribe_headers(smtp_server):
    email_send(
        to="clerk@example.org",
        subject="Your password was changed",
        text="Your password was changed.",
        html="<p>Your password was <strong>changed</strong>.</p>",
        reason="You get this because it is about the security of your Moot account.",
    )
    message = smtp_server.messages[0]
    text, html = _parts(message)
    assert "<strong>changed</strong>" in html
    assert "security of your Moot account" in text and "security of your Moot account" in html
    assert message["List-Unsubscribe"] is None
    assert message["List-Unsubscribe-Post"] is None


@pytest.mark.parametrize(
    "change, sentence",
    [
        ({"reason": "  "}, "must say why the recipient got it"),
        ({"to": "not-an-address"}, "'not-an-address' is not an e-mail address"),
        ({"subject": "Hi\r\nBcc: victim@example.org"}, None),
        ({"unsubscribe_url": "http://moot.example.org/u/1/"}, "must start with https://"),
        ({"unsubscribe_url": "https://x.org/\r\nBcc: a@b.c"}, "has a line break"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_and_nothing_is_sent(smtp_server, change, sentence):
    arguments = {
        "to": "reader@example.org",
        "subject": "Subject",
        "text": "Body",
        "reason": REASON,
        **change,
    }
    if sentence is None:
        # A line break in the subject is folded into spaces: no header can be injected.
        email_send(**arguments)
        assert smtp_server.messages[0]["Subject"] == "Hi Bcc: victim@example.org"
        assert smtp_server.messages[0]["Bcc"] is None
        return
    with pytest.raises(EmailRefused, match=sentence):
        email_send(**arguments)
    assert smtp_server.messages == []
