"""Builders and readers shared by the portal tests."""

from __future__ import annotations

import re
from datetime import time, timedelta
from html.parser import HTMLParser

from django.utils import timezone

from moot.governance.models import Person
from moot.meetings import services
from moot.meetings.models import Meeting

BODY = "/bodies/health-and-wellbeing-board/"
MARCH = BODY + "meetings/2021-03-25/"
JULY = BODY + "meetings/2021-07-29/"
OCTOBER = BODY + "meetings/2021-10-28/"


def section_text(html: str, heading: str, level: int = 3) -> str:
    """The HTML between a heading with this text and the next heading of that level."""
    pattern = re.compile(
        rf"<h{level}[^>]*>\s*{re.escape(heading)}\s*</h{level}>(.*?)(?=<h{level}|<h{level - 1}|$)",
        re.S,
    )
    match = pattern.search(html)
    assert match, f"no <h{level}>{heading}</h{level}> on the page"
    return match.group(1)


BLOCKS = frozenset(
    [
        "p",
        "li",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "br",
        "dt",
        "dd",
        "section",
        "ul",
        "ol",
        "table",
        "caption",
        "summary",
        "title",
        "nav",
        "header",
        "footer",
        "main",
        "form",
        "label",
        "option",
        "span",
    ]
)


def visible_text(html: str) -> str:
    """The page's text with tags removed and whitespace collapsed."""

    class Collector(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1
            if tag in BLOCKS:
                self.parts.append(" ")

        def handle_endtag(self, tag):
            if tag in ("script", "style") and self.skip:
                self.skip -= 1
            if tag in BLOCKS:
                self.parts.append(" ")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    collector = Collector()
    collector.feed(html)
    return " ".join("".join(collector.parts).split())


def future_meeting(body, *, days_ahead: int = 30, at: time = time(9, 30)) -> Meeting:
    """A scheduled meeting of ``body`` some days from today (London)."""
    day = timezone.localdate() + timedelta(days=days_ahead)
    return services.meeting_create(body=body, day=day, at=at, venue="City Hall")


def person(slug: str) -> Person:
    return Person.objects.get(slug=slug)
