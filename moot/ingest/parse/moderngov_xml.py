"""ModernGov web-service responses saved to files (``mgWebService.asmx``): the structured
path out of ModernGov, read field by field, nothing guessed.

* ``GetCommittees``: ``<committees><committee><committeetitle>`` (deleted committees are
  left out, expired ones kept: their history is what an import is for) -> ``bodies``.
* ``GetMeetings`` (any root: ``<meetings>``, ``<getmeetings>``, ``<getmeetingsbydate>``):
  each ``<meeting>`` with ``<meetingdate>`` (dd/mm/yyyy), ``<meetingtime>``,
  ``<meetingstatus>`` ("Cancelled", "Postponed", else as scheduled) and the committee's
  title (the meeting's own ``<committeetitle>`` or its enclosing ``<committee>``'s) ->
  meetings without items.
* ``GetMeeting``: one ``<meeting>`` with ``<agendaitems><agendaitem>`` (``<agendaitemnumber>``
  or ``<number>``, ``<agendaitemtitle>``, ``<minutes>``/``<decision>`` text, ``<linkeddoc>``
  titles) and ``<attendees><attendee>`` (name, role, attendance: Present, Apologies,
  Absent, In attendance) -> one meeting.
* ``GetCouncillorsByWard``: ``<ward><wardtitle>`` and its ``<councillor><fullusername>``,
  ``<politicalpartytitle>`` -> ``people`` (no contact details are read).

Anything else (another XML, a document type declaration, entities, broken XML) raises
``ParseError`` naming what was expected. Pure: text in, drafts out.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLSyntaxError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from moot.ingest.drafts import (
    ASKS_FOR_BODY,
    AttendanceDraft,
    DocumentRefDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
)
from moot.ingest.parse.common import tidy_body_name

RESPONSES = ("GetCommittees", "GetMeetings", "GetMeeting", "GetCouncillorsByWard")
EXPECTED = (
    "expected a ModernGov web-service response (GetCommittees, GetMeetings, GetMeeting or "
    "GetCouncillorsByWard XML)"
)
_MEETINGS_ROOTS = {"meetings", "getmeetings", "getmeetingsbydate", "root"}
_XML_HEAD_RE = re.compile(
    r"^\s*(?:\ufeff)?(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<([A-Za-z_][\w.-]*)", re.S
)
_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?\s*$", re.I)
_ATTENDANCE = {
    "present": "present",
    "in attendance": "in_attendance",
    "attended": "present",
    "apologies": "apologies",
    "apologies received": "apologies",
    "absent": "absent",
    "expected": "",
}


def looks_like_moderngov_xml(text: str) -> bool:
    """Is the text XML whose first element is one a ModernGov response starts with?"""
    head = _XML_HEAD_RE.match(text or "")
    if head is None:
        return False
    root = head.group(1).lower()
    return root in {"committees", "meeting", "councillorsbyward"} | _MEETINGS_ROOTS


def is_xml(text: str) -> bool:
    return bool(re.match(r"^\s*(?:\ufeff)?<\?xml\b", text or ""))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child(element: Element, *names: str) -> Element | None:
    for child in element:
        if _local(child.tag) in names:
            return child
    return None


def _text(element: Element | None, *names: str) -> str:
    node = _child(element, *names) if element is not None and names else element
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


def _all(element: Element, name: str) -> list[Element]:
    return [e for e in element.iter() if _local(e.tag) == name]


def parse_date(value: str) -> date | None:
    """ModernGov dates: "25/03/2021" (also ISO "2021-03-25" and "2021-03-25T00:00:00")."""
    value = (value or "").strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def parse_time(value: str) -> time | None:
    """ "10:00", "14.30", "2.30 pm", "10:00:00" -> a time; anything else None."""
    m = _TIME_RE.match(value or "")
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    meridiem = (m.group(3) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def meeting_status(value: str) -> str:
    """ "cancelled", "postponed" or "" (as scheduled) from a ``<meetingstatus>``."""
    words = (value or "").lower()
    if "cancel" in words:
        return "cancelled"
    if "postpon" in words:
        return "postponed"
    return ""


def _root(text: str) -> Element:
    try:
        return fromstring(text.lstrip("\ufeff"))
    except DefusedXmlException as exc:
        raise ParseError(
            f"the XML declares a document type or entities, which Moot does not read; {EXPECTED}"
        ) from exc
    except XMLSyntaxError as exc:
        raise ParseError(f"the XML is broken ({exc}); {EXPECTED}") from exc
    except ValueError as exc:
        raise ParseError(f"the XML cannot be read ({exc}); {EXPECTED}") from exc


def parse_moderngov_xml(text: str) -> ParseResult:
    """Parse a saved ModernGov web-service response (see the module docstring)."""
    root = _root(text or "")
    name = _local(root.tag)
    if name == "committees":
        return _committees(root)
    if name == "councillorsbyward":
        return _councillors(root)
    if name == "meeting":
        return _meeting(root)
    if name in _MEETINGS_ROOTS and _all(root, "meeting"):
        return _meetings(root)
    raise ParseError(f"the XML's root element is <{root.tag}>, {EXPECTED}")


def _committees(root: Element) -> ParseResult:
    bodies: list[str] = []
    warnings: list[str] = []
    for committee in _all(root, "committee"):
        title = tidy_body_name(_text(committee, "committeetitle"))
        if not title:
            warnings.append("a <committee> has no <committeetitle>; left out")
            continue
        if _text(committee, "committeedeleted").lower() == "true":
            continue
        if title not in bodies:
            bodies.append(title)
    if not bodies:
        raise ParseError(f"the GetCommittees response lists no committee; {EXPECTED}")
    return ParseResult([], "moderngov-xml", warnings, bodies=bodies, response="GetCommittees")


def _councillors(root: Element) -> ParseResult:
    people: list[PersonEntry] = []
    for ward in _all(root, "ward"):
        ward_title = _text(ward, "wardtitle")
        for councillor in _all(ward, "councillor"):
            name = _text(councillor, "fullusername")
            if not name:
                continue
            party = _text(councillor, "politicalpartytitle")
            role = "; ".join(p for p in (f"{ward_title} ward" if ward_title else "", party) if p)
            people.append(PersonEntry(name, role))
    if not people:
        raise ParseError(f"the GetCouncillorsByWard response lists no councillor; {EXPECTED}")
    return ParseResult([], "moderngov-xml", people=people, response="GetCouncillorsByWard")


def _meeting_head(meeting: Element, committee_title: str, where: str) -> MeetingDraft:
    body = tidy_body_name(_text(meeting, "committeetitle") or committee_title)
    raw_date = _text(meeting, "meetingdate")
    day = parse_date(raw_date)
    if day is None:
        raise ParseError(
            f"{where} has no date ModernGov writes (<meetingdate>{raw_date}</meetingdate>)"
        )
    raw_time = _text(meeting, "meetingtime")
    start = parse_time(raw_time)
    draft = MeetingDraft(body_name=body, date=day, start_time=start, origin="web-service")
    if raw_time and start is None:
        draft.warnings.append(f"the time {raw_time!r} could not be read; left out")
    venue = _text(meeting, "meetinglocation", "location", "venue")
    draft.venue = venue
    status_text = _text(meeting, "meetingstatus")
    draft.status = meeting_status(status_text)
    if draft.status:
        draft.status_reason = f"{status_text} (ModernGov)"
    return draft


def _meetings(root: Element) -> ParseResult:
    drafts: list[MeetingDraft] = []
    committee_title = ""
    committee = _child(root, "committee")
    if committee is not None:
        committee_title = _text(committee, "committeetitle")
    for index, meeting in enumerate(_all(root, "meeting"), start=1):
        drafts.append(_meeting_head(meeting, committee_title, f"meeting {index}"))
    return ParseResult(
        drafts, "moderngov-xml", _no_committee(drafts, "GetMeetings"), response="GetMeetings"
    )


def _no_committee(drafts: list[MeetingDraft], response: str) -> list[str]:
    """The warning for meetings whose committee the response does not name (no
    ``<committeetitle>``, or one emptied): their body is left empty, never guessed, and the
    import refuses them unless ``--body`` names it."""
    unnamed = sum(not d.body_name for d in drafts)
    if not unnamed:
        return []
    return [
        f"the {response} response names no committee for {unnamed} meeting(s) (no "
        "<committeetitle>): " + ASKS_FOR_BODY
    ]


def _meeting(root: Element) -> ParseResult:
    draft = _meeting_head(root, "", "the meeting")
    items_node = _child(root, "agendaitems")
    for position, item in enumerate(
        _all(items_node, "agendaitem") if items_node is not None else []
    ):
        title = _text(item, "agendaitemtitle", "title")
        number = _text(item, "agendaitemnumber", "number", "itemnumber")
        minutes = _text(item, "minutes", "decision", "agendaitemminutes")
        item_draft = ItemDraft(number=number, title=title, minutes_text=minutes)
        if not title:
            item_draft.warnings.append(f"agenda item {position + 1} has no title")
        for doc in _all(item, "linkeddoc"):
            doc_title = _text(doc, "title")
            if doc_title:
                item_draft.documents.append(DocumentRefDraft(doc_title, url=_text(doc, "url")))
        draft.items.append(item_draft)
    attendees = _child(root, "attendees")
    if attendees is not None:
        attendance = AttendanceDraft()
        for attendee in _all(attendees, "attendee"):
            name = _text(attendee, "name", "fullusername", "attendeename")
            if not name:
                continue
            role = _text(attendee, "role", "attendeerole")
            status = _text(attendee, "attendance", "attendancestatus", "attended").lower()
            kind = _ATTENDANCE.get(status)
            entry = PersonEntry(name, role)
            if kind == "present":
                attendance.present.append(entry)
            elif kind == "in_attendance":
                attendance.in_attendance.append(entry)
            elif kind == "apologies":
                attendance.apologies.append(entry)
            elif kind in ("absent", ""):
                # Absent without apologies is not an apology; neither is "expected".
                continue
            else:
                draft.warnings.append(
                    f"{name}: the attendance {status!r} is not one Moot reads; left out"
                )
        if attendance.present or attendance.apologies or attendance.in_attendance:
            draft.attendance = attendance
    return ParseResult(
        [draft], "moderngov-xml", _no_committee([draft], "GetMeeting"), response="GetMeeting"
    )
