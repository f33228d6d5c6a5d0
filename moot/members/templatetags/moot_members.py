"""The members' rows on the clerk's dashboard, included without changing its view."""

from django import template

from moot.members import selectors

register = template.Library()


@register.inclusion_tag("members/_dashboard.html")
def members_dashboard(bodies, today):
    return {"rows": selectors.dashboard_rows(bodies, today=today)}
