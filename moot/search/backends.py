"""Public full-text search: one interface, a backend per database vendor.

``search()`` is the only entry point. It reads ``search_searchentry`` (written by
``services.py``, public information only) through the vendor's full-text engine:

- SQLite: the FTS5 table ``search_fts`` (``porter unicode61`` tokenizer), ranked by
  ``bm25()`` with the title weighted above the text, snippets by ``snippet()``.
- PostgreSQL: the generated ``search_vector`` column (``english`` configuration, GIN
  index), matched with ``websearch_to_tsquery``, ranked by ``ts_rank`` normalised by
  length, snippets by ``ts_headline``.

The query language is the same on both: words (all must match), "quoted phrases",
``or`` between alternatives, ``-word`` to exclude. Anything else in the query is treated
as plain words, so no input can make the engine raise a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape

from django.db import connection

from moot.search.models import SearchEntry
from moot.search.schema import FTS_TABLE, TABLE, VECTOR_COLUMN
from moot.search.services import MARK_END, MARK_START, plain_text

MAX_LIMIT = 100


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    meeting: str
    date: date
    body: str
    body_name: str
    snippet_html: str
    rank: float

    @property
    def kind_label(self) -> str:
        return SearchEntry.Kind(self.kind).label

    @property
    def snippet(self) -> str:
        """The snippet as plain text (for the command line and JSON)."""
        return plain_text(re.sub(r"</?mark>", "", self.snippet_html), is_html=True)

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "meeting": self.meeting,
            "date": self.date.isoformat(),
            "body": self.body,
            "body_name": self.body_name,
            "snippet": self.snippet,
            "snippet_html": self.snippet_html,
            "rank": round(self.rank, 6),
        }


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    limit: int = 20
    offset: int = 0


# --- the query language -------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    words: tuple[str, ...]  # one word, or a phrase
    negated: bool = False
    or_before: bool = False  # joined to the previous positive clause by "or"


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+")


def parse_query(query: str) -> list[Clause]:
    clauses: list[Clause] = []
    pending_or = False
    for match in _TOKEN.finditer(query):
        minus, phrase, bare = match.groups()
        if bare is not None:
            if bare.lower() == "or":
                pending_or = bool(clauses)
                continue
            minus, phrase = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        words = tuple(_WORD.findall(phrase.lower()))
        if not words:
            continue
        negated = minus == "-"
        clauses.append(Clause(words, negated, or_before=pending_or and not negated))
        pending_or = False
    if not any(not c.negated for c in clauses):
        return []  # a query of exclusions alone matches nothing useful
    return clauses


def _fts5(clauses: list[Clause]) -> str:
    positive = [c for c in clauses if not c.negated]
    expression = ""
    for index, clause in enumerate(positive):
        quoted = '"' + " ".join(clause.words) + '"'
        if index:
            expression += " OR " if clause.or_before else " AND "
        expression += quoted
    expression = f"({expression})"
    for clause in clauses:
        if clause.negated:
            expression += ' NOT "' + " ".join(clause.words) + '"'
    return expression


def _websearch(clauses: list[Clause]) -> str:
    parts = []
    for clause in clauses:
        text = " ".join(clause.words)
        if len(clause.words) > 1:
            text = f'"{text}"'
        if clause.negated:
            text = "-" + text
        elif clause.or_before:
            parts.append("or")
        parts.append(text)
    return " ".join(parts)


# --- highlighting -------------------------------------------------------------------------


def highlight(raw: str) -> str:
    """Escape a backend's snippet and turn its markers into <mark> elements."""
    html = escape(raw, quote=False)
    opened = html.count(MARK_START)
    html = html.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return html + "</mark>" * max(0, opened - raw.count(MARK_END))


# --- backends -----------------------------------------------------------------------------

_NAMES = ["kind", "title", "url", "meeting_identifier", "meeting_date", "body_slug", "body_name"]
_COLUMNS = ", ".join(f"e.{name}" for name in _NAMES)


def _filters(body, since, until, as_param) -> tuple[str, list]:
    where, params = [], []
    if body:
        where.append("e.body_slug = %s")
        params.append(body)
    if since:
        where.append("e.meeting_date >= %s")
        params.append(as_param(since))
    if until:
        where.append("e.meeting_date <= %s")
        params.append(as_param(until))
    return "".join(f" AND {w}" for w in where), params


class SQLiteBackend:
    """FTS5 with external content; bm25 weights: title 5, text 1 (lower bm25 is better).
    The snippet comes from the text (the title is shown anyway), or the title if no text."""

    def run(self, clauses, *, body, since, until, limit, offset) -> tuple[int, list[tuple]]:
        match = _fts5(clauses)
        where, params = _filters(body, since, until, date.isoformat)
        source = (
            f"FROM {FTS_TABLE} JOIN {TABLE} e ON e.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s{where}"
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) {source}", [match, *params])  # noqa: S608
            total = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT {_COLUMNS}, -bm25({FTS_TABLE}, 5.0, 1.0) AS score, "  # noqa: S608
                f"CASE WHEN e.text = '' THEN snippet({FTS_TABLE}, 0, %s, %s, '…', 24) "
                f"ELSE snippet({FTS_TABLE}, 1, %s, %s, '…', 24) END {source} "
                "ORDER BY score DESC, e.meeting_date DESC, e.id LIMIT %s OFFSET %s",
                [MARK_START, MARK_END, MARK_START, MARK_END, match, *params, limit, offset],
            )
            rows = cursor.fetchall()
        return total, [(*row[:4], date.fromisoformat(str(row[4])), *row[5:]) for row in rows]


class PostgreSQLBackend:
    """tsvector generated column with GIN index; ``ts_rank`` with normalisation 1 (divide by
    one plus the log of the length) so long documents do not drown short items.

    One query answers the page and the total: the innermost query matches and ranks (each
    match's rank computed once, only its id, date and rank kept), ``count(*) OVER ()``
    counts those narrow rows as they pass, the page's rows are sorted out of them, and only
    then are the page's columns read and its snippets made (``ts_headline`` on the page's
    rows alone). ``OFFSET 0`` keeps the ranking inside the innermost query: flattened, the
    planner would rank above the count and carry every match's tsvector through it. A
    count apart would match everything twice. A page past the last has no row to carry the
    total, so that page alone asks for the count."""

    HEADLINE = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, "
        'ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "'
    )

    def run(self, clauses, *, body, since, until, limit, offset) -> tuple[int, list[tuple]]:
        where, params = _filters(body, since, until, lambda d: d)
        source = (
            f"FROM {TABLE} e, websearch_to_tsquery('english', %s) q "
            f"WHERE e.{VECTOR_COLUMN} @@ q{where}"
        )
        query = _websearch(clauses)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {_COLUMNS}, page.score, ts_headline('english', "  # noqa: S608
                "CASE WHEN e.text = '' THEN e.title ELSE e.text END, "
                "websearch_to_tsquery('english', %s), %s), "
                "left(e.text, 200), right(e.text, 200), page.total "
                "FROM (SELECT ranked.id, ranked.meeting_date, ranked.score, "
                "count(*) OVER () AS total "
                f"FROM (SELECT e.id, e.meeting_date, ts_rank(e.{VECTOR_COLUMN}, q, 1) AS score "
                f"{source} OFFSET 0) ranked "
                "ORDER BY ranked.score DESC, ranked.meeting_date DESC, ranked.id "
                "LIMIT %s OFFSET %s) page "
                f"JOIN {TABLE} e ON e.id = page.id "
                "ORDER BY page.score DESC, page.meeting_date DESC, page.id",
                [query, self.HEADLINE, query, *params, limit, offset],
            )
            rows = cursor.fetchall()
            if rows:
                total = rows[0][-1]
            elif offset:
                cursor.execute(f"SELECT count(*) {source}", [query, *params])  # noqa: S608
                total = cursor.fetchone()[0]
            else:
                total = 0
        return total, [(*row[:8], self._ellipsis(*row[8:11])) for row in rows]

    @staticmethod
    def _ellipsis(headline: str, start: str, end: str) -> str:
        """``ts_headline`` marks no cut; show where the fragment leaves the text out."""
        words = _WORD.findall(re.sub(f"[{MARK_START}{MARK_END}]", "", headline))
        if not words or not start:
            return headline
        start, end = (_WORD.findall(re.sub(r"<[^>]*>", " ", part)) for part in (start, end))
        if start[:3] != words[:3]:
            headline = "…" + headline
        if end[-3:] != words[-3:]:
            headline += "…"
        return headline


BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


def backend():
    try:
        return BACKENDS[connection.vendor]()
    except KeyError:
        raise NotImplementedError(
            f"Search supports SQLite and PostgreSQL, not {connection.vendor}."
        ) from None


def search(
    query: str,
    *,
    body: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """Search public items, minutes, decisions and document text, best match first.

    ``body`` is a body's slug; ``since`` and ``until`` bound the meeting date (inclusive).
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    clauses = parse_query(query or "")
    if not clauses:
        return SearchResults(query=query, total=0, hits=[], limit=limit, offset=offset)
    total, rows = backend().run(
        clauses, body=body, since=since, until=until, limit=limit, offset=offset
    )
    hits = [
        Hit(
            kind=kind,
            title=title,
            url=url,
            meeting=meeting,
            date=day,
            body=body_slug,
            body_name=body_name,
            snippet_html=highlight(snippet or ""),
            rank=float(score),
        )
        for kind, title, url, meeting, day, body_slug, body_name, score, snippet in rows
    ]
    return SearchResults(query=query, total=total, hits=hits, limit=limit, offset=offset)
