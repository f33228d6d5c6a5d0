"""The example's meetings: built through the meetings services, as a clerk would."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from moot.documents.models import Document
from moot.documents.services import document_record, document_render_text
from moot.meetings import services
from moot.meetings.models import AgendaItem, Attendance, Meeting
from moot.meetings.rules import standing_key
from moot.meetings.text import split_resolutions, text_to_html

LONDON = services.LONDON


def _time(value: str) -> time:
    return time.fromisoformat(value)


def load_meetings(data, sources, folder, context, report) -> None:
    body = context.body
    people = context.people
    by_date: dict[date, Meeting] = {}
    for spec in data.get("meetings", []):
        existing = Meeting.objects.filter(body=body, date=spec["date"], sequence=1).first()
        if existing:
            by_date[spec["date"]] = existing
            continue
        by_date[spec["date"]] = _load_meeting(spec, body, people, sources, by_date)
        report.count("meetings", True)
    for spec in data.get("forward_plan", []):
        meeting = by_date[spec["meeting"]]
        if meeting.planned_business.filter(subject=spec["subject"]).exists():
            continue
        entry = services.forward_plan_add(
            body=body,
            subject=spec["subject"],
            intended_meeting=meeting,
            source_item=_item(by_date, spec.get("source_item")),
        )
        if spec.get("item"):
            services.forward_plan_link(entry=entry, item=_item(by_date, spec["item"]))
        report.count("forward_plan", True)


def _item(by_date, ref) -> AgendaItem | None:
    if not ref:
        return None
    meeting = by_date[ref["meeting"]]
    return next(i for i in meeting.items.all() if i.number == ref["number"])


def _load_meeting(spec, body, people, sources, by_date) -> Meeting:
    fields = {
        k: spec[k]
        for k in [
            "webcast_url",
            "webcast_archive_url",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
        if k in spec
    }
    explicit_items = "items" in spec
    meeting = services.meeting_create(
        body=body,
        day=spec["date"],
        at=_time(spec["time"]),
        kind=spec.get("kind", "ordinary"),
        mode=spec.get("mode", "in_person"),
        venue=spec.get("venue", ""),
        recording_past=True,
        standing_items=not explicit_items,
        source="example",
        **fields,
    )
    items = []
    for item_spec in spec.get("items", []):
        presenters = [
            (
                people.get(p["person"]),
                "" if p["person"] in people else p["person"],
                p.get("role", ""),
            )
            for p in item_spec.get("presenters", [])
        ]
        item = services.item_add(
            meeting=meeting,
            title=item_spec["title"],
            purpose=text_to_html(sources.passage(item_spec["purpose"]))
            if "purpose" in item_spec
            else "",
            presenters=presenters,
            at_end=True,
            standing=standing_key(item_spec["title"]) or "",
        )
        for doc in item_spec.get("documents", []):
            document_record(
                meeting=meeting,
                item=item,
                title=doc["title"],
                kind=doc["kind"],
                size_bytes=doc["size_kb"] * 1024,
                file_type="pdf",
                source="example",
            )
        items.append((item, item_spec))

    appendices = {a["letter"]: a for a in spec.get("appendices", [])}
    for item, item_spec in items:
        for letter in item_spec.get("appendices", []):
            appendix = appendices[letter]
            document = document_record(
                meeting=meeting,
                item=item,
                title=appendix["title"],
                kind=appendix.get("kind", Document.Kind.APPENDIX),
                letter=letter,
                text=sources.passage(appendix["text"]),
                file_type="pdf",
                published_first_page=appendix["first_page"],
                published_last_page=appendix["last_page"],
                source="example",
            )
            # The seed holds the appendix's text, not its PDF: render one from the text.
            document_render_text(document=document, text=document.text)
        if "previous_meeting" in item_spec:
            item.previous_meeting = by_date[item_spec["previous_meeting"]]
            item.save(update_fields=["previous_meeting"])

    if "published_on" in spec:
        services.agenda_publish(
            meeting=meeting,
            now=datetime.combine(spec["published_on"], time(12, 0), tzinfo=LONDON),
            announce=False,  # a record of the past: no e-mail, packs built on download
        )

    if spec.get("status") in ("held", "minutes_draft", "minutes_approved"):
        _record_attendance(meeting, spec.get("attendance", {}), people)
        if "first_minute_number" in spec:
            services.minute_numbers_assign(meeting=meeting, start_at=spec["first_minute_number"])
        services.meeting_hold(
            meeting=meeting,
            allow_unpublished=True,
            closed_at=_time(spec["closed_at"]) if "closed_at" in spec else None,
        )
        if "minutes" in spec:
            _record_minutes(meeting, sources.passage(spec["minutes"]))
        for action in spec.get("actions", []):
            item = meeting.items.get(minute_number=action["item"])
            services.action_add(
                item=item,
                description=action["description"],
                owner=people.get(action.get("owner", "")),
                owner_text=action.get("owner_text", ""),
            )
        if spec["status"] in ("minutes_draft", "minutes_approved"):
            published = spec.get("minutes_published_on")
            services.minutes_publish_draft(
                meeting=meeting,
                now=datetime.combine(published, time(12, 0), tzinfo=LONDON) if published else None,
            )
    meeting.refresh_from_db()
    return meeting


def _record_attendance(meeting, spec, people) -> None:
    mode = spec.get("mode", Attendance.Mode.IN_ROOM)
    if mode == "remote":
        mode = Attendance.Mode.REMOTE
    lists = [
        ("present", Attendance.Status.PRESENT),
        ("apologies", Attendance.Status.APOLOGIES),
        ("standing_invitees", Attendance.Status.STANDING_INVITEE),
        ("in_attendance", Attendance.Status.IN_ATTENDANCE),
    ]
    # Apologies first, so that substitutes find their member absent.
    lists = [lists[1], lists[0], lists[2], lists[3]]
    for key, status in lists:
        for entry in spec.get(key, []):
            substitute_for = people.get(entry.get("substitute_for", ""))
            services.attendance_record(
                meeting=meeting,
                person=people[entry["person"]],
                status=Attendance.Status.SUBSTITUTE if substitute_for else status,
                substitute_for=substitute_for,
                mode=mode,
                role_text=entry.get("role", ""),
            )


def _heading(number: int, title: str) -> re.Pattern:
    words = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", title))
    return re.compile(rf"^\s*{number}\.\s+{words}\s*$", re.IGNORECASE | re.MULTILINE)


def _record_minutes(meeting, minutes_text: str) -> None:
    """Each minute's text runs from its heading ("21. TITLE") to the next heading."""
    items = list(meeting.items.order_by("order"))
    spans = []
    for item in items:
        match = _heading(item.minute_number, item.title).search(minutes_text)
        if match:
            spans.append((match.start(), match.end(), item))
    spans.sort(key=lambda s: s[0])
    for index, (_, end, item) in enumerate(spans):
        stop = spans[index + 1][0] if index + 1 < len(spans) else len(minutes_text)
        discussion, resolutions = split_resolutions(minutes_text[end:stop])
        services.minutes_record(item=item, text=text_to_html(discussion))
        for text in resolutions:
            services.resolution_add(item=item, text=text)
