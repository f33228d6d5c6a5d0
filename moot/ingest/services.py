"""Apply an importer's drafts to the record: one file, one transaction, one report.

``import_file(path, kind=..., body=..., dry_run=...)`` reads a file (PDF, HTML or text),
parses it (``moot.ingest.parse``), decides who is who (``moot.ingest.reconcile``) and writes
the meetings it describes through the meetings and documents services. It returns the
report of CONTRACT.md ("Import JSON") and raises ``ImportFailed`` (one line, naming the file
and what was expected) for anything the user can fix. Nothing is written when it fails, and
nothing at all on a dry run: the whole import runs in one transaction that is rolled back.

How a file's meetings meet the record (the rules a clerk can rely on):

* **Which meeting**: the body's meeting on the file's date (and, with two that day, at the
  file's start time); else a new one. Meetings whose minutes are approved are never changed:
  the import reports them and says so in a warning.
* **Items** are matched by number (minute number for minutes, agenda number for an agenda)
  and title (case, punctuation and "&"/"and" ignored, or the same standing item); failing
  the number, by title alone. Missing items are added in number order. Minute numbers from
  the source are kept; one already used in the body's municipal year is reported and the
  item left unnumbered (holding the meeting then numbers it as the services do).
* **Fields** of the meeting and of items are filled only where empty; **minutes** are
  written where there are none, and partial minutes (a web page's "view the full minutes
  text") are replaced by full ones, never the reverse. Resolutions, documents, presenters
  and attendance are added only when not already recorded (resolutions by their words,
  documents by letter, title or published size, attendance by person).
* **People**: each printed name is reconciled with the record's people and their aliases.
  *matched*: used, and a new spelling is kept as an alias (source: the file name).
  *new*: a person is created, unless the role printed with the name is the office of a
  current member or standing invitee of the body under another name ("Rupert Harding, ...
  Police and Crime Commissioner" beside member Rupert Matthews holding that office): then
  it is *uncertain*. *uncertain*: nobody is guessed or created; the attendance line is not
  recorded and a warning says so (add an alias and import again to record it).
* **Attendance**: a present person holding a seat on the meeting's date is present; one who
  does not, from the organisation of a member who sent apologies, is that member's
  substitute (ToR 5.3); anyone else present is recorded present without a seat (the quorum
  does not count them) with a warning. Standing invitees and officers in attendance are
  recorded as such.
* **Status**: a file with minutes moves the meeting to held (the quorum is judged) and
  draft minutes published; an agenda alone to agenda published.
* **Provenance**: an ``ImportRecord`` keeps the file name and SHA-256; new meetings and
  documents carry the file name in ``source``. Importing the same file again changes
  nothing and adds no rows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify
from rapidfuzz import fuzz

from moot.documents.models import Document
from moot.documents.services import document_record
from moot.governance import selectors as gov_selectors
from moot.governance.models import Body, Membership, Person, PersonAlias
from moot.governance.services import (
    GovernanceError,
    log_action,
    person_alias_add,
    person_create,
    record_update,
)
from moot.ingest.drafts import (
    AppendixDraft,
    DocumentRefDraft,
    ItemDraft,
    MeetingDraft,
    ParseError,
    ParseResult,
    PersonEntry,
    SourceKind,
)
from moot.ingest.models import ImportRecord
from moot.ingest.names import fold, normalise_name
from moot.ingest.parse import detect_kind, parse_agenda_pack, parse_moderngov_page
from moot.ingest.parse.common import RESOLVED_RE, item_order, tidy_body_name
from moot.ingest.parse.people import JOB_WORDS, ORG_WORDS
from moot.ingest.pdftext import extract_pdf_text
from moot.ingest.reconcile import Candidate, reconcile
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Attendance, Meeting, Presenter, Resolution
from moot.meetings.rules import standing_key
from moot.meetings.text import text_to_html

KINDS: tuple[SourceKind, ...] = ("agenda-pack", "moderngov-page")
KIND_LABELS = {"agenda-pack": "an agenda pack", "moderngov-page": "an Agenda and minutes page"}
TEXT_SUFFIXES = {".txt", ".html", ".htm"}
IMPORTABLE_SUFFIXES = {".pdf"} | TEXT_SUFFIXES
# Titles or offices closer than this (rapidfuzz ratio of the folded texts) are the same.
TITLE_SIMILAR = 90.0
OFFICE_SIMILAR = 92.0
RESOLUTION_SIMILAR = 92.0
MAX_MINUTE_NUMBER = 99_999
MAX_PAGE = 100_000
_VIRTUAL_RE = re.compile(
    r"\b(?:zoom|microsoft teams|ms teams|teams meeting|virtual(?:ly)?|remote(?:ly)?|online|"
    r"webex|skype)\b",
    re.IGNORECASE,
)
_HYBRID_RE = re.compile(r"\bhybrid\b", re.IGNORECASE)
_PRESENTATION_RE = re.compile(r"\bpresentation\b", re.IGNORECASE)
_MINUTES_HEAD_RE = re.compile(r"^\s*minutes\s+of\s+(?:the|a)\b", re.IGNORECASE)
_POINT_MARK_RE = re.compile(r"^(?:[-•·*]\s*)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.)\s+")
_STOP_TOKENS = frozenset({"and", "the", "of", "for", "in", "at", "to"})
# Recorded statuses that agree with the list a file prints a person under.
_COMPATIBLE = {
    "present": {"present", "substitute", "standing_invitee"},
    "apologies": {"apologies", "absent"},
    "standing_invitees": {"standing_invitee", "present"},
    "in_attendance": {"in_attendance", "present"},
}


class ImportFailed(Exception):
    """The file cannot be imported; the message is one line naming the file and the rule."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


# --- reading the source -----------------------------------------------------------------


@dataclass
class Source:
    """One file's text and identity."""

    name: str
    text: str
    checksum: str
    pages: int | None = None


def read_source(path: str | Path) -> Source:
    """The file's text: a PDF's pages joined with form feeds, or the text of an HTML or text
    file. Raises ``ImportFailed`` for a missing, unreadable or scanned file."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    if not path.is_file():
        raise ImportFailed(f"{path}: not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    checksum = hashlib.sha256(data).hexdigest()
    if data[:5] == b"%PDF-" or path.suffix.lower() == ".pdf":
        try:
            pages = extract_pdf_text(path)
        except ParseError as exc:
            raise ImportFailed(f"{name}: {exc}") from exc
        if not pages:
            raise ImportFailed(f"{name}: the PDF has no pages")
        return Source(name, "\f".join(pages), checksum, len(pages))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailed(f"{name}: not a text file: expected a PDF, an .html page or a .txt file")
    text = _decode(data)
    return Source(name, text, checksum)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    # Saved web pages are often Windows-1252; undecodable bytes become U+FFFD.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def parse_source(source: Source, kind: SourceKind | None = None) -> ParseResult:
    """Parse the source as ``kind`` (or whichever kind it is); ``ImportFailed`` otherwise."""
    found = detect_kind(source.text)
    if found is None:
        raise ImportFailed(
            f"{source.name}: not a document Moot can import: expected an agenda pack or an "
            "Agenda and minutes page"
        )
    if kind is not None and found != kind:
        raise ImportFailed(
            f"{source.name} is {KIND_LABELS[found]}, not {KIND_LABELS[kind]}: import it with "
            f"`moot import {found}`"
        )
    parser = parse_agenda_pack if found == "agenda-pack" else parse_moderngov_page
    try:
        return parser(source.text)
    except ParseError as exc:
        raise ImportFailed(f"{source.name}: {exc}") from exc


# --- entry points -----------------------------------------------------------------------


def import_file(
    path: str | Path,
    *,
    kind: SourceKind | None = None,
    body: str | None = None,
    dry_run: bool = False,
    user=None,
) -> dict[str, Any]:
    """Import one file (see the module docstring); returns the report."""
    source = read_source(path)
    return import_source(source, kind=kind, body=body, dry_run=dry_run, user=user)


def import_text(
    text: str,
    *,
    name: str,
    kind: SourceKind | None = None,
    body: str | None = None,
    dry_run: bool = False,
    user=None,
) -> dict[str, Any]:
    """Import a document's text as if read from a file called ``name``."""
    checksum = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    source = Source(name, text, checksum)
    return import_source(source, kind=kind, body=body, dry_run=dry_run, user=user)


def import_source(
    source: Source,
    *,
    kind: SourceKind | None = None,
    body: str | None = None,
    dry_run: bool = False,
    user=None,
) -> dict[str, Any]:
    # PostgreSQL text cannot hold NUL characters; they carry nothing in a document.
    source = replace(source, text=source.text.replace("\x00", ""))
    parsed = parse_source(source, kind)
    try:
        with transaction.atomic():
            importer = _Importer(source, parsed, user=user)
            report = importer.run(body)
            if dry_run:
                transaction.set_rollback(True)
    except (meeting_services.MeetingError, GovernanceError) as exc:
        raise ImportFailed(f"{source.name}: {exc}") from exc
    report["dry_run"] = dry_run
    return report


# --- small helpers ----------------------------------------------------------------------


def _clip(model: type[Model], field_name: str, value: str | None) -> str:
    value = (value or "").strip()
    max_length = model._meta.get_field(field_name).max_length
    return value[:max_length].strip() if max_length else value


def _norm(text: str) -> str:
    """Folded text for comparing titles and offices: "&" is "and", "the"/"of" ignored."""
    tokens = fold((text or "").replace("&", " and ")).split()
    return " ".join(t for t in tokens if t not in _STOP_TOKENS)


def tidy_capitals(text: str) -> str:
    """Title-case a text printed in capitals ("MEETING ROOM G.01, CITY HALL, LE1 1FZ" ->
    "Meeting Room G.01, City Hall, LE1 1FZ"): words with digits (rooms, postcodes) and known
    acronyms stay as printed. Mixed-case text is left alone."""
    words = (text or "").split()
    kept = {i: w for i, w in enumerate(words) if any(c.isdigit() for c in w)}
    masked = " ".join(f"\x00{i}" if i in kept else w for i, w in enumerate(words))
    tidy = tidy_body_name(masked).split(" ")
    if len(tidy) != len(words):
        return " ".join(words)
    return " ".join(kept.get(i, w) for i, w in enumerate(tidy))


def _similar_titles(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or fuzz.ratio(na, nb) >= TITLE_SIMILAR:
        return True
    ka, kb = standing_key(a), standing_key(b)
    return ka is not None and ka == kb


def _minute_number(number: str) -> int | None:
    number = (number or "").strip()
    if number.isdigit() and 1 <= int(number) <= MAX_MINUTE_NUMBER:
        return int(number)
    return None


def _page(value: int | None) -> int | None:
    return value if value is not None and 0 < value <= MAX_PAGE else None


def _mode_for(venue: str) -> str:
    if _HYBRID_RE.search(venue or ""):
        return Meeting.Mode.HYBRID
    if _VIRTUAL_RE.search(venue or ""):
        return Meeting.Mode.VIRTUAL
    return Meeting.Mode.IN_PERSON


def _start_time(meeting: Meeting) -> time:
    return timezone.localtime(meeting.start, meeting_services.LONDON).time()


def _strip_html(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html or "")


def minutes_discussion(text: str, resolutions: Iterable[str]) -> str:
    """The minute's text without its RESOLVED blocks (stored apart as resolutions): drop
    "RESOLVED:" paragraphs and the paragraphs whose words are those of a resolution."""
    folded = [fold(r) for r in resolutions if r.strip()]
    if not folded:
        return (text or "").strip()
    kept = []
    for paragraph in re.split(r"\n\s*\n", text or ""):
        flat = " ".join(paragraph.split())
        if not flat:
            continue
        heading = RESOLVED_RE.match(flat)
        if heading and (
            not heading.group("rest").strip()
            or any(fold(heading.group("rest")) in r for r in folded)
        ):
            continue
        body = fold(_POINT_MARK_RE.sub("", flat))
        if body and any(body in r for r in folded):
            continue
        kept.append(paragraph.strip())
    return "\n\n".join(kept)


# --- people -----------------------------------------------------------------------------


@dataclass
class PersonOutcome:
    """What became of one printed name."""

    status: str  # matched | created | uncertain | new (not created)
    person: Person | None = None
    candidates: list[Person] = field(default_factory=list)
    reason: str = ""


class PeopleResolver:
    """Decides who a printed name is, against the record's people and their aliases.

    Never duplicates a person: a person created here is a candidate for every later name.
    """

    def __init__(self, *, body: Body, source_name: str):
        self.body = body
        self.source_name = source_name
        self.people: dict[str, Person] = {}
        self.names: dict[str, list[str]] = {}
        for person in Person.objects.all():
            self._add(person)
        for alias in PersonAlias.objects.values_list("person_id", "name"):
            self.names.setdefault(str(alias[0]), []).append(alias[1])
        self._cache: dict[tuple[str, str, date | None, bool], PersonOutcome] = {}
        self._offices: dict[date, list[tuple[str, Person]]] = {}
        self.matched: dict[str, Person] = {}
        self.created: list[Person] = []
        self.uncertain: dict[str, list[Person]] = {}
        self.changes = 0

    def _add(self, person: Person) -> None:
        key = str(person.pk)
        self.people[key] = person
        self.names.setdefault(key, []).extend(
            n for n in (person.name, person.display_name) if n and n not in self.names[key]
        )

    def _candidates(self) -> list[Candidate]:
        return [Candidate(key, tuple(names)) for key, names in self.names.items()]

    def offices_on(self, day: date) -> list[tuple[str, Person]]:
        """(office, holder) for the body's current members and standing invitees."""
        if day not in self._offices:
            offices: list[tuple[str, Person]] = []
            terms = gov_selectors.terms_in_force(self.body, day)
            memberships = gov_selectors.memberships_on(terms, day) if terms else []
            labels = [m.seat.label for m in memberships]
            for membership in memberships:
                if membership.title:
                    offices.append((membership.title, membership.person))
                if labels.count(membership.seat.label) == 1:
                    offices.append((membership.seat.label, membership.person))
            for invitee in gov_selectors.standing_invitees_on(self.body, day):
                if invitee.title:
                    offices.append((invitee.title, invitee.person))
            self._offices[day] = offices
        return self._offices[day]

    def _office_holders(self, role_text: str, day: date | None) -> list[Person]:
        role = _norm(re.sub(r"\([^)]*\)", " ", role_text or ""))
        if day is None or len(role) < 12:
            return []
        holders: list[Person] = []
        for office, holder in self.offices_on(day):
            office_key = _norm(office)
            similar = len(office_key) >= 12 and fuzz.ratio(role, office_key) >= OFFICE_SIMILAR
            if similar and holder not in holders:
                holders.append(holder)
        return holders

    def resolve(
        self, entry: PersonEntry, *, day: date | None = None, create: bool = True
    ) -> PersonOutcome:
        printed = " ".join((entry.name or "").split())
        key = (printed, entry.role_text or "", day, create)
        if key in self._cache:
            return self._cache[key]
        outcome = self._resolve(printed, entry.role_text or "", day, create)
        self._cache[key] = outcome
        if outcome.status in ("matched", "created") and outcome.person is not None:
            self.matched.setdefault(printed, outcome.person)
        elif outcome.status == "uncertain":
            self.uncertain.setdefault(printed, outcome.candidates)
        return outcome

    def _resolve(self, printed: str, role_text: str, day: date | None, create: bool):
        parts = normalise_name(printed)
        if not parts.key:
            return PersonOutcome("new", reason="no name to read")
        match = reconcile(printed, self._candidates())
        if match.status == "matched" and match.person_key:
            person = self.people[match.person_key]
            self._keep_spelling(person, printed)
            return PersonOutcome("matched", person, reason=match.reason)
        if match.status == "uncertain":
            candidates = [self.people[k] for k in match.candidates if k in self.people]
            return PersonOutcome("uncertain", None, candidates, match.reason)
        holders = [
            h
            for h in self._office_holders(role_text, day)
            if normalise_name(h.name).key != parts.key
        ]
        if holders:
            return PersonOutcome(
                "uncertain",
                None,
                holders,
                "a new name printed with the office of a current member or invitee",
            )
        if not create:
            return PersonOutcome("new", reason=match.reason)
        person = self._create(parts, printed)
        return PersonOutcome("created", person, reason=match.reason)

    def _create(self, parts, printed: str) -> Person:
        name = _clip(Person, "name", parts.full or printed)
        base = slugify(name)[:110] or "person"
        slug, n = base, 1
        while Person.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        person = person_create(
            name=name,
            slug=slug,
            honorific=_clip(Person, "honorific", parts.honorific),
            given_name=_clip(Person, "given_name", parts.given),
            family_name=_clip(Person, "family_name", parts.family),
            action="moot.import.person_created",
            data={"source": self.source_name},
        )
        self.changes += 1
        self.created.append(person)
        self._add(person)
        return person

    def _keep_spelling(self, person: Person, printed: str) -> None:
        """Keep a new spelling of a known person's name as an alias."""
        parts = normalise_name(printed)
        known = {normalise_name(n).key for n in self.names.get(str(person.pk), [])}
        if not parts.key or parts.key in known:
            return
        alias_name = _clip(PersonAlias, "name", parts.full if parts.given else printed)
        if not alias_name:
            return
        _, created = person_alias_add(
            person=person,
            name=alias_name,
            source=_clip(PersonAlias, "source", self.source_name),
        )
        if created:
            self.changes += 1
        self.names.setdefault(str(person.pk), []).append(alias_name)

    def report(self) -> dict[str, Any]:
        created_ids = {p.pk for p in self.created}
        return {
            "matched": [
                {"name": name, "person": person.name, "slug": person.slug}
                for name, person in self.matched.items()
                if person.pk not in created_ids or normalise_name(name).full != person.name
            ],
            "created": [p.name for p in self.created],
            "uncertain": [
                {"name": name, "candidates": [p.name for p in candidates]}
                for name, candidates in self.uncertain.items()
            ],
        }


# --- organisations, for substitutes ---------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return _norm(text).split()


def _org_phrases(membership: Membership) -> list[str]:
    """The normalised names by which a member's organisation can be printed."""
    phrases: list[str] = []
    for org in (membership.seat.organisation, membership.on_behalf_of):
        for node in org.lineage() if org else []:
            for name in (node.name, re.split(r"\s+[-–—]\s+", node.name)[0], node.short_name):
                phrase = _norm(name)
                if len(phrase) >= 3 and phrase not in phrases:
                    phrases.append(phrase)
    return phrases


def _common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest run of tokens shared by ``a`` and ``b`` that holds a proper
    name (a word that is neither a job nor an organisation word: "Leicester")."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k > best and any(
                t not in JOB_WORDS and t not in ORG_WORDS and not t.isdigit() for t in a[i : i + k]
            ):
                best = k
    return best


def organisation_score(role_text: str, membership: Membership, member_roles: list[str]) -> int:
    """How strongly ``role_text`` (printed beside a present non-member) names the
    organisation of ``membership``'s holder: 0 for not at all, else the words in common."""
    role = f" {_norm(role_text)} "
    score = 0
    for phrase in _org_phrases(membership):
        if f" {phrase} " in role:
            score = max(score, len(phrase.split()) + 10)
    tokens = _tokens(role_text)
    for other in member_roles:
        run = _common_run(tokens, _tokens(other))
        if run >= 3:
            score = max(score, run)
    return score


# --- the importer -------------------------------------------------------------------------


@dataclass
class _Line:
    entry: PersonEntry
    heading: str  # present | apologies | standing_invitees | in_attendance
    outcome: PersonOutcome
    status: str = ""
    substitute_for: Person | None = None
    existing: bool = False  # the record already had this person's attendance
    recorded: bool = False  # this import recorded it


@dataclass
class _Applied:
    """One meeting of the file, as applied: the stored meeting, the stored item of each draft
    item (by the draft item's position), the attendance lines and the appendices."""

    draft: MeetingDraft
    meeting: Meeting
    created: bool
    items: dict[int, AgendaItem] = field(default_factory=dict)
    lines: list[_Line] = field(default_factory=list)
    appendices: list[Document] = field(default_factory=list)


class _Importer:
    def __init__(self, source: Source, parsed: ParseResult, *, user=None):
        self.source = source
        self.parsed = parsed
        self.user = user
        self.warnings: list[str] = []
        self.changes = 0
        self.people: PeopleResolver | None = None
        self.body: Body | None = None

    # -- whole file ---------------------------------------------------------------------

    def run(self, body_slug: str | None) -> dict[str, Any]:
        name = self.source.name
        for draft in self.parsed.meetings:
            if draft.date is None:
                what = "minutes it carries" if draft.origin == "minutes-in-pack" else "meeting"
                raise ImportFailed(
                    f"{name}: could not read the date of the {what}: expected a date such as "
                    "'Thursday, 25 March 2021'"
                )
        self.body = self._body(body_slug)
        self.people = PeopleResolver(body=self.body, source_name=name)
        self.warnings.extend(self.parsed.warnings)
        applied = [self._apply_meeting(draft) for draft in self.parsed.meetings]
        for entry in applied:
            self._link_previous_minutes(entry, applied)
        meetings_report = [self._meeting_report(entry) for entry in applied]
        report = {
            "source": {
                "file": name,
                "sha256": self.source.checksum,
                "kind": self.parsed.source_kind,
                "pages": self.source.pages,
            },
            "body": self.body.slug,
            "meetings": meetings_report,
            "people": self.people.report(),
            "warnings": list(dict.fromkeys(self.warnings)),
        }
        changes = self.changes + self.people.changes
        report["changed"] = bool(changes)
        self._record(report, changes, [a.meeting for a in applied])
        return report

    def _body(self, slug: str | None) -> Body:
        name = self.source.name
        printed = next((d.body_name for d in self.parsed.meetings if d.body_name), "")
        if slug:
            body = Body.objects.filter(slug=slug).first()
            if body is None:
                raise ImportFailed(f"--body {slug!r}: no committee or board has that slug")
            if printed and body not in match_bodies(printed):
                self.warnings.append(
                    f"the file names its body {printed!r}; imported into {body.name} as "
                    f"--body {slug} says"
                )
            return body
        if not printed:
            raise ImportFailed(f"{name} does not name its body: name it with --body SLUG")
        found = match_bodies(printed)
        if len(found) == 1:
            return found[0]
        if not found:
            raise ImportFailed(
                f"{name} is for {printed!r}, which matches no body in Moot: name the body "
                "with --body SLUG"
            )
        names = ", ".join(f"{b.name} ({b.slug})" for b in found)
        raise ImportFailed(
            f"{name} is for {printed!r}, which could be any of: {names}; choose with --body SLUG"
        )

    def _record(self, report: dict, changes: int, meetings: list[Meeting]) -> None:
        record = ImportRecord.objects.filter(checksum=self.source.checksum, body=self.body).first()
        if record is not None and not changes:
            return
        summary = {k: v for k, v in report.items() if k != "source"}
        if record is None:
            record = ImportRecord.objects.create(
                source_name=_clip(ImportRecord, "source_name", self.source.name),
                checksum=self.source.checksum,
                kind=self.parsed.source_kind,
                body=self.body,
                pages=self.source.pages,
                summary=summary,
            )
        else:
            record.source_name = _clip(ImportRecord, "source_name", self.source.name)
            record.imported_at = timezone.now()
            record.summary = summary
            record.save(update_fields=["source_name", "imported_at", "summary"])
        record.meetings.add(*meetings)
        log_action(
            "moot.import.applied",
            record,
            user=self.user,
            data={"file": self.source.name, "sha256": self.source.checksum},
        )

    # -- one meeting ----------------------------------------------------------------------

    def _numbering(self, draft: MeetingDraft) -> str:
        """Do the file's item numbers count minutes or the agenda?"""
        if draft.origin == "minutes-in-pack":
            return "minute"
        if draft.origin == "web-page" and any(i.minutes_text for i in draft.items):
            return "minute"
        return "agenda"

    def _find_meeting(self, draft: MeetingDraft) -> Meeting | None:
        assert draft.date is not None
        same_day = list(
            Meeting.objects.filter(body=self.body, date=draft.date)
            .select_related("body")
            .order_by("sequence")
        )
        if not same_day:
            return None
        if len(same_day) == 1:
            meeting = same_day[0]
            if draft.start_time and _start_time(meeting) != draft.start_time:
                self.warnings.append(
                    f"{meeting.identifier}: the file says it starts at "
                    f"{draft.start_time:%H:%M}, the record at {_start_time(meeting):%H:%M}; "
                    "the record's time is kept"
                )
            return meeting
        at_time = [m for m in same_day if _start_time(m) == draft.start_time]
        if len(at_time) == 1:
            return at_time[0]
        raise ImportFailed(
            f"{self.source.name}: {self.body.name} has {len(same_day)} meetings on "
            f"{draft.date:%-d %B %Y} and the file's start time does not say which it is"
        )

    def _apply_meeting(self, draft: MeetingDraft) -> _Applied:
        """Find or create the meeting and complete it from the draft."""
        meeting = self._find_meeting(draft)
        created = meeting is None
        if meeting is None:
            meeting = self._create_meeting(draft)
        entry = _Applied(draft, meeting, created)
        self.warnings.extend(f"{meeting.identifier}: {w}" for w in draft.warnings)
        if meeting.minutes_locked:
            self.warnings.append(
                f"{meeting.identifier}: its minutes are approved, so the import does not change it"
            )
            entry.items = self._match_items(draft, meeting, add=False)
            return entry
        if not created:
            self._complete_meeting(meeting, draft)
        numbering = self._numbering(draft)
        entry.items = self._match_items(draft, meeting, add=True)
        for index, item in entry.items.items():
            item_draft = draft.items[index]
            self._complete_item(meeting, item, item_draft, numbering)
            self.warnings.extend(
                f"{meeting.identifier} item {item_draft.number}: {w}" for w in item_draft.warnings
            )
        entry.appendices = self._appendices(meeting, draft, entry.items)
        if draft.attendance:
            entry.lines = self._attendance(meeting, draft)
        attendance_changed = any(line.recorded for line in entry.lines)
        has_minutes = numbering == "minute" and (
            any(i.minutes_text or i.resolutions for i in draft.items) or entry.lines
        )
        if has_minutes:
            self._hold(meeting, draft, attendance_changed)
            meeting.refresh_from_db()
            if meeting.status in (Meeting.Status.HELD, Meeting.Status.MINUTES_DRAFT):
                for index, item in entry.items.items():
                    self._minutes(item, draft.items[index])
        elif meeting.status == Meeting.Status.SCHEDULED:
            meeting_services.agenda_record_published(
                meeting=meeting, source=self.source.name, user=self.user
            )
            self.changes += 1
        if draft.origin == "front-sheet":
            self._check_front_sheet(meeting, draft)
        return entry

    def _create_meeting(self, draft: MeetingDraft) -> Meeting:
        assert draft.date is not None
        if draft.start_time is None:
            self.warnings.append(
                f"{self.body.slug}/{draft.date.isoformat()}: no start time in the file; "
                "recorded as midnight"
            )
        venue = _clip(Meeting, "venue", tidy_capitals(draft.venue))
        meeting = meeting_services.meeting_create(
            body=self.body,
            day=draft.date,
            at=draft.start_time or time(0, 0),
            kind=draft.kind if draft.kind in Meeting.Kind.values else Meeting.Kind.ORDINARY,
            mode=_mode_for(venue),
            venue=venue,
            recording_past=True,
            standing_items=False,
            user=self.user,
            source=_clip(Meeting, "source", self.source.name),
            contact_name=_clip(Meeting, "contact_name", draft.contact.name),
            contact_phone=_clip(Meeting, "contact_phone", draft.contact.phone),
            contact_email=_clip(Meeting, "contact_email", draft.contact.email),
            webcast_url=_clip(Meeting, "webcast_url", draft.webcast_url),
        )
        if not venue and meeting.venue:
            # meeting_create falls back on the body's usual venue; the file did not say.
            Meeting.objects.filter(pk=meeting.pk).update(venue="")
            meeting.venue = ""
        self.changes += 1
        return meeting

    def _complete_meeting(self, meeting: Meeting, draft: MeetingDraft) -> None:
        """Fill the meeting's empty fields from the file."""
        changed: list[str] = []
        for field_name, value in (
            ("contact_name", draft.contact.name),
            ("contact_phone", draft.contact.phone),
            ("contact_email", draft.contact.email),
            ("webcast_url", draft.webcast_url),
        ):
            value = _clip(Meeting, field_name, value)
            if value and not getattr(meeting, field_name):
                setattr(meeting, field_name, value)
                changed.append(field_name)
        venue = _clip(Meeting, "venue", tidy_capitals(draft.venue))
        if venue and not meeting.venue:
            meeting.venue = venue
            changed.append("venue")
            mode = _mode_for(venue)
            if mode != meeting.mode and meeting.mode == Meeting.Mode.IN_PERSON:
                # The mode was not known when the meeting was recorded without a venue.
                meeting.mode = mode
                changed.append("mode")
                if mode == Meeting.Mode.VIRTUAL:
                    meeting.attendance.update(mode=Attendance.Mode.REMOTE)
        if (
            draft.kind != Meeting.Kind.ORDINARY
            and draft.kind in Meeting.Kind.values
            and meeting.kind == Meeting.Kind.ORDINARY
        ):
            meeting.kind = draft.kind
            changed.append("kind")
        if draft.closed_at and not meeting.closed_at:
            meeting.closed_at = draft.closed_at
            changed.append("closed_at")
        if not meeting.source:
            meeting.source = _clip(Meeting, "source", self.source.name)
            changed.append("source")
        if changed:
            record_update(
                obj=meeting,
                fields=changed,
                action="moot.import.meeting_completed",
                user=self.user,
                data={"source": self.source.name, "fields": changed},
            )
            self.changes += 1
            if "mode" in changed and meeting.quorate is not None:
                self._judge_quorum(meeting)

    # -- items --------------------------------------------------------------------------

    def _match_items(
        self, draft: MeetingDraft, meeting: Meeting, *, add: bool
    ) -> dict[int, AgendaItem]:
        """Pair each draft item with a stored item, adding the missing ones if ``add``."""
        numbering = self._numbering(draft)
        stored = list(meeting.items.order_by("order"))
        taken: set[int] = set()
        result: dict[int, AgendaItem] = {}
        for index, item_draft in enumerate(draft.items):
            match = self._find_item(item_draft, stored, taken, numbering)
            if match is None and add:
                match = self._add_item(meeting, item_draft, numbering)
                stored = list(meeting.items.order_by("order"))
            if match is not None:
                taken.add(match.pk)
                result[index] = match
        return result

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

    def _free_minute_number(self, meeting: Meeting, number: int | None, title: str) -> int | None:
        if number is None:
            return None
        year = meeting.municipal_year or meeting_services.municipal_year_for(meeting.date).label
        holder = (
            AgendaItem.objects.filter(body=meeting.body, municipal_year=year, minute_number=number)
            .select_related("meeting")
            .first()
        )
        if holder is None:
            return number
        self.warnings.append(
            f"{meeting.identifier}: minute {number} ({title}) is already used by "
            f"{holder.meeting.identifier} item '{holder.title}' in the municipal year {year}; "
            "the item is recorded without that number"
        )
        return None

    def _add_item(self, meeting: Meeting, item_draft: ItemDraft, numbering: str) -> AgendaItem:
        title = _clip(AgendaItem, "title", tidy_body_name(item_draft.title))
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
        position = self._position(meeting, item_draft.number, numbering)
        presenters = [
            self._presenter(name, meeting.date) for name in item_draft.presenters if name.strip()
        ]
        item = meeting_services.item_add(
            meeting=meeting,
            title=title,
            purpose=text_to_html(item_draft.agenda_text) if item_draft.agenda_text else "",
            presenters=presenters,
            position=position,
            at_end=True,
            allow_published=True,
            user=self.user,
            **fields,
        )
        self.changes += 1
        return item

    def _position(self, meeting: Meeting, number: str, numbering: str) -> int | None:
        """The order before which an item numbered ``number`` goes (None: at the end)."""
        key = item_order(number)
        if key[0] < 0:
            return None
        for item in meeting.items.order_by("order"):
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
        title = _clip(Document, "title", tidy_body_name(ref.title)) or item.title
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
        title = _clip(Document, "title", tidy_body_name(appendix.title))
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

    def _minutes(self, item: AgendaItem, item_draft: ItemDraft) -> None:
        text = minutes_discussion(item_draft.minutes_text, item_draft.resolutions)
        partial = bool(item_draft.minutes_partial)
        replace = False
        if text and (not item.minutes.strip() or (item.minutes_partial and not partial)):
            replace = True
        elif text and item.minutes_partial and partial:
            replace = len(text) > len(" ".join(_strip_html(item.minutes).split()))
        elif not text and item.minutes_partial and not partial and item_draft.resolutions:
            # The full minute is only its resolutions: the partial text goes.
            replace = True
        if replace:
            meeting_services.minutes_record(
                item=item, text=text_to_html(text), partial=partial, user=self.user
            )
            item.refresh_from_db()
            self.changes += 1
        elif partial and text:
            kept = (
                "the longer text already recorded was kept"
                if item.minutes_partial
                else "the full minutes already recorded were kept"
            )
            self.warnings.append(
                f"{item.meeting.identifier} item {item_draft.number}: the file gives only part "
                f"of the minutes ('view the full minutes text'); {kept}"
            )
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

    def _hold(self, meeting: Meeting, draft: MeetingDraft, attendance_changed: bool) -> None:
        """A file with minutes: the meeting was held and its draft minutes published."""
        status = meeting.status
        if status in (Meeting.Status.CANCELLED, Meeting.Status.POSTPONED):
            self.warnings.append(
                f"{meeting.identifier} is {meeting.get_status_display().lower()} in the record, "
                "so the minutes in the file are not recorded"
            )
            return
        if status in (Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED):
            meeting_services.meeting_hold(
                meeting=meeting,
                closed_at=draft.closed_at,
                allow_unpublished=True,
                user=self.user,
            )
            meeting.refresh_from_db()
            self.changes += 1
            status = meeting.status
        elif attendance_changed:
            self._judge_quorum(meeting)
        if status == Meeting.Status.HELD:
            meeting_services.minutes_publish_draft(meeting=meeting, user=self.user)
            self.changes += 1

    def _judge_quorum(self, meeting: Meeting) -> None:
        if not meeting.attendance.exists():
            return
        try:
            meeting_services.quorum_judge(meeting=meeting, user=self.user)
        except meeting_services.MeetingError as exc:
            self.warnings.append(f"{meeting.identifier}: quorum not judged: {exc}")

    # -- attendance -------------------------------------------------------------------------

    def _attendance(self, meeting: Meeting, draft: MeetingDraft) -> list[_Line]:
        assert draft.attendance is not None and self.people is not None
        day = meeting.date
        headings = [
            ("apologies", draft.attendance.apologies),
            ("present", draft.attendance.present),
            ("standing_invitees", draft.attendance.standing_invitees),
            ("in_attendance", draft.attendance.in_attendance),
        ]
        lines: list[_Line] = []
        seen: dict[int, _Line] = {}
        for heading, entries in headings:
            for entry in entries:
                outcome = self.people.resolve(entry, day=day)
                line = _Line(entry, heading, outcome)
                if outcome.status == "uncertain":
                    names = ", ".join(p.name for p in outcome.candidates) or "several people"
                    self.warnings.append(
                        f"{meeting.identifier}: '{entry.name}' ({heading.replace('_', ' ')}) "
                        f"could be {names}; that attendance is not recorded: add the spelling "
                        "as an alias of the right person and import again"
                    )
                    continue
                if outcome.person is None:
                    self.warnings.append(
                        f"{meeting.identifier}: '{entry.name}' ({heading.replace('_', ' ')}) is "
                        "not a name Moot can record; that attendance is not recorded"
                    )
                    continue
                if outcome.person.pk in seen:
                    first = seen[outcome.person.pk]
                    if first.heading != heading:
                        self.warnings.append(
                            f"{meeting.identifier}: {outcome.person.name} is listed under "
                            f"{first.heading.replace('_', ' ')} and under "
                            f"{heading.replace('_', ' ')}; the first is recorded"
                        )
                    continue
                seen[outcome.person.pk] = line
                lines.append(line)
        self._classify(meeting, lines)
        self._record_attendance(meeting, lines)
        return lines

    def _classify(self, meeting: Meeting, lines: list[_Line]) -> None:
        """Decide each line's status: own seat, substitute, invitee or present without a
        seat (ToR 5.3: a substitute attends in the place of an absent member). A person whose
        attendance is already recorded keeps it."""
        terms = gov_selectors.terms_in_force(meeting.body, meeting.date)
        memberships = {
            m.person_id: m
            for m in (gov_selectors.memberships_on(terms, meeting.date) if terms else [])
        }
        invitees = {
            i.person_id for i in gov_selectors.standing_invitees_on(meeting.body, meeting.date)
        }
        stored = {a.person_id: a for a in meeting.attendance.select_related("substitute_for")}
        status_for = {
            "apologies": Attendance.Status.APOLOGIES,
            "standing_invitees": Attendance.Status.STANDING_INVITEE,
            "in_attendance": Attendance.Status.IN_ATTENDANCE,
        }
        # Members who sent apologies (in this file or already recorded), with their roles.
        absent: dict[int, list[str]] = {}
        for line in lines:
            person = line.outcome.person
            assert person is not None
            record = stored.get(person.pk)
            if record is not None:
                line.existing = True
                line.status = record.status
                line.substitute_for = record.substitute_for
                if record.status not in _COMPATIBLE[line.heading]:
                    self.warnings.append(
                        f"{meeting.identifier}: {person.name} is recorded as "
                        f"{record.get_status_display().lower()}; the file's "
                        f"{line.heading.replace('_', ' ')} is not applied"
                    )
            elif line.heading == "apologies" and person.pk in memberships:
                absent.setdefault(person.pk, []).append(line.entry.role_text)
        for person_id, record in stored.items():
            absentee = record.status in (Attendance.Status.APOLOGIES, Attendance.Status.ABSENT)
            if absentee and person_id in memberships:
                absent.setdefault(person_id, []).append(record.role_text)
        taken = {
            r.substitute_for_id for r in stored.values() if r.status == Attendance.Status.SUBSTITUTE
        }
        claims: dict[int, _Line] = {}
        for line in lines:
            person = line.outcome.person
            assert person is not None
            if line.existing:
                continue
            if line.heading != "present":
                line.status = status_for[line.heading]
                continue
            if person.pk in memberships:
                line.status = Attendance.Status.PRESENT
                continue
            if person.pk in invitees:
                line.status = Attendance.Status.STANDING_INVITEE
                continue
            best, best_score = None, 0
            for member_id, roles in absent.items():
                if member_id in taken:
                    continue
                membership = memberships[member_id]
                score = organisation_score(
                    line.entry.role_text, membership, [*roles, membership.title]
                )
                if score > best_score:
                    best, best_score = membership, score
            if best is not None and best.person_id in claims:
                other = claims[best.person_id].outcome.person
                assert other is not None
                self.warnings.append(
                    f"{meeting.identifier}: {person.name} and {other.name} could both be "
                    f"substituting for {best.person.name} (same organisation); {other.name}, "
                    f"listed first, is recorded as the substitute and {person.name} as present "
                    "without a seat"
                )
                line.status = Attendance.Status.PRESENT
                continue
            if best is not None:
                claims[best.person_id] = line
                line.status = Attendance.Status.SUBSTITUTE
                line.substitute_for = best.person
                continue
            line.status = Attendance.Status.PRESENT
            self.warnings.append(
                f"{meeting.identifier}: {person.name} is listed as present but holds no seat "
                f"on {meeting.body.name} on {meeting.date:%-d %B %Y} and no member of their "
                "organisation sent apologies: recorded as present without a seat (not "
                "counted for the quorum)"
            )

    def _record_attendance(self, meeting: Meeting, lines: list[_Line]) -> None:
        remote = meeting.mode == Meeting.Mode.VIRTUAL
        mode = Attendance.Mode.REMOTE if remote else Attendance.Mode.IN_ROOM
        # Apologies first, so that a substitute finds the member absent.
        ordered = sorted(lines, key=lambda ln: ln.status != Attendance.Status.APOLOGIES)
        for line in ordered:
            if line.existing:
                continue
            assert line.outcome.person is not None
            meeting_services.attendance_record(
                meeting=meeting,
                person=line.outcome.person,
                status=line.status,
                substitute_for=line.substitute_for,
                mode=mode,
                role_text=_clip(Attendance, "role_text", line.entry.role_text),
                user=self.user,
            )
            line.recorded = True
            self.changes += 1

    # -- checks and links ---------------------------------------------------------------------

    def _check_front_sheet(self, meeting: Meeting, draft: MeetingDraft) -> None:
        """Compare the front sheet's members and standing invitees with the record (nothing
        is written: membership is the clerk's to set up)."""
        assert self.people is not None
        day = meeting.date
        terms = gov_selectors.terms_in_force(meeting.body, day)
        members = {m.person_id for m in (gov_selectors.memberships_on(terms, day) if terms else [])}
        invitees = {i.person_id for i in gov_selectors.standing_invitees_on(meeting.body, day)}
        entries = [(e, "member") for s in draft.members_by_section for e in s.members]
        entries += [(e, "standing invitee") for e in draft.standing_invitees]
        for entry, role in entries:
            outcome = self.people.resolve(entry, day=day, create=False)
            where = f"{meeting.identifier}: the front sheet lists {entry.name!r} as a {role}"
            if outcome.status == "uncertain":
                names = ", ".join(p.name for p in outcome.candidates)
                self.warnings.append(f"{where}; could be {names}")
            elif outcome.status == "new":
                self.warnings.append(f"{where}, who is not in the record (not created)")
            elif outcome.person is not None:
                held = members if role == "member" else invitees
                if outcome.person.pk not in held:
                    self.warnings.append(
                        f"{where}, but the record has no such {role} of {meeting.body.name} on "
                        f"{day:%-d %B %Y}"
                    )

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

    def _meeting_report(self, entry: _Applied) -> dict[str, Any]:
        meeting = Meeting.objects.select_related("body").get(pk=entry.meeting.pk)
        item_rows = []
        for index in sorted(entry.items):
            item = AgendaItem.objects.get(pk=entry.items[index].pk)
            item_rows.append(
                {
                    "number": item.number,
                    "title": item.title,
                    "resolutions": item.resolutions.count(),
                    "documents": item.documents.count(),
                    # What the file held: its minutes of the item were cut short.
                    "partial": bool(entry.draft.items[index].minutes_partial),
                }
            )
        appendices = []
        for document in entry.appendices:
            document.refresh_from_db()
            appendices.append(
                {
                    "letter": document.letter,
                    "title": document.title,
                    "first_page": document.published_first_page,
                    "last_page": document.published_last_page,
                    "kind": document.kind,
                }
            )
        attendance: dict[str, list] = {
            "present": [],
            "apologies": [],
            "substitutes": [],
            "standing_invitees": [],
            "in_attendance": [],
        }
        for line in entry.lines:
            assert line.outcome.person is not None
            name = line.outcome.person.name
            if line.status == Attendance.Status.SUBSTITUTE and line.substitute_for:
                attendance["substitutes"].append({"name": name, "for": line.substitute_for.name})
            elif line.status == Attendance.Status.PRESENT:
                attendance["present"].append(name)
            elif line.status in (Attendance.Status.APOLOGIES, Attendance.Status.ABSENT):
                attendance["apologies"].append(name)
            elif line.status == Attendance.Status.STANDING_INVITEE:
                attendance["standing_invitees"].append(name)
            elif line.status == Attendance.Status.IN_ATTENDANCE:
                attendance["in_attendance"].append(name)
        return {
            "meeting": meeting.identifier,
            "created": entry.created,
            "partial": any(row["partial"] for row in item_rows),
            "status": meeting.status,
            "items": item_rows,
            "appendices": appendices,
            "attendance": attendance,
        }


def match_bodies(printed: str) -> list[Body]:
    """Bodies whose name the printed name can be: the same words (case, "&"/"and" and
    punctuation aside), one name inside the other ("Leicester City Health and Wellbeing
    Board" ~ "Health and Wellbeing Board"), or a near spelling. Best first; an exact match
    alone if there is one."""
    wanted = _norm(printed)
    if not wanted:
        return []
    exact, contained, near = [], [], []
    for body in Body.objects.all():
        name = _norm(body.name)
        if not name:
            continue
        if name == wanted:
            exact.append(body)
        elif f" {name} " in f" {wanted} " or f" {wanted} " in f" {name} ":
            contained.append(body)
        elif fuzz.ratio(name, wanted) >= TITLE_SIMILAR:
            near.append(body)
    if exact:
        return exact
    if contained:
        longest = max(len(_norm(b.name)) for b in contained)
        best = [b for b in contained if len(_norm(b.name)) == longest]
        return best
    return near


__all__ = [
    "KINDS",
    "IMPORTABLE_SUFFIXES",
    "ImportFailed",
    "PeopleResolver",
    "Source",
    "import_file",
    "import_source",
    "import_text",
    "match_bodies",
    "minutes_discussion",
    "organisation_score",
    "parse_source",
    "read_source",
]
