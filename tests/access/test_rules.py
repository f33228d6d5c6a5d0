"""The access rule on its own: plain values in, a decision and its reason out."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.access.rules import (
    ANONYMOUS,
    GRANTABLE_ROLES,
    Action,
    Role,
    Subject,
    Target,
    decide,
    roles_on,
)

JULY = date(2021, 7, 29)
BOARD, OTHER = 1, 2
EXEMPT = Target(body_id=BOARD, body_name="Health and Wellbeing Board", exempt=True, document_id=9)
PUBLIC = Target(body_id=BOARD, body_name="Health and Wellbeing Board")
STAFF_ACTIONS = [
    Action.AGENDA_EDIT,
    Action.AGENDA_PUBLISH,
    Action.MINUTES_RECORD,
    Action.MINUTES_APPROVE,
    Action.PAPER_GRANT,
]

bodies = st.sampled_from([BOARD, OTHER, 3])
grantable = st.sampled_from(sorted(GRANTABLE_ROLES))
subjects = st.builds(
    Subject,
    user_id=st.one_of(st.none(), st.integers(1, 5)),
    superuser=st.booleans(),
    authority_roles=st.frozensets(grantable, max_size=3),
    body_roles=st.frozensets(st.tuples(bodies, grantable), max_size=4),
    seats=st.frozensets(bodies, max_size=3),
    chairs=st.frozensets(bodies, max_size=2),
    document_grants=st.frozensets(st.integers(1, 12), max_size=3),
)
targets = st.builds(
    Target,
    body_id=st.one_of(st.none(), bodies),
    body_name=st.just("Board"),
    public=st.booleans(),
    exempt=st.booleans(),
    document_id=st.one_of(st.none(), st.integers(1, 12)),
)
actions = st.sampled_from(list(Action))
days = st.dates(date(2000, 1, 1), date(2040, 1, 1))


def test_the_reason_for_an_exempt_paper_names_the_body_the_date_and_the_law():
    decision = decide(ANONYMOUS, Action.PAPER_READ_EXEMPT, EXEMPT, on=JULY)
    assert not decision.allowed
    assert decision.reason == (
        "Only members of the Health and Wellbeing Board on 29 July 2021, its clerks and "
        "readers of exempt papers may read exempt papers (LGA 1972 s100A(4), Schedule 12A)."
    )


def test_a_public_page_is_for_anyone():
    assert decide(ANONYMOUS, Action.PAGE_READ, PUBLIC, on=JULY).allowed


def test_reading_an_exempt_page_is_reading_an_exempt_paper():
    assert not decide(ANONYMOUS, Action.PAGE_READ, EXEMPT, on=JULY).allowed
    member = Subject(user_id=1, seats=frozenset({BOARD}))
    assert decide(member, Action.PAGE_READ, EXEMPT, on=JULY).allowed


def test_an_unknown_action_is_refused_with_its_name():
    decision = decide(Subject(user_id=1, superuser=True), "minutes.burn", PUBLIC, on=JULY)
    assert not decision.allowed and "'minutes.burn'" in decision.reason


@pytest.mark.parametrize(
    ("subject", "allowed"),
    [
        (Subject(user_id=1, seats=frozenset({BOARD})), True),
        (Subject(user_id=1, chairs=frozenset({BOARD})), True),
        (Subject(user_id=1, seats=frozenset({OTHER})), False),
        (Subject(user_id=1, body_roles=frozenset({(BOARD, Role.CLERK)})), True),
        (Subject(user_id=1, body_roles=frozenset({(OTHER, Role.CLERK)})), False),
        (Subject(user_id=1, body_roles=frozenset({(BOARD, Role.EXEMPT_READER)})), True),
        (Subject(user_id=1, authority_roles=frozenset({Role.EXEMPT_READER})), True),
        (Subject(user_id=1, body_roles=frozenset({(BOARD, Role.REPORT_AUTHOR)})), False),
        (Subject(user_id=1, document_grants=frozenset({9})), True),
        (Subject(user_id=1, document_grants=frozenset({8})), False),
        (Subject(user_id=1, superuser=True), True),
        (Subject(user_id=1), False),
    ],
)
def test_who_reads_an_exempt_paper(subject, allowed):
    assert decide(subject, Action.PAPER_READ_EXEMPT, EXEMPT, on=JULY).allowed is allowed


def test_the_chair_approves_minutes_but_does_not_publish():
    chair = Subject(user_id=1, chairs=frozenset({BOARD}))
    assert decide(chair, Action.MINUTES_APPROVE, PUBLIC, on=JULY).allowed
    refused = decide(chair, Action.AGENDA_PUBLISH, PUBLIC, on=JULY)
    assert not refused.allowed
    assert "clerks of the Health and Wellbeing Board" in refused.reason


def test_an_unpublished_paper_is_for_its_clerks_and_report_authors():
    draft = dataclasses.replace(PUBLIC, public=False)
    author = Subject(user_id=1, body_roles=frozenset({(BOARD, Role.REPORT_AUTHOR)}))
    member = Subject(user_id=1, seats=frozenset({BOARD}))
    assert decide(author, Action.PAGE_READ, draft, on=JULY).allowed
    assert not decide(member, Action.PAGE_READ, draft, on=JULY).allowed
    assert not decide(ANONYMOUS, Action.PAGE_READ, draft, on=JULY).allowed


@given(subject=subjects, target=targets, day=days)
def test_anonymous_never_reads_an_exempt_paper(subject, target, day):
    """Whatever roles are written into it, a subject without a user reads nothing exempt."""
    anonymous = dataclasses.replace(subject, user_id=None)
    exempt = dataclasses.replace(target, exempt=True)
    for action in (Action.PAPER_READ_EXEMPT, Action.PAGE_READ):
        assert not decide(anonymous, action, exempt, on=day).allowed


@given(subject=subjects, action=actions, target=targets, day=days)
def test_anonymous_only_reads_what_is_public_and_not_exempt(subject, action, target, day):
    anonymous = dataclasses.replace(subject, user_id=None)
    decision = decide(anonymous, action, target, on=day)
    assert decision.allowed is (
        action in (Action.PAGE_READ, Action.PAPER_READ_EXEMPT)
        and target.public
        and not target.exempt
    )


@given(action=st.sampled_from(STAFF_ACTIONS), target=targets, day=days)
def test_a_clerk_of_one_body_never_acts_on_another(action, target, day):
    clerk = Subject(user_id=1, body_roles=frozenset({(BOARD, Role.CLERK)}))
    elsewhere = dataclasses.replace(target, body_id=OTHER)
    assert not decide(clerk, action, elsewhere, on=day).allowed
    own = dataclasses.replace(target, body_id=BOARD)
    assert decide(clerk, action, own, on=day).allowed


@given(subject=subjects, action=actions, target=targets, day=days, data=st.data())
def test_revoking_a_role_never_grants_anything(subject, action, target, day, data):
    """Taking away a grant, a seat or a document grant can only turn an allow into a refusal."""
    before = decide(subject, action, target, on=day).allowed
    field = data.draw(
        st.sampled_from(["authority_roles", "body_roles", "seats", "chairs", "document_grants"])
    )
    held = getattr(subject, field)
    if not held:
        return
    removed = data.draw(st.sampled_from(sorted(held, key=repr)))
    fewer = dataclasses.replace(subject, **{field: held - {removed}})
    superless = dataclasses.replace(subject, superuser=False)
    if not before:
        assert not decide(fewer, action, target, on=day).allowed
        assert not decide(superless, action, target, on=day).allowed


@given(subject=subjects, action=actions, target=targets, day=days)
def test_every_decision_gives_a_sentence(subject, action, target, day):
    decision = decide(subject, action, target, on=day)
    assert decision.reason.endswith(".") and decision.reason[0].isupper()
    assert bool(decision) is decision.allowed


@given(subject=subjects, day=days, target=targets)
def test_only_administrators_manage_users_and_repair(subject, day, target):
    administrator = subject.user_id is not None and (
        subject.superuser or Role.ADMINISTRATOR in subject.authority_roles
    )
    for action in (Action.USERS_MANAGE, Action.ADMIN_REPAIR):
        authority = dataclasses.replace(target, body_id=None)
        assert decide(subject, action, authority, on=day).allowed is administrator


@given(subject=subjects)
def test_member_and_chair_come_only_from_seats(subject):
    roles = roles_on(dataclasses.replace(subject, user_id=1), BOARD)
    assert (Role.MEMBER in roles) is (BOARD in subject.seats or BOARD in subject.chairs)
    assert (Role.CHAIR in roles) is (BOARD in subject.chairs)


@given(subject=subjects, target=targets, day=days, document=st.integers(1, 12))
def test_a_document_grant_opens_that_document_only(subject, target, day, document):
    """Adding a grant for one document changes no decision about any other target."""
    granted = dataclasses.replace(subject, document_grants=subject.document_grants | {document})
    for action in Action:
        before = decide(subject, action, target, on=day).allowed
        after = decide(granted, action, target, on=day).allowed
        if target.document_id != document or action not in (
            Action.PAPER_READ_EXEMPT,
            Action.PAGE_READ,
        ):
            assert after is before
