"""A recorded vote's names on the meeting and item pages: each linked to the person's page,
with how they voted, escaped (rendered by the ``recorded_vote`` tag)."""

from __future__ import annotations

from datetime import date

import pytest

from moot.governance.models import Person
from moot.meetings.models import PersonVote, Vote
from tests.factories import big_meeting

pytestmark = pytest.mark.django_db


def test_the_pages_name_each_recorded_voter_with_a_link_and_the_choice(client, example):
    meeting = big_meeting(example, date(2023, 6, 1), items=1, documents_per_item=0)
    vote = Vote.objects.get(resolution__item__meeting=meeting)
    first, second = (pv.person for pv in vote.person_votes.order_by("id"))
    second.name, second.honorific = "O'Brien <& Sons>", "Cllr"
    second.save()
    PersonVote.objects.filter(vote=vote, person=second).update(choice="against")
    third = Person.objects.exclude(pk__in=[first.pk, second.pk]).order_by("pk").first()
    PersonVote.objects.create(vote=vote, person=third, choice="abstain")
    expected = (
        "Recorded vote: "
        f'<a class="govuk-link" href="/people/{first.slug}/">{first.display_name}</a> (for), '
        f'<a class="govuk-link" href="/people/{second.slug}/">'
        "Cllr O&#x27;Brien &lt;&amp; Sons&gt;</a> (against), "
        f'<a class="govuk-link" href="/people/{third.slug}/">{third.display_name}</a>'
        " (abstained)."
    )
    item = meeting.items.get()
    for url in (meeting.get_absolute_url(), f"{meeting.get_absolute_url()}items/{item.number}/"):
        html = client.get(url).content.decode()
        assert expected in html, url
