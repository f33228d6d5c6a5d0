"""Who is told: reads for the messages ``moot.notifications.services`` queues."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from moot.governance.models import Membership


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


def agenda_recipients(meeting) -> list[Recipient]:
    """The members of the meeting's body on its date (a seat held that day, under the
    terms of reference in force that day, as ``moot.access.selectors.seats_on`` counts
    it) whose person has an active sign-in account with an e-mail address; one entry per
    address, in name order."""
    day = meeting.date
    terms = "seat__section__terms_of_reference__"
    rows = (
        Membership.objects.filter(
            **{f"{terms}body_id": meeting.body_id, f"{terms}in_force_from__lte": day},
            start_date__lte=day,
            person__user__isnull=False,
            person__user__is_active=True,
        )
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .filter(Q(**{f"{terms}in_force_to__isnull": True}) | Q(**{f"{terms}in_force_to__gte": day}))
        .exclude(person__user__email="")
        .order_by("person__name")
        .values_list("person__name", "person__user__email")[:500]
    )
    seen: dict[str, Recipient] = {}
    for name, email in rows:
        seen.setdefault(email.lower(), Recipient(name=name, email=email))
    return list(seen.values())
