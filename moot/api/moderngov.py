"""A ModernGov-compatible web service at ``/mgWebService.asmx/OPERATION``, so that the tools
that already harvest councils through ModernGov (``GetCommittees``, ``GetMeetings``,
``GetMeeting``, ``GetCouncillorsByWard``) read a Moot site unchanged.

Element names, nesting, ``dd/mm/yyyy`` dates, ``HH:MM`` times and ``True``/``False``
follow the answers public harvesters parse (sources in docs/api.md). Committee and meeting
ids are the bodies' and meetings' own numeric ids, which never change. Everything comes
through the visibility gate: an exempt item is its number, its title and
``<isrestricted>True</isrestricted>``.

Like an ASP.NET web service, parameters are read from the query (GET) or the form body
(POST); an unknown operation or a missing or unreadable parameter answers a plain-text
sentence in the words ASP.NET uses, with status 400 or 404 (ModernGov answers 500; Moot
never answers a server error)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 (builds XML; parses nothing)
from datetime import date, datetime

from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from moot.access import visibility
from moot.api import selectors
from moot.governance.models import Body, Membership
from moot.meetings.models import Meeting

XML_TYPE = "text/xml; charset=utf-8"
OPERATIONS = ("GetCommittees", "GetMeetings", "GetMeeting", "GetCouncillorsByWard")


class Refused(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message, self.status = message, status


def _flag(value: bool) -> str:
    return "True" if value else "False"


def _date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _add(parent: ET.Element, tag: str, text=None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def _int_param(params, name: str) -> int:
    raw = params.get(name)
    if raw is None:
        raise Refused(f"System.InvalidOperationException: Missing parameter: {name}.")
    raw = raw.strip()
    if not re.fullmatch(r"-?\d{1,9}", raw):
        raise Refused(
            f"System.ArgumentException: Cannot convert {raw} to System.Int32.\n"
            f"Parameter name: {name}"
        )
    return int(raw)


def _date_param(params, name: str) -> date:
    raw = params.get(name)
    if raw is None:
        raise Refused(f"System.InvalidOperationException: Missing parameter: {name}.")
    try:
        return datetime.strptime(raw.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise Refused(
            f"System.ArgumentException: Cannot convert {raw} to System.DateTime.\n"
            f"Parameter name: {name}"
        ) from None


# --- operations --------------------------------------------------------------------------


def get_committees(params, absolute) -> ET.Element:
    root = ET.Element("committees")
    today = timezone.localdate()
    for body in Body.objects.order_by("name", "pk"):
        c = _add(root, "committee")
        _add(c, "committeeid", body.pk)
        _add(c, "committeetitle", body.name)
        _add(c, "committeecategory", body.get_classification_display())
        _add(c, "committeedeleted", "False")
        expired = bool(body.dissolution_date and body.dissolution_date < today)
        _add(c, "committeeexpired", _flag(expired))
        _add(c, "linktocommitteepage", absolute(body.get_absolute_url()))
    return root


def _meeting_summary(parent: ET.Element, meeting: Meeting, public, absolute) -> ET.Element:
    m = _add(parent, "meeting")
    _add(m, "meetingid", meeting.pk)
    _add(m, "meetingdate", _date(public.date))
    _add(m, "meetingtime", public.start.strftime("%H:%M"))
    _add(m, "committeeid", meeting.body_id)
    _add(m, "committeetitle", public.body_name)
    _add(m, "meetingstatus", public.status_label)
    _add(m, "meetinglocation", public.venue)
    _add(m, "iswebcast", _flag(bool(public.webcast_url or public.webcast_archive_url)))
    _add(m, "linktomeeting", absolute(public.url))
    return m


def get_meetings(params, absolute) -> ET.Element:
    committee = _int_param(params, "lCommitteeId")
    start, end = _date_param(params, "sFromDate"), _date_param(params, "sToDate")
    root = ET.Element("getmeetings")
    meetings = _add(root, "meetings")
    rows = (
        Meeting.objects.select_related("body")
        .filter(body_id=committee, date__gte=start, date__lte=end)
        .order_by("start", "pk")
    )
    for meeting in rows:
        _meeting_summary(meetings, meeting, visibility.public_meeting(meeting), absolute)
    return root


def get_meeting(params, absolute) -> ET.Element:
    meeting_id = _int_param(params, "lMeetingId")
    root = ET.Element("meeting")
    rows = selectors.events(selectors.Filters(), pk=meeting_id)
    if not rows:
        return root  # an unknown meeting: an empty <meeting/>, as ModernGov answers
    row = rows[0]
    m = row.meeting
    _add(root, "meetingid", m.id)
    _add(root, "meetingdate", _date(m.date))
    _add(root, "meetingtime", m.start.strftime("%H:%M"))
    _add(root, "committeeid", m.body_id)
    _add(root, "committeetitle", m.body_name)
    _add(root, "meetingstatus", m.status_label)
    _add(root, "meetinglocation", m.venue)
    _add(root, "iswebcast", _flag(bool(m.webcast_url or m.webcast_archive_url)))
    _add(root, "agendapublished", _flag(m.agenda_public))
    _add(root, "minutespublished", _flag(m.minutes_public))
    _add(root, "linktomeeting", absolute(m.url))
    attendees = _add(root, "attendees")
    for a in row.attendance:
        attendee = _add(attendees, "attendee")
        attendee.set("name", a.person.name)
        attendee.set("attendance", a.status_label)
        attendee.set("roledescription", a.role_text)
        attendee.set("memberid", str(row.person_ids.get(a.person.slug, "")))
        _add(attendee, "url", absolute(a.person.url) if a.person.url else "")
    items = _add(root, "agendaitems")
    for item in row.items:
        element = _add(items, "agendaitem")
        _add(element, "agendaitemid", item.id)
        _add(element, "agendaitemnumber", item.order)
        _add(element, "fulldisplaynumberformat", item.number)
        _add(element, "agendaitemtitle", item.title)
        _add(element, "isrestricted", _flag(item.exempt))
        if item.exempt:
            _add(element, "restrictionreason", item.exempt_notice)
            continue
        _add(element, "agendatext", item.purpose_html)
        _add(element, "minutestext", item.minutes_html)
        decisions = _add(element, "decisions")
        for res in item.resolutions:
            _add(_add(decisions, "decision"), "decisiontext", res.text)
        docs = _add(element, "linkeddocuments")
        for doc in item.documents:
            d = _add(docs, "linkeddocument")
            _add(d, "documentid", doc.id)
            if doc.exempt:
                _add(d, "title", doc.exempt_notice)
                _add(d, "isrestricted", "True")
                continue
            _add(d, "title", doc.title)
            _add(d, "isrestricted", "False")
            if doc.file_type:
                _add(d, "url", absolute(f"{m.url}documents/{doc.id}/"))
    return root


def get_councillors_by_ward(params, absolute) -> ET.Element:
    """Moot records no wards: members are grouped by the organisation whose seat they
    hold (their "ward" in ModernGov's terms); members of no organisation come under an
    empty ward title, as ModernGov lists members without a ward."""
    root = ET.Element("councillorsbyward")
    wards = _add(root, "wards")
    today = timezone.localdate()
    current = (
        Membership.objects.filter(start_date__lte=today)
        .exclude(end_date__lt=today)
        .select_related("person", "on_behalf_of", "seat__organisation")
        .order_by("person__name", "pk")
    )
    grouped: dict[str, dict[int, object]] = {}
    for m in current:
        org = m.on_behalf_of or m.seat.organisation
        grouped.setdefault(org.name if org else "", {}).setdefault(m.person_id, m.person)
    for title in sorted(grouped):
        ward = _add(wards, "ward")
        _add(ward, "wardtitle", title)
        councillors = _add(ward, "councillors")
        for person in grouped[title].values():
            c = _add(councillors, "councillor")
            _add(c, "councillorid", person.pk)
            _add(c, "fullusername", person.display_name)
            _add(c, "politicalpartytitle", "")
            _add(c, "linktouserpage", absolute(person.get_absolute_url()))
    return root


HANDLERS = {
    "GetCommittees": get_committees,
    "GetMeetings": get_meetings,
    "GetMeeting": get_meeting,
    "GetCouncillorsByWard": get_councillors_by_ward,
}


def render(root: ET.Element) -> bytes:
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode()


@csrf_exempt  # a read-only service: POST carries parameters as ModernGov's does, changes nothing
@require_http_methods(["GET", "HEAD", "POST"])
def operation(request, operation: str):
    handler = HANDLERS.get(operation)
    if handler is None:
        return HttpResponse(
            "System.InvalidOperationException: Request format is unrecognized for URL "
            f"unexpectedly ending in '/{operation}'.",
            status=404,
            content_type="text/plain; charset=utf-8",
        )
    params = request.POST if request.method == "POST" else request.GET
    try:
        root = handler(params, request.build_absolute_uri)
    except Refused as refused:
        return HttpResponse(
            refused.message, status=refused.status, content_type="text/plain; charset=utf-8"
        )
    return HttpResponse(render(root), content_type=XML_TYPE)
