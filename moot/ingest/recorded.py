"""Recorded votes and declarations of interest, read from an item's minutes as printed.

Pure functions over text: nothing here touches the database. They read only what the words
state and guess nothing:

* A **vote** is a run of counts ("For 9, Against 2, Abstentions 1", "10 votes in favour, 3
  against and 1 abstention") or of named lists ("For: Councillors Ann Green and Bob Hale").
  At least two of the three ways (for, against, abstain) must be stated, so that "voted
  for 2 years" is never a vote. A count left out is None; a way with names but no count
  counts its names.
* A **declaration** is a sentence "Councillor X declared a ... interest ...". Its kind is
  one of the code of conduct's three only where the words name it ("disclosable pecuniary",
  "other registrable", "non-registrable"); otherwise it is left empty (an older "personal" or
  "prejudicial" interest is not mapped onto a newer kind). What the member did is read from
  the same sentence or the next ("left the room", "did not vote", "remained").
  The item it concerns is the one it names ("in item 7"), when it names one.
"""

from __future__ import annotations

import re

from moot.ingest.drafts import DeclarationDraft, ItemDraft, MeetingDraft, VoteDraft

_WAY = r"for|in\s+favour|against|abstentions?|abstained|abstaining|abstain"
_NUMBER = r"\d{1,3}|no|none|nil"
_HONORIFIC_LIST = r"(?:(?:County|District|Borough|Parish|Town)\s+)?(?:Councillors?|Cllrs?\.?)"
_COUNT_AFTER = (
    rf"(?P<w1>{_WAY})(?:\s+the\s+(?:motion|amendment|recommendations?))?\s*[:=\-–]?\s*"
    r"(?P<n1>\d{1,3}|(?i:none|nil)(?=\s*(?:$|[.,;)])))\b"
)
_COUNT_BEFORE = (
    rf"\b(?P<n2>{_NUMBER})\s+(?:(?:votes?|members?|councillors?)\s+)?(?:(?:were|was|voted|cast)\s+)*"
    rf"(?P<w2>{_WAY})\b"
)
_NAMED = (
    rf"(?P<w3>{_WAY})(?:\s+the\s+(?:motion|amendment|recommendations?))?\s*[:\-–]\s*"
    rf"(?P<names>(?:{_HONORIFIC_LIST}\s+)?(?!(?:none|nil|no)\b)(?-i:[A-Z])[^\n.;:()\d]+)"
)
_VOTE_RE = re.compile(rf"\b(?:{_NAMED}|{_COUNT_AFTER})|{_COUNT_BEFORE}", re.IGNORECASE)
# Matches further apart than this are not the same vote.
_VOTE_SPAN = 300

_HONORIFIC = (
    r"(?:(?:County|District|Borough|Parish|Town)\s+)?(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)"
)
# A name with its honorific ("Cllr J Smith"), or two to four capitalised words ("Ann Green").
_NAME = (
    rf"{_HONORIFIC}\s+(?:[A-Z][\w'’.\-]*\s+){{0,3}}[A-Z][\w'’\-]+"
    r"|(?!(?:The|A|An|This|Each|All|No)\b)[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’.\-]*){1,3}"
)
_DECLARED_RE = re.compile(
    rf"\b(?P<name>{_NAME})\s+declared\s+(?P<interest>[^.\n]*?\binterests?\b[^.\n]*)"
)
_ITEM_REF_RE = re.compile(
    r"\b(?:agenda\s+)?(?:item|minute)s?\s+(?:no\.?\s*)?(?P<number>\d+[a-z]?)\b", re.IGNORECASE
)
_KINDS = (
    (re.compile(r"disclosable\s+pecuniary", re.IGNORECASE), "dpi"),
    (re.compile(r"\bother\s+regist(?:e)?rable", re.IGNORECASE), "other_registrable"),
    (re.compile(r"\bnon[\s-]?regist(?:e)?rable", re.IGNORECASE), "non_registrable"),
)
_ACTIONS = (
    (
        re.compile(
            r"\b(?:left\s+the\s+(?:room|meeting|chamber)|withdrew|leave\s+the\s+(?:room|meeting))",
            re.IGNORECASE,
        ),
        "left_room",
    ),
    (
        re.compile(
            r"\b(?:did\s+not\s+(?:take\s+(?:any\s+)?part|vote|participate)|took\s+no\s+part)",
            re.IGNORECASE,
        ),
        "did_not_vote",
    ),
    (re.compile(r"\b(?:remained|stayed|took\s+part)\b", re.IGNORECASE), "stayed"),
)


def _way(word: str) -> str:
    word = word.lower()
    if word.startswith("abst"):
        return "abstain"
    return "against" if word == "against" else "for"


def _count(text: str) -> int:
    return int(text) if text.isdigit() else 0


def split_names(text: str) -> list[str]:
    """The names of a named list ("Councillors Ann Green, Bob Hale and C Ives"), each with
    the honorific printed before the list ("Councillor Ann Green")."""
    text = " ".join(text.split()).strip(" ,")
    head = re.match(rf"{_HONORIFIC}\s+", text, re.IGNORECASE)
    honorific = ""
    if head:
        word = head.group(0).strip()
        honorific = "Cllr" if word.lower().startswith("cllr") else "Councillor"
        if word.lower().startswith(("county", "district", "borough", "parish", "town")):
            honorific = word.rstrip("s")
        text = text[head.end() :]
    parts = re.split(r",|\s+and\s+|\s+&\s+", text)
    names = []
    for part in parts:
        part = re.sub(r"\(\s*\d+\s*\)", "", part).strip()
        if not part or not part[0].isupper():
            continue
        names.append(f"{honorific} {part}".strip())
    return names


def votes_in(text: str) -> list[VoteDraft]:
    """The recorded votes the text states, in order (see the module docstring)."""
    votes: list[VoteDraft] = []
    current: dict[str, object] = {}
    last_end = -_VOTE_SPAN - 1

    def close() -> None:
        stated = [w for w in ("for", "against", "abstain") if w in current]
        if len(stated) >= 2:
            votes.append(_vote_from(current))

    for match in _VOTE_RE.finditer(text or ""):
        word = match.group("w1") or match.group("w2") or match.group("w3")
        way = _way(word)
        if match.group("names"):
            value: object = split_names(match.group("names"))
            if not value:
                continue
        else:
            value = _count(match.group("n1") or match.group("n2"))
        if way in current or match.start() - last_end > _VOTE_SPAN:
            close()
            current = {}
        current[way] = value
        last_end = match.end()
    close()
    return votes


def _vote_from(parts: dict[str, object]) -> VoteDraft:
    vote = VoteDraft()
    for way, count_field, names_field in (
        ("for", "votes_for", "named_for"),
        ("against", "against", "named_against"),
        ("abstain", "abstain", "named_abstain"),
    ):
        value = parts.get(way)
        if isinstance(value, list):
            setattr(vote, names_field, value)
            setattr(vote, count_field, len(value))
        elif isinstance(value, int):
            setattr(vote, count_field, value)
    return vote


def declarations_in(text: str) -> list[DeclarationDraft]:
    """The declarations of interest the text states, in order (see the module docstring)."""
    found = []
    for match in _DECLARED_RE.finditer(text or ""):
        interest = " ".join(match.group("interest").split())
        following = text[match.end() : match.end() + 300].split(".")
        # The sentence itself, and the one after it, may say what the member did.
        said = interest + " " + " ".join(following[:2])
        kind = next((k for pattern, k in _KINDS if pattern.search(interest)), "")
        action = next((a for pattern, a in _ACTIONS if pattern.search(said)), "")
        ref = _ITEM_REF_RE.search(interest)
        found.append(
            DeclarationDraft(
                name=" ".join(match.group("name").split()),
                interest=interest,
                kind=kind,
                action=action,
                item=ref.group("number") if ref else "",
            )
        )
    return found


def _item_text(item: ItemDraft) -> str:
    """The item's minutes and those of its resolutions the minutes do not already hold."""
    minutes = " ".join(item.minutes_text.split())
    extra = [r for r in item.resolutions if " ".join(r.split()) not in minutes]
    return "\n".join([item.minutes_text, *extra])


def read_recorded(meeting: MeetingDraft) -> None:
    """Fill each item's votes and declarations from its minutes, where the parser left them
    empty. A declaration that names another item of the meeting ("in item 7") moves there."""
    moved: list[tuple[ItemDraft, DeclarationDraft]] = []
    for item in meeting.items:
        if not item.votes:
            item.votes = votes_in(_item_text(item))
        if not item.declarations:
            for declaration in declarations_in(item.minutes_text):
                target = meeting.item(declaration.item) if declaration.item else None
                if target is not None and target is not item:
                    moved.append((target, declaration))
                else:
                    item.declarations.append(declaration)
    for target, declaration in moved:
        target.declarations.append(declaration)
