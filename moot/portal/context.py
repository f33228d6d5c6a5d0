"""Template context for every page: the authority the site speaks for."""

from __future__ import annotations

from moot.governance import selectors


def request_authority(request):
    """The authority, read once per request (pages that need it too pass it on)."""
    if not hasattr(request, "_moot_authority"):
        request._moot_authority = selectors.authority()
    return request._moot_authority


def site(request) -> dict:
    """``authority``: the organisation publishing the site (its name heads every page)."""
    return {"authority": request_authority(request)}
