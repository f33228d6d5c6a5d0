"""The public search page, ``/search/`` (CONTRACT.md), and its JSON twin."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode

from moot.governance.models import Body
from moot.portal.cache import SEARCH_SCOPES, cacheable, serve_cached
from moot.search.backends import SearchResults, search

PAGE_SIZE = 20


@dataclass
class SearchForm:
    """The query string, parsed; ``errors`` maps a field to a sentence naming it."""

    q: str = ""
    body: str = ""
    since_text: str = ""
    until_text: str = ""
    page_text: str = ""
    since: date | None = None
    until: date | None = None
    page: int = 1
    errors: dict[str, str] = field(default_factory=dict)

    LABELS = {"since": "Meetings from", "until": "Meetings to"}

    @classmethod
    def parse(cls, data, bodies: dict[str, Body]) -> SearchForm:
        form = cls(
            q=data.get("q", "").strip()[:500],
            body=data.get("body", "").strip(),
            since_text=data.get("since", "").strip(),
            until_text=data.get("until", "").strip(),
            page_text=data.get("page", "").strip(),
        )
        if form.body and form.body not in bodies:
            form.errors["body"] = (
                f"Committee or board (‘body’): there is none called ‘{form.body}’."
            )
        for name in ("since", "until"):
            text = getattr(form, f"{name}_text")
            if not text:
                continue
            try:
                setattr(form, name, date.fromisoformat(text))
            except ValueError:
                form.errors[name] = (
                    f"{cls.LABELS[name]} (‘{name}’) must be a real date written as "
                    f"YYYY-MM-DD, for example 2021-03-25, not ‘{text}’."
                )
        if form.since and form.until and form.since > form.until:
            form.errors["until"] = (
                "Meetings to (‘until’) must be the same as or after Meetings from."
            )
        if form.page_text:
            if re.fullmatch(r"[0-9]{1,6}", form.page_text) and int(form.page_text) >= 1:
                form.page = int(form.page_text)
            else:
                form.errors["page"] = (
                    f"The page (‘page’) must be a whole number from 1, not ‘{form.page_text}’."
                )
        return form

    def params(self, **changes) -> dict[str, str]:
        values = {
            "q": self.q,
            "body": self.body,
            "since": self.since_text,
            "until": self.until_text,
        }
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in ("", None, 1)}


def _pages(form: SearchForm, results: SearchResults) -> dict | None:
    """GOV.UK pagination: numbers around the current page, first and last, ellipses."""
    count = max(1, -(-results.total // PAGE_SIZE))
    if count == 1:
        return None
    base = reverse("search:search")

    def link(n: int) -> str:
        return f"{base}?{urlencode(form.params(page=n))}"

    shown = sorted({1, count, *range(max(1, form.page - 1), min(count, form.page + 1) + 1)})
    items, previous = [], 0
    for number in shown:
        if number - previous > 1:
            items.append({"ellipsis": True})
        items.append({"number": number, "url": link(number), "current": number == form.page})
        previous = number
    return {
        "items": items,
        "previous": link(form.page - 1) if form.page > 1 else None,
        "next": link(form.page + 1) if form.page < count else None,
        "count": count,
    }


def _date_or_text(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return text


def cache_identity(data) -> str:
    """What makes one search's answer differ from another's, written the same way for the
    same search: the query and filters as the form reads them (trimmed, dates written
    YYYY-MM-DD, page 1 when none is given) and the output format. Worked out from the
    query string alone, so that a cached answer costs no database query."""
    page = data.get("page", "").strip() or "1"
    if re.fullmatch(r"[0-9]{1,6}", page):
        page = str(int(page))
    return json.dumps(
        [
            data.get("q", "").strip()[:500],
            data.get("body", "").strip(),
            _date_or_text(data.get("since", "").strip()),
            _date_or_text(data.get("until", "").strip()),
            page,
            data.get("format", ""),
        ]
    )


@cacheable
def search_page(request):
    """The search page, and its JSON twin, from the shared cache when the same search was
    answered since the record or the index last changed. The results come from the index,
    which holds public text only, so one cached answer serves every visitor."""
    if request.method not in ("GET", "HEAD"):
        return _search_answer(request)
    return serve_cached(
        request, SEARCH_SCOPES, cache_identity(request.GET), lambda: _search_answer(request)
    )


def _search_answer(request):
    bodies = {body.slug: body for body in Body.objects.order_by("name")}
    form = SearchForm.parse(request.GET, bodies)
    wants_json = request.GET.get("format") == "json"
    if form.errors:
        if wants_json:
            return JsonResponse({"errors": form.errors}, status=400)
        context = {"form": form, "bodies": bodies.values()}
        return render(request, "search/results.html", context, status=400)
    results = None
    if form.q:
        results = search(
            form.q,
            body=form.body or None,
            since=form.since,
            until=form.until,
            limit=PAGE_SIZE,
            offset=(form.page - 1) * PAGE_SIZE,
        )
    if wants_json:
        return JsonResponse(
            {
                "query": form.q,
                "body": form.body or None,
                "since": form.since.isoformat() if form.since else None,
                "until": form.until.isoformat() if form.until else None,
                "page": form.page,
                "page_size": PAGE_SIZE,
                "total": results.total if results else 0,
                "results": [hit.as_json() for hit in results.hits] if results else [],
            },
            json_dumps_params={"ensure_ascii": False},
        )
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "bodies": bodies.values(),
            "results": results,
            "first": (form.page - 1) * PAGE_SIZE + 1,
            "last": (form.page - 1) * PAGE_SIZE + (len(results.hits) if results else 0),
            "pagination": _pages(form, results) if results and results.hits else None,
            "first_page_url": f"{reverse('search:search')}?{urlencode(form.params())}",
            "json_url": f"{reverse('search:search')}?{urlencode({**form.params(page=form.page), 'format': 'json'})}",
        },
    )
