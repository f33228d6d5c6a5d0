"""The workspace's one question about access: may this user do this to that?

Every workspace view asks ``require`` (and the dashboard ``clerk_bodies``); nothing else in
the workspace decides access. The decision belongs to the core access rule (``moot.access``), which both functions ask.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils import timezone

from moot.access import selectors as access
from moot.access.rules import AUTHORITY, Action, decide
from moot.governance.models import Body
from moot.reports.selectors import signatory_of_any

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


def report_bodies(user) -> QuerySet[Body]:
    """The bodies the user may upload reports for (their report authors and clerks, and
    administrators): the report author's page lists their items."""
    return access.bodies_where(user, Action.REPORT_UPLOAD)


@dataclass(frozen=True)
class Sections:
    """The workspace's sections a user may enter, so its menu links only to those (a link
    that answers "403 Forbidden" helps nobody)."""

    dashboard: bool = False
    reports: bool = False
    signoff: bool = False
    executive: bool = False
    people: bool = False
    bodies: bool = False


SECTION_URLS = (
    ("dashboard", "workspace:dashboard"),
    ("reports", "workspace:reports"),
    ("signoff", "workspace:report_signoff"),
    ("executive", "executive_workspace:index"),
    ("people", "accounts_people:people"),
    ("bodies", "workspace:bodies"),
)


SIGNOFF_VIEWS = frozenset({"workspace:report_signoff", "workspace:report_decide"})


def section_of(view_name: str) -> str | None:
    """The workspace section a page (its view's name, such as "workspace:item") belongs to,
    for the menu's mark: sign-off's pages, the report authors', the executive record's,
    people's, the bodies' set-up; every other workspace page (meetings, agendas, minutes,
    actions) is the dashboard's. None outside the workspace."""
    namespace = view_name.partition(":")[0]
    if namespace == "executive_workspace":
        return "executive"
    if namespace == "accounts_people":
        return "people"
    if namespace != "workspace":
        return None
    if view_name in SIGNOFF_VIEWS:
        return "signoff"
    if view_name.startswith("workspace:report"):
        return "reports"
    if view_name == "workspace:bodies" or view_name.startswith("workspace:body_"):
        return "bodies"
    return "dashboard"


def first_section_url(user) -> str | None:
    """The address of the first workspace section the user may enter (the dashboard for a
    clerk), or None when they may enter none."""
    from django.urls import reverse

    allowed = sections(user)
    for name, url_name in SECTION_URLS:
        if getattr(allowed, name):
            return reverse(url_name)
    return None


def sections(user) -> Sections:
    """Ask, for each section, the question its view asks of the access rule (``decide``),
    with the user's subject built once and the bodies read once (four queries a page)."""
    if not getattr(user, "is_authenticated", False):
        return Sections()
    day = timezone.localdate()
    subject = access.subject_for(user, on=day, document_ids=[])
    bodies = [access.target_for(body) for body in Body.objects.only("pk", "name")]

    def on_some_body(action: Action) -> bool:
        return any(decide(subject, action, body, on=day).allowed for body in bodies)

    return Sections(
        dashboard=on_some_body(Action.AGENDA_EDIT),
        reports=on_some_body(Action.REPORT_UPLOAD),
        signoff=signatory_of_any(user),
        executive=on_some_body(Action.EXECUTIVE_RECORD)
        or decide(subject, Action.EXECUTIVE_RECORD, AUTHORITY, on=day).allowed,
        people=decide(subject, Action.USERS_MANAGE, AUTHORITY, on=day).allowed,
        bodies=decide(subject, Action.BODIES_MANAGE, AUTHORITY, on=day).allowed,
    )
