"""The workspace's one question about access: may this user do this to that?

Every workspace view asks ``require`` (and the dashboard ``clerk_bodies``); nothing else in
the workspace decides access. The decision belongs to the core access rule,
``moot.access.selectors.can(user, action, target_obj, *, on=None) -> Decision``, which is
being built separately: after merging, the bodies of both functions below are replaced by
calls to it (TODO(access): ``can``), and the views need no change.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from moot.governance.models import Body

#: The actions the workspace asks about (the access rule's vocabulary).
AGENDA_EDIT = "agenda.edit"
AGENDA_PUBLISH = "agenda.publish"


def require(user, action: str, target) -> None:
    """Raise ``PermissionDenied`` with the reason unless ``user`` may do ``action`` to
    ``target`` (a body or a meeting).

    TODO(access): replace the body with
    ``decision = moot.access.selectors.can(user, action, target)``; raise
    ``PermissionDenied(decision.reason)`` when ``not decision.allowed``. Until then only
    staff and superusers act, on every body.
    """
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied("Sign in to use the clerk's workspace.")
    if user.is_superuser or user.is_staff:
        return
    raise PermissionDenied(
        f"{user.get_username()} may not {action.replace('.', ' ')} {target}: only the "
        "body's clerks may."
    )


def clerk_bodies(user) -> QuerySet[Body]:
    """The bodies whose business the user runs, as shown on the dashboard.

    TODO(access): replace with the bodies for which
    ``moot.access.selectors.can(user, "agenda.edit", body)`` allows; for now staff and
    superusers see every body and others none.
    """
    if getattr(user, "is_authenticated", False) and (user.is_superuser or user.is_staff):
        return Body.objects.all()
    return Body.objects.none()
