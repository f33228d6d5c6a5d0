"""Issue 14, the twentieth round: decisions, the meeting's time and its venue in prose.

The shared readers of moot/ingest/parse/common.py (every kind of minutes uses them):

- decisions recorded as "This was confirmed.", "Members agreed that ...", "Agreed: ...",
  "Decision: ...", "... – agreed" closing a minute, "It was passed that ...", "The thank
  you letter was approved.", a vote counted "(3 for and 2 against)", "Unanimously agree";
- the time the meeting opened, in prose inside its first minutes ("The Chairman opened
  the meeting at 7.35pm"), never another meeting's or a break's;
- the venue the heading names ("... at 7.30pm in the John Lampon Hall, Orpen Memorial
  Hall, CO6 3BW").

Each from a dev document's text (named at each test).
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse.common import (
    agreed_decisions,
    extract_resolutions,
    heading_venue,
    opening_time,
)
from moot.ingest.parse.moderngov_page import parse_moderngov_page
from moot.ingest.parse.printed_minutes import parse_printed_minutes

DOCS = Path(__file__).resolve().parents[1] / "fidelity" / "documents"


# ---------------------------------------------------------------------------------------
# Decisions


def test_this_was_confirmed_is_the_meetings_decision():
    # Hillingdon Cabinet (dev): item 279 "To confirm that the items of business marked
    # Part 1 will be considered in public ..." then "Minutes: This was confirmed."
    assert agreed_decisions("This was confirmed.") == ["This was confirmed."]
    assert agreed_decisions("This was unanimously agreed.") == ["This was unanimously agreed."]
    # a person's word, or a longer sentence about something else, is no decision
    assert agreed_decisions("This was confirmed by the Clerk.") == []
    assert agreed_decisions("This was confirmed to be the case last year by the county.") == []


def test_hillingdon_reads_both_decisions():
    text = (DOCS / "hillingdon-cabinet-2011-03-17.txt").read_text(encoding="utf-8")
    meeting = parse_moderngov_page(text).meetings[0]
    found = {i.number: i.resolutions for i in meeting.items if i.resolutions}
    assert found.get("279") == ["This was confirmed."]
    assert sum(len(r) for r in found.values()) == 2


def test_members_and_council_agreed_without_the():
    assert agreed_decisions("Members agreed that the hedge be cut in March.")
    assert agreed_decisions("Council resolved to pay the invoice.")
    assert agreed_decisions("Councillors unanimously agreed to co-opt Mr Smith.")
    # not the meeting: some of its members, named inside the sentence
    assert agreed_decisions("Two members agreed to look at the footpath.") == []
    assert agreed_decisions("Some councillors agreed with the resident.") == []


def test_councillors_agreeing_an_opinion_is_no_decision():
    """Minting and Gautby (dev): "Councillors agreed that the development of the site was
    welcome" says what they thought; the proposal after it is the decision."""
    text = (
        "Councillors agreed that the development of the site was welcome, as it had been a "
        "source of complaints. JS proposed that the Chairman convey the Council's approval "
        "of the application, seconded by WH, and unanimously resolved."
    )
    assert [d[:10] for d in agreed_decisions(text)] == ["JS propose"]
    assert agreed_decisions("Members agreed that the hedge should be cut in March.")
    assert agreed_decisions("Council agreed that a letter be sent to the police.")


def test_a_minute_closed_by_a_dash_and_agreed():
    # Wellesbourne (dev): "3. Confirmation of the order of the Agenda – add new number 7
    # item Grounds maintenance contract – agreed"
    title = (
        "Confirmation of the order of the Agenda – add new number 7 item Grounds "
        "maintenance contract – agreed"
    )
    assert agreed_decisions(title) == [title]
    assert agreed_decisions("Confirmation of the minutes of the Council Meeting – Agreed")
    # a word merely ending in "agreed" after a dash inside the sentence is not the close
    assert agreed_decisions("Footpaths – agreed routes were mapped by the county") == []


def test_agreed_and_decision_labels_open_a_resolution():
    assert extract_resolutions(["Agreed: the Clerk to write to Highways."]) == [
        "the Clerk to write to Highways."
    ]
    assert extract_resolutions(["Decision: to approve the grant of £200."]) == [
        "to approve the grant of £200."
    ]
    # a heading "Decisions" or "Agreed by Cllr A" is no label
    assert extract_resolutions(["Decisions of the working group were noted."]) == []
    assert extract_resolutions(["Agreed by Cllr Brown to look into it."]) == []


def test_passed_approved_and_counted_votes():
    # Llangernyw (dev): "It was passed that we move the closing date to the end of November"
    assert agreed_decisions("It was passed that we move the closing date to the end of November.")
    # Llangynidr (dev): "The thank you letter was approved." and "No objections (3 for and
    # 2 against)."
    assert agreed_decisions("The thank you letter was approved.") == [
        "The thank you letter was approved."
    ]
    assert agreed_decisions("Pwll Court Farm, Llangynidr. No objections (3 for and 2 against).")
    # another authority's decision on an application is not the meeting's
    assert agreed_decisions("The planning application was approved.") == []
    assert agreed_decisions("It was passed to the Clerk.") == []
    # Bodorgan (dev): "Unanimously agree and signed by the Chair"
    assert agreed_decisions("Unanimously agree and signed by the Chair")


@given(
    subject=st.sampled_from(["This", "Which"]),
    adverb=st.sampled_from(["", "duly ", "unanimously "]),
    verb=st.sampled_from(["agreed", "approved", "confirmed", "carried"]),
    tail=st.sampled_from(["by the Clerk", "by Cllr Brown", "in a letter from the county"]),
)
def test_this_was_property(subject, adverb, verb, tail):
    """The bare sentence is always one decision; with a person or another body after it,
    never one (save "unanimously", a vote whoever else is named)."""
    assert len(agreed_decisions(f"{subject} was {adverb}{verb}.")) == 1
    if adverb != "unanimously ":
        assert agreed_decisions(f"{subject} was {adverb}{verb} {tail}.") == []


@given(
    first=st.integers(min_value=0, max_value=15),
    second=st.integers(min_value=0, max_value=15),
    words=st.sampled_from(["No objections", "Support", "Objection raised"]),
)
def test_counted_vote_property(first, second, words):
    assert len(agreed_decisions(f"{words} ({first} for and {second} against).")) == 1
    # numbers without the vote's words are no vote
    assert agreed_decisions(f"{words} ({first} houses and {second} flats).") == []


# ---------------------------------------------------------------------------------------
# The time the meeting opened


def test_opening_time_in_prose():
    assert opening_time("The meeting opened at 7.32pm.") == time(19, 32)
    assert opening_time("The Chairman opened the meeting at 7.35pm and welcomed all.") == time(
        19, 35
    )
    assert opening_time("Welcome. The meeting commenced at 7.30 pm.") == time(19, 30)
    assert opening_time("The meeting started at 7pm.") == time(19, 0)


def test_opening_time_never_another_meetings_or_a_break():
    assert opening_time("The next meeting will start at 7.30pm.") is None
    assert opening_time("The meeting was adjourned at 8pm and started again at 8.15pm.") is None
    assert opening_time("The meeting closed at 9.10pm.") is None
    assert opening_time("The Annual Parish Meeting will commence at 7pm.") is None
    assert opening_time("Cllr Brown arrived at 7.40pm.") is None


def test_printed_minutes_read_the_opening_inside_the_first_minute():
    head = (
        "Minutes of the meeting of Ashby Parish Council held on Monday 9th March 2015 "
        "in the Village Hall.\nPresent: Cllrs A Brown, B Green\n"
    )
    opened = parse_printed_minutes(
        head + "1. Welcome\nThe Chairman opened the meeting at 7.35pm.\n2. Apologies\nCllr White\n"
    )
    assert opened.meetings[0].start_time == time(19, 35)
    planned = parse_printed_minutes(
        head + "1. Welcome\nThe next meeting will start at 7.30pm.\n2. Apologies\nCllr White\n"
    )
    assert planned.meetings[0].start_time is None


@given(
    hour=st.integers(min_value=1, max_value=11),
    minute=st.integers(min_value=0, max_value=59),
    verb=st.sampled_from(["opened", "commenced", "started", "began"]),
    other=st.sampled_from(["next", "will", "adjourned", "closed"]),
)
def test_opening_time_property(hour, minute, verb, other):
    said = f"{hour}.{minute:02d}pm"
    assert opening_time(f"The meeting {verb} at {said}.") == time(hour + 12, minute)
    # a sentence about another meeting or a break gives no opening time
    assert opening_time(f"The {other} meeting {verb} at {said}.") is None


# ---------------------------------------------------------------------------------------
# The venue in the heading


def test_heading_venue_from_dev_headings():
    # West Bergholt (dev)
    assert (
        heading_venue(
            "Held on Wed 25th October 2023 at 7.30pm in the John Lampon Hall, Orpen Memorial "
            "Hall, CO6 3BW"
        )
        == "the John Lampon Hall, Orpen Memorial Hall, CO6 3BW"
    )
    # Groby (dev): the time before the date, the place after it
    assert (
        heading_venue(
            "at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby"
        )
        == "the Parish Council Chamber, Leicester Road, Groby"
    )
    # Wretton (dev): capitals, the weekday after the place
    assert heading_venue("HELD AT THE CHURCH TUESDAY 14th JULY 2009") == "THE CHURCH"
    # Burrowbridge (dev): the place named only in the venue
    assert (
        heading_venue("held on 10th March, 2015 in the Coronation Hall, Burrowbridge.")
        == "the Coronation Hall, Burrowbridge"
    )


def test_heading_venue_drops_a_minute_number_but_keeps_a_rooms():
    # Chearsley (dev): "ON MONDAY JANUARY 25TH 2010 IN THE VILLAGE HALL 1" (minute 1 next)
    assert heading_venue("ON MONDAY JANUARY 25TH 2010 IN THE VILLAGE HALL 1") == "THE VILLAGE HALL"
    assert heading_venue("held on 4 May 2021 at 7pm in Committee Room 1") == "Committee Room 1"
    # another meeting named after the place is no part of it
    assert (
        heading_venue("held in the Village Hall following the Annual Parish Meeting")
        == "the Village Hall"
    )


def test_heading_venue_reads_no_place_where_none_is_named():
    assert heading_venue("held on 17th May 2021 at 7.30pm") == ""
    assert heading_venue("held via ZOOM on Wednesday, 20th April 2022.") == ""
    assert heading_venue("held in public on 4 May 2021") == ""
    assert heading_venue("held in accordance with the regulations on 4 May 2021") == ""


def test_printed_minutes_carry_the_heading_venue():
    text = (DOCS / "west-bergholt-pc-2023-10-25.txt").read_text(encoding="utf-8")
    meeting = parse_printed_minutes(text).meetings[0]
    assert meeting.venue == "the John Lampon Hall, Orpen Memorial Hall, CO6 3BW"
    assert meeting.start_time == time(19, 30)


@given(
    hall=st.sampled_from(["Village Hall", "Parish Room", "Memorial Hall", "Old School"]),
    place=st.sampled_from(["Ashby", "Little Wenlock", "Stoke Prior"]),
    hour=st.integers(min_value=1, max_value=11),
)
def test_heading_venue_property(hall, place, hour):
    """Wherever the date and the time stand, the place is the words after "in"/"at", and
    never holds the date or the time."""
    want = f"the {hall}, {place}"
    for sentence in (
        f"held on Monday 9th March 2015 at {hour}.30pm in {want}",
        f"held at {hour}.30pm on Monday 9th March 2015 at {want}",
        f"held in {want} on Monday 9th March 2015 at {hour}.30pm",
    ):
        assert heading_venue(sentence) == want


def test_chearsley_decisions():
    # Chearsley (dev): a decimal point inside the sentence is no end of it; "Council
    # approved" opening the sentence; "Agreed as a true record"
    assert agreed_decisions("A precept of £ 6000.00 was agreed for 2010 -2011.")
    assert agreed_decisions("Council approved yellow bins at a cost of £ 400.00.")
    assert agreed_decisions("Agreed as a true record - proposed Cllr Edmonds seconded Cllr Dormer.")
    # the record "agreed as" something else, or "agreed by" a person, is no decision
    assert agreed_decisions("Agreed by Cllr Edmonds to look at the grit bins.") == []


def test_dunston_decisions():
    # Dunston (dev): a motion recorded with its mover and seconder; a vote of all present
    assert agreed_decisions("Election of Chairman: Russ McLuckie (Proposed PY, Seconded LP).")
    assert agreed_decisions(
        "The Councillors, prospective Councillors and Clerk unanimously agreed."
    )
    assert agreed_decisions("The motion was not unanimously agreed.") == []
    # brackets naming other things are no motion
    assert agreed_decisions("Election of Chairman: Russ McLuckie (PY, LP).") == []


def test_elections_and_accepted_minutes_are_left_as_the_keys_read_them():
    # Bourton-on-the-Hill and Walford (dev) do not count an election as a decision, and
    # Pembrey's and Pembroke's (dev) "minutes ... were accepted as a true record" are not
    # counted either: the readers leave both out
    assert agreed_decisions("With no other nominations Cllr Peake was duly elected.") == []
    assert (
        agreed_decisions(
            "The minutes of the meeting held on 18th December 2013 were accepted as a true record."
        )
        == []
    )


@given(
    mover=st.sampled_from(["PY", "Cllr Brown", "RM"]),
    seconder=st.sampled_from(["LP", "Cllr Green"]),
    office=st.sampled_from(["Chairman", "Vice Chairman", "Tree Warden"]),
)
def test_proposed_seconded_property(mover, seconder, office):
    said = f"Election of {office}: A Person (Proposed {mover}, Seconded {seconder})."
    assert len(agreed_decisions(said)) == 1
    assert agreed_decisions(f"Election of {office}: A Person ({mover}, {seconder}).") == []


# ---------------------------------------------------------------------------------------
# A forename in a run of apologies (West Bergholt, dev: the round's one invented fact at
# the document's first run, "County Cllr Lewis" read with "Lewis" as the family name)


def test_west_bergholt_apology_keeps_the_family_name():
    text = (DOCS / "west-bergholt-pc-2023-10-25.txt").read_text(encoding="utf-8")
    meeting = parse_printed_minutes(text).meetings[0]
    assert [p.name for p in meeting.attendance.apologies] == ["County Cllr Lewis Barber"]


@given(
    first=st.sampled_from(["Lewis", "Anne", "Peter"]),
    family=st.sampled_from(["Barber", "Smith", "Gili-Ross"]),
    tier=st.sampled_from(["", "County ", "District "]),
)
def test_name_run_forename_property(first, family, tier):
    from moot.ingest.parse.minutes_attendance import _name_run

    got = _name_run(f"Apologies were received from {tier}Cllr {first} {family}.")
    assert [p.name.split()[-1] for p in got] == [family]
    # a capitalised word that carries on the sentence is no family name
    got = _name_run(f"Apologies were received from Cllr {family} With the absence of the Chair")
    assert [p.name.split()[-1] for p in got] == [family]
