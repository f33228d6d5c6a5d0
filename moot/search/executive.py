"""Executive decision records in site search (issue 18), through the public gate.

A decision record is indexed once ``moot.access.visibility`` says it is public
(``public_executive_decisions_q``: published), with exactly what its public page shows
(``public_executive_decision``): title, decision maker, decision, reasons, alternatives
rejected, route and any urgency reason; never ``exempt_details`` (Schedule 12A), of which
only "exempt under paragraph N" goes in.

The rows are not a meeting's: they carry ``meeting_id`` 0 (no meeting has that id), the
decision's date as their date and its body (if any), so the body and date filters of
``/search/`` work on them too. Saving or deleting a decision re-indexes it after the commit;
a decision whose publication time is still to come is indexed by the next
``moot manage search_reindex`` (``services.reindex_all``) after that time.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from moot.access import visibility
from moot.portal.cache import search_changed
from moot.search.models import SearchEntry
from moot.search.services import plain_text

KIND = SearchEntry.Kind.EXECUTIVE_DECISION
NO_MEETING = 0


def _entry(public: visibility.PublicExecutiveDecision) -> dict:
    parts = [
        f"Decision of {public.maker}." if public.maker else "",
        public.decision,
        f"Reasons: {public.reasons}" if public.reasons else "",
        f"Alternatives considered and rejected: {public.alternatives}"
        if public.alternatives
        else "",
        f"Route: {public.route}." if public.key else "",
        f"Urgent: {public.urgency_reason}" if public.urgent and public.urgency_reason else "",
        public.exempt_notice,
    ]
    return {
        "meeting_id": NO_MEETING,
        "meeting_identifier": "",
        "meeting_date": public.decided_on,
        "body_slug": public.body_slug,
        "body_name": public.body_name or public.maker[:250],
        "title": plain_text(public.title)[:500],
        "text": plain_text(" ".join(p for p in parts if p)),
        "url": public.url,
    }


@transaction.atomic
def index_decision(decision_id: int) -> bool:
    """Bring the decision's row in line with what is public now; True if it is indexed."""
    from moot.executive.models import ExecutiveDecision

    decision = (
        ExecutiveDecision.objects.filter(visibility.public_executive_decisions_q(), pk=decision_id)
        .select_related("body")
        .first()
    )
    if decision is None:
        SearchEntry.objects.filter(kind=KIND, object_id=decision_id).delete()
        return False
    values = _entry(visibility.public_executive_decision(decision))
    SearchEntry.objects.update_or_create(kind=KIND, object_id=decision_id, defaults=values)
    return True


def reindex_decisions() -> int:
    """Index every public decision record and drop rows of any other; returns the count."""
    from moot.executive.models import ExecutiveDecision

    with transaction.atomic():
        ids = set(ExecutiveDecision.objects.values_list("pk", flat=True))
        SearchEntry.objects.filter(kind=KIND).exclude(object_id__in=ids).delete()
        return sum(index_decision(pk) for pk in sorted(ids))


def _index_after_commit(pk: int, using: str | None) -> None:
    """Index the decision once the change commits, then renew cached searches."""

    def run() -> None:
        index_decision(pk)
        search_changed()

    transaction.on_commit(run, using=using)


def decision_changed(sender, instance, raw=False, using=None, **kwargs):
    if not raw:
        _index_after_commit(instance.pk, using)


def body_saved(sender, instance, raw=False, created=False, using=None, **kwargs):
    """The rows carry the body's name and slug."""
    if raw or created:
        return
    from moot.executive.models import ExecutiveDecision

    for pk in ExecutiveDecision.objects.filter(body=instance).values_list("pk", flat=True):
        _index_after_commit(pk, using)


def connect() -> None:
    from moot.executive.models import ExecutiveDecision
    from moot.governance.models import Body

    uid = "moot.search.executive"
    post_save.connect(decision_changed, sender=ExecutiveDecision, dispatch_uid=f"{uid}.saved")
    post_delete.connect(decision_changed, sender=ExecutiveDecision, dispatch_uid=f"{uid}.deleted")
    post_save.connect(body_saved, sender=Body, dispatch_uid=f"{uid}.body_saved")
