"""The workspace's menu: which sections the signed-in user may enter (asked of the access
rule through ``moot.workspace.permissions.sections``), and which of them the page is in."""

from __future__ import annotations

from django import template

from moot.workspace.permissions import Sections, section_of, sections

register = template.Library()


@register.simple_tag(takes_context=True)
def workspace_sections(context) -> Sections:
    request = context.get("request")
    return sections(getattr(request, "user", None))


@register.simple_tag(takes_context=True)
def nav_current(context, section: str, href: str) -> str:
    """The menu link's ``aria-current``: "page" on the section's own page, "true" on its
    other pages (``section_of``), "" elsewhere."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None or section_of(match.view_name) != section:
        return ""
    return "page" if request.path == href else "true"
