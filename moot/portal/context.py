"""Template context for every page: the authority the site speaks for."""

from __future__ import annotations

from moot.governance import selectors


def site(request) -> dict:
    """``authority``: the organisation publishing the site (its name heads every page)."""
    if not hasattr(request, "_moot_authority"):
        request._moot_authority = selectors.authority()
    return {"authority": request._moot_authority}
