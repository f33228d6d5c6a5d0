"""The cast of the access tests, on the loaded example: one person per role, a second body
with its own member, clerk and exempt paper, and an exempt paper of the Board's July
meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from django.contrib.auth.models import AnonymousUser, User

from moot.access.services import role_grant
from moot.documents.models import Document
from moot.governance.models import Body, Person
from moot.meetings import services as meetings
from moot.meetings.models import Meeting
from tests.access.helpers import another_body_with_member
from tests.accounts.support import enrol_totp

JULY = date(2021, 7, 29)


@dataclass
class Cast:
    board: Body
    other: Body
    july: Meeting
    other_meeting: Meeting
    unpublished: Meeting
    other_unpublished: Meeting
    exempt_paper: Document
    other_exempt_paper: Document
    users: dict


def _user(name: str, person: Person | None = None) -> User:
    user = User(username=name, email=f"{name}@example.org")
    user.set_unusable_password()  # no password hashing: tests sign in with force_login
    user.save()
    enrol_totp(user)  # clerks and administrators must use MFA; the others may
    if person is not None:
        person.user = user
        person.save()
    return user


@pytest.fixture
def cast(example) -> Cast:
    board = example
    july = Meeting.objects.get(body=board, date=JULY)
    exempt_paper = Document.objects.filter(meeting=july).exclude(file="").order_by("pk").first()
    exempt_paper.exempt, exempt_paper.exempt_paragraph = True, 3
    exempt_paper.save()

    other, outsider = another_body_with_member()
    other_meeting = meetings.meeting_create(
        body=other, day=JULY, at=time(14, 0), recording_past=True, standing_items=False
    )
    Meeting.objects.filter(pk=other_meeting.pk).update(
        status=Meeting.Status.AGENDA_PUBLISHED, agenda_published_at=july.agenda_published_at
    )
    other_meeting.refresh_from_db()
    unpublished = Meeting.objects.get(body=board, date=date(2021, 10, 28))
    other_unpublished = meetings.meeting_create(
        body=other, day=date(2021, 10, 28), at=time(14, 0), recording_past=True
    )
    other_exempt_paper = Document.objects.create(
        meeting=other_meeting,
        title="Other body's exempt report",
        exempt=True,
        exempt_paragraph=1,
        file=exempt_paper.file.name,
        file_type="pdf",
    )

    users = {
        "anonymous": AnonymousUser(),
        "member": _user("member", Person.objects.get(name="Harsha Kotecha")),
        "member of another body": _user("outsider", outsider),
        "clerk": _user("clerk"),
        "clerk of another body": _user("otherclerk"),
        "chair": _user("chair", Person.objects.get(slug="vi-dempster")),
        "report author": _user("author"),
        "exempt reader": _user("reader"),
        "administrator": _user("administrator"),
    }
    role_grant(user=users["clerk"], role="clerk", body=board)
    role_grant(user=users["clerk of another body"], role="clerk", body=other)
    role_grant(user=users["report author"], role="report_author", body=board)
    role_grant(user=users["exempt reader"], role="exempt_reader", body=board)
    role_grant(user=users["administrator"], role="administrator")
    return Cast(
        board,
        other,
        july,
        other_meeting,
        unpublished,
        other_unpublished,
        exempt_paper,
        other_exempt_paper,
        users,
    )
