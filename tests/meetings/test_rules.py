"""The meeting rules other than deadlines (moot.meetings.rules), on plain values: worked
examples and Hypothesis properties. No database is needed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.meetings import rules
from moot.meetings.rules import QUESTION_MAX_CHARACTERS, question_errors

# --- Public questions ----------------------------------------------------------------------

blank = st.text(alphabet=" \t\n", max_size=5)
words = st.text(min_size=1, max_size=60).filter(lambda t: t.strip())


@given(name=blank | words, email=blank | words, question=blank | words)
def test_question_errors_name_every_empty_field_at_once(name, email, question):
    errors = question_errors(name=name, email=email, question=question)
    empty = [
        f for f, v in (("name", name), ("email", email), ("question", question)) if not v.strip()
    ]
    assert list(errors) == empty  # all of them, in the form's order
    for field in empty:
        assert errors[field].startswith("Enter your ")


@given(length=st.integers(min_value=1, max_value=3 * QUESTION_MAX_CHARACTERS))
def test_question_errors_refuse_only_questions_over_the_limit(length):
    errors = question_errors(name="Ann", email="ann@example.com", question="x" * length)
    if length <= QUESTION_MAX_CHARACTERS:
        assert errors == {}
    else:
        assert list(errors) == ["question"]
        assert f"{length} characters long" in errors["question"]
        assert "2,000 characters or fewer" in errors["question"]


# --- The meeting's life (DOMAIN.md "The meeting's life") -------------------------------------

STATES = [
    rules.SCHEDULED,
    rules.AGENDA_PUBLISHED,
    rules.HELD,
    rules.MINUTES_DRAFT,
    rules.MINUTES_APPROVED,
    rules.CANCELLED,
    rules.POSTPONED,
]
# The main line, in order; cancelled and postponed sit beside it.
MAIN_LINE = STATES[:5]
states = st.sampled_from(STATES)


def allowed(current: str, target: str) -> bool:
    try:
        rules.check_transition(current, target)
    except rules.TransitionRefused:
        return False
    return True


def reachable(start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        state = todo.pop()
        for target in STATES:
            if target not in seen and allowed(state, target):
                seen.add(target)
                todo.append(target)
    return seen


def test_the_main_line_is_walked_one_step_at_a_time():
    for current, target in zip(MAIN_LINE, MAIN_LINE[1:], strict=False):
        assert allowed(current, target), (current, target)
    assert allowed(rules.HELD, rules.MINUTES_APPROVED)  # approved without a draft
    assert not allowed(rules.SCHEDULED, rules.HELD)  # the agenda is published first
    assert allowed(rules.POSTPONED, rules.SCHEDULED)  # a postponed meeting is rescheduled


@given(current=states, target=states)
def test_an_allowed_move_never_goes_back_on_the_main_line(current, target):
    if not allowed(current, target):
        return
    assert current != target
    if current in MAIN_LINE and target in MAIN_LINE:
        assert MAIN_LINE.index(target) > MAIN_LINE.index(current)
    if target in (rules.CANCELLED, rules.POSTPONED):
        assert current in (rules.SCHEDULED, rules.AGENDA_PUBLISHED)
    if current == rules.POSTPONED:
        assert target == rules.SCHEDULED


@given(target=states)
def test_nothing_follows_approved_minutes_or_a_cancellation(target):
    for final in (rules.MINUTES_APPROVED, rules.CANCELLED):
        with pytest.raises(rules.TransitionRefused, match="nothing follows"):
            rules.check_transition(final, target, meeting="The meeting")


@given(current=states, target=states, name=st.text(min_size=1, max_size=40))
def test_a_refused_move_says_which_meeting_and_what_may_follow(current, target, name):
    if allowed(current, target):
        return
    with pytest.raises(rules.TransitionRefused) as refused:
        rules.check_transition(current, target, meeting=name)
    message = str(refused.value)
    assert message.startswith(name + " ")
    assert f"'{target.replace('_', ' ')}'" in message
    followers = [s for s in STATES if allowed(current, s)]
    assert ("nothing follows" in message) == (not followers)


@given(state=states)
def test_every_state_but_a_cancellation_can_still_reach_approved_minutes(state):
    assert (rules.MINUTES_APPROVED in reachable(state)) == (state != rules.CANCELLED)


@given(state=states)
def test_minutes_are_editable_from_holding_the_meeting_until_approval(state):
    editable, reason = rules.minutes_editable(state)
    # Exactly the states after the meeting is held from which approval is still to come.
    after_held = reachable(rules.HELD)
    assert editable == (state in after_held and state != rules.MINUTES_APPROVED)
    assert reason
    if state == rules.MINUTES_APPROVED:
        assert "approved" in reason and "locked" in reason
    elif not editable:
        assert "before the meeting is held" in reason


@given(path=st.lists(states, max_size=12))
def test_once_approved_along_any_allowed_path_minutes_stay_locked(path):
    state = rules.HELD
    approved = False
    for target in path:
        if allowed(state, target):
            state = target
        approved = approved or state == rules.MINUTES_APPROVED
        if approved:
            assert rules.minutes_editable(state)[0] is False


# --- Minute numbers (Sched 12 para 1: they run on through the municipal year) -------------

used_numbers = st.sets(st.integers(min_value=1, max_value=10_000), max_size=30)
counts = st.integers(min_value=0, max_value=40)


@given(used=used_numbers, count=counts)
def test_next_minute_numbers_continue_after_the_highest_without_gaps(used, count):
    numbers = rules.next_minute_numbers(used, count)
    assert len(numbers) == count
    assert not set(numbers) & used
    if numbers:
        assert numbers[0] == max(used, default=0) + 1
        assert numbers == list(range(numbers[0], numbers[0] + count))


@given(used=used_numbers, first=counts, second=counts)
def test_numbering_in_two_goes_equals_numbering_at_once(used, first, second):
    once = rules.next_minute_numbers(used, first + second)
    a = rules.next_minute_numbers(used, first)
    b = rules.next_minute_numbers(used | set(a), second)
    assert a + b == once


@given(used=st.lists(st.integers(min_value=1, max_value=500), max_size=20), count=counts)
def test_next_minute_numbers_do_not_depend_on_order_or_repeats(used, count):
    expected = rules.next_minute_numbers(sorted(set(used)), count)
    assert rules.next_minute_numbers(used, count) == expected
    assert rules.next_minute_numbers(reversed(used + used), count) == expected


def test_a_new_municipal_year_starts_at_one():
    assert rules.next_minute_numbers([], 3) == [1, 2, 3]


# --- Meeting frequency (ToR 8.3) ------------------------------------------------------------

year_labels = st.from_regex(r"20[0-9]{2}/[0-9]{2}", fullmatch=True)


@given(
    meetings=st.integers(min_value=0, max_value=50),
    minimum=st.integers(min_value=-3, max_value=50),
    label=year_labels,
)
def test_frequency_is_met_by_at_least_the_minimum(meetings, minimum, label):
    check = rules.frequency_check(meetings, minimum, label)
    assert check.ok == (meetings >= minimum or minimum <= 0)
    assert (check.meetings, check.minimum) == (meetings, minimum)
    assert label in check.explanation and str(meetings) in check.explanation
    if not check.ok:
        assert f"at least {minimum}" in check.explanation
    # one more meeting is never worse
    assert rules.frequency_check(meetings + 1, minimum, label).ok >= check.ok


# --- The standing agenda (ToR 8.2) ----------------------------------------------------------

standing_titles = st.sampled_from(sorted(rules.STANDING_TITLES.values()))
other_titles = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=3, max_size=30).filter(
    lambda t: t.strip() and rules.standing_key(t) is None
)
terms_items = st.lists(standing_titles | other_titles, max_size=12)


@given(titles=terms_items)
def test_the_standing_agenda_opens_and_closes_in_the_seeds_order(titles):
    agenda = rules.standing_agenda(titles)
    keys = [i.key for i in agenda]
    # the items every agenda carries, whatever the terms of reference say
    assert {"apologies", "questions", "future_dates", "urgent_business"} <= set(keys)
    named = [k for k in keys if k != "other"]
    assert len(named) == len(set(named))
    # opening items, then the other standing items, then closing items
    closing = [i.closing for i in agenda]
    assert closing == sorted(closing)
    assert all(i.key != "other" for i in agenda if i.closing)
    first_other = keys.index("other") if "other" in keys else len(keys)
    assert all(k != "other" for k in keys[:first_other])
    assert all(k == "other" or agenda[n].closing for n, k in enumerate(keys) if n > first_other)
    for item in agenda:
        if item.key != "other":
            assert item.title == rules.STANDING_TITLES[item.key]


@given(titles=terms_items, data=st.data())
def test_the_standing_agenda_does_not_depend_on_how_the_terms_list_standing_items(titles, data):
    agenda = rules.standing_agenda(titles)
    shuffled = data.draw(st.permutations(titles))
    again = rules.standing_agenda(shuffled)
    assert [i for i in again if i.key != "other"] == [i for i in agenda if i.key != "other"]
    # unrecognised items are kept once each, in the terms' own order
    others = [t for t in titles if rules.standing_key(t) is None]
    assert [i.title for i in agenda if i.key == "other"] == others


def test_the_standing_agenda_of_terms_naming_declarations_and_previous_minutes():
    agenda = rules.standing_agenda(["Declarations of interest", "Minutes of the previous meeting"])
    assert [i.title for i in agenda] == [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes of the Previous Meeting",
        "Questions from Members of the Public",
        "Dates of Future Meetings",
        "Any Other Urgent Business",
    ]
