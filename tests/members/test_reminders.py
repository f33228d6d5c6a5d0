"""`moot members remind-interests`: a member who took office within 28 days with nothing
registered is e-mailed once; not again within 28 days; one who sent a change is not."""

from __future__ import annotations

import json

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from moot import cli
from moot.governance import services as governance
from moot.governance.models import Membership, Person
from moot.members.models import InterestReminder

pytestmark = pytest.mark.django_db


def moot(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_member_is_reminded_once(
    capsys, example, django_user_model, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    seat = Membership.objects.filter(seat__section__terms_of_reference__body=example).first().seat
    newcomer = Person.objects.create(name="Nia Newcomer", slug="nia-newcomer")
    user = django_user_model.objects.create_user("nia", "nia@example.org", "unused-pw-5")
    Person.objects.filter(pk=newcomer.pk).update(user=user)
    seat.section.cap += 1
    seat.section.save()
    extra = governance.seat_create(section=seat.section, label="Extra seat")
    governance.membership_create(person=newcomer, seat=extra, start_date=today)

    with django_capture_on_commit_callbacks(execute=True):
        code, out, err = moot(capsys, "members", "remind-interests", "--json")
    assert (code, err) == (0, "")
    reminded = json.loads(out)["reminded"]
    assert [r["email"] for r in reminded] == ["nia@example.org"]
    assert "register your interests by" in reminded[0]["reason"]
    queued = DBTaskResult.objects.filter(task_path="moot.jobs.tasks.send_email")
    assert [r.args_kwargs["kwargs"]["to"] for r in queued] == [["nia@example.org"]]
    assert InterestReminder.objects.filter(person=newcomer, sent_on=today).exists()

    code, out, _ = moot(capsys, "members", "remind-interests", "--json")
    assert json.loads(out) == {"reminded": []}  # not again within 28 days
