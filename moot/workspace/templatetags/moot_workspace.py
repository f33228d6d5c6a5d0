"""The workspace's menu: which sections the signed-in user may enter (asked of the access
rule through ``moot.workspace.permissions.sections``)."""

from __future__ import annotations

from django import template

from moot.workspace.permissions import Sections, sections

register = template.Library()


@register.simple_tag(takes_context=True)
def workspace_sections(context) -> Sections:
    request = context.get("request")
    return sections(getattr(request, "user", None))
