"""Public pages of the executive record (forward plan, notices, decisions) and the clerk's
reg 19 report. Thin: parse, call a selector, render HTML or its JSON twin."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from moot.executive import api, selectors
from moot.portal import inputs, language
from moot.portal.errors import InvalidInput
from moot.portal.views import _feed_author, _feed_response, _site_name, _twin, page
from moot.workspace.permissions import clerk_bodies

LONDON = ZoneInfo("Europe/London")


def _cell(value: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _filters(request) -> selectors.ForwardPlanFilters:
    month = inputs.text(request.GET.get("month"), limit=7)
    first = None
    if month:
        try:
            first = date.fromisoformat(month + "-01")
        except ValueError:
            raise InvalidInput("month", month, "a month as YYYY-MM, for example 2026-03") from None
    key = inputs.choice("key", request.GET.get("key"), ("", "1"), "")
    return selectors.ForwardPlanFilters(
        body=inputs.text(request.GET.get("body"), limit=120),
        maker=inputs.text(request.GET.get("maker"), limit=400),
        month=first,
        key_only=key == "1",
    )


def _language(request) -> dict:
    """The reader's language (a JSON twin keeps English in its fields and the Welsh under
    ``cy``), and whether the authority publishes in Welsh at all."""
    json = inputs.output_format(request) == "json"
    return {
        "language": "en" if json else getattr(request, "reader_language", "en"),
        "bilingual_authority": language.is_bilingual(request),
    }


def _plan(request, body_slug: str = ""):
    data = selectors.forward_plan_page(_filters(request), body_slug=body_slug, **_language(request))
    return _twin(
        request,
        "executive/forward_plan.html",
        {"page": data},
        lambda u: api.forward_plan(data, u),
    )


@page
def forward_plan(request):
    return _plan(request)


@page
def body_forward_plan(request, slug):
    return _plan(request, slug)


@page
def notice(request, pk):
    data = selectors.notice_page(pk, **_language(request))
    return _twin(request, "executive/notice.html", {"notice": data}, lambda u: api.notice(data, u))


@page
def decision(request, pk):
    data = selectors.decision_page(pk, **_language(request))
    return _twin(
        request, "executive/decision.html", {"decision": data}, lambda u: api.decision(data, u)
    )


@page
def forward_plan_feed(request):
    feed = Atom1Feed(
        title=f"{_site_name()}: forward plan (notices of key decisions)",
        link=request.build_absolute_uri(reverse("executive:forward_plan")),
        description="Notices of key decisions, newest first.",
        feed_url=request.build_absolute_uri(),
        language="en",
        **_feed_author(),
    )
    for n in selectors.recent_notices():
        feed.add_item(
            title=n.matter,
            link=request.build_absolute_uri(n.url),
            unique_id=request.build_absolute_uri(n.url),
            description=(
                f"Decision by {n.decision_maker} on or after {n.decision_date.isoformat()}. "
                f"{n.key_reason}"
            ),
            pubdate=datetime.combine(n.first_published, time(), tzinfo=LONDON),
            updateddate=datetime.combine(n.first_published, time(), tzinfo=LONDON),
            categories=[n.body_name] if n.body_name else None,
        )
    return _feed_response(feed)


@login_required
def reg19_report(request):
    """The reg 19 report for a date range, as a page or a CSV download (``?format=csv``)."""
    if not clerk_bodies(request.user).exists():
        raise PermissionDenied("The reg 19 report is for clerks.")
    try:
        date_from = inputs.optional_date("from", request.GET.get("from"))
        date_to = inputs.optional_date("to", request.GET.get("to"))
    except InvalidInput as error:
        return render(request, "executive/reg19.html", {"error": error}, status=400)
    report = None
    error = None
    if date_from and date_to:
        if date_from > date_to:
            error = InvalidInput("to", date_to.isoformat(), "a date on or after 'from'")
        else:
            report = selectors.reg19(date_from, date_to)
    if report is not None and request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"reg19-{date_from.isoformat()}-{date_to.isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        writer = csv.writer(response)
        writer.writerow(["date", "decision", "decision maker", "agreed by", "reasons"])
        for row in report.decisions:
            writer.writerow(
                [row.decided_on.isoformat()]
                + [_cell(v) for v in (row.title, row.maker, row.agreed_by, row.reasons)]
            )
        return response
    return render(
        request,
        "executive/reg19.html",
        {"report": report, "error": error, "date_from": date_from, "date_to": date_to},
        status=400 if error else 200,
    )
