"""Applying a file's items: matching, adding and completing agenda items, their documents,
appendices, minutes and resolutions, through the meetings and documents services.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from moot.documents.models import Document
from moot.documents.services import document_record
from moot.governance.models import Person
from moot.governance.services import (
    record_update,
)
from moot.ingest.drafts import (
    AppendixDraft,
    DocumentRefDraft,
    ItemDraft,
    MeetingDraft,
    PersonEntry,
)
from moot.ingest.matching import (
    _clip,
    _minute_number,
    _norm,
    _page,
    _similar_titles,
    _strip_html,
    minutes_discussion,
)
from moot.ingest.names import fold
from moot.ingest.parse.common import item_order, title_case_capitals
from moot.meetings import services as meeting_services
from moot.meetings.bulk import NewItem, items_add, minutes_record_many
from moot.meetings.models import AgendaItem, Meeting, Presenter, Resolution
from moot.meetings.rules import AgendaSlot, agenda_with_item, standing_key
from moot.meetings.text import text_to_html

RESOLUTION_SIMILAR = 92.0
_PRESENTATION_RE = re.compile(r"\bpresentation\b", re.IGNORECASE)
_MINUTES_HEAD_RE = re.compile(r"^\s*minutes\s+of\s+(?:the|a)\b", re.IGNORECASE)


if TYPE_CHECKING:
    from moot.ingest.apply import _Applied


class ItemsMixin:
    # -- items --------------------------------------------------------------------------

    def _match_items(
        self, draft: MeetingDraft, meeting: Meeting, *, add: bool
    ) -> dict[int, AgendaItem]:
        """Pair each draft item with a stored item, adding the missing ones if ``add``."""
        numbering = self._numbering(draft)
        stored = list(meeting.items.order_by("order"))
        taken: set[int] = set()
        result: dict[int, AgendaItem] = {}
        missing: list[int] = []
        for index, item_draft in enumerate(draft.items):
            # An added item is never matched by a later draft, so matching all the drafts
            # first, then adding the missing ones, pairs them as adding each in turn did.
            match = self._find_item(item_draft, stored, taken, numbering)
            if match is not None:
                taken.add(match.pk)
                result[index] = match
            elif add:
                missing.append(index)
        if missing:
            result.update(self._add_items(meeting, draft, missing, numbering, stored))
        return dict(sorted(result.items()))

    def _find_item(self, item_draft: ItemDraft, stored, taken, numbering) -> AgendaItem | None:
        free = [i for i in stored if i.pk not in taken]
        number = _minute_number(item_draft.number)
        if numbering == "minute":
            by_number = [i for i in free if number is not None and i.minute_number == number]
        else:
            by_number = [i for i in free if i.agenda_number == item_draft.number.strip()]
        for item in by_number:
            if _similar_titles(item.title, item_draft.title):
                return item
        by_title = [i for i in free if _similar_titles(i.title, item_draft.title)]
        if numbering == "minute":
            by_title = [
                i for i in by_title if i.minute_number is None or i.minute_number == number
            ] or by_title
        if len(by_title) == 1:
            return by_title[0]
        if len(by_title) > 1:
            exact = [i for i in by_title if _norm(i.title) == _norm(item_draft.title)]
            if len(exact) == 1:
                return exact[0]
        return None

    def _minute_holders(self, meeting: Meeting, year: str) -> dict[int, str]:
        """The minute numbers already used in the body's municipal year, each with the item
        that holds it ("BODY/DATE item 'Title'"): read once per meeting applied, then kept up
        to date as the import numbers items."""
        cache = self._holders
        if cache is None or cache[0] != (meeting.pk, year):
            used = (
                AgendaItem.objects.filter(
                    body=meeting.body, municipal_year=year, minute_number__isnull=False
                )
                .select_related("meeting__body")
                .only(
                    "minute_number",
                    "title",
                    "meeting__date",
                    "meeting__sequence",
                    "meeting__body__slug",
                )
            )
            holders = {i.minute_number: f"{i.meeting.identifier} item '{i.title}'" for i in used}
            cache = ((meeting.pk, year), holders)
            self._holders = cache
        return cache[1]

    def _free_minute_number(self, meeting: Meeting, number: int | None, title: str) -> int | None:
        if number is None:
            return None
        year = meeting.municipal_year or meeting_services.municipal_year_for(meeting.date).label
        holders = self._minute_holders(meeting, year)
        holder = holders.get(number)
        if holder is None:
            holders[number] = f"{meeting.identifier} item '{title}'"
            return number
        self.warnings.append(
            f"{meeting.identifier}: minute {number} ({title}) is already used by "
            f"{holder} in the municipal year {year}; the item is recorded without that number"
        )
        return None

    def _add_items(
        self,
        meeting: Meeting,
        draft: MeetingDraft,
        missing: list[int],
        numbering: str,
        stored: list[AgendaItem],
    ) -> dict[int, AgendaItem]:
        """Add the drafts' missing items (by position in the draft) in one write
        (``moot.meetings.bulk.items_add``), each in number order among the items before it."""
        slots = tuple(
            AgendaSlot(i.pk, i.order, i.agenda_number, i.standing, i.minute_number) for i in stored
        )
        new_items: list[NewItem] = []
        for index in missing:
            item_draft = draft.items[index]
            title = _clip(AgendaItem, "title", title_case_capitals(item_draft.title))
            if not title:
                title = f"Item {item_draft.number}".strip()
                self.warnings.append(
                    f"{meeting.identifier}: item {item_draft.number} has no title; recorded as "
                    f"'{title}'"
                )
            fields: dict[str, Any] = {
                "municipal_year": meeting.municipal_year,
                "standing": standing_key(title) or "",
            }
            if numbering == "minute":
                number = self._free_minute_number(meeting, _minute_number(item_draft.number), title)
                if number is not None:
                    fields["minute_number"] = number
            position = self._position(slots, item_draft.number, numbering)
            slots = agenda_with_item(
                slots,
                AgendaSlot(
                    ("new", index),
                    standing=fields["standing"],
                    minute_number=fields.get("minute_number"),
                ),
                position=position,
                at_end=True,
            )
            presenters = [
                self._presenter(name, meeting.date)
                for name in item_draft.presenters
                if name.strip()
            ]
            new_items.append(
                NewItem(
                    title=title,
                    purpose=text_to_html(item_draft.agenda_text) if item_draft.agenda_text else "",
                    presenters=presenters,
                    position=position,
                    fields=fields,
                )
            )
        added = items_add(
            meeting=meeting, items=new_items, at_end=True, allow_published=True, user=self.user
        )
        self.changes += len(added)
        # The stored items as the additions left them (their places and agenda numbers).
        placed = {slot.ref: slot for slot in slots}
        for item in stored:
            item.order, item.agenda_number = placed[item.pk].order, placed[item.pk].agenda_number
        return dict(zip(missing, added, strict=True))

    def _position(self, stored: Sequence[AgendaSlot], number: str, numbering: str) -> int | None:
        """The order before which an item numbered ``number`` goes among the meeting's items
        (``stored``, in order, as plain slots); None: at the end."""
        key = item_order(number)
        if key[0] < 0:
            return None
        for item in stored:
            if numbering == "minute":
                if item.minute_number is not None and item.minute_number > key[0]:
                    return item.order
            elif item_order(item.agenda_number) > key:
                return item.order
        return None

    def _presenter(self, printed: str, day: date) -> tuple[Person | None, str, str]:
        assert self.people is not None
        outcome = self.people.resolve(PersonEntry(printed), day=day, create=False)
        if outcome.status == "matched" and outcome.person is not None:
            return outcome.person, "", ""
        return None, _clip(Presenter, "name", printed), ""

    def _complete_item(
        self, meeting: Meeting, item: AgendaItem, item_draft: ItemDraft, numbering: str
    ) -> None:
        changed: list[str] = []
        if item_draft.agenda_text and not item.purpose:
            item.purpose = text_to_html(item_draft.agenda_text)
            changed.append("purpose")
        if not item.standing and standing_key(item.title):
            item.standing = standing_key(item.title) or ""
            changed.append("standing")
        number = _minute_number(item_draft.number)
        if numbering == "minute" and number is not None:
            if item.minute_number is None:
                free = self._free_minute_number(meeting, number, item.title)
                if free is not None:
                    item.minute_number = free
                    item.municipal_year = meeting.municipal_year
                    changed += ["minute_number", "municipal_year"]
            elif item.minute_number != number:
                self.warnings.append(
                    f"{meeting.identifier}: '{item.title}' is minute {number} in the file but "
                    f"{item.minute_number} in the record; the record's number is kept"
                )
        if changed:
            record_update(
                obj=item,
                fields=changed,
                action="moot.import.item_completed",
                user=self.user,
                data={"source": self.source.name, "fields": changed},
            )
            self.changes += 1
        if item_draft.presenters and not item.presenters.exists():
            for name in item_draft.presenters:
                if name.strip():
                    person, printed, role = self._presenter(name, meeting.date)
                    meeting_services.presenter_add(
                        item=item,
                        person=person,
                        name=printed,
                        role=role,
                        user=self.user,
                        action="moot.import.presenter_added",
                        data={"source": self.source.name},
                    )
                    self.changes += 1
        for ref in item_draft.documents:
            self._item_document(meeting, item, ref)

    def _item_document(self, meeting: Meeting, item: AgendaItem, ref: DocumentRefDraft) -> None:
        title = _clip(Document, "title", title_case_capitals(ref.title)) or item.title
        folded = _norm(title)
        for doc in item.documents.all():
            same_size = ref.size_bytes and doc.size_bytes == ref.size_bytes
            if same_size or _norm(doc.title) == folded:
                if ref.size_bytes and not doc.size_bytes:
                    doc.size_bytes = ref.size_bytes
                    record_update(
                        obj=doc,
                        fields=["size_bytes"],
                        action="moot.import.document_completed",
                        user=self.user,
                        data={"source": self.source.name, "fields": ["size_bytes"]},
                    )
                    self.changes += 1
                return
        if ref.kind == "appendix":
            kind = Document.Kind.APPENDIX
        elif item.standing == AgendaItem.Standing.PREVIOUS_MINUTES:
            kind = Document.Kind.MINUTES
        else:
            kind = Document.Kind.REPORT
        document_record(
            meeting=meeting,
            item=item,
            title=title,
            kind=kind,
            size_bytes=ref.size_bytes if ref.size_bytes and ref.size_bytes > 0 else None,
            file_type=_clip(Document, "file_type", ref.file_type),
            source=_clip(Document, "source", self.source.name),
            user=self.user,
        )
        self.changes += 1

    def _appendices(
        self, meeting: Meeting, draft: MeetingDraft, items: dict[int, AgendaItem]
    ) -> list[Document]:
        by_number = {draft.items[index].number: item for index, item in items.items()}
        documents = []
        for appendix in draft.appendices:
            document = self._appendix(meeting, by_number.get(appendix.item_number), appendix)
            if document is not None:
                documents.append(document)
        return documents

    def _appendix_kind(self, item: AgendaItem | None, appendix: AppendixDraft) -> str:
        if _MINUTES_HEAD_RE.match(appendix.text or "") or (
            item is not None and item.standing == AgendaItem.Standing.PREVIOUS_MINUTES
        ):
            return Document.Kind.MINUTES
        if item is not None and _PRESENTATION_RE.search(_strip_html(item.purpose)):
            return Document.Kind.PRESENTATION
        return Document.Kind.APPENDIX

    def _appendix(
        self, meeting: Meeting, item: AgendaItem | None, appendix: AppendixDraft
    ) -> Document | None:
        letter = _clip(Document, "letter", appendix.letter.upper())
        first, last = _page(appendix.first_page), _page(appendix.last_page)
        if first and last and last < first:
            first, last = last, first
        existing = None
        if letter:
            existing = meeting.documents.filter(letter=letter).first()
        elif first:
            existing = meeting.documents.filter(item=item, published_first_page=first).first()
        if existing is not None:
            values = {
                "item": item,
                "published_first_page": first,
                "published_last_page": last,
                "page_count": (last - first + 1) if first and last else None,
                "text": appendix.text,
            }
            changed = []
            for name, value in values.items():
                if value and not getattr(existing, name if name != "item" else "item_id"):
                    setattr(existing, name, value)
                    changed.append(name)
            if changed:
                record_update(
                    obj=existing,
                    fields=changed,
                    action="moot.import.document_completed",
                    user=self.user,
                    data={"source": self.source.name, "fields": changed},
                )
                self.changes += 1
            return existing
        title = _clip(Document, "title", title_case_capitals(appendix.title))
        if not title:
            title = f"Appendix {letter}" if letter else "Appendix"
        document = document_record(
            meeting=meeting,
            item=item,
            title=title,
            kind=self._appendix_kind(item, appendix),
            letter=letter,
            text=appendix.text or "",
            file_type="pdf",
            published_first_page=first,
            published_last_page=last,
            page_count=(last - first + 1) if first and last else None,
            source=_clip(Document, "source", self.source.name),
            user=self.user,
        )
        self.changes += 1
        return document

    # -- minutes and resolutions ---------------------------------------------------------

    def _record_minutes(
        self, meeting: Meeting, items: dict[int, AgendaItem], draft: MeetingDraft
    ) -> None:
        """Write the minutes the file gives where the record lacks them (or holds only part),
        every item's in one write (``moot.meetings.bulk.minutes_record_many``)."""
        wanted: list[tuple[AgendaItem, str, bool]] = []
        for index, item in items.items():
            found = self._minutes_wanted(item, draft.items[index])
            if found is not None:
                wanted.append((item, *found))
        if not wanted:
            return
        recorded = minutes_record_many(meeting=meeting, minutes=wanted, user=self.user)
        for (item, _text, _partial), stored in zip(wanted, recorded, strict=True):
            item.minutes, item.minutes_partial = stored.minutes, stored.minutes_partial
            item.minutes_version = stored.minutes_version
            self.changes += 1

    def _minutes_wanted(self, item: AgendaItem, item_draft: ItemDraft) -> tuple[str, bool] | None:
        """The minutes (HTML, partial or not) to record for the item, or None to keep the
        record's (said in a warning when the file gives only part of a longer text)."""
        text = minutes_discussion(item_draft.minutes_text, item_draft.resolutions)
        partial = bool(item_draft.minutes_partial)
        replace = False
        if text and (not item.minutes.strip() or (item.minutes_partial and not partial)):
            replace = True
        elif text and item.minutes_partial and partial:
            # The same words again (importing a file twice) are not a longer text.
            replace = text_to_html(text) != item.minutes and len(text) > len(
                " ".join(_strip_html(item.minutes).split())
            )
        elif not text and item.minutes_partial and not partial and item_draft.resolutions:
            # The full minute is only its resolutions: the partial text goes.
            replace = True
        if replace:
            return text_to_html(text), partial
        if partial and text:
            kept = (
                "the longer text already recorded was kept"
                if item.minutes_partial
                else "the full minutes already recorded were kept"
            )
            self.warnings.append(
                f"{item.meeting.identifier} item {item_draft.number}: the file gives only part "
                f"of the minutes ('view the full minutes text'); {kept}"
            )
        return None

    def _resolutions(self, item: AgendaItem, item_draft: ItemDraft) -> None:
        """Add the file's resolutions the item does not already record (by their words)."""
        existing = [fold(r.text) for r in item.resolutions.all()]
        for resolution in item_draft.resolutions:
            words = fold(resolution)
            if not words:
                continue
            if any(words == e or fuzz.ratio(words, e) >= RESOLUTION_SIMILAR for e in existing):
                continue
            meeting_services.resolution_add(
                item=item, text=resolution, kind=Resolution.Kind.RESOLVED, user=self.user
            )
            existing.append(words)
            self.changes += 1

    def _link_previous_minutes(self, entry: _Applied, applied: list[_Applied]) -> None:
        """An agenda's "Minutes of the previous meeting" item points at that meeting: the one
        on the date its text names, else the one whose minutes the same file carries."""
        meeting = entry.meeting
        if meeting.minutes_locked:
            return
        in_file = {a.meeting.date: a.meeting for a in applied if a.meeting.pk != meeting.pk}
        carried = [
            a.meeting
            for a in applied
            if a.draft.origin == "minutes-in-pack" and a.meeting.date < meeting.date
        ]
        for index, item in entry.items.items():
            item_draft = entry.draft.items[index]
            if item.standing != AgendaItem.Standing.PREVIOUS_MINUTES or item.previous_meeting_id:
                continue
            earlier = [d for d in item_draft.dates_mentioned if d < meeting.date]
            target = next((in_file[d] for d in earlier if d in in_file), None)
            if target is None and earlier:
                target = (
                    Meeting.objects.filter(body=meeting.body, date__in=earlier)
                    .order_by("-date", "sequence")
                    .first()
                )
            if target is None and not earlier and len(carried) == 1:
                target = carried[0]
            if target is None:
                continue
            item.previous_meeting = target
            record_update(
                obj=item,
                fields=["previous_meeting"],
                action="moot.import.previous_minutes_linked",
                user=self.user,
                data={"source": self.source.name},
            )
            self.changes += 1

    # -- the report ----------------------------------------------------------------------------
