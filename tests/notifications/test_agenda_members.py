"""Publishing an agenda queues, on commit, the public and members' pack builds and an
e-mail to every member of the body on the meeting's date who has an account; the worker
builds and sends them (a real SMTP server on loopback)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from django.contrib.auth.models import User
from django.db.models import Q
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from moot.governance.models import Membership, Person
from moot.meetings import services as meeting_services
from moot.meetings.models import Meeting
from moot.meetings.rules import TransitionRefused
from tests.jobs.helpers import run_jobs

OCTOBER = date(2021, 10, 28)
MEETING_PAGE = "http://moot.example.org/bodies/health-and-wellbeing-board/meetings/2021-10-28/"
MEMBERS_PACK = MEETING_PAGE + "members-pack.pdf"


def _members_on(body, day) -> list[Membership]:
    terms = "seat__section__terms_of_reference__"
    return list(
        Membership.objects.filter(**{f"{terms}body": body}, start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("person")
        .order_by("person__name")
    )


def _account(person: Person, name: str, email: str) -> User:
    user = User.objects.create_user(name, email)
    person.user = user
    person.save(update_fields=["user"])
    return user


@pytest.fixture
def october(example, settings, empty_queue) -> Meeting:
    settings.MOOT_SITE_URL = "http://moot.example.org"
    return Meeting.objects.get(body=example, date=OCTOBER)


def _publish(meeting: Meeting) -> Meeting:
    return meeting_services.agenda_publish(
        meeting=meeting,
        now=datetime.combine(
            OCTOBER - timedelta(days=14), time(12), tzinfo=meeting_services.LONDON
        ),
    )


def test_publishing_the_agenda_emails_the_members_with_accounts_and_builds_the_packs(
    october, smtp_server, client, django_capture_on_commit_callbacks
):
    member = _members_on(october.body, OCTOBER)[0].person
    _account(member, "member", "member@example.org")
    seated = {m.person_id for m in _members_on(october.body, OCTOBER)}
    outsider = Person.objects.exclude(pk__in=seated).first()
    _account(outsider, "outsider", "outsider@example.org")  # no seat that day: no message

    with django_capture_on_commit_callbacks(execute=True):
        _publish(october)
    assert smtp_server.messages == []  # nothing is sent inside the request
    queued = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert queued == [
        "moot.jobs.tasks.pack_build",
        "moot.jobs.tasks.pack_build",
        "moot.jobs.tasks.send_email",
    ]

    run_jobs()

    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }
    (message,) = smtp_server.messages
    assert smtp_server.envelopes[0].rcpt_tos == ["member@example.org"]
    assert message["Subject"] == "Agenda published: Health and Wellbeing Board, 28 October 2021"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert f"Dear {member.name}," in text
    assert "Thursday 28 October 2021 at 9:30" in text
    for part in (text, html):
        assert MEETING_PAGE in part
        assert MEMBERS_PACK in part
        assert "because you are a member of Health and Wellbeing Board" in part
    assert f'<a href="{MEMBERS_PACK}">' in html

    builds = DBTaskResult.objects.filter(task_path="moot.jobs.tasks.pack_build")
    assert sorted(b.args_kwargs["kwargs"]["include_exempt"] for b in builds) == [False, True]
    assert all(b.return_value["cached"] is False for b in builds)
    pack = client.get("/bodies/health-and-wellbeing-board/meetings/2021-10-28/pack.pdf")
    assert pack.status_code == 200
    assert pack["Content-Type"] == "application/pdf"


def test_a_second_publication_sends_nothing_more(
    october, smtp_server, django_capture_on_commit_callbacks
):
    _account(_members_on(october.body, OCTOBER)[0].person, "member", "member@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        _publish(october)
    run_jobs()
    assert len(smtp_server.messages) == 1
    jobs = DBTaskResult.objects.count()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(TransitionRefused):
        _publish(october)
    run_jobs()

    assert len(smtp_server.messages) == 1
    assert DBTaskResult.objects.count() == jobs


def test_a_member_without_an_address_or_account_gets_nothing(
    october, smtp_server, django_capture_on_commit_callbacks
):
    _account(_members_on(october.body, OCTOBER)[0].person, "member", "")
    with django_capture_on_commit_callbacks(execute=True):
        _publish(october)
    run_jobs()
    assert smtp_server.messages == []
    assert not DBTaskResult.objects.filter(task_path="moot.jobs.tasks.send_email").exists()


def test_a_publication_recorded_without_announcing_queues_nothing(
    october, smtp_server, django_capture_on_commit_callbacks
):
    """What the example's loader does for its agendas published in 2021: tell no one."""
    _account(_members_on(october.body, OCTOBER)[0].person, "member", "member@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_services.agenda_publish(
            meeting=october,
            now=datetime.combine(
                OCTOBER - timedelta(days=14), time(12), tzinfo=meeting_services.LONDON
            ),
            announce=False,
        )
    october.refresh_from_db()
    assert october.agenda_published_at is not None
    assert not DBTaskResult.objects.exists()  # no pack build, no e-mail queued on commit
    run_jobs()
    assert smtp_server.messages == []
