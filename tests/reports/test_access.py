"""The access rule's report actions: uploads by the body's report authors and clerks,
acceptance by its clerks, sign-off only by a step's named signatories (no role stands in)."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.access.rules import Action, Role, Subject, Target, decide

BOARD, OTHER = 1, 2
DAY = date(2026, 1, 5)
roles = st.sampled_from(list(Role))


def board(**fields) -> Target:
    return Target(body_id=BOARD, body_name="Health and Wellbeing Board", **fields)


def test_a_report_author_uploads_for_their_body_only():
    author = Subject(user_id=5, body_roles=frozenset({(BOARD, Role.REPORT_AUTHOR)}))
    assert decide(author, Action.REPORT_UPLOAD, board(), on=DAY)
    elsewhere = decide(author, Action.REPORT_UPLOAD, Target(body_id=OTHER), on=DAY)
    assert not elsewhere
    assert "report authors and clerks of the body" in elsewhere.reason
    assert not decide(author, Action.REPORT_ACCEPT, board(), on=DAY)


def test_a_member_neither_uploads_nor_accepts_nor_signs_off():
    member = Subject(user_id=6, seats=frozenset({BOARD}), chairs=frozenset({BOARD}))
    for action in (Action.REPORT_UPLOAD, Action.REPORT_ACCEPT):
        assert not decide(member, action, board(), on=DAY)
    assert not decide(member, Action.REPORT_SIGN_OFF, board(signoff_step_id=3), on=DAY)


def test_only_a_named_signatory_signs_a_step_not_even_an_administrator():
    signatory = Subject(user_id=7, signatory_steps=frozenset({2}))
    assert decide(signatory, Action.REPORT_SIGN_OFF, board(signoff_step_id=2), on=DAY)
    assert not decide(signatory, Action.REPORT_SIGN_OFF, board(signoff_step_id=3), on=DAY)
    admin = Subject(user_id=8, superuser=True, authority_roles=frozenset({Role.ADMINISTRATOR}))
    refused = decide(admin, Action.REPORT_SIGN_OFF, board(signoff_step_id=2), on=DAY)
    assert not refused and "named as signatories of this sign-off step" in refused.reason


@given(
    body_roles=st.frozensets(st.tuples(st.sampled_from([BOARD, OTHER]), roles)),
    authority_roles=st.frozensets(roles),
    superuser=st.booleans(),
    steps=st.frozensets(st.integers(1, 5)),
    step=st.integers(1, 5),
    anonymous=st.booleans(),
)
def test_sign_off_depends_on_the_named_step_alone(
    body_roles, authority_roles, superuser, steps, step, anonymous
):
    subject = Subject(
        user_id=None if anonymous else 9,
        superuser=superuser,
        authority_roles=authority_roles,
        body_roles=body_roles,
        signatory_steps=steps,
    )
    allowed = decide(subject, Action.REPORT_SIGN_OFF, board(signoff_step_id=step), on=DAY)
    assert allowed.allowed is (not anonymous and step in steps)
    without = dataclasses.replace(subject, signatory_steps=steps - {step})
    assert not decide(without, Action.REPORT_SIGN_OFF, board(signoff_step_id=step), on=DAY)
