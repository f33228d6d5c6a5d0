"""The rules of public alerts, property-tested (Hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moot.alerts import rules

ids = st.integers(min_value=1, max_value=50)
words = st.lists(st.from_regex(r"[a-z]{3,8}", fullmatch=True), min_size=1, max_size=5)


@given(ids, ids, st.frozensets(ids))
def test_a_body_subscription_matches_exactly_its_body(followed, event_body, people):
    follow = rules.Follow(kind="body", body_id=followed)
    event = rules.Published(body_id=event_body, people=people, text="")
    assert rules.matches(follow, event) == (followed == event_body)


@given(ids, ids, st.frozensets(ids))
def test_a_person_subscription_matches_meetings_where_they_hold_a_seat(person, body, people):
    follow = rules.Follow(kind="person", person_id=person)
    assert rules.matches(follow, rules.Published(body, people, "")) == (person in people)


@given(words, words)
def test_a_search_matches_when_every_word_is_published(wanted, published):
    follow = rules.Follow(kind="search", query=" ".join(w.upper() for w in wanted))
    event = rules.Published(body_id=1, people=frozenset(), text=" ".join(published))
    assert rules.matches(follow, event) == set(wanted).issubset(published)


def test_an_unknown_kind_matches_nothing():
    assert not rules.matches(rules.Follow(kind="x"), rules.Published(1, frozenset(), "x"))


@given(st.text(max_size=300))
def test_an_address_is_accepted_only_when_valid_and_short(text):
    error = rules.email_error(text)
    if error is None:
        assert "@" in text and len(text.strip()) <= rules.EMAIL_MAX


def test_address_sentences():
    assert rules.email_error("reader@example.org") is None
    assert "not an e-mail address" in rules.email_error("reader@")
    assert "Enter your e-mail address" in rules.email_error("  ")


@given(st.text(max_size=300))
def test_a_search_to_follow_has_a_word_and_a_sensible_length(query):
    error = rules.query_error(query)
    text = " ".join(query.split())
    if error is None:
        assert rules.QUERY_MIN <= len(text) <= rules.QUERY_MAX and rules.query_words(text)


@given(st.integers(min_value=0, max_value=100 * 60), st.booleans())
def test_a_digest_at_most_once_a_day(minutes, sent_before):
    start = datetime(2026, 1, 1, 7, 0, tzinfo=UTC)
    now = start + timedelta(minutes=minutes)
    due = rules.digest_due(
        last_digest_at=start if sent_before else None,
        confirmed_at=start if not sent_before else start - timedelta(days=9),
        now=now,
    )
    assert due == (now - start >= rules.DIGEST_EVERY)
