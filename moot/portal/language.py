"""The reader's language on the public pages of an authority that publishes in Welsh and
English (docs/contract.md, "Language"; the rule is ``moot.governance.bilingual``).

The reader chooses with the switch at the top of every page: ``?lang=cy`` (or ``?lang=en``)
shows the page in that language and keeps the choice in a cookie, so the pages they visit
next follow it. An address with ``lang`` always shows what it names, so a Welsh page can be
linked to. The page cache keys every page on the language it is shown in
(``moot.portal.cache``), so English and Welsh copies never cross.
"""

from __future__ import annotations

from dataclasses import replace
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

from moot.governance import bilingual
from moot.portal.context import request_authority

COOKIE = "moot_language"
COOKIE_AGE = 365 * 24 * 60 * 60
#: Django's name for each reader language (English pages keep the site's British English).
DJANGO_LANGUAGE = {bilingual.ENGLISH: settings.LANGUAGE_CODE, bilingual.WELSH: "cy"}


def is_bilingual(request) -> bool:
    authority = request_authority(request)
    return authority is not None and bilingual.bilingual(
        authority.nation, authority.welsh_language_standards
    )


def reader_language(request) -> str:
    """The language of this request's page. A request that names no language (most of
    them) is English without reading the database."""
    asked, kept = request.GET.get("lang"), request.COOKIES.get(COOKIE)
    if asked not in bilingual.LANGUAGES and kept not in bilingual.LANGUAGES:
        return bilingual.ENGLISH
    return bilingual.reader_language(asked, kept, is_bilingual=is_bilingual(request))


def in_reader_language(view):
    """Render a public page in the reader's language and keep an addressed choice."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        language = reader_language(request)
        request.reader_language = language
        with translation.override(DJANGO_LANGUAGE[language]):
            response = view(request, *args, **kwargs)
        asked = request.GET.get("lang")
        if asked == language and request.COOKIES.get(COOKIE) != language:
            response.set_cookie(COOKIE, language, max_age=COOKIE_AGE, samesite="Lax")
        return response

    return wrapper


def language_headers(view):
    """Say which language a bilingual authority's page is in, and that the same address
    may be shown in the other language to a reader whose cookie chose it (kept with the
    cached page, so a cached copy says it too)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if is_bilingual(request):
            response["Content-Language"] = getattr(request, "reader_language", "en")
            patch_vary_headers(response, ["Cookie"])
        return response

    return wrapper


def switch(request) -> dict:
    """Template context: the reader's language and, for a bilingual authority, the links
    of the language switch (the same page, same query, in each language)."""
    language = getattr(request, "reader_language", bilingual.ENGLISH)
    context = {"reader_language": language, "language_links": []}
    if not is_bilingual(request):
        return context
    query = {k: v for k, v in request.GET.items() if k != "lang"}
    for code, name in bilingual.LANGUAGES.items():
        href = f"{request.path}?{urlencode({**query, 'lang': code})}"
        context["language_links"].append(
            {"code": code, "name": name, "href": href, "current": code == language}
        )
    return context


# --- the Welsh text of a meeting's pages -----------------------------------------------------


def _meeting_welsh(body_slug: str, item_ids: list[int]) -> tuple[dict[str, str], dict]:
    """The Welsh name of the body ({"body_name": ...}) and the Welsh titles of the items
    ({item id: title}), in two queries."""
    from moot.governance.models import Body
    from moot.governance.welsh import welsh_texts

    body_pk = Body.objects.filter(slug=body_slug).values_list("pk", flat=True).first()
    keys = [("meetings.agendaitem", pk) for pk in item_ids]
    if body_pk is not None:
        keys.append(("governance.body", body_pk))
    texts = welsh_texts(keys)
    body = texts.get(("governance.body", body_pk), {}).get("name", "")
    titles = {pk: texts.get(("meetings.agendaitem", pk), {}).get("title", "") for pk in item_ids}
    return ({"body_name": body} if body else {}), {pk: t for pk, t in titles.items() if t}


def _shown_meeting(meeting, welsh: dict[str, str], language: str):
    return replace(
        meeting,
        body_name=bilingual.shown_text(meeting.body_name, welsh.get("body_name", ""), language),
    )


def _shown_item(item, titles: dict, language: str):
    return replace(item, title=bilingual.shown_text(item.title, titles.get(item.id, ""), language))


def meeting_page_in_language(request, page):
    """A meeting page for a bilingual authority: the page as the reader sees it (Welsh
    body name and item titles when reading in Welsh) and the Welsh text for its JSON twin.
    Any other authority's page is returned unchanged, with no query."""
    if not is_bilingual(request):
        return page, None
    body, titles = _meeting_welsh(page.meeting.body_slug, [i.id for i in page.items])
    language = getattr(request, "reader_language", bilingual.ENGLISH)
    shown = replace(
        page,
        meeting=_shown_meeting(page.meeting, body, language),
        items=[_shown_item(i, titles, language) for i in page.items],
    )
    return shown, (body, titles)


def item_page_in_language(request, page):
    """An item page for a bilingual authority, as ``meeting_page_in_language``."""
    if not is_bilingual(request):
        return page, None
    body, titles = _meeting_welsh(page.meeting.body_slug, [page.item.id])
    language = getattr(request, "reader_language", bilingual.ENGLISH)
    shown = replace(
        page,
        meeting=_shown_meeting(page.meeting, body, language),
        item=_shown_item(page.item, titles, language),
    )
    return shown, (body, titles)


def with_welsh(data: dict, welsh, items: list | None = None) -> dict:
    """A meeting's JSON twin with the Welsh beside the English, in the page's envelope (the
    event itself is the API's record, unchanged): ``cy`` holds the body's Welsh name and,
    in the agenda's order, each item's Welsh title, only where the English is public."""
    if welsh is None:
        return data
    body, titles = welsh
    agenda = data.get("event", {}).get("agenda", [])
    data["cy"] = {
        **body,
        "agenda": [
            {"title": titles[item.id]} if item.title and item.id in titles else {}
            for _entry, item in zip(agenda, items or [], strict=False)
        ],
    }
    return data


def item_with_welsh(data: dict, welsh, item) -> dict:
    """An item's JSON twin with its Welsh title and its body's Welsh name under ``cy`` (in
    the envelope; the records are the API's)."""
    if welsh is None:
        return data
    body, titles = welsh
    data["cy"] = {
        **body,
        **({"title": titles[item.id]} if item.title and item.id in titles else {}),
    }
    return data
    body, titles = welsh
    data["cy"] = {"title": titles[item.id]} if item.title and item.id in titles else {}
    data["event"]["cy"] = body
    return data
