"""Writes to the search index: what a visitor may find, and nothing else.

What is public is decided by the one visibility gate (``moot.access.visibility``);
this module only asks it. Per meeting whose agenda is public (LGA 1972 s100B): public item
titles and agenda texts, and the extracted text of public documents; once the minutes are
public (s100C): the minutes text (HTML stripped) and the resolutions.

Exempt information (LGA 1972 s100A(4) and Schedule 12A, paragraphs 1-7) is never indexed:
for an exempt item only its title and "exempt under paragraph N" go in, never its agenda
text, minutes, resolutions or documents; an exempt document is left out whole.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from datetime import date

from django.db import transaction
from django.urls import NoReverseMatch, reverse

from moot.access import visibility
from moot.meetings.models import AgendaItem, Meeting
from moot.portal.cache import search_changed
from moot.search.models import SearchEntry

# Characters the backends use as highlight markers in snippets; removed from indexed text
# so that a document can never forge a highlight.
MARK_START = "\ue000"
MARK_END = "\ue001"

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_MARKS = re.compile(f"[{MARK_START}{MARK_END}\x00]")


def plain_text(value: str, *, is_html: bool = False) -> str:
    """Text as the index holds it: tags gone (replaced by a space, so paragraphs do not run
    together), entities decoded, whitespace collapsed, marker and NUL characters removed."""
    if is_html:
        value = html.unescape(_TAG.sub(" ", value))
    return _SPACE.sub(" ", _MARKS.sub("", value)).strip()


@dataclass(frozen=True, order=True)
class _Row:
    kind: str
    object_id: int
    meeting_identifier: str
    meeting_date: date
    body_slug: str
    body_name: str
    title: str
    text: str
    url: str


def _reverse(name: str, args: list, fallback: str) -> str:
    """Addresses are stable (CONTRACT.md "Public web addresses"); reverse them when the
    portal has the route, else build them from the contract so indexing never fails."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return fallback


def meeting_url(meeting: Meeting) -> str:
    slug, day = meeting.body.slug, meeting.date_slug
    return _reverse("portal:meeting", [slug, day], f"/bodies/{slug}/meetings/{day}/")


def item_url(meeting: Meeting, item: AgendaItem) -> str:
    slug, day, number = meeting.body.slug, meeting.date_slug, item.number
    return _reverse(
        "portal:item", [slug, day, number], f"/bodies/{slug}/meetings/{day}/items/{number}/"
    )


def _rows(meeting: Meeting) -> Iterator[_Row]:
    if not visibility.agenda_public(meeting):
        return
    minutes_public = visibility.minutes_public(meeting)
    common = {
        "meeting_identifier": meeting.identifier,
        "meeting_date": meeting.date,
        "body_slug": meeting.body.slug,
        "body_name": meeting.body.name,
    }
    items = {
        item.pk: item
        for item in meeting.items.prefetch_related("resolutions", "presenters").order_by("order")
    }
    for item in items.values():
        url = item_url(meeting, item)
        title = plain_text(str(item))[:500]
        if visibility.item_exempt(item):
            notice = visibility.exempt_notice(item.exempt_paragraph)
            yield _Row("item", item.pk, **common, title=title, text=notice, url=url)
            continue
        presenters = ", ".join(str(p) for p in item.presenters.all() if str(p))
        agenda_text = " ".join(
            part
            for part in (
                plain_text(item.purpose, is_html=True),
                plain_text(item.urgency_reason),
                f"Presented by {presenters}." if presenters else "",
            )
            if part
        )
        yield _Row("item", item.pk, **common, title=title, text=agenda_text, url=url)
        if not minutes_public:
            continue
        minutes = plain_text(item.minutes, is_html=True)
        if minutes:
            yield _Row("minutes", item.pk, **common, title=title, text=minutes, url=url)
        for resolution in item.resolutions.all():
            text = plain_text(resolution.text)
            if resolution.recommended_to:
                text += f" Recommended to {plain_text(resolution.recommended_to)}."
            yield _Row(
                "resolution",
                resolution.pk,
                **common,
                title=title,
                text=text,
                url=f"{url}#resolution-{resolution.pk}",
            )
    for document in meeting.documents.select_related("item"):
        item = document.item
        if visibility.document_exempt(document, item):
            continue
        text = plain_text(document.text)
        if item is None:
            url = meeting_url(meeting)
        else:  # the item page prints a document's text as a web page under this anchor
            url = item_url(meeting, item) + (f"#document-text-{document.pk}" if text else "")
        yield _Row(
            "document",
            document.pk,
            **common,
            title=plain_text(str(document))[:500],
            text=text,
            url=url,
        )


_FIELDS = [f for f in _Row.__dataclass_fields__]


def _existing(meeting_id: int) -> dict[_Row, int]:
    return {
        _Row(*values[1:]): values[0]
        for values in SearchEntry.objects.filter(meeting_id=meeting_id).values_list("pk", *_FIELDS)
    }


@transaction.atomic
def index_meeting(meeting: Meeting) -> int:
    """Bring the meeting's index rows in line with what is public now; returns the number
    of rows the meeting has in the index. Unchanged rows are left alone, so calling this
    after every save (as ``signals.py`` does) costs little."""
    wanted = set(_rows(meeting))
    existing = _existing(meeting.pk)
    stale = [pk for row, pk in existing.items() if row not in wanted]
    new = [row for row in wanted if row not in existing]
    if stale:
        SearchEntry.objects.filter(pk__in=stale).delete()
    if new:
        SearchEntry.objects.bulk_create(
            SearchEntry(meeting_id=meeting.pk, **dict(zip(_FIELDS, astuple(row), strict=True)))
            for row in sorted(new)
        )
    return len(wanted)


def unindex_meeting(meeting_id: int) -> None:
    SearchEntry.objects.filter(meeting_id=meeting_id).delete()


def reindex_all(meetings: Iterable[Meeting] | None = None) -> int:
    """Rebuild the whole index (after a deploy that changed what is indexed, or to repair
    it); returns the number of rows."""
    rebuild_all = meetings is None
    with transaction.atomic():
        if meetings is None:
            SearchEntry.objects.all().delete()
            meetings = Meeting.objects.select_related("body")
        total = sum(index_meeting(meeting) for meeting in meetings)
        if rebuild_all:
            from moot.search.executive import reindex_decisions

            total += reindex_decisions()
        search_changed()  # cached searches are renewed once the rebuild commits
    return total
