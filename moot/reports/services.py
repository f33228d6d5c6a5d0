"""Writes of report sign-off, each in one transaction and logged with ``log_action``.

The views (moot/workspace/reports.py) ask the access rule first (``report.upload``,
``report.sign_off``, ``report.accept``); these functions apply the sign-off rules
(``moot.reports.rules``) and refuse with ``ReportError`` naming the rule.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import PurePath

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.text import get_valid_filename

from moot.documents.models import Document
from moot.documents.services import Upload, document_check, document_upload
from moot.governance.services import log_action
from moot.meetings.models import AgendaItem, Meeting
from moot.reports import rules
from moot.reports.models import Report, SignOff, SignOffStep

IN_PROGRESS = (Report.Status.IN_SIGN_OFF, Report.Status.SENT_BACK, Report.Status.SIGNED_OFF)


class ReportError(ValueError):
    """A sign-off request the rules refuse; the message names the rule."""


def _name(user) -> str:
    if user is None:
        return ""
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return (full or user.get_username())[:150]


def steps_of(report: Report) -> list[rules.Step]:
    return [rules.Step(int(s["id"]), s["name"]) for s in report.steps]


def marks_of(report: Report) -> list[rules.Mark]:
    """The decisions on a draft, oldest first (prefetched ``signoffs`` are used)."""
    return [rules.Mark(s.step_id, s.signed) for s in report.signoffs.all()]


def progress_of(report: Report) -> rules.Progress:
    return rules.progress(steps_of(report), marks_of(report))


def _status(current: rules.Progress) -> str:
    return {
        rules.Stage.AWAITING: Report.Status.IN_SIGN_OFF,
        rules.Stage.SENT_BACK: Report.Status.SENT_BACK,
        rules.Stage.SIGNED_OFF: Report.Status.SIGNED_OFF,
    }[current.stage]


def steps_in_force() -> list[SignOffStep]:
    return list(SignOffStep.objects.filter(active=True).order_by("order", "pk"))


def report_submit(
    *,
    item: AgendaItem,
    uploaded_file: Upload,
    title: str,
    user=None,
    now: datetime | None = None,
) -> Report:
    """A new draft of the item's report: checked as every upload is (PDF, size, not
    encrypted or damaged; nothing is kept if refused), kept out of public view, and sent
    through the sign-off steps in force. An earlier draft still in sign-off is superseded."""
    meeting = item.meeting
    if meeting.status != Meeting.Status.SCHEDULED:
        raise ReportError(
            f"The agenda of {meeting} is published and frozen: a report cannot be added to "
            f"item {item.number} through sign-off now."
        )
    title = title.strip()
    if not title:
        raise ReportError("A report needs a title.")
    checked = document_check(uploaded_file, extract=False)  # raises DocumentRejected
    steps = [{"id": s.pk, "name": s.name} for s in steps_in_force()]
    now = now or timezone.now()
    stem = get_valid_filename(PurePath(checked.filename).stem) or "report"
    report = Report(
        item=item,
        title=title,
        author=user if getattr(user, "pk", None) else None,
        author_name=_name(user) if getattr(user, "pk", None) else "",
        page_count=checked.page_count,
        size_bytes=checked.size_bytes,
        checksum=checked.checksum,
        steps=steps,
        submitted_at=now,
    )
    report.status = _status(rules.progress(steps_of(report), []))
    report.file.save(
        f"{checked.checksum[:16]}-{stem[:80]}.pdf", ContentFile(checked.data), save=False
    )
    try:
        return _submit(report, checked, user)
    except BaseException:
        with contextlib.suppress(OSError):  # nothing is kept of a draft that failed
            default_storage.delete(report.file.name)
        raise


def _submit(report: Report, checked, user) -> Report:
    item, steps = report.item, report.steps
    with transaction.atomic():
        superseded = list(
            Report.objects.select_for_update()
            .filter(item=item, status__in=IN_PROGRESS)
            .values_list("pk", flat=True)
        )
        Report.objects.filter(pk__in=superseded).update(status=Report.Status.SUPERSEDED)
        report.save()
        log_action(
            "moot.report.submitted",
            report,
            user=user,
            data={
                "item": item.pk,
                "file": report.file.name,
                "from": checked.filename,
                "pages": checked.page_count,
                "sha256": checked.checksum,
                "steps": [s["name"] for s in steps],
                "supersedes": superseded,
            },
        )
        _tell(report, rules.progress(steps_of(report), []))
    return report


def step_decide(
    *,
    report: Report,
    step: SignOffStep,
    signed: bool,
    reason: str = "",
    user=None,
    now: datetime | None = None,
) -> SignOff:
    """Sign off the draft at ``step`` (``signed``) or send it back with ``reason``. Only
    the step the draft waits on may decide (``rules.may_decide``); who may is the access
    rule's question (``report.sign_off``: a named signatory of the step)."""
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        current = progress_of(report)
        check = rules.may_decide(current, step.pk)
        if not check.ok:
            raise ReportError(check.explanation)
        if not signed:
            why = rules.send_back_reason(reason)
            if not why.ok:
                raise ReportError(why.explanation)
        decision = SignOff.objects.create(
            report=report,
            step=step,
            step_name=step.name,
            signed=signed,
            reason="" if signed else reason.strip(),
            by=user if getattr(user, "pk", None) else None,
            by_name=_name(user) if getattr(user, "pk", None) else str(user or ""),
            at=now or timezone.now(),
        )
        report = Report.objects.prefetch_related("signoffs").get(pk=report.pk)
        after = progress_of(report)
        Report.objects.filter(pk=report.pk).update(status=_status(after))
        log_action(
            "moot.report.signed_off" if signed else "moot.report.sent_back",
            report,
            user=user,
            data={"step": step.name, "reason": decision.reason, "now": after.stage.value},
        )
        _tell(report, after)
    return decision


def report_accept(*, report: Report, user=None, now: datetime | None = None) -> Report:
    """The clerk accepts a signed-off draft: it becomes the item's published report (a
    ``Document`` of kind report, checked and stored as every upload is)."""
    with transaction.atomic():
        report = (
            Report.objects.select_for_update()
            .select_related("item", "item__meeting")
            .get(pk=report.pk)
        )
        meeting = report.item.meeting
        check = rules.may_accept(
            progress_of(report),
            accepted=report.status == Report.Status.ACCEPTED,
            agenda_open=meeting.status == Meeting.Status.SCHEDULED,
        )
        if report.status == Report.Status.SUPERSEDED:
            check = rules.Check(False, "A newer draft of this report has been uploaded.")
        if not check.ok:
            raise ReportError(check.explanation)
        report.file.open("rb")
        try:
            document = document_upload(
                meeting=meeting,
                item=report.item,
                uploaded_file=report.file,
                title=report.title,
                kind=Document.Kind.REPORT,
                user=user,
            )
        finally:
            report.file.close()
        report.status = Report.Status.ACCEPTED
        report.accepted_at = now or timezone.now()
        report.accepted_by = user if getattr(user, "pk", None) else None
        report.document = document
        report.save(update_fields=["status", "accepted_at", "accepted_by", "document"])
        log_action("moot.report.accepted", report, user=user, data={"document": document.pk})
    return report


# --- the authority's sign-off steps (administrators: `moot report-step`, the admin) ----


def _users(emails: list) -> list:
    User = get_user_model()
    found = []
    for email in emails:
        if isinstance(email, User):
            found.append(email)
            continue
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise ReportError(f"--signatory {email}: no user has this e-mail address.")
        found.append(user)
    return found


@transaction.atomic
def step_save(
    *,
    name: str,
    order: int | None = None,
    signatories: list[str] | None = None,
    active: bool | None = None,
    step: SignOffStep | None = None,
    user=None,
) -> SignOffStep:
    """Add a sign-off step or change one (found by its name): its place in the order, its
    signatories (users or e-mail addresses; the list replaces the earlier one) and whether it is
    in force. Drafts already in sign-off keep the steps they started with."""
    name = " ".join(name.split())
    if not name:
        raise ReportError("A sign-off step needs a name.")
    clash = SignOffStep.objects.filter(name__iexact=name)
    if step is not None and step.pk:
        if clash.exclude(pk=step.pk).exists():
            raise ReportError(f"Another sign-off step is already called {name!r}.")
        step = SignOffStep.objects.get(pk=step.pk)
        step.name = name
    else:
        step = clash.first()
    created = step is None
    before = {} if created else _step_row(step)
    if created:
        last = SignOffStep.objects.order_by("-order").values_list("order", flat=True).first()
        step = SignOffStep(name=name, order=(last or 0) + 1)
    if order is not None:
        step.order = order
    if active is not None:
        step.active = active
    step.save()
    if signatories is not None:
        step.signatories.set(_users(signatories))
    after = _step_row(step)
    changes = {k: {"old": before.get(k), "new": v} for k, v in after.items() if before.get(k) != v}
    log_action(
        "moot.report.step_added" if created else "moot.report.step_changed",
        step,
        user=user,
        changes=changes,
    )
    return step


def _step_row(step: SignOffStep) -> dict:
    return {
        "name": step.name,
        "order": step.order,
        "active": step.active,
        "signatories": sorted(u.email or u.get_username() for u in step.signatories.all()),
    }


def step_row(step: SignOffStep) -> dict:
    return _step_row(step)


# --- who is told: the next step's signatories, and the author when it comes back --------


def _tell(report: Report, current: rules.Progress) -> None:
    """E-mail whoever must act next (queued on commit, so a refused write sends nothing):
    the signatories of the step the draft now waits on; the author when a step sends it back
    or when every step has signed it off (the clerk then accepts it on the item's page)."""
    from django.conf import settings
    from django.urls import reverse

    from moot.notifications.services import email_queue

    site = settings.MOOT_SITE_URL.rstrip("/")
    item = report.item
    meeting = item.meeting
    about = f"item {item.number}, {item.title}, of {meeting.body.name} on {meeting.date:%d %B %Y}"
    if current.stage == rules.Stage.AWAITING and current.waiting_on is not None:
        step = SignOffStep.objects.filter(pk=current.waiting_on.id).first()
        people = list(step.signatories.exclude(email="")) if step else []
        for person in people:
            email_queue(
                to=person.email,
                subject=f"Report to sign off ({current.waiting_on.name}): {report.title}",
                text=(
                    f'The draft report "{report.title}" for {about} waits on your sign-off '
                    f"as {current.waiting_on.name}.\n\nSign it off or send it back: "
                    f"{site}{reverse('workspace:report_signoff')}\n"
                ),
                reason="you are a named signatory of this report sign-off step",
            )
        return
    author = report.author
    if author is None or not author.email:
        return
    verdict = (
        "has been sent back: a new draft is needed"
        if current.stage == rules.Stage.SENT_BACK
        else "has been signed off at every step and waits for the clerk to accept it"
    )
    email_queue(
        to=author.email,
        subject=f"Your report {verdict.split(':')[0]}: {report.title}",
        text=(
            f'Your draft report "{report.title}" for {about} {verdict}.\n\n'
            f"{current.explanation}\n\n{site}{reverse('workspace:report_item', args=[item.pk])}\n"
        ),
        reason="you uploaded this draft report",
    )
