"""Public pages. Thin: parse, check, call a selector, render (HTML or its JSON twin)."""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_protect, ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from moot.accounts.ratelimits import rate_limited
from moot.meetings import services as meeting_services
from moot.portal import api, feeds, inputs, language, selectors
from moot.portal.cache import cached_page
from moot.portal.context import request_authority
from moot.portal.errors import InvalidInput, NotFound
from moot.portal.forms import QUESTION_MAX_CHARACTERS, QuestionForm
from moot.portal.language import in_reader_language, language_headers

ICS_TYPE = "text/calendar; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


# --- errors -------------------------------------------------------------------------------


def _wants_json(request) -> bool:
    return request.GET.get("format") == "json" or request.path.startswith("/api/")


def bad_request(request, error: InvalidInput):
    if _wants_json(request):
        return api.error(error.field, error.value, error.expected)
    return render(request, "portal/400.html", {"error": error}, status=400)


def not_found(request, exception=None):
    """The 404 page (``handler404``): says what was looked for, offers a search."""
    message = str(exception) if isinstance(exception, NotFound) else ""
    if _wants_json(request):
        return api.not_found(message or f"Nothing is published at {request.path}.")
    return render(request, "portal/404.html", {"message": message}, status=404)


def portal_view(view):
    """Turn the portal's own errors into the 400 and 404 pages (or JSON errors)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except InvalidInput as error:
            return bad_request(request, error)
        except NotFound as error:
            return not_found(request, error)

    return wrapper


def page(view):
    """A published page: GET and HEAD only, in the reader's language, errors handled,
    output cached."""
    return require_safe(in_reader_language(cached_page(language_headers(portal_view(view)))))


def _twin(request, template: str, context: dict, to_json):
    if inputs.output_format(request) == "json":
        return api.json_response(to_json(api.Urls(request)))
    return render(request, template, context)


# --- pages --------------------------------------------------------------------------------


@page
def home(request):
    data = selectors.home_page(selectors.today())
    return _twin(request, "portal/home.html", {"page": data}, lambda u: api.home(data, u))


@page
def bodies(request):
    rows = selectors.bodies_page(selectors.today())
    return _twin(request, "portal/bodies.html", {"rows": rows}, lambda u: api.bodies(rows, u))


@page
def body(request, slug):
    year = inputs.text(request.GET.get("year"), limit=20)
    data = selectors.body_page(slug, selectors.today(), year)
    return _twin(request, "portal/body.html", {"page": data}, lambda u: api.body(data, u))


@page
def meeting(request, slug, date_slug):
    day, sequence = inputs.date_slug(date_slug)
    data = selectors.meeting_page(
        slug, day, sequence, today=selectors.today(), site=request_authority(request)
    )
    shown, welsh = language.meeting_page_in_language(request, data)
    return _twin(
        request,
        "portal/meeting.html",
        {"page": shown},
        lambda u: language.with_welsh(api.meeting(data, u), welsh, data.items),
    )


@page
def item(request, slug, date_slug, number):
    day, sequence = inputs.date_slug(date_slug)
    data = selectors.item_page(slug, day, sequence, number)
    shown, welsh = language.item_page_in_language(request, data)
    return _twin(
        request,
        "portal/item.html",
        {"page": shown},
        lambda u: language.item_with_welsh(api.item(data, u), welsh, data.item),
    )


@page
def person(request, slug):
    data = selectors.person_page(slug, selectors.today())
    return _twin(request, "portal/person.html", {"page": data}, lambda u: api.person(data, u))


@page
def decisions(request):
    filters = selectors.DecisionFilters(
        body=inputs.text(request.GET.get("body"), limit=120),
        date_from=inputs.optional_date("from", request.GET.get("from")),
        date_to=inputs.optional_date("to", request.GET.get("to")),
        text=inputs.text(request.GET.get("q")),
    )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise InvalidInput(
            "to",
            request.GET["to"],
            f"a date on or after the 'from' date ({filters.date_from.isoformat()})",
        )
    number = inputs.page_number(request.GET.get("page"))
    data = selectors.decisions_page(filters, number)

    def page_url(n: int) -> str:
        query = {
            "body": filters.body,
            "from": filters.date_from.isoformat() if filters.date_from else "",
            "to": filters.date_to.isoformat() if filters.date_to else "",
            "q": filters.text,
            "page": str(n),
        }
        return reverse("portal:decisions") + "?" + urlencode({k: v for k, v in query.items() if v})

    context = {
        "page": data,
        "previous_url": page_url(number - 1) if number > 1 else "",
        "next_url": page_url(number + 1) if number < data.pages else "",
    }
    return _twin(
        request, "portal/decisions.html", context, lambda u: api.decisions(data, u, page_url)
    )


@page
def calendar(request):
    view = inputs.choice("view", request.GET.get("view"), ("month", "list"), "month")
    if view == "list":
        data = selectors.calendar_list()
        return _twin(
            request,
            "portal/calendar_list.html",
            {"page": data},
            lambda u: api.calendar_list(data, u),
        )
    month = inputs.month(request.GET.get("month"), selectors.today())
    data = selectors.calendar_month(month)
    return _twin(
        request, "portal/calendar.html", {"page": data}, lambda u: api.calendar_month(data, u)
    )


# --- calendars, feeds, API ------------------------------------------------------------------


def _ics(request, slug: str | None):
    body, meetings = selectors.body_meetings(slug)
    site = selectors.authority()
    name = body.name if body else f"{site.name if site else 'Public'} meetings"
    content = feeds.calendar_ics(
        meetings,
        name=name,
        authority_slug=site.slug if site else "",
        absolute=request.build_absolute_uri,
    )
    filename = f"{slug or 'meetings'}.ics"
    response = HttpResponse(content, content_type=ICS_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@page
def calendar_ics(request):
    return _ics(request, None)


@page
def body_calendar_ics(request, slug):
    return _ics(request, slug)


def _feed_response(feed) -> HttpResponse:
    response = HttpResponse(content_type=ATOM_TYPE)
    feed.write(response, "utf-8")
    return response


def _site_name() -> str:
    site = selectors.authority()
    return site.name if site else "Moot"


def _feed_author() -> dict:
    """The authority as the feeds' ``atom:author`` (RFC 4287 4.1.1)."""
    site = selectors.authority()
    if site is None:
        return {"author_name": "Moot"}
    return {"author_name": site.name, "author_link": site.website}


@page
def decisions_feed(request):
    feed = feeds.decisions_feed(
        selectors.recent_decisions(),
        title=f"{_site_name()}: decisions",
        link=request.build_absolute_uri(reverse("portal:decisions")),
        feed_url=request.build_absolute_uri(),
        absolute=request.build_absolute_uri,
        **_feed_author(),
    )
    return _feed_response(feed)


@page
def documents_feed(request):
    feed = feeds.documents_feed(
        selectors.recent_documents(),
        title=f"{_site_name()}: documents",
        link=request.build_absolute_uri(reverse("portal:home")),
        feed_url=request.build_absolute_uri(),
        absolute=request.build_absolute_uri,
        **_feed_author(),
    )
    return _feed_response(feed)


# --- the public question form ---------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@rate_limited("question", method="POST")
@csrf_protect
@ensure_csrf_cookie
@portal_view
def question(request, slug, date_slug):
    """Submit a question to a meeting before the deadline (meetings.services.question_submit
    enforces every rule; its refusals are shown against the field they concern)."""
    day, sequence = inputs.date_slug(date_slug)
    context = selectors.question_context(slug, day, sequence, today=selectors.today())
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting_services.question_submit(
                meeting=context.meeting,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                question=form.cleaned_data["question"],
            )
        except meeting_services.QuestionRefused as refusal:
            for field, message in refusal.errors.items():
                form.add_error(field, message)
        else:
            return redirect(reverse("portal:question_sent", args=[slug, date_slug]))
    return render(
        request,
        "portal/question.html",
        {"page": context, "form": form, "max_characters": QUESTION_MAX_CHARACTERS},
    )


@require_GET
@portal_view
def question_sent(request, slug, date_slug):
    day, sequence = inputs.date_slug(date_slug)
    context = selectors.question_context(slug, day, sequence, today=selectors.today())
    return render(request, "portal/question_sent.html", {"page": context})
