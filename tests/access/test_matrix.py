"""The permission matrix (issue 11, "Done means"): each role x each action on the example,
asked through ``can`` from the stored record (grants, seats held on the meeting's date).

"Own body" is the body the role belongs to (the Board for the anonymous visitor and the
administrator); "another body" the other one. Each cell is its own test, so removing any
one rule (a role from an action, a seat from the membership check, a grant's body from
the lookup) fails the cells that depend on it.
"""

from __future__ import annotations

import pytest

from moot.access.rules import Action
from moot.access.selectors import AccessDenied, can, require

pytestmark = pytest.mark.django_db

COLUMNS = [
    "read a public page",
    "read an exempt paper of own body",
    "read an exempt paper of another body",
    "read papers before publication",
    "edit an agenda",
    "edit another body's agenda",
    "publish",
    "record minutes",
    "approve minutes",
    "manage users",
]
T, F = True, False
MATRIX = {
    "anonymous": [T, F, F, F, F, F, F, F, F, F],
    "member": [T, T, F, F, F, F, F, F, F, F],
    "member of another body": [T, T, F, F, F, F, F, F, F, F],
    "clerk": [T, T, F, T, T, F, T, T, T, F],
    "clerk of another body": [T, T, F, T, T, F, T, T, T, F],
    "chair": [T, T, F, F, F, F, F, F, T, F],
    "report author": [T, F, F, T, F, F, F, F, F, F],
    "exempt reader": [T, T, F, F, F, F, F, F, F, F],
    "administrator": [T, T, T, T, T, T, T, T, T, T],
}
OF_ANOTHER_BODY = {"member of another body", "clerk of another body"}


def ask(cast, role: str, column: str):
    own_is_other = role in OF_ANOTHER_BODY
    meeting = cast.other_meeting if own_is_other else cast.july
    elsewhere = cast.july if own_is_other else cast.other_meeting
    paper = cast.other_exempt_paper if own_is_other else cast.exempt_paper
    other_paper = cast.exempt_paper if own_is_other else cast.other_exempt_paper
    unpublished = cast.other_unpublished if own_is_other else cast.unpublished
    question = {
        "read a public page": (Action.PAGE_READ, meeting),
        "read an exempt paper of own body": (Action.PAPER_READ_EXEMPT, paper),
        "read an exempt paper of another body": (Action.PAPER_READ_EXEMPT, other_paper),
        "read papers before publication": (Action.PAGE_READ, unpublished),
        "edit an agenda": (Action.AGENDA_EDIT, meeting),
        "edit another body's agenda": (Action.AGENDA_EDIT, elsewhere),
        "publish": (Action.AGENDA_PUBLISH, meeting),
        "record minutes": (Action.MINUTES_RECORD, meeting),
        "approve minutes": (Action.MINUTES_APPROVE, meeting),
        "manage users": (Action.USERS_MANAGE, None),
    }[column]
    return can(cast.users[role], *question)


@pytest.mark.parametrize(
    ("role", "column", "allowed"),
    [
        pytest.param(role, column, allowed, id=f"{role}: {column}")
        for role, row in MATRIX.items()
        for column, allowed in zip(COLUMNS, row, strict=True)
    ],
)
def test_permission_matrix(cast, role, column, allowed):
    decision = ask(cast, role, column)
    assert decision.allowed is allowed, decision.reason
    assert decision.reason.endswith(".")


def test_a_refusal_names_the_body_the_date_and_the_law(cast):
    decision = can(
        cast.users["member of another body"], Action.PAPER_READ_EXEMPT, cast.exempt_paper
    )
    assert decision.reason == (
        "Only members of the Health and Wellbeing Board on 29 July 2021, its clerks and "
        "readers of exempt papers may read exempt papers (LGA 1972 s100A(4), Schedule 12A)."
    )


def test_a_member_is_one_on_the_meeting_date_only(cast):
    """Membership is the seat held on the date, never a flag: Kotecha's seat does not reach
    back before it began."""
    from datetime import date

    member = cast.users["member"]
    assert can(member, Action.PAPER_READ_EXEMPT, cast.exempt_paper).allowed
    assert not can(member, Action.PAPER_READ_EXEMPT, cast.exempt_paper, on=date(2001, 1, 1))


def test_a_superuser_is_an_administrator_and_an_inactive_user_is_nobody(cast):
    from django.contrib.auth.models import User

    root = User.objects.create_superuser("root", "root@example.org", "a-long-password-9")
    assert can(root, Action.USERS_MANAGE).allowed
    assert can(root, Action.PAPER_READ_EXEMPT, cast.other_exempt_paper).allowed
    root.is_active = False
    assert not can(root, Action.USERS_MANAGE).allowed
    clerk = cast.users["clerk"]
    clerk.is_active = False
    assert not can(clerk, Action.PAPER_READ_EXEMPT, cast.exempt_paper).allowed


def test_require_raises_the_rules_reason_for_a_view_to_answer_403(cast):
    from django.core.exceptions import PermissionDenied

    assert require(cast.users["clerk"], Action.AGENDA_PUBLISH, cast.july).allowed
    with pytest.raises(AccessDenied) as refused:
        require(cast.users["chair"], Action.AGENDA_PUBLISH, cast.july)
    assert isinstance(refused.value, PermissionDenied)
    assert str(refused.value) == (
        "Only the clerks of the Health and Wellbeing Board and administrators may publish its "
        "agendas (LGA 1972 s100B)."
    )
