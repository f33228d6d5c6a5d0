"""Writes of the members' area: transactional, checked by ``moot.members.rules`` and the
one access rule, each logged in the audit trail (``log_action``).

Apologies are recorded in the attendance record through ``meetings.services``; a change
to the register of interests waits for a clerk, who publishes it into the register
(``meetings.InterestRegisterEntry``) or returns it with a note; notes are the author's.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from moot.access.selectors import require
from moot.governance.models import Person
from moot.governance.services import log_action
from moot.meetings import services as meeting_services
from moot.meetings.models import Action, Attendance, InterestRegisterEntry, Meeting
from moot.members import rules
from moot.members.models import Apology, InterestChange, PaperNote


class Refused(ValueError):
    """A member's request the rules do not allow. ``errors`` maps each field at fault to a
    sentence (``__all__`` for the request as a whole)."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(" ".join(errors.values()))


def person_of(user) -> Person | None:
    return Person.objects.filter(user=user).first() if user and user.is_authenticated else None


def _person_required(user) -> Person:
    person = person_of(user)
    if person is None:
        raise Refused(
            {
                "__all__": "Your account is not linked to a person in the record; ask Democratic "
                "Services to link it."
            }
        )
    return person


@transaction.atomic
def apologies_send(
    *,
    meeting: Meeting,
    user,
    message: str = "",
    substitute: Person | None = None,
    today: date | None = None,
) -> Apology:
    """Send the signed-in member's apologies for ``meeting``: the attendance record takes
    them (``meetings.services.attendance_record``), with the substitute the member's
    organisation nominates when one is named (ToR 5.3); the clerk's dashboard lists them."""
    person = _person_required(user)
    require(user, "meeting.send_apologies", meeting)
    today = today or timezone.localdate()
    refusal = rules.apologies_refusal(status=meeting.status, meeting_date=meeting.date, today=today)
    errors = rules.message_errors(message)
    if refusal:
        errors["__all__"] = refusal
    if errors:
        raise Refused(errors)
    if substitute is not None and substitute.pk == person.pk:
        raise Refused({"substitute": "A substitute attends in your place: choose someone else."})
    try:
        meeting_services.attendance_record(
            meeting=meeting, person=person, status=Attendance.Status.APOLOGIES, user=user
        )
        if substitute is not None:
            membership = (
                meeting_services._memberships_on(meeting)  # noqa: SLF001 - the same seats
            )
            mine = next((m for m in membership if m.person_id == person.pk), None)
            organisation = mine.seat.organisation if mine else None
            meeting_services.attendance_record(
                meeting=meeting,
                person=substitute,
                status=Attendance.Status.SUBSTITUTE,
                substitute_for=person,
                nominated_by=organisation,
                user=user,
            )
    except meeting_services.MeetingError as error:
        raise Refused({"substitute" if substitute else "__all__": str(error)}) from None
    apology, _ = Apology.objects.update_or_create(
        meeting=meeting,
        person=person,
        defaults={"sent_by": user, "message": message.strip(), "substitute": substitute},
    )
    log_action(
        "moot.members.apologies_sent",
        apology,
        user=user,
        data={"meeting": meeting.identifier, "substitute": str(substitute or "")},
    )
    return apology


@transaction.atomic
def interest_add(
    *,
    user,
    category: str,
    description: str,
    sensitive: bool,
    effective_on: date | None,
    today: date | None = None,
) -> InterestChange:
    """Submit a new interest for the clerk to review; nothing public changes yet."""
    person = _person_required(user)
    today = today or timezone.localdate()
    errors = rules.interest_errors(
        category=category,
        description=description,
        effective_on=effective_on,
        today=today,
        categories=frozenset(InterestRegisterEntry.Category.values),
    )
    if errors:
        raise Refused(errors)
    change = InterestChange.objects.create(
        person=person,
        kind=InterestChange.Kind.ADD,
        category=category,
        description=description.strip(),
        sensitive=sensitive,
        effective_on=effective_on,
        submitted_by=user,
    )
    log_action("moot.members.interest_submitted", change, user=user, data={"kind": "add"})
    return change


@transaction.atomic
def interest_end(
    *, user, entry: InterestRegisterEntry, ended_on: date | None, today: date | None = None
) -> InterestChange:
    """Ask for one of the member's own registered interests to be ended on ``ended_on``."""
    person = _person_required(user)
    if entry.person_id != person.pk:
        raise Refused({"__all__": "That interest is not on your register."})
    if entry.ended_on is not None:
        raise Refused({"__all__": "That interest has already ended on the register."})
    today = today or timezone.localdate()
    errors = rules.end_errors(ended_on=ended_on, registered_on=entry.registered_on, today=today)
    if errors:
        raise Refused(errors)
    change = InterestChange.objects.create(
        person=person,
        kind=InterestChange.Kind.END,
        entry=entry,
        category=entry.category,
        description=entry.description,
        sensitive=entry.sensitive,
        effective_on=ended_on,
        submitted_by=user,
    )
    log_action("moot.members.interest_submitted", change, user=user, data={"kind": "end"})
    return change


def _require_review(user, change: InterestChange, on: date) -> None:
    from moot.access.selectors import AccessDenied, bodies_where

    allowed = bodies_where(user, "interests.review", on=on)
    seats = change.person.memberships.filter(seat__section__terms_of_reference__body__in=allowed)
    if user.is_authenticated and (user.is_superuser or seats.exists()):
        return
    raise AccessDenied(
        "Only the clerks of a body this member sits on, and administrators, may review their "
        "register of interests (Localism Act 2011 s29)."
    )


@transaction.atomic
def interest_publish(*, change: InterestChange, user, today: date | None = None) -> InterestChange:
    """Publish a pending change into the register: a new entry, or the end of one."""
    change = InterestChange.objects.select_for_update().select_related("person").get(pk=change.pk)
    today = today or timezone.localdate()
    _require_review(user, change, today)
    if change.status != InterestChange.Status.PENDING:
        raise Refused({"__all__": f"This change is already {change.get_status_display().lower()}."})
    if change.kind == InterestChange.Kind.ADD:
        entry = InterestRegisterEntry.objects.create(
            person=change.person,
            category=change.category,
            description=change.description,
            sensitive=change.sensitive,
            registered_on=change.effective_on,
        )
        change.entry = entry
        log_action("moot.interest.registered", entry, user=user, data={"change": change.pk})
    else:
        entry = change.entry
        entry.ended_on = change.effective_on
        entry.save(update_fields=["ended_on"])
        log_action(
            "moot.interest.ended",
            entry,
            user=user,
            changes={"ended_on": {"old": None, "new": change.effective_on.isoformat()}},
        )
    change.status = InterestChange.Status.PUBLISHED
    change.reviewed_by = user
    change.reviewed_at = timezone.now()
    change.save(update_fields=["entry", "status", "reviewed_by", "reviewed_at"])
    log_action("moot.members.interest_published", change, user=user)
    return change


@transaction.atomic
def interest_return(*, change: InterestChange, user, note: str) -> InterestChange:
    """Return a pending change to the member with a note saying why (nothing is published)."""
    change = InterestChange.objects.select_for_update().select_related("person").get(pk=change.pk)
    _require_review(user, change, timezone.localdate())
    if change.status != InterestChange.Status.PENDING:
        raise Refused({"__all__": f"This change is already {change.get_status_display().lower()}."})
    if not note.strip():
        raise Refused({"note": "Say why the change is returned, so the member can put it right."})
    change.status = InterestChange.Status.RETURNED
    change.review_note = note.strip()[:2000]
    change.reviewed_by = user
    change.reviewed_at = timezone.now()
    change.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at"])
    log_action("moot.members.interest_returned", change, user=user, data={"note": note.strip()})
    return change


@transaction.atomic
def my_action_update(*, action: Action, user, status: str, note: str) -> Action:
    """A member updates an action they own (its status and a note), through the meetings
    service that clerks use."""
    person = _person_required(user)
    if action.owner_id != person.pk:
        raise Refused({"__all__": "That action is not yours; ask the clerk to update it."})
    try:
        return meeting_services.action_update(action=action, status=status, note=note, user=user)
    except meeting_services.MeetingError as error:
        raise Refused({"status": str(error)}) from None


@transaction.atomic
def note_add(
    *, user, document, page: int | None, highlight: str = "", comment: str = ""
) -> PaperNote:
    """Keep a private note on a page of a paper the user may read."""
    from moot.access.selectors import can

    if not can(user, "paper.read_exempt", document).allowed:
        raise Refused({"__all__": "You cannot read this paper, so you cannot note it."})
    errors = rules.note_errors(
        page=page, pages=document.page_count, highlight=highlight, comment=comment
    )
    if errors:
        raise Refused(errors)
    note = PaperNote.objects.create(
        author=user,
        document=document,
        page=page,
        highlight=highlight.strip(),
        comment=comment.strip(),
    )
    log_action("moot.members.note_added", note, user=user)  # no text in the trail: private
    return note


@transaction.atomic
def note_delete(*, user, note_id: int) -> None:
    note = PaperNote.objects.filter(author=user, pk=note_id).first()
    if note is None:
        raise Refused({"__all__": "There is no note of yours with that number."})
    log_action("moot.members.note_deleted", note, user=user)
    note.delete()


REMINDER_REASON = (
    "You get this e-mail because you are a member of a body whose meetings Moot records, and "
    "members keep their register of interests up to date (Localism Act 2011 s30)."
)


@transaction.atomic
def interest_reminders_send(*, today: date | None = None) -> list[dict]:
    """E-mail every member who holds a seat today, has an account with an address and is
    due a reminder (``rules.interest_reminder``), at most once in 28 days."""
    from datetime import timedelta

    from django.conf import settings
    from django.db.models import Q
    from django.urls import reverse

    from moot.governance.models import Membership
    from moot.members.models import InterestReminder
    from moot.members.selectors import my_register
    from moot.notifications.services import email_queue

    today = today or timezone.localdate()
    seated = (
        Membership.objects.filter(start_date__lte=today, person__user__isnull=False)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .exclude(person__user__email="")
        .values_list("person_id", flat=True)
        .distinct()
    )
    recently = InterestReminder.objects.filter(
        sent_on__gt=today - timedelta(days=rules.TAKING_OFFICE_DAYS)
    ).values_list("person_id", flat=True)
    sent = []
    for person in (
        Person.objects.filter(pk__in=seated).exclude(pk__in=recently).select_related("user")
    ):
        reminder = my_register(person, today=today).reminder
        if not reminder.due:
            continue
        url = settings.MOOT_SITE_URL + reverse("members:interests")
        email_queue(
            to=person.user.email,
            subject="Check your register of interests",
            text=f"Dear {person.display_name},\n\n{reminder.reason}\n\nYour register: {url}",
            reason=REMINDER_REASON,
        )
        row = InterestReminder.objects.create(
            person=person, sent_on=today, reason=reminder.reason[:300]
        )
        log_action("moot.members.interest_reminder_sent", row, data={"reason": reminder.reason})
        sent.append(
            {"person": person.display_name, "email": person.user.email, "reason": reminder.reason}
        )
    return sent
