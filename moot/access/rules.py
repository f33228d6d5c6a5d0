"""The one access rule: who may do what to which part of the record, as a pure function.

``decide(subject, action, target, on=day)`` takes plain frozen values (no ORM, no I/O) and
answers with a ``Decision``: allowed or not, and a sentence a clerk can read. The
selectors (``moot.access.selectors.can``) build those values from the database; every view,
download, feed, search and API endpoint asks through them (or, for what an anonymous
visitor may see, through the visibility gate in ``moot.access.visibility``).

The roles (issue 11):

- administrator: authority-wide only; repairs the record and manages users (a Django
  superuser counts as one);
- clerk: of a body or of every body (authority-wide); prepares, publishes and minutes its
  meetings, and may read its exempt papers;
- chair: derived, never stored: the Membership's role on the date (Membership.Role.CHAIR);
- member: derived, never stored: a seat held on the body on the date;
- report author: of a body or authority-wide; may read the body's unpublished papers;
- reader of exempt papers: of a body or authority-wide (e.g. the Monitoring Officer).

Exempt information (LGA 1972 s100A(4), Schedule 12A) is for the members of the body on the
meeting's date, its clerks and named readers; one exempt document may also be given to a
named person on a "need to know" basis (s100F), recorded as a document grant.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    CLERK = "clerk"
    CHAIR = "chair"
    MEMBER = "member"
    REPORT_AUTHOR = "report_author"
    EXEMPT_READER = "exempt_reader"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMINISTRATOR: "administrator",
    Role.CLERK: "clerk",
    Role.CHAIR: "chair",
    Role.MEMBER: "member",
    Role.REPORT_AUTHOR: "report author",
    Role.EXEMPT_READER: "reader of exempt papers",
}

# Roles that are stored as grants; chair and member come from the governance record.
GRANTABLE_ROLES = frozenset(
    {Role.ADMINISTRATOR, Role.CLERK, Role.REPORT_AUTHOR, Role.EXEMPT_READER}
)
# Roles held only across the whole authority, never on one body.
AUTHORITY_ONLY_ROLES = frozenset({Role.ADMINISTRATOR})


class Action(enum.StrEnum):
    PAGE_READ = "page.read"
    PAPER_READ_EXEMPT = "paper.read_exempt"
    PAPER_GRANT = "paper.grant"
    AGENDA_EDIT = "agenda.edit"
    AGENDA_PUBLISH = "agenda.publish"
    MINUTES_RECORD = "minutes.record"
    MINUTES_APPROVE = "minutes.approve"
    USERS_MANAGE = "users.manage"
    ADMIN_REPAIR = "admin.repair"
    # Report sign-off (issue 12 item 3; docs/adr/0013-report-sign-off.md).
    REPORT_UPLOAD = "report.upload"
    REPORT_SIGN_OFF = "report.sign_off"
    REPORT_ACCEPT = "report.accept"
    # The members' area (issue 13): a member's own business with their body's meetings.
    MEETING_APOLOGISE = "meeting.send_apologies"
    INTERESTS_REVIEW = "interests.review"
    # The executive record (issue 18): notices, exceptions, decision records, call-ins.
    EXECUTIVE_RECORD = "executive.record"
    # Setting up bodies from their terms of reference (moot/workspace/bodies.py).
    BODIES_MANAGE = "bodies.manage"


@dataclass(frozen=True)
class Subject:
    """Who is asking, on a date. ``user_id`` None is an anonymous visitor (or an account
    that is not active). ``body_roles`` holds (body id, role) pairs of stored grants;
    ``seats`` the body ids where the person holds a seat on the date, ``chairs`` those
    they chair; ``document_grants`` the ids of exempt documents given to them (s100F)."""

    user_id: int | None = None
    superuser: bool = False
    authority_roles: frozenset[Role] = frozenset()
    body_roles: frozenset[tuple[int, Role]] = frozenset()
    seats: frozenset[int] = frozenset()
    chairs: frozenset[int] = frozenset()
    document_grants: frozenset[int] = frozenset()
    # The sign-off steps (ids) the person is a named signatory of (report sign-off).
    signatory_steps: frozenset[int] = frozenset()

    @property
    def anonymous(self) -> bool:
        return self.user_id is None


ANONYMOUS = Subject()


@dataclass(frozen=True)
class Target:
    """What is asked about: the body it belongs to (None for the whole authority), whether
    it is published (open to the public under s100B/s100C), whether it is exempt
    (Schedule 12A, inherited down body -> meeting -> item -> document), and the document's
    id when it is one document."""

    body_id: int | None = None
    body_name: str = ""
    public: bool = True
    exempt: bool = False
    document_id: int | None = None
    # A report's sign-off step when the action is ``report.sign_off``.
    signoff_step_id: int | None = None


AUTHORITY = Target()


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str

    def __bool__(self) -> bool:
        return self.allowed


def _on(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _body(target: Target) -> str:
    return f"the {target.body_name}" if target.body_name else "the body"


def roles_on(subject: Subject, body_id: int | None) -> frozenset[Role]:
    """The roles the subject holds for ``body_id`` (authority-wide roles count for every
    body; a superuser is an administrator; member and chair only on a body)."""
    if subject.anonymous:
        return frozenset()
    roles = set(subject.authority_roles)
    if subject.superuser:
        roles.add(Role.ADMINISTRATOR)
    if body_id is not None:
        roles.update(role for held_on, role in subject.body_roles if held_on == body_id)
        if body_id in subject.seats:
            roles.add(Role.MEMBER)
        if body_id in subject.chairs:
            roles.update({Role.CHAIR, Role.MEMBER})
    return frozenset(roles)


def _allow(roles: frozenset[Role], permitted: frozenset[Role], target: Target) -> Decision:
    held = sorted(roles & permitted, key=list(Role).index)
    where = "" if held[0] is Role.ADMINISTRATOR else f" of {_body(target)}"
    return Decision(True, f"Allowed: you are {_article(held[0].label)}{where}.")


def _article(label: str) -> str:
    return f"an {label}" if label[0] in "aeiou" else f"a {label}"


# Who may act, per action (besides the administrator, who may do everything).
_STAFF_ACTIONS = {
    Action.AGENDA_EDIT: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may edit its agendas.",
    ),
    Action.AGENDA_PUBLISH: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may publish its agendas (LGA 1972 s100B).",
    ),
    Action.MINUTES_RECORD: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may record its minutes.",
    ),
    Action.MINUTES_APPROVE: (
        frozenset({Role.CLERK, Role.CHAIR}),
        "Only the chair of {body} on {on}, its clerks and administrators may approve its "
        "minutes (LGA 1972 Schedule 12 paragraph 41).",
    ),
    Action.PAPER_GRANT: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may give one of its exempt papers to "
        "someone who needs to know (LGA 1972 s100F).",
    ),
    Action.REPORT_UPLOAD: (
        frozenset({Role.REPORT_AUTHOR, Role.CLERK}),
        "Only the report authors and clerks of {body} and administrators may upload reports "
        "for its agendas.",
    ),
    Action.REPORT_ACCEPT: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may accept a signed-off report onto its "
        "agenda.",
    ),
    Action.USERS_MANAGE: (frozenset(), "Only administrators may manage users and their roles."),
    Action.MEETING_APOLOGISE: (
        frozenset({Role.MEMBER, Role.CHAIR}),
        "Only a member of {body} on {on} may send apologies for its meeting; a substitute "
        "or an invitee tells the clerk.",
    ),
    Action.INTERESTS_REVIEW: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may review and publish changes to its "
        "members' register of interests (Localism Act 2011 s29).",
    ),
    Action.EXECUTIVE_RECORD: (
        frozenset({Role.CLERK}),
        "Only the clerks of {body} and administrators may record its notices of key "
        "decisions, exceptions, decision records and call-ins (SI 2012/2089).",
    ),
    Action.ADMIN_REPAIR: (
        frozenset(),
        "Only administrators may use the back office to repair the record.",
    ),
}

_EXEMPT_READERS = frozenset({Role.CLERK, Role.MEMBER, Role.CHAIR, Role.EXEMPT_READER})
_UNPUBLISHED_READERS = frozenset({Role.CLERK, Role.REPORT_AUTHOR})


def decide(subject: Subject, action: Action | str, target: Target, *, on: date) -> Decision:
    """May ``subject`` do ``action`` to ``target`` on ``on``? With the reason, as a sentence.

    An unknown action is refused (never allowed by default)."""
    try:
        action = Action(action)
    except ValueError:
        return Decision(False, f"'{action}' is not an action Moot knows, so it is refused.")
    roles = roles_on(subject, target.body_id)
    body = _body(target)

    if action is Action.PAGE_READ and target.exempt:
        action = Action.PAPER_READ_EXEMPT
    if action is Action.PAGE_READ:
        if target.public:
            return Decision(True, "Allowed: this is published and open to the public.")
        permitted = _UNPUBLISHED_READERS
        if Role.ADMINISTRATOR in roles or roles & permitted:
            return _allow(roles, permitted | {Role.ADMINISTRATOR}, target)
        return Decision(
            False,
            f"This is not published yet: only the clerks of {body}, its report authors and "
            "administrators may read it before publication (LGA 1972 s100B).",
        )

    if action is Action.PAPER_READ_EXEMPT:
        if not target.exempt:
            return decide(subject, Action.PAGE_READ, target, on=on)
        if Role.ADMINISTRATOR in roles or roles & _EXEMPT_READERS:
            return _allow(roles, _EXEMPT_READERS | {Role.ADMINISTRATOR}, target)
        if (
            not subject.anonymous
            and target.document_id is not None
            and target.document_id in subject.document_grants
        ):
            return Decision(
                True,
                "Allowed: this exempt document was given to you on a need-to-know basis "
                "(LGA 1972 s100F).",
            )
        return Decision(
            False,
            f"Only members of {body} on {_on(on)}, its clerks and readers of exempt papers "
            "may read exempt papers (LGA 1972 s100A(4), Schedule 12A).",
        )

    if action is Action.REPORT_SIGN_OFF:
        return _sign_off(subject, target)

    if action is Action.BODIES_MANAGE:
        return _bodies_manage(subject, target)

    permitted, refusal = _STAFF_ACTIONS[action]
    if Role.ADMINISTRATOR in roles or roles & permitted:
        return _allow(roles, permitted | {Role.ADMINISTRATOR}, target)
    return Decision(False, refusal.format(body=body, on=_on(on)))


def _sign_off(subject: Subject, target: Target) -> Decision:
    """A report's sign-off step is signed (or sent back) only by a person named as that
    step's signatory: no role, not even administrator, stands in for the lead officer, the
    legal or the finance officer (docs/adr/0013-report-sign-off.md)."""
    if (
        not subject.anonymous
        and target.signoff_step_id is not None
        and target.signoff_step_id in subject.signatory_steps
    ):
        return Decision(True, "Allowed: you are a named signatory of this sign-off step.")
    return Decision(
        False,
        "Only the people named as signatories of this sign-off step may sign it off or send "
        "the report back.",
    )


def _bodies_manage(subject: Subject, target: Target) -> Decision:
    """Setting up a body, its terms of reference (sections, caps, quorum, voting) and its
    appointments is constitutional work for the authority's democratic services: the
    terms are approved by the council, not by the body, so a clerk of one body (who serves
    its meetings) does not rewrite them. Only authority-wide clerks and administrators may,
    whichever body is asked about."""
    roles = roles_on(subject, None)
    if Role.ADMINISTRATOR in roles:
        return Decision(True, "Allowed: you are an administrator.")
    if Role.CLERK in roles:
        return Decision(True, "Allowed: you are a clerk of every body.")
    return Decision(
        False,
        "Only clerks of every body and administrators may set up bodies, their terms of "
        f"reference and their members (a clerk of {_body(target)} alone may not).",
    )
