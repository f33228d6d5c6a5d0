"""Granting and revoking roles, giving one exempt document: checked, logged, all or nothing."""

from __future__ import annotations

import pytest

from moot.access import services
from moot.access.models import DocumentGrant, RoleGrant
from moot.access.rules import Action, Role
from moot.access.selectors import can, holds_role
from moot.governance.models import AuditEntry

pytestmark = pytest.mark.django_db


def counts():
    return RoleGrant.objects.count(), DocumentGrant.objects.count(), AuditEntry.objects.count()


@pytest.mark.parametrize(
    ("user", "role", "body", "message"),
    [
        (
            "clerk@example.org",
            "clerk",
            "no-such-board",
            "There is no body 'no-such-board': a role can be granted only on a body that exists.",
        ),
        ("clerk@example.org", "overlord", None, "'overlord' is not a role that can be granted"),
        ("clerk@example.org", "member", "health-and-wellbeing-board", "because of a seat held"),
        ("clerk@example.org", "chair", "health-and-wellbeing-board", "because of a seat held"),
        (
            "nobody@example.org",
            "clerk",
            None,
            "no user with the e-mail address 'nobody@example.org'",
        ),
        (
            "clerk@example.org",
            "administrator",
            "health-and-wellbeing-board",
            "acts for the whole authority: grant it without a body",
        ),
        (
            "clerk@example.org",
            "clerk",
            "health-and-wellbeing-board",
            "clerk@example.org is already clerk of the Health and Wellbeing Board.",
        ),
    ],
)
def test_bad_grants_are_refused_with_a_sentence_and_nothing_is_saved(
    cast, user, role, body, message
):
    before = counts()
    with pytest.raises(services.AccessError) as refused:
        services.role_grant(user=user, role=role, body=body)
    assert message in str(refused.value)
    assert counts() == before


def test_a_grant_is_logged_and_a_revocation_takes_the_role_away(cast):
    author = cast.users["report author"]
    clerk = services.role_grant(
        user="AUTHOR@example.org", role="clerk", body="health-and-wellbeing-board"
    )
    entry = AuditEntry.objects.filter(action="moot.role.granted").latest("pk")
    assert entry.object_id == str(clerk.pk)
    assert entry.data == {"user": "author", "role": "clerk", "body": "health-and-wellbeing-board"}
    assert can(author, Action.AGENDA_PUBLISH, cast.july).allowed

    services.role_revoke(user=author, role=Role.CLERK, body=cast.board)
    assert not can(author, Action.AGENDA_PUBLISH, cast.july).allowed
    assert AuditEntry.objects.filter(action="moot.role.revoked", object_id=str(clerk.pk)).exists()
    clerk.refresh_from_db()
    assert clerk.revoked_at is not None  # kept, marked revoked: the history stays readable
    with pytest.raises(services.AccessError, match="is not clerk of the Health and Wellbeing"):
        services.role_revoke(user=author, role="clerk", body=cast.board)
    # Granted again after revocation: a new live grant beside the revoked one.
    services.role_grant(user=author, role="clerk", body=cast.board)
    assert RoleGrant.objects.filter(user=author, role="clerk").count() == 2


def test_only_an_administrator_may_grant_roles(cast):
    before = counts()
    with pytest.raises(services.AccessDenied, match="Only administrators may manage users"):
        services.role_grant(
            user=cast.users["member"], role="clerk", body=cast.board, by=cast.users["clerk"]
        )
    assert counts() == before
    grant = services.role_grant(
        user=cast.users["member"], role="clerk", body=cast.board, by=cast.users["administrator"]
    )
    assert grant.granted_by == cast.users["administrator"]
    entry = AuditEntry.objects.filter(action="moot.role.granted").latest("pk")
    assert entry.user.get_username() == "administrator"


def test_an_exempt_document_given_on_a_need_to_know_basis(cast):
    officer = cast.users["report author"]
    paper = cast.exempt_paper
    assert not can(officer, Action.PAPER_READ_EXEMPT, paper).allowed
    before = counts()
    with pytest.raises(services.AccessError, match="with a reason"):
        services.document_grant(user=officer, document=paper, reason="  ", by=cast.users["clerk"])
    with pytest.raises(services.AccessDenied, match="clerks of the Health and Wellbeing Board"):
        services.document_grant(
            user=officer, document=paper, reason="Drafting the reply", by=cast.users["member"]
        )
    assert counts() == before

    services.document_grant(
        user=officer, document=paper, reason="Drafting the reply", by=cast.users["clerk"]
    )
    decision = can(officer, Action.PAPER_READ_EXEMPT, paper)
    assert decision.allowed and "s100F" in decision.reason
    # One document only: the other exempt papers stay closed.
    assert not can(officer, Action.PAPER_READ_EXEMPT, cast.other_exempt_paper).allowed
    entry = AuditEntry.objects.filter(action="moot.document.granted").latest("pk")
    assert entry.data["reason"] == "Drafting the reply" and entry.user.get_username() == "clerk"
    with pytest.raises(services.AccessError, match="already been given"):
        services.document_grant(user=officer, document=paper, reason="Again")


def test_a_public_document_needs_no_grant(cast):
    public = cast.july.documents.exclude(pk=cast.exempt_paper.pk).filter(exempt=False).first()
    public_item_exempt = public.item is not None and public.item.exempt
    assert not public_item_exempt
    with pytest.raises(services.AccessError, match="is not exempt"):
        services.document_grant(user=cast.users["member"], document=public, reason="Curious")


def test_holds_role_answers_for_mfa(cast):
    users = cast.users
    staff = {Role.CLERK, Role.ADMINISTRATOR}
    assert holds_role(users["clerk"], staff)
    assert holds_role(users["clerk of another body"], staff)
    assert holds_role(users["administrator"], staff)
    assert not holds_role(users["member"], staff)
    assert not holds_role(users["chair"], staff)
    assert not holds_role(users["report author"], staff)
    assert not holds_role(users["anonymous"], staff)
    assert holds_role(users["chair"], {"chair"}, on=cast.july.date)
    assert not holds_role(users["member"], {"chair"}, on=cast.july.date)
    services.role_revoke(user=users["clerk"], role="clerk", body=cast.board)
    assert not holds_role(users["clerk"], staff)
