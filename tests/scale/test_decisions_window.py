"""The decisions register reads a page by walking the meetings newest first instead of
sorting every decision of the record: the page it reads is the page the full sort gives."""

from __future__ import annotations

import pytest

from moot.examples.synthetic import generate
from moot.governance.models import Body
from moot.meetings.models import Meeting
from moot.portal import selectors

pytestmark = pytest.mark.django_db


def test_every_window_is_the_full_sorts_slice():
    generate(years=1, bodies=3, seed=4, force=True)
    decisions, meetings = selectors.public_decisions(), selectors._minuted_meetings()
    everything = list(decisions.values_list("pk", flat=True))
    assert len(everything) > 3 * selectors.MEETINGS_PER_STEP
    # same dates in several bodies: the order within a day must be the same either way
    dates = list(Meeting.objects.values_list("date", flat=True))
    assert len(dates) > len(set(dates))
    for offset, limit in [(0, 10), (0, 50), (37, 50), (50, 50), (len(everything) - 7, 50)]:
        window = selectors.decisions_window(decisions, meetings, offset, limit)
        assert [r.pk for r in window] == everything[offset : offset + limit], (offset, limit)
    assert selectors.decisions_window(decisions, meetings, len(everything), 50) == []
    body = Body.objects.get(slug="fictional-body-2")
    ours = decisions.filter(item__meeting__body=body)
    window = selectors.decisions_window(ours, meetings.filter(body=body), 20, 30)
    assert [r.pk for r in window] == list(ours.values_list("pk", flat=True))[20:50]


def test_the_register_pages_follow_each_other(client):
    generate(years=1, bodies=2, seed=8, force=True)
    first = selectors.decisions_page(selectors.DecisionFilters(), 1)
    second = selectors.decisions_page(selectors.DecisionFilters(), 2)
    everything = list(selectors.public_decisions().values_list("pk", flat=True))
    per_page = selectors.DECISIONS_PER_PAGE
    shown = [row.resolution.id for row in first.rows + second.rows]
    assert shown == everything[: 2 * per_page]
    assert first.count == len(everything) and first.pages == -(-len(everything) // per_page)
    html = client.get("/decisions/?page=2").content.decode()
    assert f"page 2 of {first.pages}" in html
