"""Calendars (RFC 5545, with ``icalendar``) and Atom feeds of the public record.

Both are built from the visibility gate's values only: a calendar entry carries the
meeting's own public facts (when, where, status), a feed entry a public decision or a
public document.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from moot.access.visibility import PublicMeeting
from moot.portal.selectors import DecisionRow, DocumentRow

LONDON = ZoneInfo("Europe/London")
DEFAULT_LENGTH = timedelta(hours=2, minutes=30)


def meeting_uid(meeting: PublicMeeting, authority_slug: str) -> str:
    """Stable for the meeting's life (its row), whatever is changed about it."""
    return f"meeting-{meeting.id}@{authority_slug or 'moot'}.moot"


def calendar_ics(
    meetings: list[PublicMeeting],
    *,
    name: str,
    authority_slug: str,
    absolute,
    now: datetime | None = None,
) -> bytes:
    """An iCalendar of meetings: DTSTART in Europe/London with its VTIMEZONE; cancelled
    and postponed meetings STATUS:CANCELLED with the reason in the description."""
    stamp = (now or timezone.now()).astimezone(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Moot//Public meetings calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    for meeting in meetings:
        start = meeting.start.astimezone(LONDON)
        end = (meeting.end or meeting.start + DEFAULT_LENGTH).astimezone(LONDON)
        event = icalendar.Event()
        event.add("uid", meeting_uid(meeting, authority_slug))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        summary = f"{meeting.body_name}"
        if meeting.kind != "ordinary":
            summary += f" ({meeting.kind_label.lower()})"
        if meeting.cancelled:
            summary = f"{meeting.status_label}: {summary}"
        event.add("summary", summary)
        if meeting.venue:
            event.add("location", meeting.venue)
        url = absolute(meeting.url)
        event.add("url", url)
        description = [f"Agenda and minutes: {url}"]
        if meeting.cancelled:
            description.insert(0, f"{meeting.status_label}. {meeting.status_reason}".strip())
        if meeting.webcast_url:
            description.append(f"Webcast: {meeting.webcast_url}")
        event.add("description", "\n".join(description))
        event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
        event.add("class", "PUBLIC")
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def _meeting_moment(meeting: PublicMeeting) -> datetime:
    return meeting.minutes_published_at or meeting.start


def decisions_feed(
    rows: list[DecisionRow],
    *,
    title: str,
    link: str,
    feed_url: str,
    absolute,
    author_name: str,
    author_link: str = "",
):
    """RFC 4287 4.1.1: a feed names its author (the authority) unless every entry does;
    each entry names it too, so an entry read on its own still has one."""
    feed = Atom1Feed(
        title=title,
        link=link,
        description="Decisions of the authority's committees and boards, newest first.",
        feed_url=feed_url,
        language="en-GB",
        author_name=author_name,
        author_link=author_link or None,
    )
    for row in rows:
        item, meeting = row.where.item, row.where.meeting
        anchor = absolute(f"{item.url}#resolution-{row.resolution.id}")
        text = row.resolution.text
        if row.resolution.needs_ratification:
            text += " (For ratification at the next quorate meeting.)"
        feed.add_item(
            title=f"{item.number}. {item.title}: {meeting.body_name}, "
            f"{meeting.date:%A} {meeting.date.day} {meeting.date:%B %Y}",
            link=anchor,
            description=text,
            unique_id=anchor,
            pubdate=_meeting_moment(meeting),
            updateddate=_meeting_moment(meeting),
            categories=[meeting.body_name],
            author_name=author_name,
            author_link=author_link or None,
        )
    return feed


def documents_feed(
    rows: list[DocumentRow],
    *,
    title: str,
    link: str,
    feed_url: str,
    absolute,
    author_name: str,
    author_link: str = "",
):
    """Author as in ``decisions_feed`` (RFC 4287 4.1.1)."""
    feed = Atom1Feed(
        title=title,
        link=link,
        description="Reports, appendices and minutes published for public meetings.",
        feed_url=feed_url,
        language="en-GB",
        author_name=author_name,
        author_link=author_link or None,
    )
    for row in rows:
        doc, meeting = row.document, row.meeting
        page = row.where.item.url if row.where else meeting.url
        anchor = absolute(f"{page}#document-{doc.id}")
        details = ", ".join(x for x in (doc.kind_label, doc.size_label, doc.pages_label) if x)
        where = f"item {row.where.item.number}, {row.where.item.title}, of " if row.where else ""
        feed.add_item(
            title=doc.label,
            link=anchor,
            description=f"{details}. For {where}{meeting.title}.",
            unique_id=anchor,
            pubdate=doc.uploaded_at or meeting.start,
            updateddate=doc.uploaded_at or meeting.start,
            categories=[meeting.body_name],
            author_name=author_name,
            author_link=author_link or None,
        )
    return feed
