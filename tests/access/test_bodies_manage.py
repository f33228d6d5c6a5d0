"""``bodies.manage``: setting up bodies, their terms of reference and their members is for
clerks of every body and administrators only, whichever body is asked about."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.access.rules import AUTHORITY, GRANTABLE_ROLES, Action, Role, Subject, Target, decide

DAY = date(2026, 1, 5)
BOARD = Target(body_id=1, body_name="Health and Wellbeing Board")

bodies = st.sampled_from([1, 2, 3])
grantable = st.sampled_from(sorted(GRANTABLE_ROLES))
subjects = st.builds(
    Subject,
    user_id=st.one_of(st.none(), st.integers(1, 5)),
    superuser=st.booleans(),
    authority_roles=st.frozensets(grantable, max_size=3),
    body_roles=st.frozensets(st.tuples(bodies, grantable), max_size=4),
    seats=st.frozensets(bodies, max_size=3),
    chairs=st.frozensets(bodies, max_size=2),
)
targets = st.one_of(
    st.just(AUTHORITY), st.builds(Target, body_id=bodies, body_name=st.just("Board"))
)


@given(subject=subjects, target=targets)
def test_only_authority_wide_clerks_and_administrators_manage_bodies(subject, target):
    allowed = decide(subject, Action.BODIES_MANAGE, target, on=DAY).allowed
    wide = not subject.anonymous and (
        subject.superuser or bool(subject.authority_roles & {Role.CLERK, Role.ADMINISTRATOR})
    )
    assert allowed is wide


def test_a_clerk_of_the_body_itself_is_refused_with_a_reason():
    clerk = Subject(user_id=1, body_roles=frozenset({(1, Role.CLERK)}))
    decision = decide(clerk, Action.BODIES_MANAGE, BOARD, on=DAY)
    assert not decision.allowed
    assert decision.reason == (
        "Only clerks of every body and administrators may set up bodies, their terms of "
        "reference and their members (a clerk of the Health and Wellbeing Board alone may not)."
    )


def test_the_chair_of_the_body_is_refused():
    chair = Subject(user_id=1, chairs=frozenset({1}))
    assert not decide(chair, Action.BODIES_MANAGE, BOARD, on=DAY).allowed


def test_a_clerk_of_every_body_is_allowed_on_any_body_and_the_authority():
    clerk = Subject(user_id=1, authority_roles=frozenset({Role.CLERK}))
    for target in (AUTHORITY, BOARD):
        decision = decide(clerk, Action.BODIES_MANAGE, target, on=DAY)
        assert decision.allowed and decision.reason == "Allowed: you are a clerk of every body."
