"""A body's page lists this year's and last year's meetings (and any already fixed for
later years), with links to earlier years: its size does not grow with the record."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st

from moot.examples.synthetic import generate
from moot.governance.models import Body
from moot.meetings.rules import municipal_year
from moot.portal.selectors import years_shown

LABELS = st.integers(2000, 2040).map(lambda y: f"{y}/{(y + 1) % 100:02d}")


@given(labels=st.sets(LABELS, max_size=20), current=LABELS)
def test_the_current_years_and_every_later_one_are_shown(labels, current):
    shown = years_shown(labels, current)
    assert shown == sorted(shown, reverse=True) and set(shown) <= labels
    later = {y for y in labels if y > current}
    assert later <= set(shown)
    up_to_now = [y for y in shown if y <= current]
    assert up_to_now == sorted((y for y in labels if y <= current), reverse=True)[:2]


@given(labels=st.sets(LABELS, min_size=1, max_size=20), current=LABELS, data=st.data())
def test_a_year_asked_for_is_shown_alone(labels, current, data):
    chosen = data.draw(st.sampled_from(sorted(labels)))
    assert years_shown(labels, current, chosen) == [chosen]


def _html(client, url: str) -> tuple[int, str, int]:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, response.content.decode(), len(queries)


@pytest.mark.django_db
def test_the_body_page_links_earlier_years_and_shows_one_when_asked(client):
    generate(years=5, bodies=1, seed=2, force=True)
    body = Body.objects.get(slug="fictional-body-1")
    url = body.get_absolute_url()
    today = date.today()
    current = municipal_year(today).label
    last = municipal_year(date(today.year - 1, today.month, 1)).label
    earliest = min(body.meetings.values_list("municipal_year", flat=True))

    status, html, default_queries = _html(client, url)
    assert status == 200
    assert f"Municipal year {current}" in html and f"Municipal year {last}" in html
    assert f"Municipal year {earliest}<" not in html.replace("</caption>", "<")
    assert f'href="{url}?year={earliest}"' in html
    assert f"Meetings in municipal year {earliest}" in html

    status, html, year_queries = _html(client, f"{url}?year={earliest}")
    assert status == 200
    first = body.meetings.filter(municipal_year=earliest).order_by("date").first()
    assert first.get_absolute_url() in html
    newest = body.meetings.filter(municipal_year=current).order_by("date").first()
    assert newest.get_absolute_url() not in html
    assert f"Meetings in municipal year {current}" in html
    assert year_queries == default_queries

    status, html, _ = _html(client, f"{url}?year=last+year")
    assert status == 400
    assert "year" in html and "last year" in html and "a municipal year of its meetings" in html


@pytest.mark.django_db
def test_the_body_pages_json_twin_links_the_other_years_too(client):
    """The twin says what the page says: the years it lists, and the addresses of the
    years it links to, each of which lists that year's meetings."""
    generate(years=5, bodies=1, seed=2, force=True)
    body = Body.objects.get(slug="fictional-body-1")
    cache.clear()
    twin = client.get(f"{body.get_absolute_url()}?format=json").json()
    listed = {year["label"] for year in twin["municipal_years"]}
    linked = [year["label"] for year in twin["other_municipal_years"]]
    every = set(body.meetings.values_list("municipal_year", flat=True))
    assert linked and listed.isdisjoint(linked) and listed | set(linked) == every
    assert linked == sorted(linked, reverse=True)
    earliest = twin["other_municipal_years"][-1]
    assert earliest["page"].endswith(f"?{urlencode({'year': earliest['label']})}")
    year = client.get(earliest["json"]).json()
    assert [y["label"] for y in year["municipal_years"]] == [earliest["label"]]
    dates = {e["start_date"][:10] for e in year["municipal_years"][0]["events"]}
    expected = body.meetings.filter(municipal_year=earliest["label"]).values_list("date", flat=True)
    assert dates == {d.isoformat() for d in expected}
