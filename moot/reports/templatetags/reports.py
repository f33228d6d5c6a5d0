"""``{% item_reports item %}``: the item's drafts in sign-off, for the clerk's item page,
with the accept button where the sign-off rule allows it (two queries)."""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string

from moot.meetings.models import Meeting
from moot.reports import rules, selectors, services
from moot.reports.models import Report

register = template.Library()


@register.simple_tag(takes_context=True)
def item_reports(context, item) -> str:
    rows = []
    for report in selectors.item_reports(item):
        current = services.progress_of(report)
        check = rules.may_accept(
            current,
            accepted=report.status == Report.Status.ACCEPTED,
            agenda_open=item.meeting.status == Meeting.Status.SCHEDULED,
        )
        if report.status == Report.Status.SUPERSEDED:
            check = rules.Check(False, "Superseded.")
        rows.append((report, current, check))
    return render_to_string(
        "reports/_item_reports.html", {"reports": rows}, request=context.get("request")
    )
