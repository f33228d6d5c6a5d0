"""The pure rules of sign-in and the gate: property tests (Hypothesis)."""

from __future__ import annotations

import ipaddress
import re
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moot.accounts import rules

NOW = datetime(2026, 12, 6, 18, 0, 0)
seconds = st.integers(min_value=1, max_value=3 * 24 * 3600)
ipv4 = st.ip_addresses(v=4).map(str)


def _promised_seconds(sentence: str) -> int:
    total = 0
    for amount, unit in re.findall(r"(\d+) (second|minute|hour)s?", sentence):
        total += int(amount) * {"second": 1, "minute": 60, "hour": 3600}[unit]
    return total


@given(seconds)
def test_retry_sentence_never_promises_a_retry_earlier_than_true(wait):
    sentence = rules.retry_sentence(seconds=wait, now=NOW, what="questions sent")
    assert sentence.startswith("Too many questions sent from your address")
    assert _promised_seconds(sentence.split("(after")[0]) >= wait
    after = re.search(r"after (\d\d):(\d\d):(\d\d)", sentence).groups()
    at = NOW + timedelta(seconds=wait)
    assert tuple(int(x) for x in after) == (at.hour, at.minute, at.second)


def test_retry_sentence_reads_well():
    assert rules.retry_sentence(seconds=1, now=NOW, what="sign-in attempts") == (
        "Too many sign-in attempts from your address in a short time. "
        "Please try again in 1 second (after 18:00:01)."
    )
    assert "in 2 minutes" in rules.retry_sentence(seconds=61, now=NOW, what="x")
    assert "in 1 hour 1 minute" in rules.retry_sentence(seconds=3660, now=NOW, what="x")


@given(st.integers(min_value=1, max_value=24 * 60), st.integers(min_value=1, max_value=50))
def test_lockout_sentence_says_for_how_long_and_after_how_many(minutes, limit):
    sentence = rules.lockout_sentence(cool_off=timedelta(minutes=minutes), failure_limit=limit)
    assert f"after {limit} failed attempts" in sentence
    assert _promised_seconds(sentence) == minutes * 60


@given(ipv4, st.lists(ipv4, max_size=4))
def test_an_untrusted_peer_cannot_choose_its_address(peer, forwarded):
    trusted = ["10.0.0.0/8"]
    if ipaddress.ip_address(peer) in ipaddress.ip_network("10.0.0.0/8"):
        return
    assert rules.client_address(peer, ", ".join(forwarded), trusted) == peer


@given(ipv4, st.lists(ipv4, min_size=1, max_size=4))
def test_behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client(client, spoofed):
    trusted = ["10.0.0.0/8", "127.0.0.1"]
    if rules.is_trusted_proxy(client, trusted):
        return
    chain = [*spoofed, client, "10.0.0.2"]  # the client may send anything before itself
    assert rules.client_address("127.0.0.1", ", ".join(chain), trusted) == client


@given(st.booleans(), st.booleans(), st.sets(st.sampled_from(["member", "chair", "clerk"])))
def test_mfa_is_required_exactly_for_the_privileged(superuser, staff, roles):
    decision = rules.mfa_required_for(is_superuser=superuser, is_staff=staff, roles=roles)
    assert decision.value == (superuser or staff or "clerk" in roles)
    assert decision.explanation.endswith(".")


def test_garbage_is_never_a_trusted_proxy():
    assert not rules.is_trusted_proxy("not an address", ["0.0.0.0/0"])
    assert not rules.is_trusted_proxy("10.0.0.1", ["not a network"])
    assert rules.is_trusted_proxy("::1", ["::1"]) and not rules.is_trusted_proxy(
        "::1", ["127.0.0.1"]
    )
