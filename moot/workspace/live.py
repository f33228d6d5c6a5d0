"""Live meeting mode: the clerk's screen during the meeting (issue 12 item 5).

Thin views behind ``require(user, "minutes.record", meeting)``: each parses a form, calls
one service of ``moot.meetings.services`` and redirects (or renders the page again, status
400, with what was typed and the rule named). htmx enhances three things only: a roster
row's change swaps the quorum panel, the minutes autosave as the clerk types, and a
refused autosave shows the other person's text; all work as plain form posts too."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from moot.governance.models import Person
from moot.meetings import rules
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Attendance, Meeting, Resolution
from moot.workspace import live_forms, live_selectors, views
from moot.workspace import selectors as workspace_selectors
from moot.workspace.permissions import require

MINUTES_RECORD = "minutes.record"
RECORDING = (Meeting.Status.HELD, Meeting.Status.MINUTES_DRAFT)


def _live_url(meeting: Meeting, anchor: str = "") -> str:
    url = reverse("workspace:live", args=[meeting.body.slug, meeting.date_slug])
    return url + (f"#{anchor}" if anchor else "")


def _meeting(request: HttpRequest, body_slug: str, date_slug: str) -> Meeting:
    meeting = views._meeting(body_slug, date_slug)
    require(request.user, MINUTES_RECORD, meeting)
    return meeting


@dataclass
class ItemPanel:
    item: AgendaItem
    minutes_form: live_forms.MinutesForm
    declaration_form: live_forms.DeclarationForm
    vote_form: live_forms.VoteForm
    action_form: live_forms.ActionForm
    stale: meeting_services.StaleMinutes | None = None
    offer_casting: str | None = None
    error: str = ""
    voters: rules.VotersCheck | None = None


def _quorum(meeting: Meeting):
    """The verdict of the rules (never computed here), or the reason there is none."""
    if not meeting.attendance.exists():
        return None, "No attendance is recorded yet."
    try:
        return meeting_services.quorum_verdict(meeting), ""
    except meeting_services.MeetingError as exc:
        return None, str(exc)


def _context(meeting: Meeting, *, bound: dict | None = None, posted=None, **extra) -> dict:
    """The live page; ``bound`` maps an item's pk to the forms (and refusal) to show for
    it instead of empty ones, ``posted`` is a refused roster, shown as it was typed."""
    bound = bound or {}
    people = workspace_selectors.people_choices()
    roster = live_selectors.roster(meeting)
    if posted is not None:
        for section in [*roster.sections, live_selectors.RosterSection("", roster.invitees)]:
            for row in section.rows:
                row.status = posted.get(f"status-{row.person.pk}", row.status)
                row.mode = posted.get(f"mode-{row.person.pk}", row.mode)
    attendees = live_selectors.attendees(meeting)
    declarers = [(str(p.pk), p.display_name) for p in roster.members] + [
        (str(a.person_id), a.person.display_name)
        for a in attendees
        if a.status == Attendance.Status.SUBSTITUTE
    ]
    panels = []
    items = live_selectors.live_items(meeting)
    voters = meeting_services.voters_by_item(meeting, items) if meeting.status in RECORDING else {}
    for item in items:
        given = bound.get(item.pk, {})
        text = rules.minutes_html_to_text(item.minutes)
        minutes_url = reverse(
            "workspace:live_minutes", args=[meeting.body.slug, meeting.date_slug, item.pk]
        )
        minutes_form = given.get("minutes") or live_forms.MinutesForm(
            prefix=f"item{item.pk}",
            initial={"minutes": text, "version": item.minutes_version},
        )
        minutes_form.enhance(minutes_url, item.pk)
        panels.append(
            ItemPanel(
                item=item,
                minutes_form=minutes_form,
                declaration_form=given.get("declaration")
                or live_forms.DeclarationForm(prefix=f"declare{item.pk}", people=declarers),
                vote_form=given.get("vote")
                or live_forms.VoteForm(prefix=f"vote{item.pk}", attendees=attendees),
                action_form=given.get("action")
                or live_forms.ActionForm(prefix=f"action{item.pk}", people=people),
                stale=given.get("stale"),
                offer_casting=given.get("offer_casting"),
                error=given.get("error", ""),
                voters=_voters_check(voters.get(item.pk)),
            )
        )
    verdict, no_verdict = _quorum(meeting)
    context = {
        "meeting": meeting,
        "roster": roster,
        "verdict": verdict,
        "no_verdict": no_verdict,
        "recording": meeting.status in RECORDING,
        "can_hold": meeting.status == Meeting.Status.AGENDA_PUBLISHED,
        "panels": panels,
        "add_form": live_forms.AddAttendeeForm(people=people, members=roster.members),
        "statuses": {
            "member": live_forms.MEMBER_STATUSES,
            "invitee": live_forms.INVITEE_STATUSES,
        },
        "modes": Attendance.Mode.choices,
        "templates": [(k, k.capitalize()) for k in rules.MINUTES_TEMPLATES],
    }
    context.update(extra)
    return context


def _voters_check(voters) -> rules.VotersCheck | None:
    """Who may vote on the item, shown with the vote's form before the clerk submits."""
    if voters is None:
        return None
    return rules.counts_within_voters(
        votes_for=0, votes_against=0, abstentions=0, voters=voters.names, excluded=voters.excluded
    )


def _page(request, meeting, *, status=200, **extra) -> HttpResponse:
    return render(request, "workspace/live.html", _context(meeting, **extra), status=status)


@login_required
def live(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = _meeting(request, body_slug, date_slug)
    return _page(request, meeting)


@login_required
@require_POST
def hold(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    meeting = _meeting(request, body_slug, date_slug)
    try:
        meeting_services.meeting_hold(meeting=meeting, user=request.user, today=views._today())
    except (meeting_services.MeetingError, rules.TransitionRefused) as exc:
        return _page(request, meeting, status=400, error=str(exc))
    return redirect(_live_url(meeting))


# --- attendance -----------------------------------------------------------------------------


def _roster_rows(post, people: dict, meeting: Meeting) -> list[meeting_services.AttendanceRow]:
    """The rows posted: ``status-<pk>`` (and ``mode-<pk>``) for each listed person; a blank
    status leaves the person unrecorded."""
    rows = []
    records = {a.person_id: a for a in meeting.attendance.select_related("substitute_for")}
    for key, status in post.items():
        if not key.startswith("status-") or not status:
            continue
        person = people.get(_number(key.removeprefix("status-")))
        if person is None:
            continue
        stored = records.get(person.pk)
        rows.append(
            meeting_services.AttendanceRow(
                person=person,
                status=status,
                mode=post.get(f"mode-{person.pk}", Attendance.Mode.IN_ROOM),
                substitute_for=stored.substitute_for if stored else None,
                role_text=stored.role_text if stored else "",
            )
        )
    return rows


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


@login_required
@require_POST
def attendance(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    """The roster posted in one form (or one row, by htmx): each row through
    ``attendance_record``; nothing is saved if a row is refused. htmx gets the quorum
    panel back."""
    meeting = _meeting(request, body_slug, date_slug)
    pks = [_number(k.removeprefix("status-")) for k in request.POST if k.startswith("status-")]
    people = Person.objects.in_bulk([pk for pk in pks if pk is not None])
    error = ""
    # a row set back to "Not recorded" clears the person's record
    recorded = set(meeting.attendance.values_list("person_id", flat=True))
    clear = [
        person
        for key, status in request.POST.items()
        if key.startswith("status-") and not status
        for person in [people.get(_number(key.removeprefix("status-")))]
        if person is not None and person.pk in recorded
    ]
    try:
        meeting_services.attendance_record_many(
            meeting=meeting,
            rows=_roster_rows(request.POST, people, meeting),
            clear=clear,
            user=request.user,
        )
        _judge(meeting, request.user)
    except meeting_services.MeetingError as exc:
        error = str(exc)
    if views._is_htmx(request):
        verdict, no_verdict = _quorum(meeting)
        context = {"verdict": verdict, "no_verdict": no_verdict, "error": error}
        return render(request, "workspace/_live_quorum.html", context, status=400 if error else 200)
    if error:
        return _page(request, meeting, status=400, error=error, posted=request.POST)
    return redirect(_live_url(meeting, "quorum"))


def _judge(meeting: Meeting, user) -> None:
    """Once the meeting is held its stored verdict follows every change of attendance."""
    meeting.refresh_from_db(fields=["status"])
    if meeting.status in RECORDING:
        meeting_services.quorum_judge(meeting=meeting, user=user)


@login_required
@require_POST
def attendee_add(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    """A substitute for a member, or an officer in attendance."""
    meeting = _meeting(request, body_slug, date_slug)
    roster = live_selectors.roster(meeting)
    form = live_forms.AddAttendeeForm(
        request.POST, people=workspace_selectors.people_choices(), members=roster.members
    )
    if form.is_valid():
        data = form.cleaned_data
        people = Person.objects.in_bulk([data["person"], data["substitute_for"]])
        try:
            meeting_services.attendance_record(
                meeting=meeting,
                person=people[data["person"]],
                status=data["status"],
                substitute_for=people.get(data["substitute_for"]),
                role_text=data["role_text"],
                user=request.user,
            )
            _judge(meeting, request.user)
        except meeting_services.MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(_live_url(meeting, "roster"))
    return _page(request, meeting, status=400, add_form=form)


# --- items ----------------------------------------------------------------------------------


def _item(meeting: Meeting, pk: int) -> AgendaItem:
    return views._item(meeting, pk)


@login_required
@require_POST
def item_start(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, body_slug, date_slug)
    item = _item(meeting, pk)
    try:
        meeting_services.item_start(item=item, at=views.clock(), user=request.user)
    except meeting_services.MeetingError as exc:
        return _page(request, meeting, status=400, bound={item.pk: {"error": str(exc)}})
    return redirect(_live_url(meeting, f"item-{item.pk}"))


@login_required
@require_POST
def minutes_save(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    """Autosave (htmx, as the clerk types) or the save button; a template button puts its
    wording at the start. A save started from an older version is refused, and the other
    person's text shown beside what was typed."""
    meeting = _meeting(request, body_slug, date_slug)
    item = _item(meeting, pk)
    form = live_forms.MinutesForm(request.POST, prefix=f"item{item.pk}")
    stale = None
    if form.is_valid():
        text = form.cleaned_data["minutes"]
        if form.cleaned_data["template"]:
            text, _ = rules.minutes_with_template(form.cleaned_data["template"], text)
        try:
            item = meeting_services.minutes_record(
                item=item,
                text=rules.minutes_text_to_html(text),
                version=form.cleaned_data["version"],
                user=request.user,
            )
        except meeting_services.StaleMinutes as exc:
            stale = exc
            form.add_error("minutes", str(exc))
        except meeting_services.MeetingError as exc:
            form.add_error("minutes", str(exc))
        else:
            if views._is_htmx(request) and not form.cleaned_data["template"]:
                context = {"item": item, "form": form, "saved": True}
                return render(request, "workspace/_live_minutes_status.html", context)
            return redirect(_live_url(meeting, f"item-{item.pk}"))
    status = 409 if stale else 400
    if views._is_htmx(request):
        context = {"item": item, "form": form, "stale": stale}
        return render(request, "workspace/_live_minutes_status.html", context, status=status)
    # before the meeting is held, and for a withdrawn item, the minutes' form is not shown:
    # the refusal goes by the item
    shown = meeting.status in RECORDING and not item.withdrawn_in_id
    error = "" if shown else " ".join(form.errors.get("minutes", []))
    bound = {item.pk: {"minutes": form, "stale": stale, "error": error}}
    return _page(request, meeting, status=status, bound=bound)


@login_required
@require_POST
def declaration_add(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, body_slug, date_slug)
    item = _item(meeting, pk)
    people = workspace_selectors.people_choices()
    form = live_forms.DeclarationForm(request.POST, prefix=f"declare{item.pk}", people=people)
    if form.is_valid():
        data = form.cleaned_data
        try:
            meeting_services.declaration_record(
                item=item,
                person=Person.objects.get(pk=data["person"]),
                kind=data["kind"],
                nature=data["nature"],
                action=data["action"],
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error("person", str(exc))
        else:
            return redirect(_live_url(meeting, f"item-{item.pk}"))
    return _page(request, meeting, status=400, bound={item.pk: {"declaration": form}})


@login_required
@require_POST
def vote_add(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    """A motion and its vote, counted or by roll call; the outcome is the voting rule's.
    On equal votes with no casting vote given, the form comes back offering the chair's
    casting vote (and only then)."""
    meeting = _meeting(request, body_slug, date_slug)
    item = _item(meeting, pk)
    attendees = live_selectors.attendees(meeting)
    form = live_forms.VoteForm(request.POST, prefix=f"vote{item.pk}", attendees=attendees)
    offer = None
    if form.is_valid():
        data = form.cleaned_data
        roll_call = data["method"] == "roll_call"
        named = form.named({a.person_id: a.person for a in attendees}) if roll_call else None
        counts = meeting_services.VoteInput(
            votes_for=data["votes_for"] or 0,
            votes_against=data["votes_against"] or 0,
            abstentions=data["abstentions"] or 0,
        )
        if roll_call and not named:
            form.add_error(None, "A roll call needs at least one person's vote.")
        elif not roll_call and not (counts.votes_for or counts.votes_against):
            form.add_error(
                "votes_for", "A counted vote needs at least one vote for or against the motion."
            )
        else:
            try:
                if not data["casting_vote"]:
                    result = meeting_services.vote_check(
                        resolution=Resolution(item=item, text=data["text"]),
                        named=named,
                        counts=None if roll_call else counts,
                    )
                    chair = meeting_services.chair_of(meeting)
                    tied = result.votes_for == result.votes_against and result.votes_for > 0
                    if tied and chair:
                        offer = chair
                        raise meeting_services.MeetingError(
                            f"The votes are equal ({result.votes_for} each): the chair, "
                            f"{chair}, has a second, casting vote (Local Government Act 1972 "
                            "Schedule 12 paragraph 39). Record it, or choose 'Not given'."
                        )
                meeting_services.vote_take(
                    item=item,
                    text=data["text"],
                    named=named,
                    counts=None if roll_call else counts,
                    casting_vote=data["casting_vote"] or None,
                    user=request.user,
                )
            except meeting_services.MeetingError as exc:
                form.add_error(None, str(exc))
            else:
                return redirect(_live_url(meeting, f"item-{item.pk}"))
    return _page(
        request, meeting, status=400, bound={item.pk: {"vote": form, "offer_casting": offer}}
    )


@login_required
@require_POST
def action_add(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, body_slug, date_slug)
    item = _item(meeting, pk)
    form = live_forms.ActionForm(
        request.POST, prefix=f"action{item.pk}", people=workspace_selectors.people_choices()
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            meeting_services.action_add(
                item=item,
                description=data["description"],
                owner=Person.objects.get(pk=data["owner"]),
                due_date=data["due_date"],
                user=request.user,
            )
        except meeting_services.MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect(_live_url(meeting, f"item-{item.pk}"))
    return _page(request, meeting, status=400, bound={item.pk: {"action": form}})


# --- undoing a step: a cleared attendance row, an item started by mistake -----------------


@login_required
@require_POST
def attendee_clear(request: HttpRequest, body_slug: str, date_slug: str) -> HttpResponse:
    """Take one person (a substitute or an officer) off the attendance: back to unrecorded."""
    meeting = _meeting(request, body_slug, date_slug)
    person = Person.objects.filter(pk=_number(request.POST.get("person", ""))).first()
    if person is None:
        return _page(request, meeting, status=400, error="Choose whose attendance to clear.")
    try:
        meeting_services.attendance_clear(meeting=meeting, person=person, user=request.user)
        _judge(meeting, request.user)
    except meeting_services.MeetingError as exc:
        return _page(request, meeting, status=400, error=str(exc))
    return redirect(_live_url(meeting, "roster"))


@login_required
@require_POST
def item_start_undo(request: HttpRequest, body_slug: str, date_slug: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, body_slug, date_slug)
    item = _item(meeting, pk)
    try:
        meeting_services.item_start_undo(item=item, user=request.user)
    except meeting_services.MeetingError as exc:
        return _page(request, meeting, status=400, bound={item.pk: {"error": str(exc)}})
    return redirect(_live_url(meeting, f"item-{item.pk}"))
