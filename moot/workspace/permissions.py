"""The workspace's one question about access: may this user do this to that?

Every workspace view asks ``require`` (and the dashboard ``clerk_bodies``); nothing else in
the workspace decides access. The decision belongs to the core access rule (``moot.access``), which both functions ask.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from moot.access import selectors as access
from moot.governance.models import Body

#: The actions the workspace asks about (the access rule's vocabulary).
AGENDA_EDIT = "agenda.edit"
AGENDA_PUBLISH = "agenda.publish"


def require(user, action: str, target) -> None:
    """Raise ``PermissionDenied`` with the access rule's reason unless ``user`` may do
    ``action`` to ``target`` (a body or a meeting)."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied("Sign in to use the clerk's workspace.")
    access.require(user, action, target)


def clerk_bodies(user) -> QuerySet[Body]:
    """The bodies whose agendas the user may edit (their clerks, and administrators), as
    shown on the dashboard."""
    if not getattr(user, "is_authenticated", False):
        return Body.objects.none()
    return access.bodies_where(user, AGENDA_EDIT)


MINUTES_RECORD = "minutes.record"
MINUTES_APPROVE = "minutes.approve"
