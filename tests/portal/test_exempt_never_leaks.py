"""Exempt information (LGA 1972 Schedule 12A) never reaches an anonymous visitor.

A unique marker is planted in every field of exempt business (agenda text, reasons,
presenters, documents, minutes, resolutions, votes, declarations, actions), in an exempt
document of a public item and of the meeting, in sensitive interests (Localism Act 2011
s32) and in private contact details. Then every address an anonymous visitor can reach
from the home page is fetched (links followed without a depth limit, every HTML page's
JSON twin, feeds, calendars, the API and its links) and none may contain the marker. The
exempt items' titles and their "exempt under paragraph N" lines must still be on their
meeting pages: the law makes them public.
"""

from __future__ import annotations

import io
import json
import re
import uuid
from collections import deque
from datetime import date, timedelta
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.db.models import Q

from moot.documents.models import Document
from moot.documents.services import document_record
from moot.governance.models import Person
from moot.meetings import services
from moot.meetings.models import (
    AgendaItem,
    Declaration,
    ForwardPlanEntry,
    InterestRegisterEntry,
    Meeting,
    Presenter,
    PublicQuestion,
)
from tests.portal.helpers import JULY, MARCH

pytestmark = pytest.mark.django_db

EXEMPT_LINE = (
    "This item is exempt under paragraph {} of Schedule 12A to the Local Government Act 1972"
)
SKIP_PREFIXES = ("/static/", "/admin/", "/media/")
FIXED_ADDRESSES = [
    "/",
    "/calendar.ics",
    "/bodies/health-and-wellbeing-board/calendar.ics",
    "/feeds/decisions.xml",
    "/feeds/documents.xml",
    "/api/v1/",
    "/api/v1/openapi.json",
    "/calendar/?view=list",
    "/decisions/?q=commercial",
    "/forward-plan/",
    "/feeds/forward-plan.xml",
]


@pytest.fixture
def token() -> str:
    """What must never appear."""
    return f"ZQXMARKER{uuid.uuid4().hex}"


@pytest.fixture
def needle() -> str:
    """A word planted next to the token, to search for: a search page may echo the
    query, so the query must not be the token itself."""
    return f"zqxneedle{uuid.uuid4().hex}"


@pytest.fixture
def marker(token, needle) -> str:
    return f"{token} {needle}"


def plant(example, marker: str) -> dict:
    """Exempt business in both example meetings, with the marker in every exempt field."""
    march = Meeting.objects.get(body=example, date=date(2021, 3, 25))
    july = Meeting.objects.get(body=example, date=date(2021, 7, 29))
    dempster = Person.objects.get(slug="vi-dempster")

    # July: the Spotlight item becomes exempt, paragraph 3; its appendix C inherits.
    spotlight = AgendaItem.objects.get(meeting=july, agenda_number="6")
    spotlight.exempt, spotlight.exempt_paragraph = True, 3
    spotlight.purpose = f"<p>{marker} purpose</p>"
    spotlight.exempt_reason = f"{marker} reason"
    spotlight.urgency_reason = f"{marker} urgency"
    spotlight.save()
    Presenter.objects.create(item=spotlight, name=f"{marker} presenter", role=f"{marker} role")
    appendix = spotlight.documents.get()
    appendix.title, appendix.text = f"{marker} appendix title", f"{marker} appendix text"
    appendix.save()
    ForwardPlanEntry.objects.create(
        body=example,
        subject="Spotlight follow-up",
        intended_meeting=Meeting.objects.get(body=example, date=date(2021, 10, 28)),
        intended_date=date(2021, 10, 28),
        item=spotlight,
        source_item=spotlight,
        notes=f"{marker} notes",
    )
    ForwardPlanEntry.objects.create(  # business planned from exempt papers
        body=example,
        subject=f"{marker} forward plan subject",
        intended_meeting=Meeting.objects.get(body=example, date=date(2022, 1, 27)),
        intended_date=date(2022, 1, 27),
        source_item=spotlight,
    )

    # March: a new exempt item with minutes, a decision, a vote, a declaration, an action.
    commercial = services.item_add(
        meeting=march,
        title="Commercial arrangements for the Integrated Care System",
        purpose=f"<p>{marker} agenda text</p>",
        exempt_paragraph=5,
        exempt_reason=f"{marker} legal advice",
        presenters=[(dempster, "", f"{marker} presenting role")],
        allow_published=True,
        at_end=True,
    )
    commercial.minute_number = 27
    commercial.save()
    services.minutes_record(item=commercial, text=f"<p>{marker} minutes</p>")
    resolution = services.resolution_add(item=commercial, text=f"{marker} resolution")
    vote = services.vote_record(
        resolution=resolution, counts=services.VoteInput(votes_for=5, votes_against=4)
    )
    vote.explanation = f"{marker} vote explanation"
    vote.save()
    services.declaration_record(
        item=commercial,
        person=dempster,
        kind=Declaration.Kind.DISCLOSABLE_PECUNIARY,
        nature=f"{marker} declaration",
        action=Declaration.Action.LEFT_ROOM,
    )
    services.action_add(
        item=commercial,
        description=f"{marker} action",
        owner_text=f"{marker} owner",
        due_date=date(2021, 6, 1),
    )
    document_record(
        meeting=march,
        item=commercial,
        title=f"{marker} exempt report",
        text=f"{marker} exempt report text",
        size_bytes=20480,
        file_type="pdf",
    )
    # The exempt item travels with a public one: the history must show only its heading.
    public_july = AgendaItem.objects.get(meeting=july, agenda_number="7")
    services.issue_link(
        title="Integrated care", slug="integrated-care", items=[commercial, public_july]
    )

    # An exempt appendix of a public item, and an exempt document of the meeting itself.
    framework = AgendaItem.objects.get(meeting=march, minute_number=21)
    Document.objects.create(
        meeting=march,
        item=framework,
        title=f"{marker} exempt appendix of a public item",
        letter="Z",
        text=f"{marker} exempt appendix text",
        exempt=True,
        exempt_paragraph=1,
        file_type="pdf",
        size_bytes=1024,
    )
    Document.objects.create(
        meeting=march,
        title=f"{marker} exempt meeting document",
        text=f"{marker} exempt meeting document text",
        exempt=True,
        exempt_paragraph=7,
        kind=Document.Kind.SUPPLEMENTARY,
    )

    # Localism Act 2011 s32: sensitive interests and declarations keep their details.
    InterestRegisterEntry.objects.create(
        person=dempster,
        category=InterestRegisterEntry.Category.LAND,
        description=f"{marker} sensitive interest",
        registered_on=date(2021, 5, 1),
        sensitive=True,
    )
    Declaration.objects.create(
        item=framework,
        person=dempster,
        kind=Declaration.Kind.OTHER_REGISTRABLE,
        nature=f"{marker} sensitive declaration",
        action=Declaration.Action.STAYED,
        sensitive=True,
    )

    # Private details: a questioner's email, a person's email.
    future = services.meeting_create(
        body=example, day=date.today() + timedelta(days=40), at=spotlight.meeting.start.time()
    )
    PublicQuestion.objects.create(
        meeting=future,
        name="A member of the public",
        email=f"{marker.split()[0].lower()}@example.com",
        question=f"{marker} question",
        submitted_at=future.start,
        fingerprint=uuid.uuid4().hex,
    )
    dempster.email = f"{marker.split()[0].lower()}@leicester.gov.uk"
    dempster.save()
    plant_executive(marker)
    # The search index is written after commit, which a test's transaction never does.
    from moot.search.services import reindex_all

    reindex_all()
    return {"spotlight": spotlight, "commercial": commercial}


def plant_executive(marker: str) -> None:
    """An executive decision with exempt details, a draft notice and a decision not yet
    published, each carrying the marker (moot/executive/)."""
    from django.utils import timezone

    from moot.executive import services as executive

    values = {
        "decision_maker": "Cabinet Member for Resources",
        "decision_date": date.today() + timedelta(days=60),
        "documents": "Report of the Director",
        "documents_address": "Town Hall",
        "other_documents": "Other documents may be submitted.",
        "request_procedure": "Ask Democratic Services.",
        "key_reason": "Capital receipt over the threshold.",
    }
    notice = executive.notice_create(matter="Disposal of the old depot", **values)
    executive.notice_publish(notice=notice, on=date.today() - timedelta(days=40))
    executive.decision_record(
        notice=notice,
        title="Disposal of the old depot",
        decision="Sell the depot to the preferred bidder.",
        decided_on=date.today() - timedelta(days=5),
        reasons="Best consideration reasonably obtainable.",
        alternatives="Retain the depot (rejected: running costs).",
        maker="Cabinet Member for Resources",
        exempt_paragraph=3,
        exempt_details=f"{marker} bidder's price",
    )
    executive.notice_create(matter=f"{marker} draft notice", **values)
    executive.decision_record(
        title=f"{marker} decision published tomorrow",
        decision="x",
        decided_on=date.today(),
        reasons="x",
        alternatives="x",
        maker="x",
        by_officer=True,
        published_at=timezone.now() + timedelta(days=1),
    )


def links(body: bytes, content_type: str, base: str) -> set[str]:
    """Internal addresses a response points to: hrefs in HTML, URLs in JSON."""
    found: set[str] = set()
    if content_type.startswith("text/html"):
        candidates = re.findall(r'href="([^"]+)"', body.decode())
        candidates = [c.replace("&amp;", "&") for c in candidates]
    elif content_type.startswith("application/json"):
        candidates = []

        def walk(value):
            if isinstance(value, dict):
                for inner in value.values():
                    walk(inner)
            elif isinstance(value, list):
                for inner in value:
                    walk(inner)
            elif isinstance(value, str) and (
                value.startswith("/") or value.startswith("http://testserver/")
            ):
                candidates.append(value)

        walk(json.loads(body))
    elif "xml" in content_type:
        candidates = re.findall(r'href="([^"]+)"', body.decode())
    else:
        return found
    for candidate in candidates:
        url, _ = urldefrag(urljoin(base, candidate))
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", "") or parts.netloc not in ("", "testserver"):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if "{" in path or path.startswith(SKIP_PREFIXES):
            continue
        found.add(path)
    return found


def pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def crawl(client, start: list[str]) -> dict[str, tuple[int, str, bytes]]:
    seen: dict[str, tuple[int, str, bytes]] = {}
    queue = deque(start)
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        response = client.get(path)
        content_type = response.get("Content-Type", "")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        seen[path] = (response.status_code, content_type, body)
        if response.status_code in (301, 302):
            queue.append(response["Location"])
            continue
        for link in links(body, content_type, "http://testserver" + path):
            if link not in seen:
                queue.append(link)
        if content_type.startswith("text/html") and "format=" not in path:
            queue.append(path + ("&" if "?" in path else "?") + "format=json")
    return seen


def test_exempt_information_never_reaches_an_anonymous_visitor(
    client, example, marker, token, needle
):
    planted = plant(example, marker)
    pages = crawl(client, FIXED_ADDRESSES + [f"/search/?q={needle}", "/search/?q=commercial"])

    visited = set(pages)
    meeting_pages = {p for p in visited if re.fullmatch(r"/bodies/[^/]+/meetings/[^/]+/", p)}
    assert len(meeting_pages) == 6  # five example meetings and the future one
    assert any("/people/" in p for p in visited)
    assert any(p.endswith("?format=json") for p in visited)
    for required in (
        MARCH,
        JULY,
        MARCH + "items/27/",
        JULY + "items/6/",
        JULY + "items/7/",
        JULY + "pack.pdf",
        "/decisions/",
        "/calendar/",
        "/api/v1/",
        "/forward-plan/",
    ):
        assert required in visited, required
    assert len(pages) > 100

    secret = token.lower()
    for path, (status, content_type, body) in pages.items():
        assert status < 500, (path, status)
        assert secret.encode() not in body.lower(), f"{path} ({content_type}) shows exempt content"
        if content_type.startswith("application/pdf"):
            assert secret not in pdf_text(body).lower(), path

    # The law makes the title and the paragraph public: they are on the meeting pages.
    march_page = pages[MARCH][2].decode()
    assert "27. Commercial arrangements for the Integrated Care System" in march_page
    assert EXEMPT_LINE.format(5) in march_page
    assert "Appendix Z is exempt under paragraph 1 of Schedule 12A" in march_page
    july_page = pages[JULY][2].decode()
    assert f"6. {planted['spotlight'].title}" in july_page
    assert EXEMPT_LINE.format(3) in july_page
    spotlight_page = pages[JULY + "items/6/"][2].decode()
    assert EXEMPT_LINE.format(3) in spotlight_page
    july_json = json.loads(pages[JULY + "?format=json"][2])
    spotlight = next(a for a in july_json["event"]["agenda"] if a["number"] == "6")
    assert spotlight["exempt"] is True and spotlight["exempt_paragraph"] == 3
    # The API's AgendaItem: beyond number, title and paragraph every field is empty.
    heading = {
        "order",
        "number",
        "description",
        "exempt",
        "exempt_paragraph",
        "exempt_notice",
        "url",
    }
    assert {k: v for k, v in spotlight.items() if k not in heading} == {
        "agenda_number": None,
        "minute_number": None,
        "notes_html": None,
        "presenters": [],
        "documents": [],
        "minutes_html": None,
        "minutes_partial": False,
        "decisions": [],
        "declarations": [],
        "actions": [],
    }
    history = pages[JULY + "items/7/"][2].decode()
    assert "Commercial arrangements for the Integrated Care System" in history
    assert EXEMPT_LINE.format(5) in history
    # The executive decision's exempt details are withheld, its paragraph named.
    decision_pages = [p for p in visited if re.fullmatch(r"/decisions/[0-9]+/", p)]
    assert decision_pages
    assert any(EXEMPT_LINE.format(3) in pages[p][2].decode() for p in decision_pages)


@pytest.mark.parametrize("visitor", ["anonymous", "member of another body"])
def test_no_exempt_paper_by_direct_address_search_feed_json_or_download(
    client, example, marker, token, needle, visitor
):
    """The addresses that would carry an exempt paper, asked directly (not only those the
    pages link to): every exempt document's download, the members' packs, the exempt
    items' pages and JSON twins, search, feeds and the API. A signed-in member of another
    body gets no more than an anonymous visitor (the access rule: members of the body on
    the meeting's date only)."""
    from django.contrib.auth.models import User

    from moot.access.models import ExemptDownload
    from tests.access.helpers import another_body_with_member

    planted = plant(example, marker)
    if visitor != "anonymous":
        _, outsider = another_body_with_member()
        user = User(username="outsider", email="outsider@example.org")
        user.set_unusable_password()
        user.save()
        outsider.user = user
        outsider.save()
        client.force_login(user)

    # Every exempt paper is given a real file, so only the rule stands between it and us.
    with_file = Document.objects.exclude(file="").first()
    exempt = Document.objects.filter(meeting__body=example).filter(
        Q(exempt=True) | Q(item__exempt=True)
    )
    exempt.filter(file="").update(file=with_file.file.name)
    assert exempt.count() >= 4
    addresses = [
        f"{d.meeting.get_absolute_url()}documents/{d.pk}/" for d in exempt.select_related("meeting")
    ]
    for meeting_url, item in ((MARCH, planted["commercial"]), (JULY, planted["spotlight"])):
        item_url = f"{meeting_url}items/{item.number}/"
        addresses += [
            meeting_url,
            meeting_url + "?format=json",
            item_url,
            item_url + "?format=json",
            meeting_url + "members-pack.pdf",
        ]
    addresses += [
        f"/search/?q={needle}",
        f"/search/?q={needle}&format=json",
        "/search/?q=commercial&format=json",
        "/feeds/documents.xml",
        "/feeds/decisions.xml",
        "/api/v1/",
        "/decisions/?q=commercial&format=json",
    ]

    secret = token.lower().encode()
    for address in addresses:
        response = client.get(address)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        headers = str(response.headers).lower().encode()
        assert secret not in body.lower() and secret not in headers, address
        if "/documents/" in address:
            assert response.status_code == 404, address
        elif address.endswith("members-pack.pdf"):
            assert response.status_code == (302 if visitor == "anonymous" else 403), address
        else:
            assert response.status_code == 200, address
    assert not ExemptDownload.objects.exists()
