"""`moot role grant|revoke|list` (README "Giving someone a role"): JSON on stdout, exit 1
with one line naming the input at fault."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User

from moot import cli
from moot.access.models import RoleGrant
from moot.access.rules import Action
from moot.access.selectors import can
from moot.governance.models import Body

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(example):
    user = User(username="officer", email="Officer@Example.org")
    user.set_unusable_password()
    user.save()
    return user


def test_grant_list_and_revoke(officer, capsys):
    board = Body.objects.get(slug="health-and-wellbeing-board")
    july = board.meetings.get(date="2021-07-29")
    assert not can(officer, Action.AGENDA_PUBLISH, july)

    code = cli.main(
        ["role", "grant", "officer@example.org", "clerk", "--body", board.slug, "--json"]
    )
    assert code == 0
    granted = json.loads(capsys.readouterr().out)
    assert granted["user"] == "Officer@Example.org"
    assert (granted["role"], granted["body"], granted["revoked_at"]) == ("clerk", board.slug, None)
    assert can(officer, Action.AGENDA_PUBLISH, july)

    assert cli.main(["role", "grant", "officer@example.org", "exempt_reader"]) == 0
    assert capsys.readouterr().out == (
        "Officer@Example.org is now reader of exempt papers of the whole authority.\n"
    )

    assert cli.main(["role", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["grants"]
    assert {(g["user"], g["role"], g["body"]) for g in listed} == {
        ("Officer@Example.org", "clerk", board.slug),
        ("Officer@Example.org", "exempt_reader", None),
    }

    assert cli.main(["role", "revoke", "officer@example.org", "clerk", "--body", board.slug]) == 0
    assert "is no longer clerk of the Health and Wellbeing Board" in capsys.readouterr().out
    assert not can(officer, Action.AGENDA_PUBLISH, july)
    assert cli.main(["role", "list"]) == 0
    assert "clerk" not in capsys.readouterr().out.replace("exempt papers", "")
    assert cli.main(["role", "revoke", "officer@example.org", "exempt_reader", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["revoked_at"] is not None
    assert cli.main(["role", "list"]) == 0
    assert capsys.readouterr().out == "Nobody holds a granted role.\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["role", "grant", "officer@example.org", "clerk", "--body", "no-such-board"],
            "moot role: There is no body 'no-such-board': a role can be granted only on a body "
            "that exists.\n",
        ),
        (["role", "grant", "nobody@example.org", "clerk"], "no user with the e-mail address"),
        (["role", "grant", "officer@example.org", "member"], "because of a seat held"),
        (["role", "revoke", "officer@example.org", "clerk"], "is not clerk of the whole authority"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(officer, capsys, argv, message):
    assert cli.main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert not RoleGrant.objects.exists()


def test_bad_usage_is_exit_2(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["role", "promote", "a@example.org"])
    assert exited.value.code == 2


def test_give_one_exempt_document(officer, capsys):
    from moot.access.models import DocumentGrant
    from moot.documents.models import Document

    paper = Document.objects.filter(meeting__date="2021-07-29").exclude(file="").first()
    argv = ["role", "give-document", "officer@example.org", str(paper.pk), "--reason", "Audit"]
    assert cli.main(argv + ["--json"]) == 1
    assert "is not exempt: anyone may read it" in capsys.readouterr().err
    paper.exempt, paper.exempt_paragraph = True, 3
    paper.save()
    assert not can(officer, Action.PAPER_READ_EXEMPT, paper)

    assert cli.main(argv + ["--json"]) == 0
    given = json.loads(capsys.readouterr().out)
    assert (given["document"], given["reason"]) == (paper.pk, "Audit")
    assert given["meeting"] == "health-and-wellbeing-board/2021-07-29"
    assert can(officer, Action.PAPER_READ_EXEMPT, paper)

    assert (
        cli.main(["role", "give-document", "officer@example.org", "999999", "--reason", "x"]) == 1
    )
    assert capsys.readouterr().err == "moot role: There is no document number 999999.\n"
    assert DocumentGrant.objects.count() == 1
