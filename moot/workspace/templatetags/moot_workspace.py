"""The workspace's menu: which sections the signed-in user may enter (asked of the access
rule through ``moot.workspace.permissions.sections``), and which of them the page is in."""

from __future__ import annotations

from django import template

from moot.workspace.permissions import Sections, sections

register = template.Library()


@register.simple_tag(takes_context=True)
def workspace_sections(context) -> Sections:
    request = context.get("request")
    return sections(getattr(request, "user", None))


@register.simple_tag(takes_context=True)
def nav_current(context, href: str, exact: bool = False) -> bool:
    """Whether the page is in the section at ``href``: its address, or (unless ``exact``,
    as the dashboard, whose address starts every other) one below it."""
    request = context.get("request")
    path = getattr(request, "path", "")
    return path == href or (not exact and path.startswith(href))
