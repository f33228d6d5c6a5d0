"""Writing an item's recorded votes and declarations of interest, through the meetings
services (``vote_record``, ``declaration_record``), only where the file states them.

* A **vote** is written on the resolution it was cast on: the item's resolutions in the file
  and its votes are paired in order when there are as many of each; otherwise nothing says
  which resolution a vote decided, and the vote is reported, not written. Named votes are
  written with their names when every name is someone the record knows (matched, never
  created); otherwise the counts alone are written and a warning names who was not known.
  A resolution that already has a vote keeps it.
* A **declaration** is written at the item it concerns (the one it names, or the item whose
  minutes state it; one stated under "Declarations of interest" that names no item is not
  written), for a person the record knows, when the file says the kind of interest and what
  the member did. One already recorded for that person at that item is kept.

Whatever is not written is said in a warning, and the report marks each vote and
declaration ``recorded`` (true when the record holds it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from moot.ingest.apply_items import RESOLUTION_SIMILAR
from moot.ingest.drafts import DeclarationDraft, ItemDraft, PersonEntry, VoteDraft
from moot.ingest.names import fold
from moot.meetings import services as meeting_services
from moot.meetings.models import AgendaItem, Declaration, PersonVote, Resolution, Vote

if TYPE_CHECKING:
    from moot.ingest.apply import _Applied


def stored_resolution(resolutions: list[Resolution], words: str) -> Resolution | None:
    """The stored resolution with these words (as the import matches them), or None."""
    folded = fold(words)
    for resolution in resolutions:
        stored = fold(resolution.text)
        if stored == folded or fuzz.ratio(stored, folded) >= RESOLUTION_SIMILAR:
            return resolution
    return None


class RecordedMixin:
    def _recorded(self, entry: _Applied, index: int, item: AgendaItem) -> None:
        """Write the votes and declarations the file states for this item."""
        item_draft = entry.draft.items[index]
        where = f"{entry.meeting.identifier} item {item_draft.number}"
        if item_draft.votes:
            entry.votes_recorded[index] = self._votes(item, item_draft, where)
        if item_draft.declarations:
            entry.declarations_recorded[index] = [
                self._declaration(item, d, where) for d in item_draft.declarations
            ]

    # -- votes ------------------------------------------------------------------------

    def _votes(self, item: AgendaItem, item_draft: ItemDraft, where: str) -> list[bool]:
        # Read afresh: the item's prefetched resolutions predate those this import added.
        stored = list(Resolution.objects.filter(item=item))
        resolutions = [stored_resolution(stored, words) for words in item_draft.resolutions]
        if len(resolutions) != len(item_draft.votes) or None in resolutions:
            self.warnings.append(
                f"{where}: the file records {len(item_draft.votes)} vote(s) and "
                f"{len(item_draft.resolutions)} resolution(s), so which vote decided which "
                "is not said; the votes are not recorded"
            )
            return [Vote.objects.filter(resolution__item=item).exists()] * len(item_draft.votes)
        return [
            self._vote(resolution, vote, where)
            for resolution, vote in zip(resolutions, item_draft.votes, strict=True)
        ]

    def _vote(self, resolution: Resolution, vote: VoteDraft, where: str) -> bool:
        if Vote.objects.filter(resolution=resolution).exists():
            return True
        day = resolution.item.meeting.date
        named: dict = {}
        unknown: list[str] = []
        for names, choice in (
            (vote.named_for, PersonVote.Choice.FOR),
            (vote.named_against, PersonVote.Choice.AGAINST),
            (vote.named_abstain, PersonVote.Choice.ABSTAIN),
        ):
            for name in names:
                outcome = self.people.resolve(PersonEntry(name), day=day, create=False)
                if outcome.status == "matched" and outcome.person is not None:
                    named[outcome.person] = choice
                else:
                    unknown.append(name)
        counts = meeting_services.VoteInput(
            votes_for=vote.votes_for or 0,
            votes_against=vote.against or 0,
            abstentions=vote.abstain or 0,
        )
        if named and unknown:
            self.warnings.append(
                f"{where}: {', '.join(unknown)} in the named vote could not be matched with "
                "anyone in the record; the counts are recorded without names"
            )
            named = {}
        if named:
            try:
                meeting_services.vote_record(resolution=resolution, named=named, user=self.user)
            except meeting_services.MeetingError as exc:
                self.warnings.append(f"{where}: {exc} The counts are recorded without names.")
            else:
                self.changes += 1
                return True
        try:
            meeting_services.vote_record(resolution=resolution, counts=counts, user=self.user)
        except meeting_services.MeetingError as exc:
            self.warnings.append(f"{where}: the vote is not recorded: {exc}")
            return False
        self.changes += 1
        return True

    # -- declarations -------------------------------------------------------------------

    def _declaration(self, item: AgendaItem, declaration: DeclarationDraft, where: str) -> bool:
        said = f"{where}: the declaration of {declaration.name} is not recorded"
        if item.standing == AgendaItem.Standing.DECLARATIONS:
            self.warnings.append(f"{said}: it does not say which item it concerns")
            return False
        outcome = self.people.resolve(
            PersonEntry(declaration.name), day=item.meeting.date, create=False
        )
        if outcome.status != "matched" or outcome.person is None:
            self.warnings.append(f"{said}: the name is not someone the record knows for certain")
            return False
        person = outcome.person
        if Declaration.objects.filter(item=item, person=person).exists():
            return True
        if not declaration.kind:
            self.warnings.append(
                f"{said}: the file does not name the kind of interest as the code of conduct "
                "does (disclosable pecuniary, other registrable or non-registrable)"
            )
            return False
        if not declaration.action:
            self.warnings.append(
                f"{said}: the file does not say whether the member left, stayed or did not vote"
            )
            return False
        try:
            meeting_services.declaration_record(
                item=item,
                person=person,
                kind=declaration.kind,
                nature=declaration.interest,
                action=declaration.action,
                user=self.user,
            )
        except meeting_services.MeetingError as exc:
            self.warnings.append(f"{said}: {exc}")
            return False
        self.changes += 1
        return True
