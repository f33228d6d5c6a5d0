"""Decisions as minutes record them in words the general reader (``_AGREED_RE`` in
common.py) does not hold: Welsh minutes' impersonal passives ("Penderfynwyd", "Cytunwyd",
"Cynigiwyd ... ac eiliwyd ..."), the minutes' own approval in Welsh ("Derbyniwyd y
cofnodion", "Cadarnhawyd gofnodion"), and a minute closed by a colon and "agreed".

What is no decision stays out: "Ni phenderfynwyd" / "Ni chytunwyd" (it was not decided /
agreed), a report received ("Derbyniwyd adroddiad"), minutes "a dderbyniwyd gan ..." (the
word after the minutes, naming who received them), a proposal alone ("Cynigiodd X ...
Eiliwyd Y" with no impersonal "Cynigiwyd"); English minutes "proposed as accurate ... and
seconded" with no vote recorded (the corpus keys' convention: no decision)."""

from __future__ import annotations

import re

# Welsh verbs are mutated after some words: "a phenderfynwyd" (and it was resolved), "a
# chytunwyd"; a negative particle ("ni", "na", "nid") before one makes it no decision
_NOT_BEFORE = r"(?<!\bni\s)(?<!\bna\s)(?<!\bnid\s)"

DECISION_RE = re.compile(
    # "PENDERFYNWYD ei ohirio", "penderfynwyd mai gwell fyddai ...": it was resolved
    _NOT_BEFORE + r"\b(?:p|ph|b)enderfynwyd\b"
    # "Cytunwyd i ysgrifennu at y Cyngor Sir": it was agreed
    r"|" + _NOT_BEFORE + r"\b(?:c|ch|g|ngh)ytunwyd\b"
    # "Derbyniwyd y cofnodion fel rhai cywir", "Cadarnhawyd gofnodion y cyfarfod diwethaf":
    # the minutes received or confirmed (the verb first: "a dderbyniwyd" after the minutes
    # names who received them, and "Derbyniwyd adroddiad" is a report)
    r"|\b(?:derbyniwyd|cadarnhawyd|mabwysiadwyd)\s+(?:(?:y|yr)\s+)?(?:c|g|ch)ofnodion\b"
    # "the minutes of the previous meeting were duly confirmed and adopted": the minutes'
    # approval with an adverb before its verb
    r"|\bminutes\b[^.;]{0,100}?\b(?:were|was)\s+(?:duly|then|also|formally)\s+"
    r"(?:unanimously\s+)?(?:approved|agreed|adopted|confirmed)\b"
    # "Invoices agreed for payment:", "The following cheques were authorised by the
    # council": payments the meeting approved
    # (a heading "13) Payments approved" is neither: "were" before the verb, or "for
    # payment" after it)
    r"|\b(?:invoices|payments|cheques|bills)\s+(?:were\s+(?:unanimously\s+)?"
    r"(?:agreed|approved|authori[sz]ed)\b(?!\s+by\s+(?:the\s+)?clerk\b)"
    r"|(?:unanimously\s+)?(?:agreed|approved|authori[sz]ed)\s+for\s+payment\b)"
    # "In conclusion, Councillors approved the following recommendations:": the meeting as
    # the subject after a short opening clause ("Two members agreed" is not the meeting;
    # "agreed that" must go on to what is to be done, as in the general reader)
    r"|^[^,.;]{1,40},\s*(?:members|councillors|council)\s+(?:(?:also|then|unanimously)\s+)*"
    r"(?:agreed|resolved|decided|approved)\b"
    r"(?!\s+that\b(?![^.;]*\b(?:should|would|will|shall|must|be|can|could|may)\b))"
    # "BG accepted the position and all others agreed": a vote of all the others present
    r"|\ball\s+(?:the\s+)?others(?:\s+present)?\s+agreed\b"
    # "Minutes for July 20th and August 24th (...): agreed.": the minute's words closed by
    # a colon and the meeting's "agreed"
    r"|:\s*(?:unanimously\s+)?agreed\s*[.!]?$",
    re.IGNORECASE,
)


# a motion moved and seconded, its outcome not in its sentence: the meeting's decision unless
# the next sentence records the vote ("... that Cllr Campion talks to the residents. All
# agreed, Resolution passed." is one decision)
MOTION_RE = re.compile(
    # "Cynigiwyd gan Cyng. C. Moses ac eiliwyd gan Cyng. A. Davies fod ...": a motion
    # proposed and seconded, the Welsh minutes' formula for the meeting's decision
    # (inside one sentence a full stop is an initial's or an honorific's: "gan Cyng. C. Moses")
    # (the English "It was proposed by A seconded by B that ..." is no decision read alone:
    # a motion moved and seconded says nothing of its outcome, which may be a vote lost;
    # the rule once read here counted one fact the measure set's key does not hold, lead's
    # decision, issue 14 round 45)
    r"\b(?:c|g)ynigiwyd\b[^;]{0,200}?\b(?:ac\s+)?(?:fe['’]?i\s+)?eiliwyd\b",
    re.IGNORECASE,
)


# "MW elected.", "Cllr Jones duly re-elected.": an election's result alone, a vote's result
# when it follows a proposal that was seconded ("AF proposed, JF seconded. MW elected.")
ELECTED_ALONE_RE = re.compile(
    r"^(?:(?:cllr\.?|councillor|mrs?\.?|ms\.?|dr\.?)\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:was\s+)?(?:duly\s+|unanimously\s+)*(?:re-?)?elected\s*[.!]?$",
    re.IGNORECASE,
)


def is_election_result(sentence: str) -> bool:
    """Whether one sentence is an election's result alone ("MW elected.")."""
    return bool(ELECTED_ALONE_RE.match((sentence or "").strip()))


# the Welsh words alone (a bilingual minute prints its Welsh decision, then the English)
WELSH_RE = re.compile(
    r"(?i)\b(?:p|ph|b)enderfynwyd\b|\b(?:c|ch|g|ngh)ytunwyd\b|\b(?:c|g)ynigiwyd\b"
    r"|\b(?:derbyniwyd|cadarnhawyd|mabwysiadwyd)\b"
)


def is_welsh_decision(sentence: str) -> bool:
    """Whether a decision's sentence is in Welsh (its English translation may follow it)."""
    return (is_decision(sentence) or is_motion(sentence)) and bool(WELSH_RE.search(sentence or ""))


def is_decision(sentence: str) -> bool:
    """Whether one sentence records a decision in the words of ``DECISION_RE``."""
    return bool(DECISION_RE.search(sentence or ""))


def is_motion(sentence: str) -> bool:
    """Whether one sentence records a motion moved and seconded (``MOTION_RE``)."""
    return bool(MOTION_RE.search(sentence or ""))


def one_language(decisions: list[str]) -> list[str]:
    """A bilingual minute's decisions, each counted once: where a minute records decisions
    in Welsh and in English, the English are the Welsh translated (or the other way round),
    so the language with more of them is kept (English on a tie); a minute in one language
    keeps all of its decisions."""
    welsh = [d for d in decisions if is_welsh_decision(d)]
    if not welsh or len(welsh) == len(decisions):
        return decisions
    english = [d for d in decisions if not is_welsh_decision(d)]
    return welsh if len(welsh) > len(english) else english
