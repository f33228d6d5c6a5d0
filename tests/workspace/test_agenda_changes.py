"""The change history of a published agenda: each supplementary agenda dated, with what
changed and why, on the workspace's meeting page, the public meeting page and its JSON
twin; an exempt item's change says only its number, title and paragraph in public."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot.access import visibility
from moot.meetings import services as meeting_services
from tests.workspace.conftest import LONDON, text, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_page_cache")]

SECRET = "Provider Zed bid the lowest price"


def test_a_supplementary_item_is_listed_with_date_change_and_reason(
    signed_in, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            url(published, "supplementary_add"),
            {"title": "Winter pressures", "note": "The NHS plan arrived after publication."},
        )
    assert response.status_code == 302
    item = published.items.get(title="Winter pressures")
    workspace = text(signed_in.get(url(published)))
    assert "Changes to the agenda" in workspace
    assert f"Item {item.number} added: Winter pressures" in workspace
    assert "The NHS plan arrived after publication." in workspace
    assert "5 January 2026" in workspace  # the workspace's clock: the supplement's date

    public = text(signed_in.get(published.get_absolute_url()))
    assert f"Item {item.number} added: Winter pressures" in public
    assert "The NHS plan arrived after publication." in public
    data = signed_in.get(published.get_absolute_url() + "?format=json").json()
    (change,) = data["agenda_changes"]
    assert change["what"] == f"Item {item.number} added: Winter pressures"
    assert change["reason"] == "The NHS plan arrived after publication."
    assert change["published_at"].startswith("2026-01-05T09:00")
    assert change["exempt"] is False and change["item_url"].endswith(f"/items/{item.number}/")


def test_an_exempt_items_change_does_not_leak_its_reasons(
    client, signed_in, published, django_capture_on_commit_callbacks
):
    late = datetime.combine(date(2026, 3, 10), time(9, 0), tzinfo=LONDON)
    with django_capture_on_commit_callbacks(execute=True):
        item = meeting_services.supplementary_item_add(
            meeting=published,
            title="Care home contract award",
            urgency_reason=f"{SECRET}; the award must be made this week.",
            note=f"{SECRET}.",
            now=late,
            exempt_paragraph=3,
            exempt_reason="Commercially confidential.",
        )
    public = text(client.get(published.get_absolute_url()))
    assert f"Item {item.number} added: Care home contract award (exempt under paragraph 3" in public
    assert "Withheld with the exempt item." in public
    assert SECRET not in public
    data = client.get(published.get_absolute_url() + "?format=json").content.decode()
    assert SECRET not in data and '"exempt": true' in data.replace('":true', '": true')
    # the clerk sees the reasons
    assert SECRET in text(signed_in.get(url(published)))


def test_nothing_is_listed_before_publication_or_without_changes(client, meeting):
    assert visibility.agenda_changes(meeting) == ()
    assert "Changes to the agenda" not in text(client.get(meeting.get_absolute_url()))
    assert client.get(meeting.get_absolute_url() + "?format=json").json()["agenda_changes"] == []


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30)


@given(
    exempt=st.booleans(),
    paragraph=st.integers(1, 7),
    urgency=words,
    note=st.one_of(st.just(""), words),
    public=st.booleans(),
)
def test_a_public_exempt_change_shows_only_number_title_and_paragraph(
    exempt, paragraph, urgency, note, public
):
    change = visibility.agenda_change(
        visibility.ChangedItem("8", "Title", "/x/", exempt, paragraph if exempt else None),
        published_at=datetime(2026, 3, 10, 9, tzinfo=LONDON),
        urgency_reason="SECRET " + urgency,
        note="SECRET " + note,
        public=public,
    )
    assert change.what.startswith("Item 8 added: Title")
    if exempt and public:
        assert "SECRET" not in change.reason + change.what
        assert change.what.endswith(f"paragraph {paragraph} of Schedule 12A)")
    else:
        assert change.reason.startswith("SECRET")
