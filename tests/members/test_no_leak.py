"""Exempt information never leaks through the members' area or public alerts: the
portal's planted markers (tests/portal/test_exempt_never_leaks.py) are asked for at every
new address by an anonymous visitor and by a member of another body, and an alert about a
meeting with exempt business carries none of it."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.db.models import Q

from moot.access.models import ExemptDownload
from moot.alerts.models import Subscription
from moot.documents.models import Document
from moot.documents.services import document_record
from moot.governance.models import Person
from moot.meetings import services
from moot.meetings.models import Meeting
from tests.jobs.helpers import run_jobs
from tests.portal.test_exempt_never_leaks import marker, needle, plant, token  # noqa: F401

pytestmark = pytest.mark.django_db

BODY = "health-and-wellbeing-board"


@pytest.mark.parametrize("visitor", ["anonymous", "member of another body"])
def test_no_exempt_paper_through_the_members_area(client, example, marker, token, visitor):  # noqa: F811
    from django.contrib.auth.models import User

    from tests.access.helpers import another_body_with_member

    plant(example, marker)
    if visitor != "anonymous":
        _, outsider = another_body_with_member()
        user = User.objects.create_user("outsider", "outsider@example.org", "unused-pw-9")
        Person.objects.filter(pk=outsider.pk).update(user=user)
        client.force_login(user)
    with_file = Document.objects.exclude(file="").first()
    exempt = Document.objects.filter(meeting__body=example).filter(
        Q(exempt=True) | Q(item__exempt=True)
    )
    exempt.filter(file="").update(file=with_file.file.name)
    addresses = ["/my/", "/my/actions/", "/my/interests/", "/alerts/"]
    for day in ("2021-03-25", "2021-07-29"):
        base = f"/my/meetings/{BODY}/{day}/"
        addresses += [base, base + "members-pack.pdf"]
    for document in exempt.select_related("meeting"):
        addresses += [
            f"/my/meetings/{BODY}/{document.meeting.date_slug}/documents/{document.pk}/",
            f"/my/papers/{document.pk}/notes/",
        ]
    secret = token.lower().encode()
    for address in addresses:
        response = client.get(address)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert secret not in body.lower(), address
        assert response.status_code in (200, 302, 403, 404), address
        if "/documents/" in address or "/papers/" in address:
            assert response.status_code in (302, 404), address
    assert not ExemptDownload.objects.exists()


def test_an_alert_carries_no_exempt_information(
    example,
    marker,  # noqa: F811
    token,  # noqa: F811
    needle,  # noqa: F811
    settings,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    settings.MOOT_SITE_URL = "https://moot.example.org"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    confirmed = datetime(2020, 1, 1, tzinfo=services.LONDON)
    Subscription.objects.create(
        email="board@example.org", kind="body", body=example, confirmed_at=confirmed
    )
    Subscription.objects.create(
        email="needle@example.org", kind="search", query=needle, confirmed_at=confirmed
    )
    october = Meeting.objects.get(body=example, date="2021-10-28")
    item = services.item_add(
        meeting=october,
        title="Property disposal",
        purpose=f"<p>{marker}</p>",
        exempt_paragraph=3,
        exempt_reason=f"{marker} reason",
    )
    document_record(meeting=october, item=item, title=f"{marker} valuation", text=marker)
    with django_capture_on_commit_callbacks(execute=True):
        services.agenda_publish(
            meeting=october,
            now=datetime(2021, 10, 12, 10, 0, tzinfo=services.LONDON),
            announce=False,
        )
    run_jobs()
    run_jobs()
    assert [m.to for m in mailoutbox] == [["board@example.org"]]  # the needle is exempt only
    message = mailoutbox[0]
    everything = (message.subject + message.body + str(message.alternatives)).lower()
    assert token.lower() not in everything and needle not in everything
