"""The generated record holds every kind of business a council's record holds (declarations,
actions, public questions with answers, forward plan entries, documents as real PDFs), its
public pages show them, and its exempt business stays out of them."""

from __future__ import annotations

import io
import uuid

import pytest
from django.core.files.storage import default_storage
from django.utils.html import escape
from pypdf import PdfReader

from moot.examples.synthetic import MARKER, PDF_VARIANTS, generate

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(django_capture_on_commit_callbacks):
    """One year of a Full Council and a Cabinet (the first two kinds of body)."""
    with django_capture_on_commit_callbacks(execute=True):
        return generate(years=1, bodies=2, seed=11, force=True)


def test_every_kind_of_business_is_generated(record):
    from moot.documents.models import Document
    from moot.meetings.models import (
        Action,
        AgendaItem,
        Declaration,
        ForwardPlanEntry,
        PublicQuestion,
    )

    created = record.created
    counts = {
        "declarations": Declaration.objects.filter(item__meeting__source=MARKER).count(),
        "actions": Action.objects.filter(item__meeting__source=MARKER).count(),
        "public questions": PublicQuestion.objects.filter(meeting__source=MARKER).count(),
        "forward plan entries": ForwardPlanEntry.objects.filter(
            body__slug__startswith="fictional-"
        ).count(),
    }
    for name, count in counts.items():
        assert created[name] == count > 0, name
    answered = PublicQuestion.objects.filter(meeting__source=MARKER, status="answered")
    assert answered.exists() and not answered.filter(answer="").exists()
    assert ForwardPlanEntry.objects.filter(status="planned", item__isnull=True).exists()
    assert ForwardPlanEntry.objects.filter(status="done", item__isnull=False).exists()

    # exempt business: some items (about one meeting in seven) and some appendices of public items
    items = AgendaItem.objects.filter(meeting__source=MARKER)
    exempt_share = items.filter(exempt=True).count() / items.count()
    assert 0 < exempt_share < 0.05
    assert Document.objects.filter(source=MARKER, exempt=True, item__exempt=False).exists()

    # documents are real PDFs, three files shared by every row, page counts read from them
    documents = Document.objects.filter(source=MARKER)
    assert documents.count() == created["documents"] > 100
    assert not documents.filter(file="").exists()
    files = dict(documents.values_list("file", "page_count").distinct())
    assert len(files) == len(PDF_VARIANTS) == len(record.files)
    for name, pages in files.items():
        with default_storage.open(name, "rb") as handle:
            assert len(PdfReader(io.BytesIO(handle.read())).pages) == pages
    assert record.files == PDF_VARIANTS


def test_the_same_seed_gives_the_same_business(django_capture_on_commit_callbacks):
    from moot.documents.models import Document
    from moot.meetings.models import Action, Declaration, ForwardPlanEntry, PublicQuestion

    def snapshot(tag: str) -> list:
        return [
            list(Declaration.objects.filter(item__body__slug__startswith=tag)
                 .order_by("pk").values_list("item__title", "person__name", "kind", "nature")),
            list(Action.objects.filter(item__body__slug__startswith=tag)
                 .order_by("pk").values_list("item__title", "description", "due_date", "status")),
            list(PublicQuestion.objects.filter(meeting__body__slug__startswith=tag)
                 .order_by("pk").values_list("name", "question", "status", "answer")),
            list(ForwardPlanEntry.objects.filter(body__slug__startswith=tag)
                 .order_by("pk").values_list("subject", "intended_date", "status")),
            list(Document.objects.filter(meeting__body__slug__startswith=tag)
                 .order_by("pk").values_list("title", "file", "page_count", "exempt")),
        ]  # fmt: skip

    with django_capture_on_commit_callbacks(execute=True):
        generate(years=1, bodies=2, seed=3, force=True)
        generate(years=1, bodies=2, seed=3, force=True)
    first, second = snapshot("fictional-body-"), snapshot("fictional-2-body-")
    assert all(first) and first == second


def _public_meeting_with_business():
    """A meeting whose minutes are public, with a public declaration and action and an
    answered question."""
    from moot.meetings.models import Meeting

    return (
        Meeting.objects.filter(
            source=MARKER, status=Meeting.Status.MINUTES_APPROVED, questions__status="answered"
        )
        .filter(items__declarations__isnull=False, items__declarations__item__exempt=False)
        .filter(items__actions__isnull=False, items__actions__item__exempt=False)
        .distinct()
        .order_by("date", "pk")
        .first()
    )


def test_a_generated_meeting_page_shows_its_business(client, record):
    from moot.documents.models import Document
    from moot.meetings.models import Action, Declaration

    meeting = _public_meeting_with_business()
    assert meeting is not None
    html = client.get(meeting.get_absolute_url()).content.decode()
    declaration = Declaration.objects.filter(
        item__meeting=meeting, item__exempt=False, sensitive=False
    ).first()
    if declaration is not None:
        assert escape(declaration.nature) in html
    action = Action.objects.filter(item__meeting=meeting, item__exempt=False).first()
    assert escape(action.description) in html
    question = meeting.questions.filter(status="answered").first()
    assert escape(question.question) in html and escape(question.answer) in html
    report = Document.objects.filter(meeting=meeting, item__exempt=False, exempt=False).first()
    assert escape(report.title) in html
    download = client.get(f"{meeting.get_absolute_url()}documents/{report.pk}/")
    assert download.status_code == 200
    content = b"".join(download.streaming_content)
    assert len(PdfReader(io.BytesIO(content)).pages) == report.page_count
    planned = meeting.body.forward_plan.filter(status="planned").order_by("intended_date").first()
    assert escape(planned.subject) in client.get(meeting.body.get_absolute_url()).content.decode()


def test_the_generated_exempt_business_never_reaches_a_public_page(client, record):
    """A marker is written into every exempt part of the generated record (exempt items'
    text, minutes, documents, decisions, declarations and actions; exempt appendices of
    public items; sensitive declarations); none of the pages of its meetings, nor search,
    nor the decisions list, feeds or API shows it."""
    from moot.documents.models import Document
    from moot.meetings.models import Action, AgendaItem, Declaration, Meeting, Resolution

    token = f"ZQXMARKER{uuid.uuid4().hex}"
    needle = f"zqxneedle{uuid.uuid4().hex}"
    marker = f"{token} {needle}"
    exempt_items = AgendaItem.objects.filter(meeting__source=MARKER, exempt=True)
    assert exempt_items.exists()
    exempt_items.update(purpose=f"<p>{marker}</p>", minutes=f"<p>{marker}</p>")
    Resolution.objects.filter(item__in=exempt_items).update(text=marker)
    Action.objects.filter(item__in=exempt_items).update(description=marker)
    Declaration.objects.filter(item__in=exempt_items).update(nature=marker)
    Declaration.objects.filter(item__meeting__source=MARKER, sensitive=True).update(nature=marker)
    exempt_documents = Document.objects.filter(item__in=exempt_items) | Document.objects.filter(
        source=MARKER, exempt=True
    )
    assert exempt_documents.filter(item__exempt=False).exists()
    exempt_documents.update(title=marker, text=marker)
    from moot.search import services as search

    meetings = list(Meeting.objects.filter(source=MARKER).select_related("body"))
    search.reindex_all(meetings)
    from moot.portal.cache import content_changed

    content_changed()

    addresses = ["/", "/decisions/", "/decisions/?format=json", "/feeds/decisions.xml",
                 "/feeds/documents.xml", f"/search/?q={needle}", "/api/v1/events",
                 "/api/v1/decisions", "/api/v1/documents"]  # fmt: skip
    # the pages of the first meetings with exempt business: meeting, JSON twin, body page
    # and the pages of the items holding it
    exempt_documents = Document.objects.filter(source=MARKER, exempt=True)
    holding = list(exempt_items) + [d.item for d in exempt_documents.select_related("item")]
    for item in sorted(holding, key=lambda i: (i.meeting_id, i.order))[:12]:
        url = item.meeting.get_absolute_url()
        addresses += [url, url + "?format=json", item.meeting.body.get_absolute_url(),
                      f"{url}items/{item.number}/", f"{url}items/{item.number}/?format=json"]  # fmt: skip
    addresses = list(dict.fromkeys(addresses))
    seen = 0
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), address
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert token.encode() not in body, address
        seen += response.status_code == 200
    assert seen > 30
    # the exempt items' titles and their paragraph are still on their meeting pages (the law)
    item = exempt_items.first()
    html = client.get(item.meeting.get_absolute_url()).content.decode()
    assert escape(item.title) in html and "paragraph 3" in html
