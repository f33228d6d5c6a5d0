"""Filters for the portal's templates: dates as clerks write them, safe rich text."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time

from django import template
from django.utils import dateformat, timezone
from django.utils.html import format_html_join, strip_tags
from django.utils.safestring import SafeData, mark_safe

from moot.meetings.services import sanitise
from moot.meetings.text import text_to_html

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _clock(moment: time | datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d}{'am' if moment.hour < 12 else 'pm'}"


@register.filter
def long_date(value: date | datetime | None) -> str:
    """A date as clerks write it: "Thursday 25 March 2021" (in Welsh on a page shown in
    Welsh: "Dydd Iau 25 Mawrth 2021", Django's Welsh names of days and months)."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return dateformat.format(value, "l j F Y")


@register.filter
def long_datetime(value: datetime | None) -> str:
    """A moment in London time: "Thursday 25 March 2021, 10:00am"."""
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{long_date(local)}, {_clock(local)}"


@register.filter
def clock(value: time | datetime | None) -> str:
    """A time of day: "10:00am"."""
    if not value:
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return _clock(value)


_HEADING = re.compile(r"<(/?)h[1-6]>")


def _demote(match: re.Match) -> str:
    return "</strong></p>" if match.group(1) else "<p><strong>"


@register.filter
def passed(day: date | None) -> bool:
    """Whether the day is before today in London (``selectors.today``): a meeting still
    "scheduled" after its day has no record published, and is not shown as to come."""
    from moot.portal.selectors import today

    return day is not None and day < today()


@register.filter
def rich(value: str) -> str:
    """Rich text (minutes, agenda texts) as the public gate gives it, cleaned and marked
    safe (``visibility.clean_html``); anything else is cleaned here first. Its own headings
    become bold paragraphs, so that the page's heading order holds."""
    clean = value if isinstance(value, SafeData) else sanitise(value or "")
    return mark_safe(_HEADING.sub(_demote, clean))  # noqa: S308 - nh3 cleaned it


@register.filter
def authority_text(value: str) -> str:
    """The authority's front-sheet texts (filming, access): plain text with stray markup
    from the printed page, shown as escaped paragraphs."""
    return mark_safe(text_to_html(strip_tags(value or "")))  # noqa: S308 - text_to_html escapes


@register.filter
def plain_text(value: str) -> str:
    """Extracted document text as paragraphs and lists: its accessible HTML equivalent."""
    return mark_safe(text_to_html(value or ""))  # noqa: S308 - text_to_html escapes


@register.simple_tag
def json_ld(data: dict) -> str:
    """A JSON-LD block, escaped so that no value can close the script element."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag
def recorded_vote(named) -> str:
    """A recorded vote's names, each linked to the person's page, with how they voted:
    "<a ...>Cllr A</a> (for), <a ...>Cllr B</a> (against)". One tag where a template loop
    rendered five nodes a name: a meeting's recorded votes name some hundreds of people,
    and the loop took half the page's rendering (docs/benchmarks.md, "Scale")."""
    return format_html_join(
        ", ",
        '<a class="govuk-link" href="{}">{}</a> ({})',
        ((ref.url, ref.name, str(choice).lower()) for ref, choice in named),
    )


@register.filter
def plural(count: int, words: str) -> str:
    """``{{ n|plural:"vacancy,vacancies" }}`` -> "1 vacancy", "2 vacancies"."""
    one, _, many = words.partition(",")
    return f"{count} {one if count == 1 else many}"


_EVENT_STATUS = {
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
}
_ATTENDANCE_MODE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "virtual": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


@register.simple_tag(takes_context=True)
def meeting_json_ld(context, meeting) -> str:
    """schema.org Event for a meeting (its public facts only)."""
    request = context["request"]
    authority = context.get("authority")
    url = request.build_absolute_uri(meeting.url)
    place: list[dict] = []
    if meeting.mode in ("in_person", "hybrid") or not meeting.webcast_url:
        place.append({"@type": "Place", "name": meeting.venue or "To be confirmed"})
    if meeting.mode in ("virtual", "hybrid"):
        place.append({"@type": "VirtualLocation", "url": meeting.webcast_url or url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.title,
        "startDate": meeting.start.isoformat(),
        "eventStatus": _EVENT_STATUS.get(meeting.status, "https://schema.org/EventScheduled"),
        "eventAttendanceMode": _ATTENDANCE_MODE.get(meeting.mode, _ATTENDANCE_MODE["in_person"]),
        "location": place[0] if len(place) == 1 else place,
        "url": url,
        "isAccessibleForFree": True,
    }
    if meeting.end:
        data["endDate"] = meeting.end.isoformat()
    if authority:
        data["organizer"] = {"@type": "Organization", "name": authority.name}
        if authority.website:
            data["organizer"]["url"] = authority.website
    return json_ld(data)
